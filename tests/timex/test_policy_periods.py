"""How reports and communiqués write periods: half-year codes, short year ranges, "end-2025", frequencies."""

from __future__ import annotations

import pytest

DCT = "2025-03-10"


def timexes(nlp, text: str) -> list[tuple[str, str, str | None, str | None]]:
    doc = nlp.make_doc(text)
    doc._.dct = DCT
    return [(t["text"], t["value"], t["range_end"], t["mod"]) for t in nlp(doc)._.timexes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Growth slowed in H1 2025.", ("H1 2025", "2025-H1", None, None)),
        ("Growth picked up in 2H 2024.", ("2H 2024", "2024-H2", None, None)),
        ("The fund will disburse $2 billion over 2025-27.", ("2025-27", "2025", "2027", None)),
        ("The last census was taken in 2011-12.", ("2011-12", "2011", "2012", None)),
        ("The 14th Five-Year Plan covers 2021–2025.", ("2021–2025", "2021", "2025", None)),
        ("Debt must fall by end-2025.", ("end-2025", "2025", None, "END")),
        ("The deal runs to end-June.", ("end-June", "2025-06", None, "END")),
        ("In FY22, 292 Tribes had plans in effect.", ("FY22", "2022", None, None)),
        ("The FY23-24 budget passed.", ("FY23-24", "2023", "2024", None)),
        ("Funding fell in FY'99.", ("FY'99", "1999", None, None)),
        ("For fiscal year 2025, the amount is doubled.", ("fiscal year 2025", "2025", None, None)),
        ("The cap applies in calendar year 2026.", ("calendar year 2026", "2026", None, None)),
        ("Funds are authorized for each of fiscal years 2025 through 2029.",
         ("fiscal years 2025 through 2029", "2025", "2029", None)),
        # a month's halves are the month with a mod; a year's are its H1 and H2
        ("Talks resume in the first half of April.", ("the first half of April", "2025-04", None, "START")),
        ("Talks resume in the second half of May 2026.", ("the second half of May 2026", "2026-05", None, "END")),
        ("Growth slowed in the first half of 2024.", ("the first half of 2024", "2024-H1", None, None)),
        ("The corridor opened in the latter half of 2023.", ("the latter half of 2023", "2023-H2", None, None)),
        # a part of a quarter or a half is that period with a mod, like a part of a year
        ("The sanctions expire at the end of the second quarter.",
         ("the end of the second quarter", "2025-Q2", None, "END")),
        ("The review ends in late Q3.", ("late Q3", "2025-Q3", None, "END")),
        ("Talks resume before the end of the first quarter of 2026.",
         ("the end of the first quarter of 2026", "2026-Q1", None, "END")),
        ("Output recovers in early H2 2025.", ("early H2 2025", "2025-H2", None, "START")),
    ],
)
def test_report_periods(timex_nlp, text, expected):
    assert timexes(timex_nlp, text) == [expected]


def test_a_year_and_two_digits_that_do_not_follow_it_are_no_range(timex_nlp):
    assert [value for _, value, _, _ in timexes(timex_nlp, "The 2023-09 figures were revised.")] == ["2023"]


@pytest.mark.parametrize(
    ("word", "value"), [("biannually", "P6M"), ("biennially", "P2Y"), ("semiannually", "P6M"), ("quarterly", "P3M")]
)
def test_frequency_adverbs_are_sets(timex_nlp, word, value):
    doc = timex_nlp.make_doc(f"The board meets {word}.")
    assert [(t["type"], t["value"]) for t in timex_nlp(doc)._.timexes] == [("SET", value)]


def test_each_fiscal_year_recurs(timex_nlp):
    assert timexes(timex_nlp, "The Secretary shall report each fiscal year.") == [("each fiscal year", "P1Y", None, None)]


def test_a_quarterly_payment_is_a_rate_but_a_quarterly_report_recurs(timex_nlp):
    """Like "annual sales": a dividend, result or loss per quarter is an amount, not a recurring event."""
    assert timexes(timex_nlp, "The company cut its quarterly dividend after its first quarterly loss.") == []
    assert timexes(timex_nlp, "Quarterly reports go to Congress.") == [("Quarterly", "P3M", None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saudi Vision 2030 reshaped Riyadh.", []),
        ("The Vice President launched PACC 2030 in June.", ["2024-06"]),
        ("The Council adopted Resolution 1970 (2011).", ["2011"]),
        ("Prices rose during Ramadan 2024.", ["2024-03-11"]),  # the feast itself: its first day (range_end its last)
        ("Enrollment opened for Plan Year 2023.", ["2023"]),
        ("Ahead of Pride Month 2024, the partnership released a guide.", ["2024"]),
        ("Navigation Mixte's 1989 results were weak.", ["1989"]),
    ],
)
def test_a_year_after_a_proper_name_is_part_of_the_name(timex_nlp, text, expected):
    """"Vision 2030", "PACC 2030", "Resolution 1970" name things; after a calendar period or a possessive a year dates."""
    assert [value for _, value, _, _ in timexes(timex_nlp, text)] == expected


def test_a_recurrence_after_a_count_is_no_rate(timex_nlp):
    """"700 seats a week" is a rate; "20 drugs every year" says the negotiating recurs."""
    assert timexes(timex_nlp, "It sells 700 seats a week.") == []
    assert timexes(timex_nlp, "Medicare will negotiate 20 more drugs every year.") == [("every year", "P1Y", None, None)]


def test_a_year_inside_a_link_or_file_name_is_no_date(timex_nlp):
    text = "[Source: CMS, https://www.cms.gov/files/document/fact-sheet-ipay-2026.pdf] Prices fell on 04/04/2024."
    assert [value for _, value, _, _ in timexes(timex_nlp, text)] == ["2024-04-04"]


@pytest.mark.parametrize(("text", "value"), [("starting this past January", "2025-01"), ("this coming March", "2026-03")])
def test_this_past_and_this_coming_month(timex_nlp, text, value):
    assert [v for _, v, _, _ in timexes(timex_nlp, f"Vaccines became free {text}.")] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date before a dated document or meeting dates it, even when the noun is capitalized or a name intervenes
        ("As conveyed in the September 22 Joint Statement, they agreed.", [("September 22", "2024-09-22", None, None)]),
        ("He stressed the November 12 Paris international conference.", [("November 12", "2024-11-12", None, None)]),
        # ... but one inside a movement's or a memorial's name does not
        ("Members of the April 6 Youth Movement marched.", []),
    ],
)
def test_a_date_before_a_dated_document_dates_it(timex_nlp, text, expected):
    assert timexes(timex_nlp, text) == expected


def test_mid_century_is_the_middle_of_the_current_century(timex_nlp):
    assert timexes(timex_nlp, "The plan reaches net zero by mid-century.") == [("mid-century", "20", None, "MID")]


def test_the_year_ahead_is_the_span_to_come_but_ahead_of_schedule_is_not(timex_nlp):
    assert timexes(timex_nlp, "Priorities for the year ahead include trade.") == [("the year ahead", "P1Y", None, None)]
    assert timexes(timex_nlp, "The week ahead will be busy.") == [("The week ahead", "P1W", None, None)]
    assert timexes(timex_nlp, "In the decade ahead, growth will slow.") == [("the decade ahead", "P1DE", None, None)]
    assert timexes(timex_nlp, "They finished the year ahead of schedule.")[0][0] == "the year"


def test_every_single_day_recurs(timex_nlp):
    assert timexes(timex_nlp, "Every single day people are dying from gun violence.") == [
        ("Every single day", "P1D", None, None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We will stay focused on the response in the days ahead.", [("the days ahead", "PXD", None, None)]),
        ("Help will arrive in the hours ahead.", [("the hours ahead", "PTXH", None, None)]),
        ("We will work together in the weeks ahead.", [("the weeks ahead", "PXW", None, None)]),
        ("We will act in the days to come.", [("the days", "PXD", None, None)]),
        ("Operations end in the days and weeks ahead.", [("the days and weeks ahead", "PXD", None, None)]),
        ("In the days after the storm, the days were long.", []),  # no span still to come
    ],
)
def test_the_days_and_weeks_ahead_are_a_vague_span_to_come(timex_nlp, text, expected):
    assert timexes(timex_nlp, text) == expected


def test_this_coming_week_is_the_next_one(timex_nlp):
    assert timexes(timex_nlp, "We commit to launching this coming week a task force.") == [
        ("this coming week", "2025-W12", None, None),
    ]


def test_this_decisive_decade_is_the_current_decade(timex_nlp):
    assert timexes(timex_nlp, "We will scale up climate action through this decisive decade.") == [
        ("this decisive decade", "202X", None, None),
    ]
    assert timexes(timex_nlp, "This critical week matters.") == []  # only a year, decade or century takes the adjective


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tensions peaked in the last days of 2020.", ("the last days of 2020", "DATE", "2020", "END")),
        ("The offensive stalled in the final months of 2023.", ("the final months of 2023", "DATE", "2023", "END")),
        ("Talks resumed in the first days of March.", ("the first days of March", "DATE", "2024-03", "START")),
        ("The plan will be finished in the latter part of next year.",
         ("the latter part of next year", "DATE", "2025", "END")),
        ("The troops will leave by the end of the summer.", ("the end of the summer", "DATE", "2024-SU", "END")),
    ],
)
def test_the_first_or_last_stretch_of_a_period_is_that_period_with_its_part(timex_nlp, text, expected):
    doc = timex_nlp.make_doc(text)
    doc._.dct = "2024-06-05"
    assert [(t["text"], t["type"], t["value"], t["mod"]) for t in timex_nlp(doc)._.timexes] == [expected]


def test_the_last_days_of_an_event_are_no_date(timex_nlp):
    doc = timex_nlp.make_doc("In the final days of the war, the army collapsed.")
    doc._.dct = "2024-06-05"
    assert timex_nlp(doc)._.timexes == []
