"""Render an ``Analysis`` as Markdown a person can read in a minute.

Sections: gist, who speaks (a title's speaker, a transcript's turns), key points (the key sentences beyond the gist), main actors
and their roles, timeline, commitments with status, stances, and the
author's recommendations.  ``nlp-kit summarize`` shows it with rich in the
terminal (``--format rich``) or prints it raw (``--format md``).

Example::

    >>> print(to_markdown(nlp_kit.analyze("Turkey pledged in July 2022 to open its border.")))
    # ...
    ## Gist
    Turkey pledged in July 2022 to open its border.
"""

from __future__ import annotations

from nlp_kit.schema import Analysis
from nlp_kit.summary.structured import event_when, timeline_highlights


def _cell(value: object) -> str:
    """Table cells: no line breaks, pipes escaped."""
    return " ".join(str(value if value is not None else "").split()).replace("|", "\\|")


def _table(header: list[str], rows: list[list[object]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return lines


def _who_speaks(analysis: Analysis, names: dict[str, str]) -> list[str]:
    """The document's voice and, for a text in turns, each label with whom it stands for and how many turns."""
    if not analysis.voice and not analysis.turns:
        return []
    lines = ["## Who speaks", ""]
    if analysis.voice:
        lines += ["In its own voice: " + ", ".join(names.get(i, i) for i in analysis.voice), ""]
    if analysis.turns:
        counts: dict[str, tuple[list[str], int]] = {}
        for turn in analysis.turns:
            speakers, n = counts.get(turn.label, (turn.speakers, 0))
            counts[turn.label] = (speakers, n + 1)
        rows = [[label, ", ".join(names.get(i, i) for i in speakers) or "—", n] for label, (speakers, n) in counts.items()]
        lines += [*_table(["label", "speaks for", "turns"], rows), ""]
    return lines


def to_markdown(analysis: Analysis) -> str:
    """The structured summary of ``analysis`` as one Markdown document."""
    meta = analysis.meta
    summary = analysis.summary
    names = {a.id: a.name for a in analysis.actors}
    lines = [f"# {meta.title or meta.source or meta.doc_id}", ""]
    byline = []
    if meta.authors:
        byline.append("By " + ", ".join(a.name for a in meta.authors))
    if meta.date:
        byline.append(meta.date)
    if byline:
        lines += ["*" + " · ".join(byline) + "*", ""]
    lines += ["## Gist", "", summary.gist or "(no narrative sentences found)", ""]
    lines += _who_speaks(analysis, names)
    if summary.key_points:
        lines += ["## Key points", ""]
        lines += [f"- {point}" for point in summary.key_points]
        lines.append("")
    if summary.recommendations:
        lines += ["## The author's recommendations", ""]
        lines += [f"{i}. {r}" for i, r in enumerate(summary.recommendations, 1)]
        lines.append("")
    if summary.actor_roles:
        lines += ["## Main actors", ""]
        lines += _table(
            ["actor", "id", "role", "mentions"], [[r.name, r.id, r.role, r.mentions] for r in summary.actor_roles]
        )
        lines.append("")
    highlights = timeline_highlights(summary.timeline, summary.key_sentences, analysis.commitments)
    if highlights:
        lines += ["## Timeline", ""]
        for event in highlights:
            who = ", ".join(names.get(a, a) for a in event.actors)
            flag = " (uncertain)" if event.uncertain else ""
            when = event_when(event, analysis.timexes)
            lines.append(f"- **{when}**{flag} — {event.description}" + (f" *({who})*" if who else ""))
        if len(summary.timeline) > len(highlights):
            lines.append(f"- … {len(summary.timeline) - len(highlights)} more dated references in the JSON output")
        lines.append("")
    if analysis.commitments:
        lines += ["## Commitments", ""]
        rows = [
            [
                ", ".join(names.get(a, a) for a in dict.fromkeys([c.actor or "?", *c.co_actors])),  # all who agreed
                c.kind,
                ("not " if c.negated else "") + c.action,
                c.made or "",
                c.deadline or "",
                c.status,
            ]
            for c in sorted(analysis.commitments, key=lambda c: c.evidence.start)
        ]
        lines += _table(["actor", "kind", "action", "made", "deadline", "status"], rows)
        lines.append("")
    if summary.stances:
        lines += ["## Stances", ""]
        lines += [f"- {s}" for s in summary.stances]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
