"""Was a commitment kept? Status from the words around it.

``StatusCues`` finds the status cues of ``status_cues.yaml`` once per Doc
(one Matcher pass, linear in tokens) and answers, for a sentence, which
statuses its cues and its discourse neighbours point to.

Example: "By mid-2022, Yerevan and Ankara were promising their common border
would soon open. Yet, despite these initial gains, progress stalled, and the
border remains closed." — the next sentence opens with "Yet" and holds
"remains closed", so the promise is ``unfulfilled``.
"""

from __future__ import annotations

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from nlp_kit.commitments.lexicon import CommitmentLexicon
from nlp_kit.commitments.parties import SentenceIndex

FORWARD_LOOKING = frozenset({"pledge", "promise", "intent", "conditional", "demand"})


class StatusCues:
    """Status cues of one Doc, looked up per sentence (only sentences near a commitment are matched)."""

    def __init__(
        self, doc: Doc, matcher: Matcher, lexicon: CommitmentLexicon, names: dict[int, str], sentences: SentenceIndex
    ) -> None:
        self.doc = doc
        self.sentences = sentences
        self.lexicon = lexicon
        self.matcher = matcher
        self.names = names
        self._matches: dict[int, list[tuple[str, int, int]]] = {}

    def cues(self, sentence: Span) -> list[tuple[str, int, int]]:
        """``(status, start, end)`` of the cues in one sentence; matched once, only where asked."""
        if sentence.start not in self._matches:
            found = []
            for span in self.matcher(sentence, as_spans=True):
                if any(_unrealised(t) for t in span):
                    # "promised to complete the review": a cue that is itself only promised is no news.
                    continue
                found.append((self.names[span.label], span.start, span.end))
            self._matches[sentence.start] = found
        return self._matches[sentence.start]

    def statuses(self, sentence: Span) -> set[str]:
        return {status for status, _, _ in self.cues(sentence)}

    def status(self, sentence: Span, kind: str, exclude: set[int] = frozenset()) -> str | None:
        """The status the cues around ``sentence`` point to for a commitment of ``kind``, or None.

        Cues inside ``exclude`` (the commitment's own action: "promised to complete the review")
        say what was promised, not what happened, and are not read.
        """
        found = {
            status
            for status, start, end in self.cues(sentence)
            if not exclude & set(range(start, end))
        }
        if kind == "agreement":
            # A concluded agreement is not undone by later stalling; a breach or its completion is news.
            found &= {"unfulfilled", "fulfilled"}
        else:
            following = self._neighbour(sentence, +1)
            if kind in FORWARD_LOOKING and following is not None and (
                self._opens_with_contrast(following) or self._refers_back(following)
            ):
                found |= self.statuses(following)
            preceding = self._neighbour(sentence, -1)
            if preceding is not None and self._opens_with_elaboration(sentence):
                found |= self.statuses(preceding)
        if kind == "demand" and "stalled" in found:
            # Talks stalled over a demand: the demand is unmet.
            found.add("unfulfilled")
        return next((s for s in self.lexicon.precedence if s in found), None)

    def following(self, sentence: Span) -> Span | None:
        """The next sentence of the same paragraph, or None."""
        return self._neighbour(sentence, +1)

    def _neighbour(self, sentence: Span, step: int) -> Span | None:
        neighbour = self.sentences.step(sentence, step)
        if neighbour is None:
            return None
        # Sentences of another paragraph are not discourse neighbours.
        between = self.doc.text[min(sentence.end_char, neighbour.end_char) : max(sentence.start_char, neighbour.start_char)]
        return None if "\n" in between else neighbour

    def _opens_with_contrast(self, sentence: Span) -> bool:
        first = next((t for t in sentence if not t.is_punct and not t.is_space), None)
        return first is not None and first.lower_ in self.lexicon.contrast_connectives

    def _refers_back(self, sentence: Span) -> bool:
        """"Mali ... have so far rejected this offer": the sentence is about the commitment before it."""
        return any(
            t.lemma_.lower() in self.lexicon.commitment_nouns
            and any(c.dep_ == "det" and c.lower_ in self.lexicon.back_references for c in t.children)
            for t in sentence
        )

    def _opens_with_elaboration(self, sentence: Span) -> bool:
        words = [t.lower_ for t in sentence if not t.is_punct and not t.is_space][:3]
        return any(tuple(words[: len(c)]) == c for c in self.lexicon.elaboration_connectives)


def _unrealised(token) -> bool:
    return token.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ in ("to", "will", "would", "could", "should", "may", "might", "must", "can", "shall")
        for c in token.children
    )
