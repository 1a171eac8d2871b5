"""Write analyses into SQLite or PostgreSQL through SQLAlchemy Core.

The tables are built from ``nlp_kit.sinks.tables.TABLES`` (itself derived from
the pydantic schema) plus ``errors`` and ``schema_version``.  Every statement is
a SQLAlchemy Core construct with bound parameters; no SQL text is formatted.

Documents are written when the sink is flushed (the batch engine flushes at the
end of every chunk; the sink itself every ``buffer_size`` records and on
``close``), all of one flush in one transaction: each document's old rows (any
table) are deleted and its new rows inserted, so a re-run replaces and never
duplicates, and an interrupted run leaves every document either whole or absent
(a document not yet flushed is absent, and a resumed run analyses it again).

Opening a database migrates it forward: the version recorded in
``schema_version`` is compared with ``nlp_kit.schema.SCHEMA_VERSION``, the
explicit steps in ``MIGRATIONS`` run, then tables, columns and indexes the
models gained since are added (Alembic operations); data is kept.

Example::

    >>> from nlp_kit.sinks.sql import SqlSink
    >>> sink = SqlSink("sqlite:///statements.db")  # doctest: +SKIP
    >>> sink.open(); sink.add(analysis); sink.close()  # close flushes  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from nlp_kit.about import __version__
from nlp_kit.errors import ConfigError
from nlp_kit.schema import SCHEMA_VERSION, Analysis
from nlp_kit.sinks.tables import TABLES, analysis_rows

ERRORS_TABLE = "errors"
VERSION_TABLE = "schema_version"
_PREFIX = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,29}$")
_TYPES: dict[str, Callable[[], sa.types.TypeEngine]] = {
    "str": sa.Text,
    "int": sa.Integer,
    "float": sa.Float,
    "bool": sa.Boolean,
    "json": sa.JSON,
    "datetime": lambda: sa.DateTime(timezone=True),
}

MIGRATIONS: dict[int, Callable[[Any, dict[str, sa.Table]], None]] = {}
"""Steps that change existing data when ``SCHEMA_VERSION`` reaches a version.

Keyed by the version they bring a database to; each gets Alembic
``Operations`` and the current tables.  Added fields need no step: the
additive upgrade that follows every step adds their columns.
"""


def validate_prefix(prefix: str) -> str:
    """``prefix`` if it is a safe SQL identifier start (letters, digits, _), else ConfigError."""
    if prefix and not _PREFIX.match(prefix):
        raise ConfigError(
            f"table prefix '{prefix}' is not an identifier: use letters, digits and _ "
            "(starting with a letter or _, at most 30 characters)",
            stage="write",
        )
    return prefix


def database_url(dest: str) -> sa.URL:
    """The SQLAlchemy URL for ``dest``: ``sqlite:///path.db`` or ``postgresql://...``.

    ``postgresql://`` and ``postgres://`` use the psycopg 3 driver.
    """
    try:
        url = make_url(dest)
    except ArgumentError as exc:
        raise ConfigError(f"'{dest}' is not a database URL: {exc}", path=dest, stage="write") from exc
    backend = url.get_backend_name()
    if url.drivername in {"postgresql", "postgres"}:
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:":
            raise ConfigError("give the SQLite file: sqlite:///path/to/results.db", path=dest, stage="write")
        parent = Path(url.database).expanduser().resolve().parent
        if not parent.is_dir():
            raise ConfigError(f"directory {parent} does not exist: create it first", path=dest, stage="write")
    elif url.get_backend_name() != "postgresql":
        raise ConfigError(
            f"unsupported database '{backend}': use sqlite:///file.db or postgresql://user:pass@host/db",
            path=dest,
            stage="write",
        )
    return url


def build_tables(prefix: str = "") -> dict[str, sa.Table]:
    """SQLAlchemy tables (unprefixed name -> Table) with keys, foreign keys and indexes."""
    validate_prefix(prefix)
    metadata = sa.MetaData()
    tables: dict[str, sa.Table] = {}
    for spec in TABLES.values():
        name = prefix + spec.name
        items: list[Any] = [
            sa.Column(c.name, _TYPES[c.kind](), primary_key=c.primary_key, nullable=not c.primary_key)
            for c in spec.columns
        ]
        if spec.parent is not None:
            local = [child for child, _ in spec.foreign_key]
            remote = [f"{prefix}{spec.parent}.{parent}" for _, parent in spec.foreign_key]
            items.append(sa.ForeignKeyConstraint(local, remote, ondelete="CASCADE"))
        indexed = [c.name for c in spec.columns if c.indexed]
        items += [sa.Index(f"ix_{name}_{column}", column) for column in indexed]
        tables[spec.name] = sa.Table(name, metadata, *items)
    tables[ERRORS_TABLE] = sa.Table(
        prefix + ERRORS_TABLE,
        metadata,
        sa.Column("error_id", sa.Text, primary_key=True),
        sa.Column("doc_id", sa.Text, index=True),
        sa.Column("source", sa.Text),
        sa.Column("stage", sa.Text),
        sa.Column("code", sa.Text),
        sa.Column("message", sa.Text),
        sa.Column("pipeline_version", sa.Text),
        sa.Column("created_at", sa.DateTime(timezone=True)),
    )
    tables[VERSION_TABLE] = sa.Table(
        prefix + VERSION_TABLE,
        metadata,
        sa.Column("version", sa.Integer, primary_key=True),
        sa.Column("nlp_kit_version", sa.Text),
        sa.Column("applied_at", sa.DateTime(timezone=True)),
    )
    return tables


def error_record(
    *, source: str | None, stage: str, code: str, message: str, doc_id: str | None, pipeline_version: str | None
) -> dict[str, Any]:
    """An ``errors`` row; the same failure of the same input always has the same ``error_id``."""
    identity = "\x1f".join([source or "", stage, doc_id or "", message])
    return {
        "error_id": hashlib.sha256(identity.encode("utf-8")).hexdigest()[:32],
        "doc_id": doc_id,
        "source": source,
        "stage": stage,
        "code": code,
        "message": message,
        "pipeline_version": pipeline_version,
    }


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def migrate(engine: Engine, tables: dict[str, sa.Table]) -> int:
    """Create or upgrade the database to ``SCHEMA_VERSION``; return the version it had (0 if new).

    Raises ConfigError when the database was written by a newer nlp_kit.
    """
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    with engine.begin() as conn:
        inspector = sa.inspect(conn)
        present = set(inspector.get_table_names())
        version_table = tables[VERSION_TABLE]
        stored = 0
        if version_table.name in present:
            stored = conn.execute(sa.select(sa.func.max(version_table.c.version))).scalar() or 0
        if stored > SCHEMA_VERSION:
            raise ConfigError(
                f"the database has schema version {stored}, newer than this nlp_kit's "
                f"{SCHEMA_VERSION}: upgrade nlp_kit",
                path=engine.url.render_as_string(hide_password=True),
                stage="write",
            )
        operations = Operations(MigrationContext.configure(conn))
        for step in range(stored + 1, SCHEMA_VERSION + 1):
            if step in MIGRATIONS and present:
                MIGRATIONS[step](operations, tables)
        for table in tables.values():
            if table.name not in present:
                table.create(conn)
                continue
            columns = {c["name"] for c in inspector.get_columns(table.name)}
            for column in table.columns:
                if column.name in columns:
                    continue
                if column.primary_key:
                    raise ConfigError(
                        f"table {table.name} lacks key column {column.name} and cannot be upgraded: "
                        "write to a new database",
                        stage="write",
                    )
                operations.add_column(table.name, sa.Column(column.name, column.type, nullable=True))
            indexes = {i["name"] for i in inspector.get_indexes(table.name)}
            for index in table.indexes:
                if index.name not in indexes:
                    index.create(conn)
        if stored != SCHEMA_VERSION:
            conn.execute(
                sa.insert(version_table).values(version=SCHEMA_VERSION, nlp_kit_version=__version__, applied_at=_now())
            )
    return stored


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets readers (and other writers' waits) proceed while one document is written.
    cursor.execute("PRAGMA journal_mode=WAL")
    # In WAL mode NORMAL keeps every commit safe from a killed process (only a power cut can
    # lose the last ones) and saves an fsync per document.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=60000")
    cursor.close()


class SqlSink:
    """Writes analyses and errors to a database, one transaction per flush.

    ``dest`` is ``sqlite:///path.db`` or a ``postgresql://`` URL; table names get
    ``table_prefix`` in front.  ``open()`` creates or migrates the tables (call
    it once per run; ``open(migrate=False)`` on workers).  What ``add`` and
    ``add_error`` are given is written, in order, by ``flush`` (called by
    ``existing`` and ``close`` too, and every ``buffer_size`` records): one
    commit for many short documents instead of one each.
    """

    kind = "database"

    def __init__(self, dest: str, table_prefix: str = "", buffer_size: int = 64) -> None:
        self.dest = dest
        self.url = database_url(dest)
        self.table_prefix = validate_prefix(table_prefix)
        self.tables = build_tables(self.table_prefix)
        self.engine: Engine | None = None
        self.buffer_size = buffer_size
        self._pending: list[tuple[str, Any]] = []  # ("analysis", (doc_id, rows)) or ("error", record), in order
        doc_id = sa.bindparam("doc_id")
        documents = self.tables["documents"]
        self._stored = sa.select(documents.c.doc_id).where(documents.c.doc_id == doc_id)
        self._deletes = [
            sa.delete(self.tables[name]).where(self.tables[name].c.doc_id == doc_id) for name in reversed(list(TABLES))
        ]
        self._inserts = {name: sa.insert(self.tables[name]) for name in TABLES}
        errors = self.tables[ERRORS_TABLE]
        self._delete_errors = sa.delete(errors).where(errors.c.doc_id == doc_id)

    def describe(self) -> str:
        return self.url.render_as_string(hide_password=True)

    def open(self, *, migrate_schema: bool = True) -> SqlSink:
        if self.engine is None:
            self.engine = sa.create_engine(self.url, future=True)
            if self.url.get_backend_name() == "sqlite":
                sa.event.listen(self.engine, "connect", _sqlite_pragmas)
        try:
            if migrate_schema:
                migrate(self.engine, self.tables)
        except SQLAlchemyError as exc:
            raise ConfigError(
                f"cannot open the database: {exc.__class__.__name__}: {str(exc).splitlines()[0]}",
                path=self.describe(),
                stage="write",
            ) from exc
        return self

    def existing(self, keys: Iterable[tuple[str, str | None, str | None]]) -> set[tuple[str, str | None, str | None]]:
        """Which ``(doc_id, text_sha256, pipeline_version)`` keys are already stored."""
        assert self.engine is not None
        self.flush()
        keys = list(keys)
        documents = self.tables["documents"]
        found: set[tuple[str, str | None, str | None]] = set()
        with self.engine.connect() as conn:
            for start in range(0, len(keys), 500):
                ids = [k[0] for k in keys[start : start + 500]]
                query = sa.select(documents.c.doc_id, documents.c.text_sha256, documents.c.pipeline_version).where(
                    documents.c.doc_id.in_(ids)
                )
                found.update(tuple(row) for row in conn.execute(query))
        return found & set(keys)

    def add(self, analysis: Analysis) -> None:
        """Replace every row of ``analysis``'s document (at the next flush)."""
        assert self.engine is not None
        self._pending.append(("analysis", (analysis.meta.doc_id, analysis_rows(analysis, processed_at=_now()))))
        if len(self._pending) >= self.buffer_size:
            self.flush()

    def add_error(self, record: dict[str, Any]) -> None:
        """Record a failed document, replacing the same failure recorded by an earlier run (at the next flush)."""
        assert self.engine is not None
        self._pending.append(("error", {**record, "created_at": _now()}))

    def flush(self) -> None:
        """Write what was added since the last flush, in order, in one transaction."""
        if not self._pending:
            return
        assert self.engine is not None
        with self.engine.begin() as conn:
            for kind, item in self._pending:
                if kind == "error":
                    errors = self.tables[ERRORS_TABLE]
                    conn.execute(sa.delete(errors).where(errors.c.error_id == item["error_id"]))
                    conn.execute(sa.insert(errors).values(**item))
                    continue
                doc_id, rows = item
                key = {"doc_id": doc_id}
                # Rows are only ever written with their document's row, in one transaction: a document
                # not stored has no rows to replace (the common case in a batch, one query instead of one
                # per table).
                if conn.execute(self._stored, key).first() is not None:
                    for delete in self._deletes:
                        conn.execute(delete, key)
                for name in TABLES:
                    if rows[name]:
                        conn.execute(self._inserts[name], rows[name])
                conn.execute(self._delete_errors, key)
        self._pending.clear()

    def close(self) -> None:
        if self.engine is not None:
            try:
                self.flush()
            finally:
                self.engine.dispose()
                self.engine = None
