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

``code_predicate(token)`` reads a parsed predicate: a verb with its particle
("blew up" → ``blow up``), and a light verb by its object ("held talks",
"launched an attack", "imposed sanctions").
"""

from __future__ import annotations

import csv
import functools
from importlib import resources
from typing import Any

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


# Verbs that name no event of their own when they take an event noun as object: "held talks",
# "staged a protest", "launched an offensive", "imposed sanctions", "issued arrest warrants".
LIGHT_VERBS = frozenset(
    {"hold", "stage", "launch", "conduct", "carry", "make", "issue", "impose", "mount", "wage", "give",
     "deliver", "express", "file", "lodge", "begin", "start", "resume", "continue", "step", "open", "order",
     "announce", "call", "take", "provide", "offer", "grant", "level", "voice", "present"}
)


def code_predicate(token: Any, *, kind: str | None = None) -> tuple[str | None, str | None]:
    """``(plover, cameo)`` for a parsed predicate token (a spaCy ``Token``).

    Tries, in order: the verb with its particle (``"blow up"``, ``"crack down"``,
    ``"call for"`` when "for" is its preposition), the object of a light verb
    ("held talks" → ``talk``; "ordered an investigation" → ``investigation``), then
    the lemma itself. A light verb's own code stands when its object codes nothing.
    """
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX"):
        for child in token.children:
            if child.dep_ == "prt" or child.dep_ == "prep" and child.lower_ == "for" and lemma == "call":
                coded = code_event(f"{lemma} {child.lower_}", kind=kind, pos="VERB")
                if coded[1]:
                    return coded
        if lemma in LIGHT_VERBS or _regular_stem(token) in LIGHT_VERBS:
            for child in token.children:
                if child.dep_ in ("dobj", "nsubjpass") and child.pos_ == "NOUN":
                    coded = code_event(child.lemma_, kind=kind, pos="NOUN")
                    if coded[1]:
                        return coded
    return code_event(lemma, kind=kind, pos=token.pos_)


def _regular_stem(token: Any) -> str | None:
    """The base of a regular past form the lemmatizer cut too short ("staged" -> "stage", lemma "stag")."""
    text = token.lower_
    return text[:-1] if token.tag_ in ("VBD", "VBN") and text.endswith("ed") else None
