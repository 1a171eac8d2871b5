"""Clock times in wire copy: the day they fall on, and times written against GMT."""

from __future__ import annotations

import pytest


def values(nlp, text: str, dct: str | None = None) -> list[tuple[str, str, str]]:
    doc = nlp.make_doc(text)
    doc._.dct = dct
    return [(t["text"], t["type"], t["value"]) for t in nlp(doc)._.timexes]


def test_a_time_written_against_gmt_is_a_clock_time_on_the_day_named_beside_it(timex_nlp):
    assert values(timex_nlp, "The bombs went off at 10:30 a.m. (0730 GMT) Friday.", "1998-08-08") == [
        ("10:30 a.m.", "TIME", "1998-08-07T10:30"),
        ("0730 GMT", "TIME", "1998-08-07T07:30"),
        ("Friday", "DATE", "1998-08-07"),
    ]


def test_a_clock_time_after_a_weekday_falls_on_that_day(timex_nlp):
    assert values(timex_nlp, "Police said on Thursday at 9 p.m. the men fled.", "1998-08-08")[-1] == (
        "9 p.m.", "TIME", "1998-08-06T21:00",
    )


def test_a_clock_time_ending_its_sentence_takes_no_day_from_the_next_one(timex_nlp):
    """The parser runs "p.m." on into the next sentence; the day there dates something else."""
    text = "The president spoke in a televised address at 8 p.m. He took office on Feb. 28."
    assert values(timex_nlp, text, "2013-03-25")[0] == ("8 p.m.", "TIME", "2013-03-25T20:00")
    text = "The blasts went off at 2:50 p.m. Investigators searched an apartment on Tuesday."
    assert values(timex_nlp, text, "2013-04-17")[0] == ("2:50 p.m.", "TIME", "2013-04-17T14:50")
    assert values(timex_nlp, "The strikes began at 8 p.m. Wednesday.", "2013-03-25") == [
        ("8 p.m. Wednesday", "TIME", "2013-03-20T20:00"),
    ]
    assert values(timex_nlp, "The call is embargoed until 5:00 a.m. Eastern tomorrow.", "2024-09-05")[0] == (
        "5:00 a.m.", "TIME", "2024-09-06T05:00",
    )



def test_the_night_searched_through_is_the_night_of_the_day_told_and_keeps_the_clock_time_on_that_day(timex_nlp):
    text = ("A small plane crashed into the Atlantic shortly after takeoff Sunday evening, and the Coast Guard searched "
            "through the night for survivors. The Cessna left Fort Lauderdale at 6:15 p.m.")
    assert values(timex_nlp, text, "2000-01-24")[1:] == [
        ("the night", "TIME", "2000-01-23TNI"), ("6:15 p.m.", "TIME", "2000-01-23T18:15"),
    ]


def test_a_time_counted_from_a_clock_time_moves_with_the_day_the_clock_time_is_put_on(timex_nlp):
    text = ("Two bombs exploded on Monday afternoon. The blasts went off at 2:50 p.m., nearly three hours after the "
            "winners had crossed the line. Investigators worked through the night and on Tuesday searched an apartment.")
    assert [v for v in values(timex_nlp, text, "2013-04-16") if v[1] == "TIME"][1:] == [
        ("2:50 p.m.", "TIME", "2013-04-15T14:50"), ("the night", "TIME", "2013-04-15TNI"),
    ]


def test_a_day_in_a_later_relative_or_joined_clause_dates_that_clause_not_the_clock_time(timex_nlp):
    """The session began on Friday morning; the vote came at 5 a.m. on the day the story told, Saturday; the
    storm was expected to leave on Saturday evening, after its landfall at 4:40 a.m. on the creation day."""
    text = ("The Senate early Saturday passed a budget plan. The vote came shortly before 5 a.m. after a "
            "marathon session that began Friday morning.")
    assert values(timex_nlp, text, "2013-03-23")[1] == ("5 a.m.", "TIME", "2013-03-23T05:00")
    text = ("The storm made landfall at 4:40 a.m. and was expected to leave the country by Saturday evening, "
            "the weather bureau said.")
    assert values(timex_nlp, text, "2013-11-08")[0] == ("4:40 a.m.", "TIME", "2013-11-08T04:40")
    assert values(timex_nlp, "Police said they found the car at 9 p.m. Thursday.", "2013-03-23")[0] == (
        "9 p.m. Thursday", "TIME", "2013-03-21T21:00",
    )

def test_a_clock_time_alone_falls_on_the_creation_day(timex_nlp):
    assert values(timex_nlp, "The men appeared in the store around 7:15 p.m.", "1998-02-12") == [
        ("7:15 p.m.", "TIME", "1998-02-12T19:15"),
    ]


def test_midnight_that_has_passed_on_the_creation_day_is_the_one_it_began_with(timex_nlp):
    shutdown = "The U.S. government shut down at midnight after Congress failed to agree."
    assert values(timex_nlp, shutdown, "2013-10-01") == [("midnight", "TIME", "2013-10-01T00:00")]
    assert values(timex_nlp, "The deadline expires at midnight.", "2013-10-01") == [
        ("midnight", "TIME", "2013-10-01T24:00"),
    ]


def test_a_clock_time_after_a_past_day_the_story_just_named_falls_on_that_day(timex_nlp):
    text = "A small plane crashed shortly after takeoff Sunday evening. It left Fort Lauderdale at 6:15 p.m."
    assert values(timex_nlp, text, "2000-01-24")[-1] == ("6:15 p.m.", "TIME", "2000-01-23T18:15")
    text = "A jury on Saturday night found him not guilty. It reached the verdict shortly before 10 p.m."
    assert values(timex_nlp, text, "2013-07-14")[-1] == ("10 p.m.", "TIME", "2013-07-13T22:00")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day ahead is the story's plan, not the clock time's day
        ("Outages will continue tomorrow. Ukrenergo spoke at 4:15 p.m.", "2024-11-21T16:15"),
        # a night runs into the next day
        ("Russia launched 90 missiles overnight. Attacks began shortly after 4 a.m.", "2024-11-21T04:00"),
        # a time heading a live update is that update's time
        ("Russia launched 90 missiles on Tuesday.\n\n09:20 \u2013 The air force says 60 were shot down.",
         "2024-11-21T09:20"),
    ],
)
def test_a_clock_time_takes_the_creation_day_after_a_day_ahead_a_night_or_as_a_heading(timex_nlp, text, expected):
    assert [v for _, t, v in values(timex_nlp, text, "2024-11-21") if t == "TIME" and "T" in v][-1] == expected


def test_a_quarter_of_something_is_a_fraction(timex_nlp):
    assert values(timex_nlp, "Funds hold more than a quarter of the junk market.") == []
    assert values(timex_nlp, "The law lowers premiums for more than three quarters of uninsured Americans.") == []


def test_a_share_cut_by_a_quarter_is_a_fraction(timex_nlp):
    assert values(timex_nlp, "Exports fell by a quarter last year.", "2012-03-14") == [("last year", "DATE", "2011")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shelling started at half past nine.", ("half past nine", "TIME", "2012-03-14T09:30")),
        ("It stopped at a quarter to midnight.", ("a quarter to midnight", "TIME", "2012-03-14T23:45")),
        ("The vote closed at a quarter past ten in the evening.",
         ("a quarter past ten in the evening", "TIME", "2012-03-14T22:15")),
        ("He left at ten minutes to noon.", ("ten minutes to noon", "TIME", "2012-03-14T11:50")),
        ("The deadline expired at five to midnight.", ("five to midnight", "TIME", "2012-03-14T23:55")),
        ("Talks ended at half past twelve at night.", ("half past twelve at night", "TIME", "2012-03-14T00:30")),
        ("They met at a quarter to one.", ("a quarter to one", "TIME", "2012-03-14T12:45")),
        ("The vote closed at half past nine on Friday.", ("half past nine on Friday", "TIME", "2012-03-09T09:30")),
    ],
)
def test_a_clock_time_said_in_words_is_a_time_of_the_day(timex_nlp, text, expected):
    assert values(timex_nlp, text, "2012-03-14") == [expected]


def test_a_morning_hour_written_without_a_leading_zero_is_a_clock_time_after_at(timex_nlp):
    assert values(timex_nlp, "We have a hard stop at 9:45.", "2012-03-14") == [("9:45", "TIME", "2012-03-14T09:45")]
    assert values(timex_nlp, "As Isaiah 40:31 and John 3:16 say, they shall mount up.", "2012-03-14") == []


def test_a_count_from_one_number_to_another_is_no_clock_time(timex_nlp):
    assert values(timex_nlp, "The count rose from five to ten.", "2012-03-14") == []
    assert values(timex_nlp, "Support fell from five to ten percent.", "2012-03-14") == []


def test_high_noon_is_an_idiom_not_a_clock_time(timex_nlp):
    assert values(timex_nlp, "A poster showed Gary Cooper in ``High Noon.''", "1999-03-12") == []
    assert values(timex_nlp, "For the people of Poland, high noon comes today.", "1999-03-12") == [
        ("today", "DATE", "1999-03-12"),
    ]
    assert values(timex_nlp, "The deadline is noon.", "1999-03-12") == [("noon", "TIME", "1999-03-12T12:00")]


def test_midnight_ends_its_day_but_after_midnight_begins_it(timex_nlp):
    assert values(timex_nlp, "The deadline expires at midnight Friday.", "2024-03-20") == [
        ("midnight Friday", "TIME", "2024-03-22T24:00"),
    ]
    assert values(timex_nlp, "The attack came shortly after midnight on Saturday.", "2024-03-20") == [
        ("midnight on Saturday", "TIME", "2024-03-16T00:00"),
    ]


def test_a_clock_time_before_today_or_tomorrow_is_one_time_on_that_day(timex_nlp):
    assert values(timex_nlp, "The deadline expires at midnight tonight.", "2010-06-16") == [
        ("midnight tonight", "TIME", "2010-06-16T24:00"),
    ]
    assert values(timex_nlp, "The blast happened at 11 p.m. yesterday.", "2010-06-16") == [
        ("11 p.m. yesterday", "TIME", "2010-06-15T23:00"),
    ]
    assert values(timex_nlp, "The call is under embargo until 5:00 a.m. tomorrow morning.", "2022-06-07") == [
        ("5:00 a.m. tomorrow morning", "TIME", "2022-06-08T05:00"),
    ]


def test_a_clock_time_keeps_its_seconds(timex_nlp):
    assert values(timex_nlp, "The first shot was fired at 10:30:34 a.m.", "2010-06-16") == [
        ("10:30:34 a.m.", "TIME", "2010-06-16T10:30:34"),
    ]
    assert values(timex_nlp, "The log shows the alarm at 14:22:05.", "2010-06-16") == [
        ("14:22:05", "TIME", "2010-06-16T14:22:05"),
    ]


def test_military_time_in_hours_is_a_clock_time_not_a_duration(timex_nlp):
    """"0600 hours" is six in the morning; a count is never written with a leading zero."""
    assert values(timex_nlp, "The ceasefire took effect at 0600 hours.", "2025-03-04") == [
        ("0600 hours", "TIME", "2025-03-04T06:00"),
    ]
    assert values(timex_nlp, "Troops must withdraw by 1800 hours on Friday.", "2025-03-04") == [
        ("1800 hours on Friday", "TIME", "2025-03-07T18:00"),
    ]
    assert values(timex_nlp, "The flight lasted 0.5 hours.") == [("0.5 hours", "DURATION", "PT30M")]


def test_a_time_told_with_a_frequency_is_a_habit_with_no_day(timex_nlp):
    assert values(timex_nlp, "The museum is open daily from 9 a.m. to 5 p.m.", "1998-10-25")[1:] == [
        ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"), ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
    ]
    text = "Tickets go on sale next Sunday; performances are at 8 p.m. Tuesdays through Saturdays."
    assert values(timex_nlp, text, "1998-10-25")[1] == ("8 p.m.", "TIME", "XXXX-XX-XXT20:00")
    assert values(timex_nlp, "At 9 a.m. Tuesday, talks resumed, as they have daily.", "1998-10-25")[0] == (
        "9 a.m. Tuesday", "TIME", "1998-10-20T09:00",
    )
