"""HTML pages and the corpus index written by nlp_kit.sinks.html."""

from __future__ import annotations

import pytest

import nlp_kit
from nlp_kit.ingest import from_text
from nlp_kit.sinks.html import IndexEntry, index_html, to_html, write_report

STATEMENT = "Turkey pledged in July 2022 to open its border with Armenia.\nArmenia welcomed the step.\n"


@pytest.fixture(scope="module")
def analysis(nlp):
    return nlp_kit.analyze(from_text(STATEMENT, source="turkey.txt"), nlp=nlp)


def test_every_key_sentence_is_highlighted_in_the_text(analysis):
    html = to_html(analysis)
    assert html.count('<span class="key">') >= len(analysis.summary.key_sentences)


def test_script_tags_in_a_document_are_shown_as_text(nlp):
    text = "Kenya urged talks. <script>document.title='owned'</script> Ethiopia agreed to meet in Nairobi.\n"
    html = to_html(nlp_kit.analyze(text, nlp=nlp))
    assert "<script>document.title" not in html
    assert "&lt;script&gt;document.title=" in html


def test_report_writes_a_page_per_document_and_an_index_with_counts(nlp, tmp_path):
    analyses = [
        nlp_kit.analyze(from_text(STATEMENT, source="a/statement.txt"), nlp=nlp),
        nlp_kit.analyze(from_text("France and Germany agreed to a joint fund in 2023.\n", source="b/statement.txt"), nlp=nlp),
    ]
    index = write_report(analyses, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.html", "statement-2.html", "statement.html"]
    page = index.read_text()
    assert 'href="statement.html"' in page and 'href="statement-2.html"' in page
    assert ">2 documents<" in page


def test_index_escapes_titles_and_lists_failures():
    entry = IndexEntry(
        href="x.html", title="<i>x</i>", authors="", date="", actors=1, dates=0, commitments=0, recommendations=0, gist=""
    )
    page = index_html([entry], failures=["bad.pdf: input unreadable [E002]"])
    assert "&lt;i&gt;x&lt;/i&gt;" in page and "<i>x</i>" not in page
    assert "bad.pdf: input unreadable" in page


def test_timeline_chart_labels_each_date_as_a_person_writes_it(nlp):
    from nlp_kit.sinks.html import to_html

    html = to_html(nlp_kit.analyze("In the early 1990s the war began. By mid-2022 talks resumed.", nlp=nlp))
    assert '<tspan class="date-label">early 1990s</tspan>' in html
    assert '<tspan class="date-label">mid-2022</tspan>' in html
