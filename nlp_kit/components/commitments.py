"""spaCy component ``nlp_kit_commitments``: commitments on ``doc._.commitments``.

Reads ``doc.spans["nlp_kit_actors"]`` (actor ids), ``doc._.actors`` (a person's
affiliation), ``doc.spans["nlp_kit_timex"]`` and ``doc._.timexes`` (TIMEX3
values) left by the earlier components, and stores one ``Commitment``-shaped
dict per pledge, promise, agreement, intent, condition, demand or author
recommendation found.

Example::

    >>> nlp = nlp_kit.load()
    >>> doc = nlp("In December 2023, Armenia and Azerbaijan agreed to a prisoner exchange.")
    >>> doc._.commitments[0]["kind"], doc._.commitments[0]["action"]
    ('agreement', 'prisoner exchange')
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from nlp_kit.commitments import CommitmentExtractor

EXTENSIONS = ("commitments",)


class CommitmentsComponent:
    """Callable pipeline component; the lexicons and matchers are built once here."""

    def __init__(self, nlp: Language, name: str, lexicon_dir: str | None = None) -> None:
        self.name = name
        self.extractor = CommitmentExtractor(nlp.vocab, lexicon_dir)
        # the lemmatizer's tables are loaded after the components are made when a pipeline is read from disk:
        # its verbs are read at the first call
        self._lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None

    def __call__(self, doc: Doc) -> Doc:
        if self._lemmatizer is not None:
            self.extractor.verb_lemmas, self._lemmatizer = _verb_lemmas(self._lemmatizer), None
        doc._.commitments = self.extractor(doc)
        return doc


def _verb_lemmas(lemmatizer: object) -> frozenset[str]:
    """The verbs a rule lemmatizer knows (its ``lemma_index`` table), or none without one."""
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(lookups.get_table("lemma_index").get("verb", ()))


@Language.factory("nlp_kit_commitments", default_config={"lexicon_dir": None})
def make_commitments(nlp: Language, name: str, lexicon_dir: str | None) -> CommitmentsComponent:
    """``lexicon_dir``: a folder with your own triggers.yaml, patterns.yaml and status_cues.yaml."""
    return CommitmentsComponent(nlp, name, lexicon_dir)


for _ext in EXTENSIONS:
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)
