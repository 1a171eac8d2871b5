"""Score predicted commitments against gold files (``nlp-kit eval commitments``).

Matching rule (``/work/shared/gold/README.md``): a predicted commitment matches a
gold one when its actor or one of its co-actors equals the gold ``actor`` or one
of its ``also`` parties, and its evidence span overlaps the gold evidence. The
gold evidence is a verbatim substring of the document: it is located in the
normalized text (quotes and dashes folded when the exact string is absent).
Each gold and each predicted commitment matches at most once (a maximum
bipartite matching, so one broad prediction cannot hide another). Gold entries
with ``optional: true`` are neither required nor penalised: a prediction that
matches only one of them is not counted at all. Kind and status accuracy are
counted over the matches of required gold entries. Scores are micro-averaged
over documents.

Example::

    >>> report = score_commitments("gold", "corpus")
    >>> sorted(report["overall"])[:3]
    ['f1', 'fn', 'fp']
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from nlp_kit.eval.gold import gold_pairs, load_gold

_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def locate_evidence(text: str, evidence: str) -> tuple[int, int] | None:
    """Character span of a gold evidence string in ``text``, or None when absent.

    Example: ``locate_evidence("Yet the border remains closed.", "the border remains closed")``
    is ``(4, 29)``.
    """
    if not evidence:
        return None
    start = text.find(evidence)
    if start < 0:
        start = text.translate(_FOLD).find(evidence.translate(_FOLD))
    if start < 0:
        return None
    return start, start + len(evidence)


def _parties(record: dict[str, Any]) -> set[str]:
    return {p for p in [record.get("actor"), *record.get("co_actors", [])] if p}


def _gold_parties(record: dict[str, Any]) -> set[str]:
    return {p for p in [record.get("actor"), *record.get("also", [])] if p}


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _match(edges: dict[int, list[int]]) -> dict[int, int]:
    """Maximum bipartite matching gold → prediction (augmenting paths); edges in preference order."""
    owner: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for p in edges.get(g, []):
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in sorted(edges):
        augment(g, set())
    return {g: p for p, g in owner.items()}


def score_document(text: str, gold: Iterable[dict[str, Any]], predicted: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts for one document, plus the matched pairs and the gold entries missed.

    Input: the normalized text, the gold ``commitments`` list and the predicted
    commitment dicts. Output: ``tp``, ``fp``, ``fn``, ``kind_correct``,
    ``status_correct``, ``matches`` (gold index, prediction index), ``missed``,
    ``unlocated`` (gold evidence not found in the text).
    """
    gold = list(gold)
    spans: dict[int, tuple[int, int]] = {}
    unlocated = []
    for g, entry in enumerate(gold):
        span = locate_evidence(text, entry.get("evidence", ""))
        if span is None:
            unlocated.append(entry.get("evidence", ""))
        else:
            spans[g] = span

    def edges_for(indices: list[int]) -> dict[int, list[int]]:
        edges: dict[int, list[int]] = {}
        for g in indices:
            candidates = []
            for p, pred in enumerate(predicted):
                evidence = pred.get("evidence") or {}
                pspan = (evidence.get("start", -1), evidence.get("end", -1))
                if _parties(pred) & _gold_parties(gold[g]) and _overlaps(pspan, spans[g]):
                    overlap = min(pspan[1], spans[g][1]) - max(pspan[0], spans[g][0])
                    candidates.append((-overlap, p))
            edges[g] = [p for _, p in sorted(candidates)]
        return edges

    required = [g for g in spans if not gold[g].get("optional")]
    optional = [g for g in spans if gold[g].get("optional")]
    matches = _match(edges_for(required))
    taken = set(matches.values())
    optional_edges = {g: [p for p in ps if p not in taken] for g, ps in edges_for(optional).items()}
    absorbed = set(_match(optional_edges).values())
    n_required = sum(1 for entry in gold if not entry.get("optional"))
    tp = len(matches)
    return {
        "tp": tp,
        "fp": len(predicted) - tp - len(absorbed),
        "fn": n_required - tp,
        "kind_correct": sum(predicted[p].get("kind") == gold[g].get("kind") for g, p in matches.items()),
        "status_correct": sum(predicted[p].get("status") == gold[g].get("status") for g, p in matches.items()),
        "matches": sorted(matches.items()),
        "absorbed": sorted(absorbed),
        "missed": [gold[g] for g in required if g not in matches]
        + [entry for entry in gold if not entry.get("optional") and entry.get("evidence", "") in unlocated],
        "unlocated": unlocated,
    }


def summarize_counts(counts: Iterable[dict[str, Any]]) -> dict[str, float | int]:
    """Micro-averaged precision, recall, F1, kind and status accuracy from per-document counts."""
    tp = fp = fn = kind = status = 0
    for c in counts:
        tp, fp, fn = tp + c["tp"], fp + c["fp"], fn + c["fn"]
        kind, status = kind + c["kind_correct"], status + c["status_correct"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "kind_accuracy": kind / tp if tp else 0.0,
        "status_accuracy": status / tp if tp else 0.0,
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def score_commitments(gold_dir: str | Path, docs_dir: str | Path, *, nlp: Any = None) -> dict[str, Any]:
    """Run the pipeline on every document that has a gold file and score its commitments.

    Input: a folder of gold JSON files (format of ``/work/shared/gold/``) and a
    folder with the documents they annotate (``X.json`` ↔ ``X.txt``/``X.md``).
    Output: ``{"overall": {...}, "documents": {doc_id: {...}}}`` with precision,
    recall, F1, kind and status accuracy; each document also lists its missed
    gold commitments and unmatched predictions.
    """
    from nlp_kit.ingest import read_path
    from nlp_kit.pipeline import analyze, load

    nlp = nlp or load()
    per_doc: dict[str, Any] = {}
    counts = []
    for gold_path, doc_path in gold_pairs(gold_dir, docs_dir):
        gold = load_gold(gold_path)
        document = next(iter(read_path(str(doc_path), dct=gold.get("dct"))))
        analysis = analyze(document, nlp=nlp)
        text = analysis.text or document.text
        predicted = [c.model_dump(mode="json") for c in analysis.commitments]
        result = score_document(text, gold["commitments"], predicted)
        counts.append(result)
        matched = {p for _, p in result["matches"]} | set(result["absorbed"])
        per_doc[gold["doc_id"]] = {
            **summarize_counts([result]),
            "wrong_kind_or_status": [
                {
                    "evidence": gold["commitments"][g].get("evidence"),
                    "kind": [gold["commitments"][g].get("kind"), predicted[p]["kind"]],
                    "status": [gold["commitments"][g].get("status"), predicted[p]["status"]],
                }
                for g, p in result["matches"]
                if (gold["commitments"][g].get("kind"), gold["commitments"][g].get("status"))
                != (predicted[p]["kind"], predicted[p]["status"])
            ],
            "missed": [g.get("evidence") for g in result["missed"]],
            "unmatched_predictions": [
                predicted[p]["evidence"]["text"] for p in range(len(predicted)) if p not in matched
            ],
            "unlocated_gold_evidence": result["unlocated"],
        }
    return {"overall": summarize_counts(counts), "documents": per_doc}
