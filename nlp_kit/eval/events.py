"""Measure commitments and event codes on the PETRARCH2 validation sentences (``nlp-kit eval events``).

Input: ``PETR2_GSR_validation.xml`` (Open Event Data Alliance, MIT licence):
records that open with a self-closing ``<Sentence .../>`` followed by
``<EventCoding eventcode= sourcecode= targetcode=/>`` (or ``noevents``) and
``<Text>``. The file is not well-formed XML (a ``#`` comment block), so it is
split on ``<Sentence `` as its documentation says.

Measures:

* **commitment recall** — over sentences with a gold code in a commitment
  family (03x express intent to cooperate, 057 sign formal agreement, 10x
  demand): the share where nlp_kit finds a commitment whose actor or co-actor
  is the gold source (country = first three letters of the CAMEO code, IGOs via
  ``data/events/cameo_actor_codes.csv``) and whose CAMEO code is in the same
  family. ``recall_any_code`` drops the family condition.
* **commitment precision** — predicted commitments on those sentences with the
  right source and family, over all commitments predicted anywhere.
* **false alarm rate** — share of the other sentences where any commitment is found.
* **event-type accuracy** — for every gold coding with a PLOVER type, whether
  nlp_kit's type for the sentence agrees: the commitment's type when one was
  found, else ``code_predicate`` of the main verb (its particle, or a light verb's object).

Example::

    >>> report = evaluate_events("/work/shared/evaldata/events/PETR2_GSR_validation.xml")
    >>> sorted(report)[:2]
    ['commitment_sentences', 'commitments']
"""

from __future__ import annotations

import csv
import functools
import html
import re
from importlib import resources
from pathlib import Path
from typing import Any

from nlp_kit.errors import ConfigError, InputNotFound
from nlp_kit.event_codes import code_predicate, plover_type

_ATTR = re.compile(r'(\w+)="([^"]*)"')
_CODING = re.compile(r"<EventCoding\b([^>]*)/?>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)


def load_petrarch_records(path: str | Path) -> list[dict[str, Any]]:
    """Records of a PETRARCH2 validation file: ``id``, ``category``, ``text``, ``codings``.

    ``codings`` is a list of ``{"eventcode", "sourcecode", "targetcode"}``; empty for
    ``noevents``. Raises :class:`InputNotFound` for a missing file and
    :class:`ConfigError` when no ``<Sentence`` record is found.
    """
    source = Path(path)
    if not source.is_file():
        raise InputNotFound("PETRARCH2 validation file not found; pass PETR2_GSR_validation.xml", path=source)
    raw = source.read_text(encoding="utf-8")
    records = []
    for chunk in raw.split("<Sentence ")[1:]:
        header = dict(_ATTR.findall(chunk.split(">", 1)[0]))
        text_match = _TEXT.search(chunk)
        if text_match is None:
            continue
        codings = [dict(_ATTR.findall(m.group(1))) for m in _CODING.finditer(chunk)]
        records.append(
            {
                "id": header.get("id", ""),
                "category": header.get("category", ""),
                "text": " ".join(html.unescape(text_match.group(1)).split()),
                "codings": [c for c in codings if "eventcode" in c],
            }
        )
    if not records:
        raise ConfigError("no <Sentence records found; is this a PETRARCH2 validation file?", path=source)
    return records


@functools.cache
def _igo_prefixes() -> list[tuple[str, str]]:
    text = resources.files("nlp_kit").joinpath("data/events/cameo_actor_codes.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return sorted(((r["prefix"], r["actor"]) for r in rows), key=lambda r: -len(r[0]))


def actor_from_cameo(code: str) -> str | None:
    """nlp_kit actor id of a CAMEO actor code: ``"USAGOV"`` → ``"USA"``, ``"IGOEUREEC"`` → ``"EU"``."""
    if not code:
        return None
    if code.startswith("IGO"):
        return next((actor for prefix, actor in _igo_prefixes() if code.startswith(prefix)), None)
    return code[:3] if len(code) >= 3 and code[:3].isalpha() else None


def code_family(cameo: str | None) -> str | None:
    """The commitment family of a CAMEO code: ``"03"``, ``"057"``, ``"10"`` or None."""
    if not cameo:
        return None
    if cameo.startswith("03"):
        return "03"
    if cameo == "057":
        return "057"
    if cameo.startswith("10"):
        return "10"
    return None


def _sentence_type(doc: Any, commitments: list[dict[str, Any]]) -> str | None:
    if commitments:
        return commitments[0].get("plover")
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    # "X said it would attack Y": the reported clause, not "say", is the event.
    for _ in range(3):
        if root is None or code_predicate(root)[0]:
            break
        root = next((c for c in root.children if c.dep_ in ("ccomp", "xcomp")), None)
    return code_predicate(root)[0] if root is not None else None


def evaluate_events(path: str | Path, *, nlp: Any = None) -> dict[str, Any]:
    """Run the pipeline on every validation sentence and return the measures above."""
    from nlp_kit.pipeline import load

    records = load_petrarch_records(path)
    nlp = nlp or load(components=["nlp_kit_actors", "nlp_kit_timex", "nlp_kit_commitments"])
    gold_sentences = hits = hits_any = predicted = right = false_alarms = others = 0
    typed = typed_right = 0
    missed: list[str] = []
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records)):
        commitments = doc._.commitments or []
        predicted += len(commitments)
        families = {code_family(c["eventcode"]) for c in record["codings"]} - {None}
        if families:
            gold_sentences += 1
            sources = {actor_from_cameo(c.get("sourcecode", "")) for c in record["codings"] if code_family(c["eventcode"])}
            fitting = [c for c in commitments if ({c["actor"], *c["co_actors"]} & sources)]
            good = [c for c in fitting if code_family(c.get("cameo")) in families]
            hits += bool(good)
            hits_any += bool(fitting)
            right += len(good)
            if not good:
                missed.append(record["id"])
        else:
            others += 1
            false_alarms += bool(commitments)
        sentence_type = _sentence_type(doc, commitments)
        for coding in record["codings"]:
            gold_type = plover_type(coding["eventcode"])
            if gold_type:
                typed += 1
                typed_right += gold_type == sentence_type
    return {
        "sentences": len(records),
        "commitment_sentences": gold_sentences,
        "commitments": {
            "recall": hits / gold_sentences if gold_sentences else 0.0,
            "recall_any_code": hits_any / gold_sentences if gold_sentences else 0.0,
            "precision": right / predicted if predicted else 0.0,
            "predicted": predicted,
            "false_alarm_rate": false_alarms / others if others else 0.0,
            "missed": missed,
        },
        "event_type_accuracy": typed_right / typed if typed else 0.0,
        "typed_codings": typed,
    }
