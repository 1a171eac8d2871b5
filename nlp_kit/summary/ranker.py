"""Extractive key-sentence ranking: centrality, position, facts, redundancy.

A sentence's score mixes four signals, each scaled to [0, 1]:

* **centrality** — PageRank over the cosine-similarity graph of TF-IDF lemma
  vectors (continuous LexRank), plus similarity to the centroid of the *other*
  sentences; both count for less in very short texts, whose few sentences
  give a graph too small to say which one is central;
* **position** — lead sentences and paragraph openers carry the thesis of
  op-eds, statements and bills, except a legislature's findings ("Congress
  finds that ..."), which open a bill by convention and say why, not what;
* **facts** — sentences carrying commitments, dated events or salient actors
  (filled in by the nlp_kit components when they ran);
* **length** — fragments are damped; so are run-on enumerations, but only
  when the budget is in words (a sentence budget charges a long sentence no
  more than a short one, and long sentences carry more of the content).

Selection is maximal marginal relevance (MMR) under a budget in sentences or
words; the result is in document order.  Everything is vectorised with numpy
and scipy.sparse: one sparse product gives all pairwise similarities, so the
ranker stays fast on long documents and in batch.

Example::

    >>> units = sentence_units(nlp("Turkey pledged to open the border. It rained."))
    >>> [u.index for u in select(units, rank(units), max_sentences=1)]
    [0]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from spacy.attrs import IDX, IS_ALPHA, IS_STOP, LEMMA, LENGTH, LOWER
from spacy.tokens import Doc

from nlp_kit.doctext import doc_text

_TERMINAL = re.compile(r"[.!?…:;\"'”’)\]]\s*$")
_MIN_ALPHA_TOKENS = 4
_HEADING_MAX_WORDS = 8
_LABELLED_HEADING_MAX_WORDS = 20
_FINDINGS = re.compile(
    r"(?:the\s+)?(?:congress|parliament|legislature|general\s+assembly)\s+"
    r"(?:finds|hereby\s+finds|makes\s+the\s+following\s+findings)\b",
    re.I,
)
_SECTION_LABEL = re.compile(r"^(?:sec(?:tion)?\.?\s*)?(?:\d+[a-z]?\.|\([a-z0-9]{1,4}\))\s", re.I)


@dataclass
class SentenceUnit:
    """One narrative sentence: trimmed offsets, its index among narrative
    sentences, its content lemmas and cues used by the ranker (``findings``:
    it opens a legislature's findings, 'Congress finds that ...')."""

    index: int
    start: int
    end: int
    lemmas: list[str]
    words: int
    paragraph_first: bool = False
    findings: bool = False
    fact_weight: float = 0.0


@dataclass(frozen=True)
class RankerWeights:
    """How much each signal counts; the defaults suit policy prose and legal text."""

    centrality: float = 1.0
    centroid: float = 1.0
    position: float = 1.3
    facts: float = 0.6
    damping: float = 0.85
    mmr_lambda: float = 0.8
    max_similarity: float = 0.7
    ideal_min_words: int = 8
    ideal_max_words: int = 40
    long_factor: float = 2.0
    centrality_pseudo_sentences: float = 2.0


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_narrative(sentence: str, alpha: int) -> bool:
    """Headings and labels are short and lack closing punctuation."""
    if alpha < _MIN_ALPHA_TOKENS:
        return False
    return bool(_TERMINAL.search(sentence)) or alpha >= 12


def _skip_heading_lines(text: str, start: int, end: int) -> int:
    """Move ``start`` past heading lines the parser glued to the sentence
    ('2. Findings\n(a) In general\nCongress finds that ...'): lines without
    closing punctuation of up to 8 words, or up to 20 after a section label
    ('2. Rescission of certain funds for enhanced Internal Revenue Service
    resources'); a longer unlabelled line is hard-wrapped prose and stops it."""
    while True:
        newline = text.find("\n", start, end)
        if newline < 0:
            return start
        line = text[start:newline].strip()
        limit = _LABELLED_HEADING_MAX_WORDS if _SECTION_LABEL.match(line) else _HEADING_MAX_WORDS
        if _TERMINAL.search(line) or len(line.split()) > limit:
            return start
        start, _ = _trim(text, newline + 1, end)


def sentence_units(doc: Doc) -> list[SentenceUnit]:
    """Narrative sentences of ``doc`` with offsets trimmed of surrounding whitespace.

    The Doc holds the narrative text, where headings and bylines are blanked to
    spaces, so blank stretches never become sentences; offsets point into the
    normalized document text as well.
    """
    text = doc_text(doc)
    strings = doc.vocab.strings
    # token attributes read from arrays: no Token object per word
    alpha, stop, idx, lemma, lower, length = doc.to_array([IS_ALPHA, IS_STOP, IDX, LEMMA, LOWER, LENGTH]).T.tolist()
    units: list[SentenceUnit] = []
    previous_end = 0
    for sent in doc.sents:
        start, end = _trim(text, sent.start_char, sent.end_char)
        start = _skip_heading_lines(text, start, end)
        alpha_tokens = [i for i in range(sent.start, sent.end) if alpha[i] and idx[i] >= start]
        if not _is_narrative(text[start:end], len(alpha_tokens)):
            previous_end = sent.end_char
            continue
        gap = text[previous_end:start]
        lemmas = [strings[lemma[i]].lower() or strings[lower[i]] for i in alpha_tokens if not stop[i] and length[i] > 1]
        units.append(
            SentenceUnit(
                index=len(units),
                start=start,
                end=end,
                lemmas=lemmas,
                words=len(alpha_tokens),
                paragraph_first=(not units) or "\n" in gap,
                findings=bool(_FINDINGS.match(text, start, end)),
            )
        )
        previous_end = sent.end_char
    return units


def tfidf_matrix(units: Sequence[SentenceUnit]) -> sparse.csr_matrix:
    """Row-normalised TF-IDF of sentence lemmas; sentences are the 'documents'
    of the IDF so words common to the whole text weigh little."""
    vocabulary: dict[str, int] = {}
    rows, cols = [], []
    for i, unit in enumerate(units):
        for lemma in unit.lemmas:
            rows.append(i)
            cols.append(vocabulary.setdefault(lemma, len(vocabulary)))
    n = len(units)
    counts = sparse.csr_matrix(
        (np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(n, max(len(vocabulary), 1))
    )
    counts.sum_duplicates()
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    weighted = counts.copy()
    weighted.data = (1.0 + np.log(weighted.data)) * idf[weighted.indices]
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.diags(1.0 / norms) @ weighted


def _scaled(values: np.ndarray) -> np.ndarray:
    top = values.max() if values.size else 0.0
    return values / top if top > 0 else np.zeros_like(values)


def pagerank(similarity: np.ndarray, damping: float = 0.85, iterations: int = 50) -> np.ndarray:
    """Stationary distribution of a random walk on the weighted sentence graph."""
    n = similarity.shape[0]
    out = similarity.sum(axis=1, keepdims=True)
    transition = np.divide(similarity, out, out=np.full_like(similarity, 1.0 / n), where=out > 0)
    scores = np.full(n, 1.0 / n)
    for _ in range(iterations):
        updated = (1 - damping) / n + damping * (transition.T @ scores)
        if np.abs(updated - scores).sum() < 1e-8:
            return updated
        scores = updated
    return scores


def position_prior(units: Sequence[SentenceUnit]) -> np.ndarray:
    """Lead sentences first, paragraph openers next, the rest decaying slowly.

    A legislature's findings get no lead credit wherever they stand: bills
    put them first by convention, and they give the reasons for the bill,
    which summaries of what a bill does leave out."""
    n = len(units)
    index = np.arange(n, dtype=np.float64)
    lead = np.exp(-index / max(2.0, 0.08 * n))
    opener = np.array([0.35 if u.paragraph_first else 0.0 for u in units])
    findings = np.array([u.findings for u in units], dtype=bool)
    return np.where(findings, 0.0, np.maximum(lead, opener)) + 0.1


def length_prior(units: Sequence[SentenceUnit], weights: RankerWeights, budget: str = "sentences") -> np.ndarray:
    """Damp fragments always; with ``budget="words"`` also sentences much longer
    than is usual in this document (legal and legislative prose runs long, so
    'long' is relative).  Under a sentence budget a long sentence costs one
    sentence like any other, so its length is not held against it."""
    words = np.array([u.words for u in units], dtype=np.float64)
    short = np.minimum(1.0, words / weights.ideal_min_words)
    if budget == "sentences":
        return short
    usual = max(weights.ideal_max_words, weights.long_factor * float(np.median(words)))
    long = np.minimum(1.0, usual / np.maximum(words, 1.0))
    return short * np.sqrt(long)


def similarity_to_the_rest(matrix: sparse.csr_matrix) -> np.ndarray:
    """Cosine similarity of each sentence to the centroid of all the other
    sentences: a sentence's similarity to itself says nothing about how well
    it stands for the document, and would favour sentences full of words
    found nowhere else."""
    centroid = np.asarray(matrix.sum(axis=0)).ravel()
    own = np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel()
    to_centroid = matrix @ centroid
    rest_norm = np.sqrt(np.maximum(centroid @ centroid - 2.0 * to_centroid + own, 0.0))
    return np.divide(to_centroid - own, rest_norm, out=np.zeros_like(own), where=rest_norm > 1e-9)


def similarity_matrix(matrix: sparse.csr_matrix) -> np.ndarray:
    """Cosine similarity of every pair of sentences (rows are unit-normalised)."""
    return (matrix @ matrix.T).toarray()


def rank(
    units: Sequence[SentenceUnit],
    weights: RankerWeights = RankerWeights(),
    matrix: sparse.csr_matrix | None = None,
    similarity: np.ndarray | None = None,
    budget: str = "sentences",
) -> np.ndarray:
    """One relevance score per unit (higher is more summary-worthy).

    ``budget`` is the unit the selection will be cut in, ``"sentences"`` or
    ``"words"``: it decides whether long sentences are damped
    (:func:`length_prior`).  The two centrality signals are trusted in
    proportion ``n / (n + weights.centrality_pseudo_sentences)``: in a text of
    two or three sentences the one that shares words with both neighbours
    wins the random walk whatever it says, so position decides more there.
    """
    if budget not in ("sentences", "words"):
        raise ValueError(f"budget must be 'sentences' or 'words', not {budget!r}")
    n = len(units)
    if n == 0:
        return np.zeros(0)
    matrix = tfidf_matrix(units) if matrix is None else matrix
    similarity = (similarity_matrix(matrix) if similarity is None else similarity).copy()
    np.fill_diagonal(similarity, 0.0)
    centrality = _scaled(pagerank(similarity, weights.damping)) if n > 1 else np.ones(1)
    to_centroid = _scaled(np.maximum(similarity_to_the_rest(matrix), 0.0)) if n > 1 else np.ones(1)
    facts = _scaled(np.array([u.fact_weight for u in units]))
    trust = n / (n + weights.centrality_pseudo_sentences)
    score = (
        trust * (weights.centrality * centrality + weights.centroid * to_centroid)
        + weights.position * _scaled(position_prior(units))
        + weights.facts * facts
    )
    return score * length_prior(units, weights, budget)


def select(
    units: Sequence[SentenceUnit],
    scores: np.ndarray,
    *,
    max_sentences: int | None = 3,
    max_words: int | None = None,
    weights: RankerWeights = RankerWeights(),
    matrix: sparse.csr_matrix | None = None,
    similarity: np.ndarray | None = None,
) -> list[SentenceUnit]:
    """Pick sentences by maximal marginal relevance within the budget, in document order.

    A sentence whose cosine similarity to one already chosen exceeds
    ``weights.max_similarity`` is a near-duplicate and skipped.  With
    ``max_words`` a sentence that would overflow the budget is skipped (the
    first pick is always kept, so a budget shorter than every sentence still
    yields one).
    """
    n = len(units)
    if n == 0:
        return []
    if similarity is None:
        similarity = similarity_matrix(tfidf_matrix(units) if matrix is None else matrix)
    relevance = _scaled(scores)
    chosen: list[int] = []
    redundancy = np.zeros(n)
    available = np.ones(n, dtype=bool)
    words = 0
    limit = max_sentences if max_sentences is not None else n
    while available.any() and len(chosen) < limit:
        mmr = weights.mmr_lambda * relevance - (1 - weights.mmr_lambda) * redundancy
        mmr[~available] = -np.inf
        best = int(np.argmax(mmr))
        available[best] = False
        if redundancy[best] > weights.max_similarity:
            continue
        if max_words is not None and chosen and words + units[best].words > max_words:
            continue
        chosen.append(best)
        words += units[best].words
        redundancy = np.maximum(redundancy, similarity[best])
        if max_words is not None and words >= max_words:
            break
    return [units[i] for i in sorted(chosen)]


def fill_budget(
    ranked: Iterable[int], words: Sequence[int], *, max_sentences: int | None = None, max_words: int | None = None
) -> list[int]:
    """Apply the same budget rule as :func:`select` to any ranking (used to
    give baselines such as Lead-k or LexRank exactly the same budget)."""
    chosen: list[int] = []
    total = 0
    for i in ranked:
        if max_sentences is not None and len(chosen) >= max_sentences:
            break
        if max_words is not None and chosen and total + words[i] > max_words:
            continue
        chosen.append(i)
        total += words[i]
        if max_words is not None and total >= max_words:
            break
    return sorted(chosen)


def sentence_of(units: Sequence[SentenceUnit], starts: Sequence[int], offset: int) -> int | None:
    """Index of the unit containing character ``offset`` (``starts`` are the
    units' start offsets, sorted), or None."""
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and units[i].start <= offset < units[i].end:
        return i
    return None
