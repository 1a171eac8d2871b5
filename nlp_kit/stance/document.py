"""Stances of a whole document: holder × target, per sentence and aggregated.

Input: a parsed Doc (with ``doc.spans["nlp_kit_actors"]`` and
``doc._.commitments`` when those components ran), a stance model and the
targets. Output: ``SentenceStance``- and ``Stance``-shaped dicts. Example::

    >>> sentence_stances(doc, model, ["the peace agreement"])       # doctest: +SKIP
    [{'sentence': 31, 'holder': 'AUTHOR', 'target': 'the peace agreement', 'label': 'FAVOR', ...}]
"""

from __future__ import annotations

import bisect
from collections import defaultdict

import numpy as np
import pandas as pd
from spacy.tokens import Doc, Span

from nlp_kit.doctext import doc_text
from nlp_kit.stance.holders import Holding, actor_spans, author_voice, find_holders
from nlp_kit.stance.targets import target_matches

ANAPHORIC_DETERMINERS = frozenset({"this", "that", "these", "those", "such"})
ANAPHORIC_PRONOUNS = frozenset({"it", "they", "this", "these"})
CUE_SCORE = 0.75
"""Lowest score given when an attitude verb ("opposes", "welcomes") states the label outright."""
COMMITMENT_FAVOR = frozenset({"pledge", "promise", "agreement", "intent", "demand"})


def _sentences(doc: Doc) -> list[Span]:
    return [s for s in doc.sents if s.text.strip()]


def _evidence(span: Span) -> dict:
    text = span.text
    lead = len(text) - len(text.lstrip())
    trail = len(text.rstrip())
    return {"start": span.start_char + lead, "end": span.start_char + trail, "text": text.strip()}


def refers_back(doc: Doc, start: int, end: int) -> bool:
    """The text between the offsets refers to something said before: a demonstrative
    determiner ("this demand", "such steps") or a subject pronoun ("they worry")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    for token in span:
        if token.dep_ == "det" and token.lower_ in ANAPHORIC_DETERMINERS:
            return True
        if token.dep_ in {"nsubj", "nsubjpass"} and token.lower_ in ANAPHORIC_PRONOUNS:
            return True
    return False


def _about(target: str, clause: str, context: tuple[str, ...], anaphoric: bool) -> bool:
    """The clause names the target, or refers back to it ("this demand") and one of its
    context sentences (the sentence itself, the one before) names it on its own."""
    if target_matches(target, clause):
        return True
    return anaphoric and any(target_matches(target, sentence) for sentence in context)


Candidate = tuple[int, str, str, str, "Holding | None", Span]
"""(sentence number, holder, target, the text the model reads, the holding or None, the sentence)."""


def sentence_stances(doc: Doc, model, targets: list[str], *, min_score: float = 0.6) -> list[dict]:
    """One record per (sentence, holder, target) where a holder voices a stance on the target.

    The model classifies the holder's clause against the target; its FAVOR/AGAINST
    probabilities are renormalised over the two (relevance is established by target
    matching here) and a label below ``min_score`` becomes NONE and is dropped. An
    attitude verb's own polarity (flipped by negation) overrides the model.
    """
    candidates = stance_candidates(doc, targets)
    if not candidates:
        return []
    return score_candidates(candidates, model, predict(model, [candidates])[0], min_score=min_score)


def predict(model, batches: list[list[Candidate]]) -> list[np.ndarray]:
    """The model's class probabilities for each list of candidates, from one call for all of them
    (the model's fixed cost per call is many times its cost per row)."""
    rows = [c for candidates in batches for c in candidates]
    if not rows:
        return [np.zeros((0, len(model.classes_))) for _ in batches]
    proba = model.predict_proba(pd.DataFrame({"target": [c[2] for c in rows], "text": [c[3] for c in rows]}))
    bounds = np.cumsum([0] + [len(candidates) for candidates in batches])
    return [proba[a:b] for a, b in zip(bounds[:-1], bounds[1:])]


def stance_candidates(doc: Doc, targets: list[str]) -> list[Candidate]:
    """Every (sentence, holder, target) the model is to classify: a holder's clause, the author's
    sentence or a commitment's evidence that is about one of ``targets``."""
    sentences = _sentences(doc)
    commitments = list(getattr(doc._, "commitments", None) or []) if doc.has_extension("commitments") else []
    candidates: list[Candidate] = []
    previous_holders: list[str] = []
    text = doc_text(doc)
    # Each sentence is handed only the actor mentions that reach into it: those before it are
    # stepped past once, and the end of its run is found by bisection on the starts.
    mentions = sorted(actor_spans(doc), key=lambda span: span.start)
    starts = [span.start for span in mentions]
    first = 0
    for index, sentence in enumerate(sentences):
        context = tuple(text[s.start_char: s.end_char] for s in sentences[max(0, index - 1): index + 1])
        while first < len(mentions) and mentions[first].end <= sentence.start:
            first += 1
        here = mentions[first: max(first, bisect.bisect_left(starts, sentence.end))]
        holdings = find_holders(sentence, previous_holders, here)
        # Distinct holders only: a sentence with several cues must not multiply the holders its
        # pronouns hand on ("We commit … we reaffirm …" doubled them sentence after sentence).
        previous_holders = list(dict.fromkeys(h.holder for h in holdings)) or previous_holders
        for holding in holdings:
            clause = text[holding.start: holding.end]
            anaphoric = refers_back(doc, holding.start, holding.end)
            for target in targets:
                if _about(target, clause, context, anaphoric):
                    candidates.append((index, holding.holder, target, clause, holding, sentence))
        voice = author_voice(sentence)
        if voice is not None and not holdings:
            anaphoric = refers_back(doc, sentence.start_char, sentence.end_char)
            for target in targets:
                if _about(target, context[-1], context, anaphoric):
                    candidates.append((index, "AUTHOR", target, context[-1], None, sentence))
        for commitment in commitments:
            ev = commitment.get("evidence") or {}
            if not (sentence.start_char <= ev.get("start", -1) < sentence.end_char):
                continue
            holder = commitment.get("speaker") if commitment.get("kind") == "recommendation" else commitment.get("actor")
            if not holder:
                continue
            for target in targets:
                if _about(target, ev.get("text", "") + " " + commitment.get("action", ""), (), False):
                    label = "AGAINST" if commitment.get("negated") else "FAVOR"
                    cue = Holding(holder, commitment.get("trigger") or commitment.get("kind", ""), ev["start"], ev["end"], label)
                    candidates.append((index, holder, target, ev.get("text", ""), cue, sentence))
    return candidates


def score_candidates(candidates: list[Candidate], model, proba: np.ndarray, *, min_score: float = 0.6) -> list[dict]:
    """The sentence stance records of ``candidates`` from the model's probabilities for them."""
    classes = [str(c) for c in model.classes_]
    favor, against = proba[:, classes.index("FAVOR")], proba[:, classes.index("AGAINST")]
    records: dict[tuple[int, str, str], dict] = {}
    for (index, holder, target, _, holding, sentence), f, a in zip(candidates, favor, against):
        total = float(f + a) or 1.0
        label, score = ("FAVOR", f / total) if f >= a else ("AGAINST", a / total)
        if holding is not None and holding.polarity is not None:
            cue_label = holding.polarity
            if holding.negated:
                cue_label = "AGAINST" if cue_label == "FAVOR" else "FAVOR"
            label = cue_label
            score = max(CUE_SCORE, (f if label == "FAVOR" else a) / total)
        if score < min_score:
            continue
        key = (index, holder, target)
        if key not in records or records[key]["score"] < score:
            records[key] = {
                "sentence": index,
                "holder": holder,
                "target": target,
                "label": label,
                "score": round(float(score), 4),
                "evidence": _evidence(sentence),
            }
    return sorted(records.values(), key=lambda r: (r["sentence"], r["holder"], r["target"]))


def aggregate(records: list[dict]) -> list[dict]:
    """Holder × target stances over the document: the label with the larger summed score
    wins; its score is the winning share times the mean score of its sentences."""
    grouped: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for record in records:
        grouped[(record["holder"], record["target"])].append(record)
    stances = []
    for (holder, target), items in grouped.items():
        weight = {"FAVOR": 0.0, "AGAINST": 0.0}
        for item in items:
            weight[item["label"]] += item["score"]
        label = "FAVOR" if weight["FAVOR"] >= weight["AGAINST"] else "AGAINST"
        winners = [item for item in items if item["label"] == label]
        share = weight[label] / (sum(weight.values()) or 1.0)
        score = share * float(np.mean([item["score"] for item in winners]))
        stances.append(
            {"holder": holder, "target": target, "label": label, "score": round(score, 4), "evidence": [item["evidence"] for item in winners]}
        )
    return sorted(stances, key=lambda s: (s["target"], -s["score"], s["holder"]))
