"""Readers: every source format becomes Documents with normalized text and metadata."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from nlp_kit.errors import (
    DocumentTooLarge,
    EmptyDocument,
    InputNotFound,
    InvalidOption,
    UnreadableInput,
    UnsupportedLanguage,
)
from nlp_kit.ingest import from_text, read_path
from nlp_kit.ingest.readers import clean_metadata_text, iso_date

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"

STATEMENT = "Kenya and Ethiopia agreed on 4 March 2024 to reopen the Moyale border crossing.\n"
FRENCH = (
    "Le gouvernement français a annoncé mardi qu'il augmenterait son aide humanitaire au Soudan "
    "et appelé les parties à conclure un cessez-le-feu avant la fin du mois de mars."
)


def one(path, **kwargs):
    documents = list(read_path(path, **kwargs))
    assert len(documents) == 1
    return documents[0]


def test_reference_text_is_read_verbatim(reference_text):
    document = one(CORPUS / "south-caucasus-peace.txt")
    assert document.text == reference_text
    assert [a.name for a in document.meta.authors] == ["Philip Gamaghelyan", "Nigar Göksel"]
    assert document.meta.language == "en"


def test_markdown_front_matter_becomes_metadata_and_escapes_are_resolved(tmp_path):
    path = tmp_path / "statement.md"
    path.write_text(
        '---\ntitle: "United\\_States-France Joint\\_Statement"\ndate: \'2021-10-29\'\n'
        "source_url: https://example.org/us-france\nauthors: [Office of the Press Secretary]\n"
        "tags: statements-releases\n---\n\u00a0\n"
        "Today, the President of the United States and the President of the\n"
        "French Republic met in Rome to reaffirm their commitment to closer\ncooperation.\n\n\\###\n",
        encoding="utf-8",
    )
    document = one(path)
    assert document.meta.title == "United States-France Joint Statement"
    assert document.meta.date == "2021-10-29"
    assert document.meta.source_url == "https://example.org/us-france"
    assert document.meta.extra == {"tags": "statements-releases"}
    assert document.text.startswith("Today, the President of the United States and the President of the French")
    assert [(r.kind, r.text) for r in document.meta.regions] == [("boilerplate", "###")]


def test_markdown_headings_are_sections(tmp_path):
    path = tmp_path / "brief.md"
    path.write_text("Intro text here.\n\n## Trade and Tariffs.\n\nThe [leaders](https://x.org) **agreed**.\n")
    document = one(path)
    assert document.text == "Intro text here.\n\nTrade and Tariffs.\n\nThe leaders agreed."
    assert [s.text for s in document.meta.sections] == ["Trade and Tariffs."]


def test_white_house_statements_read_with_their_titles(shared_dir):
    folder = shared_dir / "corpus" / "whitehouse" / "foreign-policy"
    path = folder / "2021-10-29-united-states-france-joint-statement.md"
    document = one(path)
    assert document.meta.title == "United States-France Joint Statement"
    assert document.meta.date == "2021-10-29"
    assert document.text.startswith("Today, the President of the United States")


def test_html_main_text_without_page_boilerplate():
    document = one(CORPUS / "sahel-ecowas-after-the-juntas.html")
    assert document.meta.title == "After the Juntas: Can ECOWAS Win Back the Sahel?"
    assert document.meta.date == "2025-02-18"
    assert document.meta.source_url.endswith("/ecowas-sahel-juntas")
    assert [(a.name, a.affiliation) for a in document.meta.authors] == [
        ("Aminata Diallo", "Dakar Institute for Security Studies")
    ]
    assert "Mali, Burkina Faso and Niger" in document.text
    for furniture in ("cookie", "Subscribe", "Related analysis", "All rights reserved"):
        assert furniture not in document.text


def test_pdf_paragraphs_title_and_date():
    document = one(CORPUS / "baltic-energy-security-brief.pdf")
    assert document.meta.title == "Keeping the Lights On: Baltic Energy Security After Desynchronisation"
    assert document.meta.date == "2025-04-02"
    assert [s.text for s in document.meta.sections] == ["Commitments Made", "What Should Happen Next"]
    assert "Lithuania committed to build 700 megawatts" in document.text
    assert document.meta.authors[0].affiliation == "Warsaw Centre for Energy Policy"


def test_jsonl_rows_carry_their_ids_titles_and_dates():
    documents = list(read_path(CORPUS / "regional-statements.jsonl"))
    assert len(documents) == 5
    first = documents[0]
    assert first.meta.doc_id == "arctic-council-2025-05-12"
    assert first.meta.source == f"{CORPUS / 'regional-statements.jsonl'}#arctic-council-2025-05-12"
    assert first.meta.date == "2025-05-12"
    assert first.meta.source_url.startswith("https://")
    assert first.text.startswith("Norway, which took over")


def test_bulk_jsonl_titles_lose_literal_yaml_escapes(shared_dir):
    rows = read_path(shared_dir / "corpus" / "whitehouse" / "bulk.jsonl")
    first = next(rows)
    assert first.meta.title == "Readout of President Joe Biden’s Meeting with Australia Prime Minister"


def test_csv_corpus_with_custom_column_names(tmp_path):
    path = tmp_path / "votes.csv"
    path.write_text(
        "ref,headline,published,body,chamber\n"
        'v1,Senate backs aid,2024-04-23,"The Senate approved aid to Ukraine, Israel and Taiwan on April 23, 2024.",upper\n'
        ',House vote,2024-04-20,"The House passed the package on Saturday after months of delay in Congress.",lower\n',
        encoding="utf-8",
    )
    documents = list(
        read_path(path, text_field="body", id_field="ref", title_field="headline", date_field="published")
    )
    assert [d.meta.doc_id for d in documents][0] == "v1"
    assert documents[0].meta.title == "Senate backs aid" and documents[0].meta.date == "2024-04-23"
    assert documents[0].meta.extra == {"chamber": "upper"}
    assert documents[1].meta.source == f"{path}#2"
    assert len(documents[1].meta.doc_id) == 16


def test_csv_without_the_text_column_names_the_option(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text("id,body\n1,The talks resumed.\n")
    with pytest.raises(InvalidOption, match="--text-field"):
        list(read_path(path))


def test_broken_jsonl_line_is_reported_and_other_rows_are_read(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": STATEMENT}) + "\n{not json\n" + json.dumps({"id": "c", "text": STATEMENT}) + "\n"
    )
    items = list(read_path(path))
    assert [type(i).__name__ for i in items] == ["Document", "UnreadableInput", "Document"]
    assert "line 2" in str(items[1]) and str(path) in str(items[1])


def test_directory_is_read_recursively_in_sorted_order_with_globs(tmp_path):
    for name in ("b.txt", "a.txt", "sub/c.md", "notes.py", ".hidden/d.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"France and Japan met in Paris. Note {name}.\n")
    sources = [Path(d.meta.source).relative_to(tmp_path).as_posix() for d in read_path(tmp_path)]
    assert sources == ["a.txt", "b.txt", "sub/c.md"]
    only_txt = [Path(d.meta.source).name for d in read_path(tmp_path, include=["*.txt"], exclude=["b.*"])]
    assert only_txt == ["a.txt"]


def test_whole_sample_corpus_is_readable():
    documents = list(read_path(CORPUS))
    assert all(not isinstance(d, Exception) for d in documents)
    suffixes = {Path(d.meta.source.split("#")[0]).suffix for d in documents}
    assert suffixes == {".txt", ".md", ".html", ".pdf", ".jsonl"}


def test_stdin_stream_is_read_as_one_document():
    stream = io.TextIOWrapper(io.BytesIO(STATEMENT.encode("utf-8")), encoding="utf-8")
    document = one(stream)
    assert document.meta.source == "<stdin>" and document.text == STATEMENT


def test_dct_dates_documents_without_metadata_date_but_not_others(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text(STATEMENT)
    assert one(path, dct="2024-03-05").meta.date == "2024-03-05"
    rows = list(read_path(CORPUS / "regional-statements.jsonl", dct="2000-01-01"))
    assert rows[0].meta.date == "2025-05-12"


@pytest.mark.parametrize("bad", ["05/03/2024", "2024-02-30", "2024-3-5", "yesterday"])
def test_malformed_dct_is_refused(tmp_path, bad):
    with pytest.raises(InvalidOption, match="YYYY-MM-DD"):
        list(read_path(tmp_path, dct=bad))


def test_doc_id_is_a_hash_of_the_normalized_text():
    assert from_text("Cafe\u0301 talks.").meta.doc_id == from_text("Caf\u00e9 talks.").meta.doc_id


def test_missing_path_raises_input_not_found(tmp_path):
    with pytest.raises(InputNotFound, match="no such file"):
        list(read_path(tmp_path / "missing.txt"))


def test_empty_document_raises(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text("  \n\u00a0\n\t\n")
    with pytest.raises(EmptyDocument):
        list(read_path(path))


def test_size_limit_is_a_keyword(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(STATEMENT * 20)
    with pytest.raises(DocumentTooLarge, match="over the 100-byte"):
        list(read_path(path, max_bytes=100))
    assert one(path, max_bytes=10_000).text == STATEMENT * 20


def test_non_english_text_is_refused_unless_any_language_is_allowed(tmp_path):
    path = tmp_path / "fr.txt"
    path.write_text(FRENCH, encoding="utf-8")
    with pytest.raises(UnsupportedLanguage, match="fr"):
        list(read_path(path))
    assert one(path, language=None).meta.language == "fr"


def test_short_english_text_full_of_names_is_not_refused(tmp_path):
    path = tmp_path / "short.txt"
    path.write_text("NATO met in Brussels.")
    assert one(path).meta.language == "en"


def test_pdf_that_is_not_a_pdf_is_unreadable(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_text("This is plain text saved with the wrong extension.")
    with pytest.raises(UnreadableInput, match="not a PDF"):
        list(read_path(path))


def test_iso_dates_from_metadata_values():
    assert iso_date("2021-10-29 15:19:53-04:00") == "2021-10-29"
    assert iso_date("October 29, 2021") == "2021-10-29"
    assert iso_date("not a date") is None


def test_metadata_text_cleaning():
    assert clean_metadata_text("Fr\\xE9d\\xE9ric Bernard\\u2019s Visit\\_\\") == "Frédéric Bernard’s Visit"


def test_csv_row_beyond_the_csv_field_limit_is_reported_and_reading_goes_on(tmp_path):
    path = tmp_path / "rows.csv"
    huge = "x" * 1_100_000
    path.write_text(f'id,text\na,{GOOD_ROW}\nb,"{huge}"\nc,{GOOD_ROW}\n', encoding="utf-8")
    items = list(read_path(path, max_bytes=200_000))
    assert [type(i).__name__ for i in items] == ["Document", "UnreadableInput", "Document"]
    assert "not valid CSV" in str(items[1])


GOOD_ROW = "Chile and Peru signed a fisheries accord in Lima in May 2024."


def test_windows_1252_text_file_is_decoded(tmp_path):
    path = tmp_path / "cp1252.txt"
    text = "Ankara’s envoy said Türkiye would “soon” open the border with Armenia, a step promised in July 2022."
    path.write_bytes(text.encode("cp1252"))
    assert one(path).text == text


def test_markdown_body_repeating_the_title_marks_it_as_the_title(tmp_path):
    path = tmp_path / "release.md"
    path.write_text("---\ntitle: Joint Statement on Sudan\n---\n\n# Joint Statement on Sudan\n\nEgypt and Kenya urged a ceasefire.\n")
    document = one(path)
    assert [(r.kind, r.text) for r in document.meta.regions] == [("title", "Joint Statement on Sudan")]
    assert document.meta.sections == []
