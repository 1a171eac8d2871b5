"""The timeline: each dated expression attached to the event it dates, in chronological order.

Input: a parsed Doc, its TimeExpression dicts and creation time; actor spans
are read from ``doc.spans["nlp_kit_actors"]`` when present.  Output: Event
dicts (``nlp_kit.schema.Event``) sorted by ``sort_key``: the predicate (the
clause's verb, or the event noun the date modifies: "its July 2022
commitment"), the actors in that clause, a short description built from the
clause, ``uncertain`` when the date or the attachment is a guess, and the
predicate's PLOVER event type and CAMEO code where the event lexicon
(``nlp_kit.event_codes``) has one (``signed`` → ``SUPPORT``, ``057``;
None otherwise).

Example::

    >>> doc = nlp("Ankara cut off its own talks with Armenia in 1993.")   # doctest: +SKIP
    >>> build_timeline(doc, doc._.timexes, dct=None, vocab=Grammar.load().vocab)[0]["predicate"]  # doctest: +SKIP
    'cut'
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from spacy.tokens import Doc, Span, Token

from nlp_kit.event_codes import code_predicate
from nlp_kit.timex.resolve import parse_dct, parse_value

ACTOR_SPANS = "nlp_kit_actors"
MAX_DESCRIPTION_TOKENS = 16
# Clause parts left out of a description: they are other events or asides.
_SUBORDINATE = {"advcl", "relcl", "ccomp", "parataxis", "conj", "cc", "appos", "mark", "punct", "acl"}
_MOD_DAY = {"START": 1, "MID": 45, "END": 80}


def sort_key(value: str, mod: str | None, dct: dt.date | None) -> str | None:
    """An ISO-like key ordering values chronologically (``2022`` + MID -> ``2022-07-01``), or None.

    Reference values sort at the creation time (``PRESENT_REF``) or after every date.
    """
    if value == "PRESENT_REF":
        return dct.isoformat() if dct else "9998"
    if value == "FUTURE_REF":
        return "9999"
    if len(value) == 4 and value.endswith("X") and value[:3].isdigit():
        start = dt.date(int(value[:3]) * 10, 1, 1)
        offset = {"START": 0, "MID": 4, "END": 7}.get(mod or "", 0)
        return f"{start.year + offset:04d}-01-01"
    parsed = parse_value(value)
    if parsed is None:
        return None
    start, granularity = parsed
    if mod in _MOD_DAY and granularity in ("Y", "Q", "H", "S", "M"):
        length = {"Y": 365, "H": 182, "Q": 91, "S": 91, "M": 30}[granularity]
        start = start + dt.timedelta(days=round(length * _MOD_DAY[mod] / 100) - (1 if mod == "START" else 0))
    return start.isoformat() + (value[10:] if granularity == "D" else "")


def event_predicate(span: Span, vocab: dict[str, Any]) -> tuple[Token | None, bool]:
    """The token naming the event ``span`` dates, and whether the attachment is a guess.

    A date modifying an event noun dates that noun ("the July 2022 commitment");
    otherwise the nearest governing verb ("cut off its talks ... in 1993").
    """
    root = span.root
    head = root.head
    if root.dep_ in ("compound", "nmod", "amod", "poss", "npadvmod") and _eventive(head, vocab):
        return head, False
    if root.dep_ == "pobj" and head.dep_ == "prep":
        dated = head.head
        if dated.pos_ == "NUM" and dated.dep_ in ("nummod", "appos", "compound"):
            dated = dated.head  # "Executive Order 13400 of April 26, 2006": the order, not its number
        if _eventive(dated, vocab):
            return dated, False  # "the Act of 2006", "its commitment of July 2022"
    token = root
    for _ in range(12):
        if token.pos_ in ("VERB", "AUX") and token.i != root.i:
            return token, False
        if token.head.i == token.i:
            break
        token = token.head
    if token.pos_ == "NOUN":
        return token, True
    return None, True


def _eventive(noun: Token, vocab: dict[str, Any]) -> bool:
    """A noun (or a name's head: "Executive Order", "the Act") that names an event or a dated instrument."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = noun.lemma_.lower()
    return lemma in vocab.get("event_nouns", ()) or lemma.endswith(tuple(vocab.get("event_noun_suffixes", ())))


def actor_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """(start token, end token, actor id) of the actor spans, read once per document."""
    if ACTOR_SPANS not in doc.spans:
        return []
    return [(span.start, span.end, span.label_) for span in doc.spans[ACTOR_SPANS]]


def clause_actors(
    doc: Doc, predicate: Token | None, sentence: Span, actors: list[tuple[int, int, str]] | None = None
) -> list[str]:
    """Ids of actor spans inside the predicate's clause (else the sentence), in text order, unique.

    ``actors``: ``actor_spans(doc)`` when the caller has it already.
    """
    if actors is None:
        actors = actor_spans(doc)
    if not actors:
        return []
    if predicate is not None:
        lo, hi = predicate.left_edge.i, predicate.right_edge.i + 1
        if predicate.pos_ == "NOUN" and predicate.head.pos_ in ("VERB", "AUX"):
            lo = min(lo, predicate.head.left_edge.i)
            hi = max(hi, predicate.head.right_edge.i + 1)
    else:
        lo, hi = sentence.start, sentence.end
    ids: list[str] = []
    for start, end, label in actors:
        if lo <= start and end <= hi and label not in ids:
            ids.append(label)
    return ids


def describe(predicate: Token | None, sentence: Span) -> str:
    """A short readable description: the predicate's clause without its subordinate clauses."""
    if predicate is None:
        tokens = list(sentence)
    else:
        governed = predicate.pos_ == "NOUN" and predicate.head.pos_ in ("VERB", "AUX")
        clause_root = predicate.head if governed else predicate
        keep = {clause_root.i}
        stack = [c for c in clause_root.children if c.dep_ not in _SUBORDINATE or c.i == predicate.i]
        while stack:
            token = stack.pop()
            keep.add(token.i)
            stack.extend(c for c in token.children if not _aside(c))
        doc = sentence.doc
        tokens = [doc[i] for i in sorted(keep) if sentence.start <= i < sentence.end]
    tokens = [t for t in tokens if not t.is_space]
    words: list[Token] = []
    for n, token in enumerate(tokens):
        before = tokens[n - 1] if n else None
        after = tokens[n + 1] if n + 1 < len(tokens) else None
        cut_beside = (before is not None and before.i != token.i - 1) or (after is not None and after.i != token.i + 1)
        if token.text == "," and cut_beside:
            continue  # the commas around a removed aside: "Pashinyan, the prime minister of Armenia, met"
        if token.is_punct and words and words[-1].is_punct:
            continue
        words.append(token)
    words = _balanced_brackets(words)
    while words and (words[0].is_punct or words[0].dep_ in ("cc", "mark")):
        words.pop(0)
    while words and words[-1].is_punct:
        words.pop()
    shown = words[:MAX_DESCRIPTION_TOKENS]
    parts = []
    for token, following in zip(shown, shown[1:] + [None]):
        parts.append(token.text)
        if following is None:
            break
        adjacent = following.i == token.i + 1
        if token.whitespace_ if adjacent else following.text not in ",.;:)":
            parts.append(" ")
    return "".join(parts).strip() + (" …" if len(words) > MAX_DESCRIPTION_TOKENS else "")


def _aside(token: Token) -> bool:
    """A clause or apposition the description leaves out; an "appos" in a list ("the United States,
    Panama, and Colombia", which the parser reads as an apposition of "States") stays."""
    if token.dep_ in ("relcl", "advcl", "parataxis"):
        return True
    return token.dep_ == "appos" and not any(c.dep_ == "conj" for c in token.head.children)


def _balanced_brackets(words: list[Token]) -> list[Token]:
    """``words`` without brackets whose partner was cut with an aside ("2023 after talks)" -> "2023 after talks")."""
    unmatched: set[int] = set()
    open_at: list[int] = []
    for position, token in enumerate(words):
        if token.is_left_punct and token.is_bracket:
            open_at.append(position)
        elif token.is_right_punct and token.is_bracket:
            if open_at:
                open_at.pop()
            else:
                unmatched.add(position)
    unmatched.update(open_at)
    return [token for position, token in enumerate(words) if position not in unmatched]


def build_timeline(
    doc: Doc, timexes: list[dict[str, Any]], *, dct: str | None, vocab: dict[str, Any]
) -> list[dict[str, Any]]:
    """Event dicts for the dated expressions (DATE/TIME with a placeable value), chronological.

    ``vocab`` is the grammar's vocabulary (``Grammar.load().vocab``): its event nouns.
    """
    creation = parse_dct(dct)
    actors = actor_spans(doc)
    events = []
    dated: set[tuple[int, str]] = set()  # (predicate token, value): one event however often it is dated
    for timex in timexes:
        if timex["type"] not in ("DATE", "TIME") or timex["value"] == "PAST_REF":
            continue
        key = sort_key(timex["value"], timex.get("mod"), creation)
        uncertain = not timex["resolved"]
        if key is None:
            key, uncertain = "~" + timex["value"], True
        span = doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if span is None:
            continue
        sentence = span.sent if doc.has_annotation("SENT_START") else doc[:]
        predicate, guessed = event_predicate(span, vocab)
        if predicate is not None:
            if (predicate.i, timex["value"]) in dated:
                continue  # "On October 14th, one year ago today, ... was killed": one killing
            dated.add((predicate.i, timex["value"]))
        plover, cameo = code_predicate(predicate) if predicate is not None else (None, None)
        events.append(
            {
                "timex_id": timex["id"],
                "value": timex["value"],
                "sort_key": key,
                "predicate": predicate.lemma_.lower() if predicate is not None else None,
                "actors": clause_actors(doc, predicate, sentence, actors),
                "description": describe(predicate, sentence) or sentence.text.strip(),
                "uncertain": bool(uncertain or guessed or timex.get("mod") == "APPROX"),
                "plover": plover,
                "cameo": cameo,
                "evidence": {"start": sentence.start_char, "end": sentence.end_char, "text": sentence.text},
            }
        )
    events.sort(key=lambda e: (e["sort_key"], e["evidence"]["start"]))
    return [{"id": f"e{i + 1}", **event} for i, event in enumerate(events)]
