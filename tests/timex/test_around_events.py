"""'In the days before the shooting': a time around an event that another expression dates."""

from __future__ import annotations


def values(nlp, text: str, dct: str | None = None) -> list[tuple[str, str, str]]:
    doc = nlp.make_doc(text)
    doc._.dct = dct
    return [(t["text"], t["type"], t["value"]) for t in nlp(doc)._.timexes]


def test_the_days_before_an_event_take_the_month_it_is_dated_to(timex_nlp):
    text = ("Dr. Slepian was shot to death on the night of Oct. 23 in his home. "
            "Investigators think the killer buried the rifle in the days before the shooting.")
    assert values(timex_nlp, text, "1999-05-05")[-1] == ("days", "DATE", "1998-10")


def test_an_event_of_the_same_family_dates_it_in_other_words(timex_nlp):
    text = ("Dr. Slepian was killed in his kitchen by a sniper's bullet last fall. "
            "His car was seen in the neighborhood in the weeks before the slaying.")
    assert values(timex_nlp, text, "1999-04-10") == [
        ("last fall", "DATE", "1998-FA"),
        ("weeks", "DATE", "1998-FA"),  # no finer than the event's own date
    ]


def test_a_clause_after_after_names_the_event_too(timex_nlp):
    text = ("Last month's shooting death of a doctor shocked Buffalo. "
            "A suspect crossed the border days after a sniper killed the doctor.")
    assert values(timex_nlp, text, "1998-11-20")[-1] == ("days", "DATE", "1998-10")


def test_the_hours_after_a_dated_attack_are_its_day(timex_nlp):
    text = ("The attack on the embassy on March 3, 2024 killed four guards. "
            "In the hours after the attack, the government closed the border.")
    assert values(timex_nlp, text)[-1] == ("hours", "DATE", "2024-03-03")


def test_an_event_dated_nowhere_leaves_the_weeks_a_vague_stretch(timex_nlp):
    assert values(timex_nlp, "His car was seen in the weeks before the shooting.", "1999-04-10") == [
        ("the weeks", "DURATION", "PXW"),
    ]


def test_an_event_of_another_family_does_not_date_it(timex_nlp):
    text = "The treaty was signed on March 3, 2024. In the weeks before the election, turnout fell."
    assert values(timex_nlp, text)[-1] == ("the weeks", "DURATION", "PXW")


def test_a_counted_unit_before_an_event_stays_a_duration(timex_nlp):
    text = "Dr. Slepian was shot on Oct. 23, 1998. A jogger saw the car 10 days before the murder."
    assert values(timex_nlp, text)[-1] == ("10 days", "DURATION", "P10D")
