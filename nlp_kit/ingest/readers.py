"""Read sources into ``Document`` objects.

``read_path(path)`` yields one ``Document`` per document at ``path``: a file
(.txt, .md with YAML front matter, .html/.htm, .pdf), a corpus with one
document per row (.jsonl, .csv), a directory (recursive, sorted), or a file
object such as ``sys.stdin``.  A single bad file raises its ``NlpKitError``;
where ``path`` holds many documents (a directory, a JSONL/CSV corpus) the
error of a bad document is *yielded* in its place and reading goes on.

Example::

    >>> docs = list(read_path("corpus/south-caucasus-peace.txt"))
    >>> [a.name for a in docs[0].meta.authors]
    ['Philip Gamaghelyan', 'Nigar Göksel']
"""

from __future__ import annotations

import csv
import datetime as dt
import fnmatch
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal

from nlp_kit.errors import (
    DocumentTooLarge,
    EmptyDocument,
    InputNotFound,
    InvalidOption,
    NlpKitError,
    UnreadableInput,
    UnsupportedLanguage,
)
from nlp_kit.ingest.decode import decode_bytes, normalize_text
from nlp_kit.ingest.document import Document, text_sha256
from nlp_kit.ingest.language import judge_language
from nlp_kit.ingest.markdown import markdown_to_text, split_front_matter
from nlp_kit.ingest.structure import detect_structure
from nlp_kit.schema import Author, DocumentMeta

DEFAULT_MAX_BYTES = 5_000_000
"""Largest document text read, in UTF-8 bytes (5 MB: a 700-page report)."""

FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
}
Markup = Literal["auto", "plain", "markdown"]

_DCT = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})")
# Escapes left in metadata by exporters that copied YAML source text verbatim:
# "Joe\_Biden\u2019s" (\_ is YAML's non-breaking space).
_LITERAL_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})|\\[_ ]|\\$")
_MARKDOWN_SIGNS = re.compile(r"\\[#*_.\-\[\]()!]|\*\*\S|\]\(https?://|<https?://|^#{1,6} \S", re.MULTILINE)
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?$", re.IGNORECASE)
_AUTHOR_SPLIT = re.compile(r"\s*;\s*|\s*,\s*and\s+|\s+and\s+|\s*&\s*")


@dataclass(frozen=True)
class ReadOptions:
    """How to read: every keyword of ``read_path`` in one value.

    ``language`` is the ISO 639-1 code documents must be in (None: any);
    the ``*_field`` names pick the columns of a JSONL/CSV corpus; ``markup``
    says whether corpus texts are Markdown ("auto" decides per text).
    """

    dct: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    language: str | None = "en"
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    text_field: str = "text"
    id_field: str = "id"
    title_field: str = "title"
    date_field: str = "date"
    url_field: str = "url"
    markup: Markup = "auto"


def validate_dct(dct: str | None) -> str | None:
    """Check a user-given document creation time: ``YYYY-MM-DD`` or None.

    Raises ``InvalidOption`` for "15/03/2024" or "2024-02-30".
    """
    if dct is None:
        return None
    if _DCT.match(dct):
        try:
            return dt.date.fromisoformat(dct).isoformat()
        except ValueError:
            pass
    raise InvalidOption(f"--dct '{dct}' is not a calendar date YYYY-MM-DD (e.g. --dct 2024-03-15)", stage="options")


def iso_date(value: Any) -> str | None:
    """An ISO date from a metadata value: date objects, "2021-10-29 15:19:53-04:00",
    "October 29, 2021"; None when it cannot be read as a date."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    if m := _ISO_PREFIX.match(value):
        try:
            return dt.date.fromisoformat(m.group(1)).isoformat()
        except ValueError:
            return None
    from dateutil import parser

    try:
        return parser.parse(value, default=dt.datetime(1, 1, 1)).date().isoformat()
    except (ValueError, OverflowError):
        return None


def clean_metadata_text(value: Any) -> str | None:
    """Titles and names as a reader writes them: escapes resolved, spaces plain.

    "United\\_States-France Joint\\_Statement" -> "United States-France Joint Statement".
    """
    if value is None:
        return None
    text = str(value)

    def unescape(m: re.Match[str]) -> str:
        code = m.group(1) or m.group(2)
        if code:
            return chr(int(code, 16))
        return "" if m.group() == "\\" else " "

    text = normalize_text(_LITERAL_ESCAPE.sub(unescape, text)).replace("\u00a0", " ")
    return " ".join(text.split()) or None


def _json_safe(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_safe(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _authors_from(value: Any) -> list[Author]:
    """Authors from metadata: "Jane Doe; John Roe", ["Jane Doe"], [{"name": ..., "affiliation": ...}]."""
    if value is None:
        return []
    items = value if isinstance(value, list) else _AUTHOR_SPLIT.split(str(value))
    authors: list[Author] = []
    for item in items:
        if isinstance(item, dict) and item.get("name"):
            authors.append(
                Author(
                    name=clean_metadata_text(item["name"]) or "",
                    affiliation=clean_metadata_text(item.get("affiliation")),
                    bio=clean_metadata_text(item.get("bio")),
                )
            )
        elif name := clean_metadata_text(item):
            authors.append(Author(name=name))
    return authors


def _merge_authors(from_metadata: list[Author], from_text: list[Author]) -> list[Author]:
    """Metadata authors first, completed by what bios in the text say about them."""
    by_name = {a.name: a for a in from_text}
    merged = [
        a.model_copy(update={k: v for k, v in by_name[a.name].model_dump().items() if v and not getattr(a, k)})
        if a.name in by_name
        else a
        for a in from_metadata
    ]
    seen = {a.name for a in merged}
    return merged + [a for a in from_text if a.name not in seen]


def _check_size(text: str, max_bytes: int, source: str | None) -> None:
    if len(text) * 4 > max_bytes and len(text.encode("utf-8")) > max_bytes:
        size = len(text.encode("utf-8"))
        raise DocumentTooLarge(
            f"text is {size:,} bytes, over the {max_bytes:,}-byte limit: split it or raise --max-bytes",
            path=source,
        )


def build_document(
    text: str,
    *,
    source: str | None,
    options: ReadOptions = ReadOptions(),
    metadata: dict[str, Any] | None = None,
    headings: tuple[tuple[int, int], ...] = (),
    doc_id: str | None = None,
) -> Document:
    """A ``Document`` from normalized text and source metadata, after the checks.

    ``metadata`` may hold title, date, source_url, authors; anything else goes
    to ``meta.extra``.  The text's own structure (title line, headings, bios,
    credits) is detected and recorded.  Raises ``EmptyDocument``,
    ``DocumentTooLarge`` or ``UnsupportedLanguage`` naming ``source``.
    """
    if not text.strip():
        raise EmptyDocument("document is empty or whitespace only: nothing to analyse", path=source)
    _check_size(text, options.max_bytes, source)
    metadata = dict(metadata or {})
    title = clean_metadata_text(metadata.pop("title", None))
    date = iso_date(metadata.pop("date", None))
    source_url = clean_metadata_text(metadata.pop("source_url", None))
    authors = _authors_from(metadata.pop("authors", None))
    structure = detect_structure(text, headings=headings, title_hint=title)
    sha = text_sha256(text)
    meta = DocumentMeta(
        doc_id=doc_id or sha[:16],
        title=title or structure.title,
        authors=_merge_authors(authors, structure.authors),
        date=date or structure.date or options.dct,
        source=source,
        source_url=source_url,
        image_credit=structure.image_credit,
        sections=structure.sections,
        regions=structure.regions,
        text_sha256=sha,
        extra={k: _json_safe(v) for k, v in metadata.items() if v not in (None, "", [], {})},
    )
    document = Document(text=text, meta=meta)
    language, rejected = judge_language(document.narrative_text().strip(), options.language)
    if rejected:
        raise UnsupportedLanguage(
            f"text is not in '{options.language}' but in {rejected}: "
            "nlp_kit analyses English; pass --allow-any-language to read it anyway",
            path=source,
        )
    document.meta.language = language
    return document


def from_text(text: str, *, source: str | None = None, date: str | None = None) -> Document:
    """Wrap a string as a ``Document``: normalized, structure detected, any language,
    no size limit; ``doc_id`` is the first 16 hex digits of the text's SHA-256.

    Example: ``from_text("Kenya urged Ethiopia to resume talks.", date="2024-05-02")``.
    """
    options = ReadOptions(dct=validate_dct(date), language=None, max_bytes=sys.maxsize)
    return build_document(normalize_text(text), source=source, options=options)


def _metadata_from_front_matter(front: dict[str, Any]) -> dict[str, Any]:
    metadata = dict(front)
    for key in ("url", "link", "canonical_url", "permalink"):
        if key in metadata and "source_url" not in metadata:
            metadata["source_url"] = metadata.pop(key)
    if "authors" not in metadata and "author" in metadata:
        metadata["authors"] = metadata.pop("author")
    return metadata


def _markdown_document(text: str, *, source: str, options: ReadOptions, doc_id: str | None = None,
                       metadata: dict[str, Any] | None = None) -> Document:
    front, body = split_front_matter(text, path=source)
    plain, headings = markdown_to_text(body)
    merged = {**_metadata_from_front_matter(front), **(metadata or {})}
    doc_id = doc_id or (str(merged.pop("id")) if merged.get("id") is not None else None)
    return build_document(plain, source=source, options=options, metadata=merged, headings=headings, doc_id=doc_id)


def _html_document(data: bytes, *, source: str, options: ReadOptions) -> Document:
    import trafilatura

    html = decode_bytes(data, path=source)
    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_formatting=True)
    extracted = result.as_dict() if result is not None else {}
    body = extracted.get("text") or ""
    if not body.strip():
        raise EmptyDocument("no main text found in the HTML page: is it an index or a script-only page?", path=source)
    plain, headings = markdown_to_text(body.replace("\n", "\n\n"))
    metadata = {
        "title": extracted.get("title"),
        "date": extracted.get("date"),
        "source_url": extracted.get("url"),
        "authors": extracted.get("author"),
        "sitename": extracted.get("sitename"),
        "description": extracted.get("description"),
        "categories": extracted.get("categories"),
        "tags": extracted.get("tags"),
    }
    return build_document(plain, source=source, options=options, metadata=metadata, headings=headings)


@dataclass
class _PdfLine:
    page: int
    y: float
    size: float
    text: str


def _pdf_lines(reader: Any) -> list[_PdfLine]:
    """Text lines of every page with their baseline height and font size."""
    lines: list[_PdfLine] = []
    for number, page in enumerate(reader.pages):

        def visit(text: str, cm: Any, tm: Any, font: Any, size: float, number: int = number) -> None:
            if not text.strip():
                return
            y = cm[3] * tm[5] + cm[5]
            height = abs(size * (tm[3] or 1) * (cm[3] or 1))
            last = lines[-1] if lines else None
            if last and last.page == number and abs(last.y - y) < 0.5:
                last.text += text
            else:
                lines.append(_PdfLine(number, y, height, text))

        page.extract_text(visitor_text=visit)
    for line in lines:
        line.text = " ".join(line.text.split())
    return [line for line in lines if line.text and not _PAGE_NUMBER.match(line.text)]


def pdf_paragraphs(lines: list[_PdfLine]) -> str:
    """Join PDF lines into one line per paragraph, from the layout.

    A paragraph ends where the font size changes (title, heading) or the
    gap to the next line, in font sizes, is well above the usual line
    spacing; "peace-\nkeeping" line-end hyphens are re-joined.
    """
    ratios = sorted(
        (a.y - b.y) / a.size
        for a, b in zip(lines, lines[1:])
        if a.page == b.page and abs(a.size - b.size) < 0.1 and a.size and a.y > b.y
    )
    spacing = ratios[len(ratios) // 2] if ratios else 1.2
    paragraphs: list[str] = []
    current = ""
    for i, line in enumerate(lines):
        prev = lines[i - 1] if i else None
        new_paragraph = prev is None or (
            abs(prev.size - line.size) >= 0.1
            or (prev.page == line.page and (prev.y <= line.y or (prev.y - line.y) / prev.size > 1.3 * spacing))
        )
        if new_paragraph and current:
            paragraphs.append(current)
            current = ""
        if current.endswith("-") and line.text[0].islower():
            current = current[:-1] + line.text
        else:
            current = f"{current} {line.text}" if current else line.text
    if current:
        paragraphs.append(current)
    return "\n".join(paragraphs)


def _pdf_document(data: bytes, *, source: str, options: ReadOptions) -> Document:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise UnreadableInput("not a PDF file (no %PDF header): is the file corrupt or misnamed?", path=source)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise UnreadableInput("the PDF is encrypted: decrypt it first (e.g. qpdf --decrypt)", path=source)
        lines = _pdf_lines(reader)
        info = reader.metadata or {}
    except (PyPdfError, ValueError, KeyError, TypeError) as exc:
        raise UnreadableInput(f"corrupt PDF ({type(exc).__name__}: {exc})".replace("\n", " "), path=source) from None
    text = normalize_text(pdf_paragraphs(lines))
    if not text.strip():
        raise EmptyDocument("the PDF has no extractable text (scanned pages need OCR first)", path=source)
    metadata = {
        "title": getattr(info, "title", None),
        "authors": getattr(info, "author", None),
        "date": getattr(info, "creation_date", None),
    }
    return build_document(text, source=source, options=options, metadata=metadata)


def _is_markdown(text: str, options: ReadOptions) -> bool:
    if options.markup != "auto":
        return options.markup == "markdown"
    return text.startswith("---\n") or _MARKDOWN_SIGNS.search(text[:20000]) is not None


def _row_document(row: dict[str, Any], *, source: str, options: ReadOptions) -> Document:
    """A corpus row (JSONL object or CSV record) as a ``Document``."""
    text = row.get(options.text_field)
    if not isinstance(text, str):
        raise UnreadableInput(
            f"row has no text in field '{options.text_field}' (fields: {', '.join(map(str, row))}); "
            "pass --text-field NAME",
            path=source,
        )
    metadata = {k: v for k, v in row.items() if k not in {options.text_field, options.id_field}}
    for field, key in (
        (options.title_field, "title"),
        (options.date_field, "date"),
        (options.url_field, "source_url"),
    ):
        if field in metadata:
            metadata[key] = metadata.pop(field)
    if "author" in metadata and "authors" not in metadata:
        metadata["authors"] = metadata.pop("author")
    doc_id = row.get(options.id_field)
    doc_id = str(doc_id) if doc_id not in (None, "") else None
    text = normalize_text(text)
    if _is_markdown(text, options):
        return _markdown_document(text, source=source, options=options, doc_id=doc_id, metadata=metadata)
    return build_document(text, source=source, options=options, metadata=metadata, doc_id=doc_id)


def _row_source(path: Path, row: Any, number: int, options: ReadOptions) -> str:
    row_id = row.get(options.id_field) if isinstance(row, dict) else None
    return f"{path}#{row_id}" if row_id not in (None, "") else f"{path}#{number}"


def _open_text(path: Path) -> IO[str]:
    """A text stream over a corpus file, in UTF-8 or the detected encoding."""
    with path.open("rb") as handle:
        head = handle.read(1 << 20)
    encoding = "utf-8-sig"
    try:
        head.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:
            import charset_normalizer

            best = charset_normalizer.from_bytes(head).best()
            if best is None:
                raise UnreadableInput("binary data, not a text corpus", path=path) from None
            encoding = best.encoding
    return path.open(encoding=encoding, errors="replace", newline="")


def _read_jsonl(path: Path, options: ReadOptions) -> Iterator[Document | NlpKitError]:
    with _open_text(path) as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield UnreadableInput(f"line {number} is not valid JSON ({exc.msg}); the other rows are read",
                                      path=f"{path}#{number}")
                continue
            source = _row_source(path, row, number, options)
            if not isinstance(row, dict):
                yield UnreadableInput(f"line {number} is not a JSON object", path=source)
                continue
            try:
                yield _row_document(row, source=source, options=options)
            except NlpKitError as exc:
                yield exc


def _read_csv(path: Path, options: ReadOptions) -> Iterator[Document | NlpKitError]:
    csv.field_size_limit(max(options.max_bytes * 4, 1 << 20))
    with _open_text(path) as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames is None:
            raise EmptyDocument("the CSV file has no header row and no rows", path=path)
        if options.text_field not in reader.fieldnames:
            raise InvalidOption(
                f"no column '{options.text_field}' (columns: {', '.join(reader.fieldnames)}); pass --text-field NAME",
                path=path,
            )
        number = 0
        while True:
            number += 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield UnreadableInput(f"row {number} is not valid CSV ({exc})", path=f"{path}#{number}")
                continue
            source = _row_source(path, row, number, options)
            try:
                yield _row_document(row, source=source, options=options)
            except NlpKitError as exc:
                yield exc


def _read_bytes(path: Path) -> bytes:
    return path.read_bytes()


def _read_single(path: Path, kind: str, options: ReadOptions) -> Document:
    source = str(path)
    if kind in {"text", "markdown"} and path.stat().st_size > options.max_bytes * 4:
        raise DocumentTooLarge(
            f"file is {path.stat().st_size:,} bytes, far over the {options.max_bytes:,}-byte text limit: "
            "split it or raise --max-bytes",
            path=source,
        )
    data = _read_bytes(path)
    if kind == "pdf":
        return _pdf_document(data, source=source, options=options)
    if kind == "html":
        return _html_document(data, source=source, options=options)
    text = decode_bytes(data, path=source)
    if kind == "markdown":
        return _markdown_document(text, source=source, options=options)
    return build_document(text, source=source, options=options)


def _read_file(path: Path, options: ReadOptions) -> Iterator[Document | NlpKitError]:
    kind = FORMATS.get(path.suffix.lower(), "text")
    try:
        if kind == "jsonl":
            yield from _read_jsonl(path, options)
        elif kind == "csv":
            yield from _read_csv(path, options)
        else:
            yield _read_single(path, kind, options)
    except PermissionError:
        raise UnreadableInput("permission denied: check the file's read permissions", path=path) from None
    except IsADirectoryError:
        raise UnreadableInput("is a directory where a file was expected", path=path) from None
    except OSError as exc:
        raise UnreadableInput(f"cannot be read ({exc.strerror or exc})", path=path) from None


def _selected(relative: str, options: ReadOptions) -> bool:
    name = relative.rsplit("/", 1)[-1]

    def matches(pattern: str) -> bool:
        return fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(name, pattern)

    if options.include:
        if not any(matches(p) for p in options.include):
            return False
    elif Path(name).suffix.lower() not in FORMATS:
        return False
    return not any(matches(p) for p in options.exclude)


def iter_files(directory: Path, options: ReadOptions = ReadOptions()) -> list[Path]:
    """The files of ``directory`` to read, recursively, sorted by relative path.

    Hidden files and folders are skipped; without ``include`` globs only known
    formats are taken (so scripts or outputs in a corpus folder are ignored).
    """
    files = []
    for path in directory.rglob("*"):
        relative = path.relative_to(directory).as_posix()
        if any(part.startswith(".") for part in relative.split("/")):
            continue
        if path.is_file() and _selected(relative, options):
            files.append((relative, path))
    return [path for _, path in sorted(files)]


def _read_directory(directory: Path, options: ReadOptions) -> Iterator[Document | NlpKitError]:
    files = iter_files(directory, options)
    if not files:
        wanted = ", ".join(options.include) or ", ".join(sorted(FORMATS))
        raise InputNotFound(f"no documents to read in this directory (looked for {wanted})", path=directory)
    for path in files:
        try:
            yield from _read_file(path, options)
        except NlpKitError as exc:
            yield exc


def _read_stream(stream: IO[Any], options: ReadOptions) -> Document:
    raw = stream.buffer.read() if hasattr(stream, "buffer") else stream.read()
    text = decode_bytes(raw, path="<stdin>") if isinstance(raw, bytes) else normalize_text(raw)
    if options.markup == "markdown" or (options.markup == "auto" and text.startswith("---\n")):
        return _markdown_document(text, source="<stdin>", options=options)
    return build_document(text, source="<stdin>", options=options)


def read_path(
    path: str | Path | IO[Any],
    *,
    dct: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    language: str | None = "en",
    include: Iterable[str] = (),
    exclude: Iterable[str] = (),
    text_field: str = "text",
    id_field: str = "id",
    title_field: str = "title",
    date_field: str = "date",
    url_field: str = "url",
    markup: Markup = "auto",
) -> Iterator[Document | NlpKitError]:
    """Yield the documents at ``path`` (a file, directory, JSONL/CSV corpus, or stream).

    ``dct`` (YYYY-MM-DD) dates documents whose metadata has no date;
    ``max_bytes`` bounds a document's text; ``language`` is the language
    documents must be in (None: any); ``include``/``exclude`` are globs for
    directories; the ``*_field`` names pick corpus columns.

    A lone file that cannot be read raises; in a directory or corpus the
    error is yielded in the document's place.
    """
    options = ReadOptions(
        dct=validate_dct(dct),
        max_bytes=max_bytes,
        language=language,
        include=tuple(include),
        exclude=tuple(exclude),
        text_field=text_field,
        id_field=id_field,
        title_field=title_field,
        date_field=date_field,
        url_field=url_field,
        markup=markup,
    )
    if max_bytes <= 0:
        raise InvalidOption(f"--max-bytes must be positive, not {max_bytes}", stage="options")
    if hasattr(path, "read"):
        yield _read_stream(path, options)  # type: ignore[arg-type]
        return
    path = Path(path)
    if not path.exists():
        hint = " (for standard input pass -)" if str(path).strip() == "" else ""
        raise InputNotFound(f"no such file or directory{hint}", path=path)
    if path.is_dir():
        yield from _read_directory(path, options)
    else:
        yield from _read_file(path, options)
