"""The grammar's prefilter: rules run only around the literal factors they need, with the same result.

Scanning every rule over a whole text is the component's main cost; the
prefilter finds each rule's required words in one pass and runs the rule only
in windows around them.  These tests pin down that the shortcut never changes
what is found.
"""

from __future__ import annotations

import re

import pytest

from nlp_kit.timex.grammar import WINDOW, Grammar, _words, required_factors


@pytest.fixture(scope="module")
def grammar():
    return Grammar.load()


def test_a_rule_needs_one_of_its_literal_words():
    assert required_factors(r"the\s+(?:first|second)\s+half") in ({"first", "second"}, {"half"})
    assert required_factors(r"(?P<n>\d+)\s+(?:years|months)") == {"years", "months"}
    assert required_factors(r"\d+") is None  # nothing literal: the rule runs over the whole text


def test_factors_are_case_folded_even_in_case_sensitive_parts():
    assert required_factors(r"(?-i:May|June)\s+\d") == {"may", "june"}


def test_every_rule_of_the_shipped_grammar_has_factors(grammar):
    assert all(rule.factors for rule in grammar.rules)


TEXTS = [
    "Talks resumed in summer 2024 and again on Sept. 19–20, 2023.",
    "September 2023" + " " * 500 + "and three years later, in the third quarter of 1989, 10 a.m. Friday.",
    "Results for the quarter ended Sept. 30" + "\n" * 300 + "were due Tuesday, Oct. 3, 2023.",
    "x" * (3 * WINDOW) + " in 1998, " + "y" * (3 * WINDOW) + " the nineties; twice a year; 14:00 GMT",
    "Frıday, the dotless i: the engine's IGNORECASE matches it to Friday, so such texts are scanned whole.",
    "Mid-2022, the early 1990s, the '90s, the 20th century, Christmas 2000, Q3 2025, 2023-W12, 9/19/2023.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_prefiltered_candidates_equal_a_scan_of_the_whole_text(grammar, text):
    assert list(grammar.candidates(text)) == list(grammar.candidates(text, exhaustive=True))


def test_a_long_whitespace_run_inside_a_window_counts_as_one_character(grammar):
    text = "In September" + " " * (2 * WINDOW) + "2023 they met."
    found = [(m.text, m.rule) for m in grammar.candidates(text)]
    assert found == [(m.text, m.rule) for m in grammar.candidates(text, exhaustive=True)]
    assert any(rule == "month_year" for _, rule in found)


def test_a_word_list_shares_its_first_words_and_still_matches_its_longest_form():
    pattern = _words(["the end", "the end of", "the final months of", "mid", "middle of"])
    assert pattern.count("the") == 1  # "the" is tried once, then what follows it
    for text, found in [("the end of 2025", "the end of"), ("the end", "the end"), ("the final  months of", "the "
                        "final  months of"), ("middle of", "middle of"), ("mid-2022", "mid")]:
        assert re.match(pattern, text, re.IGNORECASE).group(0) == found
