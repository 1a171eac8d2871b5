"""The key-sentence ranker's signals (nlp_kit.summary.ranker): what a budget in
sentences or in words changes, centrality measured against the rest of the
text, short texts, and section headings glued to legislative provisions."""

from __future__ import annotations

import numpy as np
import pytest

from nlp_kit.ingest import from_text
from nlp_kit.summary import key_sentences
from nlp_kit.summary.ranker import (
    RankerWeights,
    SentenceUnit,
    length_prior,
    position_prior,
    rank,
    sentence_units,
    similarity_to_the_rest,
    tfidf_matrix,
)


def _units(*sentences: tuple[str, int]) -> list[SentenceUnit]:
    """Units from (space-separated lemmas, word count) pairs, no parser needed."""
    return [
        SentenceUnit(index=i, start=10 * i, end=10 * i + 9, lemmas=lemmas.split(), words=words)
        for i, (lemmas, words) in enumerate(sentences)
    ]


@pytest.fixture(scope="module")
def parse(base_nlp):
    def run(text: str):
        document = from_text(text)
        return base_nlp(document.narrative_text()), document

    return run


# three 20-word sentences and a 220-word one: eleven times the usual length
BILL = (("tariff duty suspend", 20), ("duty rate date", 20), ("tariff entry goods", 20), ("tariff duty mattress vinyl", 220))


def test_a_sentence_budget_does_not_hold_a_long_provision_against_itself():
    by_sentence = length_prior(_units(*BILL), RankerWeights(), budget="sentences")
    assert list(by_sentence) == [1.0, 1.0, 1.0, 1.0]


def test_a_word_budget_damps_a_sentence_far_longer_than_usual():
    by_word = length_prior(_units(*BILL), RankerWeights(), budget="words")
    assert by_word[3] < 0.5 * by_word[0]


def test_fragments_are_damped_whatever_the_budget():
    units = _units(("tariff duty suspend", 20), ("duty", 3))
    for budget in ("sentences", "words"):
        prior = length_prior(units, RankerWeights(), budget=budget)
        assert prior[1] < prior[0]


def test_an_unknown_budget_unit_is_refused():
    with pytest.raises(ValueError, match="sentences"):
        rank(_units(("tariff duty", 10), ("duty rate", 10)), budget="characters")


def test_key_sentences_damp_a_run_on_provision_only_when_words_are_counted(parse):
    long_provision = (
        "The Secretary shall suspend the duty on portable inflatable air mattresses of vinyl, "
        + ", ".join(f"including mattresses of type {n} made for camping, for guests and for export" for n in range(1, 16))
        + "."
    )
    text = (
        "The Act suspends the duty on air mattresses of vinyl until 2027.\n"
        f"{long_provision}\n"
        "The duty on air mattresses returns after 2027 unless Congress extends the suspension.\n"
    )
    doc, document = parse(text)
    scores = {
        budget: {k.index: k.score for k in key_sentences(doc, document.text, **{budget: 3})}
        for budget in ("max_sentences", "max_words")
    }
    assert scores["max_words"].get(1, 0.0) < 0.7 * scores["max_sentences"][1]


def test_a_sentence_of_words_found_nowhere_else_is_not_central():
    units = _units(
        ("tariff duty mattress suspend", 12),
        ("tariff duty suspend date", 12),
        ("choir evening reception weather rain umbrella", 12),
    )
    to_rest = similarity_to_the_rest(tfidf_matrix(units))
    assert to_rest[2] == pytest.approx(0.0)
    assert min(to_rest[0], to_rest[1]) > 0.2


def test_similarity_to_the_rest_is_the_cosine_with_the_other_sentences_centroid():
    units = _units(("tariff duty", 10), ("duty rate mattress", 10), ("tariff mattress vinyl", 10))
    matrix = tfidf_matrix(units)
    dense = matrix.toarray()
    rest = dense[1] + dense[2]
    expected = dense[0] @ rest / np.linalg.norm(rest)
    assert similarity_to_the_rest(matrix)[0] == pytest.approx(expected)


def test_in_a_three_sentence_text_a_middle_sentence_linking_its_neighbours_does_not_overrule_the_lead():
    units = _units(
        ("licence content continue stop use service listing", 20),
        ("licence content remove service access", 18),
        ("content remove setting narrow scope submit", 20),
    )
    assert int(np.argmax(rank(units))) == 0
    trusting_the_graph = RankerWeights(centrality_pseudo_sentences=0.0)
    assert int(np.argmax(rank(units, trusting_the_graph))) == 1


def test_a_legislatures_findings_get_no_lead_credit():
    units = _units(("congress find tariff duty", 30), ("secretary suspend tariff duty", 30), ("duty rate", 30))
    units[0].findings = True
    prior = position_prior(units)
    assert prior[0] == pytest.approx(0.1)
    assert prior[1] > prior[2] > prior[0]


def test_a_bill_is_summarized_by_what_it_does_not_by_its_findings(parse):
    text = (
        "Congress finds that small farms in the United States face rising costs for irrigation equipment and "
        "that many small farms lack access to credit for irrigation equipment.\n"
        "The Secretary of Agriculture shall make grants to small farms for the purchase of irrigation equipment.\n"
        "A grant under this section may not exceed $50,000 for any farm in any fiscal year.\n"
    )
    doc, document = parse(text)
    units = sentence_units(doc)
    assert [u.findings for u in units] == [True, False, False]
    assert [k.text for k in key_sentences(doc, document.text, max_sentences=1)] == [
        "The Secretary of Agriculture shall make grants to small farms for the purchase of irrigation equipment."
    ]


def test_a_numbered_section_heading_glued_to_a_provision_is_trimmed_off(parse):
    text = (
        "2. Rescission of certain funds for enhanced Internal Revenue Service resources\n"
        "(a) Rescission\n"
        "Effective on the date of enactment of this Act, the unobligated balances of those amounts are rescinded.\n"
    )
    doc, document = parse(text)
    assert [document.text[u.start : u.end] for u in sentence_units(doc)] == [
        "Effective on the date of enactment of this Act, the unobligated balances of those amounts are rescinded."
    ]


def test_a_hard_wrapped_line_of_prose_is_not_taken_for_a_heading(parse):
    text = (
        "The committee noted that the tariff schedule for imported farm machinery and parts\n"
        "must be amended before the next session of Congress.\n"
    )
    doc, document = parse(text)
    assert [document.text[u.start : u.end] for u in sentence_units(doc)] == [text.strip()]


@pytest.mark.parametrize("budget", [{"max_sentences": 3}, {"max_words": 60}, {}])
def test_the_reference_article_keeps_the_border_pledge_the_treaty_and_two_recommendations(nlp, shared_dir, budget):
    from nlp_kit.assemble import build_analysis
    from nlp_kit.ingest import read_path
    from nlp_kit.pipeline import make_doc

    document = next(read_path(shared_dir / "corpus" / "south-caucasus-peace.txt"))
    summary = build_analysis(nlp(make_doc(nlp, document)), document, nlp=nlp, **budget).summary
    key = " ".join(k.text for k in summary.key_sentences)
    assert "July 2022" in key and "border" in key
    assert "peace agreement" in key or "peace treaty" in key
    recommendations = " | ".join(summary.recommendations)
    assert len(summary.recommendations) >= 2
    assert "Turkey" in recommendations and "border" in recommendations
    assert "peace treaty" in recommendations or "peace agreement" in recommendations
    turkey_pledges = [line for line in summary.commitments if line.startswith("Turkey") and "border" in line]
    assert any("unfulfilled" in line for line in turkey_pledges)
