"""The command line: every command runs, and the foundation's acceptance checks hold."""

from __future__ import annotations

import json

import jsonschema
import pytest
from typer.testing import CliRunner

from nlp_kit.cli import app
from nlp_kit.schema import json_schema

runner = CliRunner()


def test_version_prints_the_package_version():
    import nlp_kit

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert nlp_kit.__version__ in result.stdout


def test_schema_prints_the_json_schema_of_an_analysis():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    printed = json.loads(result.stdout)
    assert printed["title"] == "Analysis"
    for field in ("meta", "actors", "timexes", "commitments", "stances", "summary"):
        assert field in printed["properties"]


def test_summarize_json_output_validates_against_the_schema(tmp_path):
    doc = tmp_path / "statement.txt"
    doc.write_text("Armenia and Azerbaijan agreed in December 2023 to a prisoner exchange.\n", encoding="utf-8")
    result = runner.invoke(app, ["summarize", str(doc), "--format", "json"])
    assert result.exit_code == 0, result.output
    jsonschema.validate(json.loads(result.stdout), json_schema())


def test_summarize_writes_one_json_file_per_document(tmp_path):
    for name in ("a", "b"):
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / f"{name}.txt").write_text(f"France signed the deal with Japan. Note {name}.\n")
    result = runner.invoke(app, ["summarize", str(tmp_path / "in"), "--format", "md", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.json", "b.json"]


def test_model_option_rejects_a_pipeline_that_is_not_installed(tmp_path):
    doc = tmp_path / "d.txt"
    doc.write_text("Turkey opened the border.")
    result = runner.invoke(app, ["summarize", str(doc), "--model", "xx_no_such_pipeline"])
    assert result.exit_code == 8
    assert "xx_no_such_pipeline" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.fixture(scope="module")
def reference_json(shared_dir):
    result = runner.invoke(app, ["summarize", "corpus/south-caucasus-peace.txt", "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_reference_article_names_the_four_states_by_iso3(reference_json):
    ids = {a["id"] for a in reference_json["actors"]}
    assert {"ARM", "AZE", "TUR", "RUS"} <= ids


def test_reference_article_normalizes_july_2022(reference_json):
    assert any(t["text"] == "July 2022" and t["value"] == "2022-07" for t in reference_json["timexes"])


def test_reference_article_authors_are_metadata_not_actors(reference_json):
    authors = {a["name"] for a in reference_json["meta"]["authors"]}
    assert authors == {"Philip Gamaghelyan", "Nigar Göksel"}
    actor_names = " ".join(a["name"] for a in reference_json["actors"])
    assert "Gamaghelyan" not in actor_names and "Göksel" not in actor_names
