"""Markdown summaries a person reads in a minute and a program can still parse."""

from __future__ import annotations

import pytest

import nlp_kit
from nlp_kit.schema import ActorRole
from nlp_kit.sinks.markdown import to_markdown

STATEMENT = (
    "Japan and India signed a trade agreement on semiconductors in Tokyo on 4 March 2024.\n"
    "Japan pledged to invest $5 billion in Indian chip plants by 2027.\n"
    "Critics in New Delhi argue the deal gives Japanese firms an advantage in public tenders.\n"
)


@pytest.fixture(scope="module")
def analysis(nlp):
    return nlp_kit.analyze(STATEMENT, nlp=nlp, dct="2024-03-05")


def test_markdown_opens_with_the_gist_then_the_key_points(analysis):
    markdown = to_markdown(analysis)
    assert markdown.index("## Gist") < markdown.index("## Key points")
    assert analysis.summary.gist in markdown
    for point in analysis.summary.key_points:
        assert f"- {point}" in markdown


def test_main_actors_table_names_each_actor_with_its_role(analysis):
    markdown = to_markdown(analysis)
    for role in analysis.summary.actor_roles:
        assert f"| {role.name} | {role.id} |" in markdown


def test_table_cells_escape_pipes_and_line_breaks(nlp):
    analysis = nlp_kit.analyze("The EU | Council met.\nFrance agreed to host the summit.", nlp=nlp)
    analysis = analysis.model_copy(
        update={
            "summary": analysis.summary.model_copy(
                update={"actor_roles": [ActorRole(id="FRA", name="France | Paris", type="state", role="host\nof it")]}
            )
        }
    )
    line = next(line for line in to_markdown(analysis).splitlines() if line.startswith("| France"))
    assert line == "| France \\| Paris | FRA | host of it | 0 |"


def test_the_commitments_table_names_every_party_to_a_joint_commitment(nlp):
    markdown = to_markdown(nlp_kit.analyze("Japan and India agreed to hold talks in March 2026.", nlp=nlp))
    assert any(line.startswith("| Japan, India | agreement | hold talks") for line in markdown.splitlines())


def test_timeline_shows_each_date_as_a_person_writes_it(nlp):
    text = "Azerbaijan struck Nagorno-Karabakh on Sept. 19–20, 2023. By mid-2022 the two sides were promising peace."
    markdown = to_markdown(nlp_kit.analyze(text, nlp=nlp))
    assert "- **19–20 September 2023** —" in markdown
    assert "- **mid-2022** —" in markdown


def test_a_transcript_s_summary_says_who_speaks_in_its_turns(nlp):
    text = ("Remarks at a press conference\n\nPRESIDENT MACRON: France will host the summit in June.\n\n"
            "Q: Will Germany attend?\n\nPRESIDENT MACRON: Yes. We have agreed on the date.\n\n"
            "Q: And Italy?\n\nPRESIDENT MACRON: Italy too.\n")
    markdown = to_markdown(nlp_kit.analyze(text, nlp=nlp, dct="2025-01-10"))
    who = markdown[markdown.index("## Who speaks"):]
    assert "| PRESIDENT MACRON | Emmanuel Macron, France | 3 |" in who
    assert "| Q | — | 2 |" in who  # a journalist's label stands for no actor


def test_a_text_without_speakers_has_no_who_speaks_section(analysis):
    assert "## Who speaks" not in to_markdown(analysis)
