"""The blind batches of policy texts (tests/data/policy-blind*): gold written before nlp_kit ran on them.

Each batch is held at the targets the actors, commitments and time issues set for policy texts not
in the repository: actor F1 0.90; commitment F1 0.80, kind 0.75, status 0.70; timex value F1 0.90; and,
where the gold says which event each date dates (batch 21 on), timeline attachment accuracy 0.85.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp_kit.eval.actors import score_actors
from nlp_kit.eval.commitments import score_commitments
from nlp_kit.eval.timex import evaluate_timex, timex_pipeline

DATA = Path(__file__).parent.parent / "data"
BATCHES = [DATA / f"policy-blind{suffix}" for suffix in ("", "-2", "-3", "-4", "-5", "-6", "-7", "-8", "-9", "-10", "-11", "-12", "-13", "-14", "-15", "-16", "-17", "-18", "-19", "-20", "-21", "-22", "-23", "-24", "-25", "-26", "-27", "-28", "-29", "-30", "-31", "-32", "-33", "-34", "-35", "-36", "-37", "-38", "-39", "-40")]


def _with_expected_failures(missed: dict[str, pytest.MarkDecorator]) -> list:
    """``BATCHES``, each batch ``missed`` names carrying its expected-failure mark."""
    return [pytest.param(b, marks=missed[b.name]) if b.name in missed else b for b in BATCHES]


# Batch 23's actor F1 was 0.897 (an expected failure) until session 16's long-form names found Libya's "High
# Council of State" (0.933); no batch misses the actor target now.
ACTORS_MISSED: dict[str, pytest.MarkDecorator] = {}


@pytest.mark.parametrize("batch", _with_expected_failures(ACTORS_MISSED), ids=lambda p: p.name)
def test_actors_of_a_blind_batch_reach_the_target(nlp, batch):
    report = score_actors(gold_dir=batch, docs_dir=batch, nlp=nlp)
    assert report["actors"]["f1"] >= 0.90


_SCORED: dict[Path, dict] = {}


def _commitments(nlp, batch: Path) -> dict:
    """A batch's overall commitment scores, computed once for the two tests that read them."""
    if batch not in _SCORED:
        _SCORED[batch] = score_commitments(batch, batch, nlp=nlp)["overall"]
    return _SCORED[batch]


F1_MISSED = {
    "policy-blind-40": pytest.mark.xfail(
        reason="batch 40's commitment F1 is 0.74 (7 of 11 found, 1 extra): 'Section 1243 requires the Secretary of "
        "Defense to submit ...' has no party for nlp_kit (a section of an act); 'signed a contract with Hyundai Rotem' "
        "is no agreement for nlp_kit, whose agreement nouns leave 'contract' out ('will sign long-term supply "
        "contracts' is an intent in batch 15's gold); the minister's quoted 'we expect our partners ...', the second "
        "clause of his quote, is not read; 'In January, both parties agreed to a ceasefire' is given to the "
        "agencies speaking, not to Israel and Hamas, named in two sentences before",
        strict=True,
    ),
    "policy-blind-29": pytest.mark.xfail(
        reason="batch 29's commitment F1 is 0.53 (8 of 15 found, 7 extra): its gold names the guerrilla group "
        "GRP:URNG, where nlp_kit, like the earlier batches' gold, names a body the text defines by its full name "
        "(3 matches lost); it leaves out three signings and a 'deal brokered by Qatar' that the reference gold's "
        "conventions count as agreements; a decision memo's 'We recommend that you ...' has no addressee for "
        "nlp_kit (the memo is 'FOR THE PRESIDENT', whose state it never names); 'has threatened to block ... "
        "unless' is a threat, which nlp_kit reads as no commitment",
        strict=True,
    ),
    "policy-blind-27": pytest.mark.xfail(
        reason="batch 27's commitment F1 is 0.71 (6 of 9 found, 2 extra): its gold gives the African Union the "
        "Peace and Security Council's 'Requests ...' and 'Urges ...', which nlp_kit gives the Council's own id "
        "(AUPSC), and the parser makes 'to deploy a further 1,100 troops' a sentence apart from 'the commitment "
        "of Egypt, made in August 2025,'",
        strict=True,
    ),
}


@pytest.mark.parametrize("batch", _with_expected_failures(F1_MISSED), ids=lambda p: p.name)
def test_commitments_of_a_blind_batch_reach_the_f1_target(nlp, batch):
    assert _commitments(nlp, batch)["f1"] >= 0.80


KINDS_MISSED = {
    "policy-blind-20": pytest.mark.xfail(
        reason="batch 20's kind accuracy is 0.62 (10 of 16): a mediator's proposed plan ('3. The CMA will hand "
        "over all heavy weapons ...', 4 points) is read as the parties' intents, not as agreement terms proposed, "
        "and 'will deliver two more IRIS-T systems' and 'will provide $200 million' are intents where the gold "
        "says pledges",
        strict=True,
    ),
    "policy-blind-35": pytest.mark.xfail(
        reason="batch 35's kind accuracy is 0.70 (7 of 10): its gold makes 'will provide a further £5 million', 'will "
        "deliver 40 mobile gas turbines' and 'will fund a further C$30 million' pledges, where nlp_kit, like five "
        "commitments of the earlier batches' gold ('The UK will provide an additional £120 million ...'), reads a "
        "plain 'will' as an intent (tried in session 16: counting such sums as pledges lost kind accuracy in six "
        "earlier sets and was taken out)",
        strict=True,
    ),
}


@pytest.mark.parametrize("batch", _with_expected_failures(KINDS_MISSED), ids=lambda p: p.name)
def test_commitment_kinds_of_a_blind_batch_reach_the_target(nlp, batch):
    assert _commitments(nlp, batch)["kind_accuracy"] >= 0.75


STATUS_MISSED = {
    "policy-blind-29": pytest.mark.xfail(
        reason="batch 29's status accuracy is 0.62 (5 of 8): 'Maduro has not kept his side of the bargain' is "
        "three sentences after the agreement it judges; 'he would ask them to recommit' is read as a demand "
        "proposed, the gold's an intent made; 'said it would agree if ...' proposed where the gold says made",
        strict=True,
    ),
    "policy-blind-19": pytest.mark.xfail(
        reason="batch 19's status accuracy is 0.53 (10 of its 19 matches right): its gold gives the motion's and "
        "a senator's demands 'proposed' where nlp_kit, and 66 of the 82 demands of the earlier batches' gold, say "
        "'made' (5); the other 4 are nlp_kit's: a group formed under an agreement not read as fulfilled, and a "
        "nominee's 'I will press ...', 'I will request ...' and 'What I can commit to ...' read as proposals",
        strict=True,
    ),
    "policy-blind-20": pytest.mark.xfail(
        reason="batch 20's status accuracy is 0.62 (10 of 16): the proposed plan's 4 points read as made, not "
        "proposed; 'stands ready to contribute ... once there is a ceasefire' and an interviewee's 'Israel must "
        "allow ...' proposed where the gold says made",
        strict=True,
    ),
    "policy-blind-22": pytest.mark.xfail(
        reason="batch 22's status accuracy is 0.67 (6 of 9): the Jeddah commitments read as made where the gold, "
        "from the explainer's closing call to 'honour the commitments they made in Jeddah', says unfulfilled; "
        "'agreed to open two aid routes' read as fulfilled from 'The Adre crossing reopened' (one of the two) and "
        "'will reconvene the talks once the army agrees' as proposed, where the gold says made",
        strict=True,
    ),
}


@pytest.mark.parametrize("batch", _with_expected_failures(STATUS_MISSED), ids=lambda p: p.name)
def test_commitment_statuses_of_a_blind_batch_reach_the_target(nlp, batch):
    assert _commitments(nlp, batch)["status_accuracy"] >= 0.70


@pytest.fixture(scope="module")
def timex_nlp():
    return timex_pipeline()


@pytest.mark.parametrize("batch", BATCHES, ids=lambda p: p.name)
def test_time_expressions_of_a_blind_batch_reach_the_value_target(timex_nlp, batch):
    report = evaluate_timex(batch, nlp=timex_nlp)
    assert report["value"]["f1"] >= 0.90


TIMELINE_BATCHES = BATCHES[20:]  # the gold of batch 21 on says which event each date dates


@pytest.mark.parametrize("batch", TIMELINE_BATCHES, ids=lambda p: p.name)
def test_timeline_attaches_the_dates_of_a_blind_batch_to_their_events(timex_nlp, batch):
    timeline = evaluate_timex(batch, nlp=timex_nlp)["timeline"]
    assert timeline["coverage"] >= 0.90
    assert timeline["accuracy"] >= 0.85
