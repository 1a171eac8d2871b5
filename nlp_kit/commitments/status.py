"""Was a commitment kept? Status from the words around it.

``StatusCues`` finds the status cues of ``status_cues.yaml`` (a PhraseMatcher on
lemmas, per sentence asked about, once) and answers, for a sentence, which
statuses its cues and its discourse neighbours point to.

Example: "By mid-2022, Yerevan and Ankara were promising their common border
would soon open. Yet, despite these initial gains, progress stalled, and the
border remains closed." — the next sentence opens with "Yet" and holds
"remains closed", so the promise is ``unfulfilled``. A next sentence that refers back
("He has yet to dismantle a single warhead", "The money was delivered in full") is read too.
"""

from __future__ import annotations

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from nlp_kit.commitments.lexicon import CommitmentLexicon
from nlp_kit.commitments.parties import SentenceIndex
from nlp_kit.doctext import doc_text

FORWARD_LOOKING = frozenset({"pledge", "promise", "intent", "conditional", "demand"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "it", "they"})


class StatusCues:
    """Status cues of one Doc, looked up per sentence (only sentences near a commitment are matched)."""

    def __init__(
        self, doc: Doc, matcher: PhraseMatcher, lexicon: CommitmentLexicon, names: dict[int, str], sentences: SentenceIndex
    ) -> None:
        self.doc = doc
        self.sentences = sentences
        self.lexicon = lexicon
        self.matcher = matcher
        self.names = names
        self._matches: dict[int, list[tuple[str, int, int]]] = {}
        # Start tokens of sentences that hold a commitment of their own: their cues are about it
        # ("They also agreed to review the guidelines, ... never been fully implemented").
        self.committing_sentences: set[int] = set()

    def cues(self, sentence: Span) -> list[tuple[str, int, int]]:
        """``(status, start, end)`` of the cues in one sentence; matched once, only where asked."""
        if sentence.start not in self._matches:
            found = []
            for span in self.matcher(sentence, as_spans=True):
                if any(_unrealised(t) for t in span):
                    # "promised to complete the review": a cue that is itself only promised is no news.
                    continue
                status = self.names[span.label]
                if status == "fulfilled" and any(_negated(t) for t in span):
                    # "has not been completed": a done-cue under negation says the opposite.
                    status = "unfulfilled"
                found.append((status, span.start, span.end))
            self._matches[sentence.start] = found
        return self._matches[sentence.start]

    def statuses(self, sentence: Span) -> set[str]:
        return {status for status, _, _ in self.cues(sentence)}

    def status(self, sentence: Span, kind: str, exclude: set[int] = frozenset()) -> str | None:
        """The status the cues around ``sentence`` point to for a commitment of ``kind``, or None.

        Cues inside ``exclude`` (the commitment's own action: "promised to complete the review")
        say what was promised, not what happened, and are not read. The action's words also tell
        which later sentence is about the commitment ("the crossing remains closed").
        """
        action = [self.doc[i] for i in sorted(exclude)]
        found = {
            status
            for status, start, end in self.cues(sentence)
            if not exclude & set(range(start, end)) and not self._other_clause_before(start, end, exclude, action)
        }
        after = [t for t in sentence if exclude and t.i > max(exclude)]
        found |= self._outcomes(after, action, own_sentence=True)
        following = self._neighbour(sentence, +1)
        if following is not None and following.start in self.committing_sentences:
            # "Rwanda pledged to ... Kinshasa, for its part, committed to ... Neither side has done so.": a
            # sentence about every party reads back over a parallel commitment
            after = self._neighbour(following, +1)
            following = after if after is not None and _collective_subject(after, self.lexicon) else None
        if kind != "recommendation" and following is not None and following.start not in self.committing_sentences and (
            kind in FORWARD_LOOKING and self._opens_with_contrast(following) or self._refers_back(following, action)
        ) and not self._goes_on(following, action):
            found |= self.statuses(following) | self._outcomes(list(following), action, own_sentence=False)
        if kind == "agreement":
            # A concluded agreement is not undone by later stalling ("talks stalled"), only when the
            # agreement itself or its implementation stalls; a breach or its completion is news.
            kept = {"unfulfilled", "fulfilled"}
            nouns = {t.lemma_.lower() for t in action if t.pos_ == "NOUN"}
            if self._agreement_stalls(sentence, exclude, nouns) or self._agreement_stalls(following, exclude, nouns):
                kept.add("stalled")
            found &= kept
        elif kind != "recommendation":
            # "Specifically, ..." elaborates the sentence before it, even across a paragraph break.
            preceding = self.sentences.step(sentence, -1)
            if preceding is not None and self._opens_with_elaboration(sentence):
                found |= self.statuses(preceding)
        if kind == "demand" and "stalled" in found:
            # Talks stalled over a demand: the demand is unmet.
            found.add("unfulfilled")
        return next((s for s in self.lexicon.precedence if s in found), None)

    def _other_clause_before(self, start: int, end: int, exclude: set[int], action: list[Token]) -> bool:
        """Whether the cue at ``start:end`` is about something else, told in a clause joined before the commitment's
        ("But the treaty itself remains suspended, and India has said it will not share flood data"): its subject is
        no noun of the action, and the commitment's clause is joined to the cue's verb (not "We kept the promise
        ...: that we would never forget ..., and that the United States will never waver", where the cue acts on
        the promise)."""
        if not exclude or end > min(exclude):
            return False
        nouns = {t.lemma_.lower() for t in action if t.pos_ in ("NOUN", "PROPN")}
        verbs = {t for t in self.doc[start:end]} | {t.head for t in self.doc[start:end] if t.dep_ in ("acomp", "xcomp")}
        subjects = [c for t in verbs for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]  # "remains suspended"
        if not subjects or any(c.lemma_.lower() in nouns for c in subjects):
            return False
        return any(c.dep_ == "conj" and exclude & {t.i for t in c.subtree} for t in verbs for c in t.children)

    def _agreement_stalls(self, sentence: Span | None, exclude: set[int], action_nouns: set[str] = frozenset()) -> bool:
        """Does a stall cue of ``sentence`` have the agreement, its implementation or progress as subject, or
        a definite noun of what was agreed ("agreed to begin technical talks. Those talks have since
        stalled.")?"""
        if sentence is None:
            return False
        fates = self.lexicon.agreement_fates
        for status, start, end in self.cues(sentence):
            if status != "stalled" or exclude & set(range(start, end)):
                continue
            for token in self.doc[start:end]:
                subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
                if any(c.lemma_.lower() in fates for c in subjects):
                    return True
                if any(c.lemma_.lower() in action_nouns and _definite(c, self.lexicon) for c in subjects):
                    return True
        return False

    def _outcomes(self, tokens: list[Token], action: list[Token], *, own_sentence: bool) -> set[str]:
        """What later verbs say happened to the promised act.

        A realisation verb done ("returned 55 boxes of remains") keeps it, undone ("has not opened")
        breaks it; in the commitment's own sentence only when it acts on a noun of the action. A change
        against the promised direction ("pledged to cut emissions ... Emissions have since doubled")
        breaks it, along it keeps it.
        """
        nouns = {t.lemma_.lower() for t in action if t.pos_ in ("NOUN", "PROPN")}
        ways = {self.lexicon.direction[t.lemma_.lower()] for t in action if t.lemma_.lower() in self.lexicon.direction}
        same_acts = set().union(
            *(self.lexicon.same_acts.get(t.lemma_.lower(), ()) for t in action if t.pos_ == "VERB")
        )
        found = set()
        for token in tokens:
            lemma = token.lemma_.lower()
            if token.pos_ != "VERB":
                lemma = self._mistagged_perfect(token)
                if lemma is None:
                    continue
            elif not _realis(token):
                continue
            if lemma in self.lexicon.transitive_realisations and not any(
                c.dep_ in ("dobj", "nsubjpass") for c in token.children
            ):
                continue  # "have not returned to the table": coming back, not handing back
            if (lemma in self.lexicon.realisation_verbs or lemma in same_acts) and (
                not own_sentence or nouns & {t.lemma_.lower() for t in _arguments(token)}
                or _told_of_its_subject(token, action)
            ):
                found.add("unfulfilled" if _negated(token) else "fulfilled")
            elif lemma in self.lexicon.operating_verbs and _created_at_work(token, nouns):
                found.add("unfulfilled" if _negated(token) else "fulfilled")
            elif lemma == "do" and not own_sentence and any(
                c.dep_ in ("dobj", "advmod", "neg") and c.lower_ in _PRO_OBJECTS for c in token.children
            ):  # the act told again by "do": "It did neither.", "Baku did so in March", "has done nothing"
                found.add("unfulfilled" if _negated(token) else "fulfilled")
            way = self.lexicon.direction.get(lemma)
            if way is not None and ways and not _negated(token):
                found.add("fulfilled" if way in ways else "unfulfilled")
        return found

    def _mistagged_perfect(self, token: Token) -> str | None:
        """The verb of an irregular participle after "have" that the tagger read as a noun ("Tariffs have
        since risen." -> ``rise``), else None."""
        lemma = self.lexicon.participles.get(token.lower_)
        if lemma is None:
            return None
        before = token.i - 1
        while before >= 0 and self.doc[before].pos_ in ("ADV", "SCONJ") and token.i - before <= 3:
            before -= 1
        if before < 0 or self.doc[before].lemma_.lower() != "have":
            return None
        return lemma

    def following(self, sentence: Span) -> Span | None:
        """The next sentence of the same paragraph, or None."""
        return self._neighbour(sentence, +1)

    def _neighbour(self, sentence: Span, step: int) -> Span | None:
        """The sentence ``step`` away in the same paragraph, or None."""
        neighbour = self.sentences.step(sentence, step)
        if neighbour is None:
            return None
        # Sentences of another paragraph are not discourse neighbours; the parser may keep the
        # paragraph's newline as the last token of the earlier sentence.
        earlier, later = (sentence, neighbour) if step > 0 else (neighbour, sentence)
        between = doc_text(self.doc)[earlier[-1].idx : later.start_char]
        return None if "\n" in between else neighbour

    def _opens_with_contrast(self, sentence: Span) -> bool:
        first = next((t for t in sentence if not t.is_punct and not t.is_space), None)
        return first is not None and first.lower_ in self.lexicon.contrast_connectives

    def _refers_back(self, sentence: Span, action: list[Token]) -> bool:
        """Is the sentence about the commitment before it?

        "have so far rejected this offer" (a commitment noun), "He has yet to dismantle ..." (a
        pronoun subject), "Neither side has done so" (every party as subject), "the crossing remains
        closed" (a definite noun of the action or an outcome noun: "The money was delivered"), "the
        unification of forces" (the promised verb made a noun).
        """
        if _collective_subject(sentence, self.lexicon):
            return True
        action_nouns = {t.lemma_.lower() for t in action if t.pos_ == "NOUN"}
        stems = {_stem(t.lemma_.lower()) for t in action if t.pos_ == "VERB" and len(_stem(t.lemma_.lower())) >= 4}
        for t in sentence:
            lemma = t.lemma_.lower()
            definite = _definite(t, self.lexicon)
            subject = t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
            if t.pos_ == "NOUN" and definite and (lemma in self.lexicon.commitment_nouns or lemma in self.lexicon.outcome_nouns):
                if lemma != "deadline" or any(w.lower_ in _DEADLINE_WORDS for w in action):
                    return True  # "That deadline passed": only a commitment due by a date had one
            if t.pos_ == "NOUN" and (definite or subject) and lemma in action_nouns:
                return True
            if subject and t.lower_ in PERSONAL_PRONOUNS:
                return True
            if t.pos_ == "NOUN" and any(lemma.startswith(stem) for stem in stems):
                return True
        return False

    def _goes_on(self, sentence: Span, action: list[Token]) -> bool:
        """Does the sentence's main clause say the promised act itself goes on, pointed back to as its subject
        ("That work continues, but ..." after "committed to work with ...")?"""
        root = sentence.root
        if root.lemma_.lower() not in self.lexicon.ongoing_verbs or _negated(root):
            return False
        act = {t.lemma_.lower() for t in action if t.pos_ in ("VERB", "NOUN")}
        return any(
            c.dep_ == "nsubj" and c.lemma_.lower() in act and _definite(c, self.lexicon) for c in root.children
        )

    def _opens_with_elaboration(self, sentence: Span) -> bool:
        words = [t.lower_ for t in sentence if not t.is_punct and not t.is_space][:3]
        return any(tuple(words[: len(c)]) == c for c in self.lexicon.elaboration_connectives)


_DEADLINE_WORDS = frozenset({"by", "before", "within", "until", "deadline"})
_EVERY_PARTY = frozenset({"neither", "both", "each", "either", "none", "all"})


def _collective_subject(sentence: Span, lexicon: CommitmentLexicon) -> bool:
    """Is the main subject every party at once: "Neither side has done so", "Both governments have since
    complied", "Neither has"?"""
    for token in sentence:
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT":
            if token.lower_ in _EVERY_PARTY:
                return True
            return token.lemma_.lower() in lexicon.plural_anaphors and any(
                c.lower_ in _EVERY_PARTY for c in token.children if c.dep_ in ("det", "predet", "amod")
            )
    return False


def _unrealised(token) -> bool:
    return token.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ in ("to", "will", "would", "could", "should", "may", "might", "must", "can", "shall")
        for c in token.children
    )


_NEGATIVE_SUBJECTS = frozenset({"neither", "none", "nobody", "nothing"})
_PRO_OBJECTS = frozenset({"so", "neither", "nothing", "none"})


def _negated(token: Token) -> bool:
    """Negated, done by no one or done to nothing: "has not met", "never came", "neither has done so", "no side
    has", "It did neither", "has done nothing"."""
    for c in token.children:
        if c.dep_ == "neg" or c.lower_ == "never":
            return True
        if c.dep_ == "dobj" and c.lower_ in _NEGATIVE_SUBJECTS:
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and (
            c.lower_ in _NEGATIVE_SUBJECTS or any(d.lower_ in ("no", "neither") and d.dep_ == "det" for d in c.children)
        ):
            return True
    return False


def _realis(verb: Token) -> bool:
    """Done, not planned: a past form ("returned") or a perfect or passive one ("has opened", "was paid"); not
    in a clause that sets the time or condition of what is still to come ("will take effect only after
    sanctions are lifted")."""
    if _unrealised(verb) or verb.dep_ == "advcl" and _unrealised(verb.head):
        return False
    aux = {c.lemma_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and bool(aux & {"have", "be"})


def realised_object(thing: Token, lexicon: CommitmentLexicon) -> str | None:
    """What became of a promised ``thing`` that a realisation verb acts on as its object: "have disbursed
    everything they pledged" keeps the pledge (``"fulfilled"``), "has not delivered the aircraft it promised"
    breaks it (``"unfulfilled"``); None when no realisation verb done or undone acts on it."""
    verb = thing.head
    if thing.dep_ != "dobj" or verb.lemma_.lower() not in lexicon.realisation_verbs or not _realis(verb):
        return None
    return "unfulfilled" if _negated(verb) else "fulfilled"


def _told_of_its_subject(verb: Token, action: list[Token]) -> bool:
    """Whether the commitment is a relative clause on ``verb``'s own subject, so that ``verb`` tells what
    became of it: "The United States, which pledged $180 million at that conference, has disbursed none of
    it"."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(
        a.dep_ == "relcl" and a.head.i == subject.i for t in action[:1] for a in (t, *t.ancestors)
    )


def _created_at_work(verb: Token, nouns: set[str]) -> bool:
    """Whether what ``verb`` says began or operates is a noun of the action: its subject ("The task group began
    operating") or the noun its relative clause hangs on ("a task group, which began operations")."""
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in nouns:
        return True
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in nouns for c in verb.children)


def _arguments(verb: Token) -> list[Token]:
    """The words of a verb's object, passive subject and prepositional objects ("55 boxes of remains")."""
    return [
        w
        for c in verb.children
        if c.dep_ in ("dobj", "nsubjpass", "prep", "dative", "attr")
        for w in c.subtree
    ]


def _stem(lemma: str) -> str:
    """"unify" → "unif" (unification), "deliver" → "deliver" (delivery)."""
    return lemma[:-1] if lemma.endswith(("e", "y")) else lemma


def _definite(noun: Token, lexicon: CommitmentLexicon) -> bool:
    """A noun that points back ("those talks", "the talks", "this process")."""
    return any(c.dep_ in ("det", "poss") and c.lower_ in lexicon.back_references for c in noun.children)
