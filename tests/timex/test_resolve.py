"""The timex grammar, resolver and timeline keys without a spaCy pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from nlp_kit.errors import ConfigError
from nlp_kit.timex.grammar import Grammar, select_longest
from nlp_kit.timex.normalize import FROM_ANCHOR, FROM_DCT, INHERIT_YEAR, WEEKDAY, Partial, normalize_match
from nlp_kit.timex.resolve import Resolver, parse_value
from nlp_kit.timex.timeline import sort_key


def normalized(text: str) -> list[tuple[str, Partial]]:
    grammar = Grammar.load()
    found = [(m, normalize_match(m, grammar.vocab)) for m in grammar.candidates(text)]
    return [(m.text, p) for m, p in select_longest([(m, p) for m, p in found if p is not None])]


def test_longest_match_wins_over_the_year_inside_it():
    assert [text for text, _ in normalized("The strike was carried out Sept. 19–20, 2023.")] == ["Sept. 19–20, 2023"]


def test_month_name_must_be_capitalized():
    assert normalized("Officials may meet again.") == []


def test_grammar_without_its_files_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="vocabulary.yaml"):
        Grammar.load(tmp_path)


def test_parse_value_gives_first_day_and_granularity():
    assert parse_value("2023-Q3") == (dt.date(2023, 7, 1), "Q")
    assert parse_value("2024-SU") == (dt.date(2024, 7, 1), "S")
    assert parse_value("P6W") is None


def test_resolver_keeps_partial_value_without_anchor():
    resolved = Resolver(None).resolve("t1", Partial("DATE", "XXXX-10", relation=INHERIT_YEAR))
    assert (resolved.value, resolved.resolved, resolved.anchor) == ("XXXX-10", False, None)


def test_resolver_inherits_year_from_the_last_absolute_date():
    resolver = Resolver(None)
    resolver.resolve("t1", Partial("DATE", "2024-10"))
    resolved = resolver.resolve("t2", Partial("DATE", "XXXX-SU", relation=INHERIT_YEAR), sentence=4)
    assert (resolved.value, resolved.anchor) == ("2024-SU", "t1")


def test_year_shift_after_a_quarter_keeps_the_quarter():
    resolver = Resolver("1989-11-02")
    resolver.resolve("t1", Partial("DATE", "1989-Q3"))
    earlier = resolver.resolve("t2", Partial("DATE", "XXXX", relation=FROM_ANCHOR, unit="Y", offset=-1))
    assert earlier.value == "1988-Q3"


def test_creation_time_shifts_weeks_and_weekdays():
    resolver = Resolver("2024-03-15")
    assert resolver.resolve("t1", Partial("DATE", "XXXX", relation=FROM_DCT, unit="W", offset=-1)).value == "2024-W10"
    past = resolver.resolve("t2", Partial("DATE", "XXXX-WXX-1", relation=WEEKDAY, weekday=1), tense="PAST")
    future = resolver.resolve("t3", Partial("DATE", "XXXX-WXX-1", relation=WEEKDAY, weekday=1), tense="FUTURE")
    assert (past.value, future.value) == ("2024-03-11", "2024-03-18")


def test_sort_keys_order_mods_seasons_and_references():
    keys = [
        sort_key("199X", "START", None),
        sort_key("2022", None, None),
        sort_key("2022", "MID", None),
        sort_key("2022-07", None, None),
        sort_key("2023", "END", None),
        sort_key("2024-SU", None, None),
        sort_key("2024-FA", "START", None),
        sort_key("PRESENT_REF", None, None),
        sort_key("FUTURE_REF", None, None),
    ]
    assert keys == sorted(keys)
    assert sort_key("PRESENT_REF", None, dt.date(2024, 12, 1)) == "2024-12-01"


def test_a_sentence_the_parser_reads_as_a_noun_phrase_still_moves_the_story(timex_nlp):
    """"The last American combat troops left in December 2011." has no verb for the parser ("left" hangs
    from "troops"), yet it narrates: "Three years later" counts from it."""
    doc = timex_nlp.make_doc(
        "Violence peaked in 2006 and 2007. The last American combat troops left in December 2011. "
        "Three years later, the war returned."
    )
    doc._.dct = "2015-03-20"  # written after the return it tells: a past count never lands after the writer's year
    assert [t["value"] for t in timex_nlp(doc)._.timexes] == ["2006", "2007", "2011-12", "2014"]


def test_a_shift_forward_in_a_present_clause_stops_at_the_creation_time(timex_nlp):
    """"A decade on, the costs are still being counted": ten years after December 2011 would be after the
    article was written; a present clause is about now."""
    doc = timex_nlp.make_doc(
        "The last combat troops left in December 2011. A decade on, the costs are still being counted."
    )
    doc._.dct = "2013-03-20"
    assert [(t["text"], t["value"]) for t in timex_nlp(doc)._.timexes] == [
        ("December 2011", "2011-12"), ("A decade on", "2013"),
    ]
    doc = timex_nlp.make_doc("We have another plant next year and the following year.")  # not counted from an event
    doc._.dct = "2022-03-01"
    assert [t["value"] for t in timex_nlp(doc)._.timexes] == ["2023", "2024"]


def test_a_shift_forward_from_a_date_still_ahead_counts_from_that_date(timex_nlp):
    """A timetable is told in the present: "is due on 14 April, with a run-off two weeks later" puts the
    run-off two weeks after the first round, not in the week the article was written."""
    doc = timex_nlp.make_doc("The first round of voting is due on 14 April, with a run-off two weeks later.")
    doc._.dct = "2013-03-22"
    assert [(t["text"], t["value"]) for t in timex_nlp(doc)._.timexes] == [
        ("14 April", "2013-04-14"), ("two weeks later", "2013-W17"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Three days later, he resigned.", "XXXX-XX-XX"),
        ("Four years later, when I lost my own wife, he called me.", "XXXX"),
        ("A year on from the invasion, the front lines have barely moved.", "XXXX"),
    ],
)
def test_a_shift_forward_in_a_past_clause_with_no_date_told_before_stays_unknown(timex_nlp, text, value):
    """Counted forward from the creation time, "three days later" in a past clause would land after the
    article was written: the event it counts from was never dated, so the value is unknown, not guessed."""
    doc = timex_nlp.make_doc(text)
    doc._.dct = "2024-10-10"
    [timex] = timex_nlp(doc)._.timexes
    assert (timex["value"], timex["resolved"]) == (value, False)


def test_a_past_count_that_would_land_in_a_later_year_than_the_writer_s_stays_unknown(timex_nlp):
    """"Seventy-seven years later, Putin chose to invade" after a date of the writer's own year: the war's end it
    counts from is not given, so not 2099; from 1945, it is 2022."""
    doc = timex_nlp.make_doc("On 8 May 2022 we remember the end of the war. Seventy-seven years later, Putin chose war.")
    doc._.dct = "2022-05-08"
    assert [(t["value"], t["resolved"]) for t in timex_nlp(doc)._.timexes] == [("2022-05-08", True), ("XXXX", False)]
    doc = timex_nlp.make_doc("In 1945 the war ended. Seventy-seven years later, Putin chose war.")
    doc._.dct = "2022-05-08"
    assert [t["value"] for t in timex_nlp(doc)._.timexes] == ["1945", "2022"]


def test_three_quarters_of_a_century_is_seventy_five_years(timex_nlp):
    doc = timex_nlp.make_doc("In 1944, Roosevelt wrote to Bush. Three quarters of a century later, our lives have changed.")
    doc._.dct = "2021-01-20"
    assert [(t["text"], t["value"]) for t in timex_nlp(doc)._.timexes][-1] == (
        "Three quarters of a century later", "2019")


@pytest.mark.parametrize(
    ("text", "dct", "values"),
    [
        ("Sharif, who was elected in February 1997 and ousted in October, returned in 2007.", "2010-01-01",
         ["1997-02", "1997-10", "2007"]),
        ("The accord, which was signed in March 2021 and suspended in November, is back on the table.", "2023-05-01",
         ["2021-03", "2021-11"]),
    ],
)
def test_a_month_in_a_clause_describing_a_noun_follows_that_clauses_date(timex_nlp, text, dct, values):
    """A date in a relative clause is not the story's time, but a month without its year later in that
    clause, or one joined to it, continues from it: not the creation year's October."""
    doc = timex_nlp.make_doc(text)
    doc._.dct = dct
    assert [t["value"] for t in timex_nlp(doc)._.timexes] == values


def test_a_month_as_near_before_as_after_the_last_date_is_read_forward(timex_nlp):
    """Six months either way from October 2023: a story told in order puts April in 2024."""
    doc = timex_nlp.make_doc("Talks with the EMC opened in October 2023. The EMC split in April.")
    doc._.dct = "2024-08-01"
    assert [t["value"] for t in timex_nlp(doc)._.timexes] == ["2023-10", "2024-04"]


def test_a_day_counted_back_from_the_day_narrated_leaves_the_story_on_that_day(timex_nlp):
    """"after the killing ... the previous night" looks back from 22 May; "the following day" is 23 May."""
    doc = timex_nlp.make_doc(
        "On 22 May, clashes broke out in Tripoli after the killing of a commander the previous night. "
        "A truce took hold the following day."
    )
    doc._.dct = "2025-06-20"
    assert [t["value"] for t in timex_nlp(doc)._.timexes] == ["2025-05-22", "2025-05-21TNI", "2025-05-23"]
