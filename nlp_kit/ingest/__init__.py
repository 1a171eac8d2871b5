"""Readers: sources (txt, md, html, pdf, jsonl/csv rows, stdin) -> ``Document``.

``read_path(path)`` yields one ``Document`` per document found at ``path``
(a directory or a JSONL/CSV corpus holds many); ``from_text(text)`` wraps a
string.  Text is decoded robustly and Unicode-normalized (NFC); every offset
nlp_kit outputs refers to ``Document.text``.
"""

from nlp_kit.ingest.document import Document
from nlp_kit.ingest.readers import DEFAULT_MAX_BYTES, FORMATS, ReadOptions, from_text, read_path, validate_dct

__all__ = ["DEFAULT_MAX_BYTES", "FORMATS", "Document", "ReadOptions", "from_text", "read_path", "validate_dct"]
