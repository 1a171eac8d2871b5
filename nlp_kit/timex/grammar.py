"""The temporal grammar: word lists and patterns from ``nlp_kit/data/timex/``, compiled once.

Input: a text.  Output: ``Match`` objects (start, end, rule name, type, the
normalizer name and its named groups), longest non-overlapping first.

Speed: running every rule's regular expression over a whole text costs about
as much as the rest of the component together, so ``candidates`` first finds,
in one pass over the case-folded text, the literal *factors* each rule needs
(every match of the ``duration`` rule contains "year", "month", ... ; of
``quarter`` "quarter"; computed from the parsed patterns by
``required_factors``), and runs a rule only in windows of ``WINDOW``
characters around its factors (whitespace runs count as one character).  The
result is that of scanning the whole text (``candidates(text,
exhaustive=True)``) for every match whose text plus look-ahead context is
shorter than ``WINDOW``; a rule with no factor is run over the whole text.

Example::

    >>> grammar = Grammar.load()
    >>> [(m.text, m.rule) for m in grammar.candidates("Talks resumed in summer 2024.")]
    [('summer 2024', 'season_year')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from nlp_kit.errors import ConfigError

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "timex"

try:  # Python 3.11+
    import re._constants as _sre
    import re._parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

WINDOW = 120  # characters around a factor a match (plus its look-ahead) must fit in
_MAX_SET = 64  # largest set of alternative strings a factor analysis keeps
_LONG_SPACE = re.compile(r"\s{4,}")


@dataclass(frozen=True)
class Rule:
    name: str
    type: str
    normalizer: str
    regex: re.Pattern[str]
    factors: frozenset[str] | None = None  # case-folded strings one of which every match contains


def _fold_char(code: int) -> str | None:
    folded = chr(code).casefold()
    return folded if len(folded) == 1 else None


def _factor_score(strings: Iterable[str]) -> tuple[int, int]:
    strings = list(strings)
    return (min(len(x) for x in strings), -len(strings)) if strings else (0, 0)


def _analyse(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, set[str] | None]:
    """For a parsed regex sequence: (the exact set of strings it can match, when small and finite;
    a set of strings one of which every match contains, or None)."""
    candidates: list[set[str]] = []
    run: set[str] = {""}
    exact_all = True
    for op, av in items:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero-width: the strings either side stay adjacent
        exact, factor = _analyse_item(op, av)
        if exact is not None and len(run) * len(exact) <= _MAX_SET:
            run = {a + b for a in run for b in exact}
            continue
        exact_all = False
        if run != {""}:
            candidates.append(run)
        if exact is not None:
            run = exact  # a new run of adjacent strings starts here
        else:
            run = {""}  # ... or after this element
            if factor is not None:
                candidates.append(factor)
    if run != {""}:
        candidates.append(run)
    valid = [c for c in candidates if c and "" not in c]
    best = max(valid, key=_factor_score) if valid else None
    return (run if exact_all else None), best


def _analyse_item(op: Any, av: Any) -> tuple[set[str] | None, set[str] | None]:
    if op is _sre.LITERAL:
        folded = _fold_char(av)
        return ({folded}, {folded}) if folded else (None, None)
    if op is _sre.IN:
        chars = set()
        for kind, value in av:
            if kind is _sre.LITERAL:
                chars.add(value)
            elif kind is _sre.RANGE and value[1] - value[0] < 10:
                chars.update(range(value[0], value[1] + 1))
            else:
                return None, None  # a category, a negation, a wide range
        folded = {_fold_char(c) for c in chars}
        if None in folded or len(folded) > 10:
            return None, None
        return folded, folded  # type: ignore[return-value]
    if op is _sre.SUBPATTERN:
        return _analyse(list(av[-1]))
    if op is _sre.BRANCH:
        results = [_analyse(list(branch)) for branch in av[1]]
        if all(exact is not None for exact, _ in results):
            union = set().union(*(exact for exact, _ in results))  # type: ignore[misc]
            if len(union) <= _MAX_SET:
                return union, (union if "" not in union else None)
        factors = [factor if factor is not None else exact for exact, factor in results]
        if any(f is None or "" in f for f in factors):
            return None, None
        return None, set().union(*factors)  # type: ignore[misc]
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        low, high, inner = av
        exact, factor = _analyse(list(inner))
        if low == high == 1:
            return exact, factor
        if low >= 1:
            return None, factor if factor is not None else exact
        return None, None
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return {""}, None
    return None, None


def required_factors(pattern: str, flags: int = re.IGNORECASE) -> frozenset[str] | None:
    """Case-folded strings one of which every match of ``pattern`` contains, or None if none is found.

    ``required_factors(r"(?:first|second)\\s+half")`` -> ``{"first", "second"}`` (the longer strings).
    """
    _, factor = _analyse(list(_sre_parse.parse(pattern, flags)))
    return frozenset(factor) if factor else None


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


def _words(
    forms: Iterable[str], *, case_sensitive: bool = False, abbreviation_dot: bool = False,
    whole_words: Iterable[str] = (), capitals: bool = False,
) -> str:
    """An alternation of ``forms``, longest first; spaces match any whitespace. With ``abbreviation_dot``
    a form of up to four letters may end in a dot ("Sept.", "Tues."), unless it is one of
    ``whole_words`` ("June." ends a sentence: "on 17 June.\n\n2. The ..." is no June 2).  With
    ``capitals`` a case-sensitive form written whole (not an abbreviation) also matches in capitals, as
    datelines and headings write it ("THURSDAY, JANUARY 13, 2022")."""
    parts = []
    whole = set(whole_words)
    forms = set(forms)
    if capitals:
        forms |= {form.upper() for form in forms if len(form) > 4 or form in whole}
    if abbreviation_dot:
        for form in sorted(forms, key=len, reverse=True):
            escaped = re.escape(form).replace(r"\ ", r"\s+").replace(" ", r"\s+")
            if len(form) <= 4 and form not in whole:
                escaped += r"\.?"
            parts.append(escaped)
        body = "|".join(parts)
    else:
        body = _word_trie(forms)
    return f"(?-i:(?:{body}))(?![A-Za-z])" if case_sensitive else f"(?:{body})"


def _word_trie(forms: Iterable[str]) -> str:
    """The forms as one alternation that shares their first words ("the end of", "the final months of" ->
    ``the\\s+(?:final\\s+months\\s+of|end(?:\\s+of)?)``), so that the engine tries a common opening once; a
    longer word, and a longer form, is tried first, as in a longest-first alternation."""
    trie: dict[str, dict] = {}
    for form in forms:
        node = trie
        for word in form.split():
            node = node.setdefault(word, {})
        node[""] = {}

    def alternatives(node: dict[str, dict]) -> str:
        parts = []
        for word in sorted((w for w in node if w), key=lambda w: (-len(w), w)):
            child = node[word]
            escaped = re.escape(word)
            if any(child):
                rest = alternatives(child)
                escaped += rf"(?:\s+{rest})?" if "" in child else rf"\s+{rest}"
            parts.append(escaped)
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return alternatives(trie)


_ARTICLES = ("a", "an", "another")
"""Number words that count one only before a unit ("a year", "another year"): never the units digit of
"twenty-one", nor a spelled number on its own (NUMWORD)."""


def _number_words(numbers: dict[str, float], *, digits: bool = True) -> str:
    tens = [w for w, v in numbers.items() if v in (20, 30, 40, 50, 60, 70, 80, 90)]
    units = [w for w, v in numbers.items() if isinstance(v, int) and 1 <= v <= 9 and w not in _ARTICLES]
    compound = f"(?:{'|'.join(tens)})[- ](?:{'|'.join(units)})"
    words = [w for w in numbers if digits or " " not in w and w not in _ARTICLES]
    number = "(?!0\\d)\\d+(?:[.,]\\d+)?|" if digits else ""  # not "0600": a clock or a code, no count
    return f"(?:{number}{compound}|{_words(words)})"


def build_macros(vocab: dict[str, Any]) -> dict[str, str]:
    """Regular-expression macros named in patterns.yaml, from the word lists."""
    months = vocab["months"]
    full_months = [m for m in months if len(m) > 4 or m in ("May", "June", "July")]
    weekdays = vocab["weekdays"]
    unit_words = list(vocab["units"])
    plurals = [(u[:-1] + "ies" if u.endswith("century") else u + "s") for u in unit_words]
    return {
        "MONTH": _words(
            months, case_sensitive=True, abbreviation_dot=True, whole_words=("May", "June", "July"), capitals=True
        ),
        "MONTH_FULL": "(?-i:(?:" + "|".join(sorted(full_months, key=len, reverse=True))
        + "|(?:Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)\\.))(?![a-z])",
        "WEEKDAY": _words(weekdays, case_sensitive=True, abbreviation_dot=True, capitals=True),
        "WEEKDAY_FULL": _words([w for w in weekdays if w.endswith("day")], case_sensitive=True, capitals=True),
        "WEEKDAY_PLURAL": _words([w + "s" for w in weekdays if w.endswith("day")], case_sensitive=True),
        "SEASON": _words(vocab["seasons"]),
        "DAY_PART": _words(vocab["day_parts"]),
        "NUM": _number_words(vocab["numbers"]),
        "VAGUE": _words(vocab["vague_numbers"]),
        "ORD": _words(vocab["ordinals"]),
        "UNIT": _words(unit_words),
        "UNITS": _words(unit_words + plurals),
        # "end" alone is a part only before a hyphen, a month or a year ("end-2025", "by end June"): "talks
        # will end next week" is a verb
        "PART": f"(?:(?P<part>{_words([w for w in vocab['part_mods'] if w != 'end'])}"
        + "|end(?=-|\\s+(?:{MONTH}|{YEAR})))(?:-|\\s+))?",
        # "the first half of April" (START), "the second half of May 2026" (END); a year's halves are H1/H2
        "MONTH_HALF": "(?:the\\s+)?(?P<month_half>first|second|latter)\\s+half\\s+of\\s+",
        "QMOD": _words(vocab["quantity_mods"]),
        "DEICTIC": _words(vocab["deictic"]),
        "DAY_DEICTIC": _words(vocab["day_deictic"]),
        "SET": _words(vocab["sets"]),
        "HOLIDAY": _words(vocab["holidays"], case_sensitive=True).replace("'", "['’]"),
        "NUMWORD": _number_words(vocab["numbers"], digits=False),
        "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)",
        # a day spelled as an ordinal word ("nineteenth", "twenty-first" or "twenty first"), never "first-quarter"
        "DAY_WORD": "(?:" + _words([w for w in vocab["ordinals"] if w.isalpha() or "-" in w]).replace(r"\-", "[- ]")
        + r")(?![-\w])",
        "YEAR": r"(?:1[89]\d\d|20\d\d)",
    }


def _expand(pattern: str, macros: dict[str, str]) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in macros:
            raise KeyError(name)
        return _expand(macros[name], macros)  # a macro of patterns.yaml may use the word lists' macros

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
            self.rules.append(Rule(spec["name"], spec["type"], spec["rule"], regex, required_factors(regex.pattern)))
        self._build_prefilter()

    def _build_prefilter(self) -> None:
        """One look-ahead scanner for every rule's factors, and which rules each factor found serves
        (a factor also serves the rules needing one of its prefixes: the scanner reports only the
        longest factor starting at a position)."""
        factors = sorted({f for rule in self.rules if rule.factors for f in rule.factors}, key=lambda f: (-len(f), f))
        self._serves: dict[str, list[int]] = {
            f: [i for i, rule in enumerate(self.rules) if rule.factors and any(f.startswith(g) for g in rule.factors)]
            for f in factors
        }
        self._scanner = re.compile(f"(?=({_trie_pattern(factors)}))") if factors else None
        self._unfiltered = [i for i, rule in enumerate(self.rules) if not rule.factors]

    @classmethod
    def load(cls, data_dir: str | Path | None = None) -> Grammar:
        """Read vocabulary.yaml and patterns.yaml from ``data_dir`` (default: the shipped grammar)."""
        return _load_cached(str(Path(data_dir) if data_dir else DATA_DIR))

    def candidates(self, text: str, *, exhaustive: bool = False) -> Iterator[Match]:
        """Every rule's matches in ``text``, in rule order (overlaps not yet removed).

        Rules run only around their factors (see the module doc); ``exhaustive`` runs every rule
        over the whole text instead (the reference the prefilter is tested against).
        """
        windows = None if exhaustive else self._windows(text)
        for priority, rule in enumerate(self.rules):
            if windows is None or windows[priority] is None:
                found: Iterable[re.Match[str]] = rule.regex.finditer(text)
            else:
                found = (m for start, end in windows[priority] for m in rule.regex.finditer(text, start, end))
            for m in found:
                if m.end() == m.start():
                    continue
                groups = {k: v for k, v in m.groupdict().items() if v is not None}
                yield Match(m.start(), m.end(), m.group(0), rule.name, rule.type, rule.normalizer, groups, priority)

    def _windows(self, text: str) -> list[list[tuple[int, int]] | None] | None:
        """Per rule, the merged (start, end) windows around its factors in ``text`` (None: the whole
        text); None for every rule when case folding changes the text's length."""
        folded = text.casefold()
        if len(folded) != len(text) or "\u0131" in text or self._scanner is None:  # dotless i matches i, I
            return None
        hits: list[list[tuple[int, int]]] = [[] for _ in self.rules]
        serves = self._serves
        for m in self._scanner.finditer(folded):
            factor = m.group(1)
            span = (m.start(), m.start() + len(factor))
            for i in serves[factor]:
                hits[i].append(span)
        spaces = [(m.start(), m.end()) for m in _LONG_SPACE.finditer(text)]
        space_starts = [s for s, _ in spaces]
        size = len(text)
        windows: list[list[tuple[int, int]] | None] = []
        for i, rule_hits in enumerate(hits):
            if not self.rules[i].factors:
                windows.append(None)
                continue
            spans = sorted(
                (max(0, _extend(start, -WINDOW, spaces, space_starts)), min(size, _extend(end, WINDOW, spaces, space_starts)))
                for start, end in rule_hits
            )
            merged: list[tuple[int, int]] = []
            for lo, hi in spans:
                if merged and lo <= merged[-1][1]:
                    merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
                else:
                    merged.append((lo, hi))
            windows.append(merged)
        return windows


def _trie_pattern(strings: Iterable[str]) -> str:
    """A regex matching the longest of ``strings`` at a position, their common prefixes shared, so
    that the engine follows one path per position instead of trying every string."""
    trie: dict[str, Any] = {}
    for string in strings:
        node = trie
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def _extend(position: int, distance: int, spaces: list[tuple[int, int]], space_starts: list[int]) -> int:
    """``position`` moved ``distance`` characters (back when negative), a run of 4 or more
    whitespace characters crossed counting as one."""
    target = position + distance
    if not spaces:
        return target
    if distance > 0:
        k = bisect.bisect_left(space_starts, position)
        while k < len(spaces) and spaces[k][0] < target:
            target += spaces[k][1] - spaces[k][0] - 1
            k += 1
        return target
    k = bisect.bisect_left(space_starts, position) - 1
    while k >= 0 and spaces[k][1] > target:
        target -= spaces[k][1] - spaces[k][0] - 1
        k -= 1
    return target


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
