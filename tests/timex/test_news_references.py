"""What news text marks as a time and what it does not: ages, titles, anaphoric weeks and days."""

from __future__ import annotations

import pytest


def values(nlp, text: str, dct: str | None = None) -> list[tuple[str, str, str]]:
    doc = nlp.make_doc(text)
    doc._.dct = dct
    return [(t["text"], t["type"], t["value"]) for t in nlp(doc)._.timexes]


@pytest.mark.parametrize(
    "text",
    [
        "The Council adopted resolution 1973 in 2011.",
        "The Social Security Act section 1817 was amended in 2011.",
        "See H.R. 2022 and S. 1990, introduced in 2011.",
        "Article 1991 of the code applies from 2011.",
    ],
)
def test_a_number_of_a_section_resolution_or_bill_is_no_year(timex_nlp, text):
    assert values(timex_nlp, text) == [("2011", "DATE", "2011")]


def test_an_age_is_not_a_duration(timex_nlp):
    assert values(timex_nlp, "Mr. Reupke, 52 years old, will leave after serving for 27 years.") == [
        ("27 years", "DURATION", "P27Y"),
    ]


def test_a_programme_called_this_week_is_not_the_current_week(timex_nlp):
    assert values(timex_nlp, 'Baker said on ABC\'s "This Week" that talks had failed.', "1991-02-25") == []


def test_the_near_term_looks_ahead(timex_nlp):
    assert values(timex_nlp, "We don't minimize the challenges of the near term.", "1989-10-30") == [
        ("the near term", "DATE", "FUTURE_REF"),
    ]


def test_the_week_is_the_week_of_the_date_just_narrated(timex_nlp):
    text = "The index tumbled 1.2% on Friday, Oct. 27. For the week, the index dropped 3.8%."
    assert values(timex_nlp, text, "1989-10-30")[-1] == ("the week", "DATE", "1989-W43")


def test_a_year_before_a_named_plural_is_a_year_not_a_count(timex_nlp):
    assert values(timex_nlp, "Analysts were predicting 1990 BellSouth earnings of $3.9 a share.") == [
        ("1990", "DATE", "1990"),
    ]
    assert values(timex_nlp, "The army sent 2000 more troops.") == []


def test_bare_plurals_before_of_or_coordinated_are_vague_durations(timex_nlp):
    assert values(timex_nlp, "The merger follows months of twists and turns.") == [("months", "DURATION", "PXM")]
    assert values(timex_nlp, "He probably died within weeks or months of his capture.") == [
        ("weeks or months", "DURATION", "PXW"),
    ]


def test_a_fiscal_year_before_a_plural_is_still_a_year(timex_nlp):
    assert values(timex_nlp, "Sales will be above fiscal 1989 sales of $155 million.") == [
        ("fiscal 1989", "DATE", "1989"),
    ]


def test_the_previous_weekday_is_counted_back_from_the_day_just_narrated(timex_nlp):
    text = "The index closed at 2082.1 on Friday, Oct. 27, down 4.5% from the previous Friday."
    assert values(timex_nlp, text, "1989-10-30")[-1] == ("the previous Friday", "DATE", "1989-10-20")


@pytest.mark.parametrize(
    "text",
    [
        "Unisys said that should help it save $500 million a year in costs.",
        "Management expects revenue to increase by 20% annually.",
        "This will add nearly 700 seats a week on the route.",
        "The holding company has annual sales of about C$1.9 billion.",
        "The stock is 5% of Nasdaq's average daily volume.",
        "Many Iraqis say daily life has improved.",  # "daily" meaning ordinary
    ],
)
def test_a_quantity_per_period_or_an_ordinary_day_is_not_a_time(timex_nlp, text):
    assert values(timex_nlp, text) == []


def test_a_recurring_event_keeps_its_frequency(timex_nlp):
    assert values(timex_nlp, "The ministers meet twice a year at the annual summit.") == [
        ("twice a year", "SET", "P1Y"),
        ("annual", "SET", "P1Y"),
    ]


def test_a_count_of_days_or_hours_in_each_period_is_a_recurring_time_not_a_duration(timex_nlp):
    assert values(timex_nlp, "Hotlines are staffed 24 hours a day, seven days a week, at $10 a day.") == [
        ("24 hours a day", "SET", "P1D"),
        ("seven days a week", "SET", "P1W"),
    ]


def test_for_or_within_hours_and_days_are_vague_durations(timex_nlp):
    assert values(timex_nlp, "The talks could collapse within days.") == [("days", "DURATION", "PXD")]
    assert values(timex_nlp, "Investigators worked for hours in the rubble.") == [("hours", "DURATION", "PTXH")]
    assert values(timex_nlp, "It was the first time in days of fighting.") == []
    # "within" measures from the event after "of"; elsewhere "hours of" counts a stuff, not a time
    assert values(timex_nlp, "Within hours of the derailment, inspectors arrived.") == [("hours", "DURATION", "PTXH")]
    assert values(timex_nlp, "Aid arrived within days of the wildfire.") == [("days", "DURATION", "PXD")]
    assert values(timex_nlp, "He spent hours of his own time on it.") == []


def test_a_second_before_a_noun_is_the_ordinal(timex_nlp):
    assert values(timex_nlp, "A second group of three directors agreed. He paused for a second.") == [
        ("a second", "DURATION", "PT1S"),
    ]


def test_fixed_phrases_for_the_future_and_a_quarterly_frequency(timex_nlp):
    text = "It pays interest every quarter and will sell the unit as soon as possible or at a later date."
    assert values(timex_nlp, text) == [
        ("every quarter", "SET", "P1Q"),
        ("as soon as possible", "DATE", "FUTURE_REF"),
        ("a later date", "DATE", "FUTURE_REF"),
    ]


def test_decades_written_with_an_apostrophe_or_halved(timex_nlp):
    assert values(timex_nlp, "In the '90s, the economy boomed.") == [("'90s", "DATE", "199X")]
    found = timexes_with_mod(timex_nlp, "Sales have been flat in the last half of the '80s.")
    assert found == [("the last half of the '80s", "198X", "END")]


def test_that_night_is_the_night_of_the_day_just_narrated(timex_nlp):
    assert values(timex_nlp, "The bombs exploded Friday. That night, rescuers dug on.", "1998-08-08") == [
        ("Friday", "DATE", "1998-08-07"),
        ("That night", "TIME", "1998-08-07TNI"),
    ]


def timexes_with_mod(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(t["text"], t["value"], t["mod"]) for t in nlp(text)._.timexes]


def test_that_same_day_is_the_day_just_narrated(timex_nlp):
    text = "Slepian was killed on Oct. 23. His name on the Web site was crossed out that same day."
    assert values(timex_nlp, text, "1999-02-06") == [
        ("Oct. 23", "DATE", "1998-10-23"),
        ("that same day", "DATE", "1998-10-23"),
    ]


def test_a_capitalized_unit_after_its_number_names_a_title(timex_nlp):
    assert values(timex_nlp, "Gonzalez said on CBS's ''60 Minutes'' that he was hurt.", "2000-04-17") == []
    assert values(timex_nlp, "He spent 60 minutes there.") == [("60 minutes", "DURATION", "PT60M")]
    assert values(timex_nlp, "Months of talks failed.") == [("Months", "DURATION", "PXM")]


def test_a_march_with_a_name_is_a_demonstration_not_the_month(timex_nlp):
    assert values(timex_nlp, "She led the ``March of the Combatant Mothers.''", "2000-01-15") == []
    assert values(timex_nlp, "They joined the March on Washington.", "2000-01-15") == []
    assert values(timex_nlp, "He left in March.", "2000-01-15") == [("March", "DATE", "1999-03")]


def test_today_in_a_name_is_not_the_creation_day(timex_nlp):
    assert values(timex_nlp, "This is VOA Today.", "1998-03-31") == []
    assert values(timex_nlp, "USA Today reported the deal.", "1998-03-31") == []
    assert values(timex_nlp, "The IRA today said it would talk.", "1998-03-31") == [("today", "DATE", "1998-03-31")]


def test_over_after_an_amount_spreads_it_across_the_period_rather_than_meaning_more_than(timex_nlp):
    assert values(timex_nlp, "Japan announced US$40 million over five years.") == [("five years", "DURATION", "P5Y")]
    assert values(timex_nlp, "Relations have been frozen for over 30 years.") == [
        ("over 30 years", "DURATION", "P30Y"),
    ]



def mods(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(t["text"], t.get("mod")) for t in nlp(text)._.timexes]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The remaining money can be used over three years for acquisitions.", ("three years", None)),
        ("The bill would phase in the changes over five years.", ("five years", None)),
        ("Prices fell 5 percent over two years.", ("two years", None)),
        ("We saw a decline over five years.", ("five years", None)),
        ("The tour is likely to last over a week.", ("over a week", "MORE_THAN")),
        ("She has worked there over 30 years.", ("over 30 years", "MORE_THAN")),
        ("For the first time in over a decade, premiums will fall.", ("over a decade", "MORE_THAN")),
        ("We honor over 40 years of advocacy.", ("over 40 years", "MORE_THAN")),
        # before a vague count "over" has no number to exceed
        ("Talks have been underway over recent months.", ("recent months", None)),
        ("Institutions that have served the region well over many years.", ("many years", None)),
    ],
)
def test_over_before_a_period_an_act_takes_place_across_means_during(timex_nlp, text, expected):
    """"over" as the preposition of an act or a change is "during" (TimeBank: "can be used over three
    years" marks "three years", no mod); after a verb of lasting, another preposition, or before "of
    <noun>" it is "more than"."""
    assert mods(timex_nlp, text) == [expected]


def test_a_narrative_moves_by_years_and_keeps_its_year_for_that_year(timex_nlp):
    text = ("Russia annexed Crimea in March 2014. A decade later, the war was the largest in Europe. "
            "In the spring of 2022, talks collapsed. Later that year, Ukraine retook Kherson.")
    assert [(t, v) for t, _, v in values(timex_nlp, text)] == [
        ("March 2014", "2014-03"), ("A decade later", "2024"), ("the spring of 2022", "2022-SP"),
        ("Later that year", "2022"),
    ]


def test_a_date_after_since_is_a_reference_point_not_the_time_the_story_moves_to(timex_nlp):
    text = "In 2015 the Minsk II agreement was signed. It was the worst war since 1945. That summer, Kyiv attacked."
    assert values(timex_nlp, text)[-1] == ("That summer", "DATE", "2015-SU")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The reservoir filled in 1968. That December, heavy rains nearly breached the dam, and a spillway was "
         "added two years later.", ["1968", "1968-12", "1970"]),
        ("The dam was finished in 1968. The following spring it flooded. The previous winter had been dry.",
         ["1968", "1969-SP", "1968-WI"]),  # the winter of 1968 runs from December into 1969
        ("The reservoir filled in March 1968. The following December, rains came. The previous April, engineers "
         "had warned of cracks.", ["1968-03", "1968-12", "1968-04"]),
        ("The utility will begin work the following spring.", ["1999-SP"]),  # no story yet: after the creation time
    ],
)
def test_that_the_following_or_the_previous_month_or_season_is_placed_against_the_story_s_last_date(
    timex_nlp, text, expected
):
    assert [v for _, _, v in values(timex_nlp, text, "1998-09-15")] == expected


def test_a_date_inside_a_since_phrase_is_a_reference_point_too(timex_nlp):
    text = ("The flooding was the worst since Hurricane Floyd in 1999. "
            "\"We are going to have problems for the next week or so,\" he said.")
    assert values(timex_nlp, text, "2016-10-09")[-1] == ("the next week", "DATE", "2016-W41")


def test_a_month_last_year_after_since_is_a_reference_point_however_the_parser_splits_it(timex_nlp):
    """The parser hangs "year" of "since March last year" on the verb; the phrase still follows "since"."""
    text = "Prices have risen since March last year. Exports in the first quarter dropped 4.6 percent."
    assert values(timex_nlp, text, "1999-04-22") == [
        ("March last year", "DATE", "1998-03"),
        ("the first quarter", "DATE", "1999-Q1"),
    ]


def test_a_date_in_a_clause_introduced_by_since_is_a_reference_point_too(timex_nlp):
    """"since he took office in 1993" is the point counted from: the Nov. 3 elections are not in 1993."""
    text = ("His rating has climbed to its highest level since he took office in 1993, and his party picked up "
            "five seats in the Nov. 3 elections.")
    assert values(timex_nlp, text, "1998-11-29") == [("1993", "DATE", "1993"), ("Nov. 3", "DATE", "1998-11-03")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We will end the pandemic in 2022. We are committing to share 870 million doses over the next year.", "2022"),
        ("The plan runs to 2026. The company plans to hire 200 workers in the next year.", "2022"),
        ("The plan runs to 2026. We will launch a store with the materials available in the next year.", "2022"),
        ("The company was founded in 1995. Over the next year, it hired 200 workers.", "1996"),
        ("The company was founded in 1995. The next year, it will hire 200 workers.", "1996"),
    ],
)
def test_the_next_year_that_something_takes_is_counted_from_the_creation_time_unless_told_in_the_past(
    timex_nlp, text, expected
):
    """"over the next year", "in the next year" in a present or future clause is the year after the creation time's,
    not after a year the text named; in a past clause, or as "The next year," alone, it follows the story."""
    assert values(timex_nlp, text, "2021-06-13")[-1][2] == expected


def test_this_week_or_the_weekend_ahead_told_on_a_sunday_is_the_next_iso_week(timex_nlp):
    """A Sunday ends its ISO week: what "will" happen "this week" or "by the weekend" is in the week ahead."""
    assert values(timex_nlp, "This week, President Biden will travel to Poland.", "2022-03-20") == [
        ("This week", "DATE", "2022-W12")]
    assert values(timex_nlp, "Stocks fell this week.", "2022-03-20") == [("this week", "DATE", "2022-W11")]
    assert values(timex_nlp, "He will be back by the weekend.", "1998-11-29")[-1] == ("the weekend", "DATE", "1998-W49-WE")


def test_the_next_week_in_a_future_clause_counts_from_the_creation_time_when_the_story_has_only_a_year(timex_nlp):
    text = "In 2015 the army attacked. Officials say rebels will flee the next week."
    assert values(timex_nlp, text, "2016-10-09")[-1] == ("the next week", "DATE", "2016-W41")
    text = "In 2015 the army attacked. The next day, rebels fled."
    assert values(timex_nlp, text, "2016-10-09")[-1] == ("The next day", "DATE", "XXXX-XX-XX")


@pytest.mark.parametrize(
    "text",
    [
        "Emissions must fall 45% from 2010 levels by 2030.",  # a plural a year only dates
        "Israel should return to the 1967 borders by 2030.",
        "The 2001 attacks changed its policy by 2030.",  # a definite event
        "The rule revises the 2019 rules by 2030.",  # a determiner: a count would be written 2,000
        "Both countries will present their respective 2019 plans by 2030.",
        "This builds on 2019 efforts to cut emissions by 2030.",  # a plural a year only dates
        "Crimes reported in 2019 \u00ad— the most since 2030.",  # a soft hyphen is no plural noun
    ],
)
def test_a_bare_year_before_a_plural_it_dates_is_a_year(timex_nlp, text):
    assert [v for _, _, v in values(timex_nlp, text)][0] in ("2010", "1967", "2001", "2019")


def test_a_year_qualifying_a_plural_does_not_move_the_story_to_that_year(timex_nlp):
    text = ("Families can claim the credit on their 2021 returns. "
            "Partners will hold a webinar for early March with service providers.")
    assert values(timex_nlp, text, "2022-02-08")[-1] == ("early March", "DATE", "2022-03")


def test_a_count_before_a_plural_event_is_not_a_year(timex_nlp):
    assert values(timex_nlp, "More than 2000 attacks were recorded.") == []
    assert values(timex_nlp, "The army sent 2000 soldiers to the border.") == []


def test_an_amount_written_with_a_unit_letter_makes_a_rate(timex_nlp):
    assert values(timex_nlp, "Rich countries pledged $100bn a year to poorer ones.") == []


def test_a_story_told_from_a_dated_day_keeps_its_year_for_the_next_sentences(timex_nlp):
    text = ("The protests began on Jan. 25, 2011, a national holiday. Three days later, hundreds of thousands "
            "marched. On Feb. 2, men on camels charged protesters. Mubarak resigned on Feb. 11.")
    assert [v for _, _, v in values(timex_nlp, text, "2021-01-25")] == [
        "2011-01-25", "2011-01-28", "2011-02-02", "2011-02-11",
    ]


def test_a_weekday_or_season_that_begins_a_name_is_not_a_date(timex_nlp):
    assert values(timex_nlp, 'On what activists called the "Friday of Anger," crowds marched.', "2021-01-25") == []
    assert values(timex_nlp, "Kim proposed sending athletes to the Winter Olympics.", "2018-04-30") == []
    assert values(timex_nlp, "Last winter Russia attacked.", "2018-04-30") == [("Last winter", "DATE", "2018-WI")]


def test_fall_as_a_verb_is_no_season(timex_nlp):
    assert values(timex_nlp, "Taxpayers that fall below the income limits qualify.", "2024-06-05") == []
    assert values(timex_nlp, "That fall, prices rose.", "2024-06-05") == [("That fall", "DATE", "2023-FA")]


def test_a_range_of_days_before_the_month_is_one_date_from_its_first_day(timex_nlp):
    assert values(timex_nlp, "The Ministers met in Rome on 14–15 June 2025.") == [
        ("14–15 June 2025", "DATE", "2025-06-14"),
    ]
    assert values(timex_nlp, "The court ruled 5-4 on June 2, 2025.")[0] == ("June 2, 2025", "DATE", "2025-06-02")
    assert values(timex_nlp, "He will attend a summit from 26 to 27 March.", "2013-03-14") == [
        ("26 to 27 March", "DATE", "2013-03-26"),
    ]
    assert values(timex_nlp, "Prices rose from 26 to 27 percent in March.", "2013-03-14") == [
        ("March", "DATE", "2013-03"),
    ]


def test_two_days_joined_by_and_under_one_month_are_one_date_with_a_range_end(timex_nlp):
    doc = timex_nlp.make_doc("The European Council met on 26 and 27 June. The summit was held on April 24 and 25.")
    doc._.dct = "2025-07-01"
    timexes = timex_nlp(doc)._.timexes
    assert [(t["text"], t["value"], t["range_end"]) for t in timexes] == [
        ("26 and 27 June", "2025-06-26", "2025-06-27"),
        ("April 24 and 25", "2025-04-24", "2025-04-25"),
    ]
    assert values(timex_nlp, "Turnout rose between March 3 and 5 percent.", "2025-07-01") == [
        ("March 3", "DATE", "2025-03-03"),
    ]


def test_the_day_before_counts_back_from_the_day_just_narrated(timex_nlp):
    text = "Russia recalled its envoy on Wednesday. Primakov had turned his plane around the day before, canceling a visit."
    assert values(timex_nlp, text, "1999-03-26")[-1] == ("the day before", "DATE", "1999-03-23")


def test_a_clock_time_in_brackets_takes_the_day_of_the_time_beside_it(timex_nlp):
    text = "The first wave of attacks began at 8 p.m. Wednesday (1900 GMT)."
    assert values(timex_nlp, text, "1999-03-26") == [
        ("8 p.m. Wednesday", "TIME", "1999-03-24T20:00"), ("1900 GMT", "TIME", "1999-03-24T19:00"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Destroying it would take years.", [("years", "DURATION", "PXY")]),  # a bare plural "take" measures
        ("Healing will take months, maybe years.", [("months", "DURATION", "PXM"), ("years", "DURATION", "PXY")]),
        ("He retracted the concession shortly afterward.", []),  # "shortly afterward" is no future reference
        ("The goal is 2026, a year later than it planned in January.",  # "later than" compares, it does not shift
         [("2026", "DATE", "2026"), ("a year", "DURATION", "P1Y"), ("January", "DATE", "2024-01")]),
    ],
)
def test_comparisons_and_measures_are_not_shifts(timex_nlp, text, expected):
    assert values(timex_nlp, text, "2024-10-31") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sharif, who was elected in February 1997, had been at odds with the army since the summer.", "1999-SU"),
        ("Under a program approved in 1987, Nashua had bought 481,000 shares through Sept. 29.", "1999-09-29"),
    ],
)
def test_a_date_in_a_clause_describing_a_noun_is_background_not_the_story_s_year(timex_nlp, text, expected):
    assert values(timex_nlp, text, "1999-10-13")[-1][2] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was shot on Oct. 23, a Friday, at his home.", ["1998-10-23", "1998-10-23"]),
        ("He was shot on Oct. 23, the Friday before Veterans Day.", ["1998-10-23", "1998-10-23", "1998-11-11"]),
        ("He was shot on Oct. 24, a Friday, at his home.", ["1998-10-24", "1998-11-20"]),  # weekdays disagree
    ],
)
def test_a_weekday_set_after_a_date_names_that_date_s_day_of_the_week(timex_nlp, text, expected):
    assert [v for _, _, v in values(timex_nlp, text, "1998-11-20")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials have met five times, most recently on May 18.", [("May 18", "DATE", "2000-05-18")]),
        ("Doctors were killed, most recently last October.", [("last October", "DATE", "1999-10")]),
        ("More recently it has followed the militias.", [("recently", "DATE", "PAST_REF")]),
    ],
)
def test_most_recently_before_a_date_only_ranks_it(timex_nlp, text, expected):
    assert values(timex_nlp, text, "2000-06-12") == expected


def test_recent_before_an_event_is_unmarked_but_recent_years_are_a_period(timex_nlp):
    """TimeBank and AQUAINT-dev mark a bare "the recent sale" 6 times in 15; "in recent years" always."""
    assert values(timex_nlp, "The recent bombing shocked the city.", "1998-08-10") == []
    assert values(timex_nlp, "Crime rose in recent years.", "1998-08-10") == [("recent years", "DURATION", "PXY")]
    assert values(timex_nlp, "Talks stalled recently.", "1998-08-10") == [("recently", "DATE", "PAST_REF")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Activists of the April 6 Youth Movement marched.", []),
        ("A wreath was laid at the National September\u00a0\n11\u00a0Memorial.", []),
        ("The September 11 Commission reported.", []),
        ("They recalled the October 7 Hamas attack.", ["2022-10-07"]),
        ("The talks build on the June 30th White House Eviction Summit.", ["2023-06-30"]),
        ("On September 11 President Bush spoke.", ["2022-09-11"]),
    ],
)
def test_a_month_and_day_inside_a_name_are_no_date(timex_nlp, text, expected):
    assert [v for _, _, v in values(timex_nlp, text, "2023-08-28")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We mourn the victims of the massacre on October 7.", ["2023-10-07"]),
        ("We remember the October 7 attack.", ["2023-10-07"]),
        ("We condemn the bombing on December 3 and the shooting on November 30.", ["2023-12-03", "2023-11-30"]),
        ("We continue to grieve the deaths on August 26.", ["2023-08-26"]),
        ("The talks follow the July 7th assassination of the president.", ["2023-07-07"]),
        ("Officials warn of an attack on July 4.", ["2024-07-04"]),
        ("The election on November 5 will be decisive.", ["2024-11-05"]),
        ("We will discuss the attack on Tuesday.", ["2024-06-11"]),
    ],
)
def test_a_day_naming_an_event_nobody_schedules_lies_behind_the_writer(timex_nlp, text, expected):
    """Written in June: a massacre or a shooting on a later month and day happened last year, whatever the tense
    of the clause around it; an election is scheduled, an attack warned of still ahead, and a future clause
    dates its own act."""
    assert [v for _, _, v in values(timex_nlp, text, "2024-06-10")] == expected


def test_a_day_repeated_without_its_year_takes_the_year_it_was_written_with(timex_nlp):
    text = ("On Monday, September 11th, the President will mark the anniversary of the attacks on September 11th, "
            "2001. He will travel to Alaska. The Vice President will speak in New York. The First Lady will honor "
            "the lives lost on September 11th.")
    assert [v for _, _, v in values(timex_nlp, text, "2023-08-28")] == ["2023-09-11", "2001-09-11", "2001-09-11"]


def test_a_repeated_day_against_the_clause_s_tense_keeps_the_creation_time_reading(timex_nlp):
    text = "The accord was signed on March 3, 2019. Talks will resume on March 3."
    assert [v for _, _, v in values(timex_nlp, text, "2024-01-10")] == ["2019-03-03", "2024-03-03"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On this day last year, the sun rose.", [("this day last year", "DATE", "2023-10-07")]),
        ("A year ago today, the war began.", [("A year ago today", "DATE", "2023-10-07")]),
        ("Sixty years ago today, the president was killed.", [("Sixty years ago today", "DATE", "1964-10-07")]),
        ("Two weeks from today we vote.", [("Two weeks from today", "DATE", "2024-10-21")]),
        ("Two weeks from now we vote.", [("Two weeks from now", "DATE", "2024-W43")]),
        ("The deadline is three weeks from tomorrow.", [("three weeks from tomorrow", "DATE", "2024-10-29")]),
        ("The report is due a month from tomorrow.", [("a month from tomorrow", "DATE", "2024-11")]),
        ("The talks resume a week from Monday.", [("a week from Monday", "DATE", "2024-10-14")]),
        ("Ministers will meet a fortnight from Friday.", [("a fortnight from Friday", "DATE", "2024-10-25")]),
        ("The truce takes effect 48 hours from now.", [("48 hours from now", "DATE", "2024-10-09")]),
        ("We will be stronger a year from now than we are.", [("a year from now", "DATE", "2025")]),
    ],
)
def test_shifts_from_the_creation_day(timex_nlp, text, expected):
    assert values(timex_nlp, text, "2024-10-07") == expected


def test_a_year_named_by_a_shift_from_today_moves_the_story_there(timex_nlp):
    """An anniversary statement: "October 7" after "On this day last year" is last year's, and so is each
    later "October 7th" that repeats it."""
    text = ("On this day last year, the sun rose on a holiday. By sunset, October 7 had become the deadliest day. "
            "Today we mourn. We remember the victims. We grieve with the families. History will remember "
            "October 7th as a dark day.")
    assert [v for _, _, v in values(timex_nlp, text, "2024-10-07")] == [
        "2023-10-07", "2023-10-07", "2024-10-07", "2023-10-07",
    ]


def test_a_month_of_that_year_takes_the_narrative_s_year(timex_nlp):
    text = "In January 2021, I directed the Department to pause repayments through September of that year."
    assert values(timex_nlp, text, "2022-04-06") == [
        ("January 2021", "DATE", "2021-01"), ("September of that year", "DATE", "2021-09"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I have hereunto set my hand this fifth day of June, in the year of our Lord two thousand twenty-four.",
         "2024-06-05"),
        ("Done this 1st day of December in the year of our Lord Two Thousand and Twenty-four.", "2024-12-01"),
        ("Signed this 12th day of March, 1999.", "1999-03-12"),
        ("Done at Washington this thirtieth day of April.", "2024-04-30"),
    ],
)
def test_formal_dates_of_proclamations_and_treaties(timex_nlp, text, value):
    assert [v for _, _, v in values(timex_nlp, text, "2024-10-07")] == [value]


def test_may_as_a_modal_is_no_month_and_looks_ahead(timex_nlp):
    assert values(timex_nlp, "May their memory be a blessing.", "2024-10-07") == []
    assert values(timex_nlp, "Talks may resume in May.", "2024-10-07") == [("May", "DATE", "2025-05")]
    assert values(timex_nlp, "He may have left in May.", "2024-10-07") == [("May", "DATE", "2024-05")]


def test_a_date_the_verb_acts_on_is_not_placed_by_its_tense(timex_nlp):
    """"has set Nov. 10 as the deadline": the deadline lies ahead although the setting is past."""
    text = "Dunkin' has set Nov. 10 as the deadline for competing bids."
    assert values(timex_nlp, text, "1989-11-02") == [("Nov. 10", "DATE", "1989-11-10")]


def test_a_day_restated_by_a_shift_from_today_takes_that_year(timex_nlp):
    text = "On October 14th, one year ago today, six-year-old Wadee was killed."
    assert [v for _, _, v in values(timex_nlp, text, "2024-10-14")][:2] == ["2023-10-14", "2023-10-14"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose 14 percent compared to this time last year.", [("this time last year", "DATE", "2020-10")]),
        ("On this day, let us honor him.", [("this day", "DATE", "2021-10-15")]),
        ("We have offered ideas for a period of weeks.", [("weeks", "DURATION", "PXW")]),
        ("The sale should be completed in a matter of months.", []),  # TimeBank leaves it unmarked
    ],
)
def test_more_references_to_the_creation_time_and_vague_periods(timex_nlp, text, expected):
    assert values(timex_nlp, text, "2021-10-15") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vaccinations start the week of June 20th.", ("the week of June 20th", "DATE", "2022-W25")),
        ("During the week of 5 December 2022, the cap took effect.", ("the week of 5 December 2022", "DATE", "2022-W49")),
        ("AmeriCorps will host a roundtable during the week of 2/14.", ("the week of 2/14", "DATE", "2023-W07")),
        ("Twelve years ago to the day, we were in the room.", ("Twelve years ago to the day", "DATE", "2010-06-01")),
        ("Ten years ago this week, troops crossed the border.", ("Ten years ago this week", "DATE", "2012-W22")),
        ("A year ago this month, the bank failed.", ("A year ago this month", "DATE", "2021-06")),
    ],
)
def test_the_week_of_a_day_and_years_ago_to_the_day(timex_nlp, text, expected):
    assert values(timex_nlp, text, "2022-06-01") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "People keep cool during the hottest periods of the day.",
        "Goods move faster at night than during the day.",
        "We plan for the day after the fighting ends in Gaza.",
        "At the end of the day, voters decide.",
    ],
)
def test_no_particular_day_is_no_date(timex_nlp, text):
    assert values(timex_nlp, text, "2022-06-01") == []


def test_the_day_being_told_is_a_date(timex_nlp):
    assert values(timex_nlp, "He arrived in Philadelphia later in the day.", "2022-06-01") == [
        ("later in the day", "DATE", "2022-06-01")
    ]
    assert values(timex_nlp, "Decide by the end of the day.", "2022-06-01") == [
        ("the end of the day", "DATE", "2022-06-01")
    ]


def test_a_bare_summer_or_winter_is_the_season_but_not_as_a_modifier(timex_nlp):
    text = "The country just had its fourth-hottest summer on record."
    assert values(timex_nlp, text, "2024-09-14") == [("summer", "DATE", "2024-SU")]
    assert values(timex_nlp, "Kids went to summer camp after a winter storm.", "2024-09-14") == []
    assert values(timex_nlp, "Prices spring back in fall.", "2024-09-14") == []


def test_a_shift_counts_from_a_date_earlier_in_its_sentence_even_in_the_background(timex_nlp):
    text = ("The Council voted Wednesday to extend the mission. The mission, set up in 1997 to monitor an accord "
            "signed three years earlier, was due to expire.")
    assert [v for _, _, v in values(timex_nlp, text, "1999-03-18")] == ["1999-03-17", "1997", "1994"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police fired tear gas, and hours later the army said it would deploy troops.", ("hours", "DURATION", "PTXH")),
        ("Weeks later the deal collapsed.", ("Weeks", "DURATION", "PXW")),
        ("He spent three days on the run.", ("three days", "DURATION", "P3D")),
    ],
)
def test_a_bare_plural_later_is_a_vague_duration(timex_nlp, text, expected):
    """How long, without its "later" (TimeBank: "A few days later" marks "A few days")."""
    assert values(timex_nlp, text, "1998-11-05") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A year and a half ago, the two leaders met in Prague.", ("A year and a half ago", "DATE", "2023-09")),
        ("Two and a half years ago, the war began.", ("Two and a half years ago", "DATE", "2022-09")),
        ("Half a year ago, talks collapsed.", ("Half a year ago", "DATE", "2024-09")),
        ("Half a century ago, the border was drawn.", ("Half a century ago", "DATE", "1975")),
        ("Two and a half decades ago, the war ended.", ("Two and a half decades ago", "DATE", "2000")),
    ],
)
def test_a_count_with_a_half_ago_is_counted_in_the_next_smaller_unit(timex_nlp, text, expected):
    """Written on 4 March 2025: a year and a half back is September 2023, a month; half a century, a year."""
    assert values(timex_nlp, text, "2025-03-04") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The corridor would open within six to twelve months.", ("six to twelve months", "P6M", "P12M")),
        ("Talks could take two or three days.", ("two or three days", "P2D", "P3D")),
        ("It will take 3-5 years to rebuild.", ("3-5 years", "P3Y", "P5Y")),
    ],
)
def test_a_range_of_durations_is_one_duration_from_the_shorter_to_the_longer(timex_nlp, text, expected):
    doc = timex_nlp.make_doc(text)
    [timex] = timex_nlp(doc)._.timexes
    assert (timex["text"], timex["value"], timex["range_end"]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The program serves people aged 18 to 24 years old.",
        "The vaccine for 5-11 year olds is ready.",
        "Adolescents ages 11-17 years responded well.",
        "Use among youth 12-17 years of age rose.",
        "He is 52 years of age.",
    ],
)
def test_an_age_or_an_age_range_is_no_duration(timex_nlp, text):
    assert values(timex_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ministers meet the week after next.", ("the week after next", "DATE", "2025-W12")),
        ("The law passed the year before last.", ("the year before last", "DATE", "2023")),
        ("The summit is the month after next.", ("the month after next", "DATE", "2025-05")),
        ("The envoy returns this coming Friday.", ("this coming Friday", "DATE", "2025-03-07")),
        ("The envoy returned this past Friday.", ("this past Friday", "DATE", "2025-02-28")),
    ],
)
def test_two_steps_from_the_creation_time_and_this_coming_or_past_day(timex_nlp, text, expected):
    """Written on Tuesday 4 March 2025."""
    assert values(timex_nlp, text, "2025-03-04") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They negotiated over the preceding months.", ("the preceding months", "DURATION", "PXM")),
        ("In the ensuing weeks, fighting resumed.", ("the ensuing weeks", "DURATION", "PXW")),
        ("In the intervening years, little changed.", ("the intervening years", "DURATION", "PXY")),
        ("Over the past months, prices fell.", ("the past months", "DURATION", "PXM")),
        ("In the following weeks, prices fell.", ("the following weeks", "DURATION", "PXW")),
    ],
)
def test_an_unnumbered_run_of_units_around_an_event_is_a_vague_duration(timex_nlp, text, expected):
    assert values(timex_nlp, text, "2025-08-20") == [expected]


def test_late_or_early_on_a_weekday_is_that_day_with_its_mod(timex_nlp):
    """British wire style: "late on Tuesday", "early on Wednesday morning"."""
    assert values(timex_nlp, "The deal was reached late on Tuesday.", "2013-03-22") == [
        ("late on Tuesday", "DATE", "2013-03-19"),
    ]
    assert values(timex_nlp, "Fighting resumed early on Wednesday morning.", "2013-03-22") == [
        ("early on Wednesday morning", "TIME", "2013-03-20TMO"),
    ]


def test_a_generation_ago_is_the_past(timex_nlp):
    assert values(timex_nlp, "A generation ago, she was a young lawyer.", "2000-11-08") == [
        ("A generation ago", "DATE", "PAST_REF")
    ]


def test_a_plan_years_ahead_lends_no_year_to_the_dates_after_it(timex_nlp):
    """A budget story names a rate "from April 2015"; the fuel duty rise "due in September" and a scheme
    starting "1 April" are this year's, read from the creation time, not from the plan."""
    text = ("Corporation tax will be cut to 20% from April 2015, and the planned rise in fuel duty, due in "
            "September, has been scrapped. A new scheme will run for three years from 1 April.")
    assert [v for _, _, v in values(timex_nlp, text, "2013-03-20")] == ["2015-04", "2013-09", "P3Y", "2013-04-01"]


def test_a_date_between_said_and_what_was_said_dates_the_saying(timex_nlp):
    text = "The council said on Sunday it would elect a prime minister on Tuesday."
    assert values(timex_nlp, text, "2013-03-18") == [
        ("Sunday", "DATE", "2013-03-17"), ("Tuesday", "DATE", "2013-03-19"),
    ]


def test_the_year_before_counts_back_from_the_year_just_named(timex_nlp):
    text = "In 2012, borrowing was £114bn, the same as the year before."
    assert values(timex_nlp, text, "2013-03-20")[-1] == ("the year before", "DATE", "2011")


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("The Fed, which meets next Tuesday and Wednesday, will hold rates.", "2013-03-15",
         ["2013-03-19", "2013-03-20"]),
        ("Following are statements made Friday and Thursday by the lawyers.", "1998-02-06",
         ["1998-02-06", "1998-02-05"]),
        ("The talks ran Monday through Thursday.", "2013-03-15", ["2013-03-11", "2013-03-14"]),
    ],
)
def test_a_weekday_joined_to_another_is_the_nearest_such_day_to_it(timex_nlp, text, dct, expected):
    assert [v for _, _, v in values(timex_nlp, text, dct)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # alone, a present "June" written in November would be the nearest June, the one just past
        ("The first phase runs from January through June.", ["2026-01", "2026-06"]),
        ("The sale runs from October to March.", ["2025-10", "2026-03"]),
        ("The phase ran from January to June.", ["2025-01", "2025-06"]),
        ("Prices rose between January and June.", ["2025-01", "2025-06"]),
        ("The window is open June 5–July 10.", ["2025-06-05", "2025-07-10"]),
        # a dash with spaces corrects, it does not join
        ("We will never forget June 6th — January 6th, excuse me.", ["2025-06-06", "2026-01-06"]),
    ],
)
def test_the_end_of_a_range_of_months_or_days_is_the_first_one_after_its_start(timex_nlp, text, expected):
    assert [v for _, _, v in values(timex_nlp, text, "2025-11-10")] == expected


def test_a_daily_gain_is_a_rate(timex_nlp):
    assert values(timex_nlp, "The Dow was on track for its 10th straight daily gain.", "2013-03-15") == []


def test_a_date_in_a_clause_after_since_has_passed(timex_nlp):
    """Even after a future date lent the story its year: "since reaching a high on Sept. 19"."""
    text = ("Apple will pay a dividend from the fiscal fourth quarter, which starts July 1. Its shares have "
            "fallen 35% since reaching a record high on Sept. 19.")
    assert values(timex_nlp, text, "2013-03-27")[-1] == ("Sept. 19", "DATE", "2012-09-19")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brent for April delivery was down 72 cents.", ("April", "DATE", "2013-04")),
        ("The May contract fell 30 cents in London.", ("May", "DATE", "2013-05")),
    ],
)
def test_the_month_a_contract_delivers_in_is_the_nearest_whatever_the_tense(timex_nlp, text, expected):
    assert values(timex_nlp, text, "2013-03-12") == [expected]
    assert values(timex_nlp, "The May contract expired last week.", "2013-06-12")[0] == ("May", "DATE", "2013-05")


def test_just_days_left_is_a_vague_duration_but_minutes_apart_is_not(timex_nlp):
    text = "With just days left before the end of the fiscal year, Congress left town."
    assert values(timex_nlp, text, "2023-09-28")[0] == ("days", "DURATION", "PXD")
    assert values(timex_nlp, "The bombs went off just minutes apart.", "1998-08-08") == []


def test_an_amount_per_head_per_year_is_a_rate(timex_nlp):
    assert values(timex_nlp, "It lowered costs by over $1,200 per child per year.", "2023-11-07") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It completed the fourth filling on 10 September this year.",
         ("10 September this year", "DATE", "2023-09-10")),
        ("The vote is set for March 3 next year.", ("March 3 next year", "DATE", "2024-03-03")),
    ],
)
def test_a_day_of_a_month_this_or_next_year(timex_nlp, text, expected):
    assert values(timex_nlp, text, "2023-09-25") == [expected]


def test_the_fall_of_a_regime_is_no_season(timex_nlp):
    text = "Construction began in April 2011, weeks after the fall of Hosni Mubarak."
    assert values(timex_nlp, text, "2023-09-25") == [("April 2011", "DATE", "2011-04")]
    assert values(timex_nlp, "In the fall of 2011, talks began.", "2023-09-25") == [
        ("the fall of 2011", "DATE", "2011-FA"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The meeting starts at 10.30am.", [("10.30am", "TIME", "2013-03-22T10:30")]),
        ("Police were called at about 02.30 GMT.", [("02.30 GMT", "TIME", "2013-03-22T02:30")]),
        ("It is the third murder inquiry in a fortnight.", [("a fortnight", "DURATION", "P2W")]),
        ("He left a fortnight ago.", [("a fortnight ago", "DATE", "2013-W10")]),
        ("Earnings grew by 1.2% in the year to January.",
         [("the year", "DURATION", "P1Y"), ("January", "DATE", "2013-01")]),
        ("The cap stays at inflation plus 1% for another year.", [("another year", "DURATION", "P1Y")]),
        ("The price was 10.30 pounds.", []),
    ],
)
def test_british_times_periods_and_fortnights(timex_nlp, text, expected):
    assert values(timex_nlp, text, "2013-03-22") == expected


def test_overnight_is_last_night_unless_it_means_all_at_once_or_describes_a_noun(timex_nlp):
    assert values(timex_nlp, "Officers spoke to neighbours overnight.", "2013-03-22") == [
        ("overnight", "TIME", "2013-03-21TNI"),
    ]
    assert values(timex_nlp, "Things will not change overnight.", "2013-03-22") == []
    assert values(timex_nlp, "We are not going to heal our wounds overnight.", "2013-03-22") == []
    assert values(timex_nlp, "He booked an overnight stay.", "2013-03-22") == []


def test_a_month_or_season_someone_said_would_come_is_the_next_one(timex_nlp):
    assert values(timex_nlp, "He said the cap would be reviewed in the autumn.", "2013-03-21") == [
        ("the autumn", "DATE", "2013-FA"),
    ]
    assert values(timex_nlp, "He said fares would rise in January.", "2013-03-21") == [
        ("January", "DATE", "2014-01"),
    ]


def test_on_average_after_a_rate_is_no_shift_and_a_decade_on_alone_is_now(timex_nlp):
    assert values(timex_nlp, "States cap co-payments over $200 a month on average.", "2024-02-01") == []
    assert values(timex_nlp, "A decade on, the costs are counted.", "2024-02-01") == [("A decade on", "DATE", "2024")]


def test_since_then_brings_the_story_back_to_the_creation_time(timex_nlp):
    text = ("The crisis began on January 1, 2024. Mogadishu expelled Ethiopia's ambassador in April. "
            "Relations have thawed since then. Abiy visited Mogadishu on February 27.")
    assert values(timex_nlp, text, "2025-03-14")[-1] == ("February 27", "DATE", "2025-02-27")
    story = "Mogadishu expelled Ethiopia's ambassador in April 2024. Abiy visited Mogadishu on February 27."
    assert values(timex_nlp, story, "2025-03-14")[-1] == ("February 27", "DATE", "2024-02-27")


def test_a_span_running_from_a_point_of_the_writers_calendar_brings_the_story_back_to_now(timex_nlp):
    """"since the start of the year" counts from the creation time's year: the story is back in it, so the
    January after it is this January, not the one after "December 2011"."""
    text = ("The last U.S. combat troops left in December 2011. Violence has risen since the start of the year. "
            "In January alone, more than 240 people were killed.")
    assert values(timex_nlp, text, "2013-03-19")[-1] == ("January", "DATE", "2013-01")
    story = "The last U.S. combat troops left in December 2011. In January, more than 240 people were killed."
    assert values(timex_nlp, story, "2013-03-19")[-1] == ("January", "DATE", "2012-01")


def test_a_full_month_name_ending_a_sentence_takes_no_day_from_the_next_paragraph(timex_nlp):
    text = "It condemns the massive attack on Kyiv on 17 June.\n\n2. The European Union will continue its support."
    assert values(timex_nlp, text, "2025-06-26") == [("17 June", "DATE", "2025-06-17")]
    assert values(timex_nlp, "Talks resume Sept. 30.", "2025-06-26") == [("Sept. 30", "DATE", "2025-09-30")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry said on Tuesday last week that countries should not form blocs.",
         ("Tuesday last week", "DATE", "2024-07-02")),
        ("The ministry will respond on Friday next week.", ("Friday next week", "DATE", "2024-07-19")),
    ],
)
def test_a_weekday_of_last_or_next_week_is_that_weeks_day(timex_nlp, text, expected):
    """Written on Monday 8 July 2024: "Tuesday last week" is 2 July, not the nearest Tuesday and a week."""
    assert values(timex_nlp, text, "2024-07-08") == [expected]


def test_a_count_of_days_before_on_and_a_date_is_a_duration_not_days_on(timex_nlp):
    assert values(timex_nlp, "The truce was extended by five days on 29 May.", "2023-06-10") == [
        ("five days", "DURATION", "P5D"), ("29 May", "DATE", "2023-05-29"),
    ]
    assert values(timex_nlp, "Five years on, the war continues.", "2024-07-08") == [("Five years on", "DATE", "2024")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He retired after 27 years on active duty.", ("27 years", "DURATION", "P27Y")),
        ("She spent several months on loan to the OECD.", ("several months", "DURATION", "PXM")),
        ("I worked with him for decades on issues ranging from fire safety to trade.", ("decades", "DURATION", "PXDE")),
    ],
)
def test_years_on_something_are_a_duration_not_a_count_forward(timex_nlp, text, expected):
    """"A decade on," counts forward from an event; "27 years on active duty" is how long, and "on" starts a
    phrase of its own."""
    assert values(timex_nlp, text, "2024-07-08") == [expected]


def test_a_further_year_is_a_year_like_another_year(timex_nlp):
    assert values(timex_nlp, "The Panel recommends that the Council renew the embargo for a further year.") == [
        ("a further year", "DURATION", "P1Y"),
    ]


def test_a_year_numbering_a_document_is_no_date(timex_nlp):
    assert values(timex_nlp, "Commission Implementing Regulation (EU) 2025/1402 of 10 July 2025") == [
        ("10 July 2025", "DATE", "2025-07-10"),
    ]
    assert values(timex_nlp, "In the 2024/25 financial year, spending rose.")[0][2] == "2024"


def test_a_dateline_in_capitals_is_read_like_one_in_title_case(timex_nlp):
    text = "NOMINATIONS SENT TO THE SENATE ON THURSDAY, JANUARY 13, 2022: Sarah Bloom Raskin."
    assert values(timex_nlp, text, "2022-01-13") == [("THURSDAY, JANUARY 13, 2022", "DATE", "2022-01-13")]
    assert values(timex_nlp, "At 10 a.m. THURSDAY they met.", "2023-05-10") == [
        ("10 a.m. THURSDAY", "TIME", "2023-05-04T10:00"),
    ]
    # a capitalized word that only starts like a month is none ("MARCHING"), and capitals are not abbreviations
    assert values(timex_nlp, "THE MARCHING BAND PLAYED IN DEC.", "2023-05-10") == []


def test_a_date_written_as_a_markdown_link_is_a_date_but_one_inside_the_address_is_not(timex_nlp):
    text = ("They acted on the G7 statement of [December 6, 2023](https://www.whitehouse.gov/briefing-room/"
            "2023/12/06/g7/) and the plan announced in [December 2021](https://example.gov/plan).")
    assert values(timex_nlp, text, "2024-01-10") == [
        ("December 6, 2023", "DATE", "2023-12-06"), ("December 2021", "DATE", "2021-12"),
    ]
    assert values(timex_nlp, "See https://www.whitehouse.gov/briefing-room/2023/12/06/statement/ now.") == [
        ("now", "DATE", "PRESENT_REF"),
    ]
    # a date in a file name or a page's slug is part of the name
    text = "The [Report-to-the-President-September-15-2021.pdf](https://www.justice.gov/x.pdf) is out."
    assert values(timex_nlp, text, "2024-01-10") == []
    text = "See the [release](https://www.usaid.gov/press-releases/may-10-2021-administrator-meetings) now."
    assert values(timex_nlp, text) == [("now", "DATE", "PRESENT_REF")]


def test_the_other_day_is_a_past_reference(timex_nlp):
    assert values(timex_nlp, "In light of the decision from the other day, schools reopened.", "2021-09-01") == [
        ("the other day", "DATE", "PAST_REF"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month word that is part of a place's or a person's name
        ("He was raised in Cape May, New Jersey, and met Dr. April Aycock in May.", [("May", "DATE", "2024-05")]),
        ("In May Congress passed the bill.", [("May", "DATE", "2024-05")]),
        # a holiday inside the name of an agreement or a war, or another country's or cause's day
        ("They upheld the Good Friday Agreement.", []),
        ("Tomorrow the President lights the National Christmas Tree.", [("Tomorrow", "DATE", "2024-06-11")]),
        ("The Yom Kippur War began on Yom Kippur 1973.", [("Yom Kippur 1973", "DATE", "1973-10-06")]),
        ("They marked International Holocaust Remembrance Day and Ukraine's Independence Day.", []),
        ("On Independence Day we celebrate.", [("Independence Day", "DATE", "2024-07-04")]),
        # a frequency word inside a name, and an adjective made of a duration
        ("The Bangor Daily News reported that prices rise daily.", [("daily", "SET", "P1D")]),
        ("We lived through a once-in-a-century pandemic.", []),
    ],
)
def test_a_time_word_inside_a_name_is_no_time(timex_nlp, text, expected):
    assert values(timex_nlp, text, "2024-06-10") == expected


def test_a_quantity_word_after_the_past_belongs_to_the_duration(timex_nlp):
    assert values(timex_nlp, "We have talked about it over the past almost two years.") == [
        ("the past almost two years", "DURATION", "P2Y"),
    ]
    assert mods(timex_nlp, "Prices rose over the last nearly six months.") == [("the last nearly six months", "LESS_THAN")]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("Today, August 16, 2023, marks one year since the law was signed.", "2023-08-17", "2023-08-16"),
        ("The call is embargoed until tomorrow, September 5th, at 5:00 a.m.", "2024-09-05", "2024-09-05"),
        ("Yesterday, Aug. 15, the Senate voted.", "2023-08-17", "2023-08-15"),
    ],
)
def test_a_date_restating_today_or_tomorrow_gives_the_writers_day(timex_nlp, text, dct, expected):
    """A statement quotes a text written the day before it was released: the date after the comma is the
    day meant, not the creation time's."""
    assert values(timex_nlp, text, dct)[0][2] == expected


def test_a_day_named_apart_from_today_is_not_a_restatement(timex_nlp):
    assert [v for _, _, v in values(timex_nlp, "We met today, and on August 20 we will meet again.", "2023-08-17")] == [
        "2023-08-17", "2023-08-20",
    ]


def test_an_anniversary_day_dates_the_story_it_opens(timex_nlp):
    text = "Fifty-four years ago today, a gunman took his last breath. The room is preserved as it was on that day."
    assert [(t, v) for t, _, v in values(timex_nlp, text, "2022-04-04")] == [
        ("Fifty-four years ago today", "1968-04-04"), ("that day", "1968-04-04"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We will talk in the next couple days.", ("the next couple days", "DURATION", "P2D")),
        ("It took a couple weeks to fix.", ("a couple weeks", "DURATION", "P2W")),
        ("A couple months ago we met.", ("A couple months ago", "DATE", "2022-08")),
        ("The funds were passed 1 yr ago.", ("1 yr ago", "DATE", "2021")),
    ],
)
def test_spoken_and_abbreviated_counts(timex_nlp, text, expected):
    """"a couple" without "of" is two (not "a" + "couple"); "yr" is a year."""
    assert values(timex_nlp, text, "2022-10-25") == [expected]


def test_a_quarter_or_half_of_a_game_is_no_calendar_period(timex_nlp):
    assert values(timex_nlp, "He scored 12 points in the fourth quarter and the Jets won in overtime.", "1999-11-10") == []
    assert values(timex_nlp, "The Dow fell 20 points in the fourth quarter.", "1999-11-10") == [
        ("the fourth quarter", "DATE", "1999-Q4"),
    ]
    assert values(timex_nlp, "The team scored more goals in the fourth quarter of 1998.", "1999-11-10") == [
        ("the fourth quarter of 1998", "DATE", "1998-Q4"),
    ]
