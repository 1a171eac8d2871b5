"""JSON and JSONL writers; files appear whole or not at all."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from nlp_kit.schema import Analysis

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def file_stem(analysis: Analysis) -> str:
    """A safe file name for an analysis: the source's stem, else its doc_id.

    Rows of one corpus get distinct names: ``statements.jsonl#g7-2024`` ->
    ``statements__g7-2024``, ``votes.csv#3`` -> ``votes__3``.
    """
    source = analysis.meta.source
    if not source or source.startswith("<"):
        stem = analysis.meta.doc_id
    else:
        path, _, row = source.partition("#")
        stem = f"{Path(path).stem}__{row}" if row else Path(path).stem
    return _UNSAFE.sub("_", stem).strip("._") or analysis.meta.doc_id


def temp_path(path: Path) -> Path:
    """An empty temporary file beside ``path`` to write it through, with the mode a new file gets: mkstemp
    creates 0600, and results are ordinary files the team reads, so the umask decides."""
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(name, 0o666 & ~umask)
    return Path(name)


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(path)
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_json(analysis: Analysis, directory: Path) -> Path:
    """Write ``analysis`` to ``directory/<stem>.json`` atomically and return the path."""
    path = Path(directory) / f"{file_stem(analysis)}.json"
    atomic_write_text(path, analysis.model_dump_json(indent=2))
    return path
