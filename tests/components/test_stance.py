"""nlp_kit_stance: holders, author voice, negation, targets, and the reference article end to end."""

from __future__ import annotations

import pytest

from nlp_kit.schema import SentenceStance, Stance

TARGETS = [
    "the peace agreement",
    "opening the Armenia–Turkey border",
    "amending Armenia's constitution",
    "Armenia's ties with the West",
]


@pytest.fixture(scope="module")
def targeted_nlp():
    import nlp_kit

    return nlp_kit.load(config={"nlp_kit_stance": {"targets": TARGETS + ["sanctions on Iran"]}})


def stances_of(nlp, text: str) -> dict[tuple[str, str], str]:
    doc = nlp(text)
    return {(s["holder"], s["target"]): s["label"] for s in doc._.stances}


def test_subject_of_a_speech_verb_holds_the_stance(targeted_nlp):
    found = stances_of(targeted_nlp, "France argues that the peace agreement would bolster stability in the region.")
    assert found.get(("FRA", "the peace agreement")) == "FAVOR"


def test_attitude_verb_gives_the_label_and_negation_flips_it(targeted_nlp):
    assert stances_of(targeted_nlp, "Russia opposes the peace agreement.").get(("RUS", "the peace agreement")) == "AGAINST"
    assert stances_of(targeted_nlp, "Russia does not oppose the peace agreement.").get(("RUS", "the peace agreement")) == "FAVOR"


def test_modal_recommendation_is_the_authors_voice(targeted_nlp):
    found = stances_of(targeted_nlp, "Baku and Yerevan should sign the peace treaty without further delay.")
    assert found.get(("AUTHOR", "the peace agreement")) == "FAVOR"


def test_plain_report_of_an_event_is_not_a_stance(targeted_nlp):
    assert stances_of(targeted_nlp, "The peace agreement was discussed in Geneva in May.") == {}


def test_targets_are_proposed_from_policy_noun_phrases_when_none_are_given(nlp):
    doc = nlp(
        "Germany welcomed the trade agreement with Japan. Critics say the trade agreement hurts farmers. "
        "Japan argues that the trade agreement will benefit both economies."
    )
    assert any("trade agreement" in s["target"] for s in doc._.stances)


def test_results_are_shaped_like_the_schema(targeted_nlp):
    doc = targeted_nlp("Germany supports sanctions on Iran. Berlin insists that sanctions on Iran must stay.")
    assert doc._.stances, "expected at least one stance"
    for record in doc._.sentence_stances:
        SentenceStance.model_validate(record)
        assert doc.text[record["evidence"]["start"]: record["evidence"]["end"]] == record["evidence"]["text"]
    for record in doc._.stances:
        Stance.model_validate(record)


@pytest.fixture(scope="module")
def reference_stances(reference_text, targeted_nlp):
    import nlp_kit

    analysis = nlp_kit.analyze(reference_text, nlp=targeted_nlp)
    return {(s.holder, s.target): s for s in analysis.stances}


def test_reference_armenian_opposition_is_against_the_constitutional_demand(reference_stances):
    stance = reference_stances[("GRP:Armenian opposition", "amending Armenia's constitution")]
    assert stance.label == "AGAINST"
    assert any("interference" in ev.text for ev in stance.evidence)


def test_reference_ankara_and_baku_worry_about_ties_with_the_west(reference_stances):
    for holder in ("TUR", "AZE"):
        assert reference_stances[(holder, "Armenia's ties with the West")].label == "AGAINST"


def test_reference_authors_favour_the_treaty_and_the_border_opening(reference_stances):
    assert reference_stances[("AUTHOR", "the peace agreement")].label == "FAVOR"
    assert reference_stances[("AUTHOR", "opening the Armenia–Turkey border")].label == "FAVOR"


def test_stances_survive_two_processes(targeted_nlp):
    texts = ["Russia opposes the peace agreement.", "France argues that the peace agreement would bolster stability."]
    docs = list(targeted_nlp.pipe(texts, n_process=2))
    assert [d._.stances[0]["holder"] for d in docs] == ["RUS", "FRA"]


def test_pronoun_holders_carried_across_many_sentences_do_not_multiply(targeted_nlp):
    # A communiqué's "we" runs for dozens of sentences, each with several cue verbs; the holders a
    # pronoun inherits must stay the distinct actors named, not double with every sentence.
    opening = "France and Germany welcomed the peace agreement. "
    body = "We support the peace agreement and we welcome the talks and we urge restraint. " * 40
    doc = targeted_nlp(opening + body)
    holders = {s["holder"] for s in doc._.sentence_stances}
    assert holders <= {"FRA", "DEU", "AUTHOR"}
    assert len(doc._.sentence_stances) <= 3 * 41 * 2


def test_a_batch_of_documents_gets_the_stances_each_gets_alone(targeted_nlp):
    """nlp.pipe classifies a batch's candidates in one model call; no document's stances change."""
    texts = [
        "Russia opposes the peace agreement.",
        "The peace agreement was discussed in Geneva in May.",
        "France argues that the peace agreement would bolster stability in the region.",
        "Germany supports sanctions on Iran. Berlin insists that sanctions on Iran must stay.",
    ]
    alone = [targeted_nlp(text)._.sentence_stances for text in texts]
    together = [doc._.sentence_stances for doc in targeted_nlp.pipe(texts, batch_size=4)]
    assert together == alone
    assert sum(map(len, together)) >= 3 and together[1] == []
