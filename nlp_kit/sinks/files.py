"""Write analyses to files: a directory, or one Parquet/CSV file per table.

- a directory ``out/`` gets ``analyses.jsonl`` (one ``Analysis`` per line), one
  CSV per table (``documents.csv``, ``actors.csv`` ...) and ``errors.csv``;
- a base path ``out/corpus.parquet`` (or ``.csv``) gets ``out/corpus.documents.parquet``,
  ``out/corpus.actors.parquet`` ... and ``out/corpus.errors.parquet``.

Results are first written in parts (one per chunk of documents, each written to
a temporary file and renamed, so a part is whole or absent) under a hidden
``.parts`` directory next to the output; that directory is what a re-run
resumes from.  ``close()`` merges the parts into the final files, again through
temporary files and renames, keeping the newest result of every document, so
an interrupted run never loses or half-writes what was already there.  The
merge streams one part at a time; what it keeps for the whole corpus is one
entry per document id (which part holds its newest result).

Example::

    >>> sink = FileSink("out/")  # doctest: +SKIP
    >>> sink.open(); sink.add(analysis); sink.flush(); sink.close()  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from nlp_kit.errors import ConfigError
from nlp_kit.schema import Analysis
from nlp_kit.sinks.json import temp_path
from nlp_kit.sinks.tables import TABLES, Table, analysis_rows, encode_json_columns

ERROR_COLUMNS = ["error_id", "doc_id", "source", "stage", "code", "message", "pipeline_version", "created_at"]
_ARROW_TYPES = {"str": "string", "int": "int64", "float": "float64", "bool": "bool_", "json": "string"}


def _arrow_schema(columns: list[tuple[str, str]]):
    import pyarrow as pa

    fields = []
    for name, kind in columns:
        arrow_type = pa.timestamp("us", tz="UTC") if kind == "datetime" else getattr(pa, _ARROW_TYPES[kind])()
        fields.append(pa.field(name, arrow_type))
    return pa.schema(fields)


def _table_columns(table: Table) -> list[tuple[str, str]]:
    return [(c.name, c.kind) for c in table.columns]


_ERROR_KINDS = [(name, "datetime" if name == "created_at" else "str") for name in ERROR_COLUMNS]


class _TableWriter:
    """Appends row batches to one CSV or Parquet file being built under a temporary name."""

    def __init__(self, path: Path, columns: list[tuple[str, str]], fmt: str) -> None:
        self.path = path
        self.columns = columns
        self.fmt = fmt
        self.temp = temp_path(path)
        self.header = True
        self.writer = None

    def write(self, rows: list[dict[str, Any]]) -> None:
        import pandas as pd

        if not rows and not (self.header and self.fmt == "csv"):
            return
        frame = pd.DataFrame(rows, columns=[name for name, _ in self.columns])
        if self.fmt == "csv":
            frame.to_csv(self.temp, mode="w" if self.header else "a", header=self.header, index=False)
            self.header = False
            return
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = _arrow_schema(self.columns)
        if self.writer is None:
            self.writer = pq.ParquetWriter(self.temp, schema)
        self.writer.write_table(pa.Table.from_pandas(frame, schema=schema, preserve_index=False))

    def commit(self) -> None:
        if self.fmt == "parquet":
            import pyarrow.parquet as pq

            if self.writer is None:
                self.writer = pq.ParquetWriter(self.temp, _arrow_schema(self.columns))
            self.writer.close()
        elif self.header:
            self.write([])
        os.replace(self.temp, self.path)

    def abort(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.temp.unlink(missing_ok=True)


def _atomic_write_lines(path: Path, lines: Iterable[str]) -> None:
    temp = temp_path(path)
    try:
        with temp.open("w", encoding="utf-8") as handle:
            for line in lines:
                handle.write(line)
                handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


class FileSink:
    """Directory (JSONL + CSV per table) or ``.parquet``/``.csv`` base path (a file per table).

    ``add`` buffers; ``flush`` writes the buffered documents as one part;
    ``close`` merges every part into the final files.
    """

    kind = "files"

    def __init__(self, dest: str | os.PathLike[str]) -> None:
        path = Path(dest).expanduser()
        suffix = path.suffix.lower()
        if suffix in {".parquet", ".csv"}:
            self.layout = suffix[1:]
            self.directory = path.parent
            self.stem = path.stem
            if not self.stem or self.stem.startswith("."):
                raise ConfigError("give the base file a name, e.g. out/corpus.parquet", path=path, stage="write")
            self.parts = self.directory / f".{self.stem}.parts"
        else:
            if path.exists() and not path.is_dir():
                raise ConfigError(
                    "is a file: give a directory, a .parquet or .csv base path, or a database URL",
                    path=path,
                    stage="write",
                )
            self.layout = "directory"
            self.directory = path
            self.stem = ""
            self.parts = path / ".parts"
        self.dest = path
        self._analyses: list[Analysis] = []
        self._errors: list[dict[str, Any]] = []
        self._index: dict[str, tuple[str | None, str | None]] | None = None

    def describe(self) -> str:
        return str(self.dest)

    def table_path(self, table: str) -> Path:
        """Where ``table`` ends up: ``out/actors.csv`` or ``out/corpus.actors.parquet``."""
        if self.layout == "directory":
            return self.directory / f"{table}.csv"
        return self.directory / f"{self.stem}.{table}.{self.layout}"

    def open(self, *, migrate_schema: bool = True) -> FileSink:
        try:
            self.parts.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(
                f"cannot create {self.parts}: {exc.strerror}; choose a writable place", path=self.dest, stage="write"
            ) from exc
        return self

    def _part_names(self) -> list[str]:
        """Complete parts, oldest first: a part counts once its analyses file exists."""
        if not self.parts.is_dir():
            return []
        return sorted(p.name[: -len(".jsonl")] for p in self.parts.glob("*.jsonl"))

    def _manifest(self, part: str) -> dict[str, Any]:
        return json.loads((self.parts / f"{part}.manifest.json").read_text(encoding="utf-8"))

    def existing(self, keys: Iterable[tuple[str, str | None, str | None]]) -> set[tuple[str, str | None, str | None]]:
        """Which ``(doc_id, text_sha256, pipeline_version)`` keys some complete part holds."""
        if self._index is None:
            self._index = {}
            for part in self._part_names():
                for doc_id, sha, version in self._manifest(part)["documents"]:
                    self._index[doc_id] = (sha, version)
        return {key for key in keys if self._index.get(key[0]) == (key[1], key[2])}

    def add(self, analysis: Analysis) -> None:
        self._analyses.append(analysis)

    def add_error(self, record: dict[str, Any]) -> None:
        self._errors.append(record)

    def flush(self) -> None:
        """Write the buffered documents and errors as one part: manifest first, analyses last."""
        if not self._analyses and not self._errors:
            return
        part = f"{time.time_ns():020d}-{uuid.uuid4().hex[:8]}"
        written_at = dt.datetime.now(dt.timezone.utc).isoformat()
        manifest = {
            "written_at": written_at,
            "documents": [[a.meta.doc_id, a.meta.text_sha256, a.meta.pipeline_version] for a in self._analyses],
            "errors": [dict(e, created_at=written_at) for e in self._errors],
        }
        _atomic_write_lines(self.parts / f"{part}.manifest.json", [json.dumps(manifest)])
        _atomic_write_lines(self.parts / f"{part}.jsonl", (a.model_dump_json() for a in self._analyses))
        if self._index is not None:
            for doc_id, sha, version in manifest["documents"]:
                self._index[doc_id] = (sha, version)
        self._analyses.clear()
        self._errors.clear()

    def _latest(self, parts: list[str]) -> tuple[dict[str, str], dict[str, dict[str, Any]]]:
        """The part holding each document's newest result, and the errors still standing."""
        latest: dict[str, str] = {}
        errors: dict[str, dict[str, Any]] = {}
        for part in parts:
            manifest = self._manifest(part)
            for doc_id, _sha, _version in manifest["documents"]:
                latest[doc_id] = part
            for error in manifest["errors"]:
                errors[error["error_id"]] = error
        standing = {k: e for k, e in errors.items() if e.get("doc_id") not in latest}
        return latest, standing

    def _analyses_in(self, part: str, latest: dict[str, str]) -> Iterator[tuple[str, dict[str, Any]]]:
        """``(line, analysis as JSON data)`` for the documents whose newest result is in ``part``."""
        with (self.parts / f"{part}.jsonl").open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    data = json.loads(line)
                    if latest.get(data["meta"]["doc_id"]) == part:
                        yield line.rstrip("\n"), data

    def close(self) -> None:
        """Merge all parts into the final files (each replaced whole, through a rename)."""
        self.flush()
        if not self.parts.is_dir():
            return
        parts = self._part_names()
        latest, errors = self._latest(parts)
        fmt = "csv" if self.layout in {"directory", "csv"} else "parquet"
        writers = {name: _TableWriter(self.table_path(name), _table_columns(t), fmt) for name, t in TABLES.items()}
        writers["errors"] = _TableWriter(self.table_path("errors"), _ERROR_KINDS, fmt)
        lines_temp = temp_path(self.directory / "analyses.jsonl") if self.layout == "directory" else None
        try:
            emitted: set[str] = set()
            handle = lines_temp.open("w", encoding="utf-8") if lines_temp else None
            for part in parts:
                written_at = dt.datetime.fromisoformat(self._manifest(part)["written_at"])
                batch: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
                for line, analysis in self._analyses_in(part, latest):
                    if analysis["meta"]["doc_id"] in emitted:
                        continue
                    emitted.add(analysis["meta"]["doc_id"])
                    if handle:
                        handle.write(line + "\n")
                    for name, rows in analysis_rows(analysis, processed_at=written_at).items():
                        batch[name].extend(encode_json_columns(TABLES[name], row) for row in rows)
                for name, rows in batch.items():
                    writers[name].write(rows)
            error_rows = sorted(errors.values(), key=lambda e: (e.get("source") or "", e["error_id"]))
            for error in error_rows:
                error["created_at"] = dt.datetime.fromisoformat(error["created_at"])
            writers["errors"].write(error_rows)
            if handle:
                handle.close()
        except BaseException:
            for writer in writers.values():
                writer.abort()
            if lines_temp:
                lines_temp.unlink(missing_ok=True)
            raise
        for writer in writers.values():
            writer.commit()
        if lines_temp:
            os.replace(lines_temp, self.directory / "analyses.jsonl")
