"""Markdown with YAML front matter -> metadata dict and plain text.

Statements exported from websites arrive as Markdown (often written by
pandoc): a ``---`` YAML block with title/date/source_url, then a hard-wrapped
body with backslash escapes (``\\###``), emphasis, links and ``##`` headings.
``split_front_matter`` parses the YAML block; ``markdown_to_text`` renders
the body as plain text the way a reader sees it: one line per paragraph,
markup removed, and the offsets of the lines that were Markdown headings.

Example::

    >>> text, headings = markdown_to_text("## Trade\\n\\nThe leaders *agreed* to\\ncut tariffs.")
    >>> text, headings
    ('Trade\\n\\nThe leaders agreed to cut tariffs.', ((0, 5),))
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from nlp_kit.errors import UnreadableInput

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(?P<text>.*?)(?:\s+#+)?\s*$")
_EMPHASIS_LINE = re.compile(r"^(\*{1,3}|_{1,3})(?P<text>[^*_].*?)\1$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}\\?[.)])\s+")
_IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_AUTOLINK = re.compile(r"<(?P<url>(?:https?|mailto):[^>\s]+)>")
_STRONG = re.compile(r"(\*\*\*|\*\*|___|__)(?=\S)(?P<text>.+?)(?<=\S)\1")
_EM = re.compile(r"(?<![\w*])([*_])(?=\S)(?P<text>[^*_]+?)(?<=\S)\1(?![\w*])")
_STRAY_STRONG = re.compile(r"(?<!\\)(?:\*{2,3}|_{2,3})")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~<>\"'$&])")
_HARD_BREAK = re.compile(r"\\$| {2,}$")
_SPACES = re.compile(r"[ \t\u00a0]+")


def split_front_matter(text: str, *, path: str | None = None) -> tuple[dict[str, Any], str]:
    """Parse a leading ``---`` YAML block; return (metadata, body). No block -> ({}, text).

    Raises ``UnreadableInput`` naming the file when the YAML is malformed.
    """
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    try:
        meta = yaml.safe_load(m.group("yaml")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise UnreadableInput(f"malformed YAML front matter{where}: fix or remove the --- block", path=path) from None
    if not isinstance(meta, dict):
        raise UnreadableInput("front matter is not a YAML mapping of field: value", path=path)
    return meta, text[m.end():]


def _inline(text: str) -> str:
    text = _IMAGE.sub(lambda m: m.group("alt"), text)
    text = _LINK.sub(lambda m: m.group("text"), text)
    text = _AUTOLINK.sub(lambda m: m.group("url"), text)
    text = _STRONG.sub(lambda m: m.group("text"), text)
    text = _EM.sub(lambda m: m.group("text"), text)
    text = _STRAY_STRONG.sub("", _HTML_TAG.sub("", text))
    text = _ESCAPE.sub(r"\1", text)
    return _SPACES.sub(" ", text).strip()


def markdown_to_text(body: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Render a Markdown body as plain text: paragraphs joined into one line each,
    separated by a blank line; list items keep their own lines.

    Returns the text and the (start, end) offsets of heading lines in it.
    """
    paragraphs: list[tuple[str, str]] = []
    current: list[str] = []
    in_item = False

    def flush() -> None:
        if current:
            joined = _inline(" ".join(current))
            if joined:
                paragraphs.append((joined, "item" if in_item else "paragraph"))
            current.clear()

    for raw in body.split("\n"):
        line = raw.rstrip()
        if not line.strip(" \t\u00a0"):
            flush()
            in_item = False
            continue
        atx = _ATX.match(line)
        emphasis = None if current else _EMPHASIS_LINE.match(line.strip())
        if atx or (emphasis and _is_heading_like(emphasis.group("text"))):
            flush()
            heading = _inline((atx or emphasis).group("text"))
            if heading:
                paragraphs.append((heading, "heading"))
            continue
        if _LIST_ITEM.match(line):
            flush()
            in_item = True
        current.append(_HARD_BREAK.sub("", line.strip()))
        if not in_item and _HARD_BREAK.search(line):
            flush()
    flush()

    out: list[str] = []
    headings: list[tuple[int, int]] = []
    pos = 0
    previous = None
    for text, kind in paragraphs:
        if out:
            # List items stay on consecutive lines so none reads as a lone heading.
            separator = "\n" if kind == previous == "item" else "\n\n"
            out.append(separator)
            pos += len(separator)
        if kind == "heading":
            headings.append((pos, pos + len(text)))
        out.append(text)
        pos += len(text)
        previous = kind
    return "".join(out), tuple(headings)


def _is_heading_like(text: str) -> bool:
    """A bold-only line is a heading unless it is a lead-in ("We will:") or a sentence."""
    text = text.strip(" *_")
    return bool(text) and text[-1] not in ".,;:" and len(text.split()) <= 18
