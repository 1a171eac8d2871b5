"""Stance holders: who voices the stance in a sentence.

A holder is the actor that is the subject of a speech, cognition or attitude
verb ("the Armenian opposition *argues* that …", "Ankara and Baku *worry* …"),
the holder of an attitude noun ("concerns *in Ankara and Baku*"), or
``AUTHOR`` when the writer speaks in their own voice ("Baku and Yerevan
*could* finalize the treaty", "the best way to …"). Actors are read from
``doc.spans["nlp_kit_actors"]`` (label = actor id). Example::

    >>> [(h.holder, h.cue) for h in find_holders(doc[0:14].sent)]     # doctest: +SKIP
    [('GRP:Armenian opposition', 'argues')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from nlp_kit.stance.lexicons import lexicons

SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
HOLDER_PREPS = frozenset({"in", "among", "of", "from", "by"})
PRONOUNS = frozenset({"they", "he", "she", "it", "we"})


@dataclass(frozen=True)
class Holding:
    """One holder in one sentence: who, the cue word, the stretch of text that carries
    the stance (the complement or object of the cue), and the cue's own polarity, if any."""

    holder: str
    cue: str
    start: int
    end: int
    polarity: str | None = None
    negated: bool = False


def actor_spans(doc: Doc) -> list[Span]:
    return list(doc.spans["nlp_kit_actors"]) if "nlp_kit_actors" in doc.spans else []


def actors_in(tokens: list[Token], spans: list[Span]) -> list[str]:
    """Actor ids whose mentions overlap ``tokens``, in text order, without repeats."""
    ids: list[str] = []
    positions = {t.i for t in tokens}
    for span in sorted(spans, key=lambda s: s.start):
        if any(i in positions for i in range(span.start, span.end)) and span.label_ not in ids:
            ids.append(span.label_)
    return ids


def _negated(token: Token) -> bool:
    negation = lexicons().negation
    return any(child.dep_ == "neg" or child.lower_ in negation for child in token.children)


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return child
    if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head.i != verb.i:
        return _subject(verb.head)
    return None


def _holder_tokens(subject: Token) -> list[Token]:
    """The subject's head, its conjuncts and their possessors and compounds: "Ankara and Baku",
    "Pashinyan's government" — but not "the divergence between the West and Turkey"."""
    heads = [subject, *subject.conjuncts]
    out: list[Token] = []
    for head in heads:
        out.append(head)
        out.extend(child for child in head.children if child.dep_ in {"poss", "compound", "amod", "nmod"})
        out.extend(t for t in head.subtree if t.i < head.i and t.dep_ == "compound")
    return out


def _cue_kind(token: Token) -> str | None:
    lex = lexicons()
    lemma = token.lemma_.lower()
    if token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB"):
        if lemma in lex.attitude_verbs:
            return "attitude"
        if lemma in lex.speech_verbs or lemma in lex.cognition_verbs:
            return "report"
    if token.pos_ == "NOUN" and lemma in lex.attitude_verbs:
        return "noun"
    return None


def find_holders(
    sentence: Span, previous: list[str] | None = None, spans: list[Span] | None = None
) -> list[Holding]:
    """Holders of the stance expressed in ``sentence``.

    ``previous`` are the actor holders of the sentence before, used when the
    subject is a pronoun that no actor mention covers ("They worry …").
    ``spans``: the actor mentions of the Doc, or of this sentence (default: read
    from the Doc, which costs one Span per mention of the whole Doc).
    """
    if spans is None:
        spans = actor_spans(sentence.doc)
    lex = lexicons()
    found: list[Holding] = []
    for token in sentence:
        kind = _cue_kind(token)
        if kind is None:
            continue
        holders: list[str] = []
        if kind == "noun":
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ in HOLDER_PREPS:
                    holders = actors_in([t for child in prep.children for t in child.subtree], spans)
                    if holders:
                        break
        else:
            subject = _subject(token)
            if subject is not None:
                holders = actors_in(_holder_tokens(subject), spans)
                if not holders and subject.lower_ in PRONOUNS and previous:
                    holders = list(previous)
        if not holders:
            continue
        scope = [t for t in token.subtree if t.i >= token.i] or [token]
        start, end = scope[0].idx, scope[-1].idx + len(scope[-1].text)
        polarity = lex.attitude_verbs.get(token.lemma_.lower()) if kind in {"attitude", "noun"} else None
        for holder in holders:
            found.append(Holding(holder, token.text, start, end, polarity, _negated(token)))
    return found


def author_voice(sentence: Span) -> str | None:
    """The cue that puts ``sentence`` in the writer's own voice, or None.

    Modal recommendations (could/should/must as the main clause's auxiliary) and
    evaluative phrases ("the best way to", "would not only") count; a modal
    inside reported speech does not. "Turkey could honor its 2022 commitment" → "could".
    """
    lex = lexicons()
    lowered = sentence.text.lower()
    for cue in lex.author_cues:
        if " " in cue and re.search(rf"\b{re.escape(cue)}\b", lowered):
            return cue
    for token in sentence:
        if token.tag_ == "MD" and token.lower_ in lex.author_cues:
            clause_head = token.head
            while clause_head.dep_ not in {"ROOT", "ccomp"} and clause_head.head.i != clause_head.i:
                clause_head = clause_head.head
            if clause_head.dep_ == "ROOT":
                return token.lower_
    return None
