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


def remember_text(doc: Doc, text: str) -> None:
    """Record ``text`` as ``doc``'s text when ``doc`` was tokenized from it (spaCy's tokenizers keep every
    character, so a Doc ending where ``text`` ends holds it), sparing the first ``doc_text`` the join."""
    if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
        _TEXTS[doc] = text
