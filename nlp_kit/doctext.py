"""The text of a spaCy ``Doc``, read once.

``Doc.text`` joins every token's text on each read, so a component that reads it per sentence or
per match pays for the whole document every time.  A Doc's text never changes (retokenizing keeps
it), so it is kept here, per Doc, for as long as the Doc lives.
"""

from __future__ import annotations

import weakref

from spacy.tokens import Doc

_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, built from the tokens on the first call for ``doc`` only."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text
