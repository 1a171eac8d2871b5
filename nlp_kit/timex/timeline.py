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

import bisect
import datetime as dt
import re
from typing import Any

from spacy.tokens import Doc, Span, Token

from nlp_kit.doctext import doc_text
from nlp_kit.event_codes import code_predicate
from nlp_kit.timex.annotate import PLANNING_ADJECTIVES, saying_verb, under_adjective
from nlp_kit.timex.resolve import FINENESS, format_value, parse_dct, parse_value

ACTOR_SPANS = "nlp_kit_actors"
MAX_DESCRIPTION_TOKENS = 16
# Clause parts left out of a description: they are other events or asides.
_SUBORDINATE = {"advcl", "relcl", "ccomp", "parataxis", "conj", "cc", "appos", "mark", "punct", "acl"}
_MOD_DAY = {"START": 1, "MID": 45, "END": 80}
# How a date modifying a noun hangs from it: "the 2020 war" (nummod), "its July 2022 commitment" (nmod),
# "Monday's meeting" (poss), "the 9/11 attacks" (compound).
_PRENOMINAL = ("compound", "nmod", "amod", "poss", "npadvmod", "nummod")
_SUBJECTS = ("nsubj", "nsubjpass")
# What a clause hangs from when it is not a sentence of its own: "is likely to begin by mid-2025"
# (xcomp, acomp), "direct flights ..., halted in 2019" and "the talks, which began in 2019" (acl, relcl).
_COMPLEMENTS = ("xcomp", "acomp")
_NOUN_CLAUSES = ("acl", "relcl")


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


_REFERENCES = {"PRESENT_REF": "present", "PAST_REF": "past", "FUTURE_REF": "future"}
_PART_WORDS = {"START": "early", "MID": "mid", "END": "late"}
_MOD_WORDS = {"APPROX": "about", "BEFORE": "before", "AFTER": "after", "ON_OR_BEFORE": "by",
              "ON_OR_AFTER": "from", "LESS_THAN": "less than", "MORE_THAN": "more than"}
_SEASON_WORDS = {"SP": "spring", "SU": "summer", "FA": "fall", "WI": "winter"}
_DAY_PART_WORDS = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_READABLE_VALUE = re.compile(
    r"^(?P<year>\d{4}|XXXX)(?:-(?:(?P<month>\d\d|XX)(?:-(?P<day>\d\d|XX))?|Q(?P<quarter>[1-4X])|H(?P<half>[12])"
    r"|W(?P<week>\d\d|XX)(?:(?P<weekend>-WE)|-(?P<weekday>[1-7]))?|(?P<season>SP|SU|FA|WI)))?(?:T(?P<time>.+))?$"
)


def readable_value(value: str, mod: str | None = None, range_end: str | None = None) -> str:
    """A TIMEX3 date value as a person would write it, for tables and reports (JSON keeps the value).

    ``readable_value("2022", "MID")`` -> ``"mid-2022"``; ``readable_value("199X", "START")`` -> ``"early
    1990s"``; ``readable_value("2023-09-19", range_end="2023-09-20")`` -> ``"19–20 September 2023"``;
    ``readable_value("XXXX-10")`` -> ``"October (year unknown)"``; ``"PRESENT_REF"`` -> ``"present"``.
    A value it cannot read comes back as it is.
    """
    if value in _REFERENCES:
        return _REFERENCES[value]
    text = _readable_date(value, mod if mod in _PART_WORDS else None)
    if text is None:
        return value
    if range_end:
        end = _readable_date(range_end, None)
        if end is not None and value[:7] == range_end[:7] and len(value) == len(range_end) == 10:
            text = f"{int(value[8:])}–{end}"  # "19–20 September 2023"
        elif end is not None:
            text = f"{text} – {end}"
    return f"{_MOD_WORDS[mod]} {text}" if mod in _MOD_WORDS else text


def _readable_date(value: str, part: str | None) -> str | None:
    part_word = _PART_WORDS.get(part or "", "")
    if len(value) == 4 and value[:3].isdigit() and value[3] == "X":  # a decade
        return f"{part_word} {value[:3]}0s".strip()
    if len(value) == 2 and value.isdigit():  # a century
        n = int(value) + 1
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{part_word} {n}{suffix} century".strip()
    m = _READABLE_VALUE.match(value)
    if not m:
        return None
    year = None if m["year"] == "XXXX" else m["year"]
    if m["weekday"]:  # "XXXX-WXX-2": a Tuesday no creation time placed
        day = dt.date(2001, 1, int(m["weekday"])).strftime("%A")  # 1 January 2001 was a Monday
        week = "" if m["week"] == "XX" else f" of week {int(m['week'])}"
        text = f"{day}{week} of {year}" if year else f"a {day} (date unknown)"
        return text + (", " + _DAY_PART_WORDS.get(m["time"], m["time"]) if m["time"] else "")
    unknown = next((unit for unit, code in (("day", m["day"]), ("month", m["month"]), ("week", m["week"]),
                                            ("quarter", m["quarter"])) if code in ("XX", "X")), None)
    if unknown:
        return f"a {unknown} of {year}" if year else f"an unknown {unknown}"
    if m["month"]:
        month = dt.date(2000, int(m["month"]), 1).strftime("%B")
        period = f"{int(m['day'])} {month}" if m["day"] else month
    elif m["quarter"]:
        period = f"Q{m['quarter']}"
    elif m["half"]:
        period = ("first" if m["half"] == "1" else "second") + " half of"
    elif m["week"]:
        period = ("the weekend of week " if m["weekend"] else "week ") + f"{int(m['week'])} of"
    else:
        period = _SEASON_WORDS.get(m["season"] or "", "")
    text = f"{period} {year}".strip() if year else f"{period} (year unknown)"
    if part_word:
        text = f"mid-{text}" if part_word == "mid" else f"{part_word} {text}"  # "mid-2022", "early fall 2024"
    if m["time"]:
        text += ", " + _DAY_PART_WORDS.get(m["time"], m["time"])
    return text


def event_predicate(span: Span, vocab: dict[str, Any]) -> tuple[Token | None, bool]:
    """The token naming the event ``span`` dates, and whether the attachment is a guess.

    A date before a noun dates that noun ("the July 2022 commitment", "the 2026 wet season"), unless
    the noun names no event and is the clause's subject ("third-quarter sales dropped": the drop) or a
    name ("in April Maduro signed it", which the parser may read as one name); a
    date after an event noun dates it ("the ceremony Friday", "Executive Order 13400 of April 26,
    2006"); a date under an adjective dates the adjective's state ("debentures due March 15, 2007");
    otherwise the nearest governing verb ("cut off its talks ... in 1993"), or the verb of saying when
    the parser hung the date on the clause reported ("said Tuesday his government told ...").
    """
    root = span.root
    head = root.head
    if root.dep_ == "advmod" and head.pos_ == "NOUN" and _eventive(head, vocab):
        return head, False  # "in a speech six weeks ago"
    if (told := _when_clause(span)) is not None:
        return told, False  # "in 1979, when the Soviet Union invaded Afghanistan": the clause says what happened then
    if root.dep_ in _PRENOMINAL and head.pos_ in ("NOUN", "PROPN") and head.i != root.i:
        eventive = _eventive(head, vocab)
        if eventive or head.pos_ == "NOUN" and root.i < head.i and head.dep_ not in _SUBJECTS:
            # "its 2022 commitment", "the 2026 wet season": the noun is what the date dates, never the verb
            # ("could honor its 2022 commitment" is no honoring in 2022)
            return head, False
    if root.dep_ == "pobj" and head.dep_ == "prep":
        dated = head.head
        if dated.pos_ == "NUM" and dated.dep_ in ("nummod", "appos", "compound"):
            dated = dated.head  # "Executive Order 13400 of April 26, 2006": the order, not its number
        if _eventive(dated, vocab):
            return dated, False  # "the Act of 2006", "its commitment of July 2022"
        if _hung_on_verb(dated, vocab) and (event := _event_just_before(head, vocab)) is not None:
            # "ahead of the presidential election and referendum on 20 October": the parser hangs the date on
            # the verb, but it names when the event just before it happens
            return event, False
    elif root.dep_ == "npadvmod" and _hung_on_verb(head, vocab) and (
        event := _event_just_before(span[0], vocab)
    ) is not None:
        return event, False  # "put the question to a national referendum next year"
    token = root
    for _ in range(12):
        if token.pos_ in ("VERB", "AUX") and token.i != root.i:
            adjective = under_adjective(root, token)
            if adjective is None and (planned := _planned_act(token)) is not None:
                return planned, False
            if adjective is not None:
                return adjective, False
            verb = saying_verb(span, token)
            if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in vocab.get("aspectual_verbs", ()):
                return verb.head, False  # "will begin withdrawing troops on Friday": the beginning is on Friday
            state = _copula_complement(verb)
            return (verb if state is None or state.i in range(span.start, span.end) else state), False
        if token.head.i == token.i:
            break
        token = token.head
    if token.pos_ == "NOUN":
        return token, True
    return None, True


def _when_clause(span: Span) -> Token | None:
    """The verb of a "when" clause right after the date ("Since 1985, when the Israelis created a security zone,
    ..."), which tells what happened at that time, or None."""
    doc = span.doc
    i = span.end + (1 if span.end < len(doc) and doc[span.end].text == "," else 0)
    if i >= len(doc) or doc[i].lower_ != "when" or doc[i].dep_ != "advmod":
        return None
    verb = doc[i].head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i > i else None


def _hung_on_verb(token: Token, vocab: dict[str, Any]) -> bool:
    """Whether the parser hung a date on a verb other than one of saying: "said in a joint statement last week"
    dates the saying, which the statement only carries (`reporting_verbs`)."""
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() not in vocab.get("reporting_verbs", ())


def _event_just_before(
    first: Token, vocab: dict[str, Any], roles: tuple[str, ...] = ("pobj", "conj"), climb_over: tuple[str, ...] = ("of",)
) -> Token | None:
    """The listed event noun (`event_nouns`; not every "-tion": "jurisdiction in 1995") whose phrase ends right
    before ``first``, the first word of a date or its preposition, when its role is one of ``roles`` (by default
    a preposition's object or joined to one): "to a national referendum next year", "during the invasion of
    Kuwait in 1990" (a phrase after a preposition in ``climb_over``, "of Kuwait", belongs to the invasion)."""
    if first.i == 0:
        return None
    before = first.doc[first.i - 1]
    for _ in range(4):  # "the invasion of Kuwait": from the last noun of the phrase to the noun it belongs to
        if before.dep_ in roles and before.pos_ == "NOUN" and before.head.lower_ != "with" and (
            before.lemma_.lower() in vocab.get("event_nouns", ())
        ):  # a common noun ("the Helsinki Final Act next summer" names the act, the marking is next summer), not
            return before  # what a charge or a meeting is with ("was charged with murder Thursday": the charging)
        if before.dep_ == "conj" and before.head.pos_ in ("NOUN", "PROPN"):
            before = before.head  # "attacks in Kenya and Tanzania": from the last conjunct to the first
        elif before.dep_ == "pobj" and before.head.lower_ in climb_over and before.head.head.pos_ == "NOUN":
            before = before.head.head
        else:
            return None
    return None


def _second_date_of_a_verb(span: Span, vocab: dict[str, Any]) -> Token | None:
    """The event noun just before a date whose verb another date in the sentence already dates ("condemned
    Saturday two bomb attacks in Kenya and Tanzania Friday": the attacks were on Friday), even as the verb's
    object, or None."""
    root = span.root
    first = root.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else span[0]
    return _event_just_before(first, vocab, roles=("pobj", "conj", "dobj"), climb_over=("of", "in", "on", "at"))


def _copula_complement(verb: Token) -> Token | None:
    """What a copula says its subject is, which names the state the date dates ("Progress between 2020 and
    2023 was limited", "the quarter was weak", "there was an explosion last week"): the adjective or noun
    after "be", or None for any other verb."""
    if verb.lemma_ != "be":
        return None
    return next((c for c in verb.children if c.dep_ in ("acomp", "attr") and c.pos_ in ("ADJ", "NOUN", "VERB")), None)


def _planned_act(verb: Token) -> Token | None:
    """The act a copula says is planned ("The following week, the Council is due to vote on ..."): the
    to-infinitive of a planning adjective (``PLANNING_ADJECTIVES``), else None."""
    if verb.lemma_ != "be":
        return None
    for adjective in verb.children:
        if adjective.dep_ == "acomp" and adjective.lower_ in PLANNING_ADJECTIVES:
            return next((c for c in adjective.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    return None


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
        root = clause_root(predicate)
        lo, hi = root.left_edge.i, root.right_edge.i + 1
    else:
        lo, hi = sentence.start, sentence.end
    ids: list[str] = []
    for start, end, label in actors:
        if lo <= start and end <= hi and label not in ids:
            ids.append(label)
    return ids


def clause_root(predicate: Token) -> Token:
    """The head of the clause or phrase that tells the predicate's event: the verb governing an event
    noun ("honor its July 2022 commitment"), the verb a complement completes ("campaigning is likely to
    begin by mid-2025"), the noun a participle or relative clause describes ("direct flights ...,
    halted in 2019"); else the predicate itself."""
    if predicate.pos_ in ("NOUN", "PROPN") and predicate.head.pos_ in ("VERB", "AUX"):
        return predicate.head
    token = predicate
    while token.dep_ in _COMPLEMENTS and token.head.i != token.i:
        token = token.head
    if token.dep_ in _NOUN_CLAUSES and token.head.i != token.i:
        token = token.head  # "the first of several donations to come in 2022"
    return token


def describe(predicate: Token | None, sentence: Span, dated: Span | None = None) -> str:
    """A short readable description: the predicate's clause (``clause_root``) without its subordinate
    clauses, but with those on the way down to the predicate; cut to ``MAX_DESCRIPTION_TOKENS`` words
    that keep the date (``dated``; else the predicate) in view."""
    focus = [{t.i for t in dated} if dated is not None else set()]
    if predicate is None:
        tokens = list(sentence)
    else:
        focus.append({predicate.i})
        root = clause_root(predicate)
        path = {t.i for t in predicate.ancestors if root.is_ancestor(t)} | {predicate.i}
        keep = {root.i}
        stack = [c for c in root.children if c.dep_ not in _SUBORDINATE or c.i in path]
        while stack:
            token = stack.pop()
            keep.add(token.i)
            stack.extend(c for c in token.children if not _aside(c) or c.i in path)
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
    first = _window_start(words, focus)
    shown = words[first : first + MAX_DESCRIPTION_TOKENS]
    parts = []
    for token, following in zip(shown, shown[1:] + [None]):
        parts.append(token.text)
        if following is None:
            break
        adjacent = following.i == token.i + 1
        if token.whitespace_ if adjacent else following.text not in ",.;:)":
            parts.append(" ")
    return ("… " if first else "") + "".join(parts).strip() + (" …" if len(words) > first + len(shown) else "")


def _window_start(words: list[Token], focus: list[set[int]]) -> int:
    """Where a description longer than ``MAX_DESCRIPTION_TOKENS`` starts: as early as it can while the
    first of ``focus`` (token indices: the date, else the predicate) found in ``words`` stays in view."""
    for indices in focus:
        positions = [n for n, token in enumerate(words) if token.i in indices]
        if positions:
            return max(0, positions[-1] + 1 - MAX_DESCRIPTION_TOKENS)
    return 0


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


_AROUND_EVENT = re.compile(
    r"\b(?P<unit>hours|days|weeks)\s+(?P<relation>before|after|following|preceding|leading\s+up\s+to)\s",
    re.IGNORECASE,
)
# How finely "the days before ..." dates its event: the month of a dated killing ("1998-10"), the day of "the
# hours after" it; an event dated more coarsely keeps its own value ("last fall": "1998-FA").
_AROUND_GRANULARITY = {"hours": "D", "days": "M", "weeks": "M"}  # "months after" says too little to place
_NOT_AROUND = {"for", "over", "of", "few", "couple", "several", "many", "some"}  # durations and counts


def date_around_events(doc: Doc, timexes: list[dict[str, Any]], vocab: dict[str, Any]) -> list[dict[str, Any]]:
    """``timexes`` with "the days before the shooting" dated by the date of that event elsewhere in the text.

    A bare plural unit before or after an event ("in the weeks before the shooting", "days after a sniper
    killed Dr. Slepian") names a time around that event, not a stretch of time: where another expression
    dates an event of the same family (``event_families``: "was killed last fall", "the Oct. 23 slaying"),
    the unit is a DATE with that event's value, no finer than the unit allows ("1998-10" for days, "1998-FA"
    as it stands).  A counted unit ("10 days before the murder") stays a duration, as TimeBank annotates it,
    and so does every unit whose event is dated nowhere.
    """
    families = {word: family for family, words in vocab.get("event_families", {}).items() for word in words}
    if not families:
        return timexes
    added: list[dict[str, Any]] = []
    sentence_starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    for m in _AROUND_EVENT.finditer(doc_text(doc)):
        unit = doc.char_span(m.start("unit"), m.end("unit"))
        relation = doc.char_span(m.start("relation"), m.end("relation"), alignment_mode="expand")
        if unit is None or relation is None or unit.start == 0:
            continue
        before = doc[unit.start - 1]
        if before.like_num or before.lower_ in _NOT_AROUND or before.lower_ in vocab.get("vague_numbers", {}):
            continue
        event = _event_after(relation[-1])
        if event is None or _family(event, families) is None:
            continue
        dated = _dated_event(doc, timexes, event, families, vocab)
        if dated is None:
            continue
        value = _coarsened(dated["value"], _AROUND_GRANULARITY[m["unit"].lower()])
        if value is None:
            continue
        fields = {"start": unit.start_char, "end": unit.end_char, "text": unit.text, "type": "DATE", "value": value,
                  "mod": None, "range_end": None, "anchor": dated["id"], "resolved": True}
        overlapping = next((t for t in timexes if t["start"] < unit.end_char and unit.start_char < t["end"]), None)
        if overlapping is not None:
            overlapping.update(fields)  # "the weeks" read as a vague stretch
        else:
            added.append({"id": "", **fields, "sentence": bisect.bisect_right(sentence_starts, unit.start) - 1})
    if not added:
        return timexes
    taken = max((int(t["id"][1:]) for t in timexes if t["id"][1:].isdigit()), default=0)
    for n, timex in enumerate(added, start=taken + 1):
        timex["id"] = f"t{n}"
    return sorted(timexes + added, key=lambda t: t["start"])


def _event_after(relation: Token) -> Token | None:
    """The event "before"/"after"/"following" introduces: its object noun, or the verb of its clause."""
    if relation.dep_ == "mark":
        return relation.head if relation.head.pos_ in ("VERB", "AUX") else None
    return next((child for child in relation.children if child.dep_ in ("pobj", "dobj", "pcomp")), None)


def _family(token: Token, families: dict[str, str]) -> str | None:
    return families.get(token.lemma_.lower()) or families.get(token.lower_)


def _dated_event(
    doc: Doc, timexes: list[dict[str, Any]], event: Token, families: dict[str, str], vocab: dict[str, Any]
) -> dict[str, Any] | None:
    """The most finely dated expression elsewhere in the text whose event is of ``event``'s family."""
    family = _family(event, families)
    best: tuple[int, int, dict[str, Any]] | None = None
    for timex in timexes:
        if timex["type"] not in ("DATE", "TIME") or timex.get("mod") or parse_value(timex["value"] or "") is None:
            continue
        span = doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if span is None or span.start <= event.i < span.end:
            continue
        predicate, guessed = event_predicate(span, vocab)
        if predicate is None or guessed or predicate.i == event.i or _family(predicate, families) != family:
            continue
        parsed = parse_value(timex["value"])
        rank = (FINENESS.get(parsed[1], 5), 0 if timex["start"] < event.idx else 1)
        if best is None or rank < best[:2]:
            best = (*rank, timex)
    return best[2] if best else None


def _coarsened(value: str, granularity: str) -> str | None:
    """``value`` no finer than ``granularity`` ("1998-10-23", "M" -> "1998-10"); a coarser value as it is."""
    parsed = parse_value(value)
    if parsed is None:
        return None
    day, own = parsed
    if FINENESS.get(own, 5) >= FINENESS[granularity]:
        return value[:10] if own == "D" else value
    return format_value(day, granularity)


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
        if predicate is not None and predicate.pos_ in ("VERB", "AUX") and any(
            i == predicate.i and value != timex["value"] for i, value in dated
        ) and (other := _second_date_of_a_verb(span, vocab)) is not None:
            predicate = other  # one act has one date: the second dates the event named just before it
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
                "predicate_start": predicate.idx if predicate is not None else None,
                "predicate_end": predicate.idx + len(predicate.text) if predicate is not None else None,
                "actors": clause_actors(doc, predicate, sentence, actors),
                "description": describe(predicate, sentence, span) or sentence.text.strip(),
                "uncertain": bool(uncertain or guessed or timex.get("mod") == "APPROX"),
                "plover": plover,
                "cameo": cameo,
                "evidence": {"start": sentence.start_char, "end": sentence.end_char, "text": sentence.text},
            }
        )
    events.sort(key=lambda e: (e["sort_key"], e["evidence"]["start"]))
    return [{"id": f"e{i + 1}", **event} for i, event in enumerate(events)]
