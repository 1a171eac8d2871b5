"""Read files into ``Document`` objects (minimal foundation; see issue 2)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

from nlp_kit.errors import EmptyDocument, InputNotFound
from nlp_kit.ingest.document import Document, text_sha256
from nlp_kit.schema import DocumentMeta


def from_text(text: str, *, source: str | None = None, date: str | None = None) -> Document:
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise EmptyDocument("document is empty or whitespace only", path=source)
    sha = text_sha256(text)
    meta = DocumentMeta(doc_id=sha[:16], source=source, date=date, text_sha256=sha)
    return Document(text=text, meta=meta)


def read_path(path, *, dct: str | None = None) -> Iterator[Document]:
    if hasattr(path, "read"):
        yield from_text(path.read(), source="<stdin>", date=dct)
        return
    path = Path(path)
    if not path.exists():
        raise InputNotFound("no such file or directory", path=path)
    yield from_text(path.read_text(encoding="utf-8"), source=str(path), date=dct)
