"""Dates at a precision: the ``DateValue`` every resolved expression becomes, and the calendar
arithmetic the resolution rules of ``rhetoric.extract.dates`` use (months added, weekdays
found, parts of months and years, seasons), plus ``stated_span`` for hand-coded dates.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from dataclasses import dataclass

PRECISIONS = ("day", "month", "year", "interval")


@dataclass(frozen=True)
class DateValue:
    value: str  # ISO truncated to precision; for 'interval' the earliest day
    precision: str  # 'day' | 'month' | 'year' | 'interval'
    earliest: dt.date
    latest: dt.date

    @classmethod
    def day(cls, d: dt.date) -> "DateValue":
        return cls(d.isoformat(), "day", d, d)

    @classmethod
    def month(cls, year: int, month: int) -> "DateValue":
        last = calendar.monthrange(year, month)[1]
        return cls(f"{year:04d}-{month:02d}", "month", dt.date(year, month, 1), dt.date(year, month, last))

    @classmethod
    def year(cls, year: int) -> "DateValue":
        return cls(f"{year:04d}", "year", dt.date(year, 1, 1), dt.date(year, 12, 31))

    @classmethod
    def interval(cls, earliest: dt.date, latest: dt.date) -> "DateValue":
        return cls(earliest.isoformat(), "interval", earliest, latest)


@dataclass(frozen=True)
class TemporalExpression:
    start: int
    end: int
    text: str
    date: DateValue | None


_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
#: A weekday's name, whole or shortened ("wed", "thurs"), to its index from Monday.
_WEEKDAY_INDEX = {w.lower(): i for i, w in enumerate(WEEKDAYS)} | \
    {w[:3].lower(): i for i, w in enumerate(WEEKDAYS)} | {"tues": 1, "thur": 3, "thurs": 3}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_NUMBERS.update(_TENS)
_NUMBERS.update({f"{t}-{u}": n + _NUMBERS[u] for t, n in _TENS.items()
                 for u in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")})
_VAGUE_COUNTS = {"a few": (2, 4), "few": (2, 4), "several": (3, 7), "a couple of": (2, 3),
                 "a couple": (2, 3), "some": (2, 7)}

# --- arithmetic -------------------------------------------------------------------------

def month_num(name: str) -> int:
    return _MONTHS[name.rstrip(".").lower()]


_ORDINAL_DAYS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}
_ORDINAL_DAYS.update({f"twenty-{w}": 20 + n for w, n in list(_ORDINAL_DAYS.items())[:9]})
_ORDINAL_DAYS.update({"thirtieth": 30, "thirty-first": 31})


def day_num(text: str) -> int:
    """The day of the month of "5", "5th", "fifth" (``date_patterns.DAY_WORD``) or "the fifth"
    (``DAY_AFTER_MONTH``)."""
    text = re.sub(r"^[Tt][Hh][Ee]\s+", "", text)
    m = re.match(r"[0-9]+", text)
    return int(m.group(0)) if m else _ORDINAL_DAYS[text.lower()]


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def shift_date(d: dt.date, months: int) -> dt.date:
    y, m = add_months(d.year, d.month, months)
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def count_of(text: str) -> tuple[int, int]:
    t = re.sub(r"\s+", " ", text.lower())
    if t in _VAGUE_COUNTS:
        return _VAGUE_COUNTS[t]
    n = int(t) if t.isdigit() else _NUMBERS[t]
    return n, n


def unit_of(text: str) -> str:
    return text.lower().rstrip("s")


def span_from(base: dt.date, lo: int, hi: int, unit: str, sign: int) -> DateValue:
    """The date(s) ``lo``..``hi`` units before (sign -1) or after (+1) ``base``."""
    if unit == "day":
        a, b = base + dt.timedelta(days=sign * lo), base + dt.timedelta(days=sign * hi)
        return DateValue.day(a) if lo == hi else DateValue.interval(min(a, b), max(a, b))
    if unit == "week":
        a, b = base + dt.timedelta(days=sign * 7 * lo), base + dt.timedelta(days=sign * 7 * hi)
        a, b = min(a, b) - dt.timedelta(days=3), max(a, b) + dt.timedelta(days=3)
        return DateValue.interval(a, b)
    if unit == "month":
        if lo == hi:
            y, m = add_months(base.year, base.month, sign * lo)
            return DateValue.month(y, m)
        a, b = shift_date(base, sign * lo), shift_date(base, sign * hi)
        return DateValue.interval(min(a, b), max(a, b))
    if lo == hi:
        return DateValue.year(base.year + sign * lo)
    a, b = base.year + sign * lo, base.year + sign * hi
    return DateValue.interval(dt.date(min(a, b), 1, 1), dt.date(max(a, b), 12, 31))


def end_after(base: dt.date, n: int, unit: str) -> dt.date:
    """``base`` moved by exactly ``n`` days, weeks, months or years."""
    if unit == "day":
        return base + dt.timedelta(days=n)
    if unit == "week":
        return base + dt.timedelta(days=7 * n)
    return shift_date(base, n if unit == "month" else 12 * n)


def yearless_day(month: int, day: int, ref: dt.date, future: bool, told_past: bool = False,
                 published: dt.date | None = None) -> DateValue | None:
    """The day without a year: the last one on or before the reference, unless the next one
    comes within a month (or half a year after a future cue); always the last one when a verb
    in the past tells it ("ran on 3 January"), but for a next one that is still before the
    text was written (``published``), when the reference is a day the story told earlier ("I
    was suspended on 17 October" under "9 October 2025" in a statement written in March 2026)."""
    past = None
    for y in (ref.year, ref.year - 1):
        d = safe_date(y, month, day)
        if d and d <= ref:
            past = d
            break
    nxt = None
    for y in (ref.year, ref.year + 1):
        d = safe_date(y, month, day)
        if d and d > ref:
            nxt = d
            break
    past_only = told_past and past and (published is None or nxt is None or nxt > published)
    if nxt and not past_only and ((nxt - ref).days <= 31 or (future and (nxt - ref).days < 183)):
        return DateValue.day(nxt)
    return DateValue.day(past) if past else None


def yearless_month(month: int, ref: dt.date, future: bool, nearest: bool = False) -> DateValue:
    """The month without a year: the last one on or before the reference, the next one after
    a future cue, the nearer of the two after a past schedule ("were due in January")."""
    if nearest and month != ref.month:
        ahead = (month - ref.month) % 12
        future = ahead < 6
    if future and month != ref.month:
        return DateValue.month(ref.year if month > ref.month else ref.year + 1, month)
    return DateValue.month(ref.year if month <= ref.month else ref.year - 1, month)


def part_of_month(part: str, year: int, month: int) -> DateValue:
    p = part.lower()
    last = calendar.monthrange(year, month)[1]
    if p == "early" or "beginning" in p or "start" in p or "first" in p or "opening" in p:
        lo, hi = 1, 10
    elif "mid" in p or "middle" in p:
        lo, hi = 11, 20
    else:
        lo, hi = 21, last
    return DateValue.interval(dt.date(year, month, lo), dt.date(year, month, hi))


def part_of_year(part: str, year: int) -> DateValue:
    p = part.lower()
    if "days" in p or "weeks" in p:  # ("the final days of 2022": its last month; "the first weeks of 2024": its first)
        first = "first" in p or "opening" in p
        return DateValue.interval(dt.date(year, 1, 1), dt.date(year, 1, 31)) if first else \
            DateValue.interval(dt.date(year, 12, 1), dt.date(year, 12, 31))
    if p == "early" or "beginning" in p or "start" in p or "first" in p or "opening" in p:
        return DateValue.interval(dt.date(year, 1, 1), dt.date(year, 4, 30))
    if "mid" in p or "middle" in p:
        return DateValue.interval(dt.date(year, 5, 1), dt.date(year, 8, 31))
    return DateValue.interval(dt.date(year, 9, 1), dt.date(year, 12, 31))


_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}


def season_of(name: str, year: int) -> DateValue:
    a, b = _SEASONS[name.lower()]
    end_year = year + 1 if b < a else year
    return DateValue.interval(dt.date(year, a, 1), dt.date(end_year, b, calendar.monthrange(end_year, b)[1]))


def weekday_date(name: str, ref: dt.date, forward: bool) -> dt.date:
    target = _WEEKDAY_INDEX[name.lower()]
    if forward:
        delta = (target - ref.weekday()) % 7 or 7
        return ref + dt.timedelta(days=delta)
    return ref - dt.timedelta(days=(ref.weekday() - target) % 7)


def year_ok(year: int, ref: dt.date) -> bool:
    return 1900 <= year <= ref.year + 30



# --- stated dates --------------------------------------------------------------------------

def as_date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def is_blank(value) -> bool:
    # math.isnan: pd.isna of a float (NaN, numpy's too), without importing pandas into the extraction
    return value is None or (isinstance(value, float) and math.isnan(value)) or str(value).strip() == ""


def stated_span(value, precision, latest=None) -> tuple[dt.date, dt.date] | None:
    """(earliest, latest) of a stated date such as ("2025-10", "month"); None if blank.

    An 'interval' gives only its earliest day in ``value``; its latest is ``latest`` when
    known (e.g. from events.csv), else the interval is taken as that one day.
    """
    if is_blank(value) or is_blank(precision):
        return None
    v, p = str(value).strip(), str(precision).strip()
    try:
        if p == "year":
            y = int(v[:4])
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        if p == "month":
            dv = DateValue.month(int(v[:4]), int(v[5:7]))
            return dv.earliest, dv.latest
        d = dt.date.fromisoformat(v[:10])
        if p == "interval" and not is_blank(latest):
            return d, as_date(latest)
        return d, d
    except ValueError:
        return None
