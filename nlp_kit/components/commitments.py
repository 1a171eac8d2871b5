"""spaCy component `nlp_kit_commitments` (issue 5): sets doc._.commitments (Commitment dicts)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

EXTENSIONS = ("commitments",)


@Language.factory("nlp_kit_commitments", default_config={})
def make_commitments(nlp: Language, name: str):
    # Placeholder until nlp_kit_commitments is built under issue 5: sets empty results so the pipeline runs.
    def component(doc: Doc) -> Doc:
        for ext in EXTENSIONS:
            setattr(doc._, ext, [])
        return doc

    return component


for _ext in EXTENSIONS:
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)
