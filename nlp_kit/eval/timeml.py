"""Read TimeML ``.tml`` files (TempEval-3, TimeBank, AQUAINT) into gold timexes.

Input: a ``.tml`` file.  Output: a ``TimeMLDocument`` with the ``<TEXT>``
content stripped of tags, the creation time (the TIMEX3 whose
``functionInDocument`` is ``CREATION_TIME``) and every in-text TIMEX3 as a
dict ``{start, end, text, type, value, mod}`` with offsets into that text.

Example::

    >>> doc = read_timeml("wsj_0006.tml")          # doctest: +SKIP
    >>> doc.dct, doc.timexes[0]["value"]           # doctest: +SKIP
    ('1989-11-02', '1989-11-02')
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

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
    for timex in timexes:
        timex["text"] = text[timex["start"] : timex["end"]]
    doc_id_el = root.find("DOCID")
    doc_id = doc_id_el.text.strip() if doc_id_el is not None and doc_id_el.text else path.stem
    return TimeMLDocument(doc_id=doc_id, text=text, dct=dct, timexes=timexes)


def read_timeml_dir(path: str | Path) -> list[TimeMLDocument]:
    """All ``.tml`` files under ``path`` (recursively, sorted), or the one file ``path`` names."""
    path = Path(path)
    if path.is_file():
        return [read_timeml(path)]
    if not path.is_dir():
        raise InputNotFound("no such file or directory; pass a .tml file or a directory of them", path=path)
    files = sorted(p for p in path.rglob("*.tml") if not p.name.startswith("._"))
    if not files:
        raise InputNotFound("directory holds no .tml files", path=path)
    return [read_timeml(p) for p in files]
