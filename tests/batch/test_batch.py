"""nlp_kit.batch.process and ``nlp-kit process``: sinks, skipping, errors, exit codes."""

from __future__ import annotations

import json

import pandas as pd
import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from nlp_kit.batch import process
from nlp_kit.cli import app
from nlp_kit.errors import BatchFailed, InputNotFound
from nlp_kit.sinks.tables import TABLES

STATEMENTS = [
    "France pledged in March 2021 to fund the reconstruction of the port with Germany.",
    "The EU urged Serbia on 4 May 2023 to implement the Ohrid agreement without delay.",
    "Japan and India signed a trade agreement in Tokyo last week.",
    "Kenya called on Ethiopia to resume talks over the dam before the rainy season.",
    "NATO ministers agreed in Brussels to double the eastern battlegroups by 2025.",
]


@pytest.fixture
def corpus(tmp_path):
    directory = tmp_path / "corpus"
    directory.mkdir()
    for i, text in enumerate(STATEMENTS):
        (directory / f"statement{i}.txt").write_text(text + "\n", encoding="utf-8")
    return directory


def _rows(url: str, table: str) -> list[dict]:
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as conn:
        frame = pd.read_sql_table(table, conn)
    engine.dispose()
    return frame.drop(columns=["processed_at", "created_at"], errors="ignore").to_dict("records")


def test_process_writes_every_document_and_a_rerun_skips_them(nlp, corpus, database_url):
    first = process([str(corpus / "*.txt")], database_url, nlp=nlp, batch_size=2)
    assert (first.done, first.skipped, first.failed) == (5, 0, 0)
    second = process([str(corpus / "*.txt")], database_url, nlp=nlp)
    assert (second.done, second.skipped) == (0, 5)
    assert len(_rows(database_url, "documents")) == 5


def test_force_reanalyses_and_replaces_rather_than_duplicates(nlp, corpus, tmp_path):
    url = f"sqlite:///{tmp_path / 'out.db'}"
    process([str(corpus / "*.txt")], url, nlp=nlp)
    before = {name: _rows(url, name) for name in TABLES}
    again = process([str(corpus / "*.txt")], url, nlp=nlp, force=True)
    assert again.done == 5
    assert {name: _rows(url, name) for name in TABLES} == before


def test_unreadable_document_is_recorded_and_the_run_goes_on(nlp, corpus, tmp_path):
    (corpus / "blank.txt").write_text("   \n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'out.db'}"
    report = process([str(corpus)+ "/*.txt"], url, nlp=nlp)
    assert (report.done, report.failed) == (5, 1)
    (error,) = _rows(url, "errors")
    assert error["source"].endswith("blank.txt") and error["stage"] == "read"


def test_strict_fails_with_batch_failed_when_one_document_failed(nlp, corpus, tmp_path):
    (corpus / "blank.txt").write_text("", encoding="utf-8")
    with pytest.raises(BatchFailed):
        process([str(corpus / "*.txt")], f"sqlite:///{tmp_path / 'out.db'}", nlp=nlp, strict=True)


def test_every_document_failing_is_batch_failed(nlp, tmp_path):
    (tmp_path / "a.txt").write_text(" ", encoding="utf-8")
    with pytest.raises(BatchFailed, match="all 1 documents failed"):
        process([str(tmp_path / "a.txt")], str(tmp_path / "out"), nlp=nlp)


def test_missing_input_is_input_not_found(nlp, tmp_path):
    with pytest.raises(InputNotFound):
        process([str(tmp_path / "nowhere" / "*.txt")], str(tmp_path / "out"), nlp=nlp)


def test_directory_destination_gets_one_jsonl_and_a_csv_per_table(nlp, corpus, tmp_path):
    out = tmp_path / "out"
    process([str(corpus / "*.txt")], str(out), nlp=nlp, chunk_size=2)
    lines = (out / "analyses.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted(json.loads(line)["text"].strip() for line in lines) == sorted(STATEMENTS)
    for name, table in TABLES.items():
        assert list(pd.read_csv(out / f"{name}.csv").columns) == table.column_names
    assert len(pd.read_csv(out / "documents.csv")) == 5


def test_parquet_base_path_gets_one_file_per_table_and_resumes(nlp, corpus, tmp_path):
    base = tmp_path / "corpus.parquet"
    process([str(corpus / "statement[0-2].txt")], str(base), nlp=nlp, chunk_size=1)
    report = process([str(corpus / "*.txt")], str(base), nlp=nlp)
    assert (report.done, report.skipped) == (2, 3)
    documents = pd.read_parquet(tmp_path / "corpus.documents.parquet")
    assert sorted(documents["source"].str.rsplit("/", n=1).str[-1]) == [f"statement{i}.txt" for i in range(5)]
    assert list(pd.read_parquet(tmp_path / "corpus.actors.parquet").columns) == TABLES["actors"].column_names


def test_csv_base_path_after_force_keeps_one_row_per_document(nlp, corpus, tmp_path):
    base = tmp_path / "corpus.csv"
    process([str(corpus / "*.txt")], str(base), nlp=nlp)
    process([str(corpus / "*.txt")], str(base), nlp=nlp, force=True)
    assert len(pd.read_csv(tmp_path / "corpus.documents.csv")) == 5


def test_two_processes_write_the_same_rows_as_one(nlp, corpus, tmp_path):
    one, two = f"sqlite:///{tmp_path / 'one.db'}", f"sqlite:///{tmp_path / 'two.db'}"
    process([str(corpus / "*.txt")], one, nlp=nlp, batch_size=1)
    process([str(corpus / "*.txt")], two, nlp=nlp, batch_size=1, workers=2)
    for name in TABLES:
        assert _rows(one, name) == _rows(two, name), name


def test_cli_process_reports_and_strict_exits_with_code_9(corpus, tmp_path):
    (corpus / "blank.txt").write_text("", encoding="utf-8")
    runner = CliRunner()
    args = ["process", str(corpus / "*.txt"), "--out", f"sqlite:///{tmp_path / 'out.db'}"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "5 documents done, 0 skipped, 1 failed" in result.output
    strict = runner.invoke(app, [*args, "--strict"])
    assert strict.exit_code == 9
    assert "0 documents done, 5 skipped, 1 failed" in strict.output


def test_cli_reading_options_apply_to_process(corpus, tmp_path):
    (corpus / "long.txt").write_text("Japan and India signed a trade agreement. " * 40, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'out.db'}"
    result = CliRunner().invoke(app, ["--max-bytes", "1000", "process", str(corpus / "*.txt"), "--out", url])
    assert result.exit_code == 0, result.output
    (error,) = _rows(url, "errors")
    assert error["source"].endswith("long.txt") and "limit" in error["message"]


def test_cli_rejects_a_bad_table_prefix(corpus, tmp_path):
    result = CliRunner().invoke(
        app, ["process", str(corpus), "--out", f"sqlite:///{tmp_path / 'o.db'}", "--table-prefix", "x;drop"]
    )
    assert result.exit_code == 8


def test_a_part_cut_off_by_a_crash_is_ignored_and_its_documents_redone(nlp, corpus, tmp_path):
    out = tmp_path / "out"
    process([str(corpus / "statement[0-2].txt")], str(out), nlp=nlp, chunk_size=1)
    last = sorted((out / ".parts").glob("*.jsonl"))[-1]
    last.unlink()  # killed after the manifest, before the analyses were renamed into place
    (out / ".parts" / ".half-written.jsonl.tmp").write_text('{"meta": ', encoding="utf-8")
    report = process([str(corpus / "statement[0-2].txt")], str(out), nlp=nlp)
    assert (report.done, report.skipped) == (1, 2)
    assert len(pd.read_csv(out / "documents.csv")) == 3


class _ListSink:
    """An in-memory sink that logs what the engine does, in order."""

    kind = "list"

    def __init__(self) -> None:
        self.log: list[str] = []
        self.written: set[str] = set()

    def describe(self) -> str:
        return "memory"

    def open(self, *, migrate_schema: bool = True):
        return self

    def existing(self, keys):
        return {key for key in keys if key[0] in self.written}

    def add(self, analysis) -> None:
        self.written.add(analysis.meta.doc_id)
        self.log.append(f"add {analysis.meta.doc_id}")

    def add_error(self, record) -> None:
        self.log.append("error")

    def flush(self) -> None:
        self.log.append("flush")

    def close(self) -> None:
        pass


@pytest.mark.parametrize("workers", [1, 2])
def test_each_chunk_is_flushed_after_its_last_document_and_a_repeat_in_flight_is_skipped(nlp, workers):
    from nlp_kit.batch import Report, run_local
    from nlp_kit.ingest import from_text

    documents = [from_text(text) for text in STATEMENTS[:3]]
    # The first statement again, in the next chunk, while the first chunk may still be in the workers.
    stream = iter([documents[0], documents[1], documents[0], documents[2]])
    sink = _ListSink()
    report = run_local(stream, sink, nlp=nlp, n_process=workers, chunk_size=2, report=Report())
    assert (report.done, report.skipped) == (3, 1)
    ids = [d.meta.doc_id for d in documents]
    assert sink.log == [f"add {ids[0]}", f"add {ids[1]}", "flush", f"add {ids[2]}", "flush"]
