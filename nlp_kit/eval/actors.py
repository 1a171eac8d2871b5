"""Score predicted actors against gold files (``nlp-kit eval actors``).

Two levels, both micro-averaged over documents:

* **Actors by id.** Gold is the set of ``actors[].id`` of a gold file; predicted is the
  set of predicted actor ids. A predicted actor whose every mention lies inside an
  occurrence of an ``ignore_mentions`` string (places, historical entities, bylines) is
  dropped before scoring: neither rewarded nor penalised; so is a gold actor none of whose
  aliases occurs outside ignored text.
* **Mentions.** Gold mentions are the occurrences in the text of each gold actor's
  ``aliases`` (and its ``name``), case-sensitive and word-bounded, with an optional
  possessive ('s or ’s) not counted in the span. Where aliases overlap the longest
  occurrence wins ("Armenian opposition" over "Armenian"); occurrences inside an
  ``ignore_mentions`` occurrence are not gold ("Armenian" in "Armenian Soviet Socialist
  Republic"). A predicted mention is correct when it overlaps a gold mention of the
  same actor id, each gold mention matching at most once; predicted mentions inside
  ignored text are dropped. This counts every occurrence of an alias, including place
  readings of a capital, so mention recall is a strict measure.

Example::

    >>> report = score_actors(gold_dir="gold", docs_dir="corpus")
    >>> round(report["actors"]["f1"], 2)
    0.93
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from nlp_kit.eval.gold import gold_pairs, load_gold


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "predicted": n_pred, "gold": n_gold}


def find_occurrences(text: str, phrase: str) -> list[tuple[int, int]]:
    """Word-bounded, case-sensitive occurrences of ``phrase``; a trailing possessive is allowed
    but not included. Example: "Baku" in "Baku’s demand" -> [(0, 4)]."""
    if not phrase:
        return []
    pattern = re.compile(r"(?<![\w])" + re.escape(phrase) + r"(?=(?:['’]s)?(?![\w]))")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _inside(span: tuple[int, int], regions: Iterable[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in regions)


def gold_mentions(text: str, gold: dict[str, Any]) -> list[tuple[int, int, str]]:
    """Gold mentions ``(start, end, actor_id)`` as defined in the module docstring."""
    ignored = [occ for phrase in gold["ignore_mentions"] for occ in find_occurrences(text, phrase)]
    candidates = []
    for actor in gold["actors"]:
        for alias in {actor.get("name", ""), *actor.get("aliases", [])}:
            for start, end in find_occurrences(text, alias.removeprefix("the ")):
                candidates.append((start, end, actor["id"]))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    chosen: list[tuple[int, int, str]] = []
    for start, end, actor_id in candidates:
        if _inside((start, end), ignored) or any(start < e and s < end for s, e, _ in chosen):
            continue
        chosen.append((start, end, actor_id))
    return sorted(chosen)


def score_document(text: str, gold: dict[str, Any], predicted: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts for one document: actor ids and mentions, plus the ids missed and extra."""
    ignored = [occ for phrase in gold["ignore_mentions"] for occ in find_occurrences(text, phrase)]
    kept = [
        actor
        for actor in predicted
        if not actor.get("mentions") or not all(_inside((m["start"], m["end"]), ignored) for m in actor["mentions"])
    ]
    gold_spans = gold_mentions(text, gold)
    # a gold actor named only inside ignored text ("the United Nations Mission in South Sudan") is as
    # unscored as a predicted one that is
    gold_ids = {a["id"] for a in gold["actors"]} & {actor_id for _, _, actor_id in gold_spans}
    pred_ids = {a["id"] for a in kept}
    used: set[int] = set()
    mention_tp = 0
    n_pred_mentions = 0
    for actor in kept:
        for mention in actor.get("mentions", []):
            span = (mention["start"], mention["end"])
            if _inside(span, ignored):
                continue
            n_pred_mentions += 1
            for index, (start, end, actor_id) in enumerate(gold_spans):
                if index not in used and actor_id == actor["id"] and start < span[1] and span[0] < end:
                    used.add(index)
                    mention_tp += 1
                    break
    return {
        "doc_id": gold["doc_id"],
        "actor_tp": len(gold_ids & pred_ids),
        "actor_pred": len(pred_ids),
        "actor_gold": len(gold_ids),
        "mention_tp": mention_tp,
        "mention_pred": n_pred_mentions,
        "mention_gold": len(gold_spans),
        "missed": sorted(gold_ids - pred_ids),
        "extra": sorted(pred_ids - gold_ids),
    }


def score_actors(gold_dir: str | Path, docs_dir: str | Path, *, nlp: Any = None) -> dict[str, Any]:
    """Run the pipeline on every document that has a gold file and score its actors.

    Input: a folder of gold files ``X.json`` and a folder with ``X.txt`` (or ``X.md``).
    Output: ``{"actors": {precision, recall, f1, ...}, "mentions": {...}, "documents": [...]}``.
    """
    from nlp_kit.ingest import read_path
    from nlp_kit.pipeline import analyze, load

    nlp = nlp or load(components=["nlp_kit_actors"])
    documents = []
    for gold_path, doc_path in gold_pairs(gold_dir, docs_dir):
        gold = load_gold(gold_path)
        document = next(iter(read_path(str(doc_path))))
        if isinstance(document, Exception):
            raise document
        analysis = analyze(document, nlp=nlp)
        predicted = [actor.model_dump(mode="json") for actor in analysis.actors]
        documents.append(score_document(document.text, gold, predicted))
    keys = ("actor_tp", "actor_pred", "actor_gold", "mention_tp", "mention_pred", "mention_gold")
    total = {key: sum(d[key] for d in documents) for key in keys}
    return {
        "actors": _prf(total["actor_tp"], total["actor_pred"], total["actor_gold"]),
        "mentions": _prf(total["mention_tp"], total["mention_pred"], total["mention_gold"]),
        "documents": documents,
    }
