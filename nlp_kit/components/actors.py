"""spaCy component `nlp_kit_actors` (issue 3): sets doc._.actors (list of Actor dicts) and doc.spans['nlp_kit_actors'] (label_ = actor id)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

EXTENSIONS = ("actors",)


@Language.factory("nlp_kit_actors", default_config={})
def make_actors(nlp: Language, name: str):
    # Placeholder until nlp_kit_actors is built under issue 3: sets empty results so the pipeline runs.
    def component(doc: Doc) -> Doc:
        for ext in EXTENSIONS:
            setattr(doc._, ext, [])
        return doc

    return component


for _ext in EXTENSIONS:
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)
