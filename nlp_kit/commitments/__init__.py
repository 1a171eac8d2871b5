"""Commitment extraction: who pledged, agreed, demanded or recommended what (issue 5).

``CommitmentExtractor`` reads a parsed Doc (with the actors and timex
components' spans) and returns ``nlp_kit.schema.Commitment``-shaped dicts;
the spaCy component ``nlp_kit_commitments`` wraps it.
"""

from nlp_kit.commitments.extract import CommitmentExtractor
from nlp_kit.commitments.lexicon import CommitmentLexicon

__all__ = ["CommitmentExtractor", "CommitmentLexicon"]
