"""Resolve relative and underspecified TIMEX3 values from the right anchor.

Input: the ``Partial`` values of one document in text order, its creation time
(ISO date or None) and, per expression, the tense of its clause and the
sentence it is in.  Output: per expression the final value, range end, the
anchor used (``"DCT"`` or the id of an earlier timex) and whether it is fully
resolved.  Nothing is guessed: without an anchor a value keeps its ``X``es
(``XXXX-10``) and ``resolved`` is False.

Example::

    >>> from nlp_kit.timex.normalize import Partial, FROM_ANCHOR
    >>> r = Resolver(dct=None)
    >>> r.resolve("t1", Partial("DATE", "2020"), sentence=0).value
    '2020'
    >>> r.resolve("t2", Partial("DATE", "XXXX", relation=FROM_ANCHOR, unit="Y", offset=3), sentence=1).value
    '2023'
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from nlp_kit.timex.normalize import (
    COMPARED_EARLIER,
    COMPARED_PERIOD,
    FROM_ANCHOR,
    FROM_DCT,
    INHERIT_YEAR,
    PERIOD_OF_YEAR,
    SAME_MONTH,
    SAME_QUARTER,
    WEEKDAY,
    Partial,
    holiday_date,
    holiday_days,
)

SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # the first month of each, for what comes before or after
# How many sentences back the period a report is about ("third-quarter profit") still sets the
# granularity of "a year earlier" / "the 1988 period" (the year-ago quarter, not the year).
PERIOD_WINDOW = 2
# How many sentences back a day, month or season the narrative moved to ("The protests began on
# Jan. 25, 2011") still gives its year to a date without one ("On Feb. 2, ..."), a creation time
# notwithstanding; a bare year does so only in its own sentence (``narrative_window``), since news
# names years for background ("a program approved in 1987") far more often than it moves to them.
DATED_WINDOW = 2
# Relations whose value is a point of comparison, not a time the narrative moves to: they never
# become the anchor of what follows ("a year earlier" after "a year earlier" is not two years back).
_COMPARISONS = (COMPARED_PERIOD, COMPARED_EARLIER, PERIOD_OF_YEAR, SAME_MONTH)
_CUMULATIVE = re.compile(r"^P(?:[4-9]|1[0-2])M$|^P1Y$")  # "the first five months", "the nine months", "the year ended ...": compared by year (three months are a quarter)
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")  # a calendar day, no time of day
_VALUE = re.compile(
    r"^(?P<year>\d{4})(?:-(?:(?P<month>\d\d)(?:-(?P<day>\d\d))?|Q(?P<quarter>[1-4])|H(?P<half>[12])"
    r"|W(?P<week>\d\d)|(?P<season>SP|SU|FA|WI)))?(?:T.*)?$"
)


@dataclass(frozen=True)
class Resolved:
    value: str
    range_end: str | None
    anchor: str | None
    resolved: bool


def parse_value(value: str) -> tuple[dt.date, str] | None:
    """The first day a calendar value covers and its granularity (Y, Q, H, S, M, W, D), or None.

    ``parse_value("2023-Q3")`` -> ``(date(2023, 7, 1), "Q")``.
    """
    m = _VALUE.match(value or "")
    if not m:
        return None
    year = int(m["year"])
    try:
        if m["day"]:
            return dt.date(year, int(m["month"]), int(m["day"])), "D"
        if m["month"]:
            return dt.date(year, int(m["month"]), 1), "M"
        if m["quarter"]:
            return dt.date(year, 3 * int(m["quarter"]) - 2, 1), "Q"
        if m["half"]:
            return dt.date(year, 6 * int(m["half"]) - 5, 1), "H"
        if m["week"]:
            return dt.date.fromisocalendar(year, max(1, min(int(m["week"]), 52)), 1), "W"
        if m["season"]:
            return dt.date(year, SEASON_MONTH[m["season"]], 1), "S"
    except ValueError:
        return None
    return dt.date(year, 1, 1), "Y"


_HALF_YEAR = dt.timedelta(days=183)
REPORTED_SLACK = dt.timedelta(days=31)
_RECENT_DAYS = dt.timedelta(days=14)
"""How long before the creation time what someone said would happen may already have happened
("said on Monday the talks would start on March 1", written on March 5)."""


def format_value(day: dt.date, granularity: str, season: str | None = None) -> str:
    """A TIMEX3 value of ``granularity`` for the period containing ``day``."""
    if granularity == "D":
        return day.isoformat()
    if granularity == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == "Q":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if granularity == "H":
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if granularity == "W":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if granularity == "WE":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}-WE"
    if granularity == "S" and season:
        return f"{day.year:04d}-{season}"
    if granularity == "DE":
        return f"{day.year // 10:03d}X"
    if granularity == "CE":
        return f"{day.year // 100:02d}"
    return f"{day.year:04d}"


_MONTHS_SPANNED = {"Q": 3, "S": 3, "H": 6}

_WEEKEND = re.compile(r"(\d{4}-W\d\d)-WE")
AHEAD_WINDOW = 3  # sentences back that a day or week to come still anchors "the following week" in a present clause
# Granularities from finest to coarsest; a shift cannot be finer than its anchor.
FINENESS = {"D": 0, "W": 1, "WE": 1, "M": 2, "Q": 3, "S": 3, "H": 4, "Y": 5, "DE": 6, "CE": 7}

_UNKNOWN_VALUE = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX"}

_STEP = {
    "Y": relativedelta(years=1), "M": relativedelta(months=1), "W": relativedelta(weeks=1),
    "WE": relativedelta(weeks=1), "D": relativedelta(days=1), "Q": relativedelta(months=3),
    "H": relativedelta(months=6), "DE": relativedelta(years=10), "CE": relativedelta(years=100),
}


def parse_dct(dct: str | None) -> dt.date | None:
    """The creation time as a date, or None when absent or not an ISO date."""
    if not dct:
        return None
    try:
        return dt.date.fromisoformat(str(dct)[:10])
    except ValueError:
        return None


class Resolver:
    """Resolves one document's expressions in text order, remembering the narrative's last date.

    ``narrative_window``: with a creation time known, an underspecified value
    ("September", "the summer") takes its year from the narrative's last date
    only when that date is at most this many sentences back (``DATED_WINDOW`` for a
    day, month or season); otherwise from the creation time.  Without a creation
    time the narrative always anchors.
    """

    def __init__(self, dct: str | None, *, narrative_window: int = 0) -> None:
        self.dct = parse_dct(dct)
        self.narrative_window = narrative_window
        self.anchor: tuple[str, str, int] | None = None  # (timex id, value, sentence)
        self.ahead: tuple[str, str, int] | None = None  # the last day or week narrated after the creation time
        self.period: tuple[str, str, int] | None = None  # the reported period: a quarter, half or "nine months"
        self.read_off_dct: set[str] = set()  # ids whose value the creation time gave (directly or through an anchor)
        self.dated_days: dict[str, tuple[str, int]] = {}  # "-09-11" -> (timex id, year) of a day written with its year
        self.last_dated: tuple[str, str, int] | None = None  # the last date placed, background or not
        self.fiscal_quarters: dict[str, tuple[str, int]] = {}  # "-Q3" -> (timex id, year) of a fiscal quarter

    def enter_section(self, year: str, sentence: int) -> None:
        """A section whose heading names a year ("What changed in 2025") tells its story in that year: a month
        or season there without its own year takes it (anchor ``"heading"``)."""
        self.anchor = ("heading", year, sentence)

    def back_to_now(self) -> None:
        """The story has returned to the creation time ("Relations have thawed since then."): the dates
        after it take no year from the narrative's last date ("Abiy visited Mogadishu on February 27")."""
        self.anchor = None

    def resolve(
        self,
        timex_id: str,
        partial: Partial,
        *,
        sentence: int = 0,
        tense: str = "PRESENT",
        following_year: tuple[str, str] | None = None,
        narrative: bool = True,
        clause_date: tuple[str, str] | None = None,
    ) -> Resolved:
        """Resolve ``partial``; an absolute result becomes the narrative anchor for what follows, unless
        ``narrative`` is False (a point of reference such as "the largest war since 1945").  It also
        remembers each day placed with its year (for a later "September 11th" alone) and the last date
        of each sentence (for a shift later in that sentence).  ``clause_date`` (timex id, value) is a date
        earlier in the same clause, or a clause joined to it, that is not the narrative's ("Sharif, who
        was elected in February 1997 and ousted in October"): a month there without its year follows it."""
        if partial.relation == COMPARED_PERIOD and partial.offset < -1 and (
            self.period is None or self.period[2] != sentence
        ):  # "Two years ago, the Fed cut rates" after a sentence on the first quarter: no comparison with it,
            # a count back from the creation time that the story moves to
            partial = dataclasses.replace(partial, relation=FROM_DCT)
        result = self._resolve(
            partial, sentence=sentence, tense=tense, following_year=following_year, clause_date=clause_date
        )
        if partial.unit in ("week_of", "weekend_of") and _DAY_VALUE.fullmatch(result.value):
            day = dt.date.fromisoformat(result.value)
            if partial.unit == "weekend_of" and day.weekday() == 0:
                day -= dt.timedelta(days=2)  # "Memorial Day weekend": the weekend before the Monday
            year, week, _ = day.isocalendar()
            value = f"{year:04d}-W{week:02d}" + ("-WE" if partial.unit == "weekend_of" else "")
            result = dataclasses.replace(result, value=value, range_end=None)  # "the week of June 20th", "Easter week"
        moves_year = partial.relation == FROM_DCT and partial.unit == "Y" and partial.offset != 0
        if (result.anchor == "DCT" or result.anchor in self.read_off_dct) and not moves_year:
            self.read_off_dct.add(timex_id)  # "this day last year", "July last year" move the story to that year
        if result.resolved and _DAY_VALUE.fullmatch(result.value) and timex_id not in self.read_off_dct and (
            partial.relation is None or partial.relation == INHERIT_YEAR
        ):  # a day with its year written, or taken from the story ("On this day last year ... October 7")
            self.dated_days[result.value[4:]] = (timex_id, int(result.value[:4]))
        if partial.fiscal and result.resolved:
            self.fiscal_quarters[result.value[4:]] = (timex_id, int(result.value[:4]))
        parsed = parse_value(result.value) if result.resolved and partial.type in ("DATE", "TIME") else None
        if parsed and partial.type == "DATE":
            self.last_dated = (timex_id, result.value, sentence)
        if partial.relation in _COMPARISONS or not narrative:
            return result
        weekend = _WEEKEND.fullmatch(result.value) if result.resolved else None
        if weekend and self.dct is not None and (week := parse_value(weekend[1])) and week[0] > self.dct:
            self.ahead = (timex_id, weekend[1], sentence)  # "Next weekend": a week to come
        if parsed and not (partial.relation == FROM_ANCHOR and partial.offset < 0 and partial.unit == "D"):
            # a day counted back from the day narrated ("after a killing the previous night") looks back from
            # it; the story stays on that day ("A truce took hold the following day": the day after it)
            self.anchor = (timex_id, result.value, sentence)
            if self.dct is not None and parsed[1] in ("D", "W") and parsed[0] > self.dct:
                self.ahead = self.anchor
            if parsed[1] in ("Q", "H"):
                self.period = (timex_id, result.value, sentence)
        elif partial.type == "DURATION" and _CUMULATIVE.match(result.value):
            self.period = (timex_id, result.value, sentence)
        return result

    def _resolve(
        self, p: Partial, *, sentence: int, tense: str, following_year: tuple[str, str] | None,
        clause_date: tuple[str, str] | None = None,
    ) -> Resolved:
        if p.relation is None:
            return Resolved(p.value, p.range_end, None, not p.value.startswith("XXXX"))
        if p.relation == FROM_DCT:
            return self._resolved_from_dct(p, tense)
        if p.relation in (COMPARED_PERIOD, COMPARED_EARLIER):
            period = self._reported_period(sentence)
            if period is not None and parse_value(period[1]):
                day, granularity = parse_value(period[1])  # type: ignore[misc]
                return Resolved(self._shift(day, granularity, p), None, period[0], True)
            if p.relation == COMPARED_EARLIER:
                return self._from_anchor(p, sentence, tense, whole_years=period is not None)
            return self._resolved_from_dct(p, tense)
        if p.relation == SAME_MONTH:
            told = self.last_dated
            if told is not None and sentence - told[2] <= PERIOD_WINDOW and (day := parse_value(told[1])) and (
                day[1] in ("M", "D")
            ):  # the month just named, a year back: "Exports in July ... from the same month last year"
                return Resolved(f"{day[0].year - 1:04d}-{day[0].month:02d}", None, told[0], True)
            return self._resolved_from_dct(p, tense)
        if p.relation == PERIOD_OF_YEAR:
            period = self._reported_period(sentence)
            if period is not None and parse_value(period[1]):
                return Resolved(p.value + period[1][4:], None, period[0], True)
            return Resolved(p.value, None, None, True)
        if p.relation == SAME_QUARTER:
            if self.period is not None and (parse_value(self.period[1]) or (None, ""))[1] == "Q":
                return Resolved(self.period[1], None, self.period[0], True)
            return self._resolved_from_dct(p, tense)
        if p.relation == FROM_ANCHOR:
            return self._from_anchor(p, sentence, tense)
        if p.relation == WEEKDAY and p.unit is None and tense in ("AFTER", "AFTER_NOW"):
            # the day of an undertaking's act: after the day it was undertaken, if the story told it, else ahead
            told = self._narrative_anchor(sentence, any_distance=False) if tense == "AFTER" else None
            if (after := self._weekday_after(p, told)) is not None:
                return after
            if self.dct is None:
                return self._unresolved(p)
            return Resolved(self._weekday(p, "FUTURE"), None, "DCT", True)
        if p.relation == WEEKDAY and p.unit is None and tense == "AHEAD" and self.dct is not None and (
            said := self.last_dated
        ) is not None and said[2] == sentence and (after := self._weekday_after(p, said[:2])) is not None:
            return after  # what someone said on a day would happen on a weekday: "said Monday it would vote Tuesday"
        if p.relation == WEEKDAY:
            base = self._narrative_anchor(sentence, any_distance=True) if p.unit == "anaphoric" else None
            narrated = parse_value(base[1]) if base is not None else None
            if base is not None and narrated is not None and narrated[1] == "D":
                return Resolved(self._weekday(p, tense, narrated[0]), None, base[0], True)
            if self.dct is None:
                return self._unresolved(p)
            return Resolved(self._weekday(p, tense), None, "DCT", True)
        if p.relation == INHERIT_YEAR:
            return self._inherit_year(
                p, sentence=sentence, tense=tense, following_year=following_year, clause_date=clause_date
            )
        return self._unresolved(p)

    def _weekday_after(self, p: Partial, told: tuple[str, str] | None) -> Resolved | None:
        """The first ``p.weekday`` after ``told`` (timex id, value) when that is a day not after the creation
        time; else None."""
        day = parse_value(told[1]) if told is not None else None
        if told is None or day is None or day[1] != "D" or self.dct is not None and day[0] > self.dct:
            return None
        return Resolved(self._weekday(p, "AFTER", day[0]), None, told[0], True)

    def _resolved_from_dct(self, p: Partial, tense: str) -> Resolved:
        """``p`` read off the creation time, or left unresolved when there is none."""
        if self.dct is None:
            return self._unresolved(p)
        return Resolved(self.from_dct(p, tense), None, "DCT", True)

    def _from_anchor(self, p: Partial, sentence: int, tense: str, *, whole_years: bool = False) -> Resolved:
        """``p`` shifted from the narrative's last date (else the creation time); ``whole_years``: at
        year granularity whatever the anchor's ("For the nine months, ... a year earlier").  A unit
        finer than that date cannot be counted from it: in a past clause ("the next day" after "In
        2020") the value stays unknown; in a present or future one ("we will have problems for the
        next week") the speaker counts from the creation time."""
        base = self._narrative_anchor(sentence, any_distance=True)
        if in_sentence := self.last_dated is not None and self.last_dated[2] == sentence:
            base = self.last_dated[:2]  # "set up in 1997 to monitor an accord signed three years earlier"
        if base is None:
            if self.dct is None:
                return self._unresolved(p)
            return self._not_after_now(
                Resolved(self._shift(self.dct, "D", p), None, "DCT", True), p, tense, told_before=False
            )
        anchor_id, value = base
        day, granularity = parse_value(value)  # type: ignore[misc]
        if whole_years:
            value, granularity = value[:4], "Y"
        if FINENESS.get(p.unit or "D", 0) < FINENESS[granularity]:
            if self.dct is not None and tense in ("PRESENT", "FUTURE", "AHEAD"):
                ahead = self.ahead
                if ahead is not None and p.offset > 0 and sentence - ahead[2] <= AHEAD_WINDOW and (
                    (told := parse_value(ahead[1])) is not None and FINENESS.get(p.unit or "D", 0) >= FINENESS[told[1]]
                ):  # "Next weekend, Sandu travels to Kyiv. ... The following week, the Council votes": after that weekend
                    return Resolved(self._shift(told[0], told[1], p, ahead[1]), None, ahead[0], True)
                return Resolved(self._shift(self.dct, "D", p), None, "DCT", True)
            unknown = _UNKNOWN_VALUE.get(p.unit or "D", "XXXX")
            if p.offset == 0 and granularity in ("Y", "M") and unknown.startswith("XXXX"):
                # "that same day" after "last October": a day of that month, which one unknown
                known = value[:7] if granularity == "M" and unknown.startswith("XXXX-XX-") else value[:4]
                return Resolved(known + unknown[len(known):], None, anchor_id, False)
            return Resolved(unknown, None, None, False)  # "the next day" after "In 2020": which day is unknown
        timetable = in_sentence and self.dct is not None and day > self.dct
        return self._not_after_now(
            Resolved(self._shift(day, granularity, p, value), None, anchor_id, True), p, tense, timetable=timetable
        )

    def _not_after_now(
        self, resolved: Resolved, p: Partial, tense: str, *, told_before: bool = True, timetable: bool = False
    ) -> Resolved:
        """A count forward from an event ("a decade on") in a present clause that lands after the creation
        time: "A decade on, the costs are still being counted" is about now, so it is the creation time's
        period (the story's last date, or none, was not what it counts from).  Not in a ``timetable``, a count
        from a date ahead of the creation time in the same sentence: "The first round is due on 14 April, with
        a run-off two weeks later" puts the run-off two weeks after the first round.  In a past clause, or one
        without a verb, with no date told before (not ``told_before``) the count has nothing to start from:
        "Three days later, he resigned" keeps an unknown value."""
        landed = parse_value(resolved.value)
        if timetable or self.dct is None or not p.later or not landed or landed[0] <= self.dct:
            return resolved
        if tense in ("PAST", "UNKNOWN") and not told_before or tense == "PAST" and (
            landed[0].year > self.dct.year
        ):  # nor when what a past clause tells would land in a later year than the writer's: "Seventy-seven years
            # later, Putin chose to invade" after a date of this year counts from a time the text does not give
            return Resolved(_UNKNOWN_VALUE.get(p.unit or "D", "XXXX"), None, None, False)
        if tense == "PRESENT":
            return Resolved(format_value(self.dct, landed[1]), None, "DCT", True)
        return resolved

    def _reported_period(self, sentence: int) -> tuple[str, str] | None:
        """The quarter or half a report is about, or the run of months ("For the nine months, ..."),
        named at most ``PERIOD_WINDOW`` sentences back; None when there is none."""
        if self.period is None or sentence - self.period[2] > PERIOD_WINDOW:
            return None
        return self.period[0], self.period[1]

    def _unresolved(self, p: Partial) -> Resolved:
        """No anchor: keep the partial value, or the reference it implies ("last year" without a
        creation time is PAST_REF), with its part of the day ("Saturday night": ``XXXX-WXX-6TNI``), and say it
        is not resolved."""
        if p.fallback:
            return Resolved(p.fallback, None, None, False)
        value = p.value + ("T" + p.day_part if p.day_part and "T" not in p.value else "")
        return Resolved(value, p.range_end, None, False)

    def _narrative_anchor(self, sentence: int, *, any_distance: bool) -> tuple[str, str] | None:
        if self.anchor is None:
            return None
        anchor_id, value, anchor_sentence = self.anchor
        if any_distance or self.dct is None or sentence - anchor_sentence <= self.narrative_window:
            return anchor_id, value
        parsed = parse_value(value)
        if parsed and parsed[1] in ("D", "M", "S") and sentence - anchor_sentence <= DATED_WINDOW:
            return anchor_id, value  # "On Jan. 25, 2011, ... On Feb. 2, ...": the story is in 2011
        return None

    def from_dct(self, p: Partial, tense: str = "PRESENT") -> str:
        """``p``'s value read off the creation time (which must be known)."""
        dct = self.dct
        assert dct is not None
        if p.unit == "Y" and p.value in ("XXXX-XX-XX", "XXXX-XX"):  # "this day last year", "this time last year"
            return (dct + _STEP["Y"] * p.offset).isoformat()[: len(p.value)]
        if p.unit == "Y" and p.value == "XXXX-WXX":  # "ten years ago this week"
            return format_value(dct + _STEP["Y"] * p.offset, "W")
        if p.unit == "Y" and p.value.startswith("XXXX-"):
            return f"{dct.year + p.offset:04d}{p.value[4:]}"
        if p.unit == "WE" and p.offset == 0 and tense == "PAST" and dct.isoweekday() < 6:
            return self._shift(dct, "D", Partial(p.type, p.value, unit="WE", offset=-1))
        if p.unit in ("W", "WE") and p.offset == 0 and tense == "FUTURE" and dct.isoweekday() == 7:
            # written on a Sunday, the last day of its ISO week: "This week, investors will watch ...", "will be
            # back by the weekend" are the week ahead
            return self._shift(dct, "D", Partial(p.type, p.value, unit=p.unit, offset=1))
        if p.unit == "month_name":
            month = int(p.value[5:7])
            year = dct.year + (p.offset if p.offset else 0)
            if p.offset < 0 and month < dct.month or p.offset > 0 and month > dct.month:
                year = dct.year
            return f"{year:04d}{p.value[4:]}"
        if p.unit == "season":
            season = p.value[-2:]
            mid = SEASON_MONTH[season]
            year = dct.year
            if p.offset < 0 and mid >= dct.month:
                year -= 1
            if p.offset > 0 and mid <= dct.month:
                year += 1
            if season == "WI" and dct.month >= 10:
                year = dct.year + p.offset  # the winter beginning in December is the year's from October on: "last
                # winter" is the one before, not the same as "this winter"
            return f"{year:04d}-{season}"
        return self._shift(dct, "D", p)

    def _shift(self, day: dt.date, anchor_granularity: str, p: Partial, anchor_value: str | None = None) -> str:
        """``day`` moved by ``p.offset`` units, at the unit's granularity (keeping a quarter, half or
        season anchor's granularity for a shift in years: "a year earlier" after "the third quarter")."""
        unit = p.unit or "D"
        moved = day + _STEP.get(unit, _STEP["D"]) * p.offset
        granularity = unit
        if unit == "Y" and p.offset and anchor_granularity in ("Q", "H", "S"):
            # "a year earlier" after "the third quarter" is that quarter a year back; "later that year"
            # (no shift) after "the spring of 2022" is 2022 itself
            granularity = anchor_granularity
        season = anchor_value[-2:] if anchor_value and granularity == "S" else None
        value = format_value(moved, granularity, season)
        if p.day_part and granularity == "D":
            value += "T" + p.day_part
        return value

    def _weekday(self, p: Partial, tense: str, base: dt.date | None = None) -> str:
        """The day of ``p.weekday`` nearest ``base`` (default: the creation time) in the direction the
        shift word or else the tense gives; ``AFTER``: the first one after ``base``."""
        dct = base or self.dct
        assert dct is not None and p.weekday is not None
        delta = p.weekday - dct.isoweekday()
        if p.unit == "week":
            delta += 7 * p.offset  # "Tuesday last week": the Tuesday of the week before the creation time's
        elif p.unit in ("explicit", "anaphoric"):
            if p.offset < 0:
                delta = delta - 7 if delta >= 0 else delta
            elif p.offset > 0:
                delta = delta + 7 if delta <= 0 else delta
        elif tense == "AFTER":
            delta = delta % 7 or 7  # the first such day after ``base``: "agreed on Monday to meet by Friday"
        elif tense in ("PAST", "UNKNOWN") and delta > 0:
            delta -= 7
        elif tense == "FUTURE" and delta < 0:
            delta += 7
        elif tense == "AHEAD" and delta < -1:
            delta += 7  # an undated saying is the writer's news: what it said would come is ahead, or yesterday
        elif tense in ("PRESENT", "AHEAD") and abs(delta) > 3:
            delta += 7 if delta < 0 else -7  # the nearest such day
        value = (dct + dt.timedelta(days=delta + p.days)).isoformat()  # "a week from Monday": p.days on
        return value + ("T" + p.day_part if p.day_part else "")

    def _inherit_year(
        self, p: Partial, *, sentence: int, tense: str, following_year: tuple[str, str] | None,
        clause_date: tuple[str, str] | None = None,
    ) -> Resolved:
        anchor: str | None
        undertaken = self._after_undertaking(p, sentence, now=tense == "AFTER_NOW") if tense in (
            "AFTER", "AFTER_NOW") and following_year is None else None
        if undertaken is not None:
            anchor, year = undertaken
        elif p.holiday and p.shift is not None and self.dct is not None:
            anchor, year = "DCT", self._shifted_holiday_year(p)  # "last Christmas": never the story's year
        elif following_year is not None:
            anchor, year = following_year[0], int(following_year[1])
        elif p.unit == "anaphoric" and (told := self._narrative_anchor(sentence, any_distance=True)) is not None:
            anchor, year = told[0], int(told[1][:4])  # "the decisions of that summer", in a present clause too
        elif p.unit in ("following", "preceding") and (placed := self._in_sequence(p, sentence)) is not None:
            anchor, year = placed  # "the following spring", "the previous December"
        elif (same := self.fiscal_quarters.get(p.value[4:])) is not None:
            anchor, year = same  # "its fiscal third quarter ... The third quarter was difficult"
        elif (base := clause_date or self._narrative_anchor(sentence, any_distance=False)) is not None and (
            base[0] not in self.read_off_dct  # "payable Jan. 2 to holders of record Dec. 15": each from the DCT
        ) and not self._against_tense(p, int(base[1][:4]), tense) and not self._plan_ahead(base[1]) and (
            not self._days_before_now(p, tense)
        ):
            anchor, year = base[0], int(base[1][:4])
            year = self._nearest_after(p, base[1], year, tense)
        elif (same := self.dated_days.get(p.value[4:])) is not None and not self._against_tense(p, same[1], tense):
            anchor, year = same  # "the attacks on September 11th, 2001 ... the lives lost on September 11th"
        elif self.dct is not None:
            anchor, year = "DCT", self._holiday_year(p, tense) if p.holiday else self._year_from_dct(p, tense)
        else:
            return Resolved(p.value, p.range_end, None, False)
        year += p.offset if p.unit == "Y" else 0
        if p.holiday:
            return Resolved(*holiday_days(p.holiday, year), anchor, True)
        if p.weekday is not None and self.dct is not None:
            year = self._year_of_weekday(p, year)
        fill = f"{year:04d}"
        return Resolved(fill + p.value[4:], (fill + p.range_end[4:]) if p.range_end else None, anchor, True)

    def _in_sequence(self, p: Partial, sentence: int) -> tuple[str, int] | None:
        """(anchor, year) of the first such month or season after the story's last date ("The reservoir filled
        in 1968. ... the following spring": 1969), or the last one before it ("the previous winter"), counted
        from the creation time when the story has no date yet."""
        told = self._narrative_anchor(sentence, any_distance=True)
        reference = parse_value(told[1]) if told is not None else None
        if told is not None and reference is not None:
            anchor, start, end = told[0], reference[0], reference[0] + _STEP.get(reference[1], _STEP["D"])
        elif self.dct is not None:
            anchor, start, end = "DCT", self.dct, self.dct + _STEP["D"]
        else:
            return None
        season = p.value[5:]
        if season in _SEASON_START:  # by the months a season covers: the winter of 1968 runs into 1969
            first, months = _SEASON_START[season], 3
        elif p.value[5:7].isdigit():
            first, months = int(p.value[5:7]), 1
        else:
            return None
        year = start.year - 1 if p.unit == "following" else start.year + 1
        for _ in range(4):
            begins = dt.date(year, first, 1)
            if p.unit == "following" and begins >= end or p.unit == "preceding" and (
                begins + relativedelta(months=months) <= start
            ):
                return anchor, year
            year += 1 if p.unit == "following" else -1
        return None

    def _nearest_after(self, p: Partial, anchor_value: str, year: int, tense: str) -> int:
        """The year of a past month told after a dated month, season, quarter or half that comes later in its
        year: the next year when that is nearer the anchor and not after the creation time ("due at
        end-September 2025, was met with a delay in January", written in March 2026: January 2026, four months
        on, not January 2025; "appointed in the autumn of 2011 and resigned in February": February 2012)."""
        anchor = parse_value(anchor_value)
        if tense != "PAST" or self.dct is None or anchor is None or anchor[1] not in ("M", "D", "S", "Q", "H"):
            return year
        same, following = parse_value(f"{year:04d}{p.value[4:]}"), parse_value(f"{year + 1:04d}{p.value[4:]}")
        if same is None or following is None or same[1] != "M" or following[0] > self.dct:
            return year
        # as near either way (six months): a story told forward ("opened in October 2023. The EMC split in April")
        return year + 1 if abs((following[0] - anchor[0]).days) <= abs((anchor[0] - same[0]).days) else year

    def _after_undertaking(self, p: Partial, sentence: int, *, now: bool = False) -> tuple[str, int] | None:
        """(anchor, year) of the first such month or season after an undertaking ("In July, both sides agreed
        to conclude a deal by August 18"; "agreed ... to meet in the autumn" in a readout written in March):
        the undertaking is dated by the narrative's last date, else (and when told in the present, ``now``:
        "We call on them to hold a dialogue before the summer") by the creation time."""
        base = None if now else self._narrative_anchor(sentence, any_distance=False)
        reference = parse_value(base[1]) if base is not None else None
        if reference is not None and base is not None and (self.dct is None or reference[0] <= self.dct):
            # (an undertaking told is done by now: "reaffirmed the 2050 Strategy ... and agreed to finalise its
            # plan before the Leaders' Meeting in September" is no September of 2050)
            anchor, day = base[0], reference[0]
        elif self.dct is not None:
            anchor, day = "DCT", self.dct
        else:
            return None
        dated = parse_value(f"{day.year:04d}{p.value[4:]}")
        if dated is None:
            return None
        ends = dated[0] + _STEP.get(dated[1], _STEP["D"])
        return anchor, day.year + 1 if ends <= day else day.year

    def _days_before_now(self, p: Partial, tense: str) -> bool:
        """Whether a day written without its year, in a past clause, falls in the fortnight before the creation
        time when read off it ("Sugiono became minister in October 2024. We spoke in Jakarta on January 20.",
        written on January 22, 2026): the days just past, not the narrative's year."""
        if self.dct is None or tense != "PAST" or not _DAY_VALUE.fullmatch("2000" + p.value[4:]):
            return False
        try:
            day = dt.date(self.dct.year, int(p.value[5:7]), int(p.value[8:10]))
        except ValueError:
            return False
        return dt.timedelta(days=1) <= self.dct - day <= _RECENT_DAYS  # the same day is an anniversary ("October 7")

    def _plan_ahead(self, value: str) -> bool:
        """Whether a date lies more than a year after the creation time: a plan the story names ("cut
        to 20% from April 2015"), not a time it moves to, so it lends no year ("due in September")."""
        parsed = parse_value(value)
        return self.dct is not None and parsed is not None and parsed[0] > self.dct + _STEP["Y"]

    def _against_tense(self, p: Partial, year: int, tense: str) -> bool:
        """Whether ``year`` would put ``p`` on the wrong side of the creation time for its clause's
        tense, so it is not the narrative's year: a future clause wholly before it ("will join NATO on
        March 12" after "signed in Madrid in July 1997"), a past one wholly after it ("prices have
        fallen since April" after "extend the cuts until March 2020"), or what someone said would happen
        (``AHEAD``) ending well before it ("said a grand jury would convene on April 15" after a story
        told in 2012), or a date with no tense to place it more than half a year after it ("[November 16:
        Call with B9 counterparts]" in a list of December's calls, after "January 10", written on January
        10, 2022: the November just past, not the next)."""
        if tense not in ("FUTURE", "PAST", "AHEAD", "PRESENT", "UNKNOWN") or self.dct is None:
            return False
        value = holiday_date(p.holiday, year) if p.holiday else f"{year:04d}{p.value[4:]}"  # a feast: its day that year
        parsed = parse_value(value)
        if parsed is None:
            return False
        if tense == "PRESENT":
            # "before the mechanism expires in October", told in 2025 after "a promise in March 2023": a present
            # clause is not about a year that ended well before the creation time
            return parsed[0] + _STEP.get(parsed[1], _STEP["D"]) + _STEP["Y"] <= self.dct
        if tense == "FUTURE":
            return parsed[0] + _STEP.get(parsed[1], _STEP["D"]) <= self.dct
        if tense == "AHEAD":
            return parsed[0] + _STEP.get(parsed[1], _STEP["D"]) <= self.dct - REPORTED_SLACK
        if tense == "UNKNOWN":
            return parsed[0] > self.dct + _HALF_YEAR
        return parsed[0] > self.dct

    def _holiday_year(self, p: Partial, tense: str) -> int:
        """The year of a moveable feast told with no year, from the day it falls on around the creation time:
        the last one on or before it in a past clause ("On Ash Wednesday he fasted", written in March 2013:
        13 February 2013), the next one in a future clause, else the nearest.  For the week around a feast
        ("as Easter week began", written on its Monday) a past clause reads from the week's first day, a future
        one from its last."""
        dct = self.dct
        assert dct is not None and p.holiday is not None
        days = self._feast_days_around(p)
        week = p.unit in ("week_of", "weekend_of")
        if tense == "PAST":
            starts = {year: day - dt.timedelta(days=day.weekday()) if week else day for year, day in days.items()}
            return max(year for year, day in starts.items() if day <= dct or year == dct.year - 1)
        if tense in ("FUTURE", "AHEAD"):
            ends = {year: day + dt.timedelta(days=6 - day.weekday()) if week else day for year, day in days.items()}
            return min(year for year, day in ends.items() if day >= dct or year == dct.year + 1)
        return min(days, key=lambda year: abs((days[year] - dct).days))

    def _feast_days_around(self, p: Partial) -> dict[int, dt.date]:
        """The day of ``p``'s holiday in the creation year and in the years either side of it."""
        assert self.dct is not None and p.holiday is not None
        years = range(self.dct.year - 1, self.dct.year + 2)
        return {year: dt.date.fromisoformat(holiday_date(p.holiday, year)) for year in years}

    def _year_of_weekday(self, p: Partial, year: int) -> int:
        """"Friday, Jan. 8" written on 29 December 1998: the year next to ``year`` in which that day is a
        Friday, when ``year``'s is not and that date lies within half a year of the creation time (a
        writer's slip of the weekday does not move a date a year)."""
        month, day = int(p.value[5:7]), int(p.value[8:10])

        def date(y: int) -> dt.date | None:
            try:
                return dt.date(y, month, day)
            except ValueError:
                return None

        told = date(year)
        if told is None or told.isoweekday() == p.weekday:
            return year
        for other in (year - 1, year + 1):
            candidate = date(other)
            if candidate and candidate.isoweekday() == p.weekday and abs((candidate - self.dct).days) <= 183:
                return other
        return year

    def _shifted_holiday_year(self, p: Partial) -> int:
        """"last Christmas": the last one before the creation day; "next Christmas" the first after it;
        "this Christmas" the creation year's."""
        dct = self.dct
        assert dct is not None and p.holiday is not None and p.shift is not None
        if p.shift == 0:
            return dct.year
        days = self._feast_days_around(p)
        if p.shift < 0:
            return max(year for year, day in days.items() if day < dct or year == dct.year - 1)
        return min(year for year, day in days.items() if day > dct or year == dct.year + 1)

    def _year_from_dct(self, p: Partial, tense: str) -> int:
        """The creation year, moved back (or on) a year when tense says the month lies there; what
        someone said would happen (AHEAD) is this year's unless it ended a month or more ago."""
        dct = self.dct
        assert dct is not None
        parsed = parse_value("2000" + p.value[4:])
        if parsed is None or parsed[1] == "Y":
            return dct.year
        month = parsed[0].month
        last_month = month + _MONTHS_SPANNED.get(parsed[1], 1) - 1
        if month <= dct.month <= last_month:
            return dct.year  # "a fourth-quarter charge" written in November: this year's fourth quarter
        if p.value.endswith("-WI") and dct.month >= 10 and tense in ("PRESENT", "UNKNOWN", "FUTURE", "AHEAD"):
            return dct.year  # "as winter sets in", written in December, "ahead of winter" in November: the winter
            # beginning this December, as "this winter" is then
        if tense == "AHEAD":  # after the saying: this year's, unless it ended well before the creation time
            return dct.year + 1 if self._against_tense(p, dct.year, tense) else dct.year
        if tense == "PAST" and month > dct.month:
            return dct.year - 1
        if tense == "FUTURE" and month < dct.month:
            return dct.year + 1
        if tense in ("PRESENT", "UNKNOWN") and abs(month - dct.month) > 6:
            return dct.year + (1 if month < dct.month else -1)
        return dct.year
