"""Which way an underspecified month or weekday is read from the creation time: the tense of its clause."""

from __future__ import annotations

import pytest

OCTOBER = "1999-10-30"


def values(nlp, text: str, dct: str = OCTOBER) -> list[tuple[str, str]]:
    doc = nlp.make_doc(text)
    doc._.dct = dct
    return [(t["text"], t["value"]) for t in nlp(doc)._.timexes]


@pytest.mark.parametrize(
    "text",
    [
        "Prices have been rising since March.",  # perfect progressive
        "Prices are up 5% since March.",  # "since" places the month behind, whatever the verb
    ],
)
def test_a_month_after_since_or_in_a_perfect_clause_has_passed(timex_nlp, text):
    assert values(timex_nlp, text) == [("March", "1999-03")]


def test_a_participle_clause_takes_the_tense_of_the_clause_it_hangs_from(timex_nlp):
    text = "Nashua's stock has fluctuated sharply, rising to a high of $42.875 a share in June from $29.75 in March."
    assert values(timex_nlp, text) == [("June", "1999-06"), ("March", "1999-03")]


def test_a_linking_participle_takes_the_tense_of_the_clause_it_hangs_from(timex_nlp):
    """"based on", "compared with": a participle with no act of its own is no past tense."""
    text = "The change will extend protections to 1 million workers based on a salary increase on July 1."
    assert values(timex_nlp, text, "2024-04-23") == [("July 1", "2024-07-01")]
    assert values(timex_nlp, "The fund held bonds bought in June.", "2024-04-23") == [("June", "2023-06")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The committee will begin debating the articles on Thursday.", "1998-12-10"),
        ("The company will start selling the phone on Friday.", "1998-12-11"),
        ("The troops began withdrawing on Thursday.", "1998-12-03"),
    ],
)
def test_a_gerund_complement_takes_the_tense_of_its_verb(timex_nlp, text, expected):
    """Written on Saturday: "will begin debating" lies ahead, "began withdrawing" behind."""
    assert values(timex_nlp, text, "1998-12-05")[0][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crew will release the telescope in orbit and return on Tuesday.", "1999-07-27"),
        ("The crew released the telescope in orbit and returned on Tuesday.", "1999-07-20"),
    ],
)
def test_a_verb_joined_to_a_future_verb_shares_its_auxiliary(timex_nlp, text, expected):
    """Written on Friday: "will release ... and return" is one future, so the coming Tuesday."""
    assert values(timex_nlp, text, "1999-07-23")[-1][1] == expected


def test_a_date_of_a_noun_whose_relative_clause_is_past_has_passed(timex_nlp):
    """Written in May: the fire "in November that killed 112 people" was last November, though the sentence is
    in the present."""
    text = ("It is the deadliest disaster in the history of the industry, surpassing a fire at a factory in "
            "November that killed 112 people.")
    assert values(timex_nlp, text, "2013-05-03") == [("November", "2012-11")]
    assert values(timex_nlp, "The plan, which takes effect in November, is popular.", "2013-05-03") == [
        ("November", "2013-11"),
    ]


def test_a_month_or_season_of_a_habit_is_any_years(timex_nlp):
    """"usually peaks in May" names no one May: the value keeps its unknown year (`XXXX-05`)."""
    text = "Forecasters say the storm season, which usually peaks in May, could bring more severe weather."
    assert values(timex_nlp, text, "2013-05-22") == [("May", "XXXX-05")]
    assert values(timex_nlp, "Parliament usually breaks for the summer in July.", "2013-05-22") == [
        ("the summer", "XXXX-SU"), ("July", "XXXX-07"),
    ]
    assert values(timex_nlp, "Prices rose in May.", "2013-05-22") == [("May", "2013-05")]


def test_what_was_expected_to_happen_is_read_like_what_someone_said_would(timex_nlp):
    """Written on Friday 8 November 2013: the storm "was expected to leave by Saturday evening" tomorrow."""
    text = "The storm was expected to leave the country by Saturday evening."
    assert values(timex_nlp, text, "2013-11-08") == [("Saturday evening", "2013-11-09TEV")]


def test_what_is_to_happen_lies_ahead(timex_nlp):
    """Written on Monday 8 April 2013: "is to be recalled on Wednesday" is this Wednesday, "are to meet in March"
    next March."""
    assert values(timex_nlp, "Parliament is to be recalled on Wednesday.", "2013-04-08") == [("Wednesday", "2013-04-10")]
    assert values(timex_nlp, "The leaders are to meet in March.", "2013-04-08") == [("March", "2014-03")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leaders will gather in Brussels to sign the treaty on Monday.", "2013-03-25"),
        ("The council will meet at 9 a.m. to vote on the budget Friday.", "2013-03-29"),
        ("Leaders gathered in Brussels to sign the treaty on Monday.", "2013-03-18"),
    ],
)
def test_the_purpose_of_what_will_be_done_lies_ahead_too(timex_nlp, text, expected):
    """Written on Saturday: "will gather ... to sign ... on Monday" is the coming Monday; after "gathered"
    the Monday is the one just past."""
    assert values(timex_nlp, text, "2013-03-23")[-1][1] == expected


def test_an_adjective_the_parser_joins_to_a_verb_takes_no_tense_from_it(timex_nlp):
    """"heard loud and clear": the parser makes "clear" a verb joined to "loud"; the December called for is ahead."""
    text = "The President has heard loud and clear the calls for a strong replenishment in December."
    assert values(timex_nlp, text, "2024-11-19") == [("December", "2024-12")]


def test_followed_by_links_a_date_to_the_clause_it_hangs_from_without_a_tense_of_its_own(timex_nlp):
    text = "The series kicks off with a session on Dec. 6, followed by webinars on Dec. 13 and Jan. 17."
    assert values(timex_nlp, text, "2023-11-14") == [("Dec. 6", "2023-12-06"), ("Dec. 13", "2023-12-13"),
                                                      ("Jan. 17", "2024-01-17")]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("Officers from both sides were to meet Saturday on the border.", "1999-06-04", "1999-06-05"),  # a Friday
        ("Officers from both sides were to meet Saturday, but the talks collapsed.", "1999-06-07", "1999-06-05"),
    ],
)
def test_what_was_to_happen_is_the_nearest_such_day(timex_nlp, text, dct, expected):
    assert values(timex_nlp, text, dct)[0][1] == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("Investors will watch for the report on growth, due Thursday.", "1998-08-23", "1998-08-27"),  # a Sunday
        ("The planned rise in fuel duty, due in September, has been scrapped.", "2013-03-20", "2013-09"),
    ],
)
def test_what_is_due_is_ahead_of_the_writer(timex_nlp, text, dct, expected):
    assert values(timex_nlp, text, dct)[-1][1] == expected


def test_a_month_in_a_future_clause_still_lies_ahead(timex_nlp):
    assert values(timex_nlp, "Prices will rise in March.") == [("March", "2000-03")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Otherwise the June accord will join the long list of forgotten deals.", [("June", "1999-06")]),
        ("It is convertible at a premium over Thursday's closing price.", [("Thursday", "1999-10-28")]),
        ("The company said its third-quarter earnings will be lower.", [("third-quarter", "1999-Q3")]),
    ],
)
def test_a_date_naming_a_nouns_event_takes_no_tense_from_a_clause_not_in_the_past(timex_nlp, text, expected):
    assert values(timex_nlp, text) == expected


def test_a_date_naming_a_nouns_event_in_a_past_clause_has_passed(timex_nlp):
    assert values(timex_nlp, "Investigators have searched for him since the Oct. 23 slaying.", "1999-05-06") == [
        ("Oct. 23", "1998-10-23"),
    ]


def test_a_month_far_away_in_a_clause_without_tense_is_the_nearest_one(timex_nlp):
    assert values(timex_nlp, "A new price list, effective March 1.") == [("March 1", "2000-03-01")]


def test_what_must_or_should_be_done_by_a_weekday_lies_ahead(timex_nlp):
    assert values(timex_nlp, "The recount must be completed by 5 p.m. Tuesday.", "2000-11-09") == [
        ("5 p.m. Tuesday", "2000-11-14T17:00"),
    ]
    assert values(timex_nlp, "The talks should have ended on Tuesday.", "2000-11-09") == [("Tuesday", "2000-11-07")]


def test_what_someone_said_would_happen_lies_ahead_even_after_a_story_told_in_another_year(timex_nlp):
    """Reported speech: "would" in what was said looks ahead of the saying, so "April 15" does not take
    the year of the assault just narrated."""
    text = ("Prosecutors said the assault happened on Aug. 12, 2012. The attorney general said a grand jury "
            "would convene on April 15 to consider whether others should be charged.")
    assert values(timex_nlp, text, "2013-03-18") == [("Aug. 12, 2012", "2012-08-12"), ("April 15", "2013-04-15")]


def test_would_outside_reported_speech_is_no_future(timex_nlp):
    """A main-clause "would" ("holders would receive a dividend") keeps the past reading of its weekday."""
    text = "Under new terms of the agreement, announced Friday, LIN holders would receive a special dividend."
    assert values(timex_nlp, text, "1989-10-30") == [("Friday", "1989-10-27")]


def test_a_weekday_someone_said_would_come_may_have_come_since(timex_nlp):
    """Written on Saturday: the Friday he said on Tuesday he would resign is yesterday, not next week."""
    assert values(timex_nlp, "He said Tuesday he would resign Friday.", "1998-03-07") == [
        ("Tuesday", "1998-03-03"), ("Friday", "1998-03-06"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # undated saying: the writer's news, so what would happen is still ahead ...
        ("The European Central Bank warned it would cut off emergency funding on Monday unless a deal was reached.",
         [("Monday", "2013-03-25")]),
        # ... though it may be yesterday's
        ("The minister said he would resign on Wednesday.", [("Wednesday", "2013-03-20")]),
        # a dated saying: the first such day after it, here three days back
        ("The bank said Monday it would cut off emergency funding on Tuesday.",
         [("Monday", "2013-03-18"), ("Tuesday", "2013-03-19")]),
    ],
)
def test_a_weekday_someone_said_would_come_follows_the_saying(timex_nlp, text, expected):
    """Written on Thursday 21 March 2013: an undated saying is close to the writing, so the Monday it
    promises is next Monday, not the one three days back; a dated saying counts from its own day."""
    assert values(timex_nlp, text, "2013-03-21") == expected


def test_what_someone_said_would_happen_may_already_have_happened(timex_nlp):
    """Reported on October 5: talks that "would start on Oct. 1" started four days ago, not next year."""
    assert values(timex_nlp, "Clinton said Monday the talks would start on Oct. 1.", "2000-10-05") == [
        ("Monday", "2000-10-02"), ("Oct. 1", "2000-10-01"),
    ]


def test_a_present_clause_takes_no_year_that_ended_long_before_the_creation_time(timex_nlp):
    text = "Tehran made a similar promise in March 2023. The mechanism expires in October."
    assert values(timex_nlp, text, "2025-06-03") == [("March 2023", "2023-03"), ("October", "2025-10")]
    # a narrative of this year or last still lends its year
    text = "The deal was signed in March 2025. The mechanism expires in October."
    assert values(timex_nlp, text, "2025-06-03")[-1] == ("October", "2025-10")


def test_a_past_month_after_a_later_dated_month_takes_the_nearer_following_year(timex_nlp):
    """"due at end-September 2025, was met with a delay in January", written in March 2026: January 2026."""
    text = "The benchmark, due at end-September 2025, was met with a delay in January."
    assert values(timex_nlp, text, "2026-03-12") == [("end-September 2025", "2025-09"), ("January", "2026-01")]
    # a following year after the creation time is no reading: January 1999 is still to come in a 1998 story
    text = "The trial began in October 1998. In January the jury convicted him."
    assert values(timex_nlp, text, "1998-12-01") == [("October 1998", "1998-10"), ("January", "1998-01")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was appointed in the autumn of 2011 and resigned in February.",
         [("the autumn of 2011", "2011-FA"), ("February", "2012-02")]),
        ("Sales fell in the fourth quarter of 2011 and recovered in March.",
         [("the fourth quarter of 2011", "2011-Q4"), ("March", "2012-03")]),
        ("Sales fell in the first half of 2011 and recovered in March.",
         [("the first half of 2011", "2011-H1"), ("March", "2011-03")]),
    ],
)
def test_a_past_month_after_a_dated_season_quarter_or_half_takes_the_nearer_year(timex_nlp, text, expected):
    """As after a month: a month told after "the autumn of 2011" is the following February, four months on;
    after "the first half of 2011", March of that half."""
    assert values(timex_nlp, text, "2013-03-22") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials are meeting Tuesday to discuss the plan.", [("Tuesday", "1999-11-02")]),
        ("The president is traveling to Rome on Friday.", [("Friday", "1999-11-05")]),
    ],
)
def test_a_day_of_a_present_progressive_verb_is_an_arrangement_ahead(timex_nlp, text, expected):
    """Written on Saturday 30 October: the Tuesday to come, not the one just gone."""
    assert values(timex_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the act is for, not when it happens (TimeBank: a bank's reserves "for the third quarter")
        ("The bank is increasing its reserves for the third quarter.", [("the third quarter", "1999-Q3")]),
        # a heading before a colon dates nothing in the sentence after it
        ("Good News Friday: The administration is investing in roads.", [("Friday", "1999-10-29")]),
        # a month the parser hangs on the verb is as often the noun's (written in August 2021: last July)
        ("Treasury is releasing new data on spending in July.", [("July", "1999-07")]),
    ],
)
def test_a_progressive_verb_does_not_move_a_date_it_does_not_place(timex_nlp, text, expected):
    assert values(timex_nlp, text) == expected


def test_a_weekday_written_with_a_day_picks_the_year_that_day_falls_on_it(timex_nlp):
    """The narrative's "Spring 2023" would put August 29 in 2023, but Monday, August 29 is 2022's, three days
    after the creation time."""
    text = "The application period for the Spring 2023 session will open on Monday, August 29."
    assert values(timex_nlp, text, "2022-08-26") == [("Spring 2023", "2023-SP"), ("Monday, August 29", "2022-08-29")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The paper was published on Wednesday, 20 March.", ("Wednesday, 20 March", "2013-03-20")),
        ("The summit opens on Monday 25th March.", ("Monday 25th March", "2013-03-25")),
        ("The summit opens on Monday the 25th of March.", ("Monday the 25th of March", "2013-03-25")),
    ],
)
def test_a_weekday_before_a_day_and_month_is_one_date_as_before_a_month_and_day(timex_nlp, text, expected):
    """British order ("Wednesday 20 March") is one expression, like "Wednesday, March 20"."""
    assert values(timex_nlp, text, "2013-03-22") == [expected]


def test_a_slip_of_the_weekday_does_not_move_a_date_a_year(timex_nlp):
    # 18 December 1998 was a Friday; the Saturday 18 December nearest is a year on
    assert values(timex_nlp, "The talks resumed on Saturday, Dec. 18.", "1998-12-29") == [
        ("Saturday, Dec. 18", "1998-12-18"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote is expected in June.", [("June", "1999-06")]),
        ("Talks are scheduled for March.", [("March", "1999-03")]),
        ("Growth is expected to slow in June.", [("June", "1999-06")]),
        ("The vote was expected in June.", [("June", "1998-06")]),  # a past expectation: the June before
    ],
)
def test_what_is_expected_or_scheduled_lies_ahead(timex_nlp, text, expected):
    """Written on 14 October 1998: the nearest June is behind, the one expected ahead."""
    assert values(timex_nlp, text, "1998-10-14") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mission ends in December.", [("December", "2013-12")]),
        ("The fiscal year begins Oct. 1.", [("The fiscal year", "2013"), ("Oct. 1", "2013-10-01")]),
    ],
)
def test_a_timetabled_start_or_end_in_the_simple_present_lies_ahead(timex_nlp, text, expected):
    """Written on 21 March 2013: the nearest December or October 1 is behind, the one the timetable means ahead."""
    assert values(timex_nlp, text, "2013-03-21") == expected


def test_a_verb_end_before_a_date_is_no_part_of_it(timex_nlp):
    assert values(timex_nlp, "The talks will end next week.") == [("next week", "1999-W44")]
    assert values(timex_nlp, "The loan is due by end-2025 and the review by end June 2024.") == [
        ("end-2025", "2025"), ("end June 2024", "2024-06"),
    ]


def test_a_listed_date_with_no_tense_is_not_put_most_of_a_year_ahead(timex_nlp):
    """A list of calls written on January 10: "January 10" gives the story's year, but "December 16" with no
    verb to place it is the December just past, not the one eleven months ahead."""
    text = ("- January 7, 2022: Blinken's call with Kuleba\n- January 10: Milley's call with Zaluzhny\n\n"
            "Engagements with NATO\n\n- December 16: North Atlantic Council meeting")
    assert values(timex_nlp, text, "2022-01-10")[1:] == [("January 10", "2022-01-10"), ("December 16", "2021-12-16")]


def test_a_date_compared_against_is_no_step_of_the_story(timex_nlp):
    """"than in February 2020" is a baseline: the months told after it keep the creation time's year."""
    text = ("The sector had 17 percent fewer jobs this April than in February 2020. The sector added 331,000 jobs "
            "in April, more than it added in March.")
    assert values(timex_nlp, text, "2021-05-10")[2:] == [("April", "2021-04"), ("March", "2021-03")]
