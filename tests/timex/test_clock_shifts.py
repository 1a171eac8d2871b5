"""Hours and minutes later: a narrative date has no clock time to shift, so TimeML (TimeBank,
AQUAINT) marks the amount, a DURATION ("over an hour later" -> "over an hour", PT1H, more than; its "later" is
left out of the span, as TimeML's gold does), not a date."""

from __future__ import annotations


def values(nlp, text: str, dct: str = "1998-10-25") -> list[tuple[str, str, str, str | None]]:
    doc = nlp.make_doc(text)
    doc._.dct = dct
    return [(t["text"], t["type"], t["value"], t["mod"]) for t in nlp(doc)._.timexes]


def test_hours_later_is_the_amount_of_time(timex_nlp):
    assert values(timex_nlp, "Just over an hour later, he was declared dead.") == [
        ("over an hour", "DURATION", "PT1H", "MORE_THAN"),
    ]
    assert values(timex_nlp, "Police arrived 20 minutes after.") == [("20 minutes", "DURATION", "PT20M", None)]


def test_days_and_years_later_stay_dates_counted_from_the_narrative(timex_nlp):
    found = values(timex_nlp, "The clinic opened in 1992. Three years later, it closed.")
    assert found[-1] == ("Three years later", "DATE", "1995", None)
