"""spaCy component ``nlp_kit_stance`` (issue 6): who is for or against what.

Sets ``doc._.sentence_stances`` (``SentenceStance`` dicts: one sentence, one
holder, one target) and ``doc._.stances`` (``Stance`` dicts aggregated per
holder × target). Reads ``doc.spans["nlp_kit_actors"]`` and
``doc._.commitments`` left by earlier components. Config:

- ``targets``: what stances are about; empty → proposed from the document's
  policy noun phrases and commitments (``nlp_kit.stance.targets.propose_targets``);
- ``model_path``: a directory holding ``stance.skops`` (default: ``models/stance``
  of the repository, else the package's copy);
- ``max_targets``, ``min_score``.

Example::

    >>> nlp = nlp_kit.load(config={"nlp_kit_stance": {"targets": ["the peace agreement"]}})  # doctest: +SKIP
    >>> nlp("Baku and Yerevan should sign the peace agreement.")._.stances[0]["label"]        # doctest: +SKIP
    'FAVOR'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from nlp_kit.doctext import doc_text
from nlp_kit.errors import ConfigError
from nlp_kit.stance.document import Candidate, aggregate, predict, score_candidates, stance_candidates
from nlp_kit.stance.model import load_model
from nlp_kit.stance.targets import propose_targets

EXTENSIONS = ("stances", "sentence_stances")


class StanceComponent:
    """Callable ``Doc -> Doc`` holding the stance model, loaded once at creation."""

    def __init__(self, targets: list[str], model_path: str | None, max_targets: int, min_score: float) -> None:
        if isinstance(targets, str) or not all(isinstance(t, str) for t in targets):
            raise ConfigError("nlp_kit_stance 'targets' must be a list of strings", stage="load")
        self.targets = [t.strip() for t in targets if t.strip()]
        self.max_targets = max_targets
        self.min_score = min_score
        self.model = load_model(model_path)

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 16) -> Iterator[Doc]:
        """The Docs with their stances; the model classifies the candidates of ``batch_size`` Docs at once."""
        for batch in minibatch(docs, size=batch_size):
            candidates = [self._candidates(doc) for doc in batch]
            for doc, found, proba in zip(batch, candidates, predict(self.model, candidates)):
                records = score_candidates(found, self.model, proba, min_score=self.min_score) if found else []
                doc._.sentence_stances = records
                doc._.stances = aggregate(records)
                yield doc

    def _candidates(self, doc: Doc) -> list[Candidate]:
        if not doc.has_annotation("SENT_START") or not doc_text(doc).strip():
            return []  # no sentences without a parser or sentencizer: nothing to attribute
        commitments = (doc._.commitments or []) if doc.has_extension("commitments") else []
        targets = self.targets or propose_targets(doc, max_targets=self.max_targets, commitments=commitments)
        return stance_candidates(doc, targets) if targets else []


@Language.factory(
    "nlp_kit_stance",
    default_config={"targets": [], "model_path": None, "max_targets": 6, "min_score": 0.6},
)
def make_stance(nlp: Language, name: str, targets: list[str], model_path: str | None, max_targets: int, min_score: float):
    return StanceComponent(targets, model_path, max_targets, min_score)


for _ext in EXTENSIONS:
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)
