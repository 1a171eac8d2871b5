"""Actors of a policy text: gazetteer, context readings and the extractor.

``load_gazetteer()`` reads the data files once, ``read_actor_file()`` a user's extra
actors, and ``ActorExtractor`` turns a parsed Doc into actor dicts and mention spans;
the spaCy component ``nlp_kit_actors`` (``nlp_kit.components.actors``) wraps them.
"""

from nlp_kit.actors.extract import ActorExtractor
from nlp_kit.actors.gazetteer import Gazetteer, load_gazetteer, read_actor_file
from nlp_kit.actors.resolve import is_historical, read_demonym, resolve_metonymy

__all__ = [
    "ActorExtractor",
    "Gazetteer",
    "is_historical",
    "load_gazetteer",
    "read_actor_file",
    "read_demonym",
    "resolve_metonymy",
]
