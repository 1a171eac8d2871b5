"""Reading reference summaries and scoring ROUGE (nlp_kit.eval.summaries)."""

from __future__ import annotations

import json

import pytest

from nlp_kit.errors import InputNotFound
from nlp_kit.eval.summaries import load_pairs, rouge, truncate


def test_the_summaries_directory_yields_each_legal_pair_once_and_the_ten_bills(shared_dir):
    root = shared_dir / "evaldata" / "summaries"
    legal = load_pairs(root / "legal_contracts_plain_english")
    assert len(legal) == len(load_pairs(root / "legal_contracts_plain_english" / "all_v1.json"))
    bills = load_pairs(root / "billml_us_bills_sample")
    assert len(bills) == 10 and all(p.text and p.summary for p in bills)


def test_a_json_list_of_text_and_summary_is_accepted(tmp_path):
    path = tmp_path / "pairs.json"
    path.write_text(json.dumps([{"text": "Kenya urged talks.", "summary": "Kenya wants talks."}]))
    assert [(p.text, p.summary) for p in load_pairs(path)] == [("Kenya urged talks.", "Kenya wants talks.")]


def test_a_missing_path_names_the_path(tmp_path):
    with pytest.raises(InputNotFound, match="nowhere"):
        load_pairs(tmp_path / "nowhere")


def test_rouge_of_a_perfect_summary_is_one_and_of_an_unrelated_one_is_zero():
    perfect = rouge(["France signed the treaty."], ["France signed the treaty."])
    assert perfect["rougeL"]["f"] == pytest.approx(1.0)
    unrelated = rouge(["France signed the treaty."], ["Rain fell on Oslo."])
    assert unrelated["rouge1"]["f"] == 0.0


def test_truncation_cuts_at_a_sentence_end():
    text = "The Act amends the tariff. " * 10
    cut = truncate(text, 100)
    assert len(cut) <= 100 and cut.endswith(".")


def test_on_the_bills_nlp_kit_is_above_every_extractive_baseline_on_every_rouge_metric(shared_dir, monkeypatch):
    """Issue 7's target, on the 10 US bills of benchmarks/summaries.py (3 sentences and words = reference length)."""
    import importlib.util
    from pathlib import Path

    pytest.importorskip("sumy")
    pytest.importorskip("pytextrank")
    monkeypatch.setenv("NLP_KIT_SHARED", str(shared_dir))
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "summaries.py"
    spec = importlib.util.spec_from_file_location("benchmark_summaries", path)
    benchmark = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(benchmark)
    results = benchmark.run(None, only="bills")
    assert {r["budget"] for r in results} == {"3 sentences", "words = reference length"}
    for result in results:
        ours = result["scores"]["nlp_kit"]
        for system, scores in result["scores"].items():
            if system != "nlp_kit":
                for metric in ("rouge1", "rouge2", "rougeL"):
                    assert ours[metric]["f"] > scores[metric]["f"], (result["budget"], system, metric)
