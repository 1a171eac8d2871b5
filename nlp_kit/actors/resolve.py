"""Context readings of a gazetteer name: agent or place, state or group or people.

Each function takes a spaCy ``Span`` (one gazetteer match) and the lexicon of
``nlp_kit/data/actors/lexicon.yaml`` and returns a reading. They use the dependency
parse when the Doc has one and fall back to the neighbouring words otherwise.

Example::

    >>> resolve_metonymy(doc[0:1], lexicon)   # "Ankara ties it to Baku's approval."
    'agent'
    >>> resolve_metonymy(doc[3:4], lexicon)   # "The leaders met in Kazan."
    'place'
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Span, Token

_SEQUEL_NUMBERS = frozenset({"I", "II", "III", "IV", "2", "3", "+"})
_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "to", "from", "into", "near", "outside", "inside", "around", "via", "toward", "towards"}
)


def _first_conjunct(token: Token) -> Token:
    """The first item of a coordination: "Brussels" in "in Washington, Brussels" -> "Washington"."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def is_historical(span: Span, lexicon: Mapping[str, frozenset[str]]) -> bool:
    """True when a state name is part of a historical entity ("Soviet Azerbaijan",
    "the Armenian Soviet Socialist Republic", "ethnic Armenian")."""
    markers = lexicon["historical_markers"]
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return bool(
        (before is not None and before.lower_ in markers) or (after is not None and after.lower_ in markers)
    )


def resolve_metonymy(span: Span, lexicon: Mapping[str, frozenset[str]]) -> str:
    """Read a capital or seat of government as ``"agent"`` (its government) or ``"place"``.

    Agent: subject, possessor, agent of a passive, object of most verbs and prepositions,
    and every member of a list of such ("whether in Washington, Brussels, Paris, or Moscow").
    Place: object of in/at/to/from after a motion or location verb or an event noun
    ("met in Kazan", "the summit in Moscow"), object of "visit"/"leave"/"reach" ("Blinken
    visited Beijing"), "the city of X", "X's streets", the venue naming an agreement or meeting
    ("the Pretoria agreement", "the Minsk talks").
    """
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in ("'s", "’s") and span.end + 1 < len(doc):
        if doc[span.end + 1].lemma_.lower() in lexicon["place_nouns"]:
            return "place"
    venue = after
    if venue is not None and venue.text in _SEQUEL_NUMBERS and span.end + 1 < len(doc):
        venue = doc[span.end + 1]  # "the Minsk II agreement"
    if venue is not None and venue.pos_ in ("NOUN", "PROPN") and (
        venue.lemma_.lower() in lexicon["place_nouns"] or venue.lower_ in lexicon["named_after_venue"]
    ):
        return "place"
    if not doc.has_annotation("DEP"):
        before = doc[span.start - 1] if span.start > 0 else None
        city_of = before is not None and before.lower_ == "of" and span.start > 1
        if city_of and doc[span.start - 2].lemma_.lower() in lexicon["place_nouns"]:
            return "place"
        return "agent"
    root = _first_conjunct(span.root)
    if root.dep_ == "dobj" and root.head.lemma_.lower() in lexicon["place_object_verbs"]:
        return "place"
    preposition = root.head
    if root.dep_ != "pobj" or preposition.i == root.i:
        return "agent"
    governor = preposition.head
    if preposition.lower_ == "of" and governor.lemma_.lower() in lexicon["place_nouns"]:
        return "place"
    if preposition.lower_ in _PLACE_PREPOSITIONS and governor.lemma_.lower() in lexicon["location_heads"]:
        return "place"
    return "agent"


def read_demonym(span: Span, lexicon: Mapping[str, frozenset[str]]) -> tuple[str, Token | None]:
    """Read a state adjective by the noun it modifies.

    Returns ``("group", head)`` for "the Armenian opposition", ``("state", head)`` for
    "Armenian forces", "the Armenian government" or any other attributive use
    ("Armenian territory"), and ``("people", None)`` when it names people ("the Armenian
    living abroad" is rare; plural "Armenians" never matches the adjective at all).
    """
    doc = span.doc
    if doc.has_annotation("DEP"):
        token = _first_conjunct(span.root)
        head = token.head if token.dep_ in ("amod", "compound", "nmod", "npadvmod") else None
        if head is None and span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN"):
            head = doc[span.end]
    else:
        head = doc[span.end] if span.end < len(doc) else None
    if head is not None and head.lower_ in lexicon["group_heads"]:
        return "group", head
    return "state", head
