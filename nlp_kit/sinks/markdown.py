"""Render an ``Analysis`` as Markdown for people (issue 7 deepens it)."""

from __future__ import annotations

from nlp_kit.schema import Analysis


def to_markdown(analysis: Analysis) -> str:
    """Markdown with the gist, key sentences, actors, timeline and commitments."""
    meta = analysis.meta
    lines = [f"# {meta.title or meta.source or meta.doc_id}", ""]
    if meta.authors:
        lines += ["*By " + ", ".join(a.name for a in meta.authors) + "*", ""]
    if meta.date:
        lines += [f"Date: {meta.date}", ""]
    summary = analysis.summary
    lines += ["## Gist", "", summary.gist, "", "## Key sentences", ""]
    lines += [f"- {s.text.strip()}" for s in summary.key_sentences]
    if analysis.actors:
        lines += ["", "## Actors", "", "| id | name | type | mentions |", "|---|---|---|---|"]
        for actor in sorted(analysis.actors, key=lambda a: -a.mention_count):
            lines.append(f"| {actor.id} | {actor.name} | {actor.type} | {actor.mention_count} |")
    if summary.timeline:
        lines += ["", "## Timeline", ""]
        lines += [f"- **{e.value}** {e.description}" for e in summary.timeline]
    if analysis.commitments:
        lines += ["", "## Commitments", "", "| actor | kind | action | made | status |", "|---|---|---|---|---|"]
        for c in analysis.commitments:
            lines.append(f"| {c.actor or '?'} | {c.kind} | {c.action} | {c.made or ''} | {c.status} |")
    return "\n".join(lines) + "\n"
