"""readable_value: a TIMEX3 date as a person writes it, for the timeline table, Markdown and HTML reports."""

from __future__ import annotations

import pytest

from nlp_kit.timex.timeline import readable_value


@pytest.mark.parametrize(
    ("value", "mod", "range_end", "shown"),
    [
        ("2022", None, None, "2022"),
        ("2022", "MID", None, "mid-2022"),
        ("2023", "END", None, "late 2023"),
        ("199X", "START", None, "early 1990s"),
        ("19", None, None, "20th century"),
        ("2022-07", None, None, "July 2022"),
        ("2023-09-19", None, "2023-09-20", "19–20 September 2023"),
        ("2023-09-30", None, "2023-10-02", "30 September 2023 – 2 October 2023"),
        ("2024-SU", None, None, "summer 2024"),
        ("2024-FA", "START", None, "early fall 2024"),
        ("2025-Q3", None, None, "Q3 2025"),
        ("2023-H1", None, None, "first half of 2023"),
        ("2023-W12", None, None, "week 12 of 2023"),
        ("2023-09-19T14:00", None, None, "19 September 2023, 14:00"),
        ("2000-01-05TEV", None, None, "5 January 2000, evening"),
        ("2022", "APPROX", None, "about 2022"),
        ("XXXX-10", None, None, "October (year unknown)"),
        ("1989-QX", None, None, "a quarter of 1989"),
        ("XXXX-XX-XX", None, None, "an unknown day"),
        ("XXXX-WXX-2", None, None, "a Tuesday (date unknown)"),
        ("XXXX-WXX-6TNI", None, None, "a Saturday (date unknown), night"),
        ("PRESENT_REF", None, None, "present"),
        ("FUTURE_REF", None, None, "future"),
    ],
)
def test_a_date_value_reads_as_a_person_writes_it(value, mod, range_end, shown):
    assert readable_value(value, mod, range_end) == shown


def test_a_value_it_cannot_read_comes_back_unchanged():
    assert readable_value("P3Y") == "P3Y"
