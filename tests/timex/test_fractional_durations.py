"""A duration with a half ("5 1/2 hours", "a year and a half") is written in whole units, the half in
the next smaller unit, as TimeML gold writes it: P2Y6M, PT5H30M, PT1M30S."""

from __future__ import annotations

import pytest

from nlp_kit.timex.normalize import duration_value


def values(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(t["text"], t["type"], t["value"]) for t in nlp(text)._.timexes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She spent 5 1/2 hours in Nairobi.", ("5 1/2 hours", "DURATION", "PT5H30M")),
        ("They lived in the camps for 2 1/2 years.", ("2 1/2 years", "DURATION", "P2Y6M")),
        ("The talks took two and a half years.", ("two and a half years", "DURATION", "P2Y6M")),
        ("A minute and a half later, a pilot called in.", ("A minute and a half", "DURATION", "PT1M30S")),
        ("The meeting lasted half an hour.", ("half an hour", "DURATION", "PT30M")),
        ("The flight took 1½ hours.", ("1½ hours", "DURATION", "PT1H30M")),
        ("I look forward to working with Tom over the next year and a half.",
         ("the next year and a half", "DURATION", "P1Y6M")),
    ],
)
def test_a_half_unit_goes_to_the_next_smaller_unit(timex_nlp, text, expected):
    assert values(timex_nlp, text) == [expected]


def test_a_half_without_a_smaller_calendar_unit_keeps_the_decimal():
    assert duration_value(1.5, "M") == "P1.5M"
    assert duration_value(1.5, "D") == "P1DT12H"
    assert duration_value(2.5, "DE") == "P25Y"
