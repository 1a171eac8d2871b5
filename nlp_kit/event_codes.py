"""CAMEO codes and PLOVER event types for predicates, so nlp_kit output merges with event datasets.

The lexicons are data files in ``nlp_kit/data/events/`` (``predicates.csv``:
lemma → CAMEO code; ``cameo_plover.csv``: CAMEO code → PLOVER type), read once.

Example::

    >>> from nlp_kit.event_codes import code_event
    >>> code_event("pledge")
    ('AGREE', '030')
    >>> code_event("sign")
    ('SUPPORT', '057')
    >>> code_event("demand", kind="demand")
    ('DEMAND', '100')
    >>> code_event("ponder")
    (None, None)
"""

from __future__ import annotations

import csv
import functools
from importlib import resources

_DATA = "data/events"

# A commitment whose trigger is not in predicates.csv still has a CAMEO category:
# pledges, promises and intents express intent to cooperate (030), signed
# agreements are 057, demands are 10x. Recommendations are the author's voice,
# not an event between actors, so they get no code.
_KIND_DEFAULT = {
    "pledge": "030",
    "promise": "030",
    "intent": "030",
    "conditional": "030",
    "agreement": "057",
    "demand": "100",
}


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("nlp_kit").joinpath(f"{_DATA}/{name}").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines))


@functools.cache
def cameo_to_plover() -> dict[str, str]:
    """CAMEO code → PLOVER event type, e.g. ``{"057": "SUPPORT", "1041": "DEMAND", ...}``."""
    return {row["cameo"]: row["plover"] for row in _rows("cameo_plover.csv")}


@functools.cache
def _predicates() -> dict[str, list[dict[str, str]]]:
    table: dict[str, list[dict[str, str]]] = {}
    for row in _rows("predicates.csv"):
        table.setdefault(row["lemma"].lower(), []).append(row)
    return table


def plover_type(cameo: str | None) -> str | None:
    """PLOVER type of a CAMEO code, falling back to its shorter prefixes: ``"0356"`` → ``"AGREE"``."""
    if not cameo:
        return None
    table = cameo_to_plover()
    for length in range(len(cameo), 1, -1):
        if cameo[:length] in table:
            return table[cameo[:length]]
    return None


def code_event(lemma: str, *, kind: str | None = None, pos: str | None = None) -> tuple[str | None, str | None]:
    """``(plover, cameo)`` for a predicate lemma, or ``(None, None)`` when it codes no event.

    Input: the lemma of a clause's main verb or event noun (``"agree"``,
    ``"ceasefire"``), optionally the commitment kind it signals and its
    coarse part of speech (``"VERB"``/``"NOUN"``). Output: e.g.
    ``code_event("urge", kind="demand") == ("DEMAND", "100")``. A commitment
    kind whose trigger is not in the lexicon gets its kind's category.
    """
    rows = _predicates().get(lemma.lower(), [])
    fitting = [r for r in rows if r["pos"] in ("*", pos or r["pos"]) and r["kind"] in ("", kind or "")]
    fitting.sort(key=lambda r: (r["kind"] != (kind or ""), r["pos"] == "*"))
    cameo = fitting[0]["cameo"] if fitting else None
    if kind is not None:
        default = _KIND_DEFAULT.get(kind)
        if default is None:
            return None, None
        if cameo is None or (kind == "demand") != cameo.startswith("10"):
            cameo = default
    return (plover_type(cameo), cameo) if cameo else (None, None)
