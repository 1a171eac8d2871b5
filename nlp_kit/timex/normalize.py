"""Normalizers: a grammar match -> a TIMEX3 value, possibly still relative.

Each normalizer named in ``patterns.yaml`` (``rule:``) reads the match's named
groups and returns a ``Partial``: type, value, mod, range end, and for
relative expressions what remains to be resolved (``relation``) — the year of
``XXXX-10``, a shift from the creation time ("last year") or from the
narrative's last date ("three years later").  ``None`` rejects the match
("fall" as a verb).

Example::

    >>> from nlp_kit.timex.grammar import Grammar
    >>> g = Grammar.load()
    >>> m = next(g.candidates("mid-2022"))
    >>> p = normalize_match(m, g.vocab)
    >>> (p.value, p.mod)
    ('2022', 'MID')
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from calendar import monthrange
from dataclasses import dataclass
from typing import Any

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from nlp_kit.timex.grammar import Match

# Relations still to resolve after normalization.
ABSOLUTE = None
INHERIT_YEAR = "inherit_year"  # XXXX-10: year from the narrative or the creation time
FROM_DCT = "dct"  # last year, yesterday, this week: shift from the creation time
FROM_ANCHOR = "anchor"  # three years later: shift from the narrative's last date
WEEKDAY = "weekday"  # on Tuesday: the nearest such day, direction from tense
COMPARED_PERIOD = "compared_period"  # a year ago: the quarter just named, a year back; else the DCT's year
COMPARED_EARLIER = "compared_earlier"  # a year earlier: the quarter just named, a year back; else the narrative's
SAME_QUARTER = "same_quarter"  # the quarter: the quarter last named, else the last one before the DCT
SAME_MONTH = "same_month"  # the same month last year: the month just named, a year back; else last year
PERIOD_OF_YEAR = "period_of_year"  # the 1988 period: that year's quarter when a quarter is being reported on


@dataclass(frozen=True)
class Partial:
    """A normalized temporal expression before resolution."""

    type: str
    value: str
    mod: str | None = None
    range_end: str | None = None
    relation: str | None = ABSOLUTE
    unit: str | None = None
    offset: int = 0
    weekday: int | None = None
    day_part: str | None = None
    fallback: str | None = None  # value to keep when there is nothing to resolve from
    holiday: str | None = None  # a moveable feast ("easter-2", "11-TH4"): its day once the year is known
    fiscal: bool = False  # a fiscal quarter: numbered by the company's year, never placed by tense
    later: bool = False  # "three years later", "a decade on": counted forward from an event told before
    shift: int | None = None  # "last Christmas" -1, "this Easter" 0, "next Ramadan" 1: from the creation time
    days: int = 0  # "a week from Monday": days on from the weekday placed


def _lookup(table: dict[str, Any], word: str | None) -> Any:
    if word is None:
        return None
    key = re.sub(r"\s+", " ", word.strip().rstrip(".")).lower()
    for form, value in table.items():
        if form.lower() == key:
            return value
    return None


def _number(text: str | None, vocab: dict[str, Any]) -> float | None:
    if text is None:
        return None
    text = re.sub(r"\s+", " ", text.strip().lower())
    if re.fullmatch(r"\d+(?:[.,]\d+)?", text):
        return float(text.replace(",", ""))
    numbers = vocab["numbers"]
    value = _lookup(numbers, text)  # "a couple" is 2, not "a" + "couple"
    if value is not None:
        return float(value)
    parts = re.split(r"[- ]", text)
    if len(parts) == 2 and parts[0] in numbers and parts[1] in numbers and numbers[parts[1]] < 10:
        return float(numbers[parts[0]] + numbers[parts[1]])  # "twenty-one"
    return None


def _fmt_number(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def _unit(word: str | None, vocab: dict[str, Any]) -> str | None:
    if word is None:
        return None
    word = word.lower()
    singular = word[:-3] + "y" if word.endswith("centuries") else word[:-1] if word.endswith("s") else word
    return vocab["units"].get(singular)


def _month(groups: dict[str, str], vocab: dict[str, Any], key: str = "month") -> int | None:
    if groups.get(key + "_num"):
        return int(groups[key + "_num"])
    word = groups.get(key)
    if word is None:
        return None
    word = word.rstrip(".")
    return vocab["months"].get(word) or vocab["months"].get(word.title())  # "JANUARY" in a dateline


def _weekday_number(word: str, vocab: dict[str, Any]) -> int:
    """1 (Monday) to 7 for a weekday word as vocabulary.yaml lists it, or in capitals ("THURSDAY")."""
    weekdays = vocab["weekdays"]
    return weekdays[word] if word in weekdays else weekdays[word.title()]


def _day(text: str | None, vocab: dict[str, Any] | None = None) -> int | None:
    """"19", "19th" -> 19; a spelled ordinal ("nineteenth", "twenty first") from the ordinals word list."""
    if not text:
        return None
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group(0))
    return _lookup(vocab["ordinals"], re.sub(r"[\s-]+", "-", text.lower())) if vocab else None


def _mod(groups: dict[str, str], vocab: dict[str, Any]) -> str | None:
    if groups.get("month_half"):
        return "START" if groups["month_half"].lower() == "first" else "END"
    return _lookup(vocab["part_mods"], groups.get("part")) or _lookup(vocab["quantity_mods"], groups.get("qmod"))


# A half of a unit in the next smaller one, as TimeML writes "2 1/2 years" (P2Y6M), "5 1/2 hours"
# (PT5H30M), "a minute and a half" (PT1M30S).
_HALF_UNIT = {"Y": ("6M", ""), "D": ("12H", "T"), "TH": ("30M", ""), "TM": ("30S", "")}
# a unit as a count of a smaller one: a fortnight is two weeks, a quarter-century 25 years, a decade ten years
_SMALLER_UNIT = {"FN": ("W", 2), "QC": ("Y", 25), "DE": ("Y", 10), "CE": ("Y", 100), "Y": ("M", 12)}


def _in_smaller_unit(n: float | None, unit: str) -> tuple[float | None, str]:
    """``n`` ``unit``s counted in the next smaller unit of ``_SMALLER_UNIT``: (2, "FN") -> (4, "W")."""
    smaller, times = _SMALLER_UNIT[unit]
    return (None if n is None else n * times), smaller


def duration_value(n: float | None, unit: str) -> str:
    """``P6W``, ``PT2H``, ``PXY`` (n None = unspecified amount); a half unit goes to the next smaller
    unit: ``duration_value(2.5, "Y")`` -> ``P2Y6M``, ``duration_value(5.5, "TH")`` -> ``PT5H30M``,
    ``duration_value(2.5, "DE")`` -> ``P25Y``."""
    if unit in ("FN", "QC") or unit in ("DE", "CE") and n is not None and n % 1 == 0.5:
        return duration_value(*_in_smaller_unit(n, unit))
    if n is not None and n % 1 == 0.5 and unit in _HALF_UNIT:
        whole = int(n)
        half, separator = _HALF_UNIT[unit]
        time = "T" if unit.startswith("T") else ""
        body = (f"{whole}{unit[-1]}" if whole else "") + separator + half
        return f"P{time}{body}"
    amount = "X" if n is None else _fmt_number(n)
    if unit.startswith("T"):
        return f"PT{amount}{unit[1:]}"
    return f"P{amount}{unit}"


def calendar(m: Match, vocab: dict[str, Any]) -> Partial | None:
    """"Sept. 19–20, 2023" -> 2023-09-19 (range end 2023-09-20); "September" -> XXXX-09 to inherit a year;
    "January-August" -> XXXX-01 (range end XXXX-08)."""
    g = m.groups
    month = _month(g, vocab)
    day = _day(g.get("day") or g.get("mday"), vocab)  # "mday": the day after its month ("September 10 this year")
    year = _spelled_year(g, vocab) if g.get("spelled") else g.get("year")  # "January nineteen ninety-seven"
    if g.get("yy") and not g.get("spelled"):
        year = str(_two_digit_year(int(g["yy"])))  # "9/26/99"
    year = year or _apostrophe_year(g)
    if g.get("spelled") and year is None:
        return None
    mod = _mod(g, vocab)
    if year and not month:
        return Partial("DATE", year, mod)
    if month is None:
        return None
    if day is not None and day > 31:
        return None
    if g.get("day2") and (day is None or _day(g["day2"]) <= day):
        return None  # "a 5-4 June 2 vote": a score, not the range 5-4
    tail = f"-{month:02d}" + (f"-{day:02d}" if day else "")
    end_tail = f"-{month:02d}-{_day(g['day2']):02d}" if g.get("day2") else None
    if g.get("month_end"):  # "the January-August period": the range of months, within one year
        last = _month(g, vocab, "month_end")
        if last is None or last <= month:
            return None
        end_tail = f"-{last:02d}"
        if g.get("quarter"):  # "the January-March quarter", "the April-June period": a calendar quarter's months
            if month % 3 == 1 and last == month + 2:
                tail, end_tail = f"-Q{month // 3 + 1}", None
            elif month % 6 == 1 and last == month + 5 and g["quarter"].lower() == "period":
                tail, end_tail = f"-H{month // 6 + 1}", None  # "the January-June period": the first half
            elif g["quarter"].lower() == "quarter":
                return None  # "the February-April quarter" is no calendar quarter
    if year:
        return Partial("DATE", year + tail, mod, (year + end_tail) if end_tail else None)
    if g.get("shift_year"):
        return Partial("DATE", "XXXX" + tail, mod, relation=FROM_DCT, unit="Y",
                       offset={"last": -1, "next": 1, "this": 0}[g["shift_year"].lower()])
    shift = {"this past": "last", "this coming": "next"}.get(re.sub(r"\s+", " ", (g.get("shift") or "").lower()),
                                                              (g.get("shift") or "").lower())
    if shift in ("last", "next", "this"):
        return Partial("DATE", "XXXX" + tail, mod, relation=FROM_DCT, unit="month_name",
                       offset={"last": -1, "next": 1, "this": 0}[shift])
    if not day and (sequence := _SEQUENCE.get(re.sub(r"\s+", " ", shift))):  # "That December", "the following April"
        return Partial("DATE", "XXXX" + tail, mod, relation=INHERIT_YEAR, unit=sequence)
    # "Friday, Oct. 13": the weekday written with the day picks the year among the nearest ones (resolve.py)
    weekday = _weekday_number(g["weekday"].rstrip("."), vocab) if g.get("weekday") and day else None
    return Partial("DATE", "XXXX" + tail, mod, ("XXXX" + end_tail) if end_tail else None, relation=INHERIT_YEAR,
                   weekday=weekday)


# a month or season placed against the story's last date, however far back: "That December" is in its year,
# "the following spring" the first spring after it, "the previous winter" the last one before it
_SEQUENCE = {"that": "anaphoric", "that same": "anaphoric", "the same": "anaphoric", "the following": "following",
             "the previous": "preceding", "the preceding": "preceding"}


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


def decade(m: Match, vocab: dict[str, Any]) -> Partial:
    """"the early 1990s" -> 199X + START; "the nineties", "the '90s" -> 199X; "the last half of the '80s"
    -> 198X + END."""
    g = m.groups
    mod = _mod(g, vocab)
    if g.get("ord"):
        mod = "START" if g["ord"].lower() == "first" else "END"
    if g.get("decade_word"):
        return Partial("DATE", f"19{_DECADE_WORDS[g['decade_word'].lower()]}X", mod)
    if g.get("decade2"):
        return Partial("DATE", f"19{g['decade2'][0]}X", mod)
    return Partial("DATE", g["decade"][:3] + "X", mod)


def spelled_year(m: Match, vocab: dict[str, Any]) -> Partial | None:
    """"nineteen ninety-six" -> 1996, "the year two thousand" -> 2000."""
    year = _spelled_year(m.groups, vocab)
    return Partial("DATE", year) if year else None


def _spelled_year(g: dict[str, str], vocab: dict[str, Any]) -> str | None:
    """The year the groups of a spelled year (``SPELLED_YEAR``, the ``spelled_year`` rule) name, or None."""
    if g.get("hundreds"):
        yy = _number(g["yy"], vocab)
        if yy is None or not 10 <= yy <= 99:
            return None
        century = {"eighteen": 18, "nineteen": 19, "twenty": 20}[g["hundreds"].lower()]
        return f"{century}{int(yy):02d}"
    yy = _number(g.get("yy2") or g.get("yy3"), vocab) if (g.get("yy2") or g.get("yy3")) else 0
    if yy is None or not 0 <= yy <= 99:
        return None
    return f"20{int(yy):02d}"


def quarter_anaphor(m: Match, vocab: dict[str, Any]) -> Partial | None:
    """"the latest quarter" is the last one before the creation time; "the quarter" the one just named."""
    which = re.sub(r"[\s-]+", " ", m.groups["which"].lower())
    if which in ("the latest", "the most recent", "the just ended"):
        return Partial("DATE", "XXXX-QX", relation=FROM_DCT, unit="Q", offset=-1)
    if m.groups["unit"].lower() == "period":
        return None  # "the period" alone names no calendar period
    return Partial("DATE", "XXXX-QX", relation=SAME_QUARTER, unit="Q", offset=-1)


def quarter_ended(m: Match, vocab: dict[str, Any]) -> Partial | None:
    """"the quarter ended Sept. 30" -> XXXX-Q3, the calendar quarter its last month falls in."""
    month = _month(m.groups, vocab)
    return Partial("DATE", f"XXXX-Q{(month - 1) // 3 + 1}", relation=INHERIT_YEAR) if month else None


def year_period(m: Match, vocab: dict[str, Any]) -> Partial:
    """"the 1988 period" -> 1988, or 1988-Q3 when the third quarter is being reported on."""
    return Partial("DATE", m.groups["year"], relation=PERIOD_OF_YEAR)


def the_year(m: Match, vocab: dict[str, Any]) -> Partial | None:
    """"the year", "the fiscal year" -> the narrative's or the creation time's year ("year-end": + END);
    "the year ended March 31" -> P1Y; "the latest fiscal year" -> the last one before the creation time."""
    g = m.groups
    if re.search(r"\bYear\b", m.text) and not m.text.isupper():
        return None  # "Man of the Year": a title
    if g.get("ended"):
        return Partial("DURATION", "P1Y")
    if (g.get("which") or "").lower().startswith("latest"):
        return Partial("DATE", "XXXX", relation=FROM_DCT, unit="Y", offset=-1, fallback="PAST_REF")
    return Partial("DATE", "XXXX", "END" if g.get("year_end") else None, relation=INHERIT_YEAR)


def compared_period(m: Match, vocab: dict[str, Any]) -> Partial:
    """"the corresponding period last year", "last year's quarter" -> the reported quarter a year back
    (1988-Q3 in a third-quarter report), else the year before the creation time; "the same month last
    year" -> the month just named a year back."""
    n = _lookup(vocab["ordinals"], m.groups.get("ord"))
    if n:
        return Partial("DATE", f"XXXX-Q{n}", relation=FROM_DCT, unit="Y", offset=-1)
    if m.groups.get("month"):  # "up 2.1 percent from the same month last year" after "Exports in July"
        return Partial("DATE", "XXXX", relation=SAME_MONTH, unit="Y", offset=-1, fallback="PAST_REF")
    return Partial("DATE", "XXXX", relation=COMPARED_PERIOD, unit="Y", offset=-1, fallback="PAST_REF")


_WEEKDAY_CODES = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}
_RELATIVE_WEEKDAYS = (MO, TU, WE, TH, FR, SA, SU)


def holiday_date(spec: str, year: int) -> str:
    """The day a holiday rule from vocabulary.yaml gives in ``year``: ``"12-25"`` (fixed), ``"easter-2"``
    (days from Easter Sunday; ``"orthodox-easter"`` the Orthodox one), ``"11-TH4"`` (fourth Thursday of
    November), ``"05-MO-1"`` (last Monday of May), ``"11-TU1@2"`` (first Tuesday from 2 November: the
    day after the first Monday), ``"islamic-10-01"`` / ``"hebrew-07-10"`` (a day of the
    Islamic or Hebrew calendar: 1 Shawwal, 10 Tishrei).  A feast of several days is written
    ``"start..end"`` (``end`` the day after it, or ``+N`` days from the start): its first day.

    ``holiday_date("11-TH4", 1999)`` -> ``"1999-11-25"``; ``holiday_date("islamic-10-01", 2023)`` ->
    ``"2023-04-21"``.
    """
    return _feast_day(spec.split("..")[0], year).isoformat()


def holiday_days(spec: str, year: int) -> tuple[str, str | None]:
    """The first day of a holiday in ``year`` (``holiday_date``) and, for a feast of several days
    (``"islamic-09-01..islamic-10-01"``: Ramadan), its last day; else None."""
    start_spec, _, end_spec = spec.partition("..")
    start = _feast_day(start_spec, year)
    if not end_spec:
        return start.isoformat(), None
    if end_spec.startswith("+"):
        return start.isoformat(), (start + dt.timedelta(days=int(end_spec) - 1)).isoformat()
    end = min(day for day in (_feast_day(end_spec, start.year), _feast_day(end_spec, start.year + 1)) if day > start)
    return start.isoformat(), (end - dt.timedelta(days=1)).isoformat()


def _feast_day(spec: str, year: int) -> dt.date:
    if spec.startswith(("easter", "orthodox-easter")):
        orthodox = spec.startswith("orthodox-")
        offset = spec.removeprefix("orthodox-").removeprefix("easter")
        return easter(year, EASTER_ORTHODOX if orthodox else EASTER_WESTERN) + dt.timedelta(days=int(offset or 0))
    if spec.startswith(_LUNAR):
        calendar, month, day = spec.split("-")
        return lunar_day(calendar, int(month), int(day), year)
    month, rule = spec.split("-", 1)
    if rule.isdigit():
        return dt.date(year, int(month), int(rule))
    rule, _, first = rule.partition("@")  # "11-TU1@2": the first Tuesday from 2 November on
    weekday, nth = _WEEKDAY_CODES[rule[:2]], int(rule[2:])
    if nth < 0:
        return dt.date(year, int(month), 1) + relativedelta(day=31, weekday=_RELATIVE_WEEKDAYS[weekday](nth))
    return dt.date(year, int(month), int(first or 1)) + relativedelta(weekday=_RELATIVE_WEEKDAYS[weekday](nth))


_LUNAR = ("islamic-", "hebrew-")


def lunar_day(calendar: str, month: int, day: int, year: int) -> dt.date:
    """The Gregorian day in ``year`` of a day of the Islamic calendar (Saudi Umm al-Qura, from hijridate,
    for 1924-2077; the arithmetical calendar of convertdate outside it: the day a country observes can
    differ by one) or of the Hebrew calendar (convertdate; months numbered from Nisan).  An Islamic day
    that falls twice in one Gregorian year (its year is 354 days) gives the first."""
    from convertdate import hebrew, islamic

    if calendar == "hebrew":
        with warnings.catch_warnings():  # convertdate 2.4+ calls its own deprecated month_days
            warnings.simplefilter("ignore", DeprecationWarning)
            candidates = [dt.date(*hebrew.to_gregorian(year + shift, month, day)) for shift in (3760, 3761)]
    else:
        from hijridate import Hijri

        guess = round((year - 622) * 33 / 32)
        candidates = []
        for hijri_year in range(guess - 2, guess + 3):
            try:
                gregorian = Hijri(hijri_year, month, day).to_gregorian()
                candidates.append((gregorian.year, gregorian.month, gregorian.day))
            except (OverflowError, ValueError):
                candidates.append(islamic.to_gregorian(hijri_year, month, day))
        candidates = [dt.date(*c) for c in candidates]
    in_year = [day for day in candidates if day.year == year]
    return min(in_year) if in_year else min(candidates, key=lambda day: abs(day.year - year))  # a day a year may skip


def holiday(m: Match, vocab: dict[str, Any]) -> Partial | None:
    """"Christmas" -> XXXX-12-25, "Thanksgiving" -> its Thursday once the year is known, "Easter 2000"
    -> 2000-04-23, "Ramadan 2023" -> 2023-03-23 to 2023-04-20."""
    spec = _lookup(vocab["holidays"], m.groups["holiday"].replace("’", "'"))
    if spec is None:
        return None
    mod = _mod(m.groups, vocab)
    # "Easter week", "Memorial Day weekend": the ISO week (or its weekend) that holds the day, once it is known
    unit = {"week": "week_of", "weekend": "weekend_of"}.get(
        (m.groups.get("holiday_unit") or m.groups.get("holiday_unit2") or "").lower())  # "the week of Veterans Day"
    year = m.groups.get("year") or m.groups.get("year2") or _apostrophe_year(m.groups)  # "Easter 2000", "Christmas '87"
    if year:
        first, last = holiday_days(spec, int(year))
        return Partial("DATE", first, mod, range_end=last, unit=unit)
    if shift := m.groups.get("shift"):  # "last Christmas", "next Easter": counted from the creation time
        month, _, rule = spec.partition("-")
        known = spec if rule.isdigit() else month if month.isdigit() else None  # "12-25", "11" of "11-TH4"
        return Partial("DATE", f"XXXX-{known}" if known else "XXXX", mod, relation=INHERIT_YEAR,
                       holiday=spec, unit=unit, shift=_YEAR_SHIFT[shift.lower()])
    if spec.startswith(("easter", "orthodox-easter")):
        return Partial("DATE", "XXXX-04", mod, relation=INHERIT_YEAR, holiday=spec, unit=unit)
    if spec.startswith(_LUNAR):  # its month moves from year to year
        return Partial("DATE", "XXXX", mod, relation=INHERIT_YEAR, holiday=spec, unit=unit)
    month, rule = spec.split("-", 1)
    if rule.isdigit():
        return Partial("DATE", f"XXXX-{spec}", mod, relation=INHERIT_YEAR, unit=unit)
    return Partial("DATE", f"XXXX-{month}", mod, relation=INHERIT_YEAR, holiday=spec, unit=unit)


def nth_weekday(m: Match, vocab: dict[str, Any]) -> Partial | None:
    """"the first Monday of October" -> that Monday once the year is known (the holiday rule
    ``10-MO1``); "the last Thursday in November 2024" -> 2024-11-28."""
    g = m.groups
    month = _month(g, vocab)
    ordinal = g["ord"].lower()
    n = -1 if ordinal in ("last", "final") else _lookup(vocab["ordinals"], ordinal)
    if not month or not n or n > 5:
        return None
    code = list(_WEEKDAY_CODES)[_weekday_number(g["weekday"], vocab) - 1]
    spec = f"{month:02d}-{code}{n}"
    if g.get("year"):
        return Partial("DATE", holiday_days(spec, int(g["year"]))[0])
    return Partial("DATE", f"XXXX-{month:02d}", relation=INHERIT_YEAR, holiday=spec)


def century(m: Match, vocab: dict[str, Any]) -> Partial | None:
    """"the 20th century" -> 19 (TimeML writes a century as its first two digits)."""
    n = int(m.groups["century"]) if m.groups.get("century") else _lookup(vocab["ordinals"], m.groups.get("ord"))
    if not n:
        return None
    return Partial("DATE", f"{n - 1:02d}", _mod(m.groups, vocab))


def season(m: Match, vocab: dict[str, Any]) -> Partial | None:
    """"summer 2024" -> 2024-SU; "early fall" -> XXXX-FA + START to inherit a year."""
    g = m.groups
    token = _lookup(vocab["seasons"], g["season"])
    mod = _mod(g, vocab)
    year = _spelled_year(g, vocab) if g.get("spelled") else g.get("year") or _apostrophe_year(g)
    if year:  # "the winter of nineteen ninety-four", "the summer of '69"
        return Partial("DATE", f"{year}-{token}", mod)
    if g.get("spelled"):
        return None
    shift = re.sub(r"\s+", " ", (g.get("shift") or "").lower())
    if not shift and not g.get("part") and g["season"].lower() not in ("summer", "winter", "autumn"):
        return None  # bare "fall", "spring": too often a verb or a noun
    if shift == "this past":
        shift = "last"
    if shift in ("last", "next"):
        offset = -1 if shift == "last" else 1
        return Partial("DATE", f"XXXX-{token}", mod, relation=FROM_DCT, unit="season", offset=offset)
    if shift == "this":
        return Partial("DATE", f"XXXX-{token}", mod, relation=FROM_DCT, unit="season", offset=0)
    # "that summer": the story's, never the creation time's, however far back the story's date is
    return Partial("DATE", f"XXXX-{token}", mod, relation=INHERIT_YEAR, unit=_SEQUENCE.get(shift))


_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}


def quarter(m: Match, vocab: dict[str, Any]) -> Partial | None:
    """"Q3 2025" -> 2025-Q3; "the third quarter of last year" -> a year before the creation time's;
    "the third quarter" -> XXXX-Q3 to inherit a year."""
    g = m.groups
    n = g.get("qnum") or g.get("qnum2") or _lookup(vocab["ordinals"], g.get("ord"))
    if (g.get("ord") or "").lower() in ("final", "last"):
        n = 4  # "the final quarter", "the last quarter of 2023"
    year = g.get("year") or g.get("year2") or g.get("year3")
    if not n:
        return None
    mod = _mod(g, vocab)  # "the end of the second quarter", "late Q3"
    if year:
        return Partial("DATE", f"{year}-Q{n}", mod)
    if shift_year := g.get("shift_year") or g.get("shift_year2"):  # "of last year", "next year's first quarter"
        return Partial("DATE", f"XXXX-Q{n}", mod, relation=FROM_DCT, unit="Y", offset=_YEAR_SHIFT[shift_year.lower()])
    offset = -1 if g.get("shift2") else 0
    if g.get("fiscal") or g.get("fiscal2"):
        # "its fiscal third quarter": fiscal years are numbered by the company, the reports by the
        # creation time's year (TimeBank: "the fiscal first quarter" in October 1989 -> 1989-Q1).
        return Partial("DATE", f"XXXX-Q{n}", mod, relation=FROM_DCT, unit="Y", offset=offset, fiscal=True)
    if offset:
        return Partial("DATE", f"XXXX-Q{n}", mod, relation=INHERIT_YEAR, unit="Y", offset=offset)
    return Partial("DATE", f"XXXX-Q{n}", mod, relation=INHERIT_YEAR)


def half(m: Match, vocab: dict[str, Any]) -> Partial:
    """"the first half of 2024", "H1 2024", "the 2024 first half" -> 2024-H1; "the first half of this year" ->
    the creation year's H1; "the year-earlier first half" -> the first half a year before the year told of."""
    g = m.groups
    mod = _mod(g, vocab)  # "by the end of the first half", "early H2 2025"
    code = g.get("hnum") or g.get("hnum2") or g.get("hnum3")
    if code:
        return Partial("DATE", f"{g.get('year') or g.get('year2') or g.get('year3')}-H{code}", mod)
    n = 1 if g["ord"].lower() == "first" else 2
    year = g.get("year") or g.get("year3")
    if shift_year := g.get("shift_year") or g.get("shift_year2"):  # "of this year", "last year's second half"
        offset = _YEAR_SHIFT[shift_year.lower()]
        return Partial("DATE", f"XXXX-H{n}", mod, relation=FROM_DCT, unit="Y", offset=offset)
    if g.get("shift2"):  # "the year-earlier first half": the half a year before the one being reported
        return Partial("DATE", f"XXXX-H{n}", mod, relation=INHERIT_YEAR, unit="Y", offset=-1)
    return Partial("DATE", f"{year or 'XXXX'}-H{n}", mod, relation=None if year else INHERIT_YEAR)


def _apostrophe_year(g: dict[str, str]) -> str | None:
    """"'69" -> 1969, "'08" -> 2008: a year cut to two digits after an apostrophe is one already told of,
    so up to '30 it is this century's, else the last's (a fiscal year's "FY'45" looks ahead instead)."""
    if not g.get("yy_apos"):
        return None
    yy = int(g["yy_apos"])
    return str(2000 + yy if yy <= 30 else 1900 + yy)


def _two_digit_year(yy: int) -> int:
    """A year written with two digits, as in "FY22" or "FY'99": 2000-2049, else 1950-1999."""
    return 2000 + yy if yy < 50 else 1900 + yy


def dct_day_shifted(m: Match, vocab: dict[str, Any]) -> Partial | None:
    """"this day last year", "a year ago today": the creation day a year back (or on); "this time last
    year": its month; "ten years ago this week": the creation week ten years back; "on this day": the
    creation day."""
    g = m.groups
    if g.get("this_day"):
        return Partial("DATE", "XXXX-XX-XX", relation=FROM_DCT, unit="D", offset=0)
    offset = 1 if (g.get("shift_year") or "").lower() == "next" else -1
    if number := g.get("num") or g.get("num2") or g.get("num3"):  # "twelve years ago to the day", "forty years ago today"
        n = _number(number, vocab)
        if n is None or not float(n).is_integer():
            return None
        offset = -int(n)
    this_unit = (g.get("this_unit") or "").lower()
    value = {"week": "XXXX-WXX", "month": "XXXX-XX"}.get(this_unit) or ("XXXX-XX" if g.get("time") else "XXXX-XX-XX")
    return Partial("DATE", value, relation=FROM_DCT, unit="Y", offset=offset)


def formal_day(m: Match, vocab: dict[str, Any]) -> Partial | None:
    """"this fifth day of June, in the year of our Lord two thousand twenty-four" -> 2024-06-05; without
    a year the day inherits one like "June 5"."""
    g = m.groups
    day = _lookup(vocab["ordinals"], g["ord"]) if g.get("ord") else _day(g.get("day"))
    month = _month(g, vocab)
    if day is None or month is None or not 1 <= day <= 31:
        return None
    year = g.get("year")
    if g.get("thousand"):
        yy = _number(g["yy"], vocab) if g.get("yy") else 0
        if yy is None or not 0 <= yy <= 99:
            return None
        year = f"{(2000 if g['thousand'].lower().startswith('two') else 1900) + int(yy):04d}"
    tail = f"-{month:02d}-{day:02d}"
    if year:
        return Partial("DATE", year + tail)
    return Partial("DATE", "XXXX" + tail, relation=INHERIT_YEAR)


def year_range(m: Match, vocab: dict[str, Any]) -> Partial | None:
    """"2025-27" -> 2025 with range end 2027; "2011-12" (a fiscal year) -> 2011 to 2012; "FY22" -> 2022.
    The second year must come one to ten years after the first: "2023-09" is no range."""
    g = m.groups
    year = int(g["year"]) if g.get("year") else _two_digit_year(int(g["yy"]))
    if not g.get("year_end"):
        return Partial("DATE", f"{year:04d}")
    end = year // 100 * 100 + int(g["year_end"])
    if end <= year:
        end += 100
    if not 1 <= end - year <= 10:
        return None
    return Partial("DATE", f"{year:04d}", None, f"{end:04d}")


def week(m: Match, vocab: dict[str, Any]) -> Partial | None:
    """"week 12 of 2023" -> 2023-W12."""
    n = int(m.groups.get("week") or m.groups.get("week2"))
    if not 1 <= n <= 53:
        return None
    year = m.groups.get("year") or m.groups.get("year2")
    return Partial("DATE", f"{year or 'XXXX'}-W{n:02d}", relation=None if year else INHERIT_YEAR)


def week_of(m: Match, vocab: dict[str, Any]) -> Partial | None:
    """"the week of June 20th" -> the ISO week holding that day (``unit="week_of"``: the resolver turns
    the day, once its year is known, into the week)."""
    g = m.groups
    if g.get("mnum"):
        month, day, year = int(g["mnum"]), int(g["dnum"]), None
    elif g.get("ord"):  # "the first week of January": the week holding the 4th (ISO's rule); the last, the 4th from the end
        month, year = _month(g, vocab), g.get("year")
        n = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(g["ord"].lower())
        day = 7 * (n - 1) + 4 if n else monthrange(int(year or 2001), month or 1)[1] - 3
    else:
        month = _month(g, vocab) or _month({"month": g.get("month2")}, vocab)
        day = _day(g.get("day") or g.get("day2"))
        year = g.get("year") or g.get("year2")
    if month is None or day is None or not 1 <= day <= 31:
        return None
    tail = f"-{month:02d}-{day:02d}"
    if year:
        return Partial("DATE", year + tail, unit="week_of")
    return Partial("DATE", "XXXX" + tail, relation=INHERIT_YEAR, unit="week_of")


def day_deictic(m: Match, vocab: dict[str, Any]) -> Partial:
    """"yesterday", "this morning", "last night", "overnight": a day shift from the creation time; "that
    night": the night of the day just narrated."""
    g = m.groups
    word = (g.get("day_deictic") or g.get("shift") or "").lower()
    part = _lookup(vocab["day_parts"], g.get("day_part"))
    if word in ("tonight", "overnight"):
        part = "NI"
    offset = {"this": 0, "last": -1, **vocab["day_deictic"]}.get(re.sub(r"\s+", " ", word), 0)
    if word == "last" and part != "NI":
        return Partial("TIME", "XXXX-XX-XXT" + part, relation=FROM_DCT, unit="D", offset=-1, day_part=part)
    if word == "that" or g.get("whole_night"):  # "that night", "worked through the night": the day narrated
        part = part or "NI"
        return Partial("TIME", "XXXX-XX-XXT" + part, relation=FROM_ANCHOR, unit="D", offset=0, day_part=part)
    if g.get("anchor_shift") or g.get("step"):  # "the next morning", "the night before,": from the day narrated
        part = _lookup(vocab["day_parts"], g.get("day_part") or g.get("day_part2"))
        step = (g.get("anchor_shift") or g["step"]).lower()
        offset = {"next": 1, "following": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1}.get(step, 0)
        return Partial("TIME", "XXXX-XX-XXT" + part, _mod(g, vocab), relation=FROM_ANCHOR, unit="D", offset=offset,
                       day_part=part)
    fallback = "PRESENT_REF" if (word in ("today", "this") and not part) else None
    return Partial(
        "TIME" if part else "DATE", "XXXX-XX-XX", _mod(g, vocab), relation=FROM_DCT, unit="D", offset=offset,
        day_part=part, fallback=fallback,
    )


def weekday(m: Match, vocab: dict[str, Any]) -> Partial:
    """"on Tuesday", "last Friday", "Saturday night": the nearest such day to the creation time;
    "the previous Friday": the one before the day just narrated; "Tuesday last week": that week's."""
    g = m.groups
    wd = _weekday_number(g["weekday"], vocab)
    part = _lookup(vocab["day_parts"], g.get("day_part"))
    shift = re.sub(r"\s+", " ", (g.get("shift") or g.get("week_shift") or "").lower())
    offset = _WEEKDAY_SHIFT.get(shift, 0)
    unit = "week" if g.get("week_shift") else "anaphoric" if shift.startswith("the ") else "explicit" if shift else None
    return Partial(
        "TIME" if part else "DATE", f"XXXX-WXX-{wd}", _mod(g, vocab), relation=WEEKDAY, weekday=wd, offset=offset,
        day_part=part, unit=unit,
    )


_SHIFT = {"last": -1, "the previous": -1, "the past": -1, "this past": -1, "next": 1, "the coming": 1, "this coming": 1,
          "the following": 1, "the next": 1, "this": 0, "the current": 0, "the same": 0, "that same": 0, "that": 0,
          "the": 0}
_WEEKDAY_SHIFT = {**_SHIFT, "past": -1, "coming": 1}  # "past Friday", "coming Sunday"


def relative_unit(m: Match, vocab: dict[str, Any]) -> Partial | None:
    """"last year", "this week", "the week after next" (from the creation time); "the following year" (from the
    narrative); "the year ahead" (a duration)."""
    g = m.groups
    shift = re.sub(r"\s+", " ", (g.get("shift") or "this").lower())  # "mid-year": of this year
    unit = _unit(g["unit"], vocab)
    mod = _mod(g, vocab)
    if g["unit"].istitle() or unit == "FN":
        return None  # "ABC's \"This Week\"": a capitalized unit inside a sentence names a programme or a title
    if g.get("ahead"):  # "the year ahead", "in the decade ahead": the span to come (TimeBank: "the weeks ahead" PXW)
        return Partial("DURATION", f"P1{unit}", mod) if shift == "the" and unit not in ("D", "WE") else None
    within = m.rule == "within_the_unit"  # "later in the decade": the story's (or else the current) decade
    if g.get("step2"):  # "the week after next", "the year before last": two from the creation time's
        if shift != "the" or unit == "D":
            return None
        offset = 2 if g["step2"].lower().startswith("after") else -2
        return Partial("DATE", "XXXX", mod, relation=FROM_DCT, unit=unit, offset=offset,
                       fallback="FUTURE_REF" if offset > 0 else "PAST_REF")
    if shift == "the" and unit not in ("WE", "W", "D") and not g.get("part") and not g.get("step") and not within:
        return None  # "the month": a duration as often as a date; "the end of the month", "the year before," are dates
    if shift in ("the next", "the coming", "this coming") and unit in ("DE", "CE") and not g.get("part"):
        # "over the next decade": ten years from now, not the 2030s ("the past decade", like "the last decade",
        # is the calendar decade before this one, as TimeBank and nlp_kit's own gold read it)
        return Partial("DURATION", f"P1{unit}", mod)
    anaphoric = shift in ("the previous", "the following", "the next", "the same", "that same", "that") or (
        shift == "the" and (unit in ("W", "D") or g.get("step") or within)  # "For the week, the index fell", "the year before,"
    )
    if unit == "D" and not anaphoric:
        return None  # "last day", "this day": not a calendar reference; "yesterday" has its own rule
    relation = FROM_ANCHOR if anaphoric else FROM_DCT
    offset = _SHIFT[shift]
    if g.get("step") and shift == "the":
        offset = -1 if g["step"].lower() == "before" else 1  # "the day before,": the day before the one narrated
    elif g.get("step"):
        return None
    fallback = {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[offset]
    return Partial("DATE", "XXXX", mod, relation=relation, unit=unit, offset=offset, fallback=fallback)


def shifted(m: Match, vocab: dict[str, Any]) -> Partial | None:
    """"three years later" (from the narrative), "a year ago" (from the creation time); "two hours
    later" -> DURATION PT2H (no clock time to shift it from)."""
    g = m.groups
    unit = _unit(g["unit"], vocab)
    direction = re.sub(r"\s+", " ", (g.get("direction") or g.get("direction2") or g.get("direction3") or g["direction4"]).lower())
    sign = 1 if direction in ("later", "after", "hence", "on") or direction.startswith("from ") else -1
    relation = FROM_DCT if direction in ("ago", "hence", "from now", "from today") else FROM_ANCHOR
    mod = _lookup(vocab["quantity_mods"], g.get("qmod"))
    if unit is None:
        return None
    n = _number(g.get("num"), vocab) if g.get("num") else 1.0
    if (g.get("half") or g.get("half2")) and n is not None:
        n += 0.5  # "a year and a half ago", "two and a half years ago", "a minute and a half later"
    if unit in ("FN", "QC"):  # "a fortnight ago": two weeks; "a quarter-century later": 25 years
        n, unit = _in_smaller_unit(n, unit)
    if unit == "TH" and relation == FROM_DCT and n is not None and n >= 24 and n % 24 == 0:
        n, unit = n // 24, "D"  # "48 hours from now", "72 hours ago": whole days from the creation day
    if g.get("from_weekday") or direction in ("from today", "from tomorrow"):
        return _days_from(g, n, unit, mod, vocab, start=1 if direction == "from tomorrow" else 0)
    if unit.startswith("T") and relation == FROM_ANCHOR and n is not None and g.get("bare") is None:
        # "over an hour later", "minutes after": no clock time to shift, so the amount is what is known
        return Partial("DURATION", duration_value(None if g.get("vague") else n, unit), mod)
    if mod in ("LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"):
        mod = "APPROX"
    vague = g.get("vague") or g.get("bare") is not None  # "hours later": some hours
    if vague and relation == FROM_ANCHOR:
        return Partial("DURATION", duration_value(None, unit), mod)
    if vague:
        return Partial("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
    if unit in ("DE", "CE") and n is not None and not float(n).is_integer():
        n, unit = _in_smaller_unit(n, unit)  # "half a century ago": fifty years back
    if unit == "Y" and n is not None and not float(n).is_integer():
        n, unit = _in_smaller_unit(n, unit)  # "a year and a half ago", "half a year ago": eighteen or six months back
    if n is None or not float(n).is_integer() or unit.startswith("T"):
        return Partial("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
    if unit in ("DE", "CE") and relation == FROM_ANCHOR:
        # "a decade later" after "in 2015" is a year (2025), not the 2020s
        n, unit = _in_smaller_unit(n, unit)
    if unit == "Y" and sign < 0:
        relation = COMPARED_PERIOD if relation == FROM_DCT else COMPARED_EARLIER
    return Partial("DATE", "XXXX", mod, relation=relation, unit=unit, offset=sign * int(n),
                   fallback="PAST_REF" if sign < 0 else "FUTURE_REF", later=relation == FROM_ANCHOR and sign > 0)


def _days_from(
    g: dict[str, str], n: float | None, unit: str, mod: str | None, vocab: dict[str, Any], *, start: int = 0
) -> Partial | None:
    """"a week from Monday" (that Monday seven days on), "three weeks from tomorrow", "two weeks from today": counted
    in days from a day the creation time places (``start`` days after it); "a month from tomorrow" is read as a month
    from the creation time."""
    if n is None or not float(n).is_integer() or unit.startswith("T"):
        return None  # "48 hours from tomorrow": no clock time to count from
    days = int(n) * {"D": 1, "W": 7}.get(unit, 0)  # a fortnight is two weeks by now
    if g.get("from_weekday"):
        if not days:
            return None
        wd = _weekday_number(g["from_weekday"], vocab)
        return Partial("DATE", f"XXXX-WXX-{wd}", mod, relation=WEEKDAY, weekday=wd, days=days)
    if days:
        return Partial("DATE", "XXXX-XX-XX", mod, relation=FROM_DCT, unit="D", offset=days + start, fallback="FUTURE_REF")
    return Partial("DATE", "XXXX", mod, relation=FROM_DCT, unit=unit, offset=int(n), fallback="FUTURE_REF")


def duration(m: Match, vocab: dict[str, Any]) -> Partial | None:
    """"over 30 years" -> P30Y + MORE_THAN; "six-week" -> P6W; "several months" -> PXM; "six to twelve
    months" -> P6M with the range to P12M."""
    g = m.groups
    unit = _unit(g.get("unit") or g.get("short_unit") or g.get("unit2"), vocab)
    if unit is None or re.search(r"\w-(?:quarters|halves)\b", m.text, re.IGNORECASE):
        return None  # "three-quarters" is a fraction
    if (g.get("unit") or "").istitle() and not m.text[: m.text.find(g["unit"])].strip() == "":
        return None  # CBS's "60 Minutes": a capitalized unit after its number names a title
    mod = _lookup(vocab["quantity_mods"], g.get("qmod") or g.get("qmod2"))  # "over 30 years", "the past almost two years"
    if g.get("half2") and "num" not in g:
        return Partial("DURATION", duration_value(1.5, unit), mod)  # "the past year and a half"
    if g.get("vague") or "num" not in g:
        return Partial("DURATION", duration_value(None, unit), mod)
    n = _number(g["num"], vocab)
    if n is None or n <= 0 or n >= (_MOST_YEARS if unit == "Y" else 1000):
        return None  # "1500 hours of footage" is no stretch of time; "almost 1,300 years" is
    if g.get("half") or g.get("half2"):
        n += 0.5  # "5 1/2 hours", "two and a half years", "a year and a half"
    if g["num"].lower().startswith(("a couple", "couple")) and not mod:
        mod = "APPROX"
    if g.get("num2"):  # "six to twelve months": the range's ends
        longer = _number(g["num2"], vocab)
        if longer is None or longer <= n or longer >= 1000:
            return None
        return Partial("DURATION", duration_value(n, unit), mod, range_end=duration_value(longer, unit))
    return Partial("DURATION", duration_value(n, unit), mod)


_MOST_YEARS = 10000
"""A count of years below this is a stretch of time ("the first non-European pope in almost 1,300 years");
a count of shorter units needs fewer than a thousand."""


def century_part(m: Match, vocab: dict[str, Any]) -> Partial:
    """"the past quarter century" -> P25Y, "the last half-century" -> P50Y ("over" before it is "during",
    not "more than")."""
    return Partial("DURATION", "P50Y" if m.groups.get("half") else "P25Y")


def long_duration(m: Match, vocab: dict[str, Any]) -> Partial | None:
    """"year-long" -> P1Y, "a two-year-long inquiry" -> P2Y, "months-long" -> PXM, "weeklong" -> P1W."""
    g = m.groups
    word = g["unit"].lower()
    unit = _unit(word, vocab)
    if unit is None:
        return None
    plural = word.endswith("s")  # "months-long", "centuries-long": how many is not said
    if g.get("num"):
        n = _number(g["num"], vocab)
        return Partial("DURATION", duration_value(n, unit)) if n and 0 < n < 1000 else None
    return Partial("DURATION", duration_value(None if plural else 1, unit))


def deictic(m: Match, vocab: dict[str, Any]) -> Partial | None:
    """"To date" -> PRESENT_REF; "recently" -> PAST_REF; "soon" -> FUTURE_REF."""
    value = _lookup(vocab["deictic"], m.groups["deictic"])
    return Partial("DATE", value) if value else None


def frequency(m: Match, vocab: dict[str, Any]) -> Partial | None:
    """"annual" -> SET P1Y; "twice a month" -> SET P1M; "every Thursday" -> SET XXXX-WXX-4; "each spring"
    -> SET XXXX-SP; "every two years" -> SET P2Y; "every other week" -> SET P2W."""
    g = m.groups
    weekday = g.get("weekday") or g.get("weekday3") or (g.get("weekday2") or "")[:-1]
    if g.get("season"):
        return Partial("SET", f"XXXX-{_lookup(vocab['seasons'], g['season'])}")  # "every spring"
    if weekday or g.get("month"):
        if weekday:
            value = f"XXXX-WXX-{_weekday_number(weekday, vocab)}"
        else:
            value = f"XXXX-{_month(g, vocab):02d}"
        part_word = g.get("day_part") or g.get("day_part2") or g.get("day_part3") or ""
        part = _lookup(vocab["day_parts"], part_word.rstrip("s"))
        return Partial("SET", value + (f"T{part}" if part else ""))
    if m.groups.get("set"):
        value = _lookup(vocab["sets"], m.groups["set"])
    elif g.get("num") or g.get("other"):  # "every two years", "every other week"
        n = 2 if g.get("other") else _number(g["num"], vocab)
        unit = _unit(g["unit"], vocab)
        value = duration_value(n, unit) if n and unit else None
    else:
        value = duration_value(1, _unit(m.groups["unit"], vocab) or "Y")
    return Partial("SET", value) if value else None


def clock(m: Match, vocab: dict[str, Any]) -> Partial | None:
    """"10 a.m.", "0730 GMT", "0600 hours" -> THH:MM on the creation day; "noon Thursday" -> that weekday at 12:00
    ("midnight Friday" at 24:00, "after midnight on Saturday" at 00:00);
    "11 p.m. yesterday" -> the day before the creation day at 23:00; "10:30:34 a.m." keeps its seconds."""
    g = m.groups
    if g.get("named_time"):
        hhmm = "24:00" if g["named_time"].lower() == "midnight" else "12:00"
    elif g.get("after_midnight"):  # "shortly after midnight on Saturday": Saturday's first hour, not its end
        hhmm = "00:00"
    elif hour := g.get("hour24") or g.get("hour_h"):  # "14:00"; "a hard stop at 9:45" after "at", "by", "until" ...
        hhmm = f"{int(hour):02d}:{g.get('minute24') or g['minute_h']}"
    elif g.get("hour_utc"):
        hhmm = f"{g['hour_utc']}:{g['minute_utc']}"
    elif hour := g.get("hour_mil") or g.get("hour_mil2"):  # "0600 hours", "at 1500 hours"
        hhmm = f"{hour}:{g['minute_mil']}"
    elif g.get("hour_oc") or g.get("hour_oc2"):  # "ten o'clock", "11 o'clock at night", "at five in the evening"
        hhmm = _spoken_hour(g, vocab)
    elif g.get("sp_hour") or g.get("sp_hour_to") or g.get("sp_named_to"):  # "half past nine", "a quarter to midnight"
        hhmm = _spoken_clock(g, vocab)
        if hhmm is None:
            return None
    else:
        hour = int(g["hour"]) % 12 + (12 if g["ampm"].lower().startswith("p") else 0)
        hhmm = f"{hour:02d}:{g.get('minute') or '00'}"
    if second := g.get("second") or g.get("second24"):
        hhmm += ":" + second
    if g.get("year") and g.get("month_num"):  # "2024-03-05T14:30:00Z"
        return Partial("TIME", f"{g['year']}-{g['month_num']}-{g['day']}T{hhmm}")
    if g.get("weekday"):
        number = _weekday_number(g["weekday"], vocab)
        return Partial("TIME", f"XXXX-WXX-{number}T{hhmm}", relation=WEEKDAY, weekday=number, day_part=hhmm)
    if g.get("month"):
        day = _day(g["day"])
        return Partial("TIME", f"XXXX-{_month(g, vocab):02d}-{day:02d}T{hhmm}", relation=INHERIT_YEAR)
    offset = vocab["day_deictic"][g["day_deictic"].lower()] if g.get("day_deictic") else 0  # "midnight tonight"
    return Partial("TIME", "XXXX-XX-XXT" + hhmm, relation=FROM_DCT, unit="D", offset=offset, day_part=hhmm)


def _said_number(word: str, vocab: dict[str, Any]) -> int:
    """A clock's hour or minutes in digits or words ("9", "nine", "twenty five"); 0 when not a number."""
    return int(word) if word.isdigit() else int(_number(word, vocab) or 0)


def _spoken_hour(g: dict[str, str], vocab: dict[str, Any]) -> str:
    """The HH:MM of an hour said without a.m./p.m.: in the morning as said, in the afternoon, evening or at
    night twelve hours on; "twelve o'clock midnight" is 24:00."""
    hour = _said_number(g.get("hour_oc") or g["hour_oc2"], vocab)
    later = g.get("oc_part") or g.get("oc_part2") or g.get("oc_night") or g.get("oc_night2")
    named = (g.get("oc_named") or "").lower()
    if named == "midnight" or (hour == 12 and (g.get("oc_night") or g.get("oc_night2"))):
        return "24:00"
    if later and later.lower() != "morning" and hour < 12:
        hour += 12
    elif later and later.lower() == "morning" and hour == 12:
        hour = 0
    return f"{hour:02d}:{g.get('minute_oc2') or '00'}"


def _spoken_clock(g: dict[str, str], vocab: dict[str, Any]) -> str | None:
    """The HH:MM of "half past nine", "a quarter to midnight", "twenty past six in the evening", "ten minutes to
    noon"."""
    to = bool(g.get("sp_hour_to") or g.get("sp_named_to"))
    if g.get("sp_half"):
        minutes = 30
    elif g.get("sp_quarter") or g.get("sp_quarter_to"):
        minutes = 15
    else:
        minutes = _said_number((g.get("sp_min") or g.get("sp_min_to") or g["sp_min_named"]).replace("-", " "), vocab)
        if not 0 < minutes < 60:
            return None
    named = (g.get("sp_hour") or g.get("sp_hour_to") or g["sp_named_to"]).lower()
    ampm = (g.get("sp_ampm") or "").lower()
    part = (g.get("sp_part") or "").lower()
    after_noon = ampm.startswith("p") or part in ("afternoon", "evening") or bool(g.get("sp_night"))
    before_noon = ampm.startswith("a") or part == "morning"
    if named in ("noon", "midnight"):
        hour = 12 if named == "noon" else (24 if to else 0)
    else:
        hour = _said_number(named, vocab)
        if hour == 12 and (before_noon or g.get("sp_night")):
            hour = 0  # "half past twelve at night": 00:30
        elif after_noon and hour < 12:
            hour += 12  # "a quarter to eight in the evening": 19:45
    total = hour * 60 + (-minutes if to else minutes)
    if total < 60 and not (before_noon or after_noon or named in ("noon", "midnight")):
        total += 12 * 60  # "a quarter to one": 12:45, as "ten o'clock" is 10:00
    return f"{total // 60:02d}:{total % 60:02d}"


NORMALIZERS = {
    "calendar": calendar,
    "spelled_year": spelled_year,
    "quarter_anaphor": quarter_anaphor,
    "quarter_ended": quarter_ended,
    "year_period": year_period,
    "the_year": the_year,
    "compared_period": compared_period,
    "decade": decade,
    "century": century,
    "holiday": holiday,
    "nth_weekday": nth_weekday,
    "season": season,
    "quarter": quarter,
    "half": half,
    "year_range": year_range,
    "dct_day_shifted": dct_day_shifted,
    "week_of": week_of,
    "formal_day": formal_day,
    "week": week,
    "day_deictic": day_deictic,
    "weekday": weekday,
    "relative_unit": relative_unit,
    "shifted": shifted,
    "duration": duration,
    "century_part": century_part,
    "long_duration": long_duration,
    "deictic": deictic,
    "frequency": frequency,
    "clock": clock,
}


def normalize_match(match: Match, vocab: dict[str, Any]) -> Partial | None:
    """The ``Partial`` for one grammar match, or None when the match is rejected."""
    return NORMALIZERS[match.normalizer](match, vocab)
