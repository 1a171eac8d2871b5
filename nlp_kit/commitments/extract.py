"""Commitments from a parsed Doc: who pledged, agreed, demanded or recommended what.

``CommitmentExtractor(vocab)`` compiles the lexicons once; calling it on a Doc
returns ``Commitment``-shaped dicts. The DependencyMatcher finds trigger
words in the parse (``patterns.yaml``); each match is read by its frame
(verbal, adjectival, nominal, document, brokered, security, only,
recommendation) to find the parties, the action, dates, condition, negation
and status. A trigger inside the action of another one is folded into it
("Turkey could honor its 2022 commitment to open ..." is one recommendation).

Example::

    >>> extractor = CommitmentExtractor(nlp.vocab)
    >>> doc = nlp("In December 2023, Armenia and Azerbaijan agreed to a prisoner exchange.")
    >>> [(c["actor"], c["co_actors"], c["kind"], c["action"]) for c in extractor(doc)]
    [('ARM', ['AZE'], 'agreement', 'prisoner exchange')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, ORTH, POS, SPACY, TAG
from spacy.matcher import DependencyMatcher
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from nlp_kit.commitments.lexicon import FRAMES, CommitmentLexicon, Pattern, TokenRequirement, TriggerSense
from nlp_kit.commitments.parties import Parties, PartyResolver, SentenceIndex, possessor
from nlp_kit.commitments.status import FORWARD_LOOKING, StatusCues, realised_object
from nlp_kit.doctext import doc_text
from nlp_kit.event_codes import code_event, plover_type
from nlp_kit.ingest.structure import LIST_MARKERS

TIMEX_SPANS = "nlp_kit_timex"
BOUNDARIES = frozenset({"—", "–", ";", "(", ":"})
DEADLINE_PREPS = frozenset({"by", "before", "until", "within", "till"})
FUTURE_MODALS = frozenset({"will", "would", "may", "might", "shall", "'ll"})
_WALKAWAY_PREPS = frozenset({"from", "on", "out", "of"})
# The reading of a recommendation listed under an addressee line ("To ECOWAS:"), which no dependency pattern finds.
_ADDRESSED = Pattern("addressed_imperative", "imperative", (), [], kind="recommendation", confidence=0.6)
_AGREED_TERM = Pattern("agreed_term", "agreed_list", (), [], kind="agreement", confidence=0.6)
_TRACKED = Pattern("tracked_promise", "tracker", (), [], kind="promise", confidence=0.7)
# Pronouns a relative clause of promising makes the whole of what was promised: "everything they pledged".
_WHOLE_OF_IT = frozenset({"everything", "all", "anything", "nothing", "whatever"})
_TABLED = Pattern("tabled_commitment", "table", (), [], kind="agreement", confidence=0.6)
_LISTED = Pattern("listed_commitment", "listed", (), [], kind="pledge", confidence=0.6)
# A list item that opens with who it is about: "- Germany: €200 million for 2026 and 2027."
_OWNED_ITEM = re.compile(r"^[ \t]*(?:[-*•–][ \t]+|\d{1,2}[.)][ \t]+)(?P<owner>[^:\n]{2,80}?):[ \t]+(?P<value>\S[^\n]*?)[ \t]*$")
# A labelled line of a record: "Promise 1: Provide ...", "Made: June 2021, at the G7 summit", "Verdict: Kept".
_RECORD_LINE = re.compile(
    r"^[ \t]*(?P<label>[A-Z][A-Za-z]*(?:[ \t][A-Za-z]+){0,2}?)(?:[ \t]+(?:#|No\.[ \t]*)?\d{1,3})?[ \t]*:[ \t]*"
    r"(?P<value>\S[^\n]*?)[ \t]*$",
    re.MULTILINE,
)
# A line that says who agreed the list below it: "Agreed by the delegations of Armenia and Azerbaijan in Almaty
# on 12 November 2025", "Adopted by the Parties at ...", "Signed between X and Y".
_AGREED_BY = frozenset({"agreed", "adopted", "signed", "approved", "endorsed"})
_AGREED_LINE = re.compile(rf"(?:^|\n)[ \t]*(?:{'|'.join(w.capitalize() for w in sorted(_AGREED_BY))})\s+(?:by|between)\b")
NON_ACTIONS = frozenset({"be", "seem", "become", "remain", "appear", "look", "face", "lose", "suffer", "fall", "fail",
                         "miss", "forget", "remember", "mourn", "cherish", "have"})  # "I will never forget meeting them"
RELATIVE = frozenset({"which", "that", "who", "whom"})
REFLEXIVE = frozenset({"itself", "themselves", "himself", "herself", "ourselves"})
CLAUSAL = frozenset({"ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "parataxis"})


@dataclass
class Trigger:
    """A signalling word and the pattern nodes found around it; ``fallbacks`` are the readings of lower
    priority frames, tried in order when this one finds no commitment."""

    token: Token
    pattern: Pattern
    nodes: dict[str, Token]
    fallbacks: list[Trigger] = field(default_factory=list)


@dataclass
class Draft:
    """A commitment being assembled from one trigger."""

    trigger: Token
    kind: str
    parties: Parties
    action_head: Token | None
    action: str
    scope: set[int]
    confidence: float
    cameo: str | None = None
    governor: Token | None = None
    subject: Token | None = None
    counterpart: str | None = None
    speaker: str | None = None
    condition: str | None = None
    negated: bool = False
    status: str | None = None
    default_status: str | None = None
    made_tokens: list[Token] = field(default_factory=list)
    evidence_tokens: list[Token] = field(default_factory=list)
    document: Token | None = None  # the agreement noun of "signed the Jeddah Declaration"
    own_dates_only: bool = False  # made only by ``made_tokens``: a table row's other cells are no clause around it


# What a sentence copy needs for the patterns (ORTH and SPACY build it; LOWER comes with ORTH).
SENTENCE_ATTRS = [ORTH, SPACY, TAG, POS, LEMMA, DEP, HEAD]
_PARSE_COLUMNS = [SENTENCE_ATTRS.index(a) for a in (POS, DEP, HEAD)]


def _sentence_doc(vocab: Vocab, rows: numpy.ndarray) -> Doc:
    """A Doc of one sentence from its rows of ``Doc.to_array(SENTENCE_ATTRS)``.

    ``Span.as_doc`` does the same but also walks the whole Doc's entities on every
    call, which makes it linear in the Doc's length per sentence.
    """
    words = [vocab.strings[orth] for orth in rows[:, 0].tolist()]
    sub = Doc(vocab, words=words, spaces=rows[:, 1].astype(bool).tolist())
    sub.from_array(SENTENCE_ATTRS[2:], rows[:, 2:])
    return sub


class _GatedMatcher:
    """A DependencyMatcher of one pattern and the tokens a sentence needs for it to match."""

    COLUMNS = {"LEMMA": 0, "LOWER": 1}

    def __init__(self, vocab: Vocab, pattern: Pattern, required: list[TokenRequirement], shared: dict) -> None:
        self.matcher = DependencyMatcher(vocab)
        self.matcher.add(pattern.id, [pattern.spec])
        # Requirements as ids (``_requirement_ids``); patterns with the same requirement share one, so a
        # Doc is searched once per distinct one (``memo`` in ``sentences``).
        self.required = [shared.setdefault(r, _requirement_ids(vocab, r, self.COLUMNS[r.attr])) for r in required]

    def sentences(self, tokens: _DocTokens, count: int, memo: dict) -> Iterable[int]:
        """Numbers of the sentences holding a token for every requirement (all if there is none)."""
        found: set[int] | None = None
        for required in self.required:
            key = id(required)
            if key not in memo:
                memo[key] = tokens.sentences_with(*required)
            here = memo[key]
            found = set(here) if found is None else found & here
            if not found:
                return ()
        return range(count) if found is None else found


def _requirement_ids(vocab: Vocab, required: TokenRequirement, column: int) -> tuple:
    """``required`` with ids: (column, word ids, labels and parts of speech of the token, of its heads, of
    its children), each pair of label ids and part-of-speech ids."""

    def ids(dep: frozenset[str] | None, pos: frozenset[str] | None) -> tuple[frozenset[int] | None, frozenset[int] | None]:
        return (
            None if dep is None else frozenset(vocab.strings.add(d) for d in dep),
            None if pos is None else frozenset(POS_IDS.get(p, -1) for p in pos),
        )

    return (
        column,
        tuple(sorted(vocab.strings.add(w) for w in required.words)),
        ids(required.dep, required.pos),
        tuple(ids(*head) for head in required.heads),
        tuple(ids(*child) for child in required.children),
    )


class _DocTokens:
    """A Doc's tokens by word (its LEMMA and LOWER columns), with the labels, parts of speech, heads and
    children a requirement is checked against and the sentence each token is in."""

    def __init__(
        self, lemma_lower: numpy.ndarray, parse: numpy.ndarray, number: Sequence[int], words: Sequence[numpy.ndarray]
    ) -> None:
        """``words``: per column, the word ids any requirement names (only their tokens are indexed)."""
        self.index: dict[tuple[int, int], list[int]] = {}
        for column, wanted in enumerate(words):
            values = lemma_lower[:, column]
            for i in numpy.flatnonzero(numpy.isin(values, wanted)).tolist():
                self.index.setdefault((column, int(values[i])), []).append(i)
        self.pos, self.dep = parse[:, 0].tolist(), parse[:, 1].tolist()
        self._heads = numpy.arange(len(parse)) + parse[:, 2].astype("int64")
        self.head = self._heads.tolist()
        self.number = number

    def children(self, i: int) -> list[int]:
        return [c for c in numpy.flatnonzero(self._heads == i).tolist() if c != i]

    def _fits(self, i: int, dep: frozenset[int] | None, pos: frozenset[int] | None) -> bool:
        return (dep is None or self.dep[i] in dep) and (pos is None or self.pos[i] in pos)

    def sentences_with(self, column: int, words: tuple[int, ...], own: tuple, heads: tuple, children: tuple) -> set[int]:
        """Numbers of the sentences with a token that has one of ``words``, the labels and parts of speech
        ``own``, a head fitting each of ``heads`` and, for each of ``children``, a child fitting it."""
        found: set[int] = set()
        for word in words:
            for i in self.index.get((column, word), ()):
                if not self._fits(i, *own) or not all(self._fits(self.head[i], *head) for head in heads):
                    continue
                if all(any(self._fits(c, *child) for c in self.children(i)) for child in children):
                    found.add(self.number[i])
        return found


class CommitmentExtractor:
    """Callable ``Doc -> list[dict]`` of commitments; build once, call per Doc."""

    def __init__(
        self, vocab: Vocab, lexicon_dir: str | Path | None = None, verb_lemmas: frozenset[str] = frozenset()
    ) -> None:
        """``verb_lemmas``: the words English uses as verbs (the pipeline lemmatizer's verb index), to read a
        listed recommendation's first word as the imperative the tagger took for a name ("- Fund a second
        group")."""
        self.lexicon = CommitmentLexicon.load(lexicon_dir)
        self.verb_lemmas = verb_lemmas
        # dep_matcher holds every pattern at once (usable on any Doc); the component itself
        # runs the same patterns one by one on the sentences that can match them (_matches).
        self.dep_matcher, self.cue_matcher = self.lexicon.build_matchers(vocab)
        shared: dict = {}
        self.gated = [
            _GatedMatcher(vocab, pattern, self.lexicon.required_tokens(pattern), shared) for pattern in self.lexicon.patterns
        ]
        self.gate_words = [
            numpy.array(sorted({w for g in self.gated for r in g.required if r[0] == column for w in r[1]}), dtype="uint64")
            for column in _GatedMatcher.COLUMNS.values()
        ]
        # Match ids are string hashes; keep our own table so Docs from another Vocab still resolve.
        self.by_hash = {vocab.strings.add(p.id): p for p in self.lexicon.patterns}
        self.status_by_hash = {vocab.strings.add(status): status for status in self.lexicon.status_cues}
        self.walkaway_ids = numpy.array(
            sorted({
                vocab.strings.add(f(w))
                for w in self.lexicon.walkaway_verbs | self.lexicon.walkaway_refusals
                for f in (str.lower, str.capitalize, str.upper)
            }),
            dtype="uint64",
        )

    def __call__(self, doc: Doc) -> list[dict[str, Any]]:
        if not doc.has_annotation("DEP"):
            return []
        resolver = PartyResolver(doc, self.lexicon)
        resolver.mark_enacted_verbs()
        cues = StatusCues(doc, self.cue_matcher, self.lexicon, self.status_by_hash, resolver.sentences)
        timex = _TimexIndex(doc)
        drafts: list[Draft] = []
        by_sentence: dict[int, list[Trigger]] = {}
        lemma_lower = doc.to_array([LEMMA, LOWER])
        for trigger in self._triggers(doc, resolver.sentences, lemma_lower):
            by_sentence.setdefault(resolver.sentences.of(trigger.token).start, []).append(trigger)
        for start in sorted(by_sentence):
            if resolver.sentences.of(doc[start]).text.rstrip().endswith("?"):
                continue  # "Did China agree to anything?": a question asserts no commitment
            drafts.extend(self._sentence(by_sentence[start], resolver))
        drafts.extend(self._addressed_imperatives(resolver))
        drafts.extend(self._agreed_terms(resolver))
        drafts.extend(self._tracked_promises(resolver))
        drafts.extend(self._listed_commitments(resolver))
        drafts.extend(self._tabled_commitments(resolver))
        drafts.sort(key=lambda d: d.trigger.i)
        if _DENIED_CLAIM.search(doc_text(doc)):
            drafts = [d for d in drafts if not _denied_claim(d.trigger)]
        walkaways = self._walkaways(drafts, resolver, lemma_lower)
        cues.committing_sentences = {resolver.sentences.of(d.trigger).start for d in drafts}
        return [self._record(doc, n, d, cues, timex, walkaways) for n, d in enumerate(drafts, start=1)]

    def _agreed_terms(self, resolver: PartyResolver) -> list[Draft]:
        """The terms of a roadmap or action plan listed as nouns of action under a line that says who agreed
        them: after "Agreed by the delegations of Armenia and Azerbaijan in Almaty on 12 November 2025", each
        list item "- Release of all detainees held since 2020." is a term both agreed, made on that line's
        date. An item is a term when it opens with a noun of action that takes an "of" object ("Release of",
        "Opening of", "Signature of")."""
        drafts: list[Draft] = []
        if not _AGREED_LINE.search(doc_text(resolver.doc)):
            return drafts  # most documents have no such line: no sentence of theirs is looked at
        agreed: tuple[Parties, Span] | None = None
        for sentence in resolver.sentences.spans:
            words = [t for t in sentence if not t.is_space and not t.is_punct and not t.like_num]
            if len(words) < 3:
                continue
            if words[0].lower_ in _AGREED_BY and words[0].text[0].isupper() and words[1].lower_ in ("by", "between"):
                ids = [actor for t in sentence if (actor := resolver.actor_at(t))]
                agreed = (resolver.split(list(dict.fromkeys(ids))), sentence) if len(set(ids)) > 1 else None
                continue
            if agreed is None:
                continue
            first = next((t for t in sentence if not t.is_space), None)
            if first is None or first.text not in LIST_MARKERS:
                continue
            head = first.nbor(1) if first.i + 1 < len(resolver.doc) else None
            if head is None or head.tag_ not in ("NN", "NNP", "NNS") or not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in head.children
            ):
                continue
            parties, line = agreed
            tokens = _cut([t for t in head.subtree if t.i >= head.i and t.sent.start == sentence.start], head)
            draft = self._record_draft(tokens, _AGREED_TERM, "agreement", parties, lower_first=False)
            draft.made_tokens, draft.status = list(line), "made"
            drafts.append(draft)
        return drafts

    def _listed_commitments(self, resolver: PartyResolver) -> list[Draft]:
        """Commitments a list sets out item by item under an intro line that names them ("The pledges
        announced include:", ``listed_commitments`` in triggers.yaml): each item that opens with an actor and a
        colon ("- Germany: €200 million for 2026 and 2027.") is one commitment of that actor, its action the
        item's text after the colon; the list ends at the first line that is no such item."""
        doc, nouns = resolver.doc, self.lexicon.listed_nouns
        drafts: list[Draft] = []
        kind: str | None = None
        for start, line in _lines(doc_text(doc)):
            if not line.strip():
                continue
            if line.rstrip().endswith(":"):
                intro = doc.char_span(start, start + len(line.rstrip()), alignment_mode="expand")
                kind = next((nouns[t.lemma_.lower()] for t in intro or () if t.pos_ == "NOUN"
                             and t.lemma_.lower() in nouns), None)
                continue
            item = _OWNED_ITEM.match(line) if kind is not None else None
            if item is None:
                kind = None
                continue
            owner = doc.char_span(start + item.start("owner"), start + item.end("owner"), alignment_mode="expand")
            if owner is None or any(t.is_alpha and not t.is_stop and resolver.actor_at(t) is None for t in owner):
                continue  # the item opens with a topic, not with who ("Reducing Disease and Deaths, and ...:")
            ids = list(dict.fromkeys(actor for t in owner if (actor := resolver.actor_at(t))))
            value = doc.char_span(start + item.start("value"), start + item.end("value"), alignment_mode="expand")
            if not ids or value is None:
                continue
            tokens = [t for t in value if not t.is_space]
            if tokens and tokens[-1].text == ".":
                tokens.pop()
            draft = self._record_draft(tokens, _LISTED, kind, resolver.split(ids), lower_first=False)
            draft.evidence_tokens[:0] = [t for t in owner if not t.is_space]
            draft.status = "made"
            drafts.append(draft)
        return drafts

    def _record_draft(
        self, tokens: list[Token], pattern: Pattern, kind: str, parties: Parties, *, lower_first: bool = True
    ) -> Draft:
        """A commitment set out without a sentence, its action the words ``tokens`` of a record's field, a table
        cell or a list item ("Provide C$5.3 billion ..." read as "provide C$5.3 billion ..." when
        ``lower_first``), made unless the record says what became of it."""
        draft = self._draft(Trigger(tokens[0], pattern, {}), kind, parties, None, None, None)
        draft.action_head, draft.action = tokens[0], _phrase(tokens)
        if lower_first and draft.action[1:2].islower():
            draft.action = draft.action[:1].lower() + draft.action[1:]
        draft.scope = {t.i for t in tokens}
        draft.evidence_tokens.extend(tokens)
        draft.speaker, draft.default_status = _first(parties.ids), "made"
        return draft

    def _tabled_commitments(self, resolver: PartyResolver) -> list[Draft]:
        """The rows of a table of commitments, as implementation matrices set them out ("| Task | Responsible |
        Deadline | Status |", ``table_*`` under ``trackers`` in triggers.yaml): the column whose header names
        the commitments ("Task": the terms of an agreement) gives each row's action and kind, the "Responsible"
        column who made it, a "Status" column its status (the tracker's verdicts) and a "Made" column when."""
        doc, lexicon, text = resolver.doc, self.lexicon, doc_text(resolver.doc)
        if "|" not in text or not lexicon.table_kinds:
            return []  # most documents hold no table
        drafts: list[Draft] = []
        columns: dict[str, int] | None = None
        kind = "agreement"
        for start, line in _lines(text):
            cells = _table_cells(line, start)
            if cells is None:
                columns = None
                continue
            texts = [" ".join(text[a:b].split()).lower() for a, b in cells]
            if columns is None:
                task = next((n for n, t in enumerate(texts) if t in lexicon.table_kinds), None)
                who = next((n for n, t in enumerate(texts) if t in lexicon.table_who), None)
                if task is None or who is None:
                    continue
                kind = lexicon.table_kinds[texts[task]]
                columns = {"task": task, "who": who}
                columns |= {name: n for n, t in enumerate(texts) for name, labels in
                            (("status", lexicon.tracker_verdict_fields), ("made", lexicon.table_made)) if t in labels}
                continue
            if all(set(t) <= set("-: ") for t in texts) or max(columns.values()) >= len(cells):
                continue  # the row under the header: "|---|---|"
            task = doc.char_span(*cells[columns["task"]], alignment_mode="expand")
            who = doc.char_span(*cells[columns["who"]], alignment_mode="expand")
            ids = list(dict.fromkeys(actor for t in who or () if (actor := resolver.actor_at(t))))
            tokens = [t for t in task or () if not t.is_space]
            if not ids or not tokens:
                continue
            draft = self._record_draft(tokens, _TABLED, kind, resolver.split(ids))
            if "made" in columns:
                draft.made_tokens = list(doc.char_span(*cells[columns["made"]], alignment_mode="expand") or ())
            if "status" in columns:
                draft.status = lexicon.tracker_verdicts.get(texts[columns["status"]].rstrip("."))
            draft.own_dates_only = True  # the deadline cell dates the task's end, not when it was taken on
            drafts.append(draft)
        return drafts

    def _tracked_promises(self, resolver: PartyResolver) -> list[Draft]:
        """The records of a promise tracker (``trackers`` in triggers.yaml): a head line "Promise 1: Provide
        C$5.3 billion in climate finance ..." with field lines right under it, "Made: February 2024, by Foreign
        Affairs Minister Mélanie Joly" and "Verdict: Broken". The promise is the head line's text, made on the
        date of the "made" field by whom it names after "by" (else by the state the text names most), and its
        status is the verdict's. A head line with neither field is no record."""
        lexicon, doc, text = self.lexicon, resolver.doc, doc_text(resolver.doc)
        lines = list(_RECORD_LINE.finditer(text)) if lexicon.tracker_heads else []
        if not any(line.group("label").lower() in lexicon.tracker_heads for line in lines):
            return []  # most documents have no record: none of their sentences is looked at
        drafts: list[Draft] = []
        for n, head in enumerate(lines):
            kind = lexicon.tracker_heads.get(head.group("label").lower())
            if kind is None:
                continue
            fields: dict[str, re.Match[str]] = {}
            end = head.end()
            for line in lines[n + 1 :]:  # the field lines right under the head, up to the next head
                label = line.group("label").lower()
                if text[end : line.start()].strip() or label in lexicon.tracker_heads:
                    break
                fields.setdefault(label, line)
                end = line.end()
            made = next((line for label, line in fields.items() if label in lexicon.tracker_made_fields), None)
            verdict = next((line for label, line in fields.items() if label in lexicon.tracker_verdict_fields), None)
            promise = doc.char_span(head.start("value"), head.end("value"), alignment_mode="expand")
            if made is None and verdict is None or promise is None:
                continue
            ids: list[str] = []
            by = re.search(r"\bby\s+", made.group("value")) if made is not None else None
            if made is not None and by is not None:
                named = doc.char_span(made.start("value") + by.end(), made.end("value"), alignment_mode="expand")
                ids = [actor for t in named or () if (actor := resolver.actor_at(t))]
            parties = resolver.split(list(dict.fromkeys(ids)))
            if all(resolver.kind.get(party) in ("person", None) for party in parties.ids):
                # no one named, or a minister the text does not place: the tracked government's promise
                parties = resolver.split(parties.ids + [s for s in resolver.most_named_state() if s not in parties.ids])
            if not parties.ids:
                continue
            draft = self._record_draft([t for t in promise if not t.is_space], _TRACKED, kind, parties)
            if made is not None:
                draft.made_tokens = list(doc.char_span(made.start("value"), made.end("value"), alignment_mode="expand") or ())
            draft.status = lexicon.tracker_verdicts.get(verdict.group("value").rstrip(".!").lower()) if verdict else None
            drafts.append(draft)
        return drafts

    def _addressed_imperatives(self, resolver: PartyResolver) -> list[Draft]:
        """Recommendations listed under a line naming whom they address, as reports set them out:
        "To the AES governments:" then "1. Keep the free movement of persons ... in place, and refrain from
        imposing tariffs": each imperative item is the author's recommendation that the addressees act. The
        addressees hold until the next such line or a paragraph that is neither a list item nor an
        imperative."""
        drafts: list[Draft] = []
        addressees: Parties | None = None
        doc = resolver.doc
        for sentence in resolver.sentences.spans:
            line = sentence.text.rstrip()
            if addressees is None and not line.endswith(":"):
                continue  # most documents have no addressee line: no word of theirs is looked at
            words = [t for t in sentence if not t.is_space and not t.is_punct and not t.like_num]
            if not words:
                continue
            if words[0].lower_ == "to" and line.endswith(":") and len(words) <= 20:
                ids = [
                    actor for t in sentence if (actor := resolver.actor_at(t)) and not _owner_of_others(t, self.lexicon)
                ]
                addressees = resolver.split(list(dict.fromkeys(ids))) if ids else None
                continue
            if addressees is None:
                continue
            verb = words[0]
            listed = _after_list_marker(verb) and verb.is_title and verb.lower_ in self.verb_lemmas and (
                verb.tag_ not in ("DT", "PRP", "PRP$", "CD", "IN", "CC", "WDT", "WP", "EX")
            )  # "- Publish monthly data ...", tagged an adjective: a listed item's first word, a verb
            if listed and not (verb.i == sentence.root.i and _imperative(verb)):
                tokens = [t for t in sentence if t.i >= verb.i]  # misparsed: the item's words as written
                while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
                    tokens.pop()
                drafts.append(self._recommended(tokens, addressees))
                continue
            if not (verb.i == sentence.root.i and _imperative(verb)):
                opens_block = "\n\n" in doc_text(doc)[max(sentence.start_char - 3, 0) : sentence.start_char + 1]
                if opens_block and not sentence[0].like_num and sentence[0].text not in LIST_MARKERS | {"("}:
                    addressees = None
                continue
            # One item, one recommendation: "Resume the funding and channel it through the UN" is one act asked.
            tokens = _cut([t for t in _action_tokens(verb) if t.i >= verb.i], verb)
            drafts.append(self._recommended(tokens, addressees))
        return drafts

    def _recommended(self, tokens: list[Token], addressees: Parties) -> Draft:
        """The author's recommendation that ``addressees`` do what an item says, its ``tokens`` from its verb on."""
        draft = self._record_draft(tokens, _ADDRESSED, "recommendation", addressees, lower_first=False)
        draft.speaker, draft.status, draft.cameo = "AUTHOR", "proposed", None
        return draft

    def _walkaways(
        self, drafts: list[Draft], resolver: PartyResolver, lemma_lower: numpy.ndarray
    ) -> list[tuple[int, set[str]]]:
        """Clauses where a party walks away from a deal: ``(token index, parties)``, in text order.

        Only computed when the Doc has commitments; one pass over its verbs.
        """
        if not drafts:
            return []
        found = []
        for i in numpy.flatnonzero(numpy.isin(lemma_lower[:, 0], self.walkaway_ids)).tolist():
            token = resolver.doc[i]
            refused = None
            if token.lemma_.lower() in self.lexicon.walkaway_refusals:
                # "Moscow refuses to extend the deal": what is refused says which deal
                refused = next((c for c in token.children if c.dep_ == "xcomp"
                                and c.lemma_.lower() in self.lexicon.walkaway_refused_acts), None)
                if refused is None:
                    continue
            elif token.lemma_.lower() not in self.lexicon.walkaway_verbs:
                continue
            if token.pos_ != "VERB" or _negated(token):
                continue
            if any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children):
                continue  # "shall suspend", "could withdraw": not done
            objects = [c for c in (refused or token).children if c.dep_ == "dobj"]
            # "withdrew from", "reneged on", "pulled out of" (not "suspend kidnapping during the ceasefire")
            objects += [
                g for c in token.children if c.dep_ in ("prep", "prt") and c.lower_ in _WALKAWAY_PREPS
                for g in c.children if g.dep_ == "pobj"
            ]
            if not any(o.lemma_.lower() in self.lexicon.deal_nouns for o in objects):
                continue
            if any(c.dep_ == "acl" and c.i > o.i for o in objects for c in o.children) or any(
                d.trigger.i == o.i for d in drafts for o in objects
            ):
                continue  # "broke its promise to restore the agreement": that promise, told here, not one before
            parties, _ = resolver.subject(token)
            if parties.ids:
                found.append((token.i, set(parties.ids)))
        return found

    def _matches(
        self, doc: Doc, sentences: SentenceIndex, lemma_lower: numpy.ndarray | None = None
    ) -> Iterable[tuple[int, list[int]]]:
        """The DependencyMatcher's matches, each pattern run only on sentences that hold its words.

        Patterns relate tokens of one parse tree, so matching sentence by sentence finds
        what matching the whole Doc finds, in the same order for each trigger.  A pattern
        is only run on the sentences that contain every word it requires
        (``CommitmentLexicon.required_words``): most sentences need no pattern at all, and
        the matcher's cost grows with tokens times patterns.
        """
        if lemma_lower is None:
            lemma_lower = doc.to_array([LEMMA, LOWER])
        array = doc.to_array(SENTENCE_ATTRS)
        tokens = _DocTokens(lemma_lower, array[:, _PARSE_COLUMNS], sentences.number, self.gate_words)
        wanted: dict[int, list[_GatedMatcher]] = {}
        memo: dict = {}
        for gated in self.gated:
            for n in gated.sentences(tokens, len(sentences.spans), memo):
                wanted.setdefault(n, []).append(gated)
        if not wanted:
            return
        for n in sorted(wanted):
            sentence = sentences.spans[n]
            sub = _sentence_doc(doc.vocab, array[sentence.start : sentence.end])
            for gated in wanted[n]:
                for match_id, token_ids in gated.matcher(sub):
                    yield match_id, [sentence.start + i for i in token_ids]

    def _triggers(self, doc: Doc, sentences: SentenceIndex, lemma_lower: numpy.ndarray) -> list[Trigger]:
        found: dict[int, Trigger] = {}
        for match_id, token_ids in self._matches(doc, sentences, lemma_lower):
            pattern = self.by_hash[match_id]
            nodes = {name: doc[i] for name, i in zip(pattern.nodes, token_ids)}
            token = nodes["trigger"]
            current = found.get(token.i)
            if current is None or FRAMES.index(pattern.frame) < FRAMES.index(current.pattern.frame):
                if current is not None:
                    nodes = {**current.nodes, **nodes}
                    fallbacks = [*current.fallbacks, Trigger(token, current.pattern, current.nodes)]
                else:
                    fallbacks = []
                found[token.i] = Trigger(token, pattern, nodes, fallbacks)
            elif FRAMES.index(pattern.frame) == FRAMES.index(current.pattern.frame):
                current.nodes = {**nodes, **current.nodes}
            else:
                current.fallbacks.append(Trigger(token, pattern, nodes))
        for trigger in found.values():
            trigger.fallbacks.sort(key=lambda t: FRAMES.index(t.pattern.frame))
        return [found[i] for i in sorted(found)]

    def _sentence(self, triggers: list[Trigger], resolver: PartyResolver) -> list[Draft]:
        accepted: list[Draft] = []
        for trigger in sorted(triggers, key=lambda t: (_depth(t.token), t.token.i)):
            if _in_condition(trigger.token, self.lexicon.condition_marks):
                continue  # "If the parties agree to a truce, we are prepared to ...": what may happen, no commitment
            anchor = trigger.nodes.get("light", trigger.token)
            if any(
                (trigger.token.i in d.scope or anchor.i in d.scope)
                and not _own_clause(trigger.token, d.trigger, self.lexicon.condition_marks)
                for d in accepted
            ):
                continue
            draft = self._interpret(trigger, resolver)
            # "will invite members ... to help": no request, but an intent; unless a trigger below this one
            # reads the clause ("will reaffirm the commitment to ...": the commitment's own frame)
            nested = any(
                other.token.i != trigger.token.i and trigger.token.is_ancestor(other.token)
                and not _coordinated_clause(other.token, trigger.token) for other in triggers
            )
            for fallback in [] if nested else trigger.fallbacks:
                if draft is not None and draft.parties.ids and draft.action:
                    break
                draft = self._interpret(fallback, resolver)
            if draft is not None and draft.parties.ids and not draft.action and (
                listed := _listed_after_colon(draft, resolver)
            ):
                accepted.extend(listed)  # "the two leaders committed to:" and a bullet for each act
                continue
            if draft is not None and (not draft.action or _only_a_pronoun(draft, resolver.doc)):
                # "Will you commit to X?" "I commit to that."; "What I can commit to is raising X"
                draft.action = _asked_action(draft, resolver) or _cleft_action(draft) or ""
            if draft is None or not draft.parties.ids or not draft.action or _only_a_time(draft, resolver.doc) or (
                self._declined(draft)
            ):
                continue
            if draft.counterpart is None:
                draft.counterpart = _counterpart_in_scope(draft, resolver)
            if self._states_terms(draft, accepted):
                continue
            accepted.append(draft)
            accepted.extend(_listed_infinitives(draft))
            accepted.extend(self._absolute_with(draft, resolver))
        return sorted(accepted, key=lambda d: d.trigger.i)

    def _declined(self, draft: Draft) -> bool:
        """"I cannot commit to an audit today", "we do not promise a date", "Paris will not guarantee the
        loan": a commitment verb negated in the present or after a modal declines to make that commitment; a
        past one ("did not promise") is told of, and what a commitment rules out ("pledged not to strike")
        is still one."""
        verb = draft.trigger
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lexicon.declining_verbs or not _negated(verb):
            return False
        modal = any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ not in ("should", "must", "might", "may")
                    for c in verb.children)
        past = verb.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children)
        return modal or not past and verb.tag_ in ("VB", "VBP", "VBZ")

    @staticmethod
    def _states_terms(draft: Draft, accepted: list[Draft]) -> bool:
        """"both sides signed the Jeddah Declaration, in which they committed to protect civilians": the
        relative clause says what the signed document commits all its parties to, so it becomes that
        agreement's action rather than a second commitment. True when ``draft`` was folded into an accepted one."""
        clause = draft.trigger
        while clause.dep_ != "relcl" and clause.head.i != clause.i and clause.dep_ in ("xcomp", "conj", "aux"):
            clause = clause.head
        if clause.dep_ != "relcl":
            return False
        for signed in accepted:
            if signed.document is not None and clause.head.i == signed.document.i and (
                set(draft.parties.ids) == set(signed.parties.ids)
            ):  # one signatory's own part ("under which Belgrade agreed to ...") stays a commitment of its own
                signed.action, signed.action_head = draft.action, draft.action_head
                signed.scope |= draft.scope
                signed.evidence_tokens.extend(draft.evidence_tokens)
                return True
        return False

    def _interpret(self, trigger: Trigger, resolver: PartyResolver) -> Draft | None:
        frame = trigger.pattern.frame
        read = getattr(self, f"_frame_{frame}")
        draft: Draft | None = read(trigger, resolver)
        if draft is None:
            return None
        if draft.kind != "recommendation":
            self._recommended_by_means(draft, resolver)
        self._condition(draft)
        if trigger.pattern.kind:
            draft.cameo = draft.cameo or trigger.pattern.cameo
        if draft.parties.anaphoric:
            draft.confidence -= 0.15
        return draft

    def _restated_and_judged(self, trigger: Token) -> str | None:
        """The status a commitment noun restating the undertaking gives it through a clause of its own ("undertook
        to spend ..., a commitment it met in 2024": fulfilled; "..., a promise it broke": unfulfilled), or None."""
        acts = [trigger, *(c for c in trigger.children if c.dep_ == "xcomp")]  # "promised to open the border, a ..."
        for noun in (c for act in acts for c in act.children):
            if noun.dep_ not in ("npadvmod", "appos") or noun.lemma_.lower() not in self.lexicon.nominal:
                continue
            for verb in noun.children:
                sense = self.lexicon.light_verbs.get(verb.lemma_.lower()) if verb.dep_ == "relcl" else None
                if sense is not None and sense.role:
                    return _role_status(verb, sense.role)
        return None

    # -- frames -----------------------------------------------------------------------------

    def _frame_verbal(self, trigger: Trigger, resolver: PartyResolver) -> Draft | None:
        verb = trigger.token
        sense = self.lexicon.verbal.get(verb.lemma_.lower())
        kind = trigger.pattern.kind or (sense.kind if sense else None)
        if kind is None:
            return None
        objects = sense.objects if sense else True
        if sense is not None and (sense.money or sense.only_objects):
            # the sum (or the aid) is what is pledged, whatever it is for: "announced nearly $3.5 billion to
            # strengthen the grid", "is authorizing the seventy-first drawdown of U.S. military equipment"
            head, counterpart_token = _required_object(verb, sense, self.lexicon.money_objects), None
            if head is None:
                return None  # "announced that ...", "announced a plan worth $5 billion": no such object
        else:
            # what is demanded or proposed is wanted done ("propose that the Commission set up a unit")
            head, counterpart_token = _complement(
                verb, objects, trigger.nodes.get("marker"), mandative=kind == "demand" or bool(sense and sense.terms)
            )
        call = next((c for c in verb.children if c.dep_ == "dobj" and (
            (called := self.lexicon.nominal.get(c.lemma_.lower())) is not None and called.kind == "demand"
        )), None)
        if kind == "intent" and call is not None and head is not None and head.dep_ == "xcomp":
            # "The EU reiterates its call on Russia to withdraw": the call restated, a demand on Russia
            kind, counterpart_token = "demand", _prep_object(call, ("on", "upon")) or counterpart_token
        if sense is not None and sense.except_acts and (
            head is None or not _verbal(head) or head.lemma_.lower() in sense.except_acts
        ):
            return None  # "invited India to attend the summit": an invitation, not a request
        if sense is not None and sense.terms and head is not None and (
            counterpart_token is not None and resolver.named(counterpart_token, agentive=False)
            or head.lemma_.lower() in self.lexicon.documents
            or any(resolver.named(g, agentive=False) for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                   for g in c.children if g.dep_ == "pobj")
            # "proposed that the Commission invite Tajikistan": what another body should do
            or head.dep_ == "ccomp" and verb.dep_ not in ("amod", "acl", "compound") and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("it", "we", "i", "he", "she")
                for c in head.children)
        ):
            kind = sense.terms  # "proposed a three-month humanitarian truce": terms put to the warring parties
        clause_addressee: Token | None = None
        if sense is not None and sense.addressee:
            if counterpart_token is None and head is not None and head.dep_ == "ccomp":
                # "we expect Cairo to use its influence": the parser makes the addressee the clause's subject
                counterpart_token = clause_addressee = next((c for c in head.children if c.dep_ == "nsubj"), None)
            party = counterpart_token is not None and (
                resolver.resolve(counterpart_token).ids or counterpart_token.lemma_.lower() in self.lexicon.agent_nouns
            )  # "pressing the military to open a dialogue": a party, named or not
            if not party or head is None or not _verbal(head):
                return None  # "expects the economy to grow": no party is asked to act
        promised_thing = None
        if head is not None and verb.dep_ == "relcl" and head.dep_ == "dobj" and head.lower_ in _RECIPIENTS:
            head = None  # "every delivery date it promised us": the parser takes the recipient for the object
        done_as_agreed = head is None and _as_clause(verb)
        if done_as_agreed:
            head = verb.head  # "In 2023, it raised tariffs by 15 percent, as it had agreed with the IMF": the main clause
        passive_theme = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if head is None and passive_theme is not None and passive_theme.pos_ in ("NOUN", "PROPN"):
            # "A ceasefire was agreed by Israel and Hamas": the passive subject is what was agreed.
            promised_thing = passive_theme
        elif head is None and objects and verb.dep_ == "relcl" and (
            verb.head.pos_ == "NOUN" or verb.head.lower_ in _WHOLE_OF_IT
        ):
            # "the monitoring mission it promised in Pretoria": the noun is what was promised; so is
            # "everything" of "have disbursed everything they pledged then".
            promised_thing = verb.head
        elif (
            head is None and not _before_a_list(verb)
            or head is not None and head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in self.lexicon.expressive_objects
            or head is not None and head.dep_ == "dobj"
            and head.lemma_.lower() in self.lexicon.nominal
            and kind != "demand"  # "demanded guarantees that ...": what is demanded is the undertaking
            # "pledges its full support to the Finnish Chairpersonship": support pledged is a pledge (the noun's
            # own frame reads only support restated, "reaffirmed its support")
            and not (kind in ("pledge", "promise") and head.lemma_.lower() in self.lexicon.stance_nouns)
        ):
            # "reconfirmed their commitment to ...": the noun's own frame reads it;
            # "to offer his condolences", "agreed on the importance of" express a view, not an undertaking.
            return None
        if kind == "agreement" and _negated(verb) and any(c.dep_ == "aux" and c.lower_ in ("does", "do") for c in verb.children):
            return None  # "The Government does not accept this recommendation": declined now, nothing agreed or broken
        parties, subject = resolver.subject(verb)
        if (kind == "demand" or sense is not None and sense.kind == "demand") and subject is not None and (
            resolver.is_authorial(subject)
        ):  # "I recommend that the European Union expand its lanes": the author's call on the EU
            return self._authors_call(trigger, head, counterpart_token, resolver)
        draft = self._draft(trigger, kind, parties, head, sense, subject)
        terms_of = _relative_document(verb, self.lexicon.documents)
        if terms_of is not None and kind in ("pledge", "promise") and len(parties.ids) > 1:
            # "the Agreement ... of 1992, under which both Parties undertook to notify each other": a term the
            # parties of that agreement agreed on (whose violation the sentence may report)
            draft.kind, draft.document = "agreement", terms_of
        if resolver.defines_parties and (
            kind in ("pledge", "promise") and subject is not None and resolver.declared(subject)
            or kind in ("pledge", "promise", "intent") and any(c.dep_ == "aux" and c.lower_ == "shall" for c in verb.children)
        ):
            # "The Parties undertake to cooperate fully", "The Parties shall guarantee access": a term the
            # parties to the agreement agreed on, in force once signed ("The Participants intend to promote
            # cooperation" states an aim)
            draft.kind, draft.status = "agreement", "made"
        if clause_addressee is not None and head is not None:
            draft.action = _phrase(_cut([t for t in _action_tokens(head) if t.i >= head.i], head))
        if head is not None and head.lemma_ == "do" and any(c.lower_ == "so" for c in head.children) and (
            verb.dep_ == "advcl" and verb.head.pos_ == "VERB"
        ):
            # "has not established the Community, although it committed to do so": the act is the main clause's
            draft.action = _main_clause_phrase(verb.head)
        if not done_as_agreed and head is not None and head.lemma_ == "do" and _as_clause(verb) and not any(
            c.dep_ in ("dobj", "advmod") for c in head.children
        ):  # "has not notified the Committee, as it undertook to do in 2018": the main clause is the act
            done_as_agreed, head = True, verb.head
        if done_as_agreed and head is not None:
            draft.action = _main_clause_phrase(head)
            draft.scope |= {t.i for t in verb.subtree}
            draft.evidence_tokens = [t for t in verb.subtree if t.dep_ != "punct"]
            draft.made_tokens = list(verb.subtree)  # "as it had agreed ... in 2022": agreed then, done later
            # what the main clause reports done was done as agreed, and what it reports not done was not; one
            # it says will be done is still to come
            done = head.tag_ == "VBD" or head.tag_ == "VBN" and any(c.lemma_ == "have" for c in head.children)
            draft.status = "unfulfilled" if done and _negated(head) else "fulfilled" if done else None
        if promised_thing is not None:
            draft.status = realised_object(promised_thing, self.lexicon) if promised_thing.i == verb.head.i else None
            draft.action = _phrase(_noun_phrase(promised_thing))
            draft.action_head = promised_thing
            draft.evidence_tokens.extend(_noun_phrase(promised_thing))
            draft.evidence_tokens.extend(t for t in verb.subtree)
        if counterpart_token is not None:
            draft.counterpart = _first(resolver.named(counterpart_token, agentive=False))
        # "Allies reaffirm their commitments to provide support", the infinitive hung from the verb: one
        # undertaking, so the commitment noun the verb acts on is folded into it
        draft.scope |= {c.i for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in self.lexicon.nominal}
        draft.speaker = _first(parties.ids)
        draft.default_status = sense.status if sense else None
        if sense is not None and sense.terms and kind == sense.terms:
            draft.default_status = "proposed"  # terms put to others wait for their answer
        return draft

    def _authors_call(
        self, trigger: Trigger, head: Token | None, addressee: Token | None, resolver: PartyResolver
    ) -> Draft | None:
        """"We urge Washington to ...", "I recommend that the EU ...": the author recommends the addressee act."""
        target = addressee
        if target is None and head is not None and head.dep_ == "ccomp":
            target = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if target is None or not resolver.named(target):
            return None
        draft = self._draft(trigger, "recommendation", resolver.resolve(target), head, None, target)
        if head is not None and head.dep_ == "ccomp":
            kept = [t for t in _action_tokens(head) if t.i >= head.i]
            draft.action = _phrase(_cut(kept, head))
        draft.speaker, draft.status, draft.cameo = "AUTHOR", "proposed", None
        draft.evidence_tokens.append(target)
        return draft

    def _frame_adjectival(self, trigger: Trigger, resolver: PartyResolver) -> Draft | None:
        adjective = trigger.token
        if adjective.dep_ in ("amod", "compound"):
            return None
        sense = self.lexicon.adjectival.get(adjective.lemma_.lower(), TriggerSense("intent", "030", status="made"))
        head = trigger.nodes.get("content") or trigger.nodes.get("marker")
        verb = adjective.head if adjective.dep_ in ("acomp", "oprd", "xcomp") else adjective
        parties, subject = resolver.subject(verb)
        draft = self._draft(trigger, sense.kind, parties, head, sense, subject)
        draft.governor = verb
        draft.status = sense.status
        draft.speaker = _first(parties.ids)
        return draft

    def _frame_nominal(self, trigger: Trigger, resolver: PartyResolver) -> Draft | None:
        noun = trigger.token
        sense = self.lexicon.nominal[noun.lemma_.lower()]
        light = trigger.nodes.get("light")
        if light is None and noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in self.lexicon.light_verbs and not any(
            c.dep_ == "dobj" for c in noun.head.head.children
        ):  # "delivered on its pledge"; not "delivered its Order on the request"
            light = noun.head.head
        if light is not None and noun.dep_ not in ("dobj", "nsubjpass", "pobj", "attr"):
            light = None
        content = _best_content(noun) if trigger.nodes.get("content") is not None else None
        if content is None and light is None:
            return None
        light_sense = self.lexicon.light_verbs.get(light.lemma_.lower()) if light is not None else None
        if content is None and light_sense is not None and light_sense.role and any(
            c.dep_ == "det" and c.lower_ in ("that", "this", "these", "those") for c in noun.children
        ):
            return None  # "Washington has since broken that pledge": the fate of one told before, no new one
        if light is not None and not (light_sense and light_sense.role) and not any(
            c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "no") for c in noun.children
        ) and (_negated(light) or any(c.lower_ == "no" for c in noun.children)):
            return None  # "did not announce a pledge this year", "has made no commitment to hand over the plant"
        # re-stating a commitment expresses intent; re-stating a call is still a demand ("reiterates its call on
        # Russia to withdraw")
        kind = light_sense.kind if light_sense and light_sense.kind and sense.kind != "demand" else sense.kind
        owner = possessor(noun)
        of_phrase = _prep_object(noun, ("of",))
        if content is not None and content.lower_ != "of" and of_phrase is not None and resolver.named(of_phrase):
            # "the commitment of the United States to Ukraine's sovereignty": "of" names who committed.
            owner = owner or of_phrase
        parties, subject = Parties([], []), None
        if owner is not None:
            named = resolver.named(owner)
            if named:
                parties, subject = resolver.resolve(owner), owner
        if not parties.ids and light is not None:
            parties, subject = resolver.subject(light)
        if not parties.ids and owner is not None:
            parties, subject = resolver.resolve(owner), owner
        if not parties.ids:
            # "a request by Armenia", "the request for provisional measures submitted by Armenia": who made it
            participle = next((t for t in noun.subtree if t.dep_ == "acl" and t.tag_ == "VBN"), None)
            agent = _prep_object(noun, ("by", "from")) or (
                _prep_object(participle, ("by",)) if participle is not None else None
            )
            if agent is not None:
                parties, subject = resolver.resolve(agent), agent
        head = _content_head(content) if content is not None else None
        if head is None and light is not None and not any(c.dep_ == "prep" for c in noun.children):
            # "reaffirmed the commitment made in the Argyle Declaration of December 14, 2023, not to threaten or use
            # force": the parser hangs the infinitive after the noun's own phrase on the verb (not "support for the
            # Dialogue to reach an agreement": the support's object is the Dialogue)
            head = next((c for c in light.children if c.dep_ in ("dep", "advcl", "xcomp") and c.i > noun.i
                         and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if head is None:
            draft = self._draft(trigger, kind, parties, None, sense, subject)
            draft.action = _phrase(_noun_phrase(noun))
            draft.scope = {t.i for t in noun.subtree}
        else:
            draft = self._draft(trigger, kind, parties, head, sense, subject)
            draft.scope |= {t.i for t in noun.subtree}
        draft.governor = light or noun
        draft.made_tokens = [t for t in noun.subtree if t.i < noun.i] + [
            t for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ("make", "give")
            for t in c.subtree
        ]  # "the commitment of Egypt, made in August 2025, to deploy": when it was made
        if light is not None:
            draft.negated = draft.negated or _negated(light)
            draft.evidence_tokens.append(light)
            if light_sense and light_sense.role:
                draft.status = _role_status(light, light_sense.role)
            elif light_sense and light_sense.kind == "intent":
                # "spoke ... to reaffirm the commitment": re-stating happens as it is said.
                draft.status = "made"
        if sense.kind == "demand" and head is not None:
            target = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None) or _prep_object(
                noun, ("on", "upon")
            )  # "its demand that Russia withdraw", "its call on Russia to withdraw"
            if target is not None:
                draft.counterpart = _first(resolver.named(target, agentive=False))
        draft.speaker = _first(parties.ids)
        return draft

    def _frame_document(self, trigger: Trigger, resolver: PartyResolver) -> Draft | None:
        verb, document = trigger.token, trigger.nodes["content"]
        if verb.dep_ == "xcomp" and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
            # "aiming to finalize a deal": nobody has committed to anything yet.
            return None
        lemma = verb.lemma_.lower()
        sense = self.lexicon.agreement_verbs.get(lemma) or self.lexicon.verbal.get(lemma)  # "signed" / "agreed"
        parties, subject = resolver.subject(verb)
        # a truce one side declares is its own pledge ("announces a unilateral humanitarian ceasefire")
        draft = self._draft(trigger, trigger.pattern.kind or "agreement", parties, None, sense, subject)
        draft.action = _phrase(_noun_phrase(document))
        draft.document = document
        draft.made_tokens = [t for t in document.subtree if t.i < document.i]
        draft.scope = {t.i for t in document.subtree} | {verb.i}
        draft.evidence_tokens.extend(document.subtree)
        terms = _terms_clause(verb, document)
        if terms is not None:  # "signed an agreement in January 2024 to set up a joint task group"
            said = _cut([t for t in _action_tokens(terms) if t.i >= terms.i], terms)
            draft.action = _phrase(said)
            draft.action_head = terms
            draft.scope |= {t.i for t in said}
        partner = _prep_object(verb, ("with",)) or _prep_object(document, ("with",))
        if partner is not None:
            draft.counterpart = _first(resolver.named(partner, agentive=False))
        draft.speaker = _first(parties.ids)
        if _irrealis(verb):
            draft.status = "proposed"
        return draft

    def _frame_brokered(self, trigger: Trigger, resolver: PartyResolver) -> Draft | None:
        verb, document = trigger.token, trigger.nodes["content"]
        sense = self.lexicon.agreement_verbs[verb.lemma_.lower()]
        broker = next((c for c in verb.children if c.dep_ in ("npadvmod", "compound", "nmod", "nsubj")), None)
        broker = broker or _prep_object(verb, ("by",)) or next(
            (g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None
        )
        if broker is None:
            return None
        parties = resolver.resolve(broker, allow_anaphora=False)
        draft = self._draft(trigger, "agreement", parties, None, sense, broker)
        words = [t for t in _noun_phrase(document) if not (verb.left_edge.i <= t.i <= verb.right_edge.i)]
        draft.action = f"{verb.lemma_} {_phrase(words)}".strip()
        draft.scope = {t.i for t in document.subtree}
        draft.evidence_tokens.extend(document.subtree)
        draft.status = "made"
        return draft

    def _frame_security(self, trigger: Trigger, resolver: PartyResolver) -> Draft | None:
        noun = trigger.token
        owner = possessor(noun)
        if owner is not None:
            parties, subject = resolver.resolve(owner), owner
        elif noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
            parties, subject = resolver.subject(noun.head)
        else:
            return None
        draft = self._draft(trigger, "pledge", parties, None, None, subject)
        draft.action = _phrase(_noun_phrase(noun))
        draft.scope = {t.i for t in noun.subtree}
        draft.governor = noun.head
        draft.evidence_tokens.extend([noun.head, *noun.subtree])
        return draft

    def _frame_only(self, trigger: Trigger, resolver: PartyResolver) -> Draft | None:
        verb = trigger.token
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        named = resolver.named(subject) if subject is not None else []
        if named:
            parties, holder = resolver.resolve(subject), subject
        elif verb.dep_ != "ROOT":
            parties, holder = resolver.subject(verb.head)
        else:
            return None
        condition = next((c for c in verb.children if c.dep_ == "dobj"), None) or _prep_object(
            verb, ("after", "on", "upon", "with")
        )
        if condition is None:
            return None
        draft = self._draft(trigger, "conditional", parties, None, None, holder)
        action_tokens = list(subject.subtree) if subject is not None and not named else list(verb.subtree)
        draft.action = _phrase(action_tokens)
        draft.condition = _phrase(condition.subtree)
        draft.scope = {t.i for t in verb.subtree}
        draft.evidence_tokens.extend(verb.subtree)
        draft.speaker = _first(parties.ids)
        return draft

    def _frame_recommendation(self, trigger: Trigger, resolver: PartyResolver) -> Draft | None:
        verb, modal, subject = trigger.token, trigger.nodes["modal"], trigger.nodes["subject"]
        if modal.pos_ in ("VERB", "AUX") and modal.dep_ != "aux" and (
            _negated(modal) or modal.tag_ in ("VBD", "VBN") or any(c.lower_ == "yet" for c in modal.children)
        ):
            # "Turkey did not need to ...", "Baku had to accept": a report, not a recommendation; nor is
            # "Egypt has yet to deploy them" (it has not).
            return None
        if verb.lemma_.lower() in NON_ACTIONS or modal.i < subject.i or resolver.sentences.of(verb).text.rstrip().endswith("?"):
            return None
        named = resolver.named(subject) or resolver.antecedent_in_sentence(subject)
        if not named:
            named = resolver.speaking_government(subject)  # "The Government should appoint ..." in its response
        if not named and resolver.is_group_anaphor(subject):
            # "the three governments should commit to ...": a named group, not a vague "it".
            named = resolver.resolve(subject).ids
        if not named:
            return None
        parties = resolver.resolve(subject)
        head_tokens = [t for t in verb.subtree if t.i >= verb.i]
        draft = Draft(
            trigger=verb,
            kind="recommendation",
            parties=parties,
            action_head=verb,
            action=_phrase(_cut(head_tokens, verb)),
            scope={t.i for t in verb.subtree},
            confidence=trigger.pattern.confidence,
            governor=verb,
            subject=subject,
            speaker="AUTHOR",
            status="proposed",
            negated=_negated(verb),
        )
        draft.evidence_tokens.extend([subject, *_cut(head_tokens, verb)])
        reporter = _reporting_ancestor(verb, self.lexicon)
        turn = resolver.turn_of(verb) if reporter is None else None
        if reporter is not None or turn and not set(turn) & set(parties.ids):
            # "Paris said Moscow must withdraw": the reported speaker demands it; so does whoever speaks the
            # turn of a transcript or interview ("A: Israel must allow far more aid trucks into Gaza.")
            speaker = resolver.subject(reporter)[0] if reporter is not None else resolver.split(list(turn or ()))
            if not speaker.ids:
                return None
            draft.kind, draft.status = "demand", None
            draft.counterpart = _first(parties.ids)
            draft.parties = speaker
            draft.speaker = _first(speaker.ids)
        return draft

    def _frame_to_do(self, trigger: Trigger, resolver: PartyResolver) -> Draft | None:
        """"The Uzbek side to begin the daily exchange of flow data by 1 March 2025": a line naming a party and
        what it is to do, with no finite verb; an agreed action under a list label such as "Decisions:"
        (``decision_labels``), else an announced intent ("Germany to send more tanks to Ukraine")."""
        verb, subject = trigger.token, trigger.nodes["subject"]
        sentence = resolver.sentences.of(verb)
        if subject.i > verb.i or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sentence):
            return None
        if any(t.i < subject.i and t.dep_ not in ("det", "compound", "amod", "punct", "poss") and not t.is_space
               for t in subject.subtree) or verb.lemma_.lower() in NON_ACTIONS:
            return None
        if not resolver.named(subject):
            return None
        kept = [t for t in verb.subtree if t.i >= verb.i]
        tokens = _cut(kept, verb)
        draft = Draft(
            trigger=verb,
            kind="agreement" if self._under_decisions(sentence) else "intent",
            parties=resolver.resolve(subject),
            action_head=verb,
            action=_phrase(tokens),
            scope={t.i for t in kept},
            confidence=trigger.pattern.confidence,
            cameo=trigger.pattern.cameo,
            governor=verb,
            subject=subject,
            negated=_negated(verb),
            evidence_tokens=[subject, *tokens],
        )
        draft.speaker = _first(draft.parties.ids)
        draft.status = "made"
        return draft

    def _under_decisions(self, sentence: Span) -> bool:
        """Whether ``sentence`` is an item of a list whose label line is one of ``decision_labels``."""
        text = doc_text(sentence.doc)
        start = text.rfind("\n", 0, sentence.start_char) + 1
        while start > 0:
            previous = text.rfind("\n", 0, start - 1) + 1
            line = text[previous : start - 1].strip()
            if not line:
                return False
            if not line.startswith(tuple(LIST_MARKERS)):
                return line.rstrip(":").strip().lower() in self.lexicon.decision_labels
            start = previous
        return False

    def _frame_future(self, trigger: Trigger, resolver: PartyResolver) -> Draft | None:
        verb = trigger.token
        if verb.lemma_.lower() == "stand" and any(c.lower_ == "by" and c.dep_ in ("prt", "advmod", "prep") for c in verb.children):
            return None  # "Our two countries will not stand by": a stance, no undertaking
        if verb.lemma_.lower() in NON_ACTIONS or any(c.lemma_.lower() in self.lexicon.hedges for c in verb.children):
            return None
        if verb.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children):
            return None  # "has not said whether it will do so": an open question, no intent
        modal = trigger.nodes.get("modal")
        obligation = modal is not None and modal.lower_ == "shall"
        if (
            not obligation
            and code_event(verb.lemma_, pos="VERB")[0] in self.lexicon.threat_types
            and not _moves_money(verb, self.lexicon)
        ):
            # "would mobilise 12 billion euros" commits funds; "would mobilise troops" is a threat; what a party
            # "shall" do is an obligation ("the ELN shall suspend kidnapping").
            return None
        if verb.lemma_.lower() in self.lexicon.schedule_verbs and not (verb.lemma_.lower() == "meet" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.lexicon.goal_objects for c in verb.children
        )) or verb.lemma_.lower() in self.lexicon.speech_verbs and any(
            t.lemma_.lower() in self.lexicon.speech_objects for c in verb.children if c.dep_ == "dobj" for t in c.subtree
        ):
            return None  # "will travel to Indiana", "will deliver remarks": an itinerary
        light = self.lexicon.light_verbs.get(verb.lemma_.lower())
        if light is not None and not light.role and not light.kind and _negated(verb) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.lexicon.nominal for c in verb.children
        ):
            return None  # "will not make promises we cannot keep": the noun's own frame, which finds none made
            # ("will provide support" and "will implement commitments" are intents of their own)
        if verb.lemma_.lower() in _ASPECTUAL and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in self.lexicon.verbal for c in verb.children
        ):
            return None  # "will keep pressing the military to open a dialogue": the demand's own frame reads it
        borrowed = trigger.nodes.get("subject")
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        if borrowed is not None and borrowed.head.i != verb.i and own_subject:
            return None  # "... number close to 300,000, and they will continue to fight": a subject of its own
        if "subject" in trigger.nodes and trigger.nodes["subject"].lower_ != "we":
            # A plain "X will ..." counts only when X is named: "this will push ..." is a forecast; so are the
            # parties an agreement or declaration named collectively ("hereinafter "the Parties"").
            named = trigger.nodes["subject"]
            own = (
                any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in named.children)
                or named.lower_ in ("he", "she")  # "President Prabowo has said he will visit Washington"
                or named.lower_ == "i" and not resolver.is_authorial(named)  # a speaker's "I will appoint ..."
                or bool(resolver.voice_government(named))  # "an Alliance government will ..." in its programme
                or "undertaking" in trigger.nodes  # "They have agreed to ..., and will clear ...": a second undertaking
                or bool(resolver.speaking_government(named))  # "The Government will introduce legislation"
                or resolver.is_group_anaphor(named)  # "The three countries stand ready ... and will host a workshop"
                or named.lower_ == "it" and _continues_subject(named, resolver)  # "My Government will ... It will ..."
            ) and resolver.resolve(named).ids
            if not resolver.named(named) and not resolver.declared(named) and not own:
                return None  # ("our navy will continue to patrol" in a minister's answer is Indonesia's)
            if resolver.estimative and not own and trigger.nodes.get("reporter") is None and not (
                set(resolver.resolve(named).ids) & set(resolver.voice)
            ):
                return None  # an assessment's "Kim Jong Un will continue to expand ...": its authors' forecast
        parties, subject = resolver.subject(verb)
        # What the parties to an agreement "shall" do, they agreed to do; so what its defined parties together
        # "will" do ("The Participants will establish a Joint Working Group").
        collective = subject is not None and bool(resolver.declared(subject))
        kind = "agreement" if resolver.defines_parties and (obligation or collective) else "intent"
        if _under_document(verb, self.lexicon.documents):
            kind = "agreement"  # "Under the agreement, Uzbekistan will provide the land": a term of that agreement
        draft = self._draft(trigger, kind, parties, None, None, subject)
        kept = [t for t in _action_tokens(verb) if t.i >= verb.i]
        tokens = _cut(kept, verb)
        draft.action_head = verb
        draft.action = _phrase(tokens)
        draft.scope = {t.i for t in kept}
        draft.evidence_tokens.extend(tokens)
        reporter = trigger.nodes.get("reporter")
        speaker = parties
        if reporter is not None and reporter.pos_ == "NOUN":  # "Australia's announcement that it will ..."
            owner = possessor(reporter)
            speaker = resolver.resolve(owner) if owner is not None else parties
        elif reporter is not None:
            speaker = resolver.subject(reporter)[0]
        draft.speaker = _first(speaker.ids)
        draft.status = "made"
        orderer = _ordering_head(verb, self.lexicon) if obligation else None
        if orderer is not None:
            ordering = resolver.subject(orderer)[0]
            if ordering.ids:
                # "the Court indicates that Azerbaijan shall take all measures": the Court's demand on Azerbaijan
                draft.kind = "demand"
                draft.counterpart = next((i for i in parties.ids if i not in ordering.ids), None)
                draft.parties = ordering
                draft.speaker = _first(ordering.ids)
        return draft

    # -- shared steps -----------------------------------------------------------------------

    def _draft(
        self,
        trigger: Trigger,
        kind: str,
        parties: Parties,
        head: Token | None,
        sense: TriggerSense | None,
        subject: Token | None,
    ) -> Draft:
        scope: set[int] = set()
        action = ""
        tokens: list[Token] = []
        if head is not None:
            kept = _action_tokens(head)
            tokens = _cut(kept, head)
            action = _phrase(tokens)
            scope = {t.i for t in kept} | {head.i}
        governor = trigger.token
        return Draft(
            trigger=trigger.token,
            kind=kind,
            parties=parties,
            action_head=head,
            action=action,
            scope=scope,
            confidence=trigger.pattern.confidence,
            cameo=sense.cameo if sense and sense.cameo else None,
            governor=governor,
            subject=subject,
            negated=_negated(governor) or (subject is not None and _negated_subject(subject)),
            evidence_tokens=[trigger.token, *tokens],
        )

    def _recommended_by_means(self, draft: Draft, resolver: PartyResolver) -> None:
        """"By honoring the commitments ..., they can shift ...": the means clause is recommended."""
        governor = draft.governor or draft.trigger
        if governor.dep_ != "pcomp" or governor.head.lower_ != "by":
            return
        main = governor.head.head
        if not any(c.dep_ == "aux" and c.lower_ in self.lexicon.means_modals for c in main.children):
            return
        parties, subject = resolver.subject(main)
        if not parties.ids:
            return
        draft.kind, draft.status, draft.speaker, draft.cameo = "recommendation", "proposed", "AUTHOR", None
        draft.parties, draft.subject = parties, subject
        draft.action = _phrase(_cut([t for t in governor.subtree], governor))
        draft.scope |= {t.i for t in governor.subtree}
        draft.evidence_tokens.extend(governor.subtree)

    def _condition(self, draft: Draft) -> None:
        """A commitment with an "if/unless/only after" clause is conditional on it."""
        trigger = draft.trigger
        # "If ..., Washington ought to extend ...": the clause hangs from "ought", the head of the verb
        modal_head = trigger.head if trigger.dep_ == "xcomp" and trigger.head.tag_ == "MD" else None
        verbs = [v for v in (draft.action_head, draft.governor, trigger, modal_head) if v is not None]
        # "would not extend the ceasefire when it expires on Saturday unless ...": the parser hangs the condition
        # on the clause that times the act
        verbs += [c for v in verbs[:1] for c in v.children if c.dep_ == "advcl" and any(
            m.dep_ in ("mark", "advmod") and m.lower_ in _TIMING_MARKS for m in c.children)]
        for verb in verbs:
            for child in verb.children:
                if child.dep_ == "prep" and child.lower_ in self.lexicon.condition_marks:
                    # "will phase out coal ..., provided that partners honour the JETP": the parser makes
                    # "provided" a preposition over the clause
                    clause = next((c for c in child.children if c.dep_ in ("pcomp", "ccomp")), None)
                    if clause is not None:
                        _set_condition(draft, clause, set())
                        return
                if child.dep_ != "advcl":
                    continue
                marks = [m for m in child.children if m.dep_ == "mark"]
                inverted = child.left_edge.lower_ in ("should", "had", "were") and child.left_edge.dep_ in ("aux", "auxpass")
                edge = child.left_edge.i
                only = any(t.lower_ == "only" for t in child.subtree if t.i < child.i) or (
                    edge > 0 and verb.doc[edge - 1].lower_ == "only"
                )
                if any(m.lower_ == "until" for m in marks) and not draft.negated and not _negated(verb):
                    continue  # "will continue to lead the mission until a successor force is in place": how long, not
                    # on what terms ("will not open the border until ..." is a condition)
                if inverted or any(m.lower_ in self.lexicon.condition_marks for m in marks) or (
                    only and any(m.lower_ in self.lexicon.only_marks for m in marks)
                ):
                    head = draft.action_head
                    own = set() if draft.kind == "demand" or head is None else {  # "said Israel would not end ...": Israel acts
                        t.i for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i for t in c.subtree
                    }
                    _set_condition(draft, child, own)
                    return
        self._condition_phrase(draft)

    def _condition_phrase(self, draft: Draft) -> None:
        """A condition stated by a phrase on the commitment's verb or its object: "will provide an additional
        $200 million ..., subject to congressional approval" (``conditional_markers.heads``)."""
        heads = self.lexicon.condition_heads
        for verb in (draft.action_head, draft.trigger):
            if verb is None:
                continue
            for child in verb.children:
                preps = heads.get(child.lower_)
                if preps is None or child.dep_ not in ("amod", "advmod", "acomp", "advcl", "npadvmod", "dep", "prep", "oprd"):
                    continue
                if not any(g.dep_ == "prep" and g.lower_ in preps for g in child.children):
                    continue
                head = draft.action_head
                # the phrase goes, and so do the adverbs before the verb ("Second, the United States will ...")
                lead = set() if head is None else {
                    t.i for c in head.children if c.i < head.i and c.dep_ in ("advmod", "punct") for t in c.subtree
                }
                _set_condition(draft, child, lead)
                return

    def _absolute_with(self, draft: Draft, resolver: PartyResolver) -> Iterable[Draft]:
        """"they agreed to X, with Armenia also supporting Y": a second party's part of the deal."""
        if draft.kind not in ("agreement", "pledge", "promise"):
            return []
        extra = []
        for prep in draft.trigger.children:
            if prep.dep_ != "prep" or prep.lower_ != "with":
                continue
            for verb in prep.children:
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if verb.pos_ != "VERB" or subject is None:
                    continue
                parties = resolver.resolve(subject, allow_anaphora=False)
                if not parties.ids:
                    continue
                tokens = _cut([t for t in verb.subtree if t.i >= verb.i], verb)
                extra.append(
                    Draft(
                        trigger=verb,
                        kind=draft.kind,
                        parties=parties,
                        action_head=verb,
                        action=_phrase(tokens),
                        scope={t.i for t in verb.subtree},
                        confidence=draft.confidence - 0.1,
                        cameo=draft.cameo,
                        governor=draft.trigger,
                        subject=subject,
                        speaker=_first(parties.ids),
                        status=draft.status,
                        evidence_tokens=[subject, *tokens],
                    )
                )
        return extra

    def _record(
        self,
        doc: Doc,
        number: int,
        draft: Draft,
        cues: StatusCues,
        timex: _TimexIndex,
        walkaways: list[tuple[int, set[str]]],
    ) -> dict[str, Any]:
        sentence = cues.sentences.of(draft.trigger)
        evidence = [t for t in draft.evidence_tokens if sentence.start <= t.i < sentence.end]
        if not evidence and draft.evidence_tokens:
            evidence = list(draft.evidence_tokens)  # an item of a list under "committed to:": the item itself
        elif draft.subject is not None and sentence.start <= draft.subject.i < sentence.end:
            evidence.extend(draft.subject.subtree if draft.subject.dep_ != "poss" else [draft.subject])
        start = min(t.idx for t in evidence)
        end = max(t.idx + len(t.text) for t in evidence)
        status = draft.status
        if status is None and draft.kind != "demand" and (judged := self._restated_and_judged(draft.trigger)):
            status = judged  # "undertook to spend two percent ..., a commitment it met for the first time in 2024"
        if status is None and draft.negated and _announced(draft.governor or draft.trigger):
            # "the United States will not accept unfair trade practices": a refusal stated, no deal broken
            status = "made"
            draft.kind = "intent" if draft.kind == "agreement" else draft.kind
        if status is None and draft.negated:
            status = "unfulfilled"
        if status is None and draft.kind != "demand" and _broken_in_sentence(draft):
            status = "unfulfilled"
        if status is None and draft.kind != "demand":
            status = _repeated_action_status(draft, cues)
        if status in (None, "made") and draft.kind in ("agreement", "pledge", "promise", "intent", "conditional"):
            # "Russia and Ukraine signed a deal ... in July 2023 it withdrew from the initiative."
            if any(i > draft.trigger.i and parties & set(draft.parties.ids) for i, parties in walkaways):
                status = "unfulfilled"
        if status is None or status == "made" and draft.kind in FORWARD_LOOKING:
            # A fresh "said it would finance ..." is made until a later sentence says what became of it.
            status = cues.status(sentence, draft.kind, draft.scope) or status
        if status is None:
            status = draft.default_status or ("proposed" if _irrealis(draft.governor or draft.trigger) else "made")
        if status in ("unfulfilled", "stalled") and _on_denied_line(draft.trigger):
            status = "made"  # "MYTH: The $5 billion that Canada promised in 2024 never arrived": the breach is the myth
        if status == "made" and draft.kind != "demand" and any(
            c.dep_ == "advmod" and c.lower_ in self.lexicon.uncertain_reports for c in draft.trigger.children
        ):
            status = "unknown"  # "Moscow has probably agreed to share ...": the undertaking itself is uncertain
        if status == "made" and draft.kind == "conditional" and not _undertaken_before(draft.trigger):
            # "would submit a statute only if Serbia recognises ...": an offer on terms the text does
            # not say were met waits for the other side. (A promise told as made, "each side promised to provide
            # military assistance if the other is attacked", stands, whatever becomes of its condition.)
            status = "proposed"
        if draft.kind == "recommendation" and (draft.speaker == "AUTHOR" or draft.cameo is None):
            plover, cameo = None, None  # an author's advice is no event; a state's proposal is
        else:
            cameo = draft.cameo
            plover, coded = code_event(draft.trigger.lemma_, kind=draft.kind, pos=draft.trigger.pos_)
            if cameo is None or draft.kind in ("demand",) and not cameo.startswith("10"):
                cameo = coded
            if draft.negated and draft.kind != "demand":
                # CAMEO codes a declined undertaking ("said he would not provide support") as 12x REJECT.
                cameo = "120"
            plover = plover_type(cameo)
        governor = draft.governor or draft.trigger
        made = timex.date_in(draft.made_tokens) or (
            None if draft.own_dates_only else timex.date_in(_local_tokens(governor, draft.scope), deadlines=False)
        )
        if made is None and governor.dep_ == "relcl":
            # "In October 2023 they signed the Barbados Agreement, in which Caracas committed to ...":
            # the commitment was made when the clause it is told in happened
            outer = next((t for t in governor.ancestors if t.pos_ in ("VERB", "AUX")), None)
            if outer is not None:
                made = timex.date_in(_local_tokens(outer, draft.scope | {t.i for t in governor.subtree}))
        deadline = timex.deadline_in(draft.scope)
        head = draft.action_head
        if deadline is None and head is not None and head.head.i == draft.trigger.i and (
            head.pos_ in ("NOUN", "PROPN") or head.dep_ == "dobj"
        ):
            # "promised a vote by March 2024": the parser hangs the deadline of a promised thing on the promise
            deadline = timex.deadline_in({t.i for c in draft.trigger.children if c.dep_ == "prep" and (
                c.lower_ in DEADLINE_PREPS) for t in c.subtree})
        actor, *co_actors = draft.parties.ids
        return {
            "id": f"c{number}",
            "actor": actor,
            "counterpart": draft.counterpart if draft.counterpart not in draft.parties.ids else None,
            "co_actors": co_actors,
            "agents": draft.parties.people,
            "speaker": draft.speaker or actor,
            "action": draft.action,
            "kind": draft.kind,
            "trigger": draft.trigger.text,
            "made": made,
            "deadline": deadline,
            "condition": draft.condition,
            "negated": draft.negated,
            "status": status,
            "plover": plover,
            "cameo": cameo,
            "evidence": {"start": start, "end": end, "text": doc_text(doc)[start:end]},
            "confidence": round(max(0.05, min(0.95, draft.confidence)), 2),
        }


class _TimexIndex:
    """Token → TIMEX3 value, from the timex component's spans."""

    def __init__(self, doc: Doc) -> None:
        timexes = (doc._.timexes if doc.has_extension("timexes") else None) or []
        values = {t["id"]: t.get("value") for t in timexes}
        points = {
            t["id"] for t in timexes
            if t.get("type") in ("DATE", "TIME") or t.get("type") is None and not str(t.get("value") or "").startswith("P")
        }
        self.spans: list[Span] = list(doc.spans[TIMEX_SPANS]) if TIMEX_SPANS in doc.spans else []
        self.value: dict[int, str] = {}
        self.point: set[int] = set()  # tokens of a date or time, not a duration or frequency
        self.span_of: dict[int, Span] = {}
        for span in self.spans:
            value = values.get(span.label_)
            for token in span:
                if value:
                    self.value.setdefault(token.i, value)
                    if span.label_ in points:
                        self.point.add(token.i)
                self.span_of.setdefault(token.i, span)

    def date_in(self, tokens: Iterable[Token], *, deadlines: bool = True) -> str | None:
        """The value of the first date or time among ``tokens`` ("over eight years" dates nothing); without
        ``deadlines``, not one that only bounds the act ("ordered the Bundestag to adopt, by 31 December 2026,
        rules": the order was not made then)."""
        return next((self.value[t.i] for t in tokens if t.i in self.point and (deadlines or not self._bounds(t.i))), None)

    def _bounds(self, i: int) -> bool:
        """Whether the date at token ``i`` bounds an act: the object of "by", "before", "until" ... outside it;
        not the lead time before "before" ("notify them 72 hours before any change")."""
        span = self.span_of.get(i)
        return span is not None and span.root.head.lower_ in DEADLINE_PREPS and span.root.head.i not in range(
            span.start, span.end) and span.root.dep_ != "npadvmod"

    def deadline_in(self, scope: set[int]) -> str | None:
        return next((self.value[i] for i in sorted(scope) if i in self.value and self._bounds(i)), None)


def _lines(text: str) -> Iterable[tuple[int, str]]:
    """Each line of ``text`` with the character offset it starts at."""
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def _table_cells(line: str, start: int) -> list[tuple[int, int]] | None:
    """Character spans of the cells of a Markdown table row ("| Task | Responsible |"), their spaces trimmed, or
    None when ``line`` (starting at character ``start``) is no table row."""
    stripped = line.strip()
    if not stripped.startswith("|") or not stripped.endswith("|") or stripped.count("|") < 3:
        return None
    cells = []
    for match in re.finditer(r"\|([^|]*)(?=\|)", line):
        text = match.group(1)
        left = len(text) - len(text.lstrip())
        cells.append((start + match.start(1) + left, start + match.start(1) + len(text.rstrip())))
    return cells


def _only_a_pronoun(draft: Draft, doc: Doc) -> bool:
    """An action that is only a pronoun: "I call on them again" asks nothing the sentence says."""
    words = [doc[i] for i in draft.scope if not doc[i].is_punct and not doc[i].is_space]
    return bool(words) and all(t.pos_ == "PRON" or t.lower_ in ("again", "too", "also") for t in words)


_LIST_JOINS = frozenset({",", "and", "or", ";"})


def _listed_infinitives(draft: Draft) -> list[Draft]:
    """"calls on the Government to restore aid, to press the Emirates to stop arming the RSF and to seek a
    resolution": in a list of three or more, each "to" after a comma or "and" opens an item, one commitment each
    with the same trigger and parties; ``draft`` keeps the first. Two ("agreed to begin talks before the end of
    February and to conclude them within four months") are one undertaking, as is "agreed to finalize and
    sign the treaty" (no second "to")."""
    head = draft.action_head
    if head is None or head.pos_ not in ("VERB", "AUX") or not draft.scope:
        return []
    doc = head.doc
    tokens = sorted((doc[i] for i in draft.scope), key=lambda t: t.i)
    inside = {t.i for t in tokens}
    starts = [t for t in tokens if t.lower_ == "to" and t.dep_ == "aux" and t.i > head.i and t.head.i in inside
              and t.head.i != head.i and doc[t.i - 1].lower_ in _LIST_JOINS and _verbs_up_to(t.head, head)]
    if len(starts) < 2 or not any(doc[s.i - 1].text in (",", ";") for s in starts):
        return []
    bounds = [s.i for s in starts] + [tokens[-1].i + 1]

    def item(first: int, end: int) -> list[Token]:
        words = [t for t in tokens if first <= t.i < end]
        while words and (words[-1].lower_ in _LIST_JOINS or words[-1].is_space):
            words.pop()
        return words

    items = [(start.head, item(start.i + 1, bounds[n + 1])) for n, start in enumerate(starts)]
    own = item(head.i, bounds[0])  # from the head on: what comes before it in scope is no part of the act
    if not own or any(not words for _, words in items):
        return []
    draft.action, draft.scope = _phrase(own), {t.i for t in own}
    draft.evidence_tokens = [t for t in draft.evidence_tokens if t.i < bounds[0]]
    return [replace(draft, action_head=verb, action=_phrase(words), scope={t.i for t in words},
                    evidence_tokens=[draft.trigger, *words], made_tokens=list(draft.made_tokens))
            for verb, words in items]


_TIMING_MARKS = frozenset({"when", "before", "after"})


def _coordinated_clause(token: Token, ancestor: Token) -> bool:
    """Whether ``token`` lies in a clause joined to ``ancestor``'s with a subject of its own ("Member states
    should insist that ..., and Brazil should offer to host it"), not in what ``ancestor`` governs."""
    while token.i != ancestor.i and token.head.i != token.i:
        if token.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return True
        token = token.head
    return False


def _verbs_up_to(verb: Token, head: Token) -> bool:
    """Whether ``verb`` hangs from ``head`` through verbs alone, as the items of one list do however the parser
    joins them; not through a noun ("its commitments to cut ties, to reduce violence and to engage ...",
    told inside an "intention to review the agreement": those are the commitments', not the intention's)."""
    token = verb
    while token.i != head.i:
        if token.pos_ not in ("VERB", "AUX") or token.head.i == token.i:
            return False
        token = token.head
    return True


def _cleft_action(draft: Draft) -> str | None:
    """What a cleft's commitment is: "What I can commit to is raising the findings with the Prime Minister",
    "What we can promise is a vote by June" -> what follows the "is" (the draft takes it as its scope and
    evidence); None for any other clause."""
    verb = draft.trigger
    if verb.dep_ != "csubj" or verb.head.lemma_ != "be" or not any(
        c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children
    ):
        return None
    complement = next((c for c in verb.head.children if c.dep_ in ("attr", "xcomp", "acomp", "ccomp")), None)
    if complement is None:
        return None
    words = [t for t in complement.subtree if not (t.is_punct and t.i == complement.right_edge.i)]
    draft.scope = {t.i for t in words}
    draft.evidence_tokens.extend(words)
    return _phrase(words) or None


def _before_a_list(verb: Token) -> bool:
    """Whether ``verb`` ends its line before a colon, "to" and all ("committed to:", "will:", "agreed:")."""
    following = [t for t in verb.doc[verb.i + 1 : verb.i + 4] if not t.is_space]
    if following and following[0].lower_ == "to":
        following = following[1:]
    return bool(following) and following[0].text == ":" and (
        following[0].i + 1 >= len(verb.doc) or "\n" in following[0].whitespace_ or verb.doc[following[0].i + 1].is_space
    )


def _listed_after_colon(draft: Draft, resolver: PartyResolver) -> list[Draft]:
    """"the two leaders committed to:" then "- Launch a joint facility ...;" "- Double two-way trade ...": a
    trigger whose sentence ends in a colon before it says what commits to each item of the list below it, one
    commitment per item with the trigger's parties and kind; [] when no list follows."""
    if not _before_a_list(draft.trigger):
        return []
    sentence = resolver.sentences.of(draft.trigger)
    items: list[Draft] = []
    step = resolver.sentences.step(sentence, 1)
    while step is not None:
        words = [t for t in step if not t.is_space]
        if words and words[0].text in LIST_MARKERS:
            words = words[1:]
        elif not _after_list_marker(step[0]) and not (words and _after_list_marker(words[0])):
            break
        while words and (words[-1].is_punct or words[-1].lower_ in ("and", "or")):
            words.pop()
        if words:
            items.append(replace(draft, action_head=words[0], action=_phrase(words), scope={t.i for t in words},
                                 evidence_tokens=list(words), made_tokens=list(draft.made_tokens)))
        step = resolver.sentences.step(step, 1)
    return items


_ASKED_BACK = 3  # sentences back to the question an answer's "that" takes up


def _asked_action(draft: Draft, resolver: PartyResolver) -> str | None:
    """What an answer's pronoun stands for, from the question just asked with the same verb: "Will you commit to
    reporting back to this committee within 90 days?" "Yes, Senator, I commit to that." -> "reporting back to
    this committee within 90 days"; None when no such question comes just before."""
    words = [resolver.doc[i] for i in draft.scope if not resolver.doc[i].is_punct]
    if len(words) != 1 or words[0].lower_ not in ("that", "this", "it", "so") or words[0].i < draft.trigger.i:
        return None  # "What I can commit to is ...": a cleft, not an answer
    sentence = resolver.sentences.of(draft.trigger)
    for offset in range(1, _ASKED_BACK + 1):
        before = resolver.sentences.step(sentence, -offset)
        if before is None:
            return None
        if not before.text.rstrip().endswith("?"):
            continue
        verb = next((t for t in before if t.lemma_ == draft.trigger.lemma_ and t.pos_ == "VERB"), None)
        if verb is None:
            return None
        complement = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "dobj")), None)
        if complement is None:
            to = next((c for c in verb.children if c.dep_ == "prep"), None)
            complement = next((c for c in to.children if c.dep_ in ("pobj", "pcomp")), None) if to else None
        if complement is None:
            return None
        words = [t for t in complement.subtree if not (t.is_punct and t.text == "?") and t.dep_ != "aux"]
        return _phrase(words) or None
    return None


def _only_a_time(draft: Draft, doc: Doc) -> bool:
    """An action that is only a date ("The United Nations appeal for 2026 seeks $2.3 billion": a funding
    appeal for a year, no demand that anyone act)."""
    if draft.trigger.pos_ in ("VERB", "AUX") and draft.trigger.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return False  # "agreed on October 9 to the first phase": a verb's misread object still marks a deal
    words = [doc[i] for i in draft.scope if not doc[i].is_punct and doc[i].lower_ not in ("for", "of", "the")]
    return bool(words) and all(t.ent_type_ in ("DATE", "TIME") or t.like_num for t in words)


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 64:
        token, depth = token.head, depth + 1
    return depth


def _repeated_action_status(draft: Draft, cues: StatusCues) -> str | None:
    """"vowed to keep exports flowing ..., and the navy has so far kept the route open": the promised
    verb coming back as a done (or explicitly undone) act tells whether it was kept."""
    head = draft.action_head
    if head is None or head.pos_ != "VERB":
        return None
    sentence = cues.sentences.of(draft.trigger)
    following = cues.following(sentence)
    tokens = [t for t in sentence if t.i > draft.trigger.i] + (list(following) if following is not None else [])
    for token in tokens:
        if token.i in draft.scope or token.lemma_ != head.lemma_ or token.pos_ != "VERB":
            continue
        aux = {c.lemma_ for c in token.children if c.dep_ in ("aux", "auxpass")}
        if _negated(token) or any(c.lower_ in ("neither", "nor") for c in token.children) or any(
            c.dep_ in ("nsubj", "nsubjpass") and _negated_subject(c) for c in token.children  # "no case has been reviewed"
        ) or _short_of(
            token, cues.lexicon.shortfalls
        ):
            return "unfulfilled"
        if token.tag_ == "VBD" or token.tag_ == "VBN" and aux & {"have", "be"}:
            return "fulfilled"
    return None


def _short_of(verb: Token, shortfalls: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the act told again fell short of what was promised: its object opens with a shortfall
    (``shortfalls`` in status_cues.yaml: "It has spent less than half of that sum", "allowed only one visit")."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            words = tuple(t.lower_ for t in verb.doc[child.left_edge.i : child.right_edge.i + 1])
            if any(words[: len(s)] == s for s in shortfalls):
                return True
    return False


def _counterpart_in_scope(draft: Draft, resolver: PartyResolver) -> str | None:
    """The first other party named in the action: "open its border with Armenia" → ARM."""
    doc = draft.trigger.doc
    for i in sorted(draft.scope):
        actor = resolver.actor_at(doc[i])
        party = resolver.affiliation.get(actor, actor) if actor else None
        if party and party not in draft.parties.ids:
            return party
    return None


_CONDITIONABLE = frozenset({"pledge", "promise", "intent", "agreement"})


def _set_condition(draft: Draft, clause: Token, drop: set[int]) -> None:
    """``clause`` (an "if" clause, a "subject to" phrase) is the commitment's condition: it leaves the action,
    with the words ``drop`` names, and makes an undertaking conditional."""
    condition = {t.i for t in clause.subtree}
    draft.condition = _phrase(clause.subtree)
    head = draft.action_head
    if head is not None and head.i not in condition and condition & {t.i for t in head.subtree}:
        kept = [t for t in _action_tokens(head) if t.i not in condition and t.i not in drop]
        draft.action = _phrase(_cut(kept, head))
    if draft.kind in _CONDITIONABLE:
        draft.kind = "conditional"
    draft.scope |= condition


_BREACH_NOUNS = frozenset({"violation", "breach", "contravention"})
_CONCESSIVE = frozenset({"although", "though"})


def _broken_in_sentence(draft: Draft) -> bool:
    """Whether the commitment's own sentence says it was not kept: it is what "a violation of" or "a breach
    of" names ("a flagrant violation of ... the commitments Pristina undertook in Ohrid"), or it is conceded
    to a main clause that denies the act ("Pristina has not established the Community, although it committed
    to do so")."""
    trigger = draft.trigger
    noun = draft.action_head if draft.action_head is not None and draft.action_head.pos_ == "NOUN" else None
    noun = noun or (draft.document if draft.document is not None and draft.document.i < trigger.i else None)
    noun = noun or (trigger.head if trigger.dep_ == "relcl" else None)
    if noun is not None:
        current = noun
        for _ in range(4):  # through "and of the commitments": conjoined objects of the same "of"
            if current.dep_ == "pobj" and current.head.lower_ == "of" and current.head.head.lemma_.lower() in _BREACH_NOUNS:
                return True
            if current.dep_ not in ("conj", "pobj", "prep") or current.head.i == current.i:
                break
            current = current.head
    if trigger.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONCESSIVE for c in trigger.children):
        return _negated(trigger.head)
    return False


def _in_condition(token: Token, condition_marks: frozenset[str]) -> bool:
    """Whether ``token`` sits in a condition clause ("if the parties agree to a truce", "once Armenia and
    Azerbaijan sign the treaty")."""
    current = token
    for _ in range(64):
        if current.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in condition_marks for c in current.children):
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _own_clause(token: Token, outer: Token, condition_marks: frozenset[str]) -> bool:
    """True when ``token`` sits in a relative or adverbial clause with its own subject below
    ``outer`` ("honor its commitment ... — which Armenia is ready to reciprocate"); a
    condition ("... if Armenia signs a treaty") belongs to the commitment it conditions."""
    current = token
    for _ in range(64):
        if current.i == outer.i or current.head.i == current.i:
            return False
        if any(c.dep_ == "mark" and c.lower_ in condition_marks for c in current.children):
            return False
        if (
            current.dep_ in ("relcl", "advcl", "parataxis", "ccomp", "conj")
            and not (current.dep_ == "ccomp" and current.head.i == outer.i)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children)
        ):
            # The trigger's own complement ("recommended that the three countries conclude a deal")
            # is its content, not a separate statement.
            return True
        if current.dep_ in ("acl", "amod") and any(c.dep_ in ("agent", "npadvmod") for c in current.children):
            # "an agreement ..., brokered by the African Union": the broker is a party of its own.
            return True
        current = current.head
    return False


def _required_object(verb: Token, sense: TriggerSense, money_objects: frozenset[str] = frozenset()) -> Token | None:
    """The verb's object when it is the kind its sense requires: itself a sum of money for a ``money`` sense
    ("announced $120 million in aid", "announced 120 million euros", a counted one of the ``money_objects``; not
    "announced a plan worth $5 billion", which ``_moves_money`` counts), else one of the sense's ``only_objects``
    ("authorizing the seventy-first drawdown"); else None."""
    def required(c: Token) -> bool:
        if not sense.money:
            return c.lemma_.lower() in sense.only_objects
        return c.ent_type_ == "MONEY" or c.lemma_.lower() in money_objects and any(
            n.dep_ == "nummod" for n in c.children)

    return next((c for c in verb.children if c.dep_ == "dobj" and required(c)), None)


def _moves_money(verb: Token, lexicon: CommitmentLexicon) -> bool:
    """Is a sum of money the verb's object ("mobilise 12 billion euros")?"""
    return any(
        t.ent_type_ == "MONEY" or t.lemma_.lower() in lexicon.money_objects
        for c in verb.children
        if c.dep_ == "dobj"
        for t in c.subtree
    )


def _first(ids: list[str]) -> str | None:
    return ids[0] if ids else None


def _subjunctive(verb: Token) -> bool:
    """"demanded that Eritrean forces leave", "insist that it should": a base form or a modal."""
    modals = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VBD" and not modals and verb.lower_ == verb.lemma_.lower():
        return True  # "propose that the Commission set up a unit": a base form the tagger took for a past ("set", "cut")
    return verb.tag_ in ("VB", "VBP") or bool(modals & {"should", "must", "shall", "would", "be"})


def _infinitival_advcl(token: Token) -> bool:
    """A bare-infinitive adverbial clause with its own "to" ("... in July 2022 to open ...")."""
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        and not any(c.dep_ == "nsubj" for c in token.children)
    )


def _complement(
    verb: Token, objects: bool, marker: Token | None, *, mandative: bool = False
) -> tuple[Token | None, Token | None]:
    """What a commitment verb commits to, and the addressee ("urged Armenia to ...")."""
    children = list(verb.children)
    if marker is not None:
        children += list(marker.children)
    addressee = next((c for c in children if c.dep_ in ("dobj", "pobj") and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
    for child in children:
        if _infinitival_advcl(child):
            # "pledged in July 2022 to open its border": an intervening adjunct makes the parser
            # attach the infinitive as an adverbial clause, but it is still what was pledged.
            return child, addressee if addressee is not None and addressee.i < child.i else None
        if child.dep_ in ("xcomp", "ccomp") and _verbal(child):
            if child.dep_ == "ccomp" and any(m.lower_ in ("whether", "if") for m in child.children if m.dep_ == "mark"):
                continue
            if child.dep_ == "ccomp" and not (_subjunctive(child) if mandative else _prospective(child)):
                # "insisted that their withdrawal is irreversible", "reiterated that the court is the
                # proper forum" assert a fact; a demand wants an act, an undertaking looks ahead.
                continue
            return child, addressee if addressee is not None and addressee.i < child.i else None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in RELATIVE), None)
    has_to = any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    if obj is not None and (objects or has_to and obj.lower_ not in REFLEXIVE or obj.ent_type_ == "MONEY"):
        # "pledged $10 million to North Korea", "committed two minehunters to the group", "had committed £120
        # million for 2025-26"; whom it goes to is the counterpart ("pledges its full support to Finland")
        recipient = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                          if g.dep_ == "pobj"), None)
        return obj, recipient
    for child in children:
        if child.dep_ == "prep" and child.lower_ in ("to", "on", "for", "upon"):
            head = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
            if head is not None and head.ent_type_ not in ("DATE", "TIME"):
                # a date is never what was agreed: "agreed on October 9 to the first phase of a plan"
                return head, None
    return None, None


def _announced(verb: Token) -> bool:
    """Said of the future: "will not accept", "would not sign"."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in verb.children)


def _verbal(token: Token) -> bool:
    """A verb, or a word after infinitival "to" the tagger took for another part of speech ("invites the
    Commission to present options": "present" tagged an adjective)."""
    return token.pos_ in ("VERB", "AUX") or any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _prospective(verb: Token) -> bool:
    """A clause about what will be done: a modal ("would soon open") or a bare/subjunctive verb."""
    modals = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VB" or bool(modals & {"will", "would", "'ll", "can", "could", "might", "may", "should", "must", "shall"})


def _best_content(noun: Token) -> Token | None:
    """What a commitment noun commits to: a clause ("demand that ...", "commitment to open ...") before
    a "to/for/on" phrase, before an "of" phrase ("pledge of $5.5 billion")."""
    ranked = []
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp") and child.tag_ != "VBN":
            ranked.append((0, child))
        elif child.dep_ == "prep" and child.lower_ in ("to", "for", "on", "toward", "towards"):
            ranked.append((1, child))
        elif child.dep_ == "prep" and child.lower_ == "of":
            ranked.append((2, child))
    if noun.dep_ in ("dobj", "nsubjpass") and not any(rank == 0 for rank, _ in ranked):
        # "welcomes the commitment of Egypt, made in August 2025, to deploy ...": the parser hangs the
        # infinitive on the verb, right after the noun's phrase
        for child in noun.head.children:
            if child.dep_ in ("advcl", "xcomp") and child.i > noun.i and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in child.children
            ) and all(t.is_punct or t.is_space for t in noun.doc[noun.right_edge.i + 1 : child.left_edge.i]):
                ranked.append((0, child))
    return min(ranked, key=lambda r: (r[0], r[1].i))[1] if ranked else None


def _under_document(verb: Token, documents: frozenset[str]) -> bool:
    """Whether ``verb`` (or the verb it is conjoined to) is done "under" a document: "Under the agreement,
    Uzbekistan will provide the land, and Rosatom will train 300 engineers"."""
    for head in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "under" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in documents for g in child.children
            ):
                return True
    return False


def _relative_document(verb: Token, documents: frozenset[str]) -> Token | None:
    """The document a relative clause "under/in/by which ..." hangs on, as the nearest document noun before it in
    its sentence (the parser often hangs the clause on a later noun: "the Agreement ... on border traffic of
    1992, under which both Parties undertook ..."), or None for any other verb."""
    if verb.dep_ != "relcl" or not any(
        c.dep_ == "prep" and any(g.lower_ == "which" for g in c.children) for c in verb.children
    ):
        return None
    for token in reversed(verb.doc[verb.sent.start : verb.i]):
        if token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in documents:
            return token
    return None


def _terms_clause(verb: Token, document: Token) -> Token | None:
    """The to-infinitive that says what a signed or concluded document provides: on the document ("an
    agreement to set up a task group") or, after a date or place, on the verb ("signed an agreement in
    January 2024 to set up ..."); None when there is none."""
    for head, deps in ((document, ("acl", "relcl")), (verb, ("advcl", "xcomp"))):
        for child in head.children:
            if child.dep_ in deps and child.i > document.i and child.pos_ == "VERB" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in child.children
            ):
                return child
    return None


def _content_head(content: Token) -> Token | None:
    if content.dep_ == "prep":
        return next((g for g in content.children if g.dep_ in ("pobj", "pcomp")), None)
    return content


def _action_tokens(head: Token) -> list[Token]:
    drop: set[int] = set()
    extra: list[Token] = []
    if head.dep_ == "xcomp":
        # "agreed to co-fund a center": the tokenizer splits the verb into sibling xcomps.
        extra = [t for s in head.head.children if s.dep_ == "xcomp" and s.i > head.i for t in s.subtree]
    elif head.dep_ == "dobj" and head.i + 1 < len(head.doc) and head.doc[head.i + 1].like_num:
        # "pledged CAD 3.8 billion over eight years for its strategy": the parser leaves the amount and
        # what follows it hanging from the verb
        extra = [t for s in head.head.children if s.i > head.i and s.dep_ in ("npadvmod", "prep", "nummod")
                 for t in s.subtree]
    for child in head.children:
        if child.dep_ in ("relcl", "appos") and head.pos_ in ("NOUN", "PROPN"):
            drop |= {t.i for t in child.subtree}
        if child.dep_ == "conj" and (
            head.tag_ == "VB" and child.tag_ in ("VBD", "VBZ", "VBN") or head.tag_ == "VBP" and child.tag_ == "VBD"
        ):
            # "agreed to meet again ... and tasked their ministers", "recommended that the three countries conclude
            # an agreement and offered its experts": the finite (past) verb is the main clause's.
            drop |= {t.i for t in child.subtree}
        if child.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass", "det") and child.i < head.i:
            if child.dep_ in ("nsubj", "nsubjpass") and head.dep_ == "ccomp" and child.pos_ != "PRON":
                continue  # "demanded that Eritrean forces leave": the one asked stays; "said they would" does not
            drop |= {t.i for t in child.subtree}
    # relative pronouns go ("the plan that it agreed"), a complementiser stays ("guarantees that the fighting ...")
    return [t for t in [*head.subtree, *extra] if t.i not in drop and (t.lower_ not in RELATIVE or t.dep_ == "mark")]


def _cut(tokens: list[Token], head: Token) -> list[Token]:
    """The readable part of an action: up to a dash, semicolon, bracket or a comma
    that opens another clause after the head."""
    tokens = sorted(tokens, key=lambda t: t.i)
    out: list[Token] = []
    doc = head.doc
    aside = False  # inside commas right after "that": "ensure that, here in America, health care is a right"
    for n, token in enumerate(tokens):
        if token.is_space and token.text.count("\n") < 2:
            # A hard-wrapped line ("pursue appropriate\nmeasures") goes on; a blank line ends the paragraph.
            continue
        gap = out and any(not doc[i].is_space for i in range(out[-1].i + 1, token.i))
        if token.i > head.i and (token.text in BOUNDARIES or token.is_space or gap):
            break
        if token.i > head.i and token.text == "," and (aside or out and out[-1].dep_ == "mark" and out[-1].lower_ == "that"):
            aside = not aside
            out.append(token)
            continue
        if token.i > head.i and token.text == ",":
            following = tokens[n + 1] if n + 1 < len(tokens) else None
            if following is not None and following.dep_ == "cc" and n + 2 < len(tokens):
                following = tokens[n + 2]  # ", and invite observers"
            in_list = following is not None and following.dep_ == "conj" and (
                following.pos_ in ("NOUN", "PROPN", "ADJ")
                # "to reopen embassies, restore flights and demarcate the border": a list of promised acts
                or following.pos_ == "VERB" and following.tag_ == "VB" and any(t.i == following.head.i for t in out)
            )
            if not in_list:
                break
        out.append(token)
    while out and (out[-1].is_punct or out[-1].dep_ == "cc"):
        out.pop()
    while out and (out[0].is_punct or out[0].dep_ in ("cc", "mark") or out[0].lower_ == "to" and out[0].dep_ == "aux"):
        out.pop(0)
    return out


def _noun_phrase(noun: Token) -> list[Token]:
    drop = {t.i for c in noun.children if c.dep_ in ("det", "poss", "relcl", "punct") for t in c.subtree}
    return _cut([t for t in noun.subtree if t.i not in drop], noun)


def _phrase(tokens: Iterable[Token]) -> str:
    tokens = sorted(tokens, key=lambda t: t.i)
    parts = []
    for n, token in enumerate(tokens):
        follows = n + 1 < len(tokens) and tokens[n + 1].i == token.i + 1
        parts.append(token.text_with_ws if follows else token.text + " ")
    return " ".join("".join(parts).split())


def _prep_object(head: Token, preps: tuple[str, ...]) -> Token | None:
    for child in head.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in preps:
            pobj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                return pobj
    return None


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "neither", "nor") and c.dep_ in ("advmod", "preconj") for c in verb.children)


def _negated_subject(subject: Token) -> bool:
    return any(c.lower_ in ("neither", "no") and c.dep_ in ("preconj", "det") for c in subject.children)


_ASPECTUAL = frozenset({"continue", "keep"})
_HELPING = frozenset({"help"})  # verbs whose bare-infinitive complement is as done as they are
_RECIPIENTS = frozenset({"us", "me", "them", "him", "her", "you"})
# Present verbs whose purpose infinitive is the act itself: "We write to urge the Department ...", "I rise to
# support the motion", "I am writing to ask ...".
_PERFORMATIVE_PURPOSE = frozenset({"write", "rise", "speak"})


_TIME_UNITS = frozenset({"year", "month", "week", "day", "decade", "time", "while", "hour"})


def _main_clause_phrase(told: Token) -> str:
    """What a main clause says was done, without its subject, what comes before it and its adverbial clauses
    ("it raised tariffs by 15 percent, as it had agreed" → "raised tariffs by 15 percent")."""
    skip = {t.i for c in told.children if c.i < told.i or c.dep_ in ("advcl", "punct") for t in c.subtree}
    return _phrase(_cut([t for t in told.subtree if t.i not in skip], told))


# A line a fact sheet opens with the claim it denies: "MYTH: Canada will stop sanctioning Russia ...".
_DENIED_CLAIM = re.compile(r"(?m)^[ \t]*(?:MYTH|Myth|FICTION|Fiction|FALSE|False claim|FAKE|Fake)\s*[:—–-]")


def _on_denied_line(trigger: Token) -> bool:
    text = doc_text(trigger.doc)
    return _DENIED_CLAIM.match(text, text.rfind("\n", 0, trigger.idx) + 1) is not None


def _denied_claim(trigger: Token) -> bool:
    """Whether ``trigger`` states the claim of a line that a fact sheet labels as a myth ("MYTH: Canada will stop
    sanctioning Russia once a ceasefire is signed"): its main clause, not what the claim takes as given ("The $5
    billion in loans that Canada promised in 2024 never arrived": the promise was made)."""
    if not _on_denied_line(trigger):
        return False
    token = trigger
    while token.head.i != token.i:
        if token.dep_ in ("relcl", "acl"):
            return False
        token = token.head
    return True


def _as_clause(verb: Token) -> bool:
    """An undertaking verb in an "as" clause of its own on a main verb ("raised tariffs, as it had agreed with the
    IMF", "as promised"): what the main clause says is what was undertaken."""
    return verb.dep_ == "advcl" and verb.head.pos_ == "VERB" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
    )


def _continues_subject(pronoun: Token, resolver: PartyResolver) -> bool:
    """Whether a sentence-initial "It" goes on with the previous sentence's subject, when that names one state or
    organisation or is the speaking government ("My Government will build ... It will meet NATO's target"), not a
    forecast ("It will take years")."""
    sentence = resolver.sentences.of(pronoun)
    previous = resolver.sentences.step(sentence, -1)
    if pronoun.i != sentence.start or previous is None or pronoun.head.lemma_ == "do":
        return False  # "It will do so by ...": what "so" stands for is not said here
    subject = next((c for c in previous.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ == "it" or any(
        c.dep_ == "dobj" and c.lemma_.lower() in _TIME_UNITS for c in pronoun.head.children
    ):
        return False  # "It will take years to implement": how long, a forecast
    ids = resolver.named(subject) or resolver.speaking_government(subject)
    return len(ids) == 1 and resolver.kind.get(ids[0]) in ("state", "igo", "org")


def _undertaken_before(trigger: Token) -> bool:
    """Whether an undertaking verb is told as done ("promised", "has pledged"), not offered ("would submit")."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() in ("offer", "propose"):
        return False
    aux = {c.lower_ for c in trigger.children if c.dep_ in ("aux", "auxpass")}
    return trigger.tag_ == "VBD" and not aux or trigger.tag_ == "VBN" and bool(aux & {"has", "have", "had"})


def _irrealis(verb: Token) -> bool:
    """Not (yet) done: future or modal, a bare infinitive, or a gerund without tense; a participle on a noun
    is as done as the clause it is in ("served Pakistan a notice demanding talks"), and what one had to do
    was done."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.head.pos_ in ("VERB", "AUX") and verb.head.head.i != verb.i:
        return _irrealis(verb.head.head)
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "have" and verb.head.tag_ == "VBD":
        return False  # "Baku had to accept the terms": it did
    if verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_ in _PERFORMATIVE_PURPOSE and (
        verb.head.tag_ in ("VBP", "VBZ") or verb.head.tag_ == "VBG" and any(c.lemma_ == "be" for c in verb.head.children)
    ):
        return False  # "We write to urge ...": urged in the writing
    if verb.dep_ == "xcomp" and verb.head.lemma_ in _HELPING and verb.head.i != verb.i:
        return _irrealis(verb.head)  # "which helped broker the May ceasefire": done as "helped" is
    if verb.dep_ == "xcomp" and verb.head.lemma_ in _ASPECTUAL and verb.head.i != verb.i:
        # "We continue to press both parties", "will keep pressing the military": going on, as the verb says
        return any(c.lower_ in ("could", "should", "must", "might", "may") for c in verb.head.children)
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & FUTURE_MODALS or (aux & {"could", "should", "must", "can"}):
        return True
    non_finite = verb.dep_ in ("xcomp", "advcl", "pcomp", "acl", "appos", "csubj")
    return verb.tag_ in ("VB", "VBG") and not aux and non_finite or verb.tag_ == "VB" and "to" in aux


def _role_status(light: Token, role: str) -> str:
    """Status implied by a verb acting on a commitment: "kept its promise", "could honor its commitment"."""
    if role == "break":
        return "unfulfilled"
    head = light.head
    failed = light.dep_ == "xcomp" and head.lemma_ in ("fail", "refuse", "decline")
    if _negated(light) or failed or _irrealis(light):
        return "unfulfilled"
    return "fulfilled" if light.tag_ in ("VBD", "VBN", "VBZ") else "unfulfilled"


def _ordering_head(verb: Token, lexicon: CommitmentLexicon) -> Token | None:
    """The verb of ordering ("decides", "indicates", ``ordering_verbs``) whose complement ``verb`` is, or a
    clause joined to one is: "decides that X shall submit a report, and that Y shall ..."."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in lexicon.ordering_verbs:
        return clause.head
    return None


def _reporting_ancestor(verb: Token, lexicon: CommitmentLexicon) -> Token | None:
    token = verb
    while token.head.i != token.i:
        if token.dep_ == "ccomp" and token.head.lemma_.lower() in lexicon.reporting_verbs:
            return token.head
        token = token.head
    return None


_RELATIVE_PREPS = frozenset({"after", "before", "since", "following", "until", "till"})  # place a date off another


def _local_tokens(verb: Token, scope: set[int]) -> list[Token]:
    """The verb's own dependents that are not clauses or the action: where its date lives; a phrase that places it
    relative to something else comes last ("After four days of strikes in early May, the two militaries agreed on
    May 10": May 10)."""
    out, relative = [], []
    for child in verb.children:
        if child.dep_ in CLAUSAL or child.i in scope or child.dep_ in ("nsubj", "nsubjpass"):
            continue  # "Blinken, who visited the region last month, urged ...": not when he urged
        subtree = list(child.subtree)
        if any(t.i in scope for t in subtree):
            continue  # "committed to holding an election in 2024": the path down to the action
        (relative if child.dep_ == "prep" and child.lower_ in _RELATIVE_PREPS else out).extend(subtree)
    return out + relative


def _imperative(verb: Token) -> bool:
    """A verb in the base form with no subject or auxiliary of its own: "Keep ...", "refrain from ..."."""
    return (
        verb.tag_ == "VB"
        and verb.pos_ == "VERB"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children)
    )


def _after_list_marker(token: Token) -> bool:
    """Whether ``token`` opens a list item: after a marker ("-", "•") or a number ("1.", "2)") that opens its
    line."""
    doc, i = token.doc, token.i - 1
    while i >= 0 and doc[i].is_space and "\n" not in doc[i].text:
        i -= 1
    if i < 0:
        return False
    marker = doc[i]
    if marker.text in (".", ")") and i > 0 and doc[i - 1].like_num:
        i -= 1
    elif marker.text not in LIST_MARKERS:
        return False
    return i == 0 or "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_


def _owner_of_others(token: Token, lexicon: CommitmentLexicon) -> bool:
    """"Mali's international partners": the possessor of a noun that is not its own agent is not addressed."""
    return token.dep_ == "poss" and token.head.lemma_.lower() not in lexicon.agent_nouns
