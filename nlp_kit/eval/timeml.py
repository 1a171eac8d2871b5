"""TimeML ``.tml`` files (TempEval-3, TimeBank, AQUAINT): read gold timexes, write nlp_kit's.

Reading: a ``.tml`` file gives a ``TimeMLDocument`` with the ``<TEXT>``
content stripped of tags, the creation time (the TIMEX3 whose
``functionInDocument`` is ``CREATION_TIME``) and every in-text TIMEX3 as a
dict ``{start, end, text, type, value, mod, events}`` with offsets into that
text.  ``events`` lists the ``[start, end]`` spans of the EVENTs a TLINK
anchors to that time (``ANCHORING_RELATIONS``: the time includes, overlaps,
begins or ends the event, not merely precedes or follows it), together with
the events an IDENTITY or SIMULTANEOUS TLINK makes the same as one of them:
what nlp_kit's timeline should attach the expression to.

Writing: ``retag_timeml`` gives back a ``.tml`` file with its ``<TEXT>`` tagged
by nlp_kit instead (every tag inside it, and the links that named them,
removed; the rest of the file as it was), the TempEval-3 system output that
the organisers' scorer compares with the gold file; ``timeml_document`` wraps
any text and its timexes as a TimeML document of its own.

Example::

    >>> doc = read_timeml("wsj_0006.tml")          # doctest: +SKIP
    >>> doc.dct, doc.timexes[0]["value"]           # doctest: +SKIP
    ('1989-11-02', '1989-11-02')
    >>> timex3({"id": "t1", "type": "DATE", "value": "199X", "mod": "START", "anchor": None})
    '<TIMEX3 tid="t1" type="DATE" value="199" mod="START" temporalFunction="false" functionInDocument="NONE">'
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from nlp_kit.errors import InputNotFound, UnreadableInput


@dataclass
class TimeMLDocument:
    """One TimeML document: its TEXT, creation time and gold TIMEX3 annotations."""

    doc_id: str
    text: str
    dct: str | None
    timexes: list[dict] = field(default_factory=list)


def _iso_date(value: str | None) -> str | None:
    """TimeML DCT values come as ``1998-08-07``, ``19980807`` or ``1998-08-07T06:18``: keep the date."""
    if not value:
        return None
    value = value.strip()
    if len(value) >= 8 and value[:8].isdigit():
        return f"{value[:4]}-{value[4:6]}-{value[6:8]}"
    return value[:10]


def read_timeml(path: str | Path) -> TimeMLDocument:
    """Parse one ``.tml`` file; raise ``InputNotFound``/``UnreadableInput`` naming it."""
    path = Path(path)
    if not path.is_file():
        raise InputNotFound("TimeML file not found; pass a .tml file or a directory of them", path=path)
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise UnreadableInput(f"not well-formed TimeML XML ({exc}); fix or remove the file", path=path) from exc
    dct = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = _iso_date(timex.get("value"))
            break
    text_el = root.find("TEXT")
    if text_el is None:
        raise UnreadableInput("TimeML file has no <TEXT> element", path=path)
    parts: list[str] = []
    timexes: list[dict] = []
    events: dict[str, tuple[int, int]] = {}
    offset = 0

    def walk(el: ET.Element) -> None:
        nonlocal offset
        start = offset
        if el.text:
            parts.append(el.text)
            offset += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                offset += len(child.tail)
        if el.tag == "EVENT" and el.get("eid"):
            events[el.get("eid")] = (start, offset)
        if el.tag == "TIMEX3" and el.get("functionInDocument") != "CREATION_TIME":
            timexes.append(
                {
                    "id": el.get("tid"),
                    "start": start,
                    "end": offset,
                    "type": el.get("type"),
                    "value": el.get("value"),
                    "mod": el.get("mod"),
                }
            )

    walk(text_el)
    text = "".join(parts)
    anchored = _anchored_events(root, events)
    for timex in timexes:
        timex["text"] = text[timex["start"] : timex["end"]]
        timex["events"] = [list(span) for span in sorted(anchored.get(timex["id"], ()))]
    doc_id_el = root.find("DOCID")
    doc_id = doc_id_el.text.strip() if doc_id_el is not None and doc_id_el.text else path.stem
    return TimeMLDocument(doc_id=doc_id, text=text, dct=dct, timexes=timexes)


ANCHORING_RELATIONS = frozenset(
    {"IS_INCLUDED", "INCLUDES", "DURING", "DURING_INV", "SIMULTANEOUS", "IDENTITY", "BEGINS", "ENDS", "BEGUN_BY",
     "ENDED_BY"}
)
"""TLINK relTypes by which a time dates an event; BEFORE, AFTER, IBEFORE and IAFTER only order them."""


def _anchored_events(root: ET.Element, events: dict[str, tuple[int, int]]) -> dict[str, set[tuple[int, int]]]:
    """Time id -> spans of the events TLINKs anchor to it, with the events IDENTITY or SIMULTANEOUS
    links make the same as those (TimeBank links a time to one of several mentions of one event)."""
    instance = {m.get("eiid"): events.get(m.get("eventID", "")) for m in root.iter("MAKEINSTANCE")}
    anchored: dict[str, set[tuple[int, int]]] = {}
    same: dict[tuple[int, int], set[tuple[int, int]]] = {}
    for link in root.iter("TLINK"):
        relation = link.get("relType")
        if relation not in ANCHORING_RELATIONS:
            continue
        source, target = (instance.get(link.get(key) or "") for key in ("eventInstanceID", "relatedToEventInstance"))
        if source is not None and target is not None:
            if relation in ("IDENTITY", "SIMULTANEOUS"):
                same.setdefault(source, set()).add(target)
                same.setdefault(target, set()).add(source)
        elif source is not None and link.get("relatedToTime"):
            anchored.setdefault(link.get("relatedToTime"), set()).add(source)
        elif target is not None and link.get("timeID"):
            anchored.setdefault(link.get("timeID"), set()).add(target)
    return {time: spans | {o for span in spans for o in same.get(span, ())} for time, spans in anchored.items()}


def read_timeml_dir(path: str | Path) -> list[TimeMLDocument]:
    """All ``.tml`` files under ``path`` (recursively, sorted), or the one file ``path`` names."""
    return [read_timeml(p) for p in timeml_files(path)]


def timeml_files(path: str | Path) -> list[Path]:
    """The ``.tml`` files under ``path`` (recursively, sorted; macOS ``._`` copies skipped), or the one file
    ``path`` names."""
    path = Path(path)
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise InputNotFound("no such file or directory; pass a .tml file or a directory of them", path=path)
    files = sorted(p for p in path.rglob("*.tml") if not p.name.startswith("._"))
    if not files:
        raise InputNotFound("directory holds no .tml files", path=path)
    return files


# --- writing ---------------------------------------------------------------

_LINKS = re.compile(r"[ \t]*<(?:MAKEINSTANCE|TLINK|SLINK|ALINK)\b[^>]*/>[ \t]*\n?")
_TEXT = re.compile(r"(<TEXT\b[^>]*>)(.*?)(</TEXT>)", re.DOTALL)


def timeml_value(value: str) -> str:
    """A value in TimeML 1.2.1's own notation: a decade is written with three digits (``199X`` -> ``199``);
    every other nlp_kit value is already TimeML's."""
    if len(value) == 4 and value[:3].isdigit() and value[3] == "X":
        return value[:3]
    return value


def timex3(timex: dict[str, Any]) -> str:
    """The opening TIMEX3 tag of one nlp_kit timex (a ``TimeExpression`` as a dict): what it was resolved
    from becomes ``anchorTimeID`` (the creation time is ``t0``)."""
    attributes = {"tid": timex["id"], "type": timex["type"], "value": timeml_value(timex["value"])}
    if timex.get("mod"):
        attributes["mod"] = timex["mod"]
    anchor = timex.get("anchor")
    attributes["temporalFunction"] = "true" if anchor else "false"
    attributes["functionInDocument"] = "NONE"
    if anchor:
        attributes["anchorTimeID"] = "t0" if anchor == "DCT" else anchor
    return "<TIMEX3 " + " ".join(f"{name}={quoteattr(value)}" for name, value in attributes.items()) + ">"


def tag_text(text: str, timexes: list[dict[str, Any]]) -> str:
    """``text`` escaped for XML with a TIMEX3 element around each timex (offsets into ``text``); a timex that
    overlaps one already tagged is left out, as TimeML does not nest them."""
    out: list[str] = []
    position = 0
    for timex in sorted(timexes, key=lambda t: (t["start"], -t["end"])):
        if timex["start"] < position or timex["end"] <= timex["start"]:
            continue
        out += [escape(text[position : timex["start"]]), timex3(timex),
                escape(text[timex["start"] : timex["end"]]), "</TIMEX3>"]
        position = timex["end"]
    out.append(escape(text[position:]))
    return "".join(out)


def retag_timeml(path: str | Path, timexes: list[dict[str, Any]]) -> str:
    """The ``.tml`` file at ``path`` with nlp_kit's timexes (offsets into ``read_timeml(path).text``) as the
    only tags inside ``<TEXT>``; the creation time and everything else outside ``<TEXT>`` are kept, the
    event instances and links (which named the removed tags) dropped."""
    path = Path(path)
    document = read_timeml(path)  # checks the file and gives the text the offsets count in
    raw = path.read_text(encoding="utf-8")
    match = _TEXT.search(raw)
    if match is None:  # "<TEXT/>": read_timeml accepted it, so it is empty
        raise UnreadableInput("TimeML file has an empty <TEXT> element", path=path)
    body = match.group(1) + tag_text(document.text, timexes) + match.group(3)
    return _LINKS.sub("", raw[: match.start()]) + body + _LINKS.sub("", raw[match.end() :])


def timeml_document(doc_id: str, text: str, dct: str | None, timexes: list[dict[str, Any]]) -> str:
    """A TimeML document of its own for ``text`` and its timexes, with the creation time when known."""
    dct_element = (
        f'<DCT><TIMEX3 tid="t0" type="DATE" value={quoteattr(dct)} temporalFunction="false" '
        f'functionInDocument="CREATION_TIME">{escape(dct)}</TIMEX3></DCT>\n'
        if dct else ""
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n'
        f"<DOCID>{escape(doc_id)}</DOCID>\n{dct_element}<TEXT>{tag_text(text, timexes)}</TEXT>\n</TimeML>\n"
    )
