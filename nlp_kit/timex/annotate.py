"""Find and normalize the temporal expressions of a parsed Doc.

Input: a spaCy ``Doc`` (tagged and parsed, sentences set) and its creation
time.  Output: a list of dicts shaped like ``nlp_kit.schema.TimeExpression``
(id ``t1``…, start, end, text, type, value, mod, range_end, anchor, resolved,
sentence), in text order.

Example::

    >>> timexes = find_timexes(nlp("In 2020, in a six-week war, Azerbaijan regained territory."), None)
    >>> [(t["text"], t["value"]) for t in timexes]                  # doctest: +SKIP
    [('2020', '2020'), ('six-week', 'P6W')]
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Span, Token

from nlp_kit.doctext import doc_text
from nlp_kit.timex.grammar import Grammar, Match, select_longest
from nlp_kit.timex.normalize import (
    FROM_ANCHOR,
    FROM_DCT,
    INHERIT_YEAR,
    WEEKDAY,
    Partial,
    normalize_match,
)
from nlp_kit.timex.resolve import SEASON_MONTH, Resolver

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "going"}
_AHEAD_MODALS = {"must", "should", "may", "might"}  # what is due or possible lies ahead
_SCHEDULE_VERBS = frozenset({"begin", "start", "end", "expire", "resume", "convene", "open", "close", "lapse",
                             "terminate", "commence", "conclude"})  # timetabled: "The mission ends in December"
_DIRECTIONS = frozenset({"later", "earlier", "after", "before", "on"})  # which way a count goes: "weeks later"
_EXPECTED_VERBS = frozenset({"expect", "schedule", "slate", "plan"})  # "The vote is expected in June": ahead
_OBSERVING_VERBS = frozenset({"celebrate", "mark", "observe", "commemorate", "spend"})  # a day kept when it comes:
# "will celebrate Halloween" is the coming one, "celebrated Independence Day" the last (not "has set Nov. 10 as the
# deadline"; nor "communities have marked Yom Kippur for millennia", a habit that says nothing of which one)
_LINKING_PARTICIPLES = frozenset({"base", "compare", "accord", "relate", "depend", "include", "exclude", "follow"})  # a
# participle that only links a phrase to the clause ("workers based on an increase on July 1"): no act of its own
_COORDINATION = re.compile(r"\s*(?:,|and|or|to|through|until|till|-|–|—)\s*$", re.IGNORECASE)


_UNTIL = re.compile(r"\s*(?:until|till|through)\s*", re.IGNORECASE)
_AT_POINT = re.compile(r"\b(?:in|on|at)\s+$", re.IGNORECASE)
_PRENOMINAL = ("compound", "nmod", "amod", "poss")
_SINCE_THEN = re.compile(r"\b[Ss]ince then\b")


def _joined(between: str) -> bool:
    """Whether the text between two expressions only joins them ("March and April 2003", "Tuesday and")."""
    return len(between) <= 12 and bool(_COORDINATION.match(between))


def clause_verb(token: Token) -> Token | None:
    """The nearest verb governing ``token`` (itself included), or None."""
    seen = 0
    while seen < 12:
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
        seen += 1
    return None


def clause_tense(span: Span) -> str:
    """PAST, PRESENT, FUTURE, AHEAD or UNKNOWN for the clause an expression sits in, from its verb group.

    PRESENT is a finite present verb ("arrives", "meet"); a clause without a
    finite verb is UNKNOWN, and so is a date hanging from an adjective
    ("declared a dividend, payable Dec. 7", "a pact effective June 1"): the
    adjective, not the verb above it, places the date.  A date after "since"
    is past whatever the verb ("prices have been rising since March"), and a
    participle clause takes the tense of the clause it hangs from ("the stock
    has fluctuated, rising to $42 in June from $29 in March").  What someone said
    would happen is AHEAD: after the saying, so not long before the creation
    time ("said a grand jury would convene on April 15"), but it may have come
    since ("said Tuesday he would resign Friday", written on Saturday): a weekday
    is the first such day after a saying the sentence dates, else the next one,
    or yesterday ("warned it would cut off funding on Monday", written on a
    Thursday, is next Monday).
    """
    verb = clause_verb(span.root)
    if verb is None:
        return "UNKNOWN"
    if (adjective := under_adjective(span.root, verb)) is not None:
        # what is due is still ahead of the writer, whatever the verb: "the report on growth, due Thursday", "the
        # planned rise in fuel duty, due in September, has been scrapped"
        return "FUTURE" if adjective.lower_ == "due" else "UNKNOWN"
    verb = saying_verb(span, verb)
    if span.root.dep_ == "dobj" and span.root.head.i == verb.i and not (
        verb.lemma_ in _OBSERVING_VERBS and (_verb_tense(verb) == "FUTURE" or verb.tag_ == "VBD")
    ) and not any(t.lower_ in ("from", "ago", "hence") for t in span):  # "will meet a fortnight from Friday": when
        return "UNKNOWN"  # the date is what the verb acts on, not when: "has set Nov. 10 as the deadline"
    if _since_point(span, verb):
        return "PAST"  # "since March", "since reaching a high on Sept. 19", "since he took office in May"
    if _reported_future(verb.head if verb.dep_ == "xcomp" and verb.tag_ == "VBG" else verb):
        return "AHEAD"  # "said a grand jury would convene", "said it would begin debating the articles"
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        if verb.head.tag_ == "VBD":
            return "AHEAD"  # "Officials were to meet Saturday": a future seen from the past, the nearest such day
        if verb.head.tag_ in ("VBZ", "VBP"):
            return "FUTURE"  # "Parliament is to be recalled on Wednesday", "The leaders are to meet in March"
    tense = _verb_tense(verb)
    if tense in ("PRESENT", "UNKNOWN") and _told_in_a_past_relative(span, verb):
        return "PAST"  # "surpassing a fire at a factory in November that killed 112 people"
    if tense == "PRESENT" and (_arranged(span.root, verb) or _scheduled(verb)) or _expecting(verb):
        return "FUTURE"  # "Officials are meeting Tuesday", "The truce expires in May", "Growth is expected to slow in June"
    if tense != "PAST" and span.root.dep_ in _PRENOMINAL and span.root.head.pos_ in ("NOUN", "PROPN") and (
        span.root.head.i > span.root.i
    ):
        return "UNKNOWN"  # the date names the noun's event, not when the verb happens: "the June accord will join"
    return tense


def verb_group(verb: Token) -> list[Token]:
    """The verb and its auxiliaries ("will be held": held, will, be), whose tags and words give its tense."""
    return [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]


def _scheduled(verb: Token) -> bool:
    """A simple present of a verb that says when something is timetabled to begin or end ("The mission
    ends in December", "The fiscal year begins Oct. 1", "The truce expires on Friday"): what it dates is
    ahead."""
    group = verb_group(verb)
    return len(group) == 1 and verb.tag_ in ("VBZ", "VBP") and verb.lemma_ in _SCHEDULE_VERBS


def _expected(verb: Token, tags: tuple[str, ...] = ("VBZ", "VBP")) -> bool:
    """A present passive of expecting or scheduling ("The vote is expected in June", "Talks are scheduled for
    March", and the verb it completes: "Growth is expected to slow in June"): what it dates is ahead.  With
    ``tags`` ("VBD",) the past one: "The storm was expected to leave by Saturday evening"."""
    group = verb_group(verb)
    return verb.tag_ == "VBN" and verb.lemma_ in _EXPECTED_VERBS and any(
        t.dep_ == "auxpass" and t.tag_ in tags for t in group
    )


def _expecting(verb: Token, tags: tuple[str, ...] = ("VBZ", "VBP")) -> bool:
    """Whether ``verb`` is such a passive of expecting (`_expected`), or the verb one completes."""
    return _expected(verb, tags) or verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" and _expected(verb.head, tags)


def _arranged(token: Token, verb: Token) -> bool:
    """Whether ``token``, a named day, dates a present progressive verb directly: an arrangement ahead
    ("Officials are meeting Tuesday", "The president is traveling to Rome on Friday"); not a date inside a noun
    phrase, nor a count from a date ("A decade on, the costs are still being counted").  A month is left to
    the present tense's nearest reading: the parser hangs "in July" on the verb as often as on a noun before it
    ("is releasing new data on spending in July", written in August)."""
    if token.pos_ != "PROPN" or not token.lower_.endswith("day"):
        return False
    head = token.head
    if not (head.i == verb.i or head.lower_ in ("on", "in", "at") and head.head.i == verb.i):
        return False  # not "is increasing its reserves for the third quarter": what the act is for
    doc = token.doc
    if any(t.text in (":", "—") for t in doc[min(token.i, verb.i):max(token.i, verb.i)]):
        return False  # "Good News Friday: The administration is investing ...": a heading before a colon
    group = verb_group(verb)
    return any(t.lemma_ == "be" and t.tag_ in ("VBZ", "VBP") for t in group) and any(
        t.tag_ == "VBG" and (t.i == verb.i or t.lemma_ == "be") for t in group
    )


def saying_verb(span: Span, verb: Token) -> Token:
    """The verb of saying when the parser hung a date between it and the clause reported on the reported
    verb ("said on Sunday it would elect ...", "said Tuesday his government told ..."); else ``verb``.
    A date after "that" is the reported clause's own ("said that last week a customer discovered ...")."""
    if verb.dep_ == "ccomp" and verb.head.i < span.start and not any(
        c.dep_ == "mark" and c.i < span.start for c in verb.children
    ) and (
        subject := next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    ) is not None and span.end <= subject.left_edge.i:
        return verb.head
    return verb


def _told_in_a_past_relative(span: Span, verb: Token) -> bool:
    """Whether a noun between the expression and its verb has a relative clause after it in the simple past,
    which tells when that noun's event happened ("a fire at a factory in November that killed 112 people"),
    or the parser hung such a clause, right after the expression, elsewhere."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.tag_ == "WDT" and after.dep_ in ("nsubj", "nsubjpass") and after.head.tag_ == "VBD":
        return True
    for ancestor in span.root.ancestors:
        if ancestor.i == verb.i:
            return False
        if ancestor.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "relcl" and c.tag_ == "VBD" and c.i > span.end for c in ancestor.children
        ):
            return True
    return False


def _reported_future(verb: Token) -> bool:
    """"(said) a grand jury would convene": "would" in a reported clause, not "would have"."""
    group = verb_group(verb)
    return verb.dep_ == "ccomp" and not any(t.lemma_ == "have" for t in group) and any(
        t.lower_ in ("would", "'d") for t in group
    )


def _verb_tense(verb: Token, depth: int = 0) -> str:
    group = verb_group(verb)
    if any(t.lower_ in _FUTURE_AUX for t in group):
        return "FUTURE"
    with_have = any(t.lemma_ == "have" for t in group)
    if any(t.lower_ in _AHEAD_MODALS for t in group) and not with_have:
        return "FUTURE"  # "must be completed by 5 p.m. Tuesday"; not "should have acted in March"
    if verb.dep_ == "xcomp" and verb.head.lower_ == "going" and any(t.lower_ == "to" for t in group):
        return "FUTURE"  # "we're going to have problems"
    perfect = with_have and any(t.tag_ == "VBN" for t in group)
    if any(t.tag_ == "VBD" for t in group) or perfect:  # "had left", "has left", "have been searching"
        return "PAST"
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"):
        if verb.lemma_ in _LINKING_PARTICIPLES and depth < 3 and (governor := clause_verb(verb.head)) is not None:
            return _verb_tense(governor, depth + 1)  # "will extend protections to workers based on ... July 1"
        return "PAST"
    if len(group) == 1 and verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children):
        return "PAST"  # "later than it planned in January": a finite verb the tagger took for a participle
    if any(t.tag_ in ("VBZ", "VBP") for t in group) or verb.tag_ == "VB" and any(t.tag_ == "MD" for t in group):
        return "PRESENT"
    governor = clause_verb(verb.head) if depth < 3 else None
    if governor is None or governor.i == verb.i:
        return "UNKNOWN"
    if len(group) == 1 and (verb.tag_ in ("VBG", "VBN") and verb.dep_ in ("advcl", "conj") or (
        verb.tag_ == "VBG" and verb.dep_ == "xcomp") or (  # "will begin debating the articles on Thursday"
        verb.tag_ == "VB" and verb.dep_ == "conj" and verb.head.pos_ == "VERB")  # "will release ... and return on Tuesday"
    ):
        return _verb_tense(governor, depth + 1)
    if verb.tag_ == "VB" and verb.dep_ == "advcl" and len(group) == 2 and any(t.lower_ == "to" for t in group) and (
        _verb_tense(governor, depth + 1) == "FUTURE"
    ):
        return "FUTURE"  # a purpose of what will be done lies ahead too: "will gather in Brussels to sign the treaty on Monday"
    return "UNKNOWN"


def _below_verb(token: Token, verb: Token | None, found: Callable[[Token], bool]) -> bool:
    """Whether an ancestor of ``token`` below the verb governing it (any ancestor when there is no verb)
    is one ``found`` accepts."""
    for ancestor in token.ancestors:
        if verb is not None and ancestor.i == verb.i:
            return False
        if found(ancestor):
            return True
    return False


def _after_since(span: Span, verb: Token | None) -> bool:
    """Whether a preposition "since" stands between the expression and the verb governing it (any
    ancestor when there is no verb): "since 2011", "the worst since Hurricane Floyd in 1999".  Its first
    word is asked too: the parser may hang "year" of "since March last year" on the verb directly."""
    return any(_below_verb(token, verb, lambda a, t=token: a.lower_ == "since" and (
        a.dep_ == "prep" or a.i == t.head.i)) for token in (span.root, span[0]))


def _since_point(span: Span, verb: Token | None) -> bool:
    """Whether the expression is the point a "since" span runs from: after the preposition ("since March"),
    in a gerund or a clause it opens ("since reaching a high on Sept. 19", "since he took office in May")."""
    return _after_since(span, verb) or verb is not None and (verb.head.lower_ == "since" or _opened_by_since(verb))


def _opened_by_since(verb: Token) -> bool:
    """Whether ``verb``'s clause is opened by the conjunction "since" ("since he took office in May")."""
    return any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children)


_PRO_VERBS = frozenset({"do", "happen", "have", "be"})


def _background(span: Span, verb: Token | None, vocab: dict[str, Any]) -> bool:
    """Whether the expression dates a reference point rather than the time the story moves to: it
    follows "since" ("the worst since Hurricane Floyd in 1999"), or sits in a clause describing a
    noun ("Sharif, who was elected in February 1997, ...", "a program approved in 1987"), or in a
    comparison with a precedent or a baseline ("as it did in May and June 2025", "than in February 2020"), or
    is a year qualifying a plural it only dates ("their 2021 returns", "from 2010 levels").
    ``verb``: ``clause_verb(span.root)``."""
    root = span.root
    if len(span) == 1 and root.like_num and root.dep_ in ("nummod", "compound") and root.head.i > root.i and (
        root.head.lower_ in vocab["year_nouns"]
    ):
        return True
    if verb is not None and verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN"):
        return False  # "The last American combat troops left in December 2011.": the parser's noun phrase is a clause
    if verb is not None and verb.dep_ == "advcl" and verb.lemma_ in _PRO_VERBS and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
    ):
        return True  # "ready to host the talks, as it did in May and June 2025": a precedent, not the story's time
    if _compared_with(span.root, verb) or _baseline_of_change(span.root, vocab):
        return True  # "fewer jobs this April than in February 2020": the baseline, not the story's time
    if verb is not None and _opened_by_since(verb):
        return True  # "the highest level since he took office in 1993": the point the story counts from
    return _after_since(span, verb) or verb is not None and verb.dep_ in ("relcl", "acl")


_SPAN_PREPOSITIONS = frozenset({"over", "in", "within", "during", "throughout"})


def _span_from_now(span: Span, match: Match, tense: str) -> bool:
    """Whether "the next year" is the one after the creation time's, not after the story's last date: a span
    something takes or happens within, told in a clause that is not past ("we are committing to share 870
    million doses over the next year", "will be implemented in the next year"); an infinitive takes the
    tense of the verb it completes, and an adjective's the tense of its verb.  "Over the next year, he rebuilt the
    company" stays the story's."""
    if match.rule != "relative_unit" or not re.match(r"the\s+next\b", match.text, re.I) or span.start == 0:
        return False
    if span.doc[span.start - 1].lower_ not in _SPAN_PREPOSITIONS:
        return False
    verb = clause_verb(span.root)
    if tense == "UNKNOWN" and verb is not None:  # "will launch a store with the materials available in the next year"
        tense = _verb_tense(verb)
        if tense == "UNKNOWN" and verb.dep_ == "xcomp" and (governor := clause_verb(verb.head)) and governor.i != verb.i:
            tense = _verb_tense(governor)
    return tense in ("PRESENT", "FUTURE", "AHEAD", "AFTER_NOW")


def _names_a_happening(span: Span, vocab: dict[str, Any]) -> bool:
    """Whether the expression dates an event nobody schedules (`unplanned_events`): "the massacre on
    October 7", "the October 7 attack".  Such a day is behind the writer whatever the tense of the clause
    around it ("We mourn the victims of the massacre on October 7", written in June), unless a verb that
    foresees governs the event ("Officials warn of an attack on July 4", `foreseeing_verbs`)."""
    root = span.root
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ in ("on", "of", "in", "at"):
        prep = root.head
        # the parser often hangs the date on the verb: "condemn the bombing on December 3"
        noun = prep.head if prep.head.pos_ == "NOUN" or prep.i == 0 else prep.doc[prep.i - 1]
    elif root.dep_ in _PRENOMINAL and root.head.i > root.i:
        noun = root.head
    else:
        return False
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in vocab["unplanned_events"]:
        return False
    governor = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return governor is None or governor.lemma_.lower() not in vocab["foreseeing_verbs"]


def _compared_with(token: Token, verb: Token | None) -> bool:
    """Whether "than" or "compared with/to" stands between ``token`` and the verb governing it (any
    ancestor when there is no verb): "than in February 2020", "compared with the 1988 quarter"."""
    return _below_verb(token, verb, lambda a: a.lower_ == "than" or a.lower_ in ("compared", "comparing")
                       and a.dep_ == "prep")


def _awaited(span: Span, vocab: dict[str, Any]) -> Token | None:
    """The verb of the clause when the expression dates what that clause awaits or prepares for: a word of
    `awaiting_words` stands between them ("preparations for the July 9-11 summit", "in advance of the June 25
    elections", "on the eve of the Nov. 3 vote"), or the verb prepares or looks ahead ("were preparing for the
    June 25 vote", "looked ahead to the summit on April 22"); else None."""
    verb = clause_verb(span.root)
    if verb is None:
        return None
    words = vocab["awaiting_words"]
    if verb.lemma_ == "prepare" or verb.lemma_ == "look" and any(
        c.lower_ == "ahead" and c.dep_ == "advmod" for c in verb.children
    ):
        return verb
    return verb if _below_verb(span.root, verb, lambda a: a.lower_ in words and a.pos_ != "VERB") else None


def _baseline_of_change(root: Token, vocab: dict[str, Any]) -> bool:
    """Whether the expression is what a change is measured from: "rose 2.2 percent over October 1997", "up 9 percent
    from March" (`change_verbs`)."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in ("from", "over") and prep.head.lemma_.lower() in vocab["change_verbs"]


def _clause_date(
    verb: Token | None, sentence: int, clause_dates: list[tuple[int, str, str, int]]
) -> tuple[str, str] | None:
    """(timex id, value) of the last date in this sentence dating a clause that describes a noun, when that
    clause is ``verb``'s or joined to it ("Sharif, who was elected in February 1997 and ousted in October"),
    or None."""
    if verb is None:
        return None
    joined = {verb.i} | ({verb.head.i} if verb.dep_ == "conj" else set()) | {
        c.i for c in verb.children if c.dep_ == "conj"
    }
    for verb_i, timex_id, value, dated_sentence in reversed(clause_dates):
        if dated_sentence == sentence and verb_i in joined:
            return timex_id, value
    return None


def under_adjective(token: Token, verb: Token) -> Token | None:
    """The adjective standing between ``token`` and the verb governing it ("debentures due March 15,
    2007", "payable Dec. 7"), or None."""
    for ancestor in token.ancestors:
        if ancestor.i == verb.i:
            return None
        if ancestor.pos_ == "ADJ":
            return ancestor
    return None


def is_planned(span: Span) -> bool:
    """Whether the expression dates a to-infinitive of a verb not in the past ("is scheduled to close Monday").

    Such a clause looks ahead of its creation time whatever the governing verb's
    tense says; it decides the direction of a bare weekday only, because a
    coarser period there is often the one reported on ("expects to report
    third-quarter results").
    """
    verb = clause_verb(span.root)
    if verb is None or verb.tag_ != "VB" or verb.dep_ not in ("xcomp", "acl"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    governor = clause_verb(verb.head) if verb.head.i != verb.i else None
    if governor is None:
        return True
    group = verb_group(governor)
    return not any(t.tag_ == "VBD" for t in group)


_PLANNING = {"plan", "schedule", "slate", "intend"}
# Adjectives whose to-infinitive is a plan: "was prepared to travel to Istanbul in the first half of April"
PLANNING_ADJECTIVES = {"prepared", "ready", "willing", "due", "set", "poised"}


def is_scheduled(span: Span, *, weekday: bool) -> bool:
    """Whether the expression dates what a planning verb (plan, schedule, slate, intend) plans, which
    lies ahead whatever the verb's tense: the expression sits in the verb's to-infinitive ("were
    planning to drive around the airport on Monday", "did not plan to remove him on Thursday
    morning"), follows "for" under it ("the accession was planned for early March", "the vote is set
    for April 24"), or is a weekday
    in its clause ("has scheduled a news conference Thursday", "planned a demonstration on Saturday";
    a coarser period there can date the planning itself: "In March the company planned to expand")."""
    verb = clause_verb(span.root)
    if verb is None:
        return False
    root = span.root
    if verb.lemma_ == "set" and any(c.dep_ in ("auxpass", "dobj") for c in verb.children) and _plans_ahead(verb):
        # "the vote is set for April 24", "the council set the election for July 28"
        return root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.i == verb.i
    if verb.lemma_ in _PLANNING:
        if not _plans_ahead(verb):
            return False
        return weekday or root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.i == verb.i
    infinitive = _to_infinitive(verb)
    if infinitive is not None:
        if infinitive.head.lower_ in PLANNING_ADJECTIVES and infinitive.head.pos_ == "ADJ":
            copula = infinitive.head.head
            if not _plans_ahead(copula):
                return False  # "had been due to expire Friday evening": a plan overtaken
        else:
            governor = clause_verb(infinitive.head) if infinitive.head.i != infinitive.i else None
            if governor is None or governor.lemma_ not in _PLANNING or not _plans_ahead(governor):
                return False
        # "to restructure after a third-quarter loss": the loss's date; "ready to host a meeting on demining in Oslo
        # in June": a date after a preposition dates the act, whatever noun the parser hung it on
        return weekday or _attached_to(root) == verb.i or root.dep_ == "pobj" and _dates_the_act(root, verb)
    return False


def _to_infinitive(verb: Token) -> Token | None:
    """The to-infinitive ``verb`` is, or is the second of ("to continue contacts and to meet"), as the
    complement of the word above it; None for a verb that is none."""
    infinitive = verb.head if verb.dep_ == "conj" and verb.head.dep_ in ("xcomp", "advcl") else verb
    if infinitive.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and (
        infinitive.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children)
    ):  # an infinitive the parser hung as an adverbial clause: "We call on the authorities in Damascus to protect ..."
        return infinitive
    return None


def _in_present_verb(span: Span, vocab: dict[str, Any]) -> bool:
    """Whether the expression hangs straight from a finite present verb ("ministers meet on Monday", "the truce
    expires on Friday"): a weekday there is the coming one, as a scheduled event is told in the present.  Not a
    form that is also the past ("stocks hurt the index on Friday")."""
    verb = clause_verb(span.root)
    return verb is not None and (verb.tag_ == "VBZ" or verb.tag_ == "VBP" and (
        verb.lower_ not in vocab["invariant_past_verbs"])) and _attached_to(span.root) == verb.i


def _present_perfect(span: Span) -> bool:
    """Whether the expression's clause is in the present perfect ("has been given until Monday")."""
    verb = clause_verb(span.root)
    return verb is not None and any(t.lower_ in ("has", "have", "'s", "'ve") and t.dep_ in ("aux", "auxpass")
                                    for t in verb_group(verb))


def _attached_to(root: Token) -> int:
    """The index of the word an expression hangs from, through its preposition ("meet ... in the autumn")."""
    return root.head.i if root.dep_ != "pobj" else root.head.head.i


def _for_delivery(span: Span, vocab: dict[str, Any]) -> bool:
    """Whether the expression names the month a contract delivers in ("Brent for April delivery was
    down", "the May contract"): the nearest such month, whatever the verb's tense."""
    root = span.root
    return root.dep_ in ("compound", "nmod", "amod") and root.head.lemma_.lower() in vocab["delivery_nouns"]


def _plans_ahead(verb: Token) -> bool:
    """A planning verb whose plan still stands: not a participle describing a noun ("a service
    planned for Saturday was canceled") nor a past perfect ("had been scheduled to expire Friday")."""
    if verb.dep_ in ("acl", "amod", "relcl"):
        return False
    return not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in verb.children)


_UNDERTAKING = {"agree", "pledge", "promise", "vow", "undertake", "commit", "decide", "approve", "endorse", "propose",
                "call", "urge", "ask", "demand", "request"}  # what is asked for comes after the asking too


def _undertaking(span: Span) -> Token | None:
    """The verb of the undertaking whose to-infinitive the expression dates ("agreed to continue contacts and to
    meet in person in the autumn", "pledged to hold elections in December"), or None: what was undertaken comes
    after the undertaking."""
    verb = clause_verb(span.root)
    if verb is None:
        return None
    infinitive = _to_infinitive(verb)
    if infinitive is None:
        return verb if _deadline_of_undertaking(span.root, verb) else None
    governor = infinitive.head
    while governor.dep_ == "xcomp" and governor.head.i != governor.i and governor.head.lemma_ not in _UNDERTAKING:
        governor = governor.head  # "agreed to try to meet"
    if governor.lemma_ == "continue" and governor.dep_ == "xcomp":
        governor = governor.head
    return governor if governor.lemma_ in _UNDERTAKING and _dates_the_act(span.root, verb) else None


def _deadline_of_undertaking(root: Token, verb: Token) -> bool:
    """Whether ``root`` is the object of "by" or "before" under an active undertaking verb or its object ("agreed
    on Monday to a ceasefire by Friday", "promised a vote by March"): the time the undertaken thing is due, after the
    undertaking (not "the deal was agreed by Friday", a passive told done)."""
    if verb.lemma_ not in _UNDERTAKING or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("by", "before"):
        return False
    owner = prep.head
    return owner.i == verb.i or owner.head.i == verb.i and owner.dep_ in ("dobj", "pobj") or (
        owner.dep_ == "pobj" and owner.head.head.i == verb.i  # "agreed to a ceasefire by Friday"
    )


def _dates_the_act(root: Token, verb: Token) -> bool:
    """Whether the expression hangs from ``verb``, or from a noun of its clause with no other verb between ("to
    engage in a dialogue ahead of the elections in October"; not "to honour the deal signed in October")."""
    token = root.doc[_attached_to(root)]
    while token.i != verb.i:
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return False
        token = token.head
    return True


_DEADLINE_PREPS = {"until", "till", "through", "thru"}
_MOVED_TO = {"extend", "postpone", "delay", "push", "move"}
_RAN_ON = {"continue", "last", "persist", "go", "drag", "rage", "stretch"}  # "protests continued through the spring"


def is_deadline(span: Span, *, weekday: bool = False) -> bool:
    """Whether the expression is the end of a period that runs on from the clause's event ("gave the
    relatives until 9 a.m. Tuesday", "loans through January", "the offer was extended to Nov. 16"):
    the past tense of the verb does not place that end in the past.  A weekday after "through" is
    not one: "the talks went on through Friday" narrates a week that has passed."""
    root = span.root
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ in _DEADLINE_PREPS:
        # "the talks went on through Friday", "protests continued through the spring": a time that has passed
        return not ((weekday or prep.head.lemma_ in _RAN_ON) and prep.lower_ in ("through", "thru"))
    return prep.lower_ == "to" and prep.head.lemma_ in _MOVED_TO


_COUNTING_DETERMINERS = {"some", "any", "no", "these", "those", "another", "each", "every"}


def _is_quantity(span: Span, vocab: dict[str, Any]) -> bool:
    """A bare number like "2000" that counts or measures something ("2000 troops", "2000 more troops", "a
    2000-mile border") rather than
    naming a year; a noun or name between number and plural makes it a year ("1990 BellSouth earnings",
    "1989 operating results"), and so do a plural a year only dates ("from 2010 levels", "the 1967
    borders", "2030 targets") and a determiner or possessive ("the 2001 attacks", "Kenya's 2007 elections",
    "their 2021 returns"): edited prose writes such a count with a comma ("the 2,000 troops")."""
    root = span.root
    head = root.head
    if root.dep_ == "nummod" and head.i > root.i and head.lower_ in vocab["measure_nouns"]:
        return True  # "our 2000-mile border", "a 1500-page report"
    if root.dep_ != "nummod" or head.tag_ != "NNS" or head.i <= root.i or not head.is_alpha:
        return False  # not a stray mark the tagger took for a plural: "in 2021 \u00ad—"
    if head.lower_ in vocab["year_nouns"]:
        return False
    if any(c.dep_ in ("det", "poss") and c.i < root.i and c.lower_ not in _COUNTING_DETERMINERS for c in head.children):
        return False  # "the 2016 amendments", "our 2030 goals", "Kenya's 2007 elections": a count has a comma (2,000)
    between = root.doc[root.i + 1 : head.i]
    return all(t.tag_ in ("JJ", "JJR", "JJS", "RBR") for t in between)


_AMOUNT_WORDS = {"%", "percent", "million", "billion", "thousand", "hundred", "cents", "share"}


def _is_rate(span: Span, match: Match, vocab: dict[str, Any]) -> bool:
    """A quantity per period ("$500 million a year", "rise 20% annually", "700 seats a week", "annual
    sales"), which TimeML leaves unmarked like a speed; "meets twice a year", "within a week" and "the
    annual summit" stay."""
    if match.rule == "duration" and not re.match(r"(?:a|an|per)\s", match.text, re.IGNORECASE):
        return False
    root = span.root
    if match.rule == "set" and root.dep_ == "amod":
        head = root.head
        if head.lower_ in vocab["rate_nouns"] or head.lemma_.lower() in vocab["rate_nouns"]:
            return True
    if span.start == 0:
        return False
    if _after_amount(span):
        return True
    if span[0].lower_ in ("every", "each"):
        return False  # "20 drugs every year": the negotiating recurs
    before = span.doc[span.start - 1]
    counted = before.tag_ == "NNS" and span.start >= 2 and span.doc[span.start - 2].like_num  # "700 seats a week"
    return counted


def _year_in_name(span: Span, vocab: dict[str, Any]) -> bool:
    """A bare year right after a proper name is part of the name: "Saudi Vision 2030", "PACC 2030",
    "Orion 1980" (TimeBank leaves it unmarked); after a month, weekday, season, holiday or a period
    of the calendar ("Ramadan 2024", `year_names`) it still dates, and so after a possessive."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if before.tag_ not in ("NNP", "NNPS") or not before.whitespace_ or before.text[-1:] in ".'’":
        return False
    word = before.text
    return not (
        word in vocab["months"] or word in vocab["weekdays"] or word.lower() in vocab["seasons"]
        or word in vocab["year_names"] or any(word in holiday.split() for holiday in vocab["holidays"])
    )


def _numbered(span: Span, vocab: dict[str, Any]) -> bool:
    """A bare year-like number after a word it numbers ("section 1817 of the Social Security Act", "Security
    Council resolution 1973", "H.R. 2022", `numbered_nouns`) is that number, not a year."""
    before = next((t for t in reversed(span.doc[max(0, span.start - 2) : span.start]) if not t.is_space), None)
    return before is not None and before.lower_ in vocab["numbered_nouns"]


def _dates_a_name(span: Span, vocab: dict[str, Any]) -> bool:
    """A month and day between "the" (or a name word) and a proper name are part of the name: "the
    April 6 Youth Movement", "the National September 11 Memorial"; they date a named event ("the June
    30th White House Summit", "the September 22 Joint Statement", `event_nouns`) and a common noun ("the October 7
    Hamas attack", "the November 12 Paris international conference")."""
    doc = span.doc
    words_before = [t for t in doc[max(0, span.start - 3) : span.start] if not t.is_space]
    words_after = [t for t in doc[span.end : span.end + 3] if not t.is_space]
    if not words_before or not words_after:
        return False
    before, name = words_before[-1], words_after[0]
    if not (before.lower_ == "the" or before.pos_ == "PROPN" and before.is_title and not before.is_sent_start):
        return False
    while name.dep_ in ("compound", "nmod") and name.head.i > name.i:
        name = name.head  # "Youth" -> "Movement", "Hamas" -> "attack", "Paris" -> "conference"
    return name.pos_ == "PROPN" and name.is_title and name.lower_ not in vocab["event_nouns"]


def _generic_day(span: Span) -> bool:
    """"the day" as no particular day: "the hottest hours of the day", "during the day" (not the night),
    "the day after the fighting ends", "the day belonged to the Czech Republic" (TimeBank and AQUAINT-dev
    mark 2 of 6).  "later in the day" and "the day's panel" are the day being told."""
    doc = span.doc
    following = doc[span.end] if span.end < len(doc) else None
    if following is not None and following.lower_ in ("'s", "’s"):
        return False
    before = doc[max(0, span.start - 2) : span.start]
    return not (len(before) == 2 and before[0].lower_ in ("later", "earlier") and before[1].lower_ == "in")


def _end_of_the_day_idiom(span: Span) -> bool:
    """"At the end of the day, voters decide": the idiom, not a time ("by the end of the day" stays)."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    following = doc[span.end] if span.end < len(doc) else None
    return (
        span.text.lower() == "the end of the day" and before is not None and before.lower_ == "at"
        and following is not None and following.text == ","
    )


def _names_something(span: Span) -> bool:
    """A capitalized season inside a sentence before another capitalized word is part of a name:
    "the Winter Olympics", "the Arab Spring Revolution"."""
    last = span[-1]
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return (
        last.is_title and not last.is_sent_start and following is not None
        and following.is_title and following.pos_ in ("PROPN", "NOUN")
    )


def _after_amount(span: Span, *, currency: bool = False) -> bool:
    """Whether the word before ``span`` ends an amount ("20%", "$500 million", "rose 3", "$1,250 per
    child"), or with ``currency`` is a currency sign itself."""
    start = span.start
    while start >= 3 and span.doc[start - 2].lower_ == "per" and span.doc[start - 1].pos_ == "NOUN":
        start -= 2  # "$1,250 per child per year": the amount comes before each "per" unit
    if start == 0:
        return False
    before = span.doc[start - 1]
    return (
        before.like_num or before.text[:1].isdigit()  # "$100bn a year", "5m a year"
        or before.lower_ in _AMOUNT_WORDS or currency and before.text in ("$", "€", "£")
    )


def _spread_over(span: Span, vocab: dict[str, Any], *, vague: bool = False) -> bool:
    """"$40 million over five years", "CAD 3.8 billion over eight years": "over" spreads an amount
    across the period, it does not say "more than"; nor does the preposition "over" of an act or change
    that takes place across the period ("can be used over three years", "prices fell over two years", "a
    decline over five years"), nor "over" before a ``vague`` count, which has no number to exceed
    ("underway over recent months").  "over" before a number ("for over 30 years") and after a verb of
    lasting ("likely to last over a week") is "more than"."""
    over = span[0]
    return over.lower_ == "over" and (
        vague or _after_amount(span, currency=True)
        or over.dep_ == "prep" and over.head.i < over.i and over.head.pos_ in ("VERB", "NOUN")
        and over.head.lemma_.lower() not in vocab["lasting_verbs"]
        and not (over.i > 0 and over.nbor(-1).pos_ == "ADP")  # not "for over two decades", "in over a decade"
        and not (span.end < len(span.doc) and span.doc[span.end].lower_ == "of")  # not "over 40 years of advocacy"
    )


def _without_first_word(match: Match, span: Span) -> tuple[Match, Span]:
    """The match and span from their second token on."""
    rest = span[1:]
    return dataclasses.replace(match, start=rest.start_char, text=match.text[rest.start_char - match.start :]), rest


def _without_last_word(match: Match, span: Span) -> tuple[Match, Span]:
    """The match and span without their last token."""
    rest = span[:-1]
    return dataclasses.replace(match, end=rest.end_char, text=match.text[: rest.end_char - match.start]), rest


def _without_over(match: Match, partial: Partial, span: Span) -> tuple[Match, Partial, Span]:
    """The expression after its "over": "five years", P5Y, no mod."""
    match, rest = _without_first_word(match, span)
    return match, dataclasses.replace(partial, mod=None), rest


def _overnight_idiom(span: Span) -> bool:
    """"overnight" that names no night: before a noun ("an overnight stay", "the overnight rate") or
    meaning all at once ("will not change overnight", "an overnight success")."""
    token = span.root
    if token.dep_ in ("amod", "compound", "nmod") or token.tag_ == "JJ":
        return True
    verb = clause_verb(token)
    while verb is not None and verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head  # "not going to heal our wounds overnight"
    return verb is not None and any(
        c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children
    )


def _in_a_game(match: Match, span: Span, vocab: dict[str, Any]) -> bool:
    """Whether a quarter or half with no year is a game's: its sentence reports play (`game_words`: "led by 10
    points in the first quarter but lost the game", "scored 12 in the fourth quarter")."""
    if match.groups.get("year") or match.groups.get("year3") or match.groups.get("shift_year") or any(
        t.like_num and len(t.text) == 4 for t in span
    ):
        return False  # "the fourth quarter of 1989" is a calendar quarter wherever it is told
    words = set(vocab["game_words"])
    sentence = span.sent
    return any(t.lower_ in words for t in sentence) or any(
        f"{a.lower_} {b.lower_}" in words for a, b in zip(sentence, sentence[1:])
    )


def _of_a_name(span: Span) -> bool:
    """Whether "of" and a proper name follow the expression: a part of that, not of a year."""
    rest = span.doc[span.end : span.end + 4]
    return (
        len(rest) >= 2 and rest[0].lower_ == "of" and not any(t.like_num for t in rest)
        and any(t.pos_ == "PROPN" for t in rest[1:3] if not t.is_punct)
    )


_DOCUMENT_NUMBER = re.compile(r"/\d{3,}")  # a year then a serial number: "(EU) 2025/1402" (not "2024/25")


def _not_a_date(match: Match, span: Span, vocab: dict[str, Any]) -> bool:
    """A grammar match the words around it show is no temporal expression: a count ("2000 troops"), a
    number of a section or resolution ("section 1817"), a year or a day inside a name ("Vision 2030", "the
    April 6 Youth Movement"), a link, a rate ("$500
    million a year"), "daily" meaning ordinary ("daily life"), no particular day ("during the day"),
    an idiom ("At the end of the day,", "won't change overnight"), a modal "May", a verb "fall", "the
    fall of" a regime, a half or quarter of a name, a season in a name or modifying a noun ("summer
    camp"), an ordinal "second"."""
    bare_year = match.text == match.groups.get("year")  # not "fiscal 1989", "mid-2022"
    rule = match.rule
    return (
        rule == "year" and bare_year and (
            _is_quantity(span, vocab) or _year_in_name(span, vocab) or _numbered(span, vocab)
        )
        or rule == "year" and _DOCUMENT_NUMBER.match(doc_text(span.doc), match.end) is not None  # "Regulation (EU) 2025/1402"
        or _inside_link(match, span)
        or rule in ("set", "duration") and _is_rate(span, match, vocab)
        or rule == "set" and span.root.dep_ == "amod" and span.root.head.lemma_.lower() in vocab["everyday_nouns"]
        or bool(match.groups.get("month") and match.groups.get("day")) and _dates_a_name(span, vocab)
        or match.text.lower() == "the day" and _generic_day(span)
        or _end_of_the_day_idiom(span)
        or span[0].text in ("May", "MAY") and span[0].tag_ == "MD"  # "May their memory be a blessing"
        or rule == "season" and (_names_something(span) or span[-1].tag_.startswith("VB"))  # "that fall below"
        or rule == "season" and span[-1].lower_ == "fall" and span.end < len(span.doc)
        and span.doc[span.end].lower_ == "of"  # "the fall of Hosni Mubarak" (not "the fall of 2011": one match)
        or rule in ("half", "quarter") and _of_a_name(span)  # "the second half of the Obama-Biden Administration"
        or rule in ("half", "quarter") and _in_a_game(match, span, vocab)  # "scored 12 points in the fourth quarter"
        or match.text.lower() == "overnight" and _overnight_idiom(span)
        or rule == "season" and len(span) == 1 and span.root.dep_ in ("compound", "amod", "nmod")
        and not _season_arrives(span, vocab)
        or rule == "duration" and span[-1].lower_ == "second" and span[-1].tag_ == "JJ"  # "a second term"
        or rule == "duration" and doc_text(span.doc)[max(0, match.start - 3) : match.start] == "in-"  # "once-in-a-century"
        or rule == "set" and _names_something(span)  # "the Bangor Daily News"
        or rule == "month" and _month_in_a_name(match, span, vocab)
        or rule == "holiday" and _holiday_in_a_name(span, vocab)
        or rule == "weekday" and span.start > 0 and span.doc[span.start - 1].text in vocab["weekday_name_words"]
    )


def _month_in_a_name(match: Match, span: Span, vocab: dict[str, Any]) -> bool:
    """A month word alone that is part of a name: a place ("Cape May") or a person's first name after a title
    ("Dr. April Aycock", `name_titles`): after a proper noun or a title, and (for the title) before another
    capitalized word."""
    if len(span) != 1 or span.start == 0 or match.groups.get("shift"):
        return False
    before = span.doc[span.start - 1]
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if before.text in vocab["name_titles"]:
        return after is not None and after.is_title and not after.is_sent_start
    return before.pos_ == "PROPN" and before.is_title and not before.is_sent_start and before.whitespace_ != ""


def _holiday_in_a_name(span: Span, vocab: dict[str, Any]) -> bool:
    """A holiday's name inside a longer name: an agreement or a war named for it ("the Good Friday Agreement",
    "the Yom Kippur War", `holiday_name_heads`), or another country's or cause's day ("International Holocaust
    Remembrance Day", "Ukraine's Independence Day"), which the holiday list does not date."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text in vocab["holiday_name_heads"]:
        return True
    if span.start == 0 or span[-1].text != "Day":
        return False
    before = doc[span.start - 1]
    if before.lower_ in ("'s", "’s"):
        owner = doc[span.start - 2] if span.start >= 2 else None
        return owner is not None and owner.is_title and owner.text not in vocab["home_holiday_owners"]
    return (
        before.is_title and not before.is_sent_start and before.pos_ in ("PROPN", "ADJ")
        and before.text not in vocab["holiday_modifiers"]
    )


_FILE_NAME = re.compile(r"\.(?:pdf|html?|aspx?|php|docx?|xlsx?|pptx?|csv|txt|png|jpe?g)\b", re.IGNORECASE)
_SPACES = " \n\t\xa0"


def _inside_link(match: Match, span: Span) -> bool:
    """Whether the match lies in a URL, a path or a file name ("…/briefing-room/2023/12/06/…",
    "Report-September-15-2021.pdf"): the run of text without spaces that holds it has a slash or "www."
    before it, or names a file.  A Markdown link's text is read ("[December 6, 2023](https://…)": the link
    target after "](" is not part of its run)."""
    text = doc_text(span.doc)
    run_start = max(text.rfind(c, 0, match.start) for c in _SPACES) + 1
    ends = [i for i in (text.find(c, match.end) for c in _SPACES) if i >= 0]
    run_end = min(ends) if ends else len(text)
    before, after = text[run_start : match.start], text[match.end : run_end]
    if "](" in before:
        before = before[before.rindex("](") + 2 :]
    if "](" in after:
        after = after[: after.index("](")]
    return (
        "www." in before or "/" in before and any(c.isalpha() for c in before)
        or bool(_FILE_NAME.search(after)) and ("-" in before or "_" in before or after[:1] in "-_")
    )


def _season_arrives(span: Span, vocab: dict[str, Any]) -> bool:
    """Whether a season the parser hung as a modifier is the subject of a verb it took for a plural noun:
    "as winter sets in", "before summer comes" (not "winter wheat", "summer camps")."""
    head = span.root.head
    if head.tag_ != "NNS" or head.i != span.end or not head.lower_.endswith("s"):
        return False
    if head.i + 1 < len(head.doc) and head.nbor(1).lower_ == "of":
        return False  # "winter sets of tyres"
    arrivals, verb = vocab["season_arrivals"], head.lower_[:-1]
    return verb in arrivals or verb.endswith("e") and verb[:-1] in arrivals  # "sets", "approaches"


def candidate_expressions(doc: Doc, grammar: Grammar) -> list[tuple[Match, Partial, Span]]:
    """Grammar matches that normalize and align to tokens, longest non-overlapping, in text order."""
    normalized = []
    for match in grammar.candidates(doc_text(doc)):
        partial = normalize_match(match, grammar.vocab)
        if partial is not None:
            normalized.append((match, partial))
    result = []
    for match, partial in select_longest(normalized):
        span = doc.char_span(match.start, match.end, alignment_mode="expand")
        if span is None or not span.text.strip():
            continue
        if _not_a_date(match, span, grammar.vocab):
            continue
        if partial.type == "DURATION" and partial.mod == "MORE_THAN" and _spread_over(
            span, grammar.vocab, vague="X" in partial.value
        ):
            match, partial, span = _without_over(match, partial, span)
        if match.rule == "ago" and partial.type == "DURATION" and len(span) > 1 and span[-1].lower_ in _DIRECTIONS:
            # "a minute and a half later", "weeks later": how long, as TimeML marks it, without "later"
            match, span = _without_last_word(match, span)
        if len(span) > 1 and span[0].lower_ == "the" and span[0].dep_ == "det" and not span.start < span[0].head.i < span.end:
            # "The 28 September parliamentary elections": the article is the elections', not the date's
            match, span = _without_first_word(match, span)
        result.append((match, partial, span))
    return [found for k, found in enumerate(result) if not _latest_of_a_dated_list(found[2], result[k + 1 : k + 2])]


_MOST_RECENTLY = re.compile(r"(?:most|more)\s+recently", re.IGNORECASE)
_TO_NEXT_DATE = re.compile(r"[\s,]*(?:(?:on|in|at|during)\s+)?", re.IGNORECASE)


def _latest_of_a_dated_list(span: Span, following: list[tuple[Match, Partial, Span]]) -> bool:
    """Whether ``span`` is the "recently" of "most recently" that the date right after it places ("met five
    times, most recently on May 18"): the date is the time, the adverb only ranks it (AQUAINT: "most
    recently last October" unmarked)."""
    if span.text.lower() != "recently" or not following:
        return False
    text = doc_text(span.doc)  # read once per Doc: Doc.text joins every token on each read
    if not _MOST_RECENTLY.search(text, max(0, span.start_char - 12), span.end_char):
        return False
    return _TO_NEXT_DATE.fullmatch(text, span.end_char, following[0][2].start_char) is not None


_HEADING_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _year_headings(doc: Doc) -> list[tuple[int, str]]:
    """(start, year) of the section headings (``nlp_kit_meta`` regions) that name one year and no other number:
    "What changed in 2025", "2024: a year of elections"; not "Resolution 2231 (2015)"."""
    meta = doc._.nlp_kit_meta if doc.has_extension("nlp_kit_meta") else None
    out = []
    for region in (meta or {}).get("regions") or []:
        text = str(region.get("text") or "")
        years = _HEADING_YEAR.findall(text)
        if region.get("kind") == "heading" and len(years) == 1 and len(re.findall(r"\d+", text)) == 1:
            out.append((int(region["start"]), years[0]))
    return sorted(out)


def _present_perfect_sentences(doc: Doc) -> list[int]:
    """Indexes of the sentences whose main verb is a present perfect of a state still holding ("yet",
    "still": "The daily exchange of flow data, which the Uzbek side
    undertook to begin by 1 October 2024, has not yet started."): the story is back at the creation time, so
    "the equipment was delivered only in January" after it is the January before the creation time.  (Any
    present perfect would also catch "Relations have soured", and that lost more dates than it won.)"""
    if not doc.has_annotation("SENT_START") or not doc.has_annotation("DEP"):
        return []
    out = []
    for i, sent in enumerate(doc.sents):
        root = sent.root
        group = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
        if root.tag_ == "VBN" and any(t.lower_ in ("has", "have") for t in group) and any(
            t.lower_ in ("yet", "still") for t in root.children
        ):
            out.append(i)
    return out


def find_timexes(doc: Doc, grammar: Grammar, dct: str | None, *, narrative_window: int = 0) -> list[dict[str, Any]]:
    """TimeExpression dicts for ``doc``; relative values resolved from ``dct`` or the narrative."""
    text = doc_text(doc)
    found = candidate_expressions(doc, grammar)
    sent_starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    resolver = Resolver(dct, narrative_window=narrative_window)
    # sentences that bring the story back to the present ("Relations have thawed since then.", "has not yet started")
    returns = sorted({bisect.bisect_right(sent_starts, m.start()) - 1 for m in _SINCE_THEN.finditer(text)} | set(
        _present_perfect_sentences(doc)))
    returned = 0  # how many of them the expressions have passed
    sections = _year_headings(doc)  # (start, year) of headings that name one year, in text order
    timexes: list[dict[str, Any]] = []
    orthodox = False  # an Orthodox Easter was named: the Easters after it are the Orthodox one
    clause_dates: list[tuple[int, str, str, int]] = []  # (clause verb, timex id, value, sentence) of background dates
    for i, (match, partial, span) in enumerate(found):
        timex_id = f"t{i + 1}"
        following = None
        if partial.relation == INHERIT_YEAR and i + 1 < len(found):
            nxt_match, nxt_partial, _ = found[i + 1]
            between = text[match.end : nxt_match.start]
            if _joined(between) and nxt_partial.relation is None and nxt_partial.value[:4].isdigit() and not (
                _UNTIL.fullmatch(between) and _AT_POINT.search(text, 0, match.start)
            ):  # "March and April 2003", "from June until August 2025"; not "extended its mandate in August until
                # 31 August 2025", a point and the end of what it began
                following = (f"t{i + 2}", nxt_partial.value[:4])
            elif between.strip() == "," and nxt_partial.relation == FROM_DCT and resolver.dct is not None:
                restated = resolver.from_dct(nxt_partial)  # "On October 14th, one year ago today, ..."
                if restated[:4].isdigit():
                    following = (f"t{i + 2}", restated[:4])
        sentence = bisect.bisect_right(sent_starts, match.start) - 1
        if returned < len(returns) and returns[returned] <= sentence:
            resolver.back_to_now()
            returned = bisect.bisect_right(returns, sentence)
        if sections and sections[0][0] < match.start:
            while len(sections) > 1 and sections[1][0] < match.start:
                sections.pop(0)
            resolver.enter_section(sections.pop(0)[1], sentence)
        weekday = partial.relation == WEEKDAY
        undertaking = _undertaking(span)
        if (weekday and is_planned(span)) or is_scheduled(span, weekday=weekday):
            tense = "FUTURE"
        elif partial.relation in (INHERIT_YEAR, WEEKDAY) and undertaking is not None:
            # "agreed to meet in the autumn": the first autumn after the agreement; "We call on them to hold a
            # dialogue before the summer", a call made now: the first summer after the creation time; "agreed on
            # Monday to reach a ceasefire by Friday": the Friday after that Monday
            tense = "AFTER" if _verb_tense(undertaking) == "PAST" else "AFTER_NOW"
        elif partial.relation in (INHERIT_YEAR, WEEKDAY) and partial.value[-2:] not in SEASON_MONTH and not (
            partial.holiday) and (
            awaiting := _awaited(span, grammar.vocab)
        ) is not None:
            # "discussed preparations for the July 9-11 summit", "In advance of the June 25 elections, she
            # reaffirmed ...": what is prepared for comes after the preparing, as what someone said would happen
            # does (told in the past, it may have come since: "pre-positioned in advance of storm impacts on
            # September 24", written in October); told now, it is ahead. Not a season ("ahead of the winter"
            # written in October is the winter beginning, which the tense already gives) nor a holiday
            tense = "AHEAD" if _verb_tense(awaiting) == "PAST" else "AFTER_NOW"
        elif _for_delivery(span, grammar.vocab):
            tense = "AHEAD"  # the front months: "for April delivery" in March, "the May contract expired" in June
        else:
            tense = clause_tense(span)
            if weekday and tense in ("PAST", "UNKNOWN") and (verb := clause_verb(span.root)) is not None and (
                _expecting(verb, ("VBD",))
            ):  # "The storm was expected to leave by Saturday evening": the day expected, the nearest one, as what
                tense = "AHEAD"  # someone said would happen (a month expected in the past stays behind)
            deadline = is_deadline(span, weekday=weekday)
            if deadline and span.root.head.lower_ not in ("through", "thru") and (
                tense == "PRESENT" or tense == "PAST" and _present_perfect(span)
            ):  # "has until Monday to raise", "has been given until Friday": an end still ahead; not "has moved
                tense = "FUTURE"  # 30% more through August", a count up to now
            elif tense in ("PAST", "UNKNOWN") and deadline:
                tense = "PRESENT"  # the nearest such day or month
            elif tense in ("PRESENT", "UNKNOWN") and _names_a_happening(span, grammar.vocab):
                tense = "PAST"  # "We condemn the shooting on November 30", written in June: last November's
            elif tense == "PRESENT" and (
                weekday and _in_present_verb(span, grammar.vocab) or span.root.dep_ == "pobj" and span.root.head.lower_ == "before"
            ):
                tense = "FUTURE"  # "the truce expires on Friday", "wants a meeting before the summer": the coming one
        if partial.relation == FROM_ANCHOR and _span_from_now(span, match, tense):
            partial = dataclasses.replace(partial, relation=FROM_DCT)
        if partial.holiday and partial.holiday.startswith("easter") and (
            orthodox or "Orthodox" in text[sent_starts[sentence] : match.start]
        ):  # "the Orthodox Christian community observing Easter"; and every Easter after it
            partial = dataclasses.replace(partial, holiday="orthodox-" + partial.holiday)
        orthodox = orthodox or (partial.holiday or "").startswith("orthodox-")
        verb = clause_verb(span.root)
        if partial.relation == INHERIT_YEAR and partial.value.startswith("XXXX-") and verb is not None and any(
            c.dep_ == "advmod" and c.lower_ in grammar.vocab["habitual_adverbs"] for c in verb.children
        ):  # "the storm season, which usually peaks in May": any year's May
            partial = dataclasses.replace(partial, relation=None)
        background = _background(span, verb, grammar.vocab) or undertaking is not None  # what was agreed to is no step of the story
        after = (_apposed_weekday(i, found, timexes, text) or _coordinated_day(i, found, timexes, text)) if (
            weekday and partial.unit is None) else (
            _range_end(i, found, timexes, text) if partial.relation == INHERIT_YEAR and following is None else None
        )
        if after is not None:  # "meets next Tuesday and Wednesday": the Wednesday after that Tuesday
            partial = dataclasses.replace(partial, value=after, relation=None)
        resolved = resolver.resolve(
            timex_id, partial, sentence=sentence, tense=tense, following_year=following, narrative=not background,
            clause_date=_clause_date(verb, sentence, clause_dates) if partial.relation == INHERIT_YEAR else None,
        )
        if background and verb is not None and verb.dep_ in ("relcl", "acl") and not _after_since(span, verb) and (
            resolved.resolved and resolved.value[:4].isdigit()
        ):  # a clause describing a noun; not a point "since" which the story runs on ("since the summer of 2011")
            clause_dates.append((verb.i, timex_id, resolved.value, sentence))
        if background and resolved.anchor == "DCT" and _since_point(span, verb):
            # a span that runs from a point the writer's calendar names brings the story back to now: "Violence
            resolver.back_to_now()  # has risen since the start of the year" after "left in December 2011"
        if after is not None:
            resolved = dataclasses.replace(resolved, anchor=timexes[-1]["id"])
        timexes.append(
            {
                "id": timex_id,
                "start": match.start,
                "end": match.end,
                "text": match.text,
                "type": partial.type,
                "value": resolved.value,
                "mod": partial.mod,
                "range_end": resolved.range_end,
                "anchor": resolved.anchor,
                "resolved": resolved.resolved,
                "sentence": sentence,
            }
        )
    _restated_days(found, timexes, text)
    bare_clocks = [timex for (match, _, _), timex in zip(found, timexes)
                   if match.rule == "clock_time" and timex["anchor"] in ("DCT", None)]
    clock_ids = {timex["id"] for timex in bare_clocks}
    dct_day = resolver.dct.isoformat() if resolver.dct else None
    before = {timex["id"]: timex["value"] for timex in bare_clocks}
    for timex in bare_clocks:
        _date_clock_time(timex, timexes, clock_ids, doc, text, dct_day)
    for (_, _, span), timex in zip(found, timexes):
        if timex["id"] in clock_ids and dct_day and timex["value"] == f"{dct_day}T24:00" and clause_tense(span) == "PAST":
            timex["value"] = f"{dct_day}T00:00"  # "shut down at midnight", told that day: the midnight it began with
    _follow_redated_clocks(timexes, before)
    return timexes


def _follow_redated_clocks(timexes: list[dict[str, Any]], before: dict[str, str]) -> None:
    """A day counted from a bare clock time that was then put on another day moves with it: "at 2:50 p.m. ...
    worked through the night" after "Monday afternoon" is Monday night, not the creation day's."""
    by_id = {timex["id"]: timex for timex in timexes}
    for timex in timexes:
        clock = by_id.get(timex["anchor"] or "")
        if clock is None or clock["id"] not in before or not _DAY_VALUE.match(timex["value"] or ""):
            continue
        old, new = before[clock["id"]][:10], clock["value"][:10]
        if old != new and _DAY_VALUE.match(old) and _DAY_VALUE.match(new):
            shift = dt.date.fromisoformat(new) - dt.date.fromisoformat(old)
            day = dt.date.fromisoformat(timex["value"][:10]) + shift
            timex["value"] = day.isoformat() + timex["value"][10:]


_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d(?:T|$)")
_NAMED_DAY_RULES = frozenset({
    "month_day_year", "day_month_year", "month_day", "day_month", "us_numeric_date", "iso_date",
})


def _restated_days(found: list[tuple[Match, Partial, Span]], timexes: list[dict[str, Any]], text: str) -> None:
    """A "today", "yesterday" or "tomorrow" that a date restates after a comma is that date ("Today, August
    16, 2023, marks one year ...", quoted in a statement of August 17): the writer's own day, not the
    creation time's."""
    for i in range(len(timexes) - 1):
        (match, _, _), (nxt_match, _, _) = found[i], found[i + 1]
        day, restated = timexes[i], timexes[i + 1]
        if (
            match.rule == "day_deictic" and day["anchor"] == "DCT" and _DAY_VALUE.match(day["value"] or "")
            and nxt_match.rule in _NAMED_DAY_RULES and _DAY_VALUE.match(restated["value"] or "")
            and text[match.end : nxt_match.start].strip() == "," and restated["value"][:10] != day["value"][:10]
        ):
            day["value"] = restated["value"][:10] + day["value"][10:]
            day["anchor"] = restated["id"]


_APPOSED_WEEKDAY = re.compile(r"\s*,\s+(?:a|the)\s+$", re.IGNORECASE)


def _apposed_weekday(
    i: int, found: list[tuple[Match, Partial, Span]], timexes: list[dict[str, Any]], text: str
) -> str | None:
    """The date a weekday set after it says the day of the week of ("on Oct. 23, a Friday,", "Oct. 23, the
    Friday before Veterans Day weekend"), when the weekdays agree; else None (the nearest such day)."""
    if i == 0 or found[i][1].weekday is None:
        return None
    match, day = found[i - 1][0], timexes[i - 1]
    if match.rule not in _NAMED_DAY_RULES or not _DAY_VALUE.match(day["value"] or "") or not (
        _APPOSED_WEEKDAY.fullmatch(text[match.end : found[i][0].start])
    ):
        return None
    return day["value"][:10] if dt.date.fromisoformat(day["value"][:10]).isoweekday() == found[i][1].weekday else None


def _coordinated_day(
    i: int, found: list[tuple[Match, Partial, Span]], timexes: list[dict[str, Any]], text: str
) -> str | None:
    """A bare weekday joined by "and", "or", "to" or a comma to a weekday before it is that day's
    nearest such day ("next Tuesday and Wednesday", "Monday through Thursday", "made Friday and Thursday")."""
    if i == 0:
        return None
    previous_match, previous, _ = found[i - 1]
    match, partial, _ = found[i]
    before = timexes[i - 1]
    if (
        previous.relation != WEEKDAY
        or not _DAY_VALUE.match(before["value"] or "")
        or not _joined(text[previous_match.end : match.start])
    ):
        return None
    day = dt.date.fromisoformat(before["value"][:10])
    delta = (partial.weekday - day.isoweekday()) % 7
    if delta == 0:
        return None
    day += dt.timedelta(days=delta - 7 if delta > 3 else delta)  # the nearest: "statements made Friday and Thursday"
    return day.isoformat() + (f"T{partial.day_part}" if partial.day_part else "")


_RANGE_TO = re.compile(r"\s+(?:to|through|thru|until|till)\s+|[-–]", re.IGNORECASE)  # not "June 6th — January 6th, excuse me"
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_MONTH_OR_DAY = re.compile(r"(\d{4})-(\d\d)(-\d\d)?")
_UNDATED_MONTH_OR_DAY = re.compile(r"XXXX-(\d\d)(-\d\d)?")


def _range_end(
    i: int, found: list[tuple[Match, Partial, Span]], timexes: list[dict[str, Any]], text: str
) -> str | None:
    """The end of a range of months or of days named without a year, after its start ("runs from January
    through June", "between October and March", "from June 5 to July 10"): the first such month or day on or
    after the start, whatever the tense makes of each alone."""
    if i == 0:
        return None
    previous_match, previous, _ = found[i - 1]
    match, partial, _ = found[i]
    start = _MONTH_OR_DAY.fullmatch(timexes[i - 1]["value"] or "")
    end = _UNDATED_MONTH_OR_DAY.fullmatch(partial.value)
    if previous.relation != INHERIT_YEAR or start is None or end is None or partial.holiday or (
        bool(start.group(3)) != bool(end.group(2))
    ):
        return None
    between = text[previous_match.end : match.start]
    if not (_RANGE_TO.fullmatch(between) or between.strip().lower() == "and" and _BETWEEN.search(
        text, max(0, previous_match.start - 10), previous_match.start
    )):
        return None
    year = int(start.group(1))
    if (end.group(1), end.group(2) or "") < (start.group(2), start.group(3) or ""):
        year += 1  # "from October to March": the March after that October
    return f"{year}-{end.group(1)}{end.group(2) or ''}"


def _ends_sentence(clock: dict[str, Any], doc: Doc, text: str) -> bool:
    """Whether the clock time's closing period ends its sentence: a capitalized pronoun, determiner,
    conjunction, preposition or common noun opens the next one ("at 8 p.m. He took office on Feb. 28", "at
    2:50 p.m. Investigators searched ... on Tuesday"; not "8 p.m. Wednesday", "5:00 a.m. Eastern tomorrow")."""
    word = _NEXT_WORD.match(text, clock["end"]) if clock["text"].endswith(".") else None
    following = doc.char_span(word.start(1), word.end(1), alignment_mode="expand") if word else None
    return following is not None and following[0].is_title and following[0].pos_ in _SENTENCE_OPENERS


_SENTENCE_OPENERS = {"PRON", "DET", "CCONJ", "SCONJ", "ADP", "NOUN"}
_NEXT_WORD = re.compile(r"\s+(\w+)")


_CLOCK_DAY_WINDOW = 2  # how many sentences back a named day still dates a bare clock time


def _date_clock_time_by_story(
    timex: dict[str, Any], timexes: list[dict[str, Any]], clock_ids: set[str], text: str, dct: str | None
) -> None:
    """Give a bare clock time the past day the story named a sentence or two back ("crashed into the
    Atlantic Sunday evening. The Cessna left at 6:15 p.m."), not the creation day.  Not a day ahead (the
    story's "tomorrow" is no clock time's day), nor a night, which runs into the next day ("drones
    overnight ... Attacks began after 4 a.m."), nor for a time heading a line (a live update's "09:20 –")."""
    line = text.rfind("\n", 0, timex["start"]) + 1
    if dct is None or not text[line : timex["start"]].strip():
        return
    told = [t for t in timexes if timex["sentence"] - _CLOCK_DAY_WINDOW <= t["sentence"] < timex["sentence"]
            and _names_a_day(t, clock_ids) and not (  # the night of a day the story told goes with that day:
                t["value"].endswith("NI") and t["anchor"] not in (None, "DCT"))]  # "searched through the night"
    if not told or told[-1]["value"][:10] >= dct[:10] or told[-1]["value"].endswith("NI") and _morning(timex):
        return  # a morning hour after a night may be the next day's; "shortly before 10 p.m." after "Saturday night" is not
    _put_on_day(timex, told[-1])


def _morning(clock: dict[str, Any]) -> bool:
    """Whether the clock time's hour is before noon."""
    hour = re.match(r"\d{4}-\d\d-\d\dT(\d\d)", clock["value"] or "")
    return hour is None or int(hour[1]) < 12


def _names_a_day(timex: dict[str, Any], clock_ids: set[str]) -> bool:
    """Whether ``timex`` names a calendar day that a bare clock time could fall on (not another clock time)."""
    return timex["type"] in ("DATE", "TIME") and timex["id"] not in clock_ids and bool(
        _DAY_VALUE.match(timex["value"] or ""))


def _in_later_clause(doc: Doc, after: int, day: dict[str, Any]) -> bool:
    """Whether ``day`` sits in a clause describing a noun, or in a clause joined by a conjunction, that begins
    after the offset ``after``: it dates that clause's event, not a clock time before it ("came shortly before
    5 a.m. after a session that began Friday morning", "made landfall at 4:40 a.m. and was expected to leave by
    Saturday evening"; "will meet at 9 a.m. to vote on the budget Friday" keeps its Friday)."""
    span = doc.char_span(day["start"], day["end"], alignment_mode="expand")
    verb = clause_verb(span.root) if span is not None else None
    if verb is None:
        return False
    if verb.dep_ in ("relcl", "acl") and verb.left_edge.idx >= after:
        return True
    return any(node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and node.left_edge.idx >= after
               for node in (verb, *verb.ancestors))


def _put_on_day(clock: dict[str, Any], day: dict[str, Any]) -> None:
    """Give the clock time ``clock`` the day of ``day``, which becomes its anchor."""
    clock["value"] = day["value"][:10] + clock["value"][clock["value"].index("T"):]
    clock["anchor"], clock["resolved"] = day["id"], True


def _date_clock_time(
    timex: dict[str, Any], timexes: list[dict[str, Any]], clock_ids: set[str], doc: Doc, text: str,
    dct: str | None = None,
) -> None:
    """Give a bare clock time the day named nearest it in its sentence, alone or with its own time
    ("Friday at 10:30 a.m.", "10:30 a.m. (0730 GMT) Friday", "at 8 p.m. Wednesday (1900 GMT)"),
    instead of the creation day; a time nearer a frequency than any day is a habit's and keeps no day
    ("open daily from 9 a.m. to 5 p.m.", "performances are at 8 p.m. Tuesdays through Saturdays")."""
    ends_sentence = _ends_sentence(timex, doc, text)

    def distance(t: dict[str, Any]) -> int:
        return min(abs(t["start"] - timex["end"]), abs(timex["start"] - t["end"]))

    days = [t for t in timexes if t["sentence"] == timex["sentence"] and _names_a_day(t, clock_ids)
            and not (t["start"] > timex["end"] and (ends_sentence or _in_later_clause(doc, timex["end"], t)))]
    habits = [t for t in timexes if t["sentence"] == timex["sentence"] and t["type"] == "SET"]
    if habits and (not days or min(map(distance, habits)) < min(map(distance, days))):
        timex["value"] = "XXXX-XX-XX" + timex["value"][timex["value"].index("T"):]
        timex["anchor"], timex["resolved"] = None, False
        return
    if not days:
        _date_clock_time_by_story(timex, timexes, clock_ids, text, dct)
        return
    _put_on_day(timex, min(days, key=distance))
