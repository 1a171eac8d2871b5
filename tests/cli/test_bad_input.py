"""Bad input at the command line: one line on stderr naming the file, a documented exit code."""

from __future__ import annotations

import json
import os

import pytest
from typer.testing import CliRunner

from nlp_kit.cli import app

runner = CliRunner()

GOOD = "Kenya and Ethiopia agreed on 4 March 2024 to reopen the Moyale border crossing.\n"
FRENCH = (
    "Le gouvernement français a annoncé mardi qu'il augmenterait son aide humanitaire au Soudan "
    "et appelé les parties à conclure un cessez-le-feu avant la fin du mois de mars.\n"
)


@pytest.fixture(autouse=True)
def loaded_once(monkeypatch, nlp):
    """Commands reuse the session pipeline instead of loading spaCy per invocation."""
    monkeypatch.setattr("nlp_kit.cli.analysis.pipeline", lambda *args, **kwargs: nlp)


def summarize(*args: str, input: str | None = None):
    return runner.invoke(app, [*args[:-1], "summarize", args[-1], "--format", "json"] if args else [], input=input)


def one_line_naming(result, name: str) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert name in lines[0]
    return lines[0]


def test_missing_path_exits_3(tmp_path):
    result = summarize(str(tmp_path / "missing.txt"))
    assert result.exit_code == 3
    assert "no such file" in one_line_naming(result, "missing.txt")


def test_unreadable_file_exits_4(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text(GOOD)
    path.chmod(0)
    if os.access(path, os.R_OK):  # root reads anything: make the read fail as it would for a user

        def denied(p):
            raise PermissionError(13, "Permission denied", str(p))

        monkeypatch.setattr("nlp_kit.ingest.readers._read_bytes", denied)
    result = summarize(str(path))
    assert result.exit_code == 4
    assert "permission denied" in one_line_naming(result, "locked.txt")


def test_text_file_full_of_nul_bytes_exits_4(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_bytes(b"\x00\x01\x02" * 4000)
    result = summarize(str(path))
    assert result.exit_code == 4
    assert "binary" in one_line_naming(result, "dump.txt")


def test_pdf_that_is_not_a_pdf_exits_4(tmp_path):
    path = tmp_path / "brief.pdf"
    path.write_text("Armenia and Turkey agreed to open the border.")
    result = summarize(str(path))
    assert result.exit_code == 4
    assert "not a PDF" in one_line_naming(result, "brief.pdf")


def test_truncated_pdf_exits_4(tmp_path):
    path = tmp_path / "cut.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n")
    result = summarize(str(path))
    assert result.exit_code == 4
    one_line_naming(result, "cut.pdf")


def test_broken_jsonl_line_is_reported_and_the_other_rows_analysed(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text(
        json.dumps({"id": "r1", "text": GOOD}) + "\n{\"id\": \"r2\", \"text\": \n" + json.dumps({"id": "r3", "text": GOOD}) + "\n"
    )
    result = summarize(str(path))
    assert result.exit_code == 0
    assert "line 2 is not valid JSON" in one_line_naming(result, "rows.jsonl#2")
    assert result.stdout.count('"doc_id"') == 2


def test_whitespace_only_document_exits_5(tmp_path):
    path = tmp_path / "blank.md"
    path.write_text("---\ntitle: Empty\n---\n\u00a0\n   \n")
    result = summarize(str(path))
    assert result.exit_code == 5
    assert "empty" in one_line_naming(result, "blank.md")


def test_document_over_the_size_limit_exits_6(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(GOOD * 50)
    result = summarize("--max-bytes", "1000", str(path))
    assert result.exit_code == 6
    assert "1,000-byte limit" in one_line_naming(result, "report.txt")


def test_non_english_document_exits_7_unless_any_language_is_allowed(tmp_path):
    path = tmp_path / "communique.txt"
    path.write_text(FRENCH, encoding="utf-8")
    result = summarize(str(path))
    assert result.exit_code == 7
    assert "fr" in one_line_naming(result, "communique.txt")
    assert summarize("--allow-any-language", str(path)).exit_code == 0


def test_malformed_dct_exits_2_with_the_expected_format(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text(GOOD)
    result = runner.invoke(app, ["summarize", str(path), "--dct", "15/03/2024"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in one_line_naming(result, "15/03/2024")


def test_directory_with_a_bad_file_reports_it_and_analyses_the_rest(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    (folder / "empty.txt").write_text("\n\n")
    result = runner.invoke(app, ["summarize", str(folder), "--format", "md", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0
    one_line_naming(result, "empty.txt")
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["good.json"]


def test_directory_where_every_document_fails_exits_with_their_code(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(" ")
    (folder / "b.txt").write_text("\t\n")
    result = summarize(str(folder))
    assert result.exit_code == 5
    assert len(result.stderr.strip().splitlines()) == 2


def test_jsonl_rows_get_distinct_output_files(tmp_path):
    path = tmp_path / "statements.jsonl"
    path.write_text("".join(json.dumps({"id": f"s{i}", "text": GOOD}) + "\n" for i in (1, 2)))
    result = runner.invoke(app, ["summarize", str(path), "--format", "md", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["statements__s1.json", "statements__s2.json"]


def test_dash_reads_standard_input():
    result = runner.invoke(app, ["summarize", "-", "--format", "json"], input=GOOD)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["meta"]["source"] == "<stdin>"


def test_include_and_exclude_globs_choose_the_files_of_a_directory(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "keep.txt").write_text(GOOD)
    (folder / "draft.txt").write_text(GOOD)
    (folder / "broken.pdf").write_text("not a pdf")
    result = runner.invoke(
        app,
        ["--include", "*.txt", "--exclude", "draft*", "summarize", str(folder), "--format", "md",
         "--out", str(tmp_path / "out")],
    )
    assert result.exit_code == 0 and result.stderr == ""
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["keep.json"]
