"""spaCy component `nlp_kit_timex` (issue 4): sets doc._.timexes (TimeExpression dicts), doc._.events (Event dicts), doc.spans['nlp_kit_timex'] (label_ = timex id)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

EXTENSIONS = ("timexes", "events")


@Language.factory("nlp_kit_timex", default_config={})
def make_timex(nlp: Language, name: str):
    # Placeholder until nlp_kit_timex is built under issue 4: sets empty results so the pipeline runs.
    def component(doc: Doc) -> Doc:
        for ext in EXTENSIONS:
            setattr(doc._, ext, [])
        return doc

    return component


for _ext in EXTENSIONS:
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)
