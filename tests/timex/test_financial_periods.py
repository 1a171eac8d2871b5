"""Reporting periods in company news: the quarter reported on, and what it is compared with."""

from __future__ import annotations

import pytest


def values(nlp, text: str, dct: str) -> list[tuple[str, str, str]]:
    doc = nlp.make_doc(text)
    doc._.dct = dct
    return [(t["text"], t["type"], t["value"]) for t in nlp(doc)._.timexes]


def test_each_year_earlier_compares_with_the_reported_quarter_not_with_the_last_comparison(timex_nlp):
    text = ("Savin reported a third-quarter net loss of $35.2 million, compared with year-earlier profit of "
            "$3.8 million. Revenue declined 8% to $85.7 million, from $93.3 million a year earlier.")
    assert values(timex_nlp, text, "1989-11-02") == [
        ("third-quarter", "DATE", "1989-Q3"),
        ("year-earlier", "DATE", "1988-Q3"),
        ("a year earlier", "DATE", "1988-Q3"),
    ]


def test_the_quarter_after_a_comparison_is_still_the_reported_quarter(timex_nlp):
    text = ("Citadel posted a third-quarter net loss, versus net income a year earlier. "
            "Operations had a loss of $5.5 million for the quarter.")
    assert values(timex_nlp, text, "1989-11-02")[-1] == ("the quarter", "DATE", "1989-Q3")


def test_a_year_earlier_after_the_nine_months_is_the_year_before(timex_nlp):
    text = ("America West reported third-quarter profit jumped 45%. For the nine months, it posted earnings "
            "of $18.9 million, compared with a loss of $9.7 million a year earlier.")
    assert values(timex_nlp, text, "1989-10-26")[-2:] == [
        ("the nine months", "DURATION", "P9M"),
        ("a year earlier", "DATE", "1988"),
    ]


def test_the_quarter_ended_a_date_is_the_quarter_that_date_closes(timex_nlp):
    text = "Coast had a loss of $92.2 million for the quarter ended Sept. 30. It earned $10.2 million a year ago."
    assert values(timex_nlp, text, "1989-11-01") == [
        ("the quarter", "DATE", "1989-Q3"),
        ("Sept. 30", "DATE", "1989-09-30"),
        ("a year ago", "DATE", "1988-Q3"),
    ]


def test_years_ago_in_a_later_sentence_count_back_from_the_creation_time_and_move_the_story_there(timex_nlp):
    """A year ago may compare with the quarter just reported; two years ago, a sentence on, tells of that year."""
    text = ("Analysts expect growth of about 4 percent in the first quarter. Two years ago, the Fed cut rates "
            "three times in the fall.")
    assert values(timex_nlp, text, "2000-02-07") == [
        ("the first quarter", "DATE", "2000-Q1"),
        ("Two years ago", "DATE", "1998"),
        ("the fall", "DATE", "1998-FA"),
    ]


def test_the_same_month_last_year_is_the_month_just_named_a_year_back(timex_nlp):
    text = "Exports in July alone reached 16.8 billion dollars, up 2.1 percent from the same month last year."
    assert values(timex_nlp, text, "1998-08-12") == [
        ("July", "DATE", "1998-07"),
        ("the same month last year", "DATE", "1997-07"),
    ]
    assert values(timex_nlp, "Exports rose from the same month a year earlier.", "1998-08-12") == [
        ("the same month a year earlier", "DATE", "1997"),  # no month named: only the year is known
    ]


def test_a_period_of_several_years_is_their_range_not_the_last_year_s_reported_quarter(timex_nlp):
    assert values(timex_nlp, "During the 1996-2000 period, China plans to build 300 hotels.", "1999-08-26") == [
        ("1996-2000", "DATE", "1996"),
    ]


def test_a_run_of_months_is_one_date_from_its_first_month_with_the_range_to_the_last(timex_nlp):
    doc = timex_nlp.make_doc("Exports in the January-August period rose 7.6 percent; June–July 2025 will be busier.")
    doc._.dct = "1998-09-22"
    assert [(t["text"], t["value"], t["range_end"]) for t in timex_nlp(doc)._.timexes] == [
        ("the January-August period", "1998-01", "1998-08"),
        ("June–July 2025", "2025-06", "2025-07"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Net income rose in the April-June period.", "2013-Q2"),
        ("Growth slowed in the January-March quarter.", "2013-Q1"),
        ("Exports rose 5 percent in the January-June period.", "2013-H1"),
    ],
)
def test_a_run_of_months_that_makes_a_calendar_quarter_or_half_names_it(timex_nlp, text, value):
    doc = timex_nlp.make_doc(text)
    doc._.dct = "2013-07-12"
    assert [t["value"] for t in timex_nlp(doc)._.timexes] == [value]


def test_the_same_period_last_year_after_a_run_of_months_is_that_year_not_a_quarter_named_before(timex_nlp):
    text = ("The economy grew 8.1 percent in the first quarter and 8.3 percent in the second quarter. Exports in the "
            "first five months were up 38.3 percent from the same period last year.")
    assert values(timex_nlp, text, "2000-06-30")[-1] == ("the same period last year", "DATE", "1999")
    text = ("Boeing said its profit fell 29 percent in the third quarter. The company earned $335 million in the three "
            "months ended Sept. 30, down from $474 million a year earlier.")
    assert values(timex_nlp, text, "1998-10-20")[-1] == ("a year earlier", "DATE", "1997-Q3")  # three months: the quarter


def test_the_month_a_change_is_measured_from_does_not_move_the_story(timex_nlp):
    text = "Output in October rose 2.2 percent over October 1997. Power generation grew 6.7 percent in the fiscal year."
    assert values(timex_nlp, text, "1999-01-05")[-1] == ("the fiscal year", "DATE", "1999")


def test_the_whole_or_entire_year_is_the_year_like_the_full_year(timex_nlp):
    text = "The trade surplus for the whole year is expected to exceed $40 billion, as it did for the entire year 1997."
    assert values(timex_nlp, text, "1998-09-22")[0] == ("the whole year", "DATE", "1998")


def test_a_quarter_point_is_a_share_of_a_percentage_point_not_a_quarter_year(timex_nlp):
    text = "The Fed raised its benchmark rate a quarter point in November, then a quarter percentage point."
    assert values(timex_nlp, text, "2000-02-07") == [("November", "DATE", "1999-11")]


def test_the_year_period_names_that_years_reported_quarter(timex_nlp):
    text = "Profit fell in the third quarter. In the 1988 period, the company earned $20.6 million."
    assert values(timex_nlp, text, "1989-10-26")[-1] == ("the 1988 period", "DATE", "1988-Q3")


def test_the_corresponding_period_last_year_is_the_reported_quarter_a_year_back(timex_nlp):
    text = ("Net loss was $8.1 million for the third quarter. This compares with net income of $1.8 million "
            "for the corresponding period last year. U.K. sales for last year's quarter were $3 million.")
    found = values(timex_nlp, text, "1989-11-01")
    assert ("the corresponding period last year", "DATE", "1988-Q3") in found
    assert ("last year's quarter", "DATE", "1988-Q3") in found


def test_the_year_is_the_current_year_and_the_year_ended_a_date_lasts_a_year(timex_nlp):
    text = ("The stock rose to a high for the year in June. For the year ended Aug. 31, net income was "
            "C$2.7 million. The deal should close by year-end.")
    found = values(timex_nlp, text, "1989-10-30")
    assert ("the year", "DATE", "1989") in found
    assert ("the year", "DURATION", "P1Y") in found
    assert ("year-end", "DATE", "1989") in found


def test_the_latest_fiscal_year_is_the_last_completed_one(timex_nlp):
    text = "Non-food operations accounted for 27% of sales in the latest fiscal year."
    assert values(timex_nlp, text, "1989-10-26") == [("the latest fiscal year", "DATE", "1988")]


def test_a_calendar_year_named_by_its_place_is_that_year(timex_nlp):
    text = "The sanctions will remain in place until the end of the current calendar year."
    assert values(timex_nlp, text, "2025-12-05") == [("the end of the current calendar year", "DATE", "2025")]
    assert values(timex_nlp, "Last calendar year, sales rose.", "2025-12-05") == [
        ("Last calendar year", "DATE", "2024"),
    ]


def test_a_record_date_takes_its_year_from_the_creation_time_not_from_the_payment_date(timex_nlp):
    text = "The dividend is payable Jan. 2 to stock of record Dec. 15."
    assert values(timex_nlp, text, "1989-11-02") == [
        ("Jan. 2", "DATE", "1990-01-02"),
        ("Dec. 15", "DATE", "1989-12-15"),
    ]


def test_a_quarter_the_creation_time_falls_in_is_this_years(timex_nlp):
    text = "The earthquake last month will result in a fourth-quarter charge of less than $10 million."
    assert values(timex_nlp, text, "1989-11-02")[-1] == ("fourth-quarter", "DATE", "1989-Q4")


def test_halves_and_quarters_of_this_or_last_year_and_the_same_period_of_last_year(timex_nlp):
    text = ("Exports rose 12 percent in the first half of this year over the same period of last year, "
            "after falling in the third quarter of last year.")
    assert values(timex_nlp, text, "1998-08-08") == [
        ("the first half of this year", "DATE", "1998-H1"),
        ("the same period of last year", "DATE", "1997-H1"),
        ("the third quarter of last year", "DATE", "1997-Q3"),
    ]


def test_a_half_or_quarter_of_the_year_is_one_expression_in_the_year_its_tense_points_to(timex_nlp):
    assert values(timex_nlp, "Sales fell in the second half of the year.", "2013-03-22") == [
        ("the second half of the year", "DATE", "2012-H2"),
    ]
    assert values(timex_nlp, "The plant will open in the second half of the year.", "2013-03-22") == [
        ("the second half of the year", "DATE", "2013-H2"),
    ]
    assert values(timex_nlp, "Profits rose in the first quarter of the year.", "2013-03-22") == [
        ("the first quarter of the year", "DATE", "2013-Q1"),
    ]


def test_a_capitalized_year_in_a_title_is_not_a_date(timex_nlp):
    assert values(timex_nlp, "He was named Man of the Year by Time magazine.", "1998-08-08") == []


def test_a_fiscal_quarter_is_numbered_in_the_creation_year_and_named_again_without_it(timex_nlp):
    """A company's fiscal third quarter can end in February: it is not placed by tense like the calendar's
    July-September, and "The third quarter" later in the story is the same quarter."""
    text = ("FedEx said Tuesday that its profit fell 31% in its fiscal third quarter. It earned $239 million, "
            "compared with $346 million a year earlier. \"The third quarter was difficult,\" he said.")
    assert values(timex_nlp, text, "2013-03-19")[1:] == [
        ("fiscal third quarter", "DATE", "2013-Q3"),
        ("a year earlier", "DATE", "2012-Q3"),
        ("The third quarter", "DATE", "2013-Q3"),
    ]
    assert values(timex_nlp, "Sun earned $5.2 million in the fiscal-first quarter.", "1989-10-26") == [
        ("the fiscal-first quarter", "DATE", "1989-Q1"),
    ]


def test_a_half_of_a_named_thing_is_no_half_year(timex_nlp):
    text = "Finance rose above the average level during the second half of the Obama-Biden Administration."
    assert values(timex_nlp, text, "2024-05-01") == []
    assert values(timex_nlp, "It announced a loss for the third quarter of $226.3 million.", "1989-11-01") == [
        ("the third quarter", "DATE", "1989-Q3"),
    ]
    assert values(timex_nlp, "They pushed spending in the 4th quarter of Fiscal Year 2021.", "2022-01-01") == [
        ("the 4th quarter of Fiscal Year 2021", "DATE", "2021-Q4"),
    ]


def test_a_year_before_a_quarter_or_half_is_one_expression_of_that_years_period(timex_nlp):
    assert values(timex_nlp, "Net income in the 1988 second quarter included a charge.", "1989-10-26") == [
        ("the 1988 second quarter", "DATE", "1988-Q2"),
    ]
    assert values(timex_nlp, "Earnings fell from the 1988 first half.", "1989-10-26") == [
        ("the 1988 first half", "DATE", "1988-H1"),
    ]


def test_the_year_earlier_first_half_is_the_first_half_a_year_back(timex_nlp):
    text = "In the first half, earnings rose 5% from the year-earlier first half."
    assert values(timex_nlp, text, "1989-10-26") == [
        ("the first half", "DATE", "1989-H1"),
        ("the year-earlier first half", "DATE", "1988-H1"),
    ]
