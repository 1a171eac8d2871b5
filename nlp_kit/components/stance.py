"""spaCy component `nlp_kit_stance` (issue 6): sets doc._.stances (Stance dicts) and doc._.sentence_stances (SentenceStance dicts)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

EXTENSIONS = ("stances", "sentence_stances")


@Language.factory("nlp_kit_stance", default_config={})
def make_stance(nlp: Language, name: str):
    # Placeholder until nlp_kit_stance is built under issue 6: sets empty results so the pipeline runs.
    def component(doc: Doc) -> Doc:
        for ext in EXTENSIONS:
            setattr(doc._, ext, [])
        return doc

    return component


for _ext in EXTENSIONS:
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)
