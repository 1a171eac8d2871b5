"""Actor scorer (`nlp-kit eval actors`) and the shared gold loader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlp_kit.cli import app
from nlp_kit.errors import ConfigError, InputNotFound
from nlp_kit.eval.actors import find_occurrences, gold_mentions, score_document
from nlp_kit.eval.gold import gold_pairs, load_gold

DATA = Path(__file__).resolve().parent.parent / "data" / "actors"
runner = CliRunner()

TEXT = "Ankara ties it to Baku’s approval. The Armenian opposition met in Istanbul; Armenian forces withdrew."
GOLD = {
    "doc_id": "x",
    "actors": [
        {"id": "TUR", "name": "Turkey", "aliases": ["Ankara"]},
        {"id": "AZE", "name": "Azerbaijan", "aliases": ["Baku"]},
        {"id": "ARM", "name": "Armenia", "aliases": ["Armenian"]},
        {"id": "GRP:Armenian opposition", "name": "Armenian opposition", "aliases": ["Armenian opposition"]},
    ],
    "ignore_mentions": ["Istanbul"],
}


def mention(text: str, phrase: str, nth: int = 0) -> dict:
    start, end = find_occurrences(text, phrase)[nth]
    return {"start": start, "end": end, "text": phrase}


def test_occurrences_are_word_bounded_and_allow_a_possessive():
    assert find_occurrences("Baku’s demand, Bakuvian", "Baku") == [(0, 4)]
    assert find_occurrences("Armenians and Armenian", "Armenian") == [(14, 22)]


def test_gold_mentions_prefer_the_longest_alias():
    spans = gold_mentions(TEXT, GOLD)
    ids = [actor_id for _s, _e, actor_id in spans]
    assert ids == ["TUR", "AZE", "GRP:Armenian opposition", "ARM"]


def test_perfect_prediction_scores_one_at_both_levels():
    predicted = [
        {"id": "TUR", "mentions": [mention(TEXT, "Ankara")]},
        {"id": "AZE", "mentions": [mention(TEXT, "Baku")]},
        {"id": "ARM", "mentions": [mention(TEXT, "Armenian", 1)]},
        {"id": "GRP:Armenian opposition", "mentions": [mention(TEXT, "Armenian opposition")]},
    ]
    counts = score_document(TEXT, GOLD, predicted)
    assert (counts["actor_tp"], counts["actor_pred"], counts["actor_gold"]) == (4, 4, 4)
    assert (counts["mention_tp"], counts["mention_pred"], counts["mention_gold"]) == (4, 4, 4)


def test_actor_seen_only_in_ignored_text_is_neither_rewarded_nor_penalised():
    predicted = [
        {"id": "TUR", "mentions": [mention(TEXT, "Ankara")]},
        {"id": "PLACE:Istanbul", "mentions": [mention(TEXT, "Istanbul")]},
    ]
    counts = score_document(TEXT, GOLD, predicted)
    assert counts["actor_pred"] == 1 and counts["extra"] == []
    assert counts["missed"] == ["ARM", "AZE", "GRP:Armenian opposition"]


def test_gold_actor_named_only_inside_ignored_text_is_not_required():
    gold = {**GOLD, "actors": [*GOLD["actors"], {"id": "UN", "name": "United Nations", "type": "igo",
                                                 "aliases": ["United Nations"]}],
            "ignore_mentions": [*GOLD["ignore_mentions"], "United Nations Mission"]}
    text = TEXT + " The United Nations Mission left."
    counts = score_document(text, gold, [])
    assert "UN" not in counts["missed"]


def test_mention_of_the_wrong_actor_is_not_counted():
    predicted = [{"id": "ARM", "mentions": [mention(TEXT, "Armenian opposition")]}]
    counts = score_document(TEXT, GOLD, predicted)
    assert counts["mention_tp"] == 0 and counts["actor_tp"] == 1


def test_load_gold_fills_every_key_the_scorers_read(tmp_path):
    path = tmp_path / "memo.json"
    path.write_text(json.dumps({"actors": [{"id": "FRA"}]}), encoding="utf-8")
    gold = load_gold(path)
    assert gold["doc_id"] == "memo" and gold["dct"] is None
    assert gold["ignore_mentions"] == [] and gold["timexes"] == [] and gold["commitments"] == []


def test_load_gold_rejects_missing_and_malformed_files(tmp_path):
    with pytest.raises(InputNotFound):
        load_gold(tmp_path / "absent.json")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match="broken.json"):
        load_gold(broken)


def test_gold_files_pair_with_their_documents():
    pairs = gold_pairs(DATA / "gold", DATA / "docs")
    assert [(g.stem, d.name) for g, d in pairs] == [
        ("analysis-eurasia-security", "analysis-eurasia-security.txt"),
        ("oped-sahel", "oped-sahel.txt"),
        ("readout-japan-call", "readout-japan-call.txt"),
        ("readout-jordan-call", "readout-jordan-call.txt"),
        ("statement-nato-summit", "statement-nato-summit.txt"),
    ]


def test_eval_actors_cli_scores_own_gold_files_above_090():
    arguments = ["eval", "actors", "--gold", str(DATA / "gold"), "--docs", str(DATA / "docs"), "--json"]
    result = runner.invoke(app, arguments)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["actors"]["f1"] >= 0.90
    assert report["mentions"]["f1"] >= 0.90
    assert len(report["documents"]) == 5


def test_eval_actors_cli_reports_a_missing_folder_in_one_line(tmp_path):
    result = runner.invoke(app, ["eval", "actors", "--gold", str(tmp_path / "nope"), "--docs", str(DATA / "docs")])
    assert result.exit_code == 3
    assert "folder not found" in result.output


def test_actors_cli_prints_json_with_ids_and_mention_counts(tmp_path):
    doc = tmp_path / "note.txt"
    doc.write_text("Ankara ties normalization to Baku's approval, and Moscow objects.\n", encoding="utf-8")
    result = runner.invoke(app, ["actors", str(doc), "--format", "json"])
    assert result.exit_code == 0, result.output
    actors = {actor["id"]: actor for actor in json.loads(result.stdout)["actors"]}
    assert set(actors) == {"TUR", "AZE", "RUS"}
    assert actors["TUR"]["mention_count"] == 1


def test_actors_cli_uses_a_user_actor_file(tmp_path):
    doc = tmp_path / "note.txt"
    doc.write_text("The Yerkrapah Union protested outside parliament.\n", encoding="utf-8")
    extra = tmp_path / "actors.yaml"
    extra.write_text("- {id: GRP:Yerkrapah, name: Yerkrapah Union, type: group, affiliation: ARM}\n", encoding="utf-8")
    result = runner.invoke(app, ["actors", str(doc), "--actors", str(extra), "--format", "json"])
    assert result.exit_code == 0, result.output
    actors = json.loads(result.stdout)["actors"]
    assert [(a["id"], a["affiliation"]) for a in actors] == [("GRP:Yerkrapah", "ARM")]
