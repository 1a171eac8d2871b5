"""The end of a period that runs on from the event ("until", "through", "extended to") is not pushed
into the past by a past-tense verb: it is the nearest such day or month to the creation time.  Told in
the present or the present perfect ("has until Monday", "has been given until Friday") it is still ahead."""

from __future__ import annotations


def values(nlp, text: str, dct: str) -> list[tuple[str, str]]:
    doc = nlp.make_doc(text)
    doc._.dct = dct
    return [(t["text"], t["value"]) for t in nlp(doc)._.timexes]


def test_until_a_weekday_is_the_coming_one_after_a_past_verb(timex_nlp):
    text = "The agency has given the relatives until 9 a.m. Tuesday to sign a paper."
    assert values(timex_nlp, text, "2000-04-03") == [("9 a.m. Tuesday", "2000-04-04T09:00")]


def test_until_and_through_a_month_take_the_nearest_year(timex_nlp):
    assert values(timex_nlp, "Ottawa gave Merieux until mid-November to submit information.", "1989-10-30") == [
        ("mid-November", "1989-11"),
    ]
    assert values(timex_nlp, "The banks lent the company $90 million through January.", "1989-10-30") == [
        ("January", "1990-01"),
    ]


def test_a_date_something_was_extended_to_is_not_a_past_date(timex_nlp):
    assert values(timex_nlp, "The offer for Chiron was extended to Nov. 16.", "1989-10-30") == [
        ("Nov. 16", "1989-11-16"),
    ]


def test_a_past_date_without_such_a_preposition_stays_in_the_past(timex_nlp):
    assert values(timex_nlp, "The offer was made on Nov. 16.", "1989-10-30") == [("Nov. 16", "1988-11-16")]


def test_a_past_week_narrated_through_a_weekday_stays_in_the_past(timex_nlp):
    assert values(timex_nlp, "The talks went on through Friday.", "2000-04-04") == [("Friday", "2000-03-31")]


def test_a_deadline_given_in_the_present_or_present_perfect_is_still_ahead(timex_nlp):
    # written on a Wednesday: the nearest Monday would be two days back, but what one still "has" until is ahead
    assert values(timex_nlp, "Cyprus has been given until Monday to raise the money.", "2013-03-20") == [
        ("Monday", "2013-03-25"),
    ]
    assert values(timex_nlp, "Greece has until Monday to submit its plan.", "2013-03-20") == [("Monday", "2013-03-25")]
    # told in the past, the same deadline may have passed: the nearest one
    assert values(timex_nlp, "Cyprus was given until Monday to raise the money.", "2013-03-20") == [
        ("Monday", "2013-03-18"),
    ]


def test_a_count_up_to_now_through_a_month_is_not_pushed_ahead(timex_nlp):
    text = "Through August, the port has moved 30% more containers than last year."
    assert values(timex_nlp, text, "2021-10-13")[0] == ("August", "2021-08")
