"""``nlp-kit stance``: the PATH form, ``show``, ``train`` and ``eval``."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from nlp_kit.cli import app

runner = CliRunner()


def test_stance_path_and_stance_show_print_the_same_json(tmp_path):
    doc = tmp_path / "statement.txt"
    doc.write_text("Russia opposes the peace agreement. France argues that the peace agreement would bolster stability.\n")
    outputs = []
    for args in (["stance", str(doc)], ["stance", "show", str(doc)]):
        result = runner.invoke(app, [*args, "--target", "the peace agreement", "--format", "json"])
        assert result.exit_code == 0, result.output
        outputs.append(json.loads(result.stdout))
    assert outputs[0]["stances"] == outputs[1]["stances"]
    labels = {s["holder"]: s["label"] for s in outputs[0]["stances"]}
    assert labels == {"RUS": "AGAINST", "FRA": "FAVOR"}


def test_stance_table_lists_holders_and_targets(tmp_path):
    doc = tmp_path / "statement.txt"
    doc.write_text("Russia opposes the peace agreement.\n")
    result = runner.invoke(app, ["stance", str(doc), "-t", "the peace agreement"])
    assert result.exit_code == 0, result.output
    assert "RUS" in result.stdout and "AGAINST" in result.stdout


def test_train_then_eval_on_a_users_labelled_csv(tmp_path, labelled):
    data = tmp_path / "labels.csv"
    labelled.assign(label=labelled["label"].map({"FAVOR": "PRO", "AGAINST": "CON", "NONE": "NONE"})).rename(
        columns={"text": "sentence"}
    ).to_csv(data, index=False)
    out = tmp_path / "model"
    result = runner.invoke(app, ["stance", "train", "--data", str(data), "--text-col", "sentence", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "stance.skops").is_file()
    result = runner.invoke(app, ["stance", "eval", "--data", str(data), "--text-col", "sentence", "--model", str(out), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["n"] == len(labelled)
    assert report["macro_f1"] > 0.8
    assert set(report["per_class"]) == {"FAVOR", "AGAINST", "NONE"}


def test_train_needs_data_or_corpus():
    result = runner.invoke(app, ["stance", "train", "--out", "x"])
    assert result.exit_code == 2
    assert "--data" in result.stderr


def test_eval_with_a_missing_file_exits_3(tmp_path):
    result = runner.invoke(app, ["stance", "eval", "--data", str(tmp_path / "none.csv")])
    assert result.exit_code == 3


def test_targets_file_gives_one_target_per_line(tmp_path):
    doc = tmp_path / "statement.txt"
    doc.write_text("Russia opposes the peace agreement. Germany welcomes sanctions on Iran.\n")
    targets = tmp_path / "targets.txt"
    targets.write_text("# targets\nthe peace treaty\nsanctions on Iran\n", encoding="utf-8")
    result = runner.invoke(app, ["stance", str(doc), "--targets", str(targets), "--format", "json"])
    assert result.exit_code == 0, result.output
    found = {(s["holder"], s["target"], s["label"]) for s in json.loads(result.stdout)["stances"]}
    assert found == {("RUS", "the peace treaty", "AGAINST"), ("DEU", "sanctions on Iran", "FAVOR")}
