"""Plain-text structure: titles, headings, bylines, author bios and credits are metadata."""

from __future__ import annotations

import pytest

from nlp_kit.ingest import from_text
from nlp_kit.ingest.structure import bio_affiliation, detect_structure, image_credit, is_title_case, parse_bio

OP_ED = """Why the Nile Needs a Treaty
By Hana Mekonnen and Omar Farouk
Egypt and Ethiopia have negotiated over the Grand Ethiopian Renaissance Dam for more than a decade.
Lessons From the Indus
India and Pakistan signed the Indus Waters Treaty in 1960 and kept it through three wars.
What Cairo Should Offer
Egypt could accept annual filling schedules if Ethiopia commits to release water in drought years.
Hana Mekonnen is a research fellow at the Horn Policy Institute.
Omar Farouk was a senior adviser at the Arab League and is now a lecturer of law at Cairo University.
Photo credit: Ethiopian News Agency.
"""


def kinds(text: str) -> list[tuple[str, str]]:
    return [(r.kind, r.text) for r in detect_structure(text).regions]


def test_reference_article_has_three_headings_two_bios_and_a_credit_but_no_title(reference_text):
    structure = detect_structure(reference_text)
    assert structure.title is None
    assert [s.text for s in structure.sections] == [
        "Thawing a Frozen Conflict",
        "Testing Geopolitical Waters",
        "A Way Forward",
    ]
    assert [(a.name, a.affiliation) for a in structure.authors] == [
        (
            "Philip Gamaghelyan",
            "Joan B. Kroc School of Peace Studies, University of San Diego; Imagine Center for Conflict Transformation",
        ),
        ("Nigar Göksel", "International Crisis Group"),
    ]
    assert structure.image_credit == "Presidential Executive Office of Russia via Wikimedia Commons"
    for region in structure.regions:
        assert reference_text[region.start : region.end] == region.text


def test_title_line_byline_headings_bios_and_photo_credit_of_an_op_ed():
    structure = detect_structure(OP_ED)
    assert structure.title == "Why the Nile Needs a Treaty"
    assert [s.text for s in structure.sections] == ["Lessons From the Indus", "What Cairo Should Offer"]
    assert [a.name for a in structure.authors] == ["Hana Mekonnen", "Omar Farouk"]
    assert structure.authors[0].affiliation == "Horn Policy Institute"
    assert structure.authors[1].affiliation == "Arab League; Cairo University"
    assert structure.image_credit == "Ethiopian News Agency"
    assert [r.kind for r in structure.regions] == [
        "title", "byline", "heading", "heading", "author_bio", "author_bio", "image_credit",
    ]


def test_a_date_line_under_the_byline_is_the_publication_date_and_not_narrative():
    text = OP_ED.replace("By Hana Mekonnen and Omar Farouk\n", "By Hana Mekonnen and Omar Farouk\nJanuary 12, 2024\n")
    structure = detect_structure(text)
    assert structure.date == "2024-01-12"
    assert [r.kind for r in structure.regions][:3] == ["title", "byline", "byline"]
    assert from_text(text).meta.date == "2024-01-12"
    assert from_text(text, date="2023-05-01").meta.date == "2024-01-12"  # the text's own date wins over a default


def test_a_hyphen_inside_a_name_is_not_the_affiliation_separator():
    text = "Seoul and Tokyo Need a Plan B\nBy Min-ji Park\nMarch 4, 2025\nNorth Korea tested missiles.\n"
    structure = detect_structure(text)
    assert ([a.name for a in structure.authors], structure.date) == (["Min-ji Park"], "2025-03-04")
    assert [a.affiliation for a in detect_structure("Title Here\nBy Jane Doe — Carnegie Endowment\nText.\n").authors] == [
        "Carnegie Endowment"
    ]


def test_a_markdown_title_and_a_byline_carrying_the_date():
    from nlp_kit.ingest.markdown import markdown_to_text

    text, headings = markdown_to_text("# Water After the Dam\n\n*By Layla Mansour · 18 February 2025*\n\n"
                                      "## Where things stand\n\nEthiopia filled the dam.\n")
    structure = detect_structure(text, headings=headings)
    assert (structure.title, [a.name for a in structure.authors], structure.date) == (
        "Water After the Dam", ["Layla Mansour"], "2025-02-18",
    )
    assert [s.text for s in structure.sections] == ["Where things stand"]


def test_a_dateline_may_open_with_its_place():
    text = "Joint Statement of the Foreign Ministers\nAstana, 14 September 2024\nThe Ministers met in Astana.\n"
    structure = detect_structure(text)
    assert (structure.date, [r.kind for r in structure.regions]) == ("2024-09-14", ["title", "byline"])


def test_a_title_set_directly_over_its_dateline_in_text_with_blank_lines_is_a_title():
    text = "Speech by Foreign Minister Takeshi Iwaya\nSydney, May 14, 2026\n\nThank you.\n\nIt is a pleasure to be here.\n"
    structure = detect_structure(text)
    assert structure.title == "Speech by Foreign Minister Takeshi Iwaya"
    assert (structure.date, [r.kind for r in structure.regions]) == ("2026-05-14", ["title", "byline"])
    wrapped = "The talks resumed in Geneva\nafter a long pause.\n\nBoth sides agreed.\n"
    assert detect_structure(wrapped).title is None


def test_a_dateline_may_name_who_adopted_the_text_and_a_place_spelled_with_diacritics():
    text = "Programme 2026\n\nAdopted by the Party Congress, Chișinău, 14 June 2026\n\nWe will act.\n"
    assert detect_structure(text).date == "2026-06-14"
    assert detect_structure("Letter to the Minister\n\nBrasília, 12 May 2025\n\nDear Minister,\n").date == "2025-05-12"


@pytest.mark.parametrize(
    "text",
    [
        "ELECTION OBSERVATION MISSION\nRepublic of Moldova\n\nCHISINAU, 29 September 2025 – The elections offered a choice.\n",
        "INTERNATIONAL COURT OF JUSTICE\n\nThe Court indicates measures\n\nTHE HAGUE, 29 September 2025. The Court today ...\n",
    ],
)
def test_a_first_paragraph_opening_with_place_and_date_dates_the_text(text):
    assert detect_structure(text).date == "2025-09-29"


def test_a_date_later_in_the_text_or_inside_a_sentence_does_not_date_it():
    assert detect_structure("A Title\n\nThe talks of 29 September 2025 – the third round – failed.\n").date is None
    later = "A Title\n\n" + "\n\n".join(["The talks went on."] * 9) + "\n\nGENEVA, 29 September 2025 – Talks resumed.\n"
    assert detect_structure(later).date is None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Commentary | Latin America Programme | 16 December 2024", "2024-12-16"),
        ("Made on: 11 March 2025 | Minister for Development", "2025-03-11"),
        ("Press release | Ottawa | 2 October 2025", "2025-10-02"),
        ("Analysis desk · 2 September 2024", "2024-09-02"),
    ],
)
def test_a_line_of_short_fields_one_of_them_a_date_is_a_dateline(line, date):
    assert detect_structure(f"A Title Over Fields\n{line}\n\nThe text begins here.\n").date == date


def test_a_line_with_two_dates_or_a_long_field_is_no_dateline():
    assert detect_structure("A Title\n1 May 2024 | 2 May 2024\n\nText.\n").date is None
    long_field = "The ministers met for a long time and agreed on many things | 2 May 2024"
    assert detect_structure(f"A Title\n{long_field}\n\nText.\n").date is None


@pytest.mark.parametrize(
    ("label", "dateline", "date"),
    [("News analysis", "BOGOTÁ, Aug. 1, 2024", "2024-08-01"), ("Office of the Spokesperson", "March 18, 2025", "2025-03-18")],
)
def test_a_short_label_between_title_and_dateline_is_part_of_the_head(label, dateline, date):
    text = f"Colombia's Total Peace Nears Its Anniversary\n{label}\n{dateline}\n\nWhen Petro took office, he promised peace.\n"
    structure = detect_structure(text)
    assert (structure.title, structure.date) == ("Colombia's Total Peace Nears Its Anniversary", date)
    assert [r.kind for r in structure.regions] == ["title", "byline", "byline"]


def test_a_line_with_a_colon_under_a_name_is_no_label():
    text = "House of Commons\nOpposition Day Motion: Sudan\nAgreed on division, 11 March 2026\n\nThat this House notes.\n"
    assert detect_structure(text).title != "House of Commons"


def test_a_subtitle_set_under_the_title_belongs_to_the_head_not_the_body():
    text = ("Alliance for Renewal — Election Programme 2026\nChapter 6: A European Moldova, at peace\n\n"
            "Moldova was granted candidate status in June 2022.\n")
    structure = detect_structure(text)
    assert structure.title == "Alliance for Renewal — Election Programme 2026"
    assert [(r.kind, r.text) for r in structure.regions][1] == ("heading", "Chapter 6: A European Moldova, at peace")
    # a signature's name over its office is no title of anything: only the first line can have a subtitle
    letter = "Dear Minister,\n\nThank you for your letter.\n\nJane Roe\nMinister of Foreign Affairs\n"
    assert all(r.kind != "title" for r in detect_structure(letter).regions)
    # with a title from metadata, the text's first lines are not taken for it
    assert detect_structure("Presidential Palace\nHelsinki, Finland\n\nThe leaders met.\n",
                            title_hint="Remarks by the President").title is None


def test_a_sentence_that_mentions_a_date_is_not_a_date_line():
    text = OP_ED.replace("By Hana Mekonnen and Omar Farouk\n", "By Hana Mekonnen and Omar Farouk\nOn January 12, 2024 talks failed.\n")
    assert detect_structure(text).date is None


def test_narrative_text_blanks_regions_but_keeps_offsets_and_line_breaks():
    document = from_text(OP_ED)
    narrative = document.narrative_text()
    assert len(narrative) == len(document.text)
    assert narrative.count("\n") == document.text.count("\n")
    assert "Lessons From the Indus" not in narrative and "Hana Mekonnen" not in narrative
    start = document.text.index("India and Pakistan")
    assert narrative[start : start + 18] == "India and Pakistan"


def test_short_sentence_without_full_stop_inside_a_paragraph_run_is_not_a_heading():
    text = "Kenya urged Ethiopia to resume talks\nbecause the rains failed again.\nTalks resumed in May."
    assert kinds(text) == []


def test_first_line_ending_in_a_full_stop_is_narrative_not_a_title():
    text = "Japan and India signed a trade agreement in March 2021.\nBoth sides pledged to cut tariffs."
    assert detect_structure(text).title is None


def test_heading_in_a_blank_line_separated_text_must_stand_alone():
    text = (
        "The Council met in Brussels on Monday and agreed new sanctions on\n"
        "Belarus over the detention of journalists.\n\n"
        "Energy Security\n\n"
        "Ministers Agreed To Cut Gas Imports By Half\n"
        "before the winter of 2026, the Commission said.\n"
    )
    assert kinds(text) == [("heading", "Energy Security")]


def test_last_line_about_a_country_is_not_an_author_bio():
    assert parse_bio("North Korea is the main threat of the region.") is None
    assert parse_bio("The European Union is a member of the Quartet.") is None


def test_bio_with_several_names_gives_each_author_the_affiliation():
    authors = parse_bio("Lena Berg and Tomas Lind are research fellows at the Swedish Institute of International Affairs.")
    assert [(a.name, a.affiliation) for a in authors] == [
        ("Lena Berg", "Swedish Institute of International Affairs"),
        ("Tomas Lind", "Swedish Institute of International Affairs"),
    ]


def test_affiliation_skips_prepositions_inside_an_organisation_name():
    rest = "a senior fellow at the Warsaw Centre for Energy Policy and a former adviser to the Ministry of Climate."
    assert bio_affiliation(rest) == "Warsaw Centre for Energy Policy"


def test_credit_lines_in_several_house_styles():
    assert image_credit("Image: Presidential Executive Office of Russia via Wikimedia Commons.") == (
        "Presidential Executive Office of Russia via Wikimedia Commons"
    )
    assert image_credit("Photo: Reuters/Stringer") == "Reuters/Stringer"
    assert image_credit("Photo credit: Kremlin.ru") == "Kremlin.ru"
    assert image_credit("Source: World Bank data") == "World Bank data"
    assert image_credit("Imagine a Europe without borders.") is None


def test_title_case_allows_minor_words_and_all_caps():
    assert is_title_case("A Bargain Worth Making")
    assert is_title_case("DEFENCE & SECURITY")
    assert not is_title_case("Turkey has stood as Azerbaijan’s staunch ally")


def test_long_biography_paragraph_is_narrative_not_an_author_bio():
    nominee = (
        "Ana Reyes is a partner at Williams & Connolly LLP in Washington, where she has worked since 2006. "
        "She represents clients before federal courts and agencies. She previously clerked for a federal judge "
        "and taught at a law school for several years before returning to private practice in the capital."
    )
    assert parse_bio(nominee) is None


def test_honorifics_are_not_part_of_an_author_name_and_affiliation_stops_at_the_sentence_end():
    authors = parse_bio("Dr. Lena Berg is a senior fellow at the Nordic Institute in Oslo. She was a diplomat.")
    assert [(a.name, a.affiliation) for a in authors] == [("Lena Berg", "Nordic Institute")]


def test_republication_note_and_disclaimer_after_the_bio_are_boilerplate():
    text = (
        "Poland and Lithuania agreed in 2024 to build a second power link.\n"
        "Marta Nowak (@mnowak) is a fellow at the Warsaw Energy Forum.\n"
        "The views expressed are the author’s own.\n"
        "This article was originally published in Baltic Review.\n"
    )
    structure = detect_structure(text)
    assert [r.kind for r in structure.regions] == ["author_bio", "boilerplate", "boilerplate"]
    assert [a.name for a in structure.authors] == ["Marta Nowak"]


def test_speaker_labels_of_a_parliamentary_record_with_constituency_party_and_office(nlp):
    from nlp_kit.ingest.structure import speaker_labels

    text = (
        "Questions to the Minister.\n\n"
        "1. Sarah Holloway (Bristol North East) (Lab): What steps is the Department taking?\n\n"
        "The Minister for Africa (Daniel Okafor): The UK will provide aid.\n\n"
        "Article 1: Cessation of Hostilities\n\n"
        "Hereby agree as follows: the Parties shall cease fire."
    )
    doc = nlp.make_doc(text)
    labels = [doc[first:said].text for first, said in speaker_labels(doc)]
    assert labels == ["Sarah Holloway (Bristol North East) (Lab):", "The Minister for Africa (Daniel Okafor):"]


def test_labels_whose_lines_never_say_anything_open_fields_not_turns(nlp):
    from nlp_kit.ingest.structure import speaker_labels

    text = (
        "Promise 1: Resettle 40,000 refugees\nMade: August 2021, by the immigration minister\nVerdict: Kept\n\n"
        "Promise 2: Raise aid every year\nMade: March 2022, in the budget\nVerdict: Broken\n\n"
        "Sugiono: Yes.\n\nMarles: Thank you.\n\nSugiono: We have not implemented it yet.\n"
    )
    doc = nlp(text)
    labels = [doc[first:said - 1].text for first, said in speaker_labels(doc)]
    assert labels == ["Sugiono", "Sugiono"]  # "Marles:" only thanks; "Made:" and "Verdict:" never say anything


@pytest.mark.parametrize(
    ("text", "first"),
    [("Washington, DC: An IMF team met.", "An"), ("(Berlin) – The authorities must act.", "The"),
     ("Geneva, Switzerland: The talks resumed.", "The"), ("Talks resumed: both sides met.", None)],
)
def test_a_release_dateline_opening_a_line_ends_before_its_first_sentence(text, first):
    import spacy

    from nlp_kit.ingest.structure import release_dateline_end

    doc = spacy.blank("en")(text)
    end = release_dateline_end(doc, 0)
    assert (doc[end].text if end is not None else None) == first
