"""Score summaries against reference summaries with ROUGE-1/2/L.

Reads document/summary pairs in three formats:

* a JSON object ``{uid: {"original_text": ..., "reference_summary": ...}}``
  (Manor & Li's plain-English contract summaries);
* JSON Lines of ``{"text": ..., "summary": ...}`` (BillML/BillSum, or your own);
* a JSON list of ``{"text": ..., "summary": ...}``.

A directory is searched for ``*.json`` and ``*.jsonl`` files; a pair that
appears in several files (``all_v1.json`` is the union of the other two)
counts once.

Example::

    >>> pairs = load_pairs("evaldata/summaries/billml_us_bills_sample")
    >>> scores = rouge([p.summary for p in pairs], summarize_pairs(pairs, max_words=150))
    >>> sorted(scores["rougeL"])
    ['f', 'p', 'r']
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from nlp_kit.errors import ConfigError, InputNotFound, UnreadableInput

METRICS = ("rouge1", "rouge2", "rougeL")
_TEXT_KEYS = ("original_text", "text", "document", "source")
_SUMMARY_KEYS = ("reference_summary", "summary", "reference", "target")


@dataclass(frozen=True)
class SummaryPair:
    """A source text and its human reference summary."""

    id: str
    text: str
    summary: str


def _pick(record: dict, keys: Sequence[str]) -> str | None:
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _records(path: Path) -> Iterator[tuple[str, dict]]:
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UnreadableInput(f"cannot read summary pairs: {exc}", path=path) from exc
    try:
        if path.suffix == ".jsonl":
            for number, line in enumerate(raw.splitlines(), 1):
                if line.strip():
                    record = json.loads(line)
                    yield str(record.get("id", f"{path.stem}:{number}")), record
            return
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise UnreadableInput(
            f"not valid JSON (line {exc.lineno}): expected {{uid: {{original_text, reference_summary}}}} "
            "or JSON Lines of {text, summary}",
            path=path,
        ) from exc
    if isinstance(data, dict):
        for uid, record in data.items():
            if isinstance(record, dict):
                yield str(uid), record
    elif isinstance(data, list):
        for number, record in enumerate(data):
            if isinstance(record, dict):
                yield str(record.get("id", f"{path.stem}:{number}")), record


def load_pairs(path: str | Path) -> list[SummaryPair]:
    """Every (text, reference summary) pair in a file or directory, each once."""
    path = Path(path)
    if not path.exists():
        raise InputNotFound("no such file or directory of reference summaries", path=path)
    files = sorted(p for p in path.rglob("*") if p.suffix in {".json", ".jsonl"}) if path.is_dir() else [path]
    seen: set[str] = set()
    pairs: list[SummaryPair] = []
    for file in files:
        for uid, record in _records(file):
            text, summary = _pick(record, _TEXT_KEYS), _pick(record, _SUMMARY_KEYS)
            if text is None or summary is None:
                continue
            key = hashlib.sha1(f"{text}\x00{summary}".encode()).hexdigest()
            if key not in seen:
                seen.add(key)
                pairs.append(SummaryPair(id=uid, text=text, summary=summary))
    if not pairs:
        raise ConfigError(
            "no summary pairs found: give JSON {uid: {original_text, reference_summary}} "
            "or JSON Lines of {text, summary}",
            path=path,
        )
    return pairs


def rouge(references: Sequence[str], predictions: Sequence[str]) -> dict[str, dict[str, float]]:
    """Mean ROUGE-1/2/L precision, recall and F1 (Porter-stemmed), per metric."""
    try:
        from rouge_score import rouge_scorer
    except ImportError as exc:
        raise ConfigError("ROUGE needs the rouge-score package: pip install rouge-score", stage="eval") from exc
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    totals = {m: {"p": 0.0, "r": 0.0, "f": 0.0} for m in METRICS}
    for reference, prediction in zip(references, predictions, strict=True):
        scores = scorer.score(reference, prediction)
        for metric in METRICS:
            totals[metric]["p"] += scores[metric].precision
            totals[metric]["r"] += scores[metric].recall
            totals[metric]["f"] += scores[metric].fmeasure
    n = max(len(references), 1)
    return {m: {k: v / n for k, v in totals[m].items()} for m in METRICS}


def truncate(text: str, max_chars: int | None) -> str:
    """The text cut at the last line or sentence end before ``max_chars`` (all
    systems compared get the same cut)."""
    if max_chars is None or len(text) <= max_chars:
        return text
    head = text[:max_chars]
    cut = max(head.rfind("\n"), head.rfind(". "))
    return head[: cut + 1] if cut > max_chars // 2 else head


def summarize_pairs(
    pairs: Iterable[SummaryPair],
    *,
    nlp=None,
    max_sentences: int | None = None,
    max_words: int | None = None,
    max_chars: int | None = None,
) -> list[str]:
    """nlp_kit's key sentences for each pair's text, joined into one string."""
    from nlp_kit.assemble import build_analysis
    from nlp_kit.ingest import from_text
    from nlp_kit.pipeline import load, make_doc

    nlp = nlp or load()
    documents = [from_text(truncate(p.text, max_chars)) for p in pairs]
    predictions = []
    for document, doc in zip(documents, nlp.pipe(make_doc(nlp, d) for d in documents)):
        analysis = build_analysis(doc, document, nlp=nlp, max_sentences=max_sentences, max_words=max_words)
        predictions.append(" ".join(k.text for k in analysis.summary.key_sentences))
    return predictions


def evaluate(
    path: str | Path,
    *,
    nlp=None,
    max_sentences: int | None = 1,
    max_words: int | None = None,
    max_chars: int | None = None,
    limit: int | None = None,
) -> dict:
    """Summarize every pair under ``path`` with nlp_kit and score it against the references."""
    from nlp_kit.summary.structured import budget_label

    pairs = load_pairs(path)[:limit]
    predictions = summarize_pairs(
        pairs, nlp=nlp, max_sentences=max_sentences, max_words=max_words, max_chars=max_chars
    )
    return {
        "data": str(path),
        "pairs": len(pairs),
        "budget": budget_label(max_sentences, max_words),
        "scores": rouge([p.summary for p in pairs], predictions),
    }
