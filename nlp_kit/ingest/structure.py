"""Plain-text structure: title line, section headings, bylines, author bios, credits.

Policy texts arrive as plain text with their furniture still in it: a title
line, short section headings between paragraphs, "By ..." bylines, author
bios after the last paragraph and an "Image: ..." credit.  ``detect_structure``
finds them with the patterns in ``nlp_kit/data/ingest/structure.yaml`` and
returns them as regions (offsets into the text) plus the metadata they carry,
so later stages can skip them and the analysis can report who wrote what.

Example::

    >>> s = detect_structure("Turkey opened talks.\\nA Way Forward\\nAnkara should act.\\n"
    ...                      "Jane Doe is a senior fellow at the Atlantic Council.")
    >>> [r.kind for r in s.regions], s.authors[0].affiliation
    (['heading', 'author_bio'], 'Atlantic Council')
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

from nlp_kit.doctext import doc_text
from nlp_kit.schema import Author, Region, RegionKind, TextSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Tokens that open a list item on a line of their own ("- Egypt, Ethiopia and Sudan should ...").
LIST_MARKERS = frozenset({"-", "*", "•", "–"})
# A transcript's speaker label opening a line: "Asia Policy Review:", "MS BRUCE:", "Foreign Minister Wang Yi:",
# and a parliamentary record's "1. Sarah Holloway (Bristol North East) (Lab):", "The Minister for Africa (Daniel
# Okafor):" (a question's number, then name and office, with up to three bracketed parts).
_LABEL_WORDS = 5
_LABEL_BRACKETS = 3
_LABEL_BRACKET_TOKENS = 8
_LABEL_CONNECTORS = frozenset({"for", "of", "the", "and"})
# Abbreviated honorifics a label may open with ("Ms. Shea (United States of America):", "Rep. Adam Schiff:");
# not "Inc." or "Ltd." of a company's name.
_HONORIFIC = re.compile(r"^(?:Mr|Ms|Mrs|Dr|Rep|Sen|Amb|Gen|Prof|Hon|MR|MS|MRS|DR)\.$")
_LABELLED_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?:\d{1,3}\.[ \t]+|[-*•][ \t]+(?=[A-Z][A-Z .'’&-]{1,60}:))?"
    r"([A-Z][\w.'’ -]{0,60}(?:[ \t]*\([^()\n]{1,60}\)){0,3}):[ \t]+\S"
)  # a bullet only before a label in capitals: a factbox's "* QATAR: Pledged $500 million ..."


def speaker_labels(doc: Doc) -> list[tuple[int, int]]:
    """``(first token, first token said)`` of each speaker label opening a line ("Sugiono: ...", "MS BRUCE:
    ..."), in text order; found in the text first, as most documents have none. A label none of whose lines
    says anything (a clause of a few words with a finite verb) opens a record's fields, not turns: a
    tracker's "Verdict: Kept" and "Made: June 2021, at the G7 summit" (kept when the Doc has no tags)."""
    found = []
    for line in _LABELLED_LINE.finditer(doc_text(doc)):
        span = doc.char_span(line.start(1), line.start(1) + 1, alignment_mode="expand")
        if span is not None and (said := turn_label_end(doc, span.start)) is not None:
            found.append((span.start, said))
    if not doc.has_annotation("TAG"):
        return found
    speaking = {doc[first:said - 1].text for first, said in found if _says_something(doc, said)}
    return [(first, said) for first, said in found if doc[first:said - 1].text in speaking]


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_FIELD_VALUE_WORDS = 3


def _says_something(doc: Doc, said: int) -> bool:
    """Whether the line said after a label at token ``said`` holds a clause, at least a few words one of which is
    a finite verb ("It has not been implemented"), or a question ("And Italy?"); not a field's value ("Kept",
    "June 2021, at the G7 summit")."""
    line = []
    for token in doc[said:]:
        line.append(token)
        if "\n" in token.whitespace_ or "\n" in token.text:
            break
    words = [t for t in line if t.is_alpha]
    asked = any(t.text == "?" for t in line)  # "Q: And Italy?"
    return asked or len(words) >= _FIELD_VALUE_WORDS and any(t.tag_ in _FINITE for t in words)


# A letter's closing on a line of its own, the signatories on the lines under it ("Yours sincerely,").
LETTER_CLOSING = re.compile(
    r"(?m)^[ \t]*(?:Yours(?: very)? (?:sincerely|faithfully|truly)|Sincerely(?: yours)?|Respectfully)[,.]?[ \t]*$"
)


# A release's dateline in title case opening a paragraph: "Washington, DC: An IMF staff team ...", "Geneva,
# Switzerland: ...", "(Berlin) – The authorities ..."; or a place in capitals with its date before a dash,
# "WASHINGTON, June 12, 2025 — The World Bank's Board ...". Group 1, 2 or 3 is the place.
RELEASE_DATELINE = re.compile(
    r"(?m)^[ \t]*(?:([A-Z][a-z]+(?: [A-Z][a-z]+)*, (?:[A-Z]{2}|D\.C\.|[A-Z][a-z]+(?: [A-Z][a-z]+)?)):[ \t]"
    r"|\(([A-Z][a-z]+(?: [A-Z][a-z]+)*)\)[ \t]*(?:—|–|-|--)[ \t]"
    r"|([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*),(?: [A-Z][a-z]+\.?)? [A-Z][a-z]+\.? \d{1,2}(?:, \d{4})?[ \t]*(?:—|–|--)[ \t])"
)


def release_dateline_end(doc: Doc, start: int) -> int | None:
    """The index of the first token after a release's dateline (``RELEASE_DATELINE``) opening a line at token
    ``start``, else None: what follows is the first sentence, the dateline no part of it. Only the line's first
    ``_DATELINE_TOKENS`` tokens are read (``doc.text`` would rebuild the whole text at every line)."""
    words = itertools.takewhile(lambda t: "\n" not in t.text, doc[start : start + _DATELINE_TOKENS])
    match = RELEASE_DATELINE.match("".join(t.text_with_ws for t in words))
    if match is None:
        return None
    end = doc[start].idx + match.end()
    return next((t.i for t in doc[start:] if t.idx >= end and not t.is_space), None)


_DATELINE_TOKENS = 16  # a release's dateline and the word after it: "Geneva, Switzerland: The"


def turn_label_end(doc: Doc, start: int) -> int | None:
    """The index of the first token said after a transcript's speaker label opening at ``start`` ("Sugiono:
    It has not been implemented", "MS BRUCE: Good afternoon", "Q: Did China agree?"), or None when no label
    opens there: one to five capitalised or upper-case words and a colon, with words after it on its line."""
    if start + 2 < len(doc) and (doc[start].like_num and doc[start + 1].text == "." or doc[start].text[:-1].isdigit()
                                 and doc[start].text.endswith(".")):
        start += 1 if doc[start].text.endswith(".") else 2  # "1. Sarah Holloway (...):", a numbered question
    i, words = start, 0
    while i < len(doc) and words < _LABEL_WORDS:
        if (doc[i].is_title or doc[i].is_upper) and (doc[i].is_alpha or _HONORIFIC.match(doc[i].text)):
            words += 1  # "Ms. Shea (United States of America):", "MR. MILLER:"
            if (doc[i].is_alpha and not doc[i].whitespace_ and i + 1 < len(doc) and doc[i + 1].text == "."
                    and _HONORIFIC.match(doc[i].text + ".")):
                i += 1  # "MS. BENNETT:", where the tokenizer splits "MS" from its dot
        elif words and doc[i].text == "-" and not doc[i - 1].whitespace_ and i + 1 < len(doc) and (
            doc[i + 1].is_upper or doc[i + 1].is_title
        ) and not doc[i].whitespace_:
            pass  # a hyphenated name: "LEE JAE-MYUNG:", "Jean-Yves Le Drian:"
        elif not (words and doc[i].lower_ in _LABEL_CONNECTORS and i + 1 < len(doc) and doc[i + 1].is_title):
            break  # "The Minister for Africa": a connector only between capitalised words
        i += 1
    if words:
        i = _after_brackets(doc, i)
    if i == start or i >= len(doc) - 1 or doc[i].text not in (":", "):") or "\n" in doc[i].whitespace_:
        return None
    following = doc[i + 1]
    return following.i if not following.is_space and following.text not in ("//",) else None


def _after_brackets(doc: Doc, i: int) -> int:
    """The index after the bracketed parts of a label that open at ``i`` ("(Bristol North East) (Lab)",
    "(Daniel Okafor)"), each on one line and at most a few tokens long; ``i`` when none opens there."""
    for _ in range(_LABEL_BRACKETS):
        if i >= len(doc) or doc[i].text != "(":
            break
        close = next(
            (j for j in range(i + 1, min(i + 1 + _LABEL_BRACKET_TOKENS, len(doc))) if doc[j].text in (")", "):")), None
        )
        if close is None or any("\n" in t.text or "\n" in t.whitespace_ for t in doc[i:close]):
            break
        if doc[close].text == "):":
            return close  # the tokenizer keeps "):" whole: the bracket closes and the label ends
        i = close + 1
    return i


# Lines a reader never takes for a heading: bullets and numbered list items.
_LIST_ITEM = re.compile(r"^(?:[-*•▪◦–]\s|\(?\d{1,3}[.)]\s+[a-z])")
_WORD = re.compile(r"[^\W_][\w'’.&-]*")
_ORG_TOKEN = re.compile(r"[^\s,;()]+|[,;()]")
_BAD_NAME_WORDS = frozenset(
    "the this that these those it he she they we our his her its their there here "
    "today yesterday president prime minister".split()
)
_ORG_CONNECTORS = frozenset("of for and on the de & du des la le y und".split())
# A full stop after a lower-case word, then a capital: "... in 2019. She ..."
_SENTENCE_END = re.compile(r"[a-z0-9]{2}[.!?][\"”’]?(?:\s+[A-Z]|\s*$)")
_CLAUSE_SPLIT = re.compile(r";\s*|,?\s+and\s+(?=(?:the|a|an|also|is|was)\s)")
# Short lines (kicker, breadcrumbs) a web page may put above its title.
_MAX_KICKER_LINES = 3
_PARENTHESES = re.compile(r"\s*\([^)]*\)")
_NAME_SPLIT = re.compile(r"\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s*&\s*")


@dataclass(frozen=True)
class _Rules:
    heading: dict[str, Any]
    title: dict[str, Any]
    minor_words: frozenset[str]
    non_final: str
    sentence_final: str
    bylines: tuple[re.Pattern[str], ...]
    bio: re.Pattern[str]
    roles: frozenset[str]
    role_window: int
    prepositions: tuple[re.Pattern[str], ...]
    particles: frozenset[str]
    honorifics: frozenset[str]
    abbreviations: frozenset[str]
    bio_max_chars: int
    bio_max_sentences: int
    credits: tuple[re.Pattern[str], ...]
    boilerplate: tuple[re.Pattern[str], ...]
    datelines: tuple[re.Pattern[str], ...]
    inline_datelines: tuple[re.Pattern[str], ...]


@cache
def rules() -> _Rules:
    """The structure patterns, loaded once from ``data/ingest/structure.yaml``."""
    raw = yaml.safe_load(resources.files("nlp_kit").joinpath("data/ingest/structure.yaml").read_text("utf-8"))
    bio = raw["author_bio"]
    verbs = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(bio["verbs"], key=len, reverse=True))
    return _Rules(
        heading=raw["heading"],
        title=raw["title"],
        minor_words=frozenset(raw["heading"]["minor_words"]),
        non_final=raw["non_final_punctuation"],
        sentence_final=raw["sentence_final"],
        bylines=tuple(re.compile(p) for p in raw["byline"]),
        bio=re.compile(rf"^(?P<names>.+?)\s+(?P<verb>{verbs})\s+(?P<rest>.+)$"),
        roles=frozenset(r.lower() for r in bio["roles"]),
        role_window=int(bio["role_window"]),
        prepositions=tuple(re.compile(rf"\b{re.escape(p)}\s+") for p in bio["affiliation_prepositions"]),
        particles=frozenset(bio["name_particles"]),
        honorifics=frozenset(bio["honorifics"]),
        abbreviations=frozenset(bio["abbreviations"]),
        bio_max_chars=int(bio["max_chars"]),
        bio_max_sentences=int(bio["max_sentences"]),
        credits=tuple(re.compile(p, re.IGNORECASE) for p in raw["image_credit"]),
        boilerplate=tuple(re.compile(p) for p in raw["boilerplate"]),
        datelines=tuple(re.compile(p) for p in raw.get("dateline") or ()),
        inline_datelines=tuple(re.compile(p) for p in raw.get("inline_dateline") or ()),
    )


@dataclass
class Structure:
    """What ``detect_structure`` found: regions in text order and their metadata."""

    regions: list[Region] = field(default_factory=list)
    sections: list[TextSpan] = field(default_factory=list)
    authors: list[Author] = field(default_factory=list)
    title: str | None = None
    image_credit: str | None = None
    date: str | None = None  # ISO date from a dateline under the title or byline


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str
    blank_before: bool
    blank_after: bool


def _lines(text: str) -> list[_Line]:
    """Non-blank lines with stripped offsets and whether a blank line surrounds them."""
    raw_lines = text.split("\n")
    out: list[_Line] = []
    pos = 0
    blank_before = True
    for i, raw in enumerate(raw_lines):
        stripped = raw.strip()
        if stripped:
            start = pos + len(raw) - len(raw.lstrip())
            after = i + 1 >= len(raw_lines) or not raw_lines[i + 1].strip()
            out.append(_Line(start, start + len(stripped), stripped, blank_before, after))
            blank_before = False
        else:
            blank_before = True
        pos += len(raw) + 1
    return out


def is_title_case(line: str) -> bool:
    """True for "Thawing a Frozen Conflict" or "DEFENCE & SECURITY", false for a sentence."""
    r = rules()
    words = _WORD.findall(line)
    if not words or not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    letters = [c for c in line if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return True
    content = [w for w in words if w.lower() not in r.minor_words]
    if not content:
        return False
    capitalised = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    return capitalised / len(content) >= r.heading["min_capitalised"]


# A transcript's turn opening a line, never a heading however short: "Q: And Italy?", "MR. MILLER: Go ahead.",
# "Richard Ashworth (Harrogate North) (Con): ..." (a label in capitals, or one with bracketed parts).
_TRANSCRIPT_TURN = re.compile(r"^(?:[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){0,4}|[^:()\n]{1,60}(?:\s*\([^()\n]{1,60}\)){1,3}):\s+\S")


def _looks_like_heading(line: str) -> bool:
    r = rules()
    return (
        len(line) <= r.heading["max_chars"]
        and len(line.split()) <= r.heading["max_words"]
        and line[-1] not in r.non_final
        and not _LIST_ITEM.match(line)
        and not _TRANSCRIPT_TURN.match(line)
        and is_title_case(line)
    )


def _looks_like_title(line: str) -> bool:
    r = rules()
    return (
        len(line) <= r.title["max_chars"]
        and len(line.split()) <= r.title["max_words"]
        and line.rstrip("\"”’')]")[-1:] not in r.non_final  # 'said it would "defend its security."' is a sentence
        and (line[0].isupper() or line[0].isdigit() or line[0] in "\"“‘'")
        and not _LIST_ITEM.match(line)
    )


def person_names(names: str) -> list[str] | None:
    """Split "Jane Doe and John Roe" into person names; None if any part is not a name.

    A name has two to five words, each capitalised or a particle ("Jaap de Hoop").
    """
    r = rules()
    names = _PARENTHESES.sub("", names)
    parts = [p.strip() for p in _NAME_SPLIT.split(names.strip()) if p.strip()]
    if not parts:
        return None
    for i, part in enumerate(parts):
        tokens = part.split()
        while tokens and tokens[0] in r.honorifics:
            tokens = tokens[1:]
        parts[i] = " ".join(tokens)
        if not 2 <= len(tokens) <= 5:
            return None
        for token in tokens:
            if token.lower() in _BAD_NAME_WORDS:
                return None
            if token.lower() in r.particles:
                continue
            if not (token[0].isupper() and all(c.isalpha() or c in ".-'’" for c in token)):
                return None
    return parts


def _leading_org(text: str) -> str | None:
    """The capitalised name that opens ``text``: "the Atlantic Council and a ..." -> "Atlantic Council"."""
    abbreviations = rules().abbreviations
    start = end = None
    for m in _ORG_TOKEN.finditer(text):
        token = m.group()
        if token[0].isupper() or token[0].isdigit():
            if start is None:
                start = m.start()
            end = m.end()
            if token.endswith(".") and token not in abbreviations and "." not in token[:-1] and len(token) > 2:
                break  # the sentence ends here
        elif start is None and token.lower() == "the":
            continue
        elif start is not None and (token.lower() in _ORG_CONNECTORS or token == ","):
            continue
        else:
            break
    return text[start:end].rstrip(".") if start is not None else None


def bio_affiliation(rest: str) -> str | None:
    """Organisations named in a bio's role clauses, joined by "; ".

    "an associate professor at the X School, University of Y, and the director
    of programs at the Z Center" -> "X School, University of Y; Z Center".
    """
    r = rules()
    found: list[str] = []
    for clause in _CLAUSE_SPLIT.split(rest.rstrip(". ")):
        for prep in r.prepositions:
            org = None
            for m in prep.finditer(clause):
                before = clause[: m.start()].split()
                if before and before[-1][0].isupper():
                    continue  # "Ministry of Climate": the preposition is inside a name
                org = _leading_org(clause[m.end():])
                if org:
                    break
            if org:
                if org not in found:
                    found.append(org)
                break
    return "; ".join(found) or None


def parse_bio(line: str) -> list[Author] | None:
    """Authors described by a bio line, or None when the line is not a bio.

    "Nigar Göksel is the Turkey director of the International Crisis Group."
    -> [Author(name="Nigar Göksel", affiliation="International Crisis Group", bio=...)]
    """
    r = rules()
    if len(line) > r.bio_max_chars or len(_SENTENCE_END.findall(line)) >= r.bio_max_sentences + 1:
        return None
    m = r.bio.match(line)
    if not m:
        return None
    names = person_names(m.group("names"))
    if not names:
        return None
    window = [w.lower().strip(",.") for w in m.group("rest").split()[: r.role_window]]
    if not any(w in r.roles for w in window):
        return None
    affiliation = bio_affiliation(m.group("rest"))
    return [Author(name=n, affiliation=affiliation, bio=line) for n in names]


def image_credit(line: str) -> str | None:
    """The credited source of an "Image: ..." / "Photo credit: ..." line, else None."""
    for pattern in rules().credits:
        m = pattern.match(line)
        if m:
            return m.group("credit").strip().rstrip(".").strip() or None
    return None


def _byline(line: str) -> tuple[list[str], str | None] | None:
    for pattern in rules().bylines:
        m = pattern.match(line)
        if m:
            names = person_names(m.group("names"))
            if names:
                affiliation = m.groupdict().get("affiliation")
                return names, affiliation.strip() if affiliation else None
    return None


def dateline(line: str) -> str | None:
    """The ISO date of a line that holds only a publication date ("January 12, 2024", "Published:
    12 Jan 2024"), else None."""
    date = _matched_date(rules().datelines, line.strip())
    if date is not None:
        return date
    fields = [f.strip() for f in _FIELD_SEPARATOR.split(line.strip())]
    if len(fields) < 2 or any(len(f.split()) > _FIELD_WORDS for f in fields):
        return None
    # "Commentary | Latin America Programme | 16 December 2024", "Made on: 11 March 2025 | Minister for
    # Development": a line of short fields, one of them a dateline
    dates = [d for f in fields if (d := dateline(f)) is not None]
    return dates[0] if len(dates) == 1 else None


_FIELD_SEPARATOR = re.compile(r"\s+[|·]\s+")
_FIELD_WORDS = 8


def _stands_alone(line: _Line, following: _Line, block_mode: bool, *, title: bool = False) -> bool:
    """Whether ``line`` is a paragraph of its own rather than the start of a wrapped one.

    In text with blank lines between paragraphs it must be set off by blank
    lines, or be followed by a dateline, byline or subtitle that is ("Speech by ..."
    over "Sydney, May 14, 2026"; "Alliance for Renewal — Election Programme 2026"
    over "Chapter 6: A European Moldova, at peace", for a ``title`` only); in
    one-paragraph-per-line text the next line must open a sentence.
    """
    if block_mode:
        under = following.blank_after and (
            dateline(following.text) is not None or _byline(following.text) is not None
            or title and _is_subtitle(following.text)
        )
        return line.blank_before and (line.blank_after or under)
    return following.text[0].isupper() or following.text[0].isdigit() or following.text[0] in "\"“‘'"


_SUBTITLE_WORDS = 12
_LABEL_WORDS = 5


def _labels_a_dateline(lines: list[_Line]) -> bool:
    """Whether the two lines under a title are a short label and a dateline set off below ("News analysis" over
    "BOGOTÁ, Aug. 1, 2024", "Office of the Spokesperson" over "March 18, 2025")."""
    if len(lines) < 2:
        return False
    label, date = lines
    return (
        not label.blank_before and not label.blank_after and date.blank_after
        and len(label.text.split()) <= _LABEL_WORDS and label.text[-1] not in rules().sentence_final
        and not any(c.isdigit() or c == ":" for c in label.text) and dateline(date.text) is not None
        # "House of Commons" over "Opposition Day Motion: Sudan": a heading with a colon is the title's own line
    )


_DATELINE_LINES = 8  # how far down the first paragraph may start under lines that head the text
_DATELINE_CHARS = 4000


def _matched_date(patterns: tuple[re.Pattern[str], ...], line: str) -> str | None:
    """The ISO date of the group ``date`` of the first of ``patterns`` that matches ``line``, else None."""
    from nlp_kit.ingest.readers import iso_date  # readers imports this module

    m = next((m for pattern in patterns if (m := pattern.match(line))), None)
    return iso_date(m.group("date")) if m else None


def _opening_dateline(lines: list[_Line]) -> tuple[str, str] | None:
    """(place as written, ISO date) of the dateline opening the first of ``lines``' paragraphs that has one
    ("CHISINAU, 29 September 2025 – The ...", ``inline_dateline``), at most ``_DATELINE_LINES`` lines down."""
    for line in lines[:_DATELINE_LINES]:
        if line.blank_before and (date := _matched_date(rules().inline_datelines, line.text)) is not None:
            return line.text.split(",", 1)[0].strip(), date
    return None


def opening_dateline_place(text: str) -> str | None:
    """The place of the dateline that opens one of the first paragraphs of ``text``, as written ("CHISINAU" in
    "CHISINAU, 29 September 2025 – The ..."), or None."""
    opening = _opening_dateline(_lines(text[:_DATELINE_CHARS]))  # the head of the text only
    return opening[0] if opening is not None else None


def _is_subtitle(line: str) -> bool:
    """A short line under a title that is no sentence: "Chapter 6: A European Moldova, at peace"."""
    return (
        _looks_like_title(line)
        and dateline(line) is None
        and _byline(line) is None
        and len(line.split()) <= _SUBTITLE_WORDS
        and line[-1] not in rules().sentence_final
        and is_title_case(line.split(":", 1)[0])
    )


def _is_boilerplate(line: str) -> bool:
    return any(p.match(line) for p in rules().boilerplate)


def detect_structure(
    text: str,
    *,
    headings: tuple[tuple[int, int], ...] = (),
    title_hint: str | None = None,
) -> Structure:
    """Find the non-narrative lines of a plain text and the metadata they carry.

    ``headings`` are (start, end) offsets already known to be headings (e.g.
    Markdown ``##`` lines); ``title_hint`` is a title from metadata, so a first
    line repeating it is recognised even when it is not title-like.
    """
    r = rules()
    lines = _lines(text)
    structure = Structure()
    if not lines:
        return structure
    kinds: dict[int, RegionKind] = {}
    known = set(headings)

    # Trailing furniture: credits, bios and end markers after the last paragraph.
    first_tail = len(lines)
    for i in range(len(lines) - 1, 0, -1):
        line = lines[i].text
        credit = image_credit(line)
        bio = None if credit else parse_bio(line)
        if credit:
            kinds[i] = "image_credit"
            structure.image_credit = structure.image_credit or credit
        elif bio:
            kinds[i] = "author_bio"
            structure.authors[:0] = bio
        elif _is_boilerplate(line):
            kinds[i] = "boilerplate"
        else:
            break
        first_tail = i

    # Head: page furniture (kicker, breadcrumbs) before a title known from
    # metadata, a title line, then an optional byline.
    head = 0
    hint = " ".join(title_hint.split()).casefold() if title_hint else None
    repeated = next(
        (i for i, line in enumerate(lines[:_MAX_KICKER_LINES + 1]) if hint and " ".join(line.text.split()).casefold() == hint),
        None,
    )
    if repeated is not None and all(len(line.text.split()) <= 8 for line in lines[:repeated]):
        for i in range(repeated):
            kinds[i] = "boilerplate"
        head = repeated
    block_mode = any(line.blank_before for line in lines[1:])
    first = lines[head]
    labelled = head == 0 and block_mode and _labels_a_dateline(lines[1 : min(3, first_tail)])
    if head < first_tail - 1 and (
        head == repeated
        or (
            head == 0
            and ((first.start, first.end) not in known or not hint)  # a Markdown "# Title" opening the text
            and _looks_like_title(first.text)
            and image_credit(first.text) is None
            and (_stands_alone(first, lines[1], block_mode, title=not hint)  # a subtitle, when no metadata names the title
                 or labelled and first.blank_before)
        )
    ):
        kinds[head] = "title"
        structure.title = first.text
        head += 1
        if labelled:
            kinds[head] = "byline"  # "News analysis", "Office of the Spokesperson": who issues it, over its date
            head += 1
        if block_mode and not hint and not first.blank_after and head < first_tail - 1 and _is_subtitle(lines[head].text):
            kinds[head] = "heading"  # a subtitle set right under the title: "Chapter 6: A European Moldova, at peace"
            head += 1
    for _ in range(2):  # a byline and a dateline, in either order
        if head >= first_tail - 1:
            break
        if byline := _byline(lines[head].text):
            names, affiliation = byline
            if affiliation and (date := dateline(affiliation)):  # "By Layla Mansour · 18 February 2025"
                structure.date = structure.date or date
                affiliation = None
            kinds[head] = "byline"
            known_names = {a.name for a in structure.authors}
            structure.authors[:0] = [Author(name=n, affiliation=affiliation) for n in names if n not in known_names]
        elif structure.date is None and (date := dateline(lines[head].text)):
            kinds[head] = "byline"
            structure.date = date
        else:
            break
        head += 1

    if structure.date is None:  # "CHISINAU, 29 September 2025 – The ...": a first paragraph's own dateline
        opening = _opening_dateline(lines[head:first_tail])
        structure.date = opening[1] if opening is not None else None
    for i in range(head, first_tail):
        line = lines[i]
        if (line.start, line.end) in known:
            kinds[i] = "heading"
            continue
        if i == 0 or i + 1 >= first_tail or not _looks_like_heading(line.text):
            continue
        prev = lines[i - 1]
        if _stands_alone(line, lines[i + 1], block_mode) and (block_mode or prev.text[-1] in r.sentence_final):
            kinds[i] = "heading"

    for i in sorted(kinds):
        line = lines[i]
        structure.regions.append(Region(start=line.start, end=line.end, text=line.text, kind=kinds[i]))
        if kinds[i] == "heading":
            structure.sections.append(TextSpan(start=line.start, end=line.end, text=line.text))
    return structure
