"""Score temporal expressions against gold with the TempEval-3 measures (``nlp-kit eval timex``).

Gold is either TimeML (``.tml`` files, a file or a directory of them: TempEval-3,
TimeBank, AQUAINT; the creation time comes from the TIMEX3 with
``functionInDocument="CREATION_TIME"``) or nlp_kit gold JSON (``timexes[]`` with
``start``/``end``/``type``/``value``, ``optional: true`` for entries neither
required nor penalised; the text is ``--docs DIR/X.txt`` or ``../corpus/X.txt``
beside the gold folder).

Measures, micro-averaged over all documents, on character spans:

* strict P/R/F1: predicted span equals a gold span exactly;
* relaxed P/R/F1: spans overlap (each gold and each prediction matched once,
  largest overlap first);
* timeline attachment, when the gold is TimeML with TLINKs (``score_attachment``):
  how often the timeline's event for a matched date is one the gold anchors to it;
* type and value accuracy over relaxed matches (value compared as the TIMEX3
  ``value`` string; ``mod`` is reported separately; a decade is the same value
  written either way, TimeML/TempEval-3 gold's ``199`` or the ``199X`` nlp_kit
  writes, so "the 1990s" is never an error for its notation; likewise a duration in
  decades or centuries, TimeML gold's ``P3E``/``PXC`` or nlp_kit's ``P3DE``/``PXCE``), and **type F1 / value F1 =
  relaxed F1 × accuracy**, the TempEval-3 attribute F1 (equivalently
  2·correct / (predicted + gold)).

Predictions overlapping an optional gold entry are dropped from both sides.
TempEval-3's own scorer aligns tokens rather than characters; on these spans the
two agree except where a tokenizer splits inside a word.

Development / held-out split of a TimeML directory (``part=``): a document
belongs to ``"dev"`` when the last hex digit of ``sha1(file name)`` (e.g.
``sha1("APW19980807.0261.tml")``) is even, else to ``"held-out"``.  The rule
reads only the file name, never the content, so it is fixed and reproducible;
on TempEval-3 AQUAINT (73 documents) it gives 30 dev and 43 held-out
documents.  AQUAINT-dev may be error-analysed; AQUAINT-held-out is only ever
scored as a whole.

Example::

    >>> report = evaluate_timex("/work/shared/evaldata/timex/train/AQUAINT")   # doctest: +SKIP
    >>> round(report["value"]["f1"], 2)                                          # doctest: +SKIP
    0.8
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from nlp_kit.errors import InputNotFound
from nlp_kit.eval.gold import load_gold
from nlp_kit.eval.timeml import read_timeml, timeml_files, timeml_value

SPLIT_PARTS = ("dev", "held-out")


@dataclass
class GoldDocument:
    """A text, its creation time and its gold timexes (dicts with start, end, type, value, optional)."""

    doc_id: str
    text: str
    dct: str | None
    timexes: list[dict[str, Any]]
    path: str | None = None
    from_json: bool = False
    predicted: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)  # the predicted timeline


def split_part(file_name: str) -> str:
    """``"dev"`` when the last hex digit of ``sha1(file_name)`` is even, else ``"held-out"``.

    ``split_part("APW19980807.0261.tml")`` names the part that TimeML file belongs to.
    """
    return "dev" if int(hashlib.sha1(file_name.encode("utf-8")).hexdigest()[-1], 16) % 2 == 0 else "held-out"


def load_timex_gold(
    path: str | Path, docs_dir: str | Path | None = None, *, part: str | None = None
) -> list[GoldDocument]:
    """Gold documents from a ``.tml`` file or directory, or a gold JSON file or directory.

    ``part`` (``"dev"`` or ``"held-out"``, TimeML directories only) keeps the
    documents ``split_part`` puts in that part, by file name.
    """
    path = Path(path)
    if part is not None:
        if part not in SPLIT_PARTS:
            raise ValueError(f"part must be one of {SPLIT_PARTS}, not {part!r}")
        if not path.is_dir():
            raise InputNotFound("a split needs a directory of .tml files", path=path)
    json_files = [path] if path.suffix == ".json" else sorted(path.glob("*.json")) if path.is_dir() else []
    if json_files and part is None:
        return [_json_document(p, docs_dir) for p in json_files]
    return [
        GoldDocument(d.doc_id, d.text, d.dct, d.timexes, path=str(f))
        for f in timeml_files(path)
        if part is None or split_part(f.name) == part
        for d in [read_timeml(f)]
    ]


def _json_document(gold_path: Path, docs_dir: str | Path | None) -> GoldDocument:
    gold = load_gold(gold_path)
    if docs_dir is not None and Path(docs_dir).suffix == ".jsonl":
        return GoldDocument(gold["doc_id"], "", gold["dct"], gold["timexes"], path=str(docs_dir), from_json=True)
    folders = [Path(docs_dir)] if docs_dir else [gold_path.parent, gold_path.parent.parent / "corpus"]
    candidates = [f / f"{gold_path.stem}{suffix}" for f in folders for suffix in (".txt", ".md")]
    doc_path = next((c for c in candidates if c.is_file()), None)
    if doc_path is None:
        raise InputNotFound(
            f"no text for gold file {gold_path.name}; pass --docs DIR holding {gold_path.stem}.txt", path=gold_path
        )
    return GoldDocument(gold["doc_id"], "", gold["dct"], gold["timexes"], path=str(doc_path), from_json=True)


def _prf(tp: int, predicted: int, gold: int) -> dict[str, float | int]:
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "tp": tp, "predicted": predicted, "gold": gold}


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> int:
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def match_relaxed(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index) of overlapping spans, each used once, largest overlap first."""
    pairs = sorted(
        ((_overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted) if _overlap(g, p) > 0),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    matches = []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        matches.append((gi, pi))
    return matches


def same_value(gold: str, predicted: str) -> bool:
    """Whether two TIMEX3 values denote the same time in the same unit, written in either notation: a
    decade ``199`` or ``199X``; decades and centuries of a duration ``P3E``/``PXC`` (TimeML, TIMEX2's
    letters) or ``P3DE``/``PXCE`` (nlp_kit); a week number with or without its leading zero (``2000-W2``, as
    AQUAINT's annotators often wrote it, or ISO 8601's ``2000-W02``).  ``P2DE`` and ``P20Y`` stay different
    values."""
    return _canonical(gold) == _canonical(predicted)


_DURATION_UNIT = re.compile(r"^P(\d+(?:\.\d+)?|X)(DE|CE)$")
_SHORT_WEEK = re.compile(r"^(\d{4}|XXXX)-W(\d)(?=$|-|T)")


def _canonical(value: str | None) -> str | None:
    if value and (week := _SHORT_WEEK.match(value)):
        value = f"{week.group(1)}-W0{week.group(2)}{value[week.end():]}"
    if value and len(value) == 4 and value[:3].isdigit() and value[3] == "X":
        return value[:3]
    match = _DURATION_UNIT.match(value or "")
    if match:
        return f"P{match.group(1)}{match.group(2)[0] if match.group(2) == 'CE' else 'E'}"
    return value


def score_timexes(documents: Iterable[GoldDocument]) -> dict[str, Any]:
    """TempEval-3 measures over documents whose ``predicted`` lists are filled.

    ``value`` counts two values equal when ``same_value`` says they are one time in two notations;
    ``value_exact`` compares the gold's string with the value ``nlp-kit timeml`` writes (``timeml_value``),
    character for character, as the TempEval-3 organisers' scorer does."""
    documents = list(documents)
    n_gold = n_pred = strict = relaxed = type_ok = value_ok = exact_ok = mod_ok = 0
    errors: list[dict[str, Any]] = []
    n_docs = 0
    for doc in documents:
        n_docs += 1
        required = [g for g in doc.timexes if not g.get("optional")]
        optional = [g for g in doc.timexes if g.get("optional")]
        predicted = [p for p in doc.predicted if not any(_overlap(p, o) > 0 for o in optional)
                     or any(_overlap(p, g) > 0 for g in required)]
        n_gold += len(required)
        n_pred += len(predicted)
        matches = match_relaxed(required, predicted)
        relaxed += len(matches)
        for gi, pi in matches:
            g, p = required[gi], predicted[pi]
            strict += g["start"] == p["start"] and g["end"] == p["end"]
            type_ok += g["type"] == p["type"]
            value_ok += same_value(g["value"], p["value"])
            exact_ok += g["value"] == timeml_value(p["value"] or "")  # the organisers' scorer, on our TimeML
            mod_ok += (g.get("mod") or None) == (p.get("mod") or None)
            if not same_value(g["value"], p["value"]):
                errors.append({"doc": doc.doc_id, "text": g["text"], "gold": g["value"], "predicted": p["value"],
                               "predicted_text": p["text"]})
        matched_g = {gi for gi, _ in matches}
        matched_p = {pi for _, pi in matches}
        errors.extend({"doc": doc.doc_id, "text": g["text"], "gold": g["value"], "predicted": None}
                      for gi, g in enumerate(required) if gi not in matched_g)
        errors.extend({"doc": doc.doc_id, "text": p["text"], "gold": None, "predicted": p["value"]}
                      for pi, p in enumerate(predicted) if pi not in matched_p)
    relaxed_prf = _prf(relaxed, n_pred, n_gold)
    timeline = score_attachment(documents)
    type_acc = type_ok / relaxed if relaxed else 0.0
    value_acc = value_ok / relaxed if relaxed else 0.0
    exact_acc = exact_ok / relaxed if relaxed else 0.0
    return {
        "documents": n_docs,
        "strict": _prf(strict, n_pred, n_gold),
        "relaxed": relaxed_prf,
        "type": {"accuracy": round(type_acc, 4), "f1": round(relaxed_prf["f1"] * type_acc, 4)},
        "value": {"accuracy": round(value_acc, 4), "f1": round(relaxed_prf["f1"] * value_acc, 4)},
        "value_exact": {"accuracy": round(exact_acc, 4), "f1": round(relaxed_prf["f1"] * exact_acc, 4)},
        "mod": {"accuracy": round(mod_ok / relaxed, 4) if relaxed else 0.0},
        **({"timeline": timeline} if timeline["linked"] else {}),
        "errors": errors,
    }


def score_attachment(documents: Iterable[GoldDocument]) -> dict[str, Any]:
    """How often the timeline attaches a date to the event the gold's TLINKs anchor to it.

    Over gold DATE/TIME expressions with anchored ``events`` (TimeML gold; see
    ``nlp_kit.eval.timeml``) that a prediction overlaps: ``linked`` counts them,
    ``placed`` those whose prediction is on the timeline, ``attached`` those
    whose timeline event's predicate lies inside one of the gold events.
    ``accuracy`` = attached / placed, ``coverage`` = placed / linked; ``errors`` names the
    dates attached elsewhere (the predicate's word, the gold event words).
    """
    linked = placed = attached = 0
    misses: list[dict[str, Any]] = []
    for doc in documents:
        gold = [g for g in doc.timexes if g.get("events") and g["type"] in ("DATE", "TIME") and not g.get("optional")]
        events = {e["timex_id"]: e for e in doc.events}
        for gi, pi in match_relaxed(gold, doc.predicted):
            linked += 1
            event = events.get(doc.predicted[pi].get("id"))
            if event is None or event.get("predicate_start") is None:
                continue
            placed += 1
            if any(start <= event["predicate_start"] < end for start, end in gold[gi]["events"]):
                attached += 1
            elif doc.text:
                misses.append({"doc": doc.doc_id, "text": gold[gi]["text"],
                               "predicate": doc.text[event["predicate_start"] : event["predicate_end"]],
                               "gold": [doc.text[start:end] for start, end in gold[gi]["events"]]})
    return {
        "linked": linked, "placed": placed, "attached": attached,
        "accuracy": round(attached / placed, 4) if placed else 0.0,
        "coverage": round(placed / linked, 4) if linked else 0.0,
        "errors": misses,
    }


def timex_pipeline(model: str | None = None) -> Language:
    """Tagger, parser, lemmatizer and the timex component only (no NER, no other nlp_kit component)."""
    from nlp_kit.about import DEFAULT_MODEL
    from nlp_kit.pipeline import load

    nlp = load(model or DEFAULT_MODEL, components=["nlp_kit_timex"])
    if "ner" in nlp.pipe_names:
        nlp.remove_pipe("ner")
    return nlp


def predict(documents: list[GoldDocument], nlp: Language, *, batch_size: int = 16) -> None:
    """Fill each document's ``predicted`` timexes by running ``nlp`` with its creation time."""
    from nlp_kit.pipeline import make_doc, mark_block_starts

    corpus_rows = _corpus_rows(documents)

    def docs():
        for document in documents:
            if document.from_json:
                ingested = corpus_rows.get((document.path, document.doc_id)) or _ingested(document)
                document.text = ingested.text
                doc = make_doc(nlp, ingested)
            else:
                doc = nlp.make_doc(document.text)
                mark_block_starts(doc)  # as for any text nlp_kit reads: no sentence runs across a blank line
            doc._.dct = document.dct
            yield doc

    for document, doc in zip(documents, nlp.pipe(docs(), batch_size=batch_size)):
        document.predicted = list(doc._.timexes)
        document.events = list(doc._.events)


def _corpus_rows(documents: list[GoldDocument]) -> dict[tuple[str, str], Any]:
    """The rows of JSONL corpora that JSON gold documents name by doc_id, each corpus read once."""
    from nlp_kit.ingest import read_path

    wanted: dict[str, set[str]] = {}
    for document in documents:
        if document.from_json and document.path and document.path.endswith(".jsonl"):
            wanted.setdefault(document.path, set()).add(document.doc_id)
    found = {}
    for path, ids in wanted.items():
        for row in read_path(path):
            if not isinstance(row, Exception) and row.meta.doc_id in ids:
                found.setdefault((path, row.meta.doc_id), row)
    return found


def _ingested(document: GoldDocument) -> Any:
    """The text a JSON gold file annotates, from its .txt/.md file."""
    from nlp_kit.ingest import read_path

    assert document.path is not None
    if document.path.endswith(".jsonl"):
        raise InputNotFound(f"no document with id {document.doc_id!r} in the JSONL corpus", path=document.path)
    ingested = next(iter(read_path(document.path, dct=document.dct)))
    if isinstance(ingested, Exception):
        raise ingested
    return ingested


def evaluate_timex(
    gold: str | Path, *, docs_dir: str | Path | None = None, nlp: Language | None = None, limit: int | None = None,
    part: str | None = None,
) -> dict[str, Any]:
    """Load gold (``part``: one half of a TimeML directory, see ``split_part``), run the pipeline on its
    texts and return ``score_timexes``'s report."""
    documents = load_timex_gold(gold, docs_dir, part=part)[:limit]
    predict(documents, nlp or timex_pipeline())
    return score_timexes(documents)
