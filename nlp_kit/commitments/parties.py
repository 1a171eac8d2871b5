"""Who the parties of a clause are: actor ids for subjects, possessors and pronouns.

Reads what the actors component left on the Doc: ``doc.spans["nlp_kit_actors"]``
(one span per mention, ``label_`` = actor id) and ``doc._.actors`` (for a
person's affiliation). Pronouns ("they", "its") and plural anaphors ("the two
countries") resolve to the parties of the governing clause, then of earlier
clauses of the sentence, then of the previous sentence's subject.

Example: in "Armenia and Azerbaijan entered talks. In December 2023, they
agreed to a prisoner exchange." the subject "they" resolves to ``["ARM", "AZE"]``.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from nlp_kit.actors.gazetteer import load_gazetteer
from nlp_kit.actors.voice import is_state_office
from nlp_kit.commitments.lexicon import CommitmentLexicon
from nlp_kit.doctext import doc_text
from nlp_kit.ingest.structure import turn_label_end

ACTOR_SPANS = "nlp_kit_actors"
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "we", "our", "us"})
_SIDES = frozenset({"side", "party"})
_MEETING_NAMES = frozenset({"Meeting", "Summit", "Conference"})  # "the ASEAN Foreign Ministers' Meeting"
SINGULAR_PRONOUNS = frozenset({"it", "its", "he", "his", "she", "her"})
GENDERED_PRONOUNS = frozenset({"he", "his", "him", "she", "her", "hers"})
FIRST_PERSON_PLURAL = frozenset({"we", "our", "us"})
FIRST_PERSON_SINGULAR = frozenset({"i", "my", "me"})
SECOND_PERSON = frozenset({"you", "your"})
NUMBER_WORDS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})


class SentenceIndex:
    """Token → sentence in O(1); spaCy's ``Token.sent`` walks the Doc on every call."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.spans: list[Span] = list(doc.sents)
        self.number = [0] * len(doc)
        for n, span in enumerate(self.spans):
            for i in range(span.start, span.end):
                self.number[i] = n

    def of(self, token: Token) -> Span:
        return self.spans[self.number[token.i]]

    def step(self, sentence: Span, offset: int) -> Span | None:
        """The sentence ``offset`` places before (-1) or after (+1) ``sentence``, or None; a transcript's speaker
        label ("MS BRUCE:") is passed over, as no sentence of what is said."""
        n = self.number[sentence.start] + offset
        while 0 <= n < len(self.spans) and _label_only(self.spans[n]):
            n += 1 if offset > 0 else -1
        return self.spans[n] if 0 <= n < len(self.spans) else None


def _label_only(sentence: Span) -> bool:
    """A sentence that is only a speaker label: "Sugiono:", "MS BRUCE:", "QUESTION:" (what follows the colon
    is the next sentence, ``nlp_kit.pipeline.mark_block_starts``)."""
    said = turn_label_end(sentence.doc, sentence.start)
    return said is not None and said >= sentence.end


@dataclass
class Parties:
    """Actor ids found for a phrase, and whether they came from an anaphor."""

    ids: list[str]
    people: list[str]
    anaphoric: bool = False


class PartyResolver:
    """Maps tokens of one Doc to actor ids (built once per Doc, linear in its mentions)."""

    def __init__(self, doc: Doc, lexicon: CommitmentLexicon) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.sentences = SentenceIndex(doc)
        self.token_actor: dict[int, str] = {}
        if ACTOR_SPANS in doc.spans:
            for span in doc.spans[ACTOR_SPANS]:
                for token in span:
                    self.token_actor.setdefault(token.i, span.label_)
        # (token, parties, head lemma, how they were declared: "we", "meeting" or "definition") of "We, the
        # Foreign Ministers of A, B and C", of "Foreign Ministers of the Pacific Islands Forum met in Suva" and
        # of 'A and B, hereinafter "the Parties"'
        self._declarations: list[tuple[int, list[str], str, str]] | None = None
        # The body a resolution's paragraphs speak for ("The Security Council," then "2. Demands that ..."),
        # found on first use: (its name's token, its ids), or None
        self._enactor: tuple[Token, list[str]] | None | bool = False
        self._opening: list[str] | None = None  # who met, when the document opens with a meeting
        self._hosts_found: list[str] | None = None  # who hosted the meeting the document tells of
        # Who speaks in the document, from its title ("Speech by Foreign Minister X"): "we", "I", "my"
        self.voice: list[str] = list((doc._.voice if doc.has_extension("voice") else None) or [])
        # Whom a letter is written to ("Dear Prime Minister Modi,"): "you", "your"
        self.addressee: list[str] = list((doc._.addressee if doc.has_extension("addressee") else None) or [])
        # Who speaks in each turn of a transcript or interview: (start char, end char, ids)
        self.turns: list[tuple[int, int, list[str]]] = [
            (turn["start"], turn["end"], turn["speakers"]) for turn in (doc._.turns if doc.has_extension("turns") else None) or ()
        ]
        self.affiliation: dict[str, str] = {}
        self.organisation: dict[str, str] = {}  # an organ's organisation: EUCO -> EU
        self.kind: dict[str, str] = {}
        actors = (doc._.actors if doc.has_extension("actors") else None) or []
        for actor in actors:
            self.kind[actor["id"]] = actor.get("type") or ""
            if actor.get("type") == "person" and actor.get("affiliation"):
                self.affiliation[actor["id"]] = actor["affiliation"]
            elif actor.get("type") == "igo" and actor.get("affiliation"):
                self.organisation[actor["id"]] = actor["affiliation"]
        # A speaker named only in a title from metadata ("Statement from President Joe Biden on ...") speaks
        # for the state the voice names with them.
        for speaking in (self.voice, *(ids for _, _, ids in self.turns)):  # the voice, and each turn's speaker
            states = [v for v in speaking if not v.startswith("PER:")]
            for speaker in (v for v in speaking if v.startswith("PER:")):
                if speaker not in self.affiliation and states:
                    self.affiliation[speaker] = states[0]

    def actor_at(self, token: Token) -> str | None:
        return self.token_actor.get(token.i)

    def speaking_government(self, token: Token) -> list[str]:
        """What "Government" names where no state's government is named with it ("The Government will introduce
        legislation", "My Government will build ..."): the state the document speaks for (``resolve``); []
        for any other word."""
        return self.resolve(token).ids if token.text == "Government" else []

    @functools.cached_property
    def _known_as(self) -> dict[str, list[str]]:
        """Names the text gives a list of parties ("The US, Saudi Arabia, Egypt and the United Arab Emirates, known
        as the Quad"): in this text the name is those parties, whatever else the gazetteer knows by it."""
        defined: dict[str, list[str]] = {}
        for token in (self.doc[i] for i in self._indexes_of(LOWER, ("known",))):
            if token.dep_ != "acl" or token.i + 1 >= len(self.doc) or token.nbor(1).lower_ != "as":
                continue
            name = next((g for g in token.nbor(1).children if g.dep_ == "pobj"), None)
            listed = token.head
            while listed.dep_ == "conj" and listed.head.i != listed.i:
                listed = listed.head  # the list's first item, whose conjuncts are the rest
            ids = [] if name is None else [a for head in _conjuncts(listed) if (a := self.actor_at(head)) is not None]
            if name is not None and len(ids) >= 2:
                defined[name.text] = list(dict.fromkeys(ids))
        return defined

    @functools.cached_property
    def estimative(self) -> bool:
        """Whether the document's authors estimate ("We assess that ...", ``estimative_verbs``): an assessment,
        where what others "will" do is forecast."""
        return any(
            self.doc[i].pos_ == "VERB" and any(c.dep_ == "nsubj" and c.lower_ == "we" for c in self.doc[i].children)
            for i in self._indexes_of(LEMMA, self.lexicon.estimative_verbs)
        )

    def _indexes_of(self, attr: int, words: Iterable[str]) -> list[int]:
        """Indexes of the tokens whose ``attr`` (``LEMMA``, ``LOWER``) is one of ``words``, found in one array pass
        (reading each Token's attributes in Python costs a hundred times more on a long document)."""
        hashes = numpy.array([self.doc.vocab.strings.add(word) for word in words], dtype="uint64")
        return numpy.isin(self.doc.to_array(attr), hashes).nonzero()[0].tolist()

    def named(self, token: Token, *, agentive: bool = True) -> list[str]:
        """Actor ids named by the phrase headed by ``token`` and its conjuncts (no anaphora).

        "Yerevan and Ankara" → ``["ARM", "TUR"]``; "its peacekeepers" has no name
        here (the possessor is a pronoun, see ``resolve``).
        """
        ids: list[str] = []
        if (defined := self._known_as.get(token.text)) is not None:
            return list(defined)  # "the Quad" after "The US, Saudi Arabia, Egypt and the UAE, known as the Quad"
        collective = self._collective(token)
        if collective:
            return collective
        heads = _conjuncts(token)
        # Lists after "of" are often parsed as appositions: "ministers of Japan, the Republic of Korea and ...".
        for child in token.children:
            if child.dep_ == "appos" and self.actor_at(child):
                heads += [child, *child.conjuncts]
        for head in heads:
            actor = self.actor_at(head)
            if actor is None and (not agentive or _base(head) in self.lexicon.agent_nouns):
                for child in head.children:
                    if child.dep_ in ("poss", "compound", "amod", "nmod") and self.actor_at(child):
                        actor = self.actor_at(child)
                        break
                    if child.dep_ == "prep" and (child.lower_ == "of" or child.lower_ == "in" and agentive):
                        # "the Foreign Ministers of Canada, France and Japan": every state named;
                        # "the juntas in Bamako and Niamey": the governments seated there.
                        for pobj in child.children:
                            if pobj.dep_ == "pobj":
                                ids.extend(a for a in self.named(pobj, agentive=False) if a not in ids)
            for child in head.children if self.actor_at(head) else ():
                if child.dep_ in ("nmod", "compound") and any(c.dep_ == "cc" for c in child.children) and (
                    (first := self.actor_at(child)) and first not in ids
                ):  # "Kim and President Vladimir Putin signed": the parser hung "Kim and President" from "Putin"
                    ids.append(first)
            if actor and actor not in ids:
                ids.append(actor)
            if actor:
                # "the Republic of Tajikistan, Turkmenistan and the Republic of Uzbekistan": the parser
                # may hang the rest of a list from the name inside the first item
                listed = [conj for child in head.children if child.dep_ == "prep" and child.lower_ == "of"
                          for pobj in child.children if pobj.dep_ == "pobj" for conj in pobj.conjuncts]
                for conj in listed:
                    ids.extend(a for a in self.named(conj, agentive=False) if a not in ids)
        return ids

    def _collective(self, token: Token) -> list[str]:
        """The members of a group of states named as one ("the Baltic states", "the Central Asian
        republics"), from ``collectives`` in triggers.yaml; [] otherwise."""
        if _base(token) not in self.lexicon.state_nouns or not _plural(token):
            return []
        qualifier = " ".join(
            t.lower_ for t in token.subtree if t.i < token.i and t.dep_ in ("amod", "compound", "npadvmod")
        )
        return list(self.lexicon.collectives.get(qualifier, []))

    def resolve(self, token: Token, *, allow_anaphora: bool = True) -> Parties:
        """The parties a subject, possessor or agent phrase refers to."""
        ids = self.named(token)
        anaphoric = False
        if not ids and allow_anaphora:
            target = token
            if target.dep_ != "poss":
                possessor = next((c for c in token.children if c.dep_ == "poss"), None)
                if possessor is not None and _base(token) in self.lexicon.agent_nouns:
                    target = possessor
            if party := self.voice_government(target):
                ids = party  # "an Alliance government will ..." in the Alliance for Renewal's programme
                anaphoric = True
            elif target.lower_ == "government" and any(
                c.lower_ in load_gazetteer().lexicon["home_government_modifiers"] for c in target.children
            ) and (
                speakers := self._speakers_state()
            ):
                ids = speakers  # "The current government broke its promise" in a debate between one state's candidates
                anaphoric = True
            elif _members(target) and _base(target) != "member" and (ids := self._organisation_before(target)):
                anaphoric = True  # "The Member States should harmonise ...": the organisation's, not the states just named
            elif self._is_anaphor(target):
                ids = self._antecedent(target)
                if not ids and any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON_PLURAL for c in target.children):
                    # "Our four countries agreed ...": at least the speakers themselves
                    ids = self._antecedent(next(c for c in target.children if c.dep_ == "poss"))
                anaphoric = bool(ids)
            elif _members(target):
                ids = self._organisation_before(target)
                anaphoric = bool(ids)
            elif self._ruler(target):
                ids = self._state_before(target)
                anaphoric = bool(ids)
            elif group := self._fighters_of(target):
                ids = group  # "the guerrillas agreed ..." after "the Guatemalan National Revolutionary Unity"
                anaphoric = True
            elif target.text in ("Chair", "Chairman", "Chairmanship") and any(c.lower_ == "the" for c in target.children):
                ids = self._chair_before(target)  # "The Chair encouraged ..." after "under the chairmanship of Malaysia"
                anaphoric = bool(ids)
            elif _with_co(target) in self.lexicon.host_nouns and any(
                c.lower_ == "the" for c in self.doc[max(target.i - 3, 0) : target.i]
            ) and (hosts := self._hosts()):
                ids = hosts  # "The co-chairs urged donors ..." after "Norway and Germany co-hosted the conference"
                anaphoric = True
            elif target.text == "Government" and any(
                c.dep_ == "det" or c.dep_ == "poss" and c.lower_ in ("my", "our") for c in target.children
            ) and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in target.children
            ):
                ids = self._speakers_state()  # "the previous Government pledged ..." in a parliament's record
                anaphoric = bool(ids)
            elif _office_held(target):
                ids = self._speakers_state()  # "the Secretary of State is authorizing ..." in the State Department's release
                anaphoric = bool(ids)
            elif target.lower_ in RELATIVE_PRONOUNS and target.head.dep_ == "relcl":
                ids = self.resolve(target.head.head, allow_anaphora=allow_anaphora).ids
                anaphoric = bool(ids)
        return self._split_people(ids, anaphoric)

    def subject(self, verb: Token, *, allow_anaphora: bool = True) -> tuple[Parties, Token | None]:
        """The parties of ``verb``'s subject, inherited through conj/xcomp/advcl chains when absent.

        "The United States held exercises and initiated cooperation": the
        subject of "initiated" is "The United States".
        """
        if verb.tag_ == "VBG" and _subject_token(verb) is None:
            run = self._left_actor_run(verb)
            if run:
                return self._split_people(self._named_run(run), False), run[0]
        current: Token | None = verb
        for _ in range(8):
            if current is None:
                break
            subject = _subject_token(current)
            if subject is not None:
                return self.resolve(subject, allow_anaphora=allow_anaphora), subject
            if any(c.dep_ == "nsubjpass" for c in current.children):
                return Parties([], []), None
            if current.dep_ in ("conj", "xcomp", "advcl", "pcomp", "acl", "relcl", "ccomp") and current.head.i != current.i:
                if current.dep_ in ("acl", "relcl") and current.head.pos_ in ("NOUN", "PROPN", "PRON"):
                    found = self.resolve(current.head, allow_anaphora=allow_anaphora)
                    if found.ids or current.tag_ != "VBG" or current.head.dep_ != "dobj" or (
                        current.head.lemma_.lower() not in self.lexicon.message_nouns
                    ):
                        return found, current.head
                    current = current.head.head  # "it served Pakistan a notice demanding talks": who served it
                    continue
                if current.dep_ == "conj" and (
                    _tenses_differ(current, current.head) or _finite_after_infinitive(current, current.head)
                    # "argued that any ceasefire must keep the corridor open and urged the EU to ...": not the
                    # ceasefire's urging (where the modal clause's subject is a party, the parse may be right)
                    or _finite_after_infinitive(current, current.head, modal=True) and not (
                        (inner := _subject_token(current.head)) is not None and self.resolve(inner).ids
                    )
                ) and current.head.dep_ in ("ccomp", "acl", "relcl", "advcl"):
                    # "welcomes the ceasefire announced on 24 June and encourages both sides": the parser joined
                    # "encourages" to the participle; a present verb goes with the present verb above it, past
                    # the noun the participle describes ("welcomed India's decision to lower tariffs ... and
                    # called for ...")
                    current = current.head.head
                    while current.pos_ in ("NOUN", "PROPN") and current.dep_ in ("dobj", "pobj", "attr") and (
                        current.head.i != current.i
                    ):
                        current = current.head if current.dep_ != "pobj" else current.head.head
                    continue
                if current.dep_ == "pcomp" and current.head.dep_ == "prep":
                    current = current.head.head
                    continue
                current = current.head
                continue
            break
        for token in self.sentences.of(verb):
            if token.i >= verb.i:
                break
            if token.dep_ in SUBJECT_DEPS:
                found = self.resolve(token, allow_anaphora=False)
                if found.ids:
                    return Parties(found.ids, found.people, anaphoric=True), token
        if current is not None and (enactor := self.enactor(current)) is not None:
            return self._split_people(enactor[1], False), enactor[0]
        if current is not None and (labelled := self._labelled_party(current)):
            return self._split_people(labelled, False), None
        if current is not None and self.voice and self._opens_own_sentence(current) and current.tag_ == "VBD":
            # "Agreed that any ceasefire must be backed by ...", "Reminded the @Kremlin that ...": a post that
            # leaves out its "I" or "we" tells what its speaker did
            return self._split_people(self.voice, False), None
        return Parties([], []), None

    def _labelled_party(self, verb: Token) -> list[str]:
        """The party a list item's label names when ``verb`` opens the item with no subject of its own, as in a
        factbox ("* QATAR: Pledged $500 million in January ..."); [] otherwise."""
        if verb.tag_ in ("VBD", "VBN", "VBZ", "VBP") and self._opens_own_sentence(verb):
            return self.turn_of(verb) or []
        return []

    def _opens_own_sentence(self, verb: Token) -> bool:
        """Whether ``verb`` heads its sentence, without a subject, as the sentence's first word."""
        if verb.dep_ != "ROOT" or _subject_token(verb) is not None or not verb.text[:1].isupper():
            return False
        opening = next(
            (t for t in self.sentences.of(verb) if not (t.is_space or t.is_punct or t.like_num or t.tag_ == "LS")), None
        )
        return opening is not None and opening.i == verb.i

    def enactor(self, verb: Token) -> tuple[Token, list[str]] | None:
        """The body that speaks in ``verb``'s paragraph when it is a resolution's paragraph: a resolution or
        decision names its body once, in a paragraph of its own ("The Security Council,", "The General
        Assembly,"), and every paragraph after it opens with the body's verb and no subject ("Recalling its
        resolutions ...", "2. Demands that all armed groups cease ...", "Requests the Secretary-General to
        report ..."). None for any other verb."""
        enactor = self._found_enactor()
        if not isinstance(enactor, tuple) or verb.dep_ != "ROOT" or verb.i <= enactor[0].i:
            return None
        return enactor if self._opens_own_sentence(verb) else None

    def mark_enacted_verbs(self) -> None:
        """Tag as verbs the words a resolution's paragraphs open with: the tagger reads a capitalised
        "Demands", "Calls" or "Requests" at a paragraph's start as a plural noun, while the parser already
        made it the paragraph's head."""
        if not isinstance(self._found_enactor(), tuple):
            return
        for sentence in self.sentences.spans:
            root = sentence.root
            if root.tag_ in ("NNS", "NNP", "NNPS") and self.enactor(root) is not None:
                root.tag_, root.pos_ = "VBZ", "VERB"

    def _found_enactor(self) -> tuple[Token, list[str]] | None:
        if self._enactor is False:
            self._enactor = self._find_enactor()
        return self._enactor  # type: ignore[return-value]

    def _find_enactor(self) -> tuple[Token, list[str]] | None:
        text = doc_text(self.doc)
        doc = self.doc
        for sentence in self.sentences.spans:
            last = sentence.end - 1
            while last > sentence.start and doc[last].is_space:
                last -= 1
            colon = doc[last].text.endswith(":")  # "The Peace and Security Council of the African Union (AU), at its
            # 1260th meeting held on 18 December 2025, on the situation in Somalia ...:" before its decisions
            if not (doc[last].text == "," and last - sentence.start <= 14 or colon and last - sentence.start <= 60):
                continue  # most sentences: no word of theirs is looked at
            words = [t for t in sentence if not t.is_space]
            if len(words) > (50 if colon else 12) or any("\n" in t.whitespace_ for t in words[:-1]):
                continue  # a paragraph of its own that is a name and a comma: "The Security Council,"
            if colon and (sentence.root.pos_ not in ("NOUN", "PROPN") or sentence.root.i - sentence.start > 8):
                continue  # "The Council took the following decisions:": a sentence, no body's name
            start, end = words[0].idx, words[-1].idx + len(words[-1].text)
            before = text[max(start - 3, 0) : start].rstrip(" \t")
            stands_alone = (start == 0 or before.endswith("\n") or not text[:start].strip()) and (
                text[end : end + 2].startswith(("\n", " \n")) or not text[end:].strip()
            )
            if not stands_alone:
                continue
            root = sentence.root
            ids = self.named(root) if root.pos_ in ("NOUN", "PROPN") else []
            if len(ids) == 1 and self.kind.get(ids[0]) in ("igo", "org", "state"):
                return root, ids
        return None

    def _left_actor_run(self, verb: Token) -> list[Token]:
        """Actor names right before a subjectless gerund: "Azerbaijan and Armenia finalizing ..."
        (the parser often attaches such a subject elsewhere)."""
        run: list[Token] = []
        i = verb.i - 1
        while i >= self.sentences.of(verb).start:
            token = self.doc[i]
            if i in self.token_actor or (run and token.lower_ in ("and", ",", "both")):
                run.insert(0, token)
                i -= 1
                continue
            break
        while run and run[0].i not in self.token_actor:
            run.pop(0)
        return run

    def _named_run(self, run: list[Token]) -> list[str]:
        ids: list[str] = []
        for token in run:
            actor = self.token_actor.get(token.i)
            if actor and actor not in ids:
                ids.append(actor)
        return ids

    def _is_anaphor(self, token: Token) -> bool:
        lower = token.lower_
        if lower in SECOND_PERSON and self.addressee:
            return True
        if lower == "both" and token.dep_ in ("nsubj", "nsubjpass"):
            return True  # "..., although both had committed to do so": the two just named
        if lower in NUMBER_WORDS and token.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children
        ):
            return True  # "The two agreed to convene ...": the two just named, the number standing alone
        if lower in PLURAL_PRONOUNS or lower in SINGULAR_PRONOUNS or lower in FIRST_PERSON_SINGULAR and (
            self.voice or self.turn_of(token) is not None
        ):
            return True
        determiners = {c.lower_ for c in token.children if c.dep_ in ("det", "nummod", "predet")}
        if "each" in determiners and _base(token) in self.lexicon.plural_anaphors:
            return True  # "each side promised to provide military assistance": all the parties just named
        return (
            _base(token) in self.lexicon.plural_anaphors
            and _plural(token)
            and (
                bool(determiners & {"the", "both", "two", "three", "four", "these", "all"})
                or not determiners
                and (_base(token) in self.lexicon.bare_anaphors or bool(self._declared_by_title(token)))
                and not any(c.dep_ in ("poss", "amod", "compound") for c in token.children)
            )
        )

    def voice_government(self, token: Token) -> list[str]:
        """A group speaking the document as a government it would form, named by its name's first word ("an
        Alliance government" in the Alliance for Renewal's programme): ``[its id]``, else []."""
        if token.lower_ != "government":
            return []
        words = {c.text for c in token.children if c.dep_ in ("compound", "amod") and c.text[:1].isupper()}
        return [v for v in self.voice if v.startswith("GRP:") and v[4:].split()[0] in words][:1]

    def _speakers_state(self) -> list[str]:
        """The one state the document's voice and its turns' speakers stand for, as ``[id]``; [] when they stand
        for none or for several."""
        states = {
            v for speaking in (self.voice, *(ids for _, _, ids in self.turns)) for v in speaking
            if (self.kind.get(v) or _gazetteer_type(v)) == "state"  # a speaker's state the text never names itself
        }
        return list(states) if len(states) == 1 else []

    def turn_of(self, token: Token) -> list[str] | None:
        """Who speaks the turn of a transcript ``token`` lies in (``[]``: a questioner no actor stands for), or
        None outside any turn."""
        for start, end, ids in self.turns:
            if start <= token.idx < end:
                return ids
        return None

    def is_authorial(self, token: Token) -> bool:
        """"I", or a "we" that is not the declared signatories of a joint statement, in a document whose title
        names no speaker: the author's own voice (an analyst's "We urge Washington to ...")."""
        if self.voice or self.turn_of(token) is not None or self._quoted_speaker(token):
            return False
        return token.lower_ == "i" or token.lower_ == "we" and not self._declared_speakers(token)

    def is_group_anaphor(self, token: Token) -> bool:
        """"the two countries", "the leaders" (a plural noun, not a pronoun) that refers back to parties."""
        return token.lower_ not in PLURAL_PRONOUNS | SINGULAR_PRONOUNS | FIRST_PERSON_SINGULAR and self._is_anaphor(token)

    def antecedent_in_sentence(self, anaphor: Token) -> list[str]:
        """Parties a pronoun refers to within its own sentence ("If Moscow wants ..., it should ..."), else []."""
        if not self._is_anaphor(anaphor) or anaphor.lower_ in FIRST_PERSON_PLURAL | FIRST_PERSON_SINGULAR:
            return []
        singular = anaphor.lower_ in SINGULAR_PRONOUNS
        for token in self.sentences.of(anaphor):
            if token.i >= anaphor.i:
                break
            if token.dep_ in SUBJECT_DEPS:
                ids = self.named(token)
                if ids and (len(ids) == 1 or not singular):
                    return ids
        return []

    def _seated(self, noun: Token) -> list[str]:
        """Who "the Government in Kinshasa" is when the parser hangs "in Kinshasa" on the verb: the state whose
        seat is named right after an unnamed agent noun; [] otherwise."""
        after = noun.doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(noun.doc) else None
        if _base(noun) not in self.lexicon.agent_nouns or after is None or after.lower_ != "in" or after.dep_ != "prep":
            return []
        seat = next((c for c in after.children if c.dep_ == "pobj"), None)
        return self.named(seat) if seat is not None else []

    def _unnamed_group_before(self, anaphor: Token) -> bool:
        """Whether a "they" of a relative clause follows, in its sentence and with no party named between, a
        plural common noun that names no party and is no one's ("allies", not "its allies" or "the United
        States and its allies")."""
        if anaphor.lower_ not in ("they", "them", "their") or not any(a.dep_ == "relcl" for a in anaphor.ancestors):
            return False
        sentence = self.sentences.of(anaphor)
        for token in reversed(sentence[: anaphor.i - sentence.start]):
            if self.actor_at(token):
                return False
            if _unnamed_group(token, anaphor) and not token.is_ancestor(anaphor):
                if self._is_anaphor(token):
                    return False  # "both sides signed the Declaration, in which they committed": the sides named before
                named_with = any(self.actor_at(t) for t in token.conjuncts) or (
                    token.dep_ == "conj" and self.actor_at(token.head)
                )
                owned = any(c.dep_ in ("poss", "compound", "amod") and self.actor_at(c) for c in token.children)
                return not named_with and not owned and not any(c.dep_ == "poss" for c in token.children)
        return False

    def _antecedent(self, anaphor: Token, depth: int = 0) -> list[str]:
        singular = anaphor.lower_ in SINGULAR_PRONOUNS
        wanted = _number(anaphor)
        fits = (lambda ids: len(ids) == 1) if singular else (lambda ids: len(ids) >= wanted)
        if anaphor.lower_ in SECOND_PERSON and self.addressee:
            return self.addressee  # a letter's "you": whom it is written to
        if anaphor.lower_ in FIRST_PERSON_PLURAL | FIRST_PERSON_SINGULAR and (turn := self.turn_of(anaphor)) is not None:
            return turn  # an interview's "we": whoever's turn it is
        if anaphor.lower_ in FIRST_PERSON_PLURAL | FIRST_PERSON_SINGULAR and (quoted := self._quoted_speaker(anaphor)):
            # '"We urge the authorities to ...," Ms. Teferra said': whoever the quotation is told of; a person's "we"
            # is the body they speak for ('"We will continue to support ...," said the World Bank's director')
            if anaphor.lower_ in FIRST_PERSON_PLURAL and len(quoted) == 1 and (body := self.affiliation.get(quoted[0])):
                return [body, quoted[0]]
            return quoted
        if anaphor.lower_ in FIRST_PERSON_PLURAL:
            # "We" is the signatories of a joint statement, or else who the title says speaks, or else the
            # authors themselves.
            return self._declared_speakers(anaphor) or self.voice
        if anaphor.lower_ in FIRST_PERSON_SINGULAR:
            return self.voice
        if anaphor.lower_ in ("it", "its", "itself") and (enactor := self.enactor(self.sentences.of(anaphor).root)):
            return enactor[1]  # "Expresses its intention to designate ...": the Council's
        exact = _exact_number(anaphor)
        if wanted > 1 and (declared := self._declared_by_title(anaphor)) and exact in (None, len(declared)):
            return declared
        if _base(anaphor) in self.lexicon.participant_anaphors and (took_part := self._took_part(anaphor)) is not None:
            return took_part  # "41 states took part ... Participants announced pledges": no one named
        if wanted > 1 and _base(anaphor) in self.lexicon.people_nouns | _SIDES and (met := self._opening_meeting()) and (
            exact in (None, len(self._split_people(met, False).ids))
        ):
            return met  # a readout's "the sides", "the two leaders": who spoke in its opening sentence
        if self._unnamed_group_before(anaphor):
            return []  # "calls on allies to deliver the systems they promised": the allies, whom no name gives
        # The subject of a governing clause: "Yerevan and Baku ... indicating that they are close"; or the
        # possessor of a governing noun: "Australia's announcement that it will contribute".
        ancestor = anaphor.head
        told = next((a for a in anaphor.ancestors if a.dep_ == "ccomp"), None)
        if told is not None and told.head.lemma_.lower() in _TELLING_VERBS:
            # "Reminded the Kremlin that it signed ...", "told Baku that it must ...": the one told
            hearer = next((c for c in told.head.children if c.dep_ == "dobj"), None)
            if hearer is not None and fits(ids := self.named(hearer) or self._seated(hearer)):
                return ids
        while ancestor.head.i != ancestor.i:
            subject = _subject_token(ancestor)
            owner = possessor(ancestor) if subject is None and ancestor.pos_ in ("NOUN", "PROPN") else None
            if owner is None and subject is None and ancestor.lemma_.lower() in self.lexicon.groups.get("reporting_nouns", ()):
                owner = _by_agent(ancestor)  # "the announcement by the World Bank that it will make ..."
            candidate = subject or owner
            if candidate is not None and candidate.i != anaphor.i and not candidate.is_ancestor(anaphor):
                ids = self.named(candidate) or self._fighters_of(candidate)  # "the group said it would agree"
                if fits(ids) and (owner is None or self._agrees(anaphor, ids)):
                    return ids
            ancestor = ancestor.head
        subject = _subject_token(ancestor)
        if subject is not None and subject.i != anaphor.i and subject.i < anaphor.i and not subject.is_ancestor(anaphor):
            ids = self.named(subject)
            if not ids and _unnamed_group(subject, anaphor) and not self._is_anaphor(subject) and not self._collective(subject) and (
                _base(subject) not in self.lexicon.agent_nouns  # "Administration officials ... their commitment"
            ):
                return []  # "Arab states have said they will not send troops": they are the unnamed states
            if not ids and depth < 2 and self.is_group_anaphor(subject):
                # "The two leaders discussed ... their shared commitment": "their" is who "the two leaders" are
                ids = self._antecedent(subject, depth + 1)
            if fits(ids):
                return ids
        if subject is None and fits(labelled := self._labelled_party(ancestor)):
            return labelled  # "* QATAR: Pledged $500 million ... and said it would fund ..."
        # An earlier subject of the same sentence: "Although Russia brokered the deal, its peacekeepers ...".
        for token in self.sentences.of(anaphor):
            if token.i >= anaphor.i:
                break
            if token.dep_ in SUBJECT_DEPS:
                ids = self.named(token)
                if fits(ids):
                    return ids
        if exact:
            # "talks between Sudan's army and the RSF broke down, three days after the two sides had agreed"
            group = self._coordinated_group([t for t in self.sentences.of(anaphor) if t.i < anaphor.i], exact)
            if group:
                return group
        previous = self.sentences.step(self.sentences.of(anaphor), -1)
        if previous is None:
            return []
        if exact:
            # "the three governments": the last three parties named together a few sentences back, as the
            # subject of a main clause ("Estonia, Latvia and Lithuania disconnected ...") before the subject
            # of a relative clause ("a mission that Sweden, Finland and Germany have joined")
            # "both sides", "the two parties": first the two a conflict or talks were between ("the fighting
            # between the Sudanese Armed Forces and the Rapid Support Forces")
            roles = ("between", "meeting", "main subject", "subject") if _base(anaphor) in _SIDES else (
                "meeting", "main subject", "between", "subject"
            )
            group = self._group_before(previous, exact, roles, sides=_base(anaphor) in _SIDES)
            if group:
                return group
        subjects = [t for t in previous if t.dep_ in SUBJECT_DEPS]
        subjects.sort(key=lambda t: (t.head.dep_ != "ROOT", t.i))
        for subject in subjects:
            ids = self.named(subject)
            if not ids and depth < 2 and self._is_anaphor(subject):
                ids = self._antecedent(subject, depth + 1)
            if not ids and depth < 2:
                ids = self.speaking_government(subject)  # "My Government will build ... It will meet ..."
            if fits(ids) and anaphor.lower_ in PLURAL_PRONOUNS and len(ids) == 1 and self.kind.get(ids[0]) == "person":
                # "they" is a group rather than one person: who met in a readout's opening ("They committed to
                # working together"), or the group the person acted on ("Mr. Lunde persuaded the two sides to
                # return ... they signed accords"); else the person
                return self._opening_meeting() or self._group_acted_on(previous, depth) or ids
            if fits(ids):
                return ids
        if wanted > 1:
            group = self._group_before(previous, exact, ("any",), sides=_base(anaphor) in _SIDES) if exact else []
            skip = self._kinds_it_cannot_be(anaphor)
            return group or self._last_group(anaphor, wanted) or self._recent_parties(
                previous, wanted, skip=skip, sides=_base(anaphor) in _SIDES)
        return []

    def _group_acted_on(self, sentence: Span, depth: int) -> list[str]:
        """The parties of a plural noun a verb of ``sentence`` acts on ("Mr. Lunde persuaded the two sides to
        return to the table"), or []."""
        for token in sentence:
            if token.dep_ == "dobj" and depth < 2 and self.is_group_anaphor(token):
                ids = self._antecedent(token, depth + 1)
                if len(ids) > 1:
                    return ids
        return []

    def _group_before(self, previous: Span, wanted: int, roles: tuple[str, ...], *, sides: bool = False) -> list[str]:
        """The nearest group of exactly ``wanted`` coordinated parties in ``previous`` or the sentences
        before it (``_GROUP_WINDOW``), trying each role in turn. For the ``sides`` of something ("each party",
        "both sides"), a group whose own sentence names "both parties" apart from it is not them ("Togo and Algeria
        will monitor the ceasefire and report monthly to both parties")."""
        for role in roles:
            sentence: Span | None = previous
            for _ in range(_GROUP_WINDOW):
                if sentence is None:
                    break
                group = self._meeting(sentence, wanted) if role == "meeting" else self._coordinated_group(
                    sentence, wanted, role=role
                )
                if group and sides and self._sides_apart(sentence):
                    group = []
                if group:
                    return group
                sentence = self.sentences.step(sentence, -1)
        return []

    def _meeting(self, sentence: Span, wanted: int | None) -> list[str]:
        """"President Biden spoke today with President Duda of Poland. The two leaders affirmed ...": who
        met, spoke or talked with whom ("had a telephone conversation with", "held talks with"), when exactly
        as many as the anaphor counts (``wanted``; None: two or more)."""
        lexicon = self.lexicon
        for token in sentence:
            if token.pos_ not in ("VERB", "AUX"):
                continue
            lemma = token.lemma_.lower()
            nouns = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon.meeting_nouns]
            if lemma not in lexicon.meeting_verbs and not (lemma in lexicon.meeting_noun_verbs and nouns):
                continue
            # the subject that names someone: "BEIJING, May 21 -- President Xi held ...", where the parser makes
            # the dateline a subject too
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            subject = next((c for c in subjects if self.named(c, agentive=False)), subjects[0] if subjects else None)
            partners = [g for head in (token, *nouns) for c in head.children if c.dep_ == "prep" and c.lower_ == "with"
                        for g in c.children if g.dep_ == "pobj"]
            if subject is None or not partners:
                continue
            ids: list[str] = []
            for phrase in (subject, *partners):
                ids.extend(a for a in self.named(phrase, agentive=False) if a not in ids)
            count = len(self._split_people(ids, False).ids)
            if count == wanted or wanted is None and count >= 2:
                return ids
        return []

    def _opening_meeting(self) -> list[str]:
        """Who met or spoke in a document that opens by saying so, as readouts do ("Vladimir Putin had a
        telephone conversation with President of Türkiye Recep Tayyip Erdoğan."): "the sides", "the two
        leaders" and "the Presidents" are they throughout. [] for other documents."""
        if self._opening is None:
            self._opening = []
            with_verbs = (s for s in self.sentences.spans if any(t.pos_ in ("VERB", "AUX") for t in s))
            for sentence in itertools.islice(with_verbs, 2):
                self._opening = self._meeting(sentence, None)
                if self._opening:
                    break
        return self._opening

    def _coordinated_group(self, sentence: Iterable[Token], wanted: int, *, role: str = "any") -> list[str]:
        """"Both governments" after "... mediated by Turkey, eased the quarrel between Ethiopia and
        Somalia": the parties coordinated with each other in the sentence before, when exactly as many as
        the anaphor counts, rather than every party that sentence names."""
        for token in sentence:
            if token.dep_ == "conj" or not token.conjuncts:
                continue
            members = (token, *token.conjuncts)
            if role in ("subject", "main subject") and _subject_after_date(token):
                members = token.conjuncts  # "On February 9, 2025, Estonia, Latvia and Lithuania disconnected ..."
            elif role == "between":
                if not (token.dep_ == "pobj" and token.head.lower_ == "between"):  # "the quarrel between A and B"
                    continue
            elif role != "any" and (token.dep_ not in SUBJECT_DEPS or role == "main subject" and token.head.dep_ != "ROOT"):
                continue
            if self._third_parties(token):
                continue
            ids = []
            for member in members:
                named = self.named(member) if member.i not in self.token_actor else [self.token_actor[member.i]]
                ids.extend(a for a in named[:1] if a not in ids)  # "Sudan's army" is Sudan
            if len(ids) == wanted and len(self._split_people(ids, False).ids) == wanted:
                return ids
        return []

    def _third_parties(self, token: Token) -> bool:
        """Whether ``token`` names those who stand beside the parties ("the African Union and IGAD joining as
        facilitators", "with Qatar as mediator"): ``third_party_roles`` after an "as" on it or its verb."""
        for holder in (token, token.head):
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ == "as" and any(
                    _base(g) in self.lexicon.third_party_roles for g in prep.children if g.dep_ == "pobj"
                ):
                    return True
        return False

    def _last_group(self, anaphor: Token, wanted: int) -> list[str]:
        """The most recent subject naming several parties: "The Prime Ministers of Cambodia, Laos and
        Thailand met ... The leaders agreed ..."."""
        for token in reversed(self.doc[: self.sentences.of(anaphor).start]):
            if token.dep_ in SUBJECT_DEPS and token.head.dep_ == "ROOT":
                if _base(anaphor) in _SIDES and self._sides_apart(self.sentences.of(token)):
                    continue  # "Togo and Algeria will ... report to both parties. Each party will appoint ..."
                ids = self.named(token)
                if len(self._split_people(ids, False).ids) >= wanted:
                    return ids
        return []

    def _sides_apart(self, sentence: Span) -> bool:
        """Whether ``sentence`` names "both parties" or "the sides", without naming them, as others act on them or
        speak to them: whoever else it names is not them ("Togo and Algeria will monitor the ceasefire and report
        monthly to both parties"; not "the agreement ..., in which the parties agreed")."""
        return any(
            _base(t) in _SIDES and _plural(t) and self.actor_at(t) is None and t.dep_ not in SUBJECT_DEPS
            for t in sentence
        )

    def _recent_parties(
        self, sentence: Span, wanted: int, *, skip: set[str] = frozenset(), sides: bool = False
    ) -> list[str]:
        """"The two leaders": the parties named in the last few sentences, nearest first, leaving out
        actors of the types in ``skip`` (organisations for people, anything but states for countries), and for
        the ``sides`` of something those of a sentence that names the sides apart from them."""
        ids: list[str] = []
        for _ in range(3):
            for token in sorted(sentence, key=lambda t: (t.dep_ not in SUBJECT_DEPS, t.i)) if not (
                sides and self._sides_apart(sentence)
            ) else ():
                actor = self.token_actor.get(token.i)
                if actor and actor not in ids and self.kind.get(actor) not in skip and not self._third_parties(token):
                    ids.append(actor)
            earlier = self.sentences.step(sentence, -1)
            if len(self._split_people(ids, False).ids) >= wanted or earlier is None:
                break
            sentence = earlier
        return ids if len(self._split_people(ids, False).ids) >= wanted else []

    def _declared(self) -> list[tuple[int, list[str], str, str]]:
        """The document's declarations of who speaks or met, found in one pass per Doc (so a statement
        full of "we" stays linear): "We, the Foreign Ministers of Canada, France ..." and "Foreign Ministers
        of the Pacific Islands Forum met in Suva" (a plural title naming its parties, subject of a meeting
        verb)."""
        if self._declarations is None:
            self._declarations = []
            for token in self.doc:
                if token.lower_ == "we":
                    for child in token.children:
                        if child.dep_ != "appos" or _base(child) in self.lexicon.described_bodies:
                            continue  # "We, the undersigned Kenyan ... organisations": not Kenya
                        ids = self.named(child, agentive=False)
                        if ids:
                            self._declarations.append((token.i, ids, _base(child), "we"))
                            break
                elif (
                    token.dep_ == "nsubj" and _plural(token) and _base(token) in self.lexicon.people_nouns
                    and token.head.lemma_.lower() in self.lexicon.meeting_verbs
                ):
                    ids = self.named(token, agentive=False)
                    if ids:
                        self._declarations.append((token.i, ids, _base(token), "meeting"))
                elif token.lower_ in self.lexicon.defining_words:
                    self._read_definition(token)
                elif token.text in _MEETING_NAMES and token.pos_ in ("NOUN", "PROPN"):
                    self._read_meeting_name(token)
            self._read_delegations()
        return self._declarations

    def _read_delegations(self) -> None:
        """A record's list of who attended, one line per delegation ("For the Republic of Kazakhstan: Nurzhan
        Nurzhigitov, Minister ..."): the states of two or more such lines are "the Parties", "both sides" and
        "the two delegations" of what follows."""
        first, ids = None, []
        for match in _DELEGATION_LINE.finditer(doc_text(self.doc)):
            span = self.doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
            named = [] if span is None else [
                a for t in span if (a := self.actor_at(t)) is not None and self.kind.get(a) == "state"
            ]
            if named and span is not None:
                first = span.start if first is None else first
                ids.extend(a for a in named if a not in ids)
        if first is not None and len(ids) >= 2:
            for head in ("party", "side", "delegation"):
                self._declarations.append((first, ids, head, "delegations"))

    def declared(self, anaphor: Token) -> list[str]:
        """The parties a declaration or definition named collectively, when ``anaphor`` uses its title."""
        return self._declared_by_title(anaphor) if _plural(anaphor) else []

    @property
    def defines_parties(self) -> bool:
        """Whether the document defines a collective name for its parties ('hereinafter "the Parties"'), as
        agreements do."""
        return any(kind == "definition" for _, _, _, kind in self._declared())

    def _read_definition(self, token: Token) -> None:
        """"The Government of Colombia and the ELN, hereinafter "the Parties", ...": the parties named before
        the defining word in its sentence are what the defined plural noun after it stands for."""
        sentence = self.sentences.of(token)
        # 'hereinafter "the Parties"'; 'hereinafter referred to individually as a "Participant" and collectively
        # as "the Participants"'
        defined = next(
            (t for t in self.doc[token.i + 1 : min(token.i + 20, sentence.end)] if t.pos_ in ("NOUN", "PROPN") and _plural(t)),
            None,
        )
        if defined is None:
            return
        ids: list[str] = []
        for i in range(sentence.start, token.i):
            actor = self.token_actor.get(i)
            if actor and actor not in ids and self.kind.get(actor) != "person":
                ids.append(actor)
        if len(ids) >= 2:
            self._declarations.append((defined.i, ids, _base(defined), "definition"))

    def _read_meeting_name(self, token: Token) -> None:
        """"The 58th ASEAN Foreign Ministers' Meeting was held ...": "the Ministers" of the statement are the body
        whose meeting it names."""
        if token.dep_ not in ("nsubj", "nsubjpass") or token.head.lemma_.lower() not in self.lexicon.meeting_verbs | {
            "take", "open", "close", "conclude"
        }:
            return  # a meeting the document reports on ("was held in Kuala Lumpur"), not one it mentions
        before = [t for t in token.subtree if t.i < token.i]
        people = next((t for t in before if _base(t) in self.lexicon.people_nouns and _plural(t)), None)
        ids = list(dict.fromkeys(
            a for t in before if (a := self.token_actor.get(t.i)) is not None and self.kind.get(a) in ("igo", "state")
        ))
        if people is not None and len(ids) == 1:
            self._declarations.append((token.i, ids, _base(people), "meeting"))

    def _declared_speakers(self, anaphor: Token) -> list[str]:
        """"We, the Foreign Ministers of Canada, France ...": who "we" are in a joint statement."""
        found = [ids for i, ids, _, how in self._declared() if how == "we" and i <= anaphor.i]
        return found[-1] if found else []

    def _declared_by_title(self, anaphor: Token) -> list[str]:
        """"The Ministers" in a statement that opened "We, the Foreign Ministers of A, B and C" or
        "Foreign Ministers of the Forum met ...": the declared parties, whatever the sentence before named.
        Titles of people stand for one another ("the Leaders" of the ministers' Forum is the Forum)."""
        base = _base(anaphor)
        people = self.lexicon.people_nouns

        def same_title(head: str) -> bool:
            return head == base or head in people and base in people

        found = [ids for i, ids, head, _ in self._declared() if i < anaphor.i and same_title(head)]
        return found[-1] if found else []

    def _ruler(self, token: Token) -> bool:
        """"the junta", "the regime": a state's rulers, named by their state before."""
        return _base(token) in self.lexicon.ruler_nouns and not _plural(token) and _bare_definite(token)

    def _fighters_of(self, token: Token) -> list[str]:
        """"the guerrillas", "the rebels", "the group": the group named last before, whose fighters they are; []
        for any other word or with no group named."""
        if _base(token) not in self.lexicon.fighter_nouns or not _bare_definite(token, "prep"):
            return []
        group = self._named_last_before(token.i, "group")
        return [group] if group is not None else []

    def _quoted_speaker(self, token: Token, *, depth: int = 0) -> list[str]:
        """Who speaks the quotation ``token`` lies in, when its sentence says so outside the quotation marks
        ('"We urge the authorities to protect social spending," Ms. Teferra said.'): the named subject of a
        reporting verb after the closing mark; [] outside a quotation or with no such speaker."""
        sentence = self.sentences.of(token)
        marks = [t.i for t in sentence if t.text in _QUOTE_MARKS]
        opened = [i for i in marks if i < token.i]
        closing = next((i for i in marks if i > token.i), None)
        run_on = not opened and len(marks) % 2 == 1  # '... allegation," said Helena Marsh.' ends a quotation begun before
        if len(opened) % 2 == 0 and not run_on:
            return []  # outside any quotation (straight marks open and close in turn)
        if closing is not None:
            for verb in self.doc[closing + 1 : sentence.end]:
                if verb.lemma_.lower() in self.lexicon.reporting_verbs and verb.pos_ in ("VERB", "AUX"):
                    subject = _subject_token(verb)
                    if subject is not None and subject.lower_ in ("he", "she"):
                        # '"We will continue to work closely ...," she said.': the person named last before the quotation
                        person = self._named_last_before(opened[-1] if opened else sentence.start, "person")
                        return [person] if person is not None else []
                    return self.resolve(subject, allow_anaphora=False).ids if subject is not None else []
        if run_on or opened[0] != sentence.start:
            return []
        # A quotation opening its sentence with no speaker of its own goes on from the one before it, whose
        # speaker is named after it ('"The people voted freely," said Helena Marsh. "We call on the
        # authorities ..."'), or runs on into the next sentence, which names the speaker ('"We ... . We will ...,"
        # she said.'); only one sentence either way.
        for step in (-1, 1) if closing is not None else (1, -1):
            other = self.sentences.step(sentence, step)
            if other is None or depth:
                continue
            quoted = [t.i for t in other if t.text in _QUOTE_MARKS]
            inside = quoted[-1] - 1 if step < 0 and len(quoted) % 2 == 0 and quoted else (
                quoted[0] - 1 if step > 0 and len(quoted) % 2 == 1 else None
            )
            if inside is not None and inside >= other.start:
                speaker = self._quoted_speaker(self.doc[inside], depth=1)
                if speaker:
                    return speaker
        return []

    def _took_part(self, anaphor: Token) -> list[str] | None:
        """Who the text said took part, before ``anaphor`` ("Participants") within ``_GROUP_WINDOW`` sentences:
        the named subject of a verb of ``participation_verbs`` (``[]`` when that subject names no party:
        "Representatives of 41 states took part"), or None when no sentence says who took part."""
        sentence: Span | None = self.sentences.of(anaphor)
        for _ in range(_GROUP_WINDOW):
            sentence = self.sentences.step(sentence, -1) if sentence is not None else None
            if sentence is None:
                return None
            for verb in sentence:
                lemma = verb.lemma_.lower()
                if verb.pos_ == "VERB" and (lemma in self.lexicon.participation_verbs or lemma + " part" in
                                            self.lexicon.participation_verbs and any(c.lower_ == "part" for c in verb.children)):
                    subject = _subject_token(verb)
                    return self.named(subject) if subject is not None else []
        return None

    def _hosts(self) -> list[str]:
        """Who hosted or chaired the meeting the document tells of: the named subject of the first verb of
        ``host_verbs`` ("The Governments of Norway and Germany, together with OCHA, co-hosted ..."), with whom
        it did so "together with"; [] when no such verb has a named subject. Found once per document."""
        if self._hosts_found is None:
            self._hosts_found = self._find_hosts()
        return self._hosts_found

    def _find_hosts(self) -> list[str]:
        for verb in self.doc:
            if verb.pos_ != "VERB" or _with_co(verb) not in self.lexicon.host_verbs:
                continue
            subject = _subject_token(verb)
            ids = self.named(subject) if subject is not None else []
            if not ids:
                continue
            partners = [
                g for prep in subject.children if prep.dep_ == "prep" and prep.lower_ == "with"
                for g in prep.children if g.dep_ == "pobj"
            ]
            ids += [a for g in partners for a in self.named(g, agentive=False) if a not in ids]
            return ids
        return []

    def _chair_before(self, token: Token) -> list[str]:
        """The party a meeting's chair was given to before ``token`` ("under the chairmanship of Malaysia")."""
        for chair in self.doc[: token.i]:
            if chair.lower_ not in ("chairmanship", "chairship", "presidency"):
                continue
            for prep in chair.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    ids = [a for g in prep.children if g.dep_ == "pobj" for a in self.named(g, agentive=False)]
                    if len(ids) == 1:
                        return ids
        return []

    def _state_before(self, token: Token) -> list[str]:
        """The state named last before ``token``, in its sentence or the ``_RULER_WINDOW`` sentences before."""
        start = self.sentences.of(token).start
        sentence: Span | None = self.sentences.of(token)
        for _ in range(_RULER_WINDOW):
            if sentence is None:
                break
            start = sentence.start
            sentence = self.sentences.step(sentence, -1)
        for i in range(token.i - 1, start - 1, -1):
            state = self.token_actor.get(i)
            if state is None or self.kind.get(state) != "state":
                continue
            named = self.doc[i]
            if named.dep_ == "conj" or any(c.dep_ == "conj" for c in named.children):
                continue  # one of a list ("The US, Saudi Arabia, Egypt and the United Arab Emirates ... proposed"): no army's
            return [state]
        return []

    def _named_last_before(self, end: int, kind: str, start: int = 0) -> str | None:
        """Id of the actor of ``kind`` ("state", "person", ...) named last among tokens ``start:end``, or None."""
        return next((actor for i in range(end - 1, start - 1, -1)
                     if (actor := self.token_actor.get(i)) is not None and self.kind.get(actor) == kind), None)

    def _organisation_before(self, token: Token) -> list[str]:
        """The organisation named last before ``token``, or the one it is an organ of ("the European Council
        ... Member States committed": the EU's members act as the EU), or []."""
        before = [(i, actor) for i, actor in self.token_actor.items() if i < token.i and self.kind.get(actor) == "igo"]
        if not before:
            return []
        organisation = max(before)[1]
        return [self.organisation.get(organisation, organisation)]

    def _agrees(self, pronoun: Token, ids: list[str]) -> bool:
        """Whether ``ids`` can be what ``pronoun`` stands for: "he", "his", "she", "her" a person, "it" and
        "its" not ("President Biden conveyed ... support for Israel's security and his commitment"); "they"
        either."""
        people = [self.kind.get(actor) == "person" for actor in ids]
        if pronoun.lower_ in GENDERED_PRONOUNS:
            return all(people)
        return pronoun.lower_ not in ("it", "its") or not any(people)

    def _kinds_it_cannot_be(self, anaphor: Token) -> set[str]:
        """Actor types a plural anaphor does not refer to: "the leaders" are not the fund they paid into,
        "the three countries" not the organisation that brokered their deal."""
        base = _base(anaphor)
        if base in self.lexicon.people_nouns:
            return {"org"}
        if base in self.lexicon.state_nouns and base != "government":
            return {"org", "igo", "group"}
        return set()

    def most_named_state(self) -> list[str]:
        """``[id]`` of the state the document's actor spans name most often, when one leads; else []."""
        spans = self.doc.spans[ACTOR_SPANS] if ACTOR_SPANS in self.doc.spans else ()
        counts = Counter(span.label_ for span in spans if self.kind.get(span.label_) == "state")
        best = counts.most_common(2)
        return [best[0][0]] if best and (len(best) == 1 or best[0][1] > best[1][1]) else []

    def split(self, ids: list[str]) -> Parties:
        """The parties of actors named together (a person counted as their state)."""
        return self._split_people(ids, False)

    def _split_people(self, ids: list[str], anaphoric: bool) -> Parties:
        """Leaders act for their state: a person with an affiliation is counted as that state."""
        parties: list[str] = []
        people: list[str] = []
        for actor in ids:
            party = self.affiliation.get(actor, actor)
            if party != actor:
                people.append(actor)
            if party not in parties:
                parties.append(party)
        return Parties(parties, people, anaphoric)


def _number(anaphor: Token) -> int:
    """How many parties a plural anaphor needs: "the two countries" 2, "they" 1."""
    # "the leaders", "the parties": a plural noun refers back to a group, not to one state.
    return _exact_number(anaphor) or (2 if _plural(anaphor) or anaphor.lower_ == "both" or _each(anaphor) else 1)


def _each(anaphor: Token) -> bool:
    """"each side", "each country": every one of the parties, so a group."""
    return any(c.dep_ == "det" and c.lower_ == "each" for c in anaphor.children)


_DELEGATION_LINE = re.compile(r"^[ \t]*For (?:the )?([^:\n]{2,80}):", re.MULTILINE)
_RULER_WINDOW = 5  # sentences back that "the junta" looks for its state
_GROUP_WINDOW = 12  # sentences back that "the three governments" looks for three parties named together


def _subject_after_date(token: Token) -> bool:
    """Whether ``token``, a date opening its sentence, heads the subject the parser joined to it: "On February 9,
    2025, Estonia, Latvia and Lithuania disconnected ..." makes the three states conjuncts of "2025" and leaves the
    verb without a subject."""
    root = token.sent.root
    return (token.ent_type_ in ("DATE", "TIME") or token.like_num) and token.dep_ == "pobj" and (
        token.head.head.i == root.i and token.head.i < root.i
        and not any(c.dep_ in SUBJECT_DEPS for c in root.children)
        and all(c.pos_ == "PROPN" for c in token.conjuncts)
    )


def _exact_number(anaphor: Token) -> int | None:
    """The count a plural anaphor states ("both sides" 2, "the three countries" 3, "the two" 2), else None."""
    if anaphor.lower_ in NUMBER_WORDS and anaphor.lower_ != "both":
        return NUMBER_WORDS[anaphor.lower_]
    if _base(anaphor) in _SIDES and _each(anaphor):
        return 2  # "each side" of a pair
    for child in anaphor.children:
        if child.lower_ in NUMBER_WORDS:
            return NUMBER_WORDS[child.lower_]
    return None


def _plural(token: Token) -> bool:
    """Plural noun; capitalised titles ("The Prime Ministers") are often tagged as singular proper nouns."""
    return token.tag_ in ("NNS", "NNPS") or (token.pos_ == "PROPN" and token.lower_.endswith("s") and not token.lower_.endswith("ss"))


def _bare_definite(token: Token, *more: str) -> bool:
    """"the junta", "the group": a noun after "the" with no owner, adjective or compound before it (nor any of the
    ``more`` dependents), so it can only refer back."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and not any(
        c.dep_ in ("poss", "amod", "compound", *more) for c in token.children
    )


def _office_held(token: Token) -> bool:
    """"the Secretary of State", "the Prime Minister": a capitalised state office after "the", its holder unnamed."""
    if not token.text[:1].isupper() or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    words = [t for t in token.subtree if t.i >= token.i and (t.i == token.i or t.dep_ in ("prep", "pobj", "compound"))]
    compounds = [t for t in token.children if t.dep_ == "compound" and t.i < token.i]
    phrase = " ".join(t.text for t in sorted([*compounds, *words], key=lambda t: t.i))
    return is_state_office(phrase)


def _unnamed_group(subject: Token, anaphor: Token) -> bool:
    """A plural common noun ("Arab states", "Western diplomats") that a "they" in its clause refers to."""
    return anaphor.lower_ in ("they", "them", "their") and subject.pos_ == "NOUN" and _plural(subject)


def _base(token: Token) -> str:
    """Lower-case singular lemma; proper-noun plurals keep their "s" in the lemma ("Ministers", "Parties")."""
    lemma = token.lemma_.lower()
    if token.pos_ == "PROPN" and _plural(token):
        return lemma[:-3] + "y" if lemma.endswith("ies") else lemma[:-1]
    return lemma


# Verbs whose object is told something about itself: "reminded the Kremlin that it signed ..."
_TELLING_VERBS = frozenset({"remind", "tell", "warn", "inform", "notify", "assure", "caution"})


_QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})


def _gazetteer_type(actor_id: str) -> str | None:
    """The type the actor gazetteer gives an id ("KOR" -> "state"), or None for an id it does not list."""
    record = load_gazetteer().actors.get(actor_id)
    return record.type if record is not None else None


def _with_co(token: Token) -> str:
    """The lemma of ``token`` with a "co-" written before it ("co-hosted" → "co-host"; the tokenizer splits
    the hyphen off), lower-cased."""
    lemma = token.lemma_.lower()
    doc = token.doc
    if lemma == "co" and token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_:
        return "co-" + doc[token.i + 2].lemma_.lower()  # "The co-hosts urged ...", its subject read from "co"
    if token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "co" and not doc[token.i - 2].whitespace_:
        return "co-" + lemma
    return lemma


def _subject_token(verb: Token) -> Token | None:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
    if subject is not None:
        return subject
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        for child in verb.children:
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        return None
    return None


def _members(token: Token) -> bool:
    """"Member States", "member countries", "the members", "Allies": an organisation's members, unnamed
    ("our allies", "its allies" are someone's, not an organisation's)."""
    if not _plural(token):
        return False
    base = _base(token)
    if base in ("ally", "allie"):
        return not any(c.dep_ in ("poss", "det", "amod", "compound") for c in token.children)
    return base == "member" or base in ("state", "country", "nation") and any(
        c.dep_ in ("compound", "amod") and c.lower_ == "member" for c in token.children
    )


_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
_PAST_TAGS = frozenset({"VBD", "VBN"})


def _tenses_differ(verb: Token, other: Token) -> bool:
    """One verb present ("encourages"), the other past ("announced")."""
    tags = {verb.tag_, other.tag_}
    return bool(tags & _PRESENT_TAGS) and bool(tags & _PAST_TAGS)


def _finite_after_infinitive(verb: Token, other: Token, *, modal: bool = False) -> bool:
    """A finite verb ("called") the parser joined to a "to" infinitive ("decision to lower tariffs"); with
    ``modal``, to a modal's infinitive ("argued that any ceasefire must keep the corridor open and urged ...")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") and other.tag_ == "VB" and any(
        c.dep_ == "aux" and (c.lower_ == "to" or modal and c.tag_ == "MD") for c in other.children
    )


def _by_agent(noun: Token) -> Token | None:
    """The object of a noun's "by" phrase before the clause it governs: "the announcement by the World Bank"."""
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
                 if g.dep_ == "pobj"), None)


def possessor(noun: Token) -> Token | None:
    """The possessor of a noun: "its", or "Azerbaijan's" even when parsed as a bare dependent."""
    for child in noun.children:
        if child.i < noun.i and (child.dep_ == "poss" or any(g.dep_ == "case" for g in child.children)):
            return child
    # The parser sometimes hangs "Azerbaijan's" on the verb; the clitic right before the noun phrase still marks it.
    before = noun.left_edge.i - 1
    if before >= 0 and noun.doc[before].dep_ == "case" and noun.doc[before].head.i < noun.i:
        return noun.doc[before].head
    return None


def _conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts] if token.dep_ != "conj" else [token]
