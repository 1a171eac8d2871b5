"""The relational layout of analyses, derived from the pydantic schema.

Every table and column comes from the models in ``nlp_kit.schema``; nothing
here lists a field by hand.  The rules:

- ``Analysis`` is the ``documents`` table; its ``meta`` is flattened into it.
- a list of models becomes a child table keyed by ``(doc_id, [<parent>_seq,] seq)``,
  with a foreign key to its parent row (``mentions`` -> ``actors``) and, when
  the parent has an ``id`` (an actor, a commitment), that id as
  ``<parent>_id`` so analysts can join without the sequence numbers;
- a single nested model is flattened with its field name as prefix
  (``Commitment.evidence`` -> ``evidence_start``, ``evidence_end``,
  ``evidence_text``), except ``summary``, which is its own one-row-per-document
  ``summaries`` table;
- lists of plain values and free-form dicts (``co_actors``, ``meta.extra``) are
  JSON columns.

A field added to a model later flows into its table (and into an existing
database through ``nlp_kit.sinks.sql``'s migration) without touching this
module.  ``to_frames`` gives one pandas DataFrame per table with exactly the
database's columns.

Example::

    >>> import nlp_kit
    >>> frames = nlp_kit.to_frames([nlp_kit.analyze("Turkey pledged in July 2022 to open its border.")])
    >>> frames["actors"][["doc_id", "id", "type"]].values.tolist()  # doctest: +SKIP
    [['3f1c...', 'TUR', 'state']]
"""

from __future__ import annotations

import datetime as dt
import json
import types
import typing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pydantic import BaseModel

from nlp_kit.schema import Analysis

ROOT_TABLE = "documents"

TABLE_NAMES: dict[tuple[str, ...], str] = {
    ("meta", "authors"): "authors",
    ("meta", "sections"): "sections",
    ("meta", "regions"): "regions",
    ("actors",): "actors",
    ("actors", "mentions"): "mentions",
    ("timexes",): "timexes",
    ("commitments",): "commitments",
    ("stances",): "stances",
    ("stances", "evidence"): "stance_evidence",
    ("sentence_stances",): "sentence_stances",
    ("summary",): "summaries",
    ("summary", "key_sentences"): "key_sentences",
    ("summary", "timeline"): "events",
}
"""Readable names for the child tables; a list field not named here becomes
``<path joined by _>`` (``actors.aliases`` -> ``actors_aliases``)."""

MERGED_INTO_PARENT = {("meta",)}
"""Nested models whose fields sit in the parent table without a prefix."""

JOIN_FIELDS = frozenset(
    {
        "id",
        "actor",
        "counterpart",
        "speaker",
        "holder",
        "target",
        "affiliation",
        "value",
        "sort_key",
        "made",
        "deadline",
        "date",
        "timex_id",
        "text_sha256",
        "pipeline_version",
    }
)
"""Columns analysts join or filter on; each gets an index."""

RUNTIME_COLUMNS = ("processed_at",)
"""Columns that record when a row was written, not what was extracted."""


@dataclass(frozen=True)
class Column:
    """One column: its name, value kind (str|int|float|bool|json|datetime), and roles."""

    name: str
    kind: str
    primary_key: bool = False
    indexed: bool = False


@dataclass(frozen=True)
class Table:
    """One table: columns in order, the field path it comes from, its parent and foreign key."""

    name: str
    path: tuple[str, ...]
    columns: tuple[Column, ...]
    parent: str | None
    foreign_key: tuple[tuple[str, str], ...]
    many: bool

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def primary_key(self) -> list[str]:
        return [c.name for c in self.columns if c.primary_key]


def _unwrap(annotation: Any) -> Any:
    """``X | None`` -> ``X``; other annotations unchanged."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def _model_of(annotation: Any) -> type[BaseModel] | None:
    return annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None


def _list_model(annotation: Any) -> type[BaseModel] | None:
    if typing.get_origin(annotation) is list:
        (item,) = typing.get_args(annotation) or (None,)
        return _model_of(_unwrap(item))
    return None


def _kind(annotation: Any) -> str:
    annotation = _unwrap(annotation)
    if typing.get_origin(annotation) is typing.Literal:
        values = typing.get_args(annotation)
        return "int" if all(isinstance(v, int) for v in values) else "str"
    for python_type, kind in ((bool, "bool"), (int, "int"), (float, "float"), (str, "str")):
        if annotation is python_type:
            return kind
    return "json"


def _singular(table: str) -> str:
    return table[:-1] if table.endswith("s") else table


def _fields(model: type[BaseModel]) -> Iterator[tuple[str, Any]]:
    for name, info in model.model_fields.items():
        yield name, info.annotation
    for name, info in model.model_computed_fields.items():
        yield name, info.return_type


@dataclass(frozen=True)
class _Scalar:
    """One column of a table and where its value sits in the item's JSON data."""

    column: str
    keys: tuple[str, ...]
    kind: str
    indexed: bool


@lru_cache(maxsize=None)
def _scalars(model: type[BaseModel], path: tuple[str, ...]) -> tuple[_Scalar, ...]:
    """The scalar columns of the table for ``model`` at ``path``: its own fields, and
    those of nested single models (prefixed by the field name, except ``MERGED_INTO_PARENT``)
    that are not tables of their own.  One walk of the schema serves both the
    columns (``derive_tables``) and the row values (``analysis_rows``)."""

    def walk(model: type[BaseModel], path: tuple[str, ...], prefix: str, keys: tuple[str, ...]) -> Iterator[_Scalar]:
        for name, annotation in _fields(model):
            inner = _unwrap(annotation)
            field_path = (*path, name)
            if _list_model(inner) is not None:
                continue
            nested = _model_of(inner)
            if nested is None:
                yield _Scalar(f"{prefix}{name}", (*keys, name), _kind(inner), name in JOIN_FIELDS)
            elif field_path not in TABLE_NAMES:
                nested_prefix = prefix if field_path in MERGED_INTO_PARENT else f"{prefix}{name}_"
                yield from walk(nested, field_path, nested_prefix, (*keys, name))

    return tuple(walk(model, path, "", ()))


def _scalar_values(data: dict[str, Any], model: type[BaseModel], path: tuple[str, ...], row: dict[str, Any]) -> None:
    """Set ``row``'s scalar columns from ``data``, the JSON form of one ``model`` item at ``path``."""
    for scalar in _scalars(model, path):
        value: Any = data
        for key in scalar.keys:
            value = (value or {}).get(key)
        row[scalar.column] = value


class _Builder:
    def __init__(self) -> None:
        self.tables: dict[str, Table] = {}

    def scalar_columns(self, model: type[BaseModel], path: tuple[str, ...]) -> list[Column]:
        return [Column(s.column, s.kind, indexed=s.indexed) for s in _scalars(model, path)]

    def child_tables(self, model: type[BaseModel], path: tuple[str, ...], owner: Table) -> None:
        """Tables for every list-of-models (and separately tabled model) under ``model``."""
        for name, annotation in _fields(model):
            inner = _unwrap(annotation)
            field_path = (*path, name)
            item = _list_model(inner)
            nested = _model_of(inner)
            if item is not None:
                self.add(item, field_path, owner, many=True)
            elif nested is not None and field_path in TABLE_NAMES:
                self.add(nested, field_path, owner, many=False)
            elif nested is not None:
                self.child_tables(nested, field_path, owner)

    def add(self, model: type[BaseModel], path: tuple[str, ...], parent: Table, *, many: bool) -> None:
        name = TABLE_NAMES.get(path, "_".join(path))
        keys = [Column("doc_id", "str", primary_key=True)]
        foreign = [("doc_id", "doc_id")]
        if parent.many:
            parent_seq = f"{_singular(parent.name)}_seq"
            keys.append(Column(parent_seq, "int", primary_key=True))
            foreign.append((parent_seq, "seq"))
            if "id" in parent.column_names:
                keys.append(Column(f"{_singular(parent.name)}_id", "str", indexed=True))
        if many:
            keys.append(Column("seq", "int", primary_key=True))
        table = self.register(name, path, keys + self.scalar_columns(model, path), parent.name, foreign, many)
        self.child_tables(model, path, table)

    def register(self, name, path, columns, parent, foreign, many) -> Table:
        seen: set[str] = set()
        for column in columns:
            if column.name in seen:
                raise RuntimeError(f"schema field '{column.name}' appears twice in table '{name}'")
            seen.add(column.name)
        table = Table(name, path, tuple(columns), parent, tuple(foreign), many)
        self.tables[name] = table
        return table


def derive_tables(model: type[BaseModel] = Analysis) -> dict[str, Table]:
    """The tables for ``model`` (an ``Analysis``-like root with ``meta.doc_id``), parents first."""
    builder = _Builder()
    columns = [
        Column(c.name, c.kind, primary_key=c.name == "doc_id", indexed=c.indexed and c.name != "doc_id")
        for c in builder.scalar_columns(model, ())
    ]
    columns += [Column(name, "datetime") for name in RUNTIME_COLUMNS]
    root = builder.register(ROOT_TABLE, (), columns, None, (), False)
    builder.child_tables(model, (), root)
    return builder.tables


TABLES: dict[str, Table] = derive_tables()
"""Every table derived from ``Analysis``, parents before children."""


_MODELS: dict[tuple[str, ...], type[BaseModel]] = {}


def _model_at(path: tuple[str, ...]) -> type[BaseModel]:
    if path not in _MODELS:
        model: type[BaseModel] = Analysis
        for name in path:
            annotation = _unwrap(dict(_fields(model))[name])
            model = _list_model(annotation) or _model_of(annotation)  # type: ignore[assignment]
        _MODELS[path] = model
    return _MODELS[path]


def _items_at(data: dict[str, Any], path: tuple[str, ...]) -> Any:
    for name in path:
        data = (data or {}).get(name)
    return data


def analysis_rows(
    analysis: Analysis | dict[str, Any], processed_at: dt.datetime | None = None
) -> dict[str, list[dict[str, Any]]]:
    """The rows one analysis contributes to each table (every table present, maybe empty).

    Input: an ``Analysis``, or its JSON form as loaded from a JSONL line; output:
    ``{"documents": [row], "actors": [...], ...}`` with JSON columns as Python
    lists/dicts.
    """
    data = analysis.model_dump(mode="json") if isinstance(analysis, BaseModel) else analysis
    doc_id = data["meta"]["doc_id"]
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    root: dict[str, Any] = {}
    _scalar_values(data, Analysis, (), root)
    root["processed_at"] = processed_at or dt.datetime.now(dt.timezone.utc)
    rows[ROOT_TABLE].append(root)

    def fill(table: Table, parent_data: dict[str, Any], parent_keys: dict[str, Any]) -> None:
        value = parent_data.get(table.path[-1])
        items = value if table.many else ([value] if value is not None else [])
        model = _model_at(table.path)
        for seq, item in enumerate(items or []):
            row = dict(parent_keys)
            if table.many:
                row["seq"] = seq
            _scalar_values(item, model, table.path, row)
            rows[table.name].append(row)
            for child in _children(table.name):
                keys = {"doc_id": doc_id}
                if table.many:
                    keys[f"{_singular(table.name)}_seq"] = seq
                    if "id" in table.column_names:
                        keys[f"{_singular(table.name)}_id"] = item.get("id")
                fill(child, _items_at(item, child.path[len(table.path) : -1]), keys)

    for child in _children(ROOT_TABLE):
        fill(child, _items_at(data, child.path[:-1]), {"doc_id": doc_id})
    return rows


def _children(name: str) -> list[Table]:
    return [t for t in TABLES.values() if t.parent == name]


def to_frames(analyses: Iterable[Analysis]) -> dict[str, Any]:
    """One pandas DataFrame per table, with the same columns as the database.

    Input: analyses (e.g. from ``nlp_kit.analyze_many``); output:
    ``{"documents": DataFrame, "actors": DataFrame, "mentions": ..., ...}``.
    JSON columns hold Python lists and dicts.
    """
    import pandas as pd

    collected: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for analysis in analyses:
        for name, rows in analysis_rows(analysis).items():
            collected[name].extend(rows)
    return {
        name: pd.DataFrame(collected[name], columns=table.column_names) for name, table in TABLES.items()
    }


def encode_json_columns(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """``row`` with its JSON columns as JSON text, for CSV and Parquet files."""
    encoded = dict(row)
    for column in table.columns:
        if column.kind == "json" and column.name in encoded:
            encoded[column.name] = json.dumps(encoded[column.name], ensure_ascii=False, sort_keys=True)
    return encoded
