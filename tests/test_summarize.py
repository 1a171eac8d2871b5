"""The key-sentence ranker and the structured summary (nlp_kit.summary)."""

from __future__ import annotations

import pytest

import nlp_kit
from nlp_kit.ingest import from_text
from nlp_kit.ingest.document import Document
from nlp_kit.schema import Actor, Commitment, Evidence, Mention, Region
from nlp_kit.summary import key_sentences, summarize
from nlp_kit.summary.ranker import fill_budget, sentence_units

OP_ED = (
    "The European Union and Serbia resumed talks on a trade agreement in Brussels this week.\n"
    "Negotiators said the trade agreement would lower tariffs on farm goods and machinery.\n"
    "The weather in Brussels was cold and rainy throughout the visit.\n"
    "Serbia pledged to align its customs rules with the European Union by 2026.\n"
    "A local choir performed at the reception on the second evening.\n"
    "Both sides expect the trade agreement to be signed before the end of the year.\n"
)


@pytest.fixture(scope="module")
def base(base_nlp):
    """Parse with the base pipeline only, so these tests do not depend on the extraction components."""

    def parse(text: str, document: Document | None = None):
        document = document or from_text(text)
        return base_nlp(document.narrative_text()), document

    return parse


def test_key_sentences_keep_document_order_and_exact_offsets(base):
    doc, document = base(OP_ED)
    key = key_sentences(doc, document.text, max_sentences=3)
    assert len(key) == 3
    assert [k.start for k in key] == sorted(k.start for k in key)
    for k in key:
        assert document.text[k.start : k.end] == k.text
        assert k.text == k.text.strip()


def test_background_sentences_are_ranked_below_the_policy_news(base):
    doc, document = base(OP_ED)
    chosen = " ".join(k.text for k in key_sentences(doc, document.text, max_sentences=3))
    assert "weather" not in chosen and "choir" not in chosen
    assert "trade agreement" in chosen


def test_word_budget_is_not_exceeded_once_a_first_sentence_is_chosen(base):
    doc, document = base(OP_ED)
    key = key_sentences(doc, document.text, max_words=30)
    words = sum(len([w for w in k.text.split() if any(c.isalpha() for c in w)]) for k in key)
    assert 1 <= len(key) and words <= 30


def test_a_budget_shorter_than_any_sentence_still_yields_one_sentence(base):
    doc, document = base(OP_ED)
    assert len(key_sentences(doc, document.text, max_words=3)) == 1


def test_near_duplicate_sentences_are_not_both_chosen(base):
    text = (
        "Japan and India signed a trade agreement on semiconductors in Tokyo on Monday.\n"
        "Japan and India signed a trade agreement on semiconductors in Tokyo on Monday, officials said.\n"
        "The agreement also commits both governments to joint research on battery supply chains.\n"
        "Critics in New Delhi argue the deal gives Japanese firms an advantage in public tenders.\n"
    )
    doc, document = base(text)
    chosen = [k.text for k in key_sentences(doc, document.text, max_sentences=2)]
    assert sum(t.startswith("Japan and India signed") for t in chosen) == 1


def test_blanked_headings_and_bylines_are_never_key_sentences(base):
    text = "Thawing a Frozen Conflict\n" + OP_ED + "Jane Doe is a senior fellow at the Example Institute.\n"
    heading_end = len("Thawing a Frozen Conflict")
    bio_start = text.index("Jane Doe")
    document = from_text(text)
    regions = [
        Region(start=0, end=heading_end, text=text[:heading_end], kind="heading"),
        Region(start=bio_start, end=len(text) - 1, text=text[bio_start:-1], kind="author_bio"),
    ]
    document = document.model_copy(update={"meta": document.meta.model_copy(update={"regions": regions})})
    doc, document = base(text, document)
    key = key_sentences(doc, document.text, max_sentences=6)
    assert all("Frozen Conflict" not in k.text and "senior fellow" not in k.text for k in key)


def test_heading_lines_glued_to_a_sentence_are_trimmed_off(base):
    text = "2. Findings\n(a) In general\nCongress finds that the tariff schedule must be amended to suspend duties.\n"
    doc, _ = base(text)
    units = sentence_units(doc)
    assert [text[u.start : u.end] for u in units] == [
        "Congress finds that the tariff schedule must be amended to suspend duties."
    ]


def _pledge(text: str, sentence: str, **fields) -> Commitment:
    start = text.index(sentence)
    values = {
        "id": "c1",
        "actor": "SRB",
        "action": "align its customs rules with the European Union",
        "kind": "pledge",
        "status": "made",
        "evidence": Evidence(start=start, end=start + len(sentence), text=sentence),
        "confidence": 0.9,
    }
    values.update(fields)
    return Commitment(**values)


def test_a_sentence_carrying_a_commitment_is_ranked_higher(base):
    doc, document = base(OP_ED)
    pledge_sentence = "Serbia pledged to align its customs rules with the European Union by 2026."
    plain = {k.text: k.score for k in key_sentences(doc, document.text, max_sentences=6)}
    boosted = {
        k.text: k.score
        for k in key_sentences(
            doc, document.text, max_sentences=6, commitments=[_pledge(document.text, pledge_sentence)]
        )
    }
    assert boosted[pledge_sentence] > plain[pledge_sentence]
    chosen = key_sentences(
        doc, document.text, max_sentences=2, commitments=[_pledge(document.text, pledge_sentence)]
    )
    assert pledge_sentence in [k.text for k in chosen]


def test_structured_summary_separates_the_authors_recommendations(base):
    text = (
        "Kenya and Ethiopia have argued over the dam for a decade.\n"
        "Ethiopia should share data on the reservoir's filling with its neighbours.\n"
        "Egypt urged Ethiopia to halt the filling until a deal is signed.\n"
    )
    doc, document = base(text)
    author = _pledge(
        text,
        "Ethiopia should share data on the reservoir's filling with its neighbours.",
        actor="ETH",
        speaker="AUTHOR",
        kind="recommendation",
        status="proposed",
        action="share data on the reservoir's filling",
    )
    egypt = _pledge(
        text,
        "Egypt urged Ethiopia to halt the filling until a deal is signed.",
        id="c2",
        actor="ETH",
        speaker="EGY",
        kind="recommendation",
        status="proposed",
        action="halt the filling",
    )
    ethiopia = Actor(
        id="ETH",
        name="Ethiopia",
        type="state",
        salience=0.9,
        mentions=[Mention(start=0, end=1, text="K")],
    )
    summary = summarize(doc, text=document.text, actors=[ethiopia], commitments=[author, egypt])
    assert summary.recommendations == ["Ethiopia: share data on the reservoir's filling"]
    assert any(line.startswith("Ethiopia (recommendation)") for line in summary.commitments)
    assert summary.actor_roles[0].id == "ETH"
    assert "share data" in summary.actor_roles[0].role


def test_gist_is_the_best_ranked_key_sentence_and_not_repeated_in_key_points(base):
    doc, document = base(OP_ED)
    summary = summarize(doc, text=document.text, max_sentences=3)
    best = max(summary.key_sentences, key=lambda k: k.score)
    assert summary.gist.startswith(best.text)
    assert best.text not in summary.key_points
    assert summary.budget == "3 sentences"


def test_a_text_without_narrative_sentences_has_an_empty_summary(base):
    doc, document = base("Annex II\n")
    summary = summarize(doc, text=document.text)
    assert summary.key_sentences == [] and summary.gist == ""


def test_fill_budget_gives_baselines_the_same_cut():
    words = [12, 30, 8, 20]
    assert fill_budget(range(4), words, max_sentences=2) == [0, 1]
    assert fill_budget([3, 1, 0, 2], words, max_words=30) == [2, 3]
    assert fill_budget([1, 0], words, max_words=5) == [1]


def test_default_budget_grows_with_the_document(base):
    short_doc, short = base(OP_ED)
    long_text = "".join(OP_ED.replace("Serbia", f"Country {i}") for i in range(12))
    long_doc, long = base(long_text)
    assert len(key_sentences(short_doc, short.text)) == 3
    assert len(key_sentences(long_doc, long.text)) > 3


def test_ranker_runs_in_the_full_pipeline_with_offsets_into_the_normalized_text(nlp):
    analysis = nlp_kit.analyze(OP_ED, nlp=nlp)
    assert analysis.summary.key_sentences
    for k in analysis.summary.key_sentences:
        assert analysis.text[k.start : k.end] == k.text
