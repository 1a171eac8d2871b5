"""nlp_kit: turn policy texts into structured, queryable facts.

Public API::

    nlp = nlp_kit.load()                       # spaCy pipeline + nlp_kit components
    analysis = nlp_kit.analyze(text, nlp=nlp)  # -> nlp_kit.schema.Analysis
    for a in nlp_kit.analyze_many(texts, nlp=nlp): ...
    frames = nlp_kit.to_frames(analyses)       # one pandas DataFrame per table
"""

from nlp_kit.about import __version__
from nlp_kit.ingest import Document, read_path
from nlp_kit.pipeline import analyze, analyze_many, load
from nlp_kit.schema import Analysis


def to_frames(analyses):  # noqa: D103 - documented in nlp_kit.sinks.tables
    from nlp_kit.sinks.tables import to_frames as _to_frames

    return _to_frames(analyses)


__all__ = ["Analysis", "Document", "__version__", "analyze", "analyze_many", "load", "read_path", "to_frames"]
