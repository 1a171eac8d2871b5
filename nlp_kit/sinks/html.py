"""Self-contained HTML reports: one page per document, an index per corpus.

A page shows the structured summary (gist, key points, recommendations, main
actors), the timeline drawn as inline SVG, the commitments table and the text
with actors, dates, commitments and key sentences highlighted.  CSS and JS are
inlined and a Content-Security-Policy forbids every network request, so a
report opens offline.  All document text is escaped (Jinja2 autoescaping and
``markupsafe.escape``): a document containing ``<script>`` shows it as text.

Example::

    >>> html = to_html(nlp_kit.analyze("Turkey pledged in July 2022 to open its border."))
    >>> 'data-actor="TUR"' in html
    True
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from jinja2 import Environment, select_autoescape
from markupsafe import Markup, escape

from nlp_kit.about import __version__
from nlp_kit.schema import Analysis, Event, TimeExpression
from nlp_kit.sinks.json import atomic_write_text, file_stem
from nlp_kit.summary.structured import event_when, timeline_highlights

PALETTE = 8
CHART_ROWS = 24
_LABEL_CHARS = 80
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(autoescape=select_autoescape(default=True, default_for_string=True), trim_blocks=True)


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return resources.files("nlp_kit").joinpath("data", "report", name).read_text(encoding="utf-8")


def _template(name: str):
    return _environment().from_string(_asset(name))


def _script_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


@dataclass
class _Span:
    start: int
    end: int
    layer: str  # "key", "commit", "actor", "date"
    attrs: dict[str, str]


def _spans(analysis: Analysis, colors: dict[str, str]) -> list[_Span]:
    spans = [_Span(k.start, k.end, "key", {}) for k in analysis.summary.key_sentences]
    for c in analysis.commitments:
        spans.append(
            _Span(
                c.evidence.start,
                c.evidence.end,
                "commit",
                {"id": f"c-{c.id}", "title": f"{c.actor or '?'} · {c.kind} · {c.status}", "data-kind": c.kind},
            )
        )
    for actor in analysis.actors:
        for m in actor.mentions:
            spans.append(
                _Span(
                    m.start,
                    m.end,
                    "actor",
                    {"data-actor": actor.id, "title": f"{actor.name} ({actor.id})", "class": colors.get(actor.id, "")},
                )
            )
    for t in analysis.timexes:
        spans.append(_Span(t.start, t.end, "date", {"data-value": t.value, "title": f"{t.type} {t.value}"}))
    return spans


def _attributes(attrs: dict[str, str]) -> str:
    return "".join(f' {name}="{escape(value)}"' for name, value in attrs.items() if value)


def _render_segment(piece: str, active: list[_Span], anchored: set[str]) -> str:
    html = str(escape(piece))
    by_layer = {s.layer: s for s in active}
    for layer in ("date", "actor"):
        span = by_layer.get(layer)
        if span:
            attrs = dict(span.attrs)
            attrs["class"] = f"{layer} {attrs.get('class', '')}".strip()
            html = f"<mark{_attributes(attrs)}>{html}</mark>"
            break
    span = by_layer.get("commit")
    if span:
        attrs = {k: v for k, v in span.attrs.items() if k != "id" or v not in anchored}
        if "id" in attrs:
            anchored.add(attrs["id"])
        html = f'<span class="commit"{_attributes(attrs)}>{html}</span>'
    if "key" in by_layer:
        html = f'<span class="key">{html}</span>'
    return html


def highlighted_text(analysis: Analysis, colors: dict[str, str]) -> Markup:
    """The document as HTML paragraphs with highlight spans; every character of
    the text is escaped, markup comes only from the extracted offsets."""
    text = analysis.text or ""
    regions = {(r.start, r.end): r.kind for r in analysis.meta.regions}
    spans = [s for s in _spans(analysis, colors) if 0 <= s.start < s.end <= len(text)]
    anchored: set[str] = set()
    blocks: list[str] = []
    position = 0
    for line in text.split("\n"):
        start, end = position, position + len(line)
        position = end + 1
        if not line.strip():
            continue
        kind = next((k for (r_start, r_end), k in regions.items() if r_start <= start and end <= r_end + 1), None)
        if kind == "title":
            continue
        if kind is not None:
            tag = "h3" if kind == "heading" else 'p class="region"'
            blocks.append(f"<{tag}>{escape(line.strip())}</{tag.split()[0]}>")
            continue
        inside = [s for s in spans if s.start < end and s.end > start]
        cuts = sorted({start, end, *(max(start, s.start) for s in inside), *(min(end, s.end) for s in inside)})
        parts = []
        for a, b in zip(cuts, cuts[1:]):
            active = [s for s in inside if s.start <= a and s.end >= b]
            parts.append(_render_segment(text[a:b], active, anchored))
        blocks.append("<p>" + "".join(parts) + "</p>")
    return Markup("\n".join(blocks))


def _year_fraction(value: str) -> float | None:
    match = _DATE.match(value)
    if not match:
        return None
    year, month, day = match.groups()
    return int(year) + (int(month or 1) - 1) / 12 + (int(day or 1) - 1) / 365


def _shorten(text: str, limit: int = _LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def timeline_chart(
    events: list[Event], commitment_starts: set[int], width: int = 1200, timexes: Sequence[TimeExpression] = ()
) -> dict:
    """Geometry of the timeline SVG: one row per dated event, x proportional to time, labelled with the
    date as a person writes it (``timexes``: the expressions dating the events, for their mods)."""
    dated = [(e, _year_fraction(e.sort_key)) for e in events]
    dated = [(e, x) for e, x in dated if x is not None]
    if not dated:
        return {"rows": []}
    left, right, top, row_height = 20, width - 20, 36, 24
    low = int(min(x for _, x in dated))
    high = int(max(x for _, x in dated)) + 1
    span = max(high - low, 1)

    def scale(x: float) -> float:
        return round(left + (x - low) / span * (right - left), 1)

    step = max(1, round(span / 10))
    ticks = [{"x": scale(year), "label": str(year)} for year in range(low, high + 1, step)]
    rows = []
    for i, (event, x) in enumerate(dated):
        cx = scale(x)
        on_left = cx > left + 0.62 * (right - left)
        rows.append(
            {
                "x": cx,
                "y": top + 14 + i * row_height,
                "text_x": cx - 10 if on_left else cx + 10,
                "anchor": "end" if on_left else "start",
                "value": event.value,
                "when": event_when(event, timexes),
                "label": _shorten(event.description),
                "full": event.description,
                "commitment": event.evidence.start in commitment_starts,
                "uncertain": event.uncertain,
            }
        )
    return {
        "rows": rows,
        "ticks": ticks,
        "width": width,
        "height": top + 14 + len(rows) * row_height,
        "left": left,
        "right": right,
        "axis_y": top,
    }


def _title(analysis: Analysis) -> str:
    meta = analysis.meta
    return meta.title or (Path(meta.source).stem if meta.source and not meta.source.startswith("<") else meta.doc_id)


def to_html(analysis: Analysis) -> str:
    """One self-contained HTML page for ``analysis`` (needs ``analysis.text``)."""
    summary = analysis.summary
    ranked = sorted(analysis.actors, key=lambda a: (-a.salience, -a.mention_count, a.id))
    colors = {a.id: f"a{i}" for i, a in enumerate(ranked[:PALETTE])}
    names = {a.id: a.name for a in analysis.actors}
    events = timeline_highlights(summary.timeline, summary.key_sentences, analysis.commitments, limit=CHART_ROWS)
    commitment_events = {
        e.evidence.start
        for e in events
        if any(c.evidence.start < e.evidence.end and e.evidence.start < c.evidence.end for c in analysis.commitments)
    }
    js = _asset("report.js")
    commitments = [
        {
            "actor": names.get(c.actor, c.actor or "?"),
            "kind": c.kind,
            "action": ("not " if c.negated else "") + c.action,
            "made": c.made or "",
            "status": c.status,
            "anchor": f"c-{c.id}",
        }
        for c in sorted(analysis.commitments, key=lambda c: c.evidence.start)
    ]
    return _template("page.html.j2").render(
        analysis=analysis,
        meta=analysis.meta,
        summary=summary,
        title=_title(analysis),
        byline=[
            part
            for part in (
                "By " + ", ".join(a.name for a in analysis.meta.authors) if analysis.meta.authors else "",
                analysis.meta.date or "",
                analysis.meta.source or "",
            )
            if part
        ],
        colors=colors,
        legend=[(a.id, a.name, colors[a.id]) for a in ranked[:PALETTE]],
        chart=timeline_chart(events, commitment_events, timexes=analysis.timexes),
        commitments=commitments,
        body=highlighted_text(analysis, colors),
        css=_asset("report.css"),
        js=js,
        script_hash=_script_hash(js),
        version=__version__,
    )


@dataclass
class IndexEntry:
    """What the corpus index shows of one document."""

    href: str
    title: str
    authors: str
    date: str
    actors: int
    dates: int
    commitments: int
    recommendations: int
    gist: str

    @classmethod
    def of(cls, analysis: Analysis, href: str) -> IndexEntry:
        return cls(
            href=href,
            title=_title(analysis),
            authors=", ".join(a.name for a in analysis.meta.authors),
            date=analysis.meta.date or "",
            actors=len(analysis.actors),
            dates=len(analysis.timexes),
            commitments=len(analysis.commitments),
            recommendations=len(analysis.summary.recommendations),
            gist=_shorten(analysis.summary.gist, 180),
        )


def index_html(entries: list[IndexEntry], *, title: str = "nlp_kit report", failures: Iterable[str] = ()) -> str:
    """The corpus index page: every document with its counts and a link to its page."""
    totals = {
        "actors": sum(e.actors for e in entries),
        "dates": sum(e.dates for e in entries),
        "commitments": sum(e.commitments for e in entries),
        "recommendations": sum(e.recommendations for e in entries),
    }
    return _template("index.html.j2").render(
        entries=entries,
        totals=totals,
        title=title,
        failures=list(failures),
        css=_asset("report.css"),
        version=__version__,
    )


def write_html(analysis: Analysis, directory: Path) -> Path:
    """Write ``directory/<stem>.html`` atomically and return its path."""
    path = Path(directory) / f"{file_stem(analysis)}.html"
    atomic_write_text(path, to_html(analysis))
    return path


def write_report(
    analyses: Iterable[Analysis], directory: Path, *, title: str = "nlp_kit report", failures: Iterable[str] = ()
) -> Path:
    """One page per analysis plus ``index.html`` linking them; returns the index path.

    Streams: only each document's index entry is kept in memory.  Two
    documents with the same file stem get distinct pages (``name-2.html``).
    """
    directory = Path(directory)
    entries: list[IndexEntry] = []
    used: set[str] = set()
    for analysis in analyses:
        stem = file_stem(analysis)
        name, n = f"{stem}.html", 1
        while name in used or name == "index.html":
            n += 1
            name = f"{stem}-{n}.html"
        used.add(name)
        atomic_write_text(directory / name, to_html(analysis))
        entries.append(IndexEntry.of(analysis, name))
    index = directory / "index.html"
    atomic_write_text(index, index_html(entries, title=title, failures=failures))
    return index
