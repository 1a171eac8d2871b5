"""The HTML report, loaded in headless Chromium: highlights, timeline, and no injected script runs.

Screenshots go to tests/artifacts/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from nlp_kit.ingest import from_text
from nlp_kit.schema import (
    Actor,
    Analysis,
    Commitment,
    Event,
    Evidence,
    Mention,
    Summary,
    TimeExpression,
)
from nlp_kit.sinks.html import to_html, write_report

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
INJECTED = (
    "<script>document.body.setAttribute('data-pwned','script');"
    "document.getElementById('title').textContent='PWNED';</script>"
)
INJECTED_IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">"
TEXT = (
    "Turkey pledged in July 2022 to open its border with Armenia to foreign nationals.\n"
    f"A leaked memo read {INJECTED} before the talks.\n"
    f"Armenia said it is ready to reciprocate {INJECTED_IMG} once the border opens.\n"
)


def _span(cls, text: str, needle: str, occurrence: int = 0, **fields):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return cls(start=start, end=start + len(needle), text=needle, **fields)


def crafted_analysis() -> Analysis:
    """An analysis built by hand, so the page test does not depend on the extraction components."""
    document = from_text(TEXT, source="statement.txt")
    first = TEXT.split("\n")[0]
    evidence = _span(Evidence, TEXT, first)
    return Analysis(
        meta=document.meta.model_copy(update={"title": "Border statement <b>draft</b>"}),
        text=TEXT,
        actors=[
            Actor(
                id="TUR",
                name="Turkey",
                type="state",
                salience=0.9,
                mentions=[_span(Mention, TEXT, "Turkey")],
            ),
            Actor(
                id="ARM",
                name="Armenia",
                type="state",
                salience=0.7,
                mentions=[_span(Mention, TEXT, "Armenia"), _span(Mention, TEXT, "Armenia", 1)],
            ),
        ],
        timexes=[_span(TimeExpression, TEXT, "July 2022", id="t1", type="DATE", value="2022-07")],
        commitments=[
            Commitment(
                id="c1",
                actor="TUR",
                counterpart="ARM",
                action="open its border with Armenia to foreign nationals",
                kind="pledge",
                made="2022-07",
                status="unfulfilled",
                evidence=evidence,
            )
        ],
        summary=Summary(
            gist=first,
            key_sentences=[],
            timeline=[
                Event(
                    id="e1",
                    timex_id="t1",
                    value="2022-07",
                    sort_key="2022-07",
                    actors=["TUR", "ARM"],
                    description="Turkey pledged to open its border <script>x</script>",
                    evidence=evidence,
                )
            ],
        ),
    )


def test_page_escapes_markup_from_the_document_text():
    html = to_html(crafted_analysis())
    assert "document.body.setAttribute('data-pwned','script')" not in html.replace("&#39;", "'").split("&lt;script&gt;")[0]
    assert "<script>document.body" not in html
    assert "&lt;script&gt;document.body" in html
    assert "<img src=x" not in html
    assert "<b>draft</b>" not in html
    assert html.count("<script>") == 1  # the report's own script only


def test_page_makes_no_network_request():
    html = to_html(crafted_analysis())
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in html
    assert "default-src 'none'" in html


def _run_chromium(chromium: str, url: str, tmp_path: Path, *extra: str) -> str:
    profile = tmp_path / "chromium-profile"
    profile.mkdir(exist_ok=True)
    command = [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        *extra,
        url,
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=90)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.mark.browser
def test_report_renders_highlights_and_timeline_and_the_injected_script_does_not_run(chromium, tmp_path):
    page = tmp_path / "statement.html"
    page.write_text(to_html(crafted_analysis()), encoding="utf-8")
    dom = _run_chromium(chromium, page.as_uri(), tmp_path, "--dump-dom")
    assert 'data-report-ready="1"' in dom  # JavaScript ran: the report's own script
    body_tag = dom.split("<body", 1)[1].split(">", 1)[0]
    assert "data-pwned" not in body_tag  # neither the <script> nor the onerror handler ran
    assert 'id="title">Border statement &lt;b&gt;draft&lt;/b&gt;</h1>' in dom
    assert 'data-actor="TUR"' in dom and 'class="actor a0"' in dom
    assert 'data-actor="ARM"' in dom
    assert 'class="date"' in dom and 'data-value="2022-07"' in dom
    assert '<svg id="timeline-chart"' in dom and "<circle" in dom
    assert "status-unfulfilled" in dom
    assert "&lt;script&gt;document.body.setAttribute" in dom
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "report-crafted.png"
    _run_chromium(chromium, page.as_uri(), tmp_path, f"--screenshot={shot}", "--window-size=1280,2000")
    assert shot.stat().st_size > 10_000


@pytest.mark.browser
def test_reference_article_report_and_index_open_in_the_browser(chromium, nlp, shared_dir, tmp_path):
    import nlp_kit
    from nlp_kit.ingest import read_path

    document = next(read_path(shared_dir / "corpus" / "south-caucasus-peace.txt"))
    index = write_report([nlp_kit.analyze(document, nlp=nlp)], tmp_path / "report", title="Reference")
    dom = _run_chromium(chromium, index.as_uri(), tmp_path, "--dump-dom")
    assert 'href="south-caucasus-peace.html"' in dom
    page = index.parent / "south-caucasus-peace.html"
    dom = _run_chromium(chromium, page.as_uri(), tmp_path, "--dump-dom")
    assert 'data-actor="TUR"' in dom and 'data-actor="ARM"' in dom
    assert '<svg id="timeline-chart"' in dom
    ARTIFACTS.mkdir(exist_ok=True)
    _run_chromium(
        chromium, page.as_uri(), tmp_path, f"--screenshot={ARTIFACTS / 'report-reference.png'}", "--window-size=1280,2000"
    )
