"""nlp_kit_timex: temporal expressions normalized to TIMEX3 values, and the timeline."""

from __future__ import annotations

import pytest

from nlp_kit.schema import Event, TimeExpression


def timexes(nlp, text: str, dct: str | None = None) -> list[dict]:
    doc = nlp.make_doc(text)
    doc._.dct = dct
    return nlp(doc)._.timexes


def find(nlp, text: str, phrase: str, dct: str | None = None) -> dict:
    for timex in timexes(nlp, text, dct):
        if phrase in timex["text"] or timex["text"] in phrase:
            return timex
    raise AssertionError(f"no timex for {phrase!r} in {[t['text'] for t in timexes(nlp, text, dct)]}")


@pytest.mark.parametrize(
    ("text", "phrase", "type_", "value", "mod"),
    [
        ("Turkey pledged in July 2022 to open its border.", "July 2022", "DATE", "2022-07", None),
        ("By mid-2022 the two governments were promising progress.", "mid-2022", "DATE", "2022", "MID"),
        ("In late 2023 the talks resumed.", "late 2023", "DATE", "2023", "END"),
        ("The conflict began in the early 1990s.", "early 1990s", "DATE", "199X", "START"),
        ("Azerbaijan won a six-week war.", "six-week", "DURATION", "P6W", None),
        ("Relations have been crippled for over 30 years.", "over 30 years", "DURATION", "P30Y", "MORE_THAN"),
        ("After three decades of diplomacy nothing changed.", "three decades", "DURATION", "P3DE", None),
        ("To date, Ankara has not opened the border.", "To date", "DATE", "PRESENT_REF", None),
        ("Baku hosted the annual climate conference.", "annual", "SET", "P1Y", None),
        ("The ministers meet twice a year.", "twice a year", "SET", "P1Y", None),
        ("The dialogue convenes once a quarter.", "once a quarter", "SET", "P1Q", None),
        ("The council meets every Thursday.", "every Thursday", "SET", "XXXX-WXX-4", None),
        ("The board meets every other Tuesday.", "every other Tuesday", "SET", "XXXX-WXX-2", None),
        ("Each spring, veterans march in Washington.", "Each spring", "SET", "XXXX-SP", None),
        ("The council reports on a semi-annual basis.", "semi-annual", "SET", "P6M", None),
        ("Staff are paid bi-weekly.", "bi-weekly", "SET", "P2W", None),
        ("It publishes a twice-yearly review.", "twice-yearly", "SET", "P1Y", None),
        ("Rockets hit the city nightly.", "nightly", "SET", "XXXX-XX-XXTNI", None),
        ("Protesters gather every weekend.", "every weekend", "SET", "XXXX-WXX-WE", None),
        ("The census is taken every decade.", "every decade", "SET", "P1DE", None),
        ("The 2005 summer offensive failed.", "2005 summer", "DATE", "2005-SU", None),
        ("Profits rose in the fourth quarter 2023.", "the fourth quarter 2023", "DATE", "2023-Q4", None),
        ("After a quarter-century of rule, the party fell.", "a quarter-century", "DURATION", "P25Y", None),
        ("The first free elections in a quarter of a century were held.", "a quarter of a century", "DURATION", "P25Y",
         None),
        ("Claims are lower than at any time in the last half century.", "the last half century", "DURATION",
         "P50Y", None),
        ("Over the past quarter century, trade grew.", "the past quarter century", "DURATION", "P25Y", None),
        ("The vote fell on the last Thursday in November 2024.", "the last Thursday in November 2024", "DATE",
         "2024-11-28", None),
        ("The summit is held every two years.", "every two years", "SET", "P2Y", None),
        ("They meet every other week.", "every other week", "SET", "P2W", None),
        ("Shipments resume in week 12 of 2023.", "week 12 of 2023", "DATE", "2023-W12", None),
        ("Output will rise in Q3 2025.", "Q3 2025", "DATE", "2025-Q3", None),
        ("Profits fell in the third quarter of 1989.", "third quarter of 1989", "DATE", "1989-Q3", None),
        ("The summit was held on 5 May 2024.", "5 May 2024", "DATE", "2024-05-05", None),
        ("The deal runs until the first half of 2024.", "first half of 2024", "DATE", "2024-H1", None),
        ("The empire collapsed in the 20th century.", "20th century", "DATE", "19", None),
        ("Prices doubled in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996", None),
        ("January nineteen ninety-seven. Atlanta again.", "January nineteen ninety-seven", "DATE", "1997-01", None),
        ("Oil fell to the level of the winter of nineteen ninety-four.", "the winter of nineteen ninety-four",
         "DATE", "1994-WI", None),
        ("The war began in May two thousand and three.", "May two thousand and three", "DATE", "2003-05", None),
        ("Reform stalled in the 90s.", "90s", "DATE", "199X", None),
        ("Reform stalled in the mid-90s.", "mid-90s", "DATE", "199X", "MID"),
        ("The accord was signed 09/26/99 in Geneva.", "09/26/99", "DATE", "1999-09-26", None),
        ("The deal was signed on 19 Nov 2009 in Geneva.", "19 Nov 2009", "DATE", "2009-11-19", None),
        ("It will be done early this summer.", "early this summer", "DATE", "XXXX-SU", "START"),
        ("The economy grew in the January-March quarter of 2013.", "the January-March quarter of 2013", "DATE",
         "2013-Q1", None),
        ("He is the first pope to step down since 1415.", "1415", "DATE", "1415", None),
        ("The Ottomans took the city in 1453, and held it.", "1453", "DATE", "1453", None),
        ("He is the first non-European pope in almost 1,300 years.", "almost 1,300 years", "DURATION", "P1300Y",
         "LESS_THAN"),
    ],
)
def test_construction_is_normalized_to_timex3(nlp, text, phrase, type_, value, mod):
    timex = find(nlp, text, phrase)
    assert (timex["type"], timex["value"], timex["mod"]) == (type_, value, mod)


def test_months_that_are_no_calendar_quarter_do_not_name_one(nlp):
    found = timexes(nlp, "Output fell in the February-April quarter.", "2013-06-01")
    assert [(t["text"], t["value"]) for t in found] == [("February", "2013-02"), ("April", "2013-04")]


def test_day_range_keeps_its_end(nlp):
    timex = find(nlp, "Azerbaijan struck on Sept. 19–20, 2023, and took the enclave.", "Sept. 19")
    assert timex["text"] == "Sept. 19–20, 2023"
    assert (timex["value"], timex["range_end"]) == ("2023-09-19", "2023-09-20")


def test_fall_as_a_verb_is_not_a_season(nlp):
    assert all("fall" not in t["text"] for t in timexes(nlp, "Prices may fall sharply if talks stall."))


def test_bare_number_counting_troops_is_not_a_year(nlp):
    assert timexes(nlp, "Moscow deployed 1960 peacekeepers to the corridor.") == []


@pytest.mark.parametrize(
    "text",
    ["The index rose from 1200 to 1500.", "There was an increase in 1500 cases.", "The town was founded in 1700 BC.",
     "The crew shot 1500 hours of footage."],
)
def test_a_number_below_1800_is_a_year_only_after_a_preposition_of_time_and_before_no_noun(nlp, text):
    assert timexes(nlp, text) == []


@pytest.mark.parametrize(
    "text", ["We will modernize our 2000-mile shared border.", "The two countries share a 2000 kilometer border."]
)
def test_a_number_measuring_in_miles_or_pages_is_not_a_year(nlp, text):
    assert timexes(nlp, text) == []
    assert [t["value"] for t in timexes(nlp, "They released a 1500-page report in 2000.")] == ["2000"]


def test_clock_time_on_the_creation_day(nlp):
    timex = find(nlp, "The ceasefire took effect at 10 a.m. local time.", "10 a.m.", dct="2020-11-10")
    assert (timex["type"], timex["value"], timex["anchor"]) == ("TIME", "2020-11-10T10:00", "DCT")


# --- resolution with a creation time -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Yerevan said last year that talks had stalled.", "last year", "2023"),
        ("Envoys will meet next month in Kars.", "next month", "2024-04"),
        ("The minister resigned yesterday.", "yesterday", "2024-03-14"),
        ("Talks continue this week in Geneva.", "this week", "2024-W11"),
        ("The president spoke on Tuesday about the border.", "Tuesday", "2024-03-12"),
        ("The foreign minister will arrive on Tuesday.", "Tuesday", "2024-03-19"),
        ("Officials say talks resumed Thursday.", "Thursday", "2024-03-14"),
        ("The sale is scheduled to close Monday.", "Monday", "2024-03-18"),
        ("The board declared a dividend, payable May 7 to holders of record April 22.", "May 7", "2024-05-07"),
        ("The union signed a pact effective Feb. 1.", "Feb. 1", "2024-02-01"),
        ("The talks, set to resume Monday in Belfast, were delayed.", "Monday", "2024-03-18"),
        ("Today the parliament ratified the treaty.", "Today", "2024-03-15"),
        ("Exports rose two years ago.", "two years ago", "2022"),
        ("The meeting on 19 Nov was cancelled.", "19 Nov", "2023-11-19"),
        ("The plant will open late this summer.", "late this summer", "2024-SU"),
        ("Elections will be held on the first Tuesday of November.", "the first Tuesday of November", "2024-11-05"),
        ("The vote is on Wednesday of next week.", "Wednesday of next week", "2024-03-20"),
        ("The border closed last April.", "last April", "2023-04"),
    ],
)
def test_relative_expression_resolves_from_the_creation_time(nlp, text, phrase, value):
    timex = find(nlp, text, phrase, dct="2024-03-15")  # a Friday
    assert timex["value"] == value
    assert timex["anchor"] == "DCT" and timex["resolved"] is True


def test_a_day_and_its_part_without_creation_time_keep_the_part(nlp):
    timex = find(nlp, "She arrived Saturday night.", "Saturday night")
    assert (timex["type"], timex["value"], timex["resolved"]) == ("TIME", "XXXX-WXX-6TNI", False)


def test_a_quarter_century_later_counts_25_years_from_the_story(nlp):
    found = timexes(nlp, "In 1999 the treaty was signed. A quarter-century later, it still stands.", "2024-03-15")
    assert [(t["text"], t["value"]) for t in found] == [("1999", "1999"), ("A quarter-century later", "2024")]


def test_half_a_century_ago_is_fifty_years_back(nlp):
    assert [t["value"] for t in timexes(nlp, "Half a century ago, the war ended.", "2024-03-15")] == ["1974"]


def test_later_in_the_decade_is_the_decade_being_told(nlp):
    found = timexes(nlp, "In 1998, the talks failed. Later in the decade, they resumed.", "2013-03-21")
    assert [(t["text"], t["value"], t["mod"]) for t in found] == [
        ("1998", "1998", None), ("Later in the decade", "199X", "END"),
    ]
    assert [t["value"] for t in timexes(nlp, "The deficit will rise later in the decade.", "2013-03-21")] == ["201X"]
    assert timexes(nlp, "The month was difficult.", "2013-03-21") == []


def test_earlier_or_later_in_the_day_week_or_year_is_part_of_the_expression(nlp):
    """As TimeML marks them (TimeBank: "delayed earlier in the year", 1989, START)."""
    found = timexes(nlp, "Herbicide use was delayed earlier in the year.", "1998-02-13")
    assert [(t["text"], t["value"], t["mod"]) for t in found] == [("earlier in the year", "1998", "START")]
    found = timexes(nlp, "He arrived in Philadelphia later in the day.", "1998-02-13")
    assert [(t["text"], t["value"], t["mod"]) for t in found] == [("later in the day", "1998-02-13", "END")]


def test_the_first_half_of_something_else_is_no_date(nlp):
    assert timexes(nlp, "Perkins spent the first half of her career in museums.", "2022-08-12") == []
    assert [t["value"] for t in timexes(nlp, "Growth slowed in the first half of the year.", "2022-08-12")] == [
        "2022-H1"
    ]


def test_a_year_in_a_name_with_a_season_is_the_year_alone(nlp):
    assert [t["text"] for t in timexes(nlp, "He won gold at the 2008 Summer Olympics.")] == ["2008"]


def test_relative_expression_without_creation_time_is_not_guessed(nlp):
    timex = find(nlp, "The minister resigned yesterday.", "yesterday")
    assert timex["resolved"] is False and "X" in timex["value"] and timex["anchor"] is None
    month = find(nlp, "In October the envoys met again.", "October")
    assert (month["value"], month["resolved"]) == ("XXXX-10", False)
    last_year = find(nlp, "Yerevan said last year that talks had stalled.", "last year")
    assert (last_year["value"], last_year["resolved"]) == ("PAST_REF", False)


# --- resolution from the narrative ---------------------------------------------------------


def test_later_counts_from_the_narratives_last_date(nlp):
    found = timexes(nlp, "In 2020 Azerbaijan won a war. It reclaimed the rest three years later.")
    later = next(t for t in found if t["text"] == "three years later")
    assert later["value"] == "2023" and later["anchor"] == found[0]["id"]


def test_the_next_day_counts_from_a_dated_day_but_not_from_a_year(nlp):
    dated = timexes(nlp, "On March 3, 2021, the envoys met. The next day they signed the accord.")
    assert (dated[1]["value"], dated[1]["anchor"]) == ("2021-03-04", "t1")
    vague = timexes(nlp, "In 2020 war broke out. The next day Baku struck.")
    assert (vague[1]["value"], vague[1]["resolved"]) == ("XXXX-XX-XX", False)


def test_that_same_day_after_a_month_is_a_day_of_that_month_not_yet_known(nlp):
    found = timexes(nlp, "He was shot in October 1998. His name was crossed out that same day.")
    assert (found[1]["value"], found[1]["anchor"], found[1]["resolved"]) == ("1998-10-XX", "t1", False)


def test_month_and_season_inherit_the_narratives_year(nlp):
    text = "Talks resumed in October 2024. In October again, the leaders met. Talks slowed through the summer."
    found = timexes(nlp, text)
    assert [t["value"] for t in found] == ["2024-10", "2024-10", "2024-SU"]
    assert found[1]["anchor"] == "t1"


def test_the_next_decade_is_ten_years_from_now_and_the_past_decade_the_last_calendar_one(nlp):
    found = timexes(nlp, "China will double its stockpile over the next decade, as it did in the past decade.", "2025-06-10")
    assert [(t["type"], t["value"]) for t in found] == [("DURATION", "P1DE"), ("DATE", "201X")]
    assert find(nlp, "The treaty may not survive the 2030s.", "2030s", "2025-06-10")["value"] == "203X"


def test_a_month_in_what_is_called_for_comes_after_the_call(nlp):
    text = ("In December 2023 the Council granted the status. The EU calls on the authorities to engage in a "
            "dialogue ahead of the elections in October.")
    assert find(nlp, text, "October", "2024-06-03")["value"] == "2024-10"


def test_a_year_naming_a_strategy_does_not_date_the_month_of_an_undertaking(nlp):
    text = ("Ministers reaffirmed the 2050 Strategy for the Blue Pacific Continent and agreed to finalise its plan "
            "before the Leaders' Meeting in September.")
    assert find(nlp, text, "September", "2025-08-14")["value"] == "2025-09"


def test_that_summer_is_the_storys_even_in_a_present_clause(nlp):
    text = "The partition took place in August 1947. This paper traces how the decisions of that summer shaped relations."
    summer = find(nlp, text, "that summer", "2025-03-04")
    assert (summer["value"], summer["anchor"]) == ("1947-SU", "t1")


def test_an_article_before_a_date_that_modifies_a_noun_is_the_nouns(nlp):
    found = timexes(nlp, "The 28 September parliamentary elections offered a genuine choice.", "2025-09-29")
    assert [(t["text"], t["value"]) for t in found] == [("28 September", "2025-09-28")]
    assert timexes(nlp, "The summer was hot.", "2025-09-29")[0]["text"] == "The summer"


def test_a_section_heading_naming_a_year_dates_the_months_under_it(nlp):
    import nlp_kit

    text = ("Outlook for the Balkans\n\nThe dialogue began in March 2011.\n\nDevelopments in 2025\n\n"
            "Kosovo held elections in February.\n")
    february = next(t for t in nlp_kit.analyze(text, nlp=nlp, dct="2026-12-06").timexes if t.text == "February")
    assert (february.value, february.anchor) == ("2025-02", "heading")


def test_a_season_a_story_ran_through_has_passed_and_one_wanted_before_is_coming(nlp):
    ran = find(nlp, "Protests continued through the spring.", "the spring", dct="2025-12-15")
    assert ran["value"] == "2025-SP"
    assert find(nlp, "Loans are available through the spring.", "the spring", dct="2025-12-15")["value"] == "2026-SP"
    wanted = find(nlp, "Brussels wants a meeting before the summer.", "the summer", dct="2025-12-15")
    assert wanted["value"] == "2026-SU"


def test_early_fall_keeps_its_mod_and_inherited_year(nlp):
    found = timexes(nlp, "In 2024 negotiations slowed through the summer and early fall.")
    fall = next(t for t in found if t["text"] == "early fall")
    assert (fall["value"], fall["mod"]) == ("2024-FA", "START")


def test_month_before_a_dated_month_takes_its_year(nlp):
    found = timexes(nlp, "The border crossings opened in July and October 2024.")
    assert [t["value"] for t in found] == ["2024-07", "2024-10"]


# --- outputs on the Doc --------------------------------------------------------------------


def test_results_are_schema_dicts_with_spans_labelled_by_id(nlp):
    doc = nlp.make_doc("Turkey pledged in July 2022 to open the border, and in 2024 it reaffirmed the pledge.")
    doc = nlp(doc)
    for timex in doc._.timexes:
        TimeExpression.model_validate(timex)
    assert [(s.text, s.label_) for s in doc.spans["nlp_kit_timex"]] == [("July 2022", "t1"), ("2024", "t2")]
    for event in doc._.events:
        Event.model_validate(event)


def test_timeline_is_chronological_and_names_the_predicate(nlp):
    doc = nlp("Ankara cut off its talks with Armenia in 1993. In 2020, Azerbaijan regained the territories.")
    events = doc._.events
    assert [e["value"] for e in events] == ["1993", "2020"]
    assert [e["predicate"] for e in events] == ["cut", "regain"]
    assert events[0]["sort_key"] < events[1]["sort_key"]
    assert "talks with Armenia" in events[0]["description"]


def test_timeline_event_carries_the_predicates_plover_type_and_cameo_code(nlp):
    doc = nlp("The two ministers signed the accord in 2024. The river flooded in 2019.")
    signed, flooded = sorted(doc._.events, key=lambda e: e["value"], reverse=True)
    assert (signed["predicate"], signed["plover"], signed["cameo"]) == ("sign", "SUPPORT", "057")
    assert (flooded["predicate"], flooded["plover"], flooded["cameo"]) == ("flood", None, None)


@pytest.mark.parametrize(
    "text",
    [
        "In December 2023, after long talks that went nowhere, they agreed to exchange prisoners.",
        "In December 2023 (after talks that went nowhere) they agreed to exchange prisoners.",
    ],
)
def test_description_never_glues_words_across_a_removed_aside(nlp, text):
    description = nlp(text)._.events[0]["description"]
    words = set(text.replace(",", " ").replace("(", " ").replace(")", " ").replace(".", " ").split())
    assert description.startswith("In December 2023 ")
    assert set(description.split()) <= words


def test_description_drops_an_apposition_with_its_commas_but_keeps_a_list(nlp):
    aside = nlp("On Monday, Nikol Pashinyan, the prime minister of Armenia, met Aliyev.")._.events[0]
    assert aside["description"] == "On Monday Nikol Pashinyan met Aliyev"
    listed = nlp("In April 2023, the United States, Panama, and Colombia announced a campaign.")._.events[0]
    assert "the United States, Panama, and Colombia announced" in listed["description"]


def test_one_event_dated_twice_in_apposition_is_one_timeline_entry(nlp):
    doc = nlp.make_doc("On October 14th, one year ago today, a six-year-old boy was killed in Plainfield.")
    doc._.dct = "2024-10-14"
    events = nlp(doc)._.events
    assert [(e["value"], e["predicate"]) for e in events] == [("2023-10-14", "kill")]


def test_a_dated_instrument_is_the_event_its_date_dates(nlp):
    doc = nlp("The expansion of that emergency in Executive Order 13400 of April 26, 2006, has not been resolved.")
    assert [(e["value"], e["predicate"]) for e in doc._.events] == [("2006-04-26", "order")]


def test_date_modifying_an_event_noun_dates_that_noun(nlp):
    doc = nlp("Turkey should honor its July 2022 commitment to open the border.")
    assert doc._.events[0]["predicate"] == "commitment"


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Additionally, Turkey could honor its 2022 commitment to open its borders.", "commitment"),
        ("Russia brokered the 2020 deal between the two sides.", "deal"),
        ("The constitution references the country's 1990 Declaration of Independence.", "declaration"),
    ],
)
def test_a_year_before_an_event_noun_dates_the_noun_not_the_verb(nlp, text, noun):
    event = nlp(text)._.events[0]
    assert (event["predicate"], event["uncertain"]) == (noun, False)


def test_a_date_before_a_noun_naming_no_event_still_dates_that_noun(nlp):
    event = nlp("The two states will share data for the 2026 wet season.")._.events[0]
    assert (event["predicate"], event["uncertain"]) == ("season", False)


def test_a_date_before_a_subject_naming_no_event_dates_what_the_subject_does(nlp):
    event = nlp("Third-quarter sales dropped 11% to $1.27 billion.")._.events[0]
    assert event["predicate"] == "drop"


def test_a_date_after_a_noun_naming_no_event_dates_the_verb(nlp):
    event = nlp("Canadian authorities issued a nationwide arrest warrant Monday for the suspect.")._.events[0]
    assert event["predicate"] == "issue"


def test_a_date_before_a_name_dates_what_the_name_does(nlp):
    doc = nlp.make_doc("In March, the assembly passed a law creating the state, and in April Maduro signed it.")
    doc._.dct = "2024-12-16"
    events = {e["value"]: e["predicate"] for e in nlp(doc)._.events}
    assert events == {"2024-03": "pass", "2024-04": "sign"}


def test_a_date_after_an_event_noun_dates_it(nlp):
    doc = nlp.make_doc("They discussed the collision near the shoal, the third such incident since December.")
    doc._.dct = "2025-03-18"
    assert nlp(doc)._.events[0]["predicate"] == "incident"


def test_a_date_after_a_listed_event_noun_in_a_phrase_dates_that_event(nlp):
    """The parser hangs "on 20 October 2024" on "destabilise"; it says when the election is."""
    doc = nlp.make_doc(
        "The Council condemns Russia's attempts to destabilise Moldova ahead of the presidential election and "
        "constitutional referendum on 20 October 2024."
    )
    doc._.dct = "2024-10-17"
    assert nlp(doc)._.events[0]["predicate"] in ("election", "referendum")


@pytest.mark.parametrize(
    ("text", "dct", "event"),
    [
        # the phrase "of Kuwait" belongs to the invasion, which the date dates
        ("Oil prices soared during the invasion of Kuwait in 1990.", "1998-02-13", "invasion"),
        # a bare date after a preposition's event noun
        ("Howard promised to put the question to a national referendum next year.", "1998-02-13", "referendum"),
        ("He referred to resolution 425 in a speech six weeks ago.", "1998-03-01", "speech"),
        # an object is not enough: the condemning may be what the day dates
        ("Iran condemned the invasion on Tuesday.", "1990-08-15", "condemn"),
        # nor what a charge is with
        ("Kopp was charged with murder Thursday in the slaying of a doctor.", "1999-05-06", "charge"),
        # a figure is no event ("-ure" and "-al" nouns are events only when listed)
        ("The job figures for January extended a surge in employment.", "1998-02-06", "extend"),
    ],
)
def test_a_date_the_parser_hangs_on_the_verb_dates_the_event_noun_just_before_it(nlp, text, dct, event):
    doc = nlp.make_doc(text)
    doc._.dct = dct
    assert nlp(doc)._.events[0]["predicate"] == event


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The city could have used protection in 1979 when the Soviet Union invaded Afghanistan.", "invade"),
        ("Since 1985, when the Israelis created a security zone, 200 soldiers have been killed.", "create"),
    ],
)
def test_a_when_clause_after_a_date_says_what_happened_then(nlp, text, event):
    doc = nlp.make_doc(text)
    doc._.dct = "1998-03-01"
    assert nlp(doc)._.events[0]["predicate"] == event


def test_a_second_date_of_one_verb_dates_the_event_named_just_before_it(nlp):
    doc = nlp.make_doc("The Cypriot government Saturday strongly condemned two terrorist bomb attacks in Kenya and "
                       "Tanzania Friday, calling them an atrocious crime.")
    doc._.dct = "1998-08-08"
    events = {e["value"]: e["predicate"] for e in nlp(doc)._.events}
    assert events == {"1998-08-08": "condemn", "1998-08-07": "attack"}


def test_a_date_on_a_begun_act_dates_the_beginning(nlp):
    doc = nlp.make_doc("Saddam said he will begin withdrawing troops from Iranian territory on Friday.")
    doc._.dct = "1990-08-15"
    event = nlp(doc)._.events[0]
    assert event["predicate"] == "begin" and "withdrawing troops" in event["description"]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Progress between 2020 and 2023 was limited.", "limited"),
        ("Sales in the third quarter were weak.", "weak"),
        ("There was an explosion at the plant last week.", "explosion"),
        ("The show is tonight.", "be"),  # the date is what the copula says, so the copula stays the event
    ],
)
def test_a_date_on_a_copula_dates_what_the_copula_says_of_its_subject(nlp, text, event):
    doc = nlp.make_doc(text)
    doc._.dct = "1998-03-01"
    assert nlp(doc)._.events[0]["predicate"] == event


def test_a_date_under_an_adjective_dates_the_adjectives_state(nlp):
    event = nlp("The company sold debentures due March 15, 2007, to investors.")._.events[0]
    assert event["predicate"] == "due"


@pytest.mark.parametrize(
    "text",
    [
        "Tanzanian police said on Tuesday they had arrested 14 foreigners.",
        "President Castro said Tuesday his government told U.S. officials it was worried.",
    ],
)
def test_a_date_between_a_verb_of_saying_and_its_report_dates_the_saying(nlp, text):
    assert nlp(text)._.events[0]["predicate"] == "say"


def test_a_date_after_that_belongs_to_the_clause_reported(nlp):
    doc = nlp.make_doc("Intel said that last week a customer discovered two flaws in its chip.")
    doc._.dct = "1989-10-27"
    assert nlp(doc)._.events[0]["predicate"] == "discover"


def test_an_event_points_at_its_predicate_in_the_text(nlp):
    text = "In 2020, Azerbaijan regained the territories. Turkey should honor its July 2022 commitment."
    events = nlp(text)._.events
    assert [text[e["predicate_start"] : e["predicate_end"]] for e in events] == ["regained", "commitment"]


def test_a_participle_clause_is_described_with_the_noun_it_describes(nlp):
    doc = nlp("Azerbaijan reclaimed the enclave in a military strike carried out Sept. 19–20, 2023.")
    strike = next(e for e in doc._.events if e["value"] == "2023-09-19")
    assert strike["predicate"] == "carry"
    assert strike["description"].startswith("a military strike carried out Sept. 19–20")


def test_a_complement_clause_is_described_with_the_clause_it_completes(nlp):
    doc = nlp("The next election is scheduled for June 2026, but informal campaigning is likely to begin by mid-2025.")
    begin = next(e for e in doc._.events if e["predicate"] == "begin")
    assert begin["description"].startswith("informal campaigning is likely to begin by mid-2025")


def test_a_long_description_is_cut_so_that_its_date_stays_in_view(nlp):
    doc = nlp(
        "Moreover, Armenia's membership in the Russian-led Collective Security Treaty Organization failed to "
        "prevent Azerbaijan's limited incursion into Armenia proper in 2022."
    )
    description = doc._.events[0]["description"]
    assert description.startswith("… ") and description.endswith("in 2022")


def test_unresolved_date_is_placed_but_flagged_uncertain(nlp):
    doc = nlp("The envoys met in October.")
    event = doc._.events[0]
    assert event["value"] == "XXXX-10" and event["uncertain"] is True


def test_durations_and_frequencies_are_not_timeline_events(nlp):
    doc = nlp("After a six-week war, the annual summit was cancelled.")
    assert doc._.events == []
    assert {t["type"] for t in doc._.timexes} == {"DURATION", "SET"}


def test_event_actors_come_from_actor_spans_in_the_clause(nlp):
    from spacy.tokens import Span

    from nlp_kit.timex.grammar import Grammar
    from nlp_kit.timex.timeline import build_timeline

    doc = nlp("Turkey closed its border in 1993. Russia brokered a ceasefire in 2020.")
    doc.spans["nlp_kit_actors"] = [Span(doc, 0, 1, label="TUR"), Span(doc, 7, 8, label="RUS")]
    events = build_timeline(doc, doc._.timexes, dct=None, vocab=Grammar.load().vocab)
    assert [(e["value"], e["actors"]) for e in events] == [("1993", ["TUR"]), ("2020", ["RUS"])]


def test_a_persons_nineties_are_an_age_not_a_decade(nlp):
    found = timexes(nlp, "The former envoy, now in her late 90s, still writes.")
    assert [t["text"] for t in found] == ["now"]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Profits rose in this year's third quarter.", "this year's third quarter", "1989-Q3"),
        ("Sales should recover in next year's first quarter.", "next year's first quarter", "1990-Q1"),
        ("Sales fell from last year's second half.", "last year's second half", "1988-H2"),
    ],
)
def test_a_years_quarter_or_half_is_one_expression_from_the_creation_year(nlp, text, phrase, value):
    found = timexes(nlp, text, "1989-10-26")
    assert [(t["text"], t["value"]) for t in found] == [(phrase, value)]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("He was born on January nineteenth, 1950.", "January nineteenth, 1950", "1950-01-19"),
        ("The talks resumed on the twenty-first of March.", "the twenty-first of March", "2024-03-21"),
        ("The talks resumed March twenty first.", "March twenty first", "2024-03-21"),
        ("The parade is on May first.", "May first", "2024-05-01"),
    ],
)
def test_a_day_spelled_as_an_ordinal_word_is_a_day(nlp, text, phrase, value):
    found = timexes(nlp, text, "2024-06-01")
    assert [(t["text"], t["value"]) for t in found] == [(phrase, value)]


def test_an_ordinal_word_before_a_month_without_of_is_no_day(nlp):
    found = timexes(nlp, "It was the first May since the war. In May second-quarter output rose.", "2024-06-01")
    assert [(t["text"], t["value"]) for t in found] == [("May", "2024-05"), ("May", "2024-05"),
                                                        ("second-quarter", "2024-Q2")]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("It happened in the summer of '69.", "the summer of '69", "1969-SU"),
        ("They met at Christmas ’87.", "Christmas ’87", "1987-12-25"),
        ("The accord dates from June '08.", "June '08", "2008-06"),
    ],
)
def test_a_year_cut_to_two_digits_after_an_apostrophe(nlp, text, phrase, value):
    assert [(t["text"], t["value"]) for t in timexes(nlp, text, "2024-06-01")] == [(phrase, value)]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The log shows 2024-03-05T14:30:00Z as the start.", "2024-03-05T14:30:00Z", "2024-03-05T14:30:00"),
        ("The ceasefire began at 2024-03-05 14:30 UTC.", "2024-03-05 14:30 UTC", "2024-03-05T14:30"),
        ("By 1400 hours the convoy had left.", "1400 hours", "2024-06-01T14:00"),
        ("The patrol returned at 0630 hrs local time.", "0630 hrs local time", "2024-06-01T06:30"),
    ],
)
def test_iso_date_times_and_military_hours_are_times(nlp, text, phrase, value):
    found = timexes(nlp, text, "2024-06-01")
    assert [(t["text"], t["type"], t["value"]) for t in found] == [(phrase, "TIME", value)]


def test_a_four_digit_count_of_hours_is_no_time(nlp):
    found = timexes(nlp, "Monitors logged 1400 hours of footage. The team worked until 1400 hours.", "2024-06-01")
    assert [(t["text"], t["type"]) for t in found] == [("1400 hours", "TIME")]
    assert found[0]["start"] > 40  # the second one, after "until"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("He left at 10 o'clock.", "10 o'clock", "1998-03-12T10:00"),
        ("They met at eleven o'clock at night.", "eleven o'clock at night", "1998-03-12T23:00"),
        ("The bells rang at twelve o'clock midnight.", "twelve o'clock midnight", "1998-03-12T24:00"),
        ("The vote opens at ten in the morning.", "ten in the morning", "1998-03-12T10:00"),
        ("He met them at 7:30 in the evening.", "7:30 in the evening", "1998-03-12T19:30"),
    ],
)
def test_an_hour_said_without_am_or_pm_is_a_clock_time(nlp, text, phrase, value):
    timex = find(nlp, text, phrase, dct="1998-03-12")
    assert (timex["type"], timex["text"], timex["value"]) == ("TIME", phrase, value)


def test_a_number_in_the_morning_needs_a_preposition_before_it(nlp):
    assert timexes(nlp, "Ten in the morning papers said so.", "1998-03-12") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("On March 3, he left. The next morning, he came back.", "The next morning", "1998-03-04TMO", None),
        ("On March 3, he left. Early the following evening he came back.", "Early the following evening",
         "1998-03-04TEV", "START"),
        ("On March 3 he resigned; he had dined with the king the night before.", "the night before",
         "1998-03-02TNI", None),
        ("On March 3, he left. The previous evening he had eaten.", "The previous evening", "1998-03-02TEV", None),
    ],
)
def test_a_part_of_the_day_next_to_the_day_narrated(nlp, text, phrase, value, mod):
    timex = find(nlp, text, phrase, dct="1998-03-12")
    assert (timex["type"], timex["text"], timex["value"], timex["mod"]) == ("TIME", phrase, value, mod)


def test_the_night_before_an_event_named_is_not_the_night_before_the_day_narrated(nlp):
    assert [t["text"] for t in timexes(nlp, "He stayed the night before the vote.", "1998-03-12")] == []


@pytest.mark.parametrize(
    ("text", "phrase", "type_", "value", "mod"),
    [
        ("The talks resumed the day before yesterday.", "the day before yesterday", "DATE", "1998-03-10", None),
        ("He will return the day after tomorrow.", "the day after tomorrow", "DATE", "1998-03-14", None),
        ("Prices are expected to rise by mid-year.", "mid-year", "DATE", "1998", "MID"),
        ("A decision is expected by mid-month.", "mid-month", "DATE", "1998-03", "MID"),
        ("Profit fell in the final quarter.", "the final quarter", "DATE", "1997-Q4", None),
        ("Sales rose in the last quarter of 1997.", "the last quarter of 1997", "DATE", "1997-Q4", None),
        ("He waited a half-hour.", "a half-hour", "DURATION", "PT30M", None),
    ],
)
def test_day_words_mid_periods_final_quarter_and_half_units(nlp, text, phrase, type_, value, mod):
    timex = find(nlp, text, phrase, dct="1998-03-12")
    assert (timex["type"], timex["text"], timex["value"], timex["mod"]) == (type_, phrase, value, mod)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("$4 billion is available for five\n    years.", "five\n    years", "P5Y"),
        ("to tackle 21st\ncentury challenges", "21st\ncentury", "20"),
        ("Buy America has been the law since the ‘30s.", "‘30s", "193X"),
        ("It provides $505 million in Fiscal Year (FY) 2024 aid.", "Fiscal Year (FY) 2024", "2024"),
    ],
)
def test_line_breaks_opening_quotes_and_a_bracketed_fy_do_not_split_an_expression(nlp, text, phrase, value):
    assert [(t["text"], t["value"]) for t in timexes(nlp, text, "2024-03-12")] == [(phrase, value)]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Sales peaked in the last week of December.", "the last week of December", "1997-W52"),
        ("Sales fell in the first week of January.", "the first week of January", "1998-W01"),
        ("Sales will rise in the second week of April 1999.", "the second week of April 1999", "1999-W14"),
    ],
)
def test_a_numbered_week_of_a_month_is_one_iso_week_not_last_week(nlp, text, phrase, value):
    assert [(t["text"], t["value"]) for t in timexes(nlp, text, "1998-03-12")] == [(phrase, value)]


def test_the_past_before_a_count_is_no_past_reference(nlp):
    assert timexes(nlp, "It rained the past three summers.", "1998-03-12") == []
    assert [t["value"] for t in timexes(nlp, "In the past, it rained.", "1998-03-12")] == ["PAST_REF"]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("It was a year-long war.", "year-long", "P1Y"),
        ("It was a weeklong strike.", "weeklong", "P1W"),
        ("It was a two-year-long inquiry.", "two-year-long", "P2Y"),
        ("It was a months-long siege.", "months-long", "PXM"),
    ],
)
def test_a_long_adjective_is_a_duration(nlp, text, phrase, value):
    assert [(t["text"], t["type"], t["value"]) for t in timexes(nlp, text, "1998-03-12")] == [
        (phrase, "DURATION", value)]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # written on Sunday 9 March 2025: a scheduled event told in the present is the coming one
        ("A 90-day truce expires on Friday.", "Friday", "2025-03-14"),
        ("Foreign ministers meet in Brussels on Monday.", "Monday", "2025-03-10"),
        ("Diplomats said on Friday that the truce had held.", "Friday", "2025-03-07"),
        # a present form that is also the past ("hurt") keeps the nearest such day
        ("Technology stocks hurt the index on Friday.", "Friday", "2025-03-07"),
    ],
)
def test_a_weekday_hanging_from_a_present_verb_is_the_coming_one(nlp, text, phrase, value):
    assert find(nlp, text, phrase, "2025-03-09")["value"] == value


def test_the_following_week_after_a_weekend_to_come_is_the_week_after_it(nlp):
    text = ("Next weekend, Maia Sandu travels to Kyiv. The visit was postponed twice in February. "
            "The following week, the Council is due to vote on the mandate.")
    assert find(nlp, text, "Next weekend", "2025-03-09")["value"] == "2025-W11-WE"
    following = find(nlp, text, "The following week", "2025-03-09")
    assert following["value"] == "2025-W12" and following["anchor"] != "DCT"


def test_a_date_set_for_an_event_lies_ahead_of_the_setting(nlp):
    text = "The National Electoral Council set the election for July 28."
    assert find(nlp, text, "July 28", "2024-04-02")["value"] == "2024-07-28"


def test_a_date_in_what_was_agreed_to_is_no_step_of_the_story(nlp):
    text = ("In October 2023, the two sides signed a roadmap. Caracas agreed to hold a presidential election in the "
            "second half of 2024. Two months later, the two sides exchanged prisoners.")
    later = find(nlp, text, "Two months later", "2024-04-02")
    assert later["value"] == "2023-12"


def test_what_is_called_for_now_comes_after_the_creation_time_not_the_story(nlp):
    text = ("Last year we pledged NOK 900 million, and we disbursed all of it by December. We call on the interim "
            "authorities in Damascus to protect minorities and to hold an inclusive national dialogue before the "
            "summer. Norway stands ready to host a technical meeting on demining in Oslo in June.")
    assert find(nlp, text, "the summer", "2025-03-17")["value"] == "2025-SU"
    assert find(nlp, text, "June", "2025-03-17")["value"] == "2025-06"


def test_a_month_at_a_point_before_until_keeps_its_own_year(nlp):
    text = "The Council extended its mandate in August until 31 August 2025."
    assert find(nlp, text, "August", "2024-11-10")["value"] == "2024-08"
    ranged = "The talks ran from June until August 2025."
    assert find(nlp, ranged, "June", "2025-10-01")["value"] == "2025-06"


def test_a_state_that_still_holds_brings_the_story_back_to_now(nlp):
    text = ("The station was completed in November 2024, as the Parties had agreed in May 2024. The daily exchange "
            "of flow data has not yet started. The Uzbek side explained that the equipment was delivered only in "
            "January.")
    assert find(nlp, text, "January", "2025-02-05")["value"] == "2025-01"
    told = ("The station was completed in November 2024, as the Parties had agreed in May 2024. The exchange of "
            "data started on time. The equipment was delivered in January.")
    assert find(nlp, told, "January", "2025-02-05")["value"] == "2024-01"  # the story's year, as before


@pytest.mark.parametrize("text", ["Moscow strikes the grid as winter sets in.", "Talks stall before summer comes."])
def test_a_season_arriving_is_a_date_even_when_parsed_as_a_modifier(nlp, text):
    assert find(nlp, text, "winter" if "winter" in text else "summer", "2024-10-12")["type"] == "DATE"


def test_a_season_modifying_a_noun_is_no_date(nlp):
    assert [t["text"] for t in timexes(nlp, "They sold winter sets of tyres and summer camps.", "2024-10-12")] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The administration is continuing to cut energy costs for families ahead of winter.", "2022-WI"),
        ("Families worry about heating their homes this winter.", "2022-WI"),
        ("Last winter was mild.", "2021-WI"),
        ("The program will expand next winter.", "2023-WI"),
    ],
)
def test_from_october_the_coming_winter_is_the_years_whether_shifted_or_not(nlp, text, value):
    """Written on November 2: "winter" and "this winter" are one winter, "last winter" the one before."""
    assert [t["value"] for t in timexes(nlp, text, "2022-11-02")] == [value]


@pytest.mark.parametrize(("shift", "value"), [("last", "2024-WI"), ("this", "2025-WI"), ("next", "2026-WI")])
def test_in_december_the_winter_beginning_is_the_year_s_so_last_winter_is_the_one_before(nlp, shift, value):
    text = f"They negotiated the agreement {shift} winter."
    assert find(nlp, text, f"{shift} winter", "2025-12-04")["value"] == value
