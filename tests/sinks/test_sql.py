"""nlp_kit.sinks.sql against SQLite and a real PostgreSQL (see the database_url fixture)."""

from __future__ import annotations

import pandas as pd
import pytest
import sqlalchemy as sa

from nlp_kit.errors import ConfigError
from nlp_kit.schema import SCHEMA_VERSION, Analysis
from nlp_kit.sinks.sql import SqlSink, build_tables, error_record
from nlp_kit.sinks.sql import database_url as sqlalchemy_url
from nlp_kit.sinks.tables import TABLES, to_frames

TEXT = "The EU urged Serbia in March 2023 to implement the Ohrid agreement. Belgrade refused."


def _analysis(doc_id: str = "d1", version: str = "v1") -> Analysis:
    return Analysis.model_validate(
        {
            "meta": {"doc_id": doc_id, "text_sha256": f"sha-{doc_id}", "pipeline_version": version, "extra": {"desk": "EU"}},
            "text": TEXT,
            "actors": [
                {"id": "EU", "name": "European Union", "type": "igo", "mentions": [{"start": 4, "end": 6, "text": "EU"}]},
                {
                    "id": "SRB",
                    "name": "Serbia",
                    "type": "state",
                    "mentions": [{"start": 13, "end": 19, "text": "Serbia"}, {"start": 68, "end": 76, "text": "Belgrade"}],
                },
            ],
            "timexes": [{"id": "t1", "start": 23, "end": 33, "text": "March 2023", "type": "DATE", "value": "2023-03"}],
            "commitments": [
                {
                    "id": "c1",
                    "actor": "EU",
                    "counterpart": "SRB",
                    "co_actors": [],
                    "action": "implement the Ohrid agreement",
                    "kind": "demand",
                    "made": "2023-03",
                    "evidence": {"start": 0, "end": 67, "text": TEXT[:67]},
                }
            ],
            "summary": {"gist": TEXT[:67], "key_points": ["EU demand"]},
        }
    )


def _count(sink: SqlSink, table: str) -> int:
    with sink.engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(sink.tables[table])).scalar()


def test_writing_a_document_again_replaces_its_rows_never_duplicates(database_url):
    sink = SqlSink(database_url).open()
    sink.add(_analysis())
    sink.flush()
    sink.add(_analysis())
    sink.add(_analysis())  # twice in one flush too
    sink.flush()
    assert (_count(sink, "documents"), _count(sink, "actors"), _count(sink, "mentions")) == (1, 2, 3)
    sink.close()


def test_documents_are_written_at_flush_in_order_and_close_flushes(database_url):
    sink = SqlSink(database_url, buffer_size=3).open()
    record = error_record(source="a.txt", stage="analyse", code="E000", message="boom", doc_id="d1", pipeline_version="v1")
    sink.add_error(record)
    sink.add(_analysis("d1"))  # the success recorded after the failure clears it
    assert (_count(sink, "documents"), _count(sink, "errors")) == (0, 0)  # nothing half-written before the flush
    sink.add(_analysis("d2"))  # the third item fills the buffer: written in one transaction
    assert (_count(sink, "documents"), _count(sink, "errors")) == (2, 0)
    sink.add(_analysis("d3"))
    assert sink.existing([("d3", "sha-d3", "v1")]) == {("d3", "sha-d3", "v1")}  # existing() flushes first
    sink.add(_analysis("d4"))
    sink.close()
    reopened = SqlSink(database_url).open()
    assert _count(reopened, "documents") == 4
    reopened.close()


def test_existing_keys_match_content_hash_and_pipeline_version(database_url):
    sink = SqlSink(database_url).open()
    sink.add(_analysis("d1", "v1"))
    keys = [("d1", "sha-d1", "v1"), ("d1", "sha-d1", "v2"), ("d2", "sha-d2", "v1")]
    assert sink.existing(keys) == {("d1", "sha-d1", "v1")}
    sink.close()


def test_database_rows_equal_the_frames_of_to_frames(database_url):
    sink = SqlSink(database_url).open()
    sink.add(_analysis())
    sink.flush()
    frames = to_frames([_analysis()])
    with sink.engine.connect() as conn:
        for name in ("documents", "actors", "mentions", "timexes", "commitments", "summaries"):
            stored = pd.read_sql(sa.select(sink.tables[name]), conn)
            assert list(stored.columns) == TABLES[name].column_names
            left = stored.drop(columns=["processed_at"], errors="ignore").astype(str)
            right = frames[name].drop(columns=["processed_at"], errors="ignore").astype(str)
            assert left.to_dict("records") == right.to_dict("records"), name
    sink.close()


def test_errors_are_recorded_once_and_cleared_when_the_document_succeeds(database_url):
    sink = SqlSink(database_url).open()
    record = error_record(source="a.txt", stage="analyse", code="E000", message="boom", doc_id="d1", pipeline_version="v1")
    sink.add_error(record)
    sink.flush()
    sink.add_error(record)
    sink.flush()
    assert _count(sink, "errors") == 1
    sink.add(_analysis("d1"))
    sink.flush()
    assert _count(sink, "errors") == 0
    sink.close()


def test_join_columns_are_indexed_in_the_database(database_url):
    sink = SqlSink(database_url).open()
    inspector = sa.inspect(sink.engine)
    indexed = {tuple(i["column_names"]) for i in inspector.get_indexes("actors")}
    assert ("id",) in indexed
    assert inspector.get_foreign_keys("mentions")[0]["referred_table"] == "actors"
    sink.close()


# What schema version 1 lacked (see the SCHEMA_VERSION history in nlp_kit/schema.py).
V1_MISSING_TABLES = {"summary_actor_roles", "turns"}
V1_MISSING_COLUMNS = {
    "commitments": {"agents"}, "summaries": {"commitments", "stances", "budget"}, "documents": {"voice"},
}


def _version_1_database(url) -> None:
    metadata = sa.MetaData()
    for name, table in build_tables().items():
        if name in V1_MISSING_TABLES:
            continue
        missing = V1_MISSING_COLUMNS.get(name, set())
        columns = [sa.Column(c.name, c.type, primary_key=c.primary_key) for c in table.columns if c.name not in missing]
        sa.Table(table.name, metadata, *columns)
    engine = sa.create_engine(url)
    metadata.create_all(engine)
    with engine.begin() as conn:
        conn.execute(sa.insert(metadata.tables["documents"]).values(doc_id="old", text="Kept.", pipeline_version="v0"))
        conn.execute(
            sa.insert(metadata.tables["summaries"]).values(doc_id="old", gist="Kept.", key_points=["kept"])
        )
        conn.execute(sa.insert(metadata.tables["schema_version"]).values(version=1))
    engine.dispose()


def test_version_1_database_is_upgraded_and_keeps_its_data(database_url):
    _version_1_database(SqlSink(database_url).url)

    sink = SqlSink(database_url).open()
    inspector = sa.inspect(sink.engine)
    assert "agents" in {c["name"] for c in inspector.get_columns("commitments")}
    assert {"commitments", "stances", "budget"} <= {c["name"] for c in inspector.get_columns("summaries")}
    assert {"summary_actor_roles", "turns"} <= set(inspector.get_table_names())
    assert "voice" in {c["name"] for c in inspector.get_columns("documents")}
    with sink.engine.connect() as conn:
        assert conn.execute(sa.select(sink.tables["documents"].c.text)).scalars().all() == ["Kept."]
        assert conn.execute(sa.select(sink.tables["summaries"].c.key_points)).scalars().all() == [["kept"]]
        versions = conn.execute(sa.select(sink.tables["schema_version"].c.version)).scalars().all()
    assert sorted(versions) == [1, SCHEMA_VERSION]
    sink.add(_analysis())
    sink.flush()
    assert _count(sink, "documents") == 2
    sink.close()


def test_database_from_a_newer_nlp_kit_is_refused(database_url):
    sink = SqlSink(database_url).open()
    with sink.engine.begin() as conn:
        conn.execute(sa.insert(sink.tables["schema_version"]).values(version=SCHEMA_VERSION + 1))
    sink.close()
    with pytest.raises(ConfigError, match="newer"):
        SqlSink(database_url).open()


def test_table_prefix_names_every_table(database_url):
    sink = SqlSink(database_url, table_prefix="nk_").open()
    sink.add(_analysis())
    assert {"nk_documents", "nk_actors", "nk_errors", "nk_schema_version"} <= set(sa.inspect(sink.engine).get_table_names())
    sink.close()


@pytest.mark.parametrize("prefix", ["x; DROP TABLE documents", "1abc", "a-b", "é"])
def test_table_prefix_must_be_an_identifier(prefix):
    with pytest.raises(ConfigError, match="not an identifier"):
        SqlSink("sqlite:///results.db", table_prefix=prefix)


def test_postgresql_urls_use_the_psycopg_driver():
    assert sqlalchemy_url("postgresql://u:p@db.example.org/policy").drivername == "postgresql+psycopg"
    assert sqlalchemy_url("postgres://u@localhost/policy").drivername == "postgresql+psycopg"


def test_unknown_database_and_missing_directory_are_config_errors(tmp_path):
    with pytest.raises(ConfigError, match="unsupported database"):
        sqlalchemy_url("mysql://u@localhost/policy")
    with pytest.raises(ConfigError, match="does not exist"):
        sqlalchemy_url(f"sqlite:///{tmp_path}/missing/results.db")
