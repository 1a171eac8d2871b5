"""``nlp-kit summarize`` budgets and formats, ``nlp-kit report`` and ``nlp-kit eval summaries``."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from nlp_kit.cli import app

runner = CliRunner()

STATEMENT = (
    "The European Union and Serbia resumed talks on a trade agreement in Brussels this week.\n"
    "Negotiators said the trade agreement would lower tariffs on farm goods and machinery.\n"
    "Serbia pledged to align its customs rules with the European Union by 2026.\n"
    "Both sides expect the trade agreement to be signed before the end of the year.\n"
)


@pytest.fixture(autouse=True)
def session_pipeline(monkeypatch, nlp):
    """Commands reuse the session's pipeline instead of loading their own (seconds per test)."""
    monkeypatch.setattr("nlp_kit.cli.analysis.pipeline", lambda *args, **kwargs: nlp)
    monkeypatch.setattr("nlp_kit.pipeline.load", lambda *args, **kwargs: nlp)


def _write(tmp_path, name="statement.txt", text=STATEMENT):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_sentences_option_sets_the_number_of_key_sentences(tmp_path):
    result = runner.invoke(app, ["summarize", str(_write(tmp_path)), "--format", "json", "--sentences", "2"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)["summary"]
    assert len(summary["key_sentences"]) == 2 and summary["budget"] == "2 sentences"


def test_words_option_bounds_the_key_sentences(tmp_path):
    result = runner.invoke(app, ["summarize", str(_write(tmp_path)), "--format", "json", "--words", "30"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)["summary"]
    assert summary["budget"] == "30 words"
    assert sum(len(k["text"].split()) for k in summary["key_sentences"]) <= 32


def test_html_format_prints_one_self_contained_page(tmp_path):
    result = runner.invoke(app, ["summarize", str(_write(tmp_path)), "--format", "html"])
    assert result.exit_code == 0, result.output
    assert result.stdout.lstrip().startswith("<!DOCTYPE html>")
    assert "<link" not in result.stdout and "src=\"http" not in result.stdout


def test_html_format_for_a_directory_points_to_the_report_command(tmp_path):
    _write(tmp_path)
    result = runner.invoke(app, ["summarize", str(tmp_path), "--format", "html"])
    assert result.exit_code == 2
    assert "nlp-kit report" in result.stderr


def test_report_writes_pages_and_an_index_for_a_directory(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _write(corpus, "eu-serbia.txt")
    _write(corpus, "japan-india.txt", "Japan and India signed a trade agreement on semiconductors in Tokyo.\n")
    result = runner.invoke(app, ["report", str(corpus), "--out", str(tmp_path / "site")])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "site").iterdir()) == ["eu-serbia.html", "index.html", "japan-india.html"]
    assert "2 pages" in result.stdout


def test_report_lists_unreadable_documents_in_the_index_and_exits_9_when_none_could_be_read(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _write(corpus, "blank.txt", "   \n")
    result = runner.invoke(app, ["report", str(corpus), "--out", str(tmp_path / "site")])
    assert result.exit_code == 9
    assert "blank.txt" in result.stderr
    assert "blank.txt" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    _write(corpus, "eu-serbia.txt")
    result = runner.invoke(app, ["report", str(corpus), "--out", str(tmp_path / "site2")])
    assert result.exit_code == 0, result.output
    assert "1 pages, 1 failed" in result.stdout


def test_eval_summaries_prints_precision_recall_and_f1_per_rouge_metric(tmp_path):
    data = tmp_path / "pairs.jsonl"
    data.write_text(
        json.dumps({"text": STATEMENT, "summary": "Serbia pledged to align customs rules with the EU by 2026."}) + "\n"
    )
    result = runner.invoke(app, ["eval", "summaries", "--data", str(data), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)["scores"]
    assert set(scores) == {"rouge1", "rouge2", "rougeL"}
    assert all(0.0 <= scores[m][k] <= 1.0 for m in scores for k in ("p", "r", "f"))
    assert scores["rouge1"]["f"] > 0.0


def test_eval_summaries_reads_the_legal_json_format(tmp_path):
    data = tmp_path / "legal.json"
    record = {"original_text": STATEMENT, "reference_summary": "The EU and Serbia resumed trade talks."}
    data.write_text(json.dumps({"u1": record, "u2": record}))
    result = runner.invoke(app, ["eval", "summaries", "--data", str(data), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["pairs"] == 1  # the same pair twice counts once


def test_eval_summaries_explains_an_unknown_format(tmp_path):
    data = tmp_path / "pairs.json"
    data.write_text(json.dumps({"u1": {"body": "x"}}))
    result = runner.invoke(app, ["eval", "summaries", "--data", str(data)])
    assert result.exit_code == 8
    assert "reference_summary" in result.stderr and str(data) in result.stderr
