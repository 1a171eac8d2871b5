"""Holidays are dates: fixed ones and moveable feasts, in the year the narrative or the creation time gives."""

from __future__ import annotations

import pytest

from nlp_kit.timex.normalize import holiday_date


def values(nlp, text: str, dct: str | None = None) -> list[tuple[str, str, str]]:
    doc = nlp.make_doc(text)
    doc._.dct = dct
    return [(t["text"], t["type"], t["value"]) for t in nlp(doc)._.timexes]


@pytest.mark.parametrize(
    ("spec", "year", "day"),
    [("12-25", 1999, "1999-12-25"), ("easter", 2000, "2000-04-23"), ("easter-2", 2000, "2000-04-21"),
     ("11-TH4", 1999, "1999-11-25"), ("05-MO-1", 2000, "2000-05-29"), ("09-MO1", 1998, "1998-09-07"),
     ("11-TU1@2", 2024, "2024-11-05"), ("11-TU1@2", 2026, "2026-11-03"),  # Election Day: Tuesday after a Monday
     ("11-FR1@23", 2023, "2023-11-24"), ("11-MO1@26", 2024, "2024-12-02")],  # Black Friday, Cyber Monday
)
def test_holiday_rules_give_the_day_of_that_year(spec, year, day):
    assert holiday_date(spec, year) == day


def test_a_past_holiday_is_the_last_one_before_the_creation_time(timex_nlp):
    text = "Elian was rescued on Thanksgiving and spent Christmas in Miami."
    assert values(timex_nlp, text, "2000-04-06") == [
        ("Thanksgiving", "DATE", "1999-11-25"),
        ("Christmas", "DATE", "1999-12-25"),
    ]


def test_a_holiday_celebrated_takes_the_tense_of_the_celebrating(timex_nlp):
    assert values(timex_nlp, "The President celebrated Independence Day at the White House.", "2024-06-10") == [
        ("Independence Day", "DATE", "2023-07-04")]
    assert values(timex_nlp, "He will celebrate Christmas with his family.", "2024-06-10") == [
        ("Christmas", "DATE", "2024-12-25")]
    # what a feast is, not when something was done: the nearest one
    text = "For millennia, Jewish communities have marked Yom Kippur as an occasion to reflect and pray."
    assert values(timex_nlp, text, "2021-09-15") == [("Yom Kippur", "DATE", "2021-09-16")]


def test_the_week_or_weekend_of_a_holiday_is_the_iso_week_that_holds_it(timex_nlp):
    assert values(timex_nlp, "Slepian was killed the week of Veterans Day.", "1999-03-30") == [
        ("the week of Veterans Day", "DATE", "1998-W46")]
    assert values(timex_nlp, "Travel peaks the weekend of the Fourth of July.", "1999-03-30") == [
        ("the weekend of the Fourth of July", "DATE", "1999-W26-WE")]


def test_a_holiday_inside_the_name_of_a_law_is_no_date(timex_nlp):
    assert values(timex_nlp, "The Independence Day Act passed in 2021.", "2024-06-10") == [("2021", "DATE", "2021")]


def test_a_holiday_with_its_year_and_an_island_named_for_one(timex_nlp):
    assert values(timex_nlp, "He may go home by Easter 2000, not to Easter Island.") == [
        ("Easter 2000", "DATE", "2000-04-23"),
    ]


def test_easter_among_orthodox_christians_is_the_orthodox_easter_and_so_is_every_easter_after_it(timex_nlp):
    text = ("Jill and I send warm wishes to our friends in the Orthodox Christian community observing Easter. "
            "Happy Easter.")
    assert values(timex_nlp, text, "2022-04-23") == [
        ("Easter", "DATE", "2022-04-24"), ("Easter", "DATE", "2022-04-24"),
    ]
    assert values(timex_nlp, "Orthodox Easter falls on April 24.", "2022-04-23")[0] == (
        "Orthodox Easter", "DATE", "2022-04-24",
    )
    assert values(timex_nlp, "We celebrate Easter with family.", "2022-04-23") == [("Easter", "DATE", "2022-04-17")]


def test_a_moveable_feast_without_a_year_is_the_one_the_tense_points_to_around_the_creation_time(timex_nlp):
    # written on 22 March 2013: Ash Wednesday had been on 13 February, Easter was nine days ahead
    assert values(timex_nlp, "On Ash Wednesday he fasted.", "2013-03-22") == [("Ash Wednesday", "DATE", "2013-02-13")]
    assert values(timex_nlp, "He will pray on Good Friday.", "2013-03-22") == [("Good Friday", "DATE", "2013-03-29")]
    assert values(timex_nlp, "On Palm Sunday he spoke.", "2013-03-22") == [("Palm Sunday", "DATE", "2012-04-01")]
    assert values(timex_nlp, "By Pentecost it will end.", "2013-03-22") == [("Pentecost", "DATE", "2013-05-19")]


@pytest.mark.parametrize(
    ("spec", "year", "day"),
    [
        ("islamic-10-01", 2023, "2023-04-21"),  # Eid al-Fitr, Umm al-Qura (Saudi) calendar
        ("islamic-12-10", 1998, "1998-04-07"),  # Eid al-Adha
        ("islamic-09-01..islamic-10-01", 2030, "2030-01-05"),  # Ramadan falls twice in 2030: the first
        ("hebrew-07-01", 2023, "2023-09-16"),  # Rosh Hashanah
        ("hebrew-07-10", 1998, "1998-09-30"),  # Yom Kippur
        ("hebrew-01-15..+8", 2023, "2023-04-06"),  # Passover
    ],
)
def test_feasts_of_the_islamic_and_hebrew_calendars_give_their_gregorian_day(spec, year, day):
    assert holiday_date(spec, year) == day


def test_a_feast_of_several_days_has_its_last_day_as_range_end(timex_nlp):
    doc = timex_nlp.make_doc("Violence flared during Ramadan 2023 and again over Hanukkah 2023.")
    assert [(t["text"], t["value"], t["range_end"]) for t in timex_nlp(doc)._.timexes] == [
        ("Ramadan 2023", "2023-03-23", "2023-04-20"),
        ("Hanukkah 2023", "2023-12-08", "2023-12-15"),
    ]


def test_a_lunar_feast_without_a_year_is_the_one_the_tense_points_to(timex_nlp):
    # written on 10 May 2023: Ramadan had ended on 20 April, Eid al-Adha was seven weeks ahead
    assert values(timex_nlp, "Mr. Sullivan urged calm during Ramadan.", "2023-05-10") == [
        ("Ramadan", "DATE", "2023-03-23"),
    ]
    assert values(timex_nlp, "The President will host a reception for Eid al-Adha.", "2023-05-10") == [
        ("Eid al-Adha", "DATE", "2023-06-28"),
    ]
    assert values(timex_nlp, "Leaders met before Rosh Hashanah.", "2023-05-10") == [
        ("Rosh Hashanah", "DATE", "2022-09-26"),
    ]


def test_a_lunar_feast_with_nothing_to_place_it_keeps_an_unknown_year(timex_nlp):
    assert values(timex_nlp, "Families gather for Eid al-Fitr.") == [("Eid al-Fitr", "DATE", "XXXX")]


def test_election_day_is_the_next_us_general_election_in_a_future_clause(timex_nlp):
    assert values(timex_nlp, "Voters will go to the polls on Election Day.", "2024-10-10") == [
        ("Election Day", "DATE", "2024-11-05"),
    ]


def test_a_named_day_is_not_the_weekday_it_names(timex_nlp):
    text = "On the anniversary of Bloody Sunday, candidates campaigned before Super Tuesday and shops opened on Black Friday."
    assert values(timex_nlp, text, "2024-06-10") == [("Black Friday", "DATE", "2023-11-24")]  # past: the last one
    assert values(timex_nlp, "The Senate Tuesday voted to pass the bill.", "2024-06-10") == [
        ("Tuesday", "DATE", "2024-06-04"),
    ]


def test_a_feasts_week_or_weekend_is_the_iso_week_that_holds_it(timex_nlp):
    text = "Traffic deaths rose over the Memorial Day weekend, and gas was cheap for Thanksgiving week."
    assert values(timex_nlp, text, "2024-06-10") == [
        ("the Memorial Day weekend", "DATE", "2024-W21-WE"),  # Monday 27 May: the weekend before it
        ("Thanksgiving week", "DATE", "2023-W47"),
    ]
    assert values(timex_nlp, "Prices fell during Christmas week 2023.", "2024-06-10") == [
        ("Christmas week 2023", "DATE", "2023-W52"),
    ]
    # written on Monday 17 April 2000: the week of Easter (23 April) had begun, so a past clause means this year's
    assert values(timex_nlp, "Protesters prayed as Easter week began.", "2000-04-17") == [
        ("Easter week", "DATE", "2000-W16"),
    ]


def test_last_and_next_before_a_holiday_count_from_the_creation_day_whatever_the_tense(timex_nlp):
    # written on 1 December 2021: the Christmas just past is 2020's, even in a relative clause's past
    text = "Millions of children who spent last Christmas in poverty will not bear that burden."
    assert values(timex_nlp, text, "2021-12-01") == [("last Christmas", "DATE", "2020-12-25")]
    assert values(timex_nlp, "The meeting will be held next Easter.", "2013-02-12") == [
        ("next Easter", "DATE", "2013-03-31"),
    ]
    assert values(timex_nlp, "Last Thanksgiving, he visited Kabul.", "2013-02-12") == [
        ("Last Thanksgiving", "DATE", "2012-11-22"),
    ]


def test_this_before_a_holiday_is_the_creation_years(timex_nlp):
    assert values(timex_nlp, "As we mark this Veterans Day, we honor them.", "2022-11-11") == [
        ("this Veterans Day", "DATE", "2022-11-11"),
    ]
    assert values(timex_nlp, "This Ramadan, the truce held.", "2013-02-12") == [
        ("This Ramadan", "DATE", "2013-07-09"),
    ]


def test_a_holiday_a_future_verb_will_celebrate_is_the_coming_one(timex_nlp):
    assert values(timex_nlp, "The children will celebrate Halloween.", "2013-02-12") == [
        ("Halloween", "DATE", "2013-10-31"),
    ]
    # a habit says nothing of which one: the nearest
    text = "For millennia, Jewish communities have marked Yom Kippur as an occasion to reflect."
    assert values(timex_nlp, text, "2021-09-15") == [("Yom Kippur", "DATE", "2021-09-16")]


def test_federal_holidays_named_for_people_and_peoples(timex_nlp):
    assert values(timex_nlp, "On Martin Luther King Jr. Day, volunteers served.", "2013-02-12") == [
        ("Martin Luther King Jr. Day", "DATE", "2013-01-21"),
    ]
    assert values(timex_nlp, "This Indigenous Peoples' Day, we honor tribal nations.", "2013-02-12") == [
        ("This Indigenous Peoples' Day", "DATE", "2013-10-14"),
    ]
    assert values(timex_nlp, "The work began even before Inauguration Day.", "2021-04-07") == [
        ("Inauguration Day", "DATE", "2021-01-20"),
    ]


def test_holy_week_runs_from_palm_sunday_to_holy_saturday(timex_nlp):
    doc = timex_nlp.make_doc("During Holy Week 2023, pilgrims came.")
    doc._.dct = "2024-03-15"
    (timex,) = timex_nlp(doc)._.timexes
    assert (timex["text"], timex["value"], timex["range_end"]) == ("Holy Week 2023", "2023-04-02", "2023-04-08")
