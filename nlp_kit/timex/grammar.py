"""The temporal grammar: word lists and patterns from ``nlp_kit/data/timex/``, compiled once.

Input: a text.  Output: ``Match`` objects (start, end, rule name, type, the
normalizer name and its named groups), longest non-overlapping first.

Example::

    >>> grammar = Grammar.load()
    >>> [(m.text, m.rule) for m in grammar.candidates("Talks resumed in summer 2024.")]
    [('summer 2024', 'season_year')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from nlp_kit.errors import ConfigError

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "timex"


@dataclass(frozen=True)
class Rule:
    name: str
    type: str
    normalizer: str
    regex: re.Pattern[str]


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    text: str
    rule: str
    type: str
    normalizer: str
    groups: dict[str, str]
    priority: int = 0  # the rule's place in patterns.yaml: earlier wins a tie


def _words(forms: Iterable[str], *, case_sensitive: bool = False, abbreviation_dot: bool = False) -> str:
    """An alternation of ``forms``, longest first; spaces match any whitespace."""
    parts = []
    for form in sorted(set(forms), key=len, reverse=True):
        escaped = re.escape(form).replace(r"\ ", r"\s+").replace(" ", r"\s+")
        if abbreviation_dot and len(form) <= 4:
            escaped += r"\.?"
        parts.append(escaped)
    body = "|".join(parts)
    return f"(?-i:(?:{body}))(?![a-z])" if case_sensitive else f"(?:{body})"


def _number_words(numbers: dict[str, float], *, digits: bool = True) -> str:
    tens = [w for w, v in numbers.items() if v in (20, 30, 40, 50, 60, 70, 80, 90)]
    units = [w for w, v in numbers.items() if isinstance(v, int) and 1 <= v <= 9 and w not in ("a", "an")]
    compound = f"(?:{'|'.join(tens)})[- ](?:{'|'.join(units)})"
    words = [w for w in numbers if digits or " " not in w and w not in ("a", "an")]
    number = "\\d+(?:[.,]\\d+)?|" if digits else ""
    return f"(?:{number}{compound}|{_words(words)})"


def build_macros(vocab: dict[str, Any]) -> dict[str, str]:
    """Regular-expression macros named in patterns.yaml, from the word lists."""
    months = vocab["months"]
    full_months = [m for m in months if len(m) > 4 or m in ("May", "June", "July")]
    weekdays = vocab["weekdays"]
    unit_words = list(vocab["units"])
    plurals = [("centuries" if u == "century" else u + "s") for u in unit_words]
    return {
        "MONTH": _words(months, case_sensitive=True, abbreviation_dot=True),
        "MONTH_FULL": "(?-i:(?:" + "|".join(sorted(full_months, key=len, reverse=True))
        + "|(?:Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)\\.))(?![a-z])",
        "WEEKDAY": _words(weekdays, case_sensitive=True, abbreviation_dot=True),
        "WEEKDAY_FULL": _words([w for w in weekdays if w.endswith("day")], case_sensitive=True),
        "WEEKDAY_PLURAL": _words([w + "s" for w in weekdays if w.endswith("day")], case_sensitive=True),
        "SEASON": _words(vocab["seasons"]),
        "DAY_PART": _words(vocab["day_parts"]),
        "NUM": _number_words(vocab["numbers"]),
        "VAGUE": _words(vocab["vague_numbers"]),
        "ORD": _words(vocab["ordinals"]),
        "UNIT": _words(unit_words),
        "UNITS": _words(unit_words + plurals),
        "PART": f"(?:(?P<part>{_words(vocab['part_mods'])})(?:-|\\s+))?",
        "QMOD": _words(vocab["quantity_mods"]),
        "DEICTIC": _words(vocab["deictic"]),
        "DAY_DEICTIC": _words(vocab["day_deictic"]),
        "SET": _words(vocab["sets"]),
        "HOLIDAY": _words(vocab["holidays"], case_sensitive=True).replace("'", "['’]"),
        "NUMWORD": _number_words(vocab["numbers"], digits=False),
        "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)",
        "YEAR": r"(?:1[89]\d\d|20\d\d)",
    }


def _expand(pattern: str, macros: dict[str, str]) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in macros:
            raise KeyError(name)
        return macros[name]

    return re.sub(r"\{([A-Z_]+)\}", replace, pattern)


class Grammar:
    """Compiled temporal patterns plus the vocabulary the normalizers read."""

    def __init__(
        self, vocab: dict[str, Any], rules: list[dict[str, Any]], *, macros: dict[str, str] | None = None,
        source: str = "",
    ) -> None:
        self.vocab = vocab
        macros = {**build_macros(vocab), **(macros or {})}
        self.rules: list[Rule] = []
        for spec in rules:
            try:
                regex = re.compile(rf"(?<!\w)(?:{_expand(spec['pattern'], macros)})(?!\w)", re.IGNORECASE)
            except (KeyError, re.error) as exc:
                raise ConfigError(
                    f"timex rule {spec.get('name')!r} does not compile ({exc}); fix its pattern", path=source
                ) from exc
            self.rules.append(Rule(spec["name"], spec["type"], spec["rule"], regex))

    @classmethod
    def load(cls, data_dir: str | Path | None = None) -> Grammar:
        """Read vocabulary.yaml and patterns.yaml from ``data_dir`` (default: the shipped grammar)."""
        return _load_cached(str(Path(data_dir) if data_dir else DATA_DIR))

    def candidates(self, text: str) -> Iterator[Match]:
        """Every rule's matches in ``text``, in rule order (overlaps not yet removed)."""
        for priority, rule in enumerate(self.rules):
            for m in rule.regex.finditer(text):
                if m.end() == m.start():
                    continue
                groups = {k: v for k, v in m.groupdict().items() if v is not None}
                yield Match(m.start(), m.end(), m.group(0), rule.name, rule.type, rule.normalizer, groups, priority)


@lru_cache(maxsize=4)
def _load_cached(data_dir: str) -> Grammar:
    directory = Path(data_dir)
    try:
        vocab = yaml.safe_load((directory / "vocabulary.yaml").read_text(encoding="utf-8"))
        patterns = yaml.safe_load((directory / "patterns.yaml").read_text(encoding="utf-8"))
        rules, macros = patterns["rules"], patterns.get("macros") or {}
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise ConfigError(
            f"cannot read the timex grammar ({exc}); the directory needs vocabulary.yaml and patterns.yaml",
            path=directory,
        ) from exc
    return Grammar(vocab, rules, macros=macros, source=str(directory / "patterns.yaml"))


def select_longest(matches: Iterable[tuple[Match, Any]]) -> list[tuple[Match, Any]]:
    """Keep the longest non-overlapping matches (earlier rule wins ties), in text order."""
    ranked = sorted(matches, key=lambda item: (-(item[0].end - item[0].start), item[0].priority, item[0].start))
    taken: list[tuple[Match, Any]] = []
    occupied: list[tuple[int, int]] = []
    for item in ranked:
        m = item[0]
        if any(m.start < e and s < m.end for s, e in occupied):
            continue
        taken.append(item)
        occupied.append((m.start, m.end))
    return sorted(taken, key=lambda item: item[0].start)
