"""Specifications of the commitments scorer and the PETRARCH2 events measurement."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from nlp_kit.eval.commitments import locate_evidence, score_commitments, score_document, summarize_counts
from nlp_kit.eval.events import actor_from_cameo, code_family, evaluate_events, load_petrarch_records

OWN_GOLD = Path(__file__).resolve().parent.parent / "data" / "commitments"
TEXT = "In December 2023, they agreed to a prisoner exchange, with Armenia also supporting Azerbaijan."


def predicted(actor: str, start: int, end: int, *, co_actors=(), kind="agreement", status="made") -> dict:
    return {
        "actor": actor,
        "co_actors": list(co_actors),
        "kind": kind,
        "status": status,
        "evidence": {"start": start, "end": end, "text": TEXT[start:end]},
    }


def gold(actor: str, evidence: str, *, also=(), kind="agreement", status="made", optional=False) -> dict:
    entry = {"actor": actor, "also": list(also), "kind": kind, "status": status, "evidence": evidence}
    if optional:
        entry["optional"] = True
    return entry


def test_match_needs_a_shared_party_and_overlapping_evidence():
    entries = [gold("ARM", "they agreed to a prisoner exchange", also=["AZE"])]
    assert score_document(TEXT, entries, [predicted("AZE", 18, 52)])["tp"] == 1
    assert score_document(TEXT, entries, [predicted("TUR", 18, 52)])["tp"] == 0
    assert score_document(TEXT, entries, [predicted("ARM", 60, 80)])["tp"] == 0


def test_a_co_actor_can_carry_the_match():
    entries = [gold("AZE", "they agreed to a prisoner exchange")]
    assert score_document(TEXT, entries, [predicted("ARM", 18, 52, co_actors=["AZE"])])["tp"] == 1


def test_one_prediction_matches_one_gold_entry_and_the_matching_is_maximal():
    entries = [
        gold("ARM", "they agreed to a prisoner exchange", also=["AZE"]),
        gold("ARM", "Armenia also supporting Azerbaijan"),
    ]
    broad = predicted("ARM", 0, len(TEXT))
    narrow = predicted("ARM", 18, 52)
    result = score_document(TEXT, entries, [broad, narrow])
    assert (result["tp"], result["fp"], result["fn"]) == (2, 0, 0)
    result = score_document(TEXT, entries, [broad])
    assert (result["tp"], result["fp"], result["fn"]) == (1, 0, 1)


def test_optional_gold_is_neither_required_nor_penalised():
    entries = [gold("ARM", "Armenia also supporting Azerbaijan", optional=True)]
    assert score_document(TEXT, entries, [])["fn"] == 0
    result = score_document(TEXT, entries, [predicted("ARM", 56, 90)])
    assert (result["tp"], result["fp"], result["fn"]) == (0, 0, 0)


def test_kind_and_status_accuracy_are_counted_over_matches():
    entries = [
        gold("ARM", "they agreed to a prisoner exchange", kind="agreement", status="made"),
        gold("ARM", "Armenia also supporting Azerbaijan", kind="agreement", status="fulfilled"),
    ]
    result = score_document(TEXT, entries, [predicted("ARM", 18, 52), predicted("ARM", 56, 90, kind="pledge")])
    summary = summarize_counts([result])
    assert summary["f1"] == 1.0
    assert summary["kind_accuracy"] == 0.5 and summary["status_accuracy"] == 0.5


def test_gold_evidence_is_found_despite_typographic_quotes():
    text = "Azerbaijan's demand that Armenia amend its constitution"
    assert locate_evidence(text, "Azerbaijan’s demand") == (0, 19)
    assert locate_evidence(text, "not in the text") is None


def test_own_gold_files_meet_the_targets(nlp):
    report = score_commitments(OWN_GOLD, OWN_GOLD, nlp=nlp)["overall"]
    assert report["f1"] >= 0.8
    assert report["kind_accuracy"] >= 0.75
    assert report["status_accuracy"] >= 0.7


def test_reference_article_meets_the_targets(nlp, shared_dir):
    report = score_commitments(shared_dir / "gold", shared_dir / "corpus", nlp=nlp)["overall"]
    assert report["f1"] >= 0.8
    assert report["kind_accuracy"] >= 0.75
    assert report["status_accuracy"] >= 0.7


def test_cli_eval_commitments_prints_one_json_object():
    from nlp_kit.cli import app

    result = CliRunner().invoke(app, ["eval", "commitments", "--gold", str(OWN_GOLD), "--docs", str(OWN_GOLD), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert set(report["overall"]) >= {"precision", "recall", "f1", "kind_accuracy", "status_accuracy"}


def test_cli_eval_commitments_missing_folder_is_one_line_and_exit_3(tmp_path):
    from nlp_kit.cli import app

    result = CliRunner().invoke(app, ["eval", "commitments", "--gold", str(tmp_path / "nope"), "--docs", str(tmp_path)])
    assert result.exit_code == 3


def test_cameo_actor_codes_map_to_nlp_kit_ids():
    assert actor_from_cameo("USAGOV") == "USA"
    assert actor_from_cameo("IGOEUREEC") == "EU"
    assert actor_from_cameo("---LEG") is None
    assert [code_family(c) for c in ("0352", "057", "1014", "051", None)] == ["03", "057", "10", None, None]


def test_petrarch_validation_file_is_split_on_sentence_records(shared_dir):
    path = shared_dir / "evaldata" / "events" / "PETR2_GSR_validation.xml"
    assert path.is_file(), f"{path} not found in ../shared"
    records = load_petrarch_records(path)
    assert len(records) == 78
    ukraine = next(r for r in records if r["text"].startswith("Ukraine ratified"))
    assert ukraine["codings"] == [{"eventcode": "057", "sourcecode": "UKR", "targetcode": "IGOEUREEC"}]


def test_petrarch_commitments_are_found_without_many_false_alarms(nlp, shared_dir):
    path = shared_dir / "evaldata" / "events" / "PETR2_GSR_validation.xml"
    assert path.is_file(), f"{path} not found in ../shared"
    report = evaluate_events(path, nlp=nlp)
    assert report["commitments"]["recall"] >= 0.25
    assert report["commitments"]["false_alarm_rate"] <= 0.15


def test_cli_commitments_prints_json_records(tmp_path):
    from nlp_kit.cli import app

    source = tmp_path / "statement.txt"
    source.write_text("In December 2023, Armenia and Azerbaijan agreed to a prisoner exchange.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["commitments", str(source), "--format", "json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)["commitments"]
    assert [(r["kind"], r["action"]) for r in records] == [("agreement", "prisoner exchange")]


def test_cli_commitments_rejects_an_unknown_format(tmp_path):
    from nlp_kit.cli import app

    source = tmp_path / "statement.txt"
    source.write_text("Turkey pledged to open the border.\n", encoding="utf-8")
    assert CliRunner().invoke(app, ["commitments", str(source), "--format", "xml"]).exit_code == 2
