"""What is planned lies ahead of the creation time, whatever the tense of the planning verb.

TimeML values a weekday or a year-less date from the creation time (DCT) and
the direction the clause gives; a plan reported in the past ("planned a
demonstration on Saturday") still points forward, unless the plan itself is
over ("had been scheduled to expire Friday") or the participle only describes
a noun ("a service planned for Saturday was canceled").
"""

from __future__ import annotations

import pytest

FRIDAY = "2000-01-07"  # the creation time of the examples: a Friday


def values(nlp, text: str, dct: str | None = FRIDAY) -> list[tuple[str, str]]:
    doc = nlp.make_doc(text)
    doc._.dct = dct
    return [(t["text"], t["value"]) for t in nlp(doc)._.timexes]


def test_a_weekday_in_the_clause_of_a_planning_verb_is_the_coming_one(timex_nlp):
    assert values(timex_nlp, "Protesters planned a large demonstration in Little Havana on Saturday.") == [
        ("Saturday", "2000-01-08"),
    ]
    assert values(timex_nlp, "The prosecutor has scheduled a news conference Thursday.") == [
        ("Thursday", "2000-01-13"),
    ]


def test_a_weekday_in_what_is_planned_is_the_coming_one(timex_nlp):
    assert values(timex_nlp, "They were planning to drive around the airport on Monday.") == [("Monday", "2000-01-10")]
    assert values(timex_nlp, "Officials said they did not plan to remove the boy on Thursday.") == [
        ("Thursday", "2000-01-13"),
    ]


def test_a_month_a_plan_is_for_lies_ahead(timex_nlp):
    assert values(timex_nlp, "The official said that the accession was planned for early March.", "1999-02-10") == [
        ("early March", "1999-03"),
    ]


def test_a_past_perfect_plan_is_over(timex_nlp):
    assert values(timex_nlp, "The offer previously had been scheduled to expire Friday.", "1989-10-30") == [
        ("Friday", "1989-10-27"),
    ]


def test_a_date_of_something_else_inside_the_plan_keeps_its_own_time(timex_nlp):
    text = "The bank said it plans to restructure in the wake of a third-quarter loss."
    assert values(timex_nlp, text, "1989-10-26") == [("third-quarter", "1989-Q3")]


def test_a_future_clause_does_not_take_an_earlier_year_from_the_narrative(timex_nlp):
    text = "Poland, which was invited in Madrid in July 1997, will officially join NATO on March 12."
    assert values(timex_nlp, text, "1999-02-27") == [("July 1997", "1997-07"), ("March 12", "1999-03-12")]


def test_a_past_clause_does_not_take_a_later_year_from_the_narrative(timex_nlp):
    text = "OPEC agreed to extend the cuts until March 2020, as prices have fallen 15 percent since April."
    assert values(timex_nlp, text, "2019-07-02") == [("March 2020", "2020-03"), ("April", "2019-04")]


def test_what_is_set_for_a_date_lies_ahead(timex_nlp):
    assert values(timex_nlp, "The summit is set for April 24 and 25.", "2025-07-01") == [
        ("April 24 and 25", "2026-04-24"),
    ]
    assert values(timex_nlp, "The vote was set for Tuesday.") == [("Tuesday", "2000-01-11")]
    assert values(timex_nlp, "The commission set a deadline on Tuesday.") == [("Tuesday", "2000-01-04")]


def test_what_one_is_prepared_ready_or_due_to_do_lies_ahead(timex_nlp):
    text = "Moscow said its delegation was prepared to travel to Istanbul in the first half of April."
    assert values(timex_nlp, text, "2026-03-18") == [("the first half of April", "2026-04")]
    text = "The offer had been due to expire Friday evening."  # a plan overtaken
    assert values(timex_nlp, text, "1989-10-30") == [("Friday evening", "1989-10-27TEV")]


def test_what_was_undertaken_comes_after_the_undertaking(timex_nlp):
    # an agreement told at the creation time: the first autumn after it
    text = "The Presidents agreed to continue contacts and to meet in person in the autumn."
    assert values(timex_nlp, text, "2026-03-18") == [("the autumn", "2026-FA")]
    # an agreement the story dates: the first such day after that date, whatever the creation time
    text = "In July, both sides agreed to conclude a comprehensive peace deal by August 18."
    assert values(timex_nlp, text, "2025-10-20") == [("July", "2025-07"), ("August 18", "2025-08-18")]
    text = "The declaration was signed on December 11, 2024. The leaders agreed to begin talks before the end of February."
    assert values(timex_nlp, text, "2025-06-01")[-1] == ("the end of February", "2025-02")



def test_the_weekday_of_an_undertaken_act_is_after_the_undertaking(timex_nlp):
    # written on Tuesday 18 February: the Friday after the Monday of the agreement, not the Friday before it
    text = "Japan agreed on Monday to reach a ceasefire by Friday."
    assert values(timex_nlp, text, "2025-02-18") == [("Monday", "2025-02-17"), ("Friday", "2025-02-21")]
    # an undated promise: the coming Sunday; what was done by Sunday: the Sunday past
    assert values(timex_nlp, "The rebels promised to withdraw by Sunday.", "2025-02-18") == [("Sunday", "2025-02-23")]
    assert values(timex_nlp, "The rebels had withdrawn by Sunday.", "2025-02-18") == [("Sunday", "2025-02-16")]
    text = "They agreed to speak again on Monday."  # a readout written on Friday 4 June 2021
    assert values(timex_nlp, text, "2021-06-04") == [("Monday", "2021-06-07")]



def test_the_deadline_of_an_undertaken_thing_is_after_the_undertaking_and_no_step_of_the_story(timex_nlp):
    text = "Japan agreed on Monday to a ceasefire by Friday."
    assert values(timex_nlp, text, "2025-02-18") == [("Monday", "2025-02-17"), ("Friday", "2025-02-21")]
    assert values(timex_nlp, "The deal was agreed by Friday.", "2025-02-18") == [("Friday", "2025-02-14")]
    text = ("Israel has agreed to open the bridge by September 30, 2022. A working group will complete its "
            "assessments within the next month.")  # counted from the creation time, not from the deadline
    assert values(timex_nlp, text, "2022-07-14")[-1] == ("the next month", "2022-08")


def test_the_deadline_of_an_approved_or_proposed_thing_is_after_the_approval(timex_nlp):
    """Written in March 2000: the withdrawal the cabinet approved is due by the coming July, not the July before."""
    text = "The Israeli cabinet approved a withdrawal from southern Lebanon by July."
    assert values(timex_nlp, text, "2000-03-15") == [("July", "2000-07")]
    assert values(timex_nlp, "The army completed its withdrawal by July.", "2000-03-15") == [("July", "1999-07")]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("They also discussed preparations for the July 9-11 NATO Summit in Washington.", "2024-06-03",
         ("July 9-11", "2024-07-09")),
        ("In advance of Guatemala's June 25 general elections, the Vice President reaffirmed support.", "2023-05-26",
         ("June 25", "2023-06-25")),
        ("Participants also looked ahead to the Leaders Summit on April 22.", "2021-03-18", ("April 22", "2021-04-22")),
        # told in the past, what was prepared for may have come since
        ("Responders were pre-positioned in advance of storm impacts on September 24.", "2022-10-05",
         ("September 24", "2022-09-24")),
        ("The project was finished ahead of schedule in March.", "1998-11-02", ("March", "1998-03")),
    ],
)
def test_what_a_clause_prepares_for_or_awaits_is_not_long_before_the_writer(timex_nlp, text, dct, expected):
    assert values(timex_nlp, text, dct)[-1] == expected


def test_a_precedent_in_an_as_clause_does_not_move_the_story(timex_nlp):
    text = (
        "Erdogan reaffirmed Turkey's readiness to host the talks in Istanbul, as it did in May and June 2025. "
        "Prisoners were exchanged on March 6."
    )
    assert values(timex_nlp, text, "2026-03-18") == [("May", "2025-05"), ("June 2025", "2025-06"), ("March 6", "2026-03-06")]
