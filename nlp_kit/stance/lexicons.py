"""The stance cue lexicons in ``nlp_kit/data/stance/``, read once.

Input: nothing (files ship with the package). Output: frozen word sets and
maps. Example::

    >>> from nlp_kit.stance.lexicons import lexicons
    >>> "argue" in lexicons().speech_verbs
    True
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from nlp_kit.errors import ConfigError

DATA_DIR = Path(str(resources.files("nlp_kit") / "data" / "stance"))


def _lines(name: str) -> list[str]:
    path = DATA_DIR / name
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"stance lexicon missing: reinstall nlp_kit ({exc})", path=path, stage="load") from exc
    return [line.strip().lower() for line in raw.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _pairs(name: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for line in _lines(name):
        word, _, value = line.partition(",")
        if not value:
            raise ConfigError(f"line '{line}' needs the form word,value", path=DATA_DIR / name, stage="load")
        pairs[word.strip()] = value.strip()
    return pairs


@dataclass(frozen=True)
class StanceLexicons:
    speech_verbs: frozenset[str]
    cognition_verbs: frozenset[str]
    attitude_verbs: dict[str, str]
    author_cues: tuple[str, ...]
    negation: frozenset[str]
    contrast: frozenset[str]
    target_polarity: frozenset[str]
    effect: dict[str, int]
    policy_nouns: frozenset[str]
    synonyms: dict[str, str]
    vader: dict[str, float]


def _synonym_map() -> dict[str, str]:
    canonical: dict[str, str] = {}
    for line in _lines("synonyms.csv"):
        words = [w.strip() for w in line.split(",") if w.strip()]
        for word in words:
            canonical.setdefault(word, words[0])
    return canonical


def _vader() -> dict[str, float]:
    """Word valences (-4..4) from the VADER lexicon shipped by ``vaderSentiment``."""
    try:
        import vaderSentiment
    except ImportError as exc:
        raise ConfigError("the stance model needs vaderSentiment: pip install vaderSentiment", stage="load") from exc
    path = Path(vaderSentiment.__file__).parent / "vader_lexicon.txt"
    valences: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and " " not in parts[0]:
            valences[parts[0].lower()] = float(parts[1])
    return valences


@functools.cache
def lexicons() -> StanceLexicons:
    """All stance lexicons, loaded on first use."""
    return StanceLexicons(
        speech_verbs=frozenset(_lines("speech_verbs.txt")),
        cognition_verbs=frozenset(_lines("cognition_verbs.txt")),
        attitude_verbs={word: label.upper() for word, label in _pairs("attitude_verbs.txt").items()},
        author_cues=tuple(_lines("author_cues.txt")),
        negation=frozenset(_lines("negation.txt")),
        contrast=frozenset(_lines("contrast.txt")),
        target_polarity=frozenset(_lines("target_polarity.txt")),
        effect={word: int(value) for word, value in _pairs("effect_verbs.csv").items()},
        policy_nouns=frozenset(_lines("policy_nouns.txt")),
        synonyms=_synonym_map(),
        vader=_vader(),
    )
