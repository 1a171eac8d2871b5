"""The eighteen blind batches of policy texts (tests/data/policy-blind*): gold written before nlp_kit ran on them.

Each batch is held at the targets the actors, commitments and time issues set for policy texts not
in the repository: actor F1 0.90; commitment F1 0.80, kind 0.75, status 0.70; timex value F1 0.90.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp_kit.eval.actors import score_actors
from nlp_kit.eval.commitments import score_commitments
from nlp_kit.eval.timex import evaluate_timex, timex_pipeline

DATA = Path(__file__).parent.parent / "data"
BATCHES = [DATA / f"policy-blind{suffix}" for suffix in ("", "-2", "-3", "-4", "-5", "-6", "-7", "-8", "-9", "-10", "-11", "-12", "-13", "-14", "-15", "-16", "-17", "-18")]


@pytest.mark.parametrize("batch", BATCHES, ids=lambda p: p.name)
def test_actors_of_a_blind_batch_reach_the_target(nlp, batch):
    report = score_actors(gold_dir=batch, docs_dir=batch, nlp=nlp)
    assert report["actors"]["f1"] >= 0.90


@pytest.mark.parametrize("batch", BATCHES, ids=lambda p: p.name)
def test_commitments_of_a_blind_batch_reach_the_targets(nlp, batch):
    report = score_commitments(batch, batch, nlp=nlp)["overall"]
    assert report["f1"] >= 0.80
    assert report["kind_accuracy"] >= 0.75
    assert report["status_accuracy"] >= 0.70


@pytest.fixture(scope="module")
def timex_nlp():
    return timex_pipeline()


@pytest.mark.parametrize("batch", BATCHES, ids=lambda p: p.name)
def test_time_expressions_of_a_blind_batch_reach_the_value_target(timex_nlp, batch):
    report = evaluate_timex(batch, nlp=timex_nlp)
    assert report["value"]["f1"] >= 0.90
