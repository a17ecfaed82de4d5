"""Date resolution: find temporal expressions in English news text and resolve them to dates
(a day kept in Portuguese or Spanish, "sábado, 15 de abril", is read as English writes it:
``in_english_months``).

This is the one place in the project where a phrase such as "on Wednesday", "last December" or
"within days" becomes a date. Everything is a single compiled regular expression plus
resolution rules written here (no third-party date parser), so it is fast (one pass per text)
and every decision is visible below.

API
---
``find_temporal_expressions(text, reference, offset=0, anchor=None)``
    every temporal expression in ``text`` (offsets shifted by ``offset``), in order, each with
    its resolved ``DateValue`` or ``None`` when it is recognised but cannot be resolved
    (e.g. "in recent years", or "within days" with no anchor).
``normalize_date(expression, reference, anchor=None)``
    the ``DateValue`` of the first resolvable expression in ``expression``, else ``None``.

``reference`` is the publication date of the article; ``anchor`` is the date of the event the
text is talking about, used by expressions relative to an event ("a day later", "the same day",
"within days", "just days before"). When the same sentence (the text between sentence stops)
states an explicit day date, that date is the anchor instead: before the expression for
"the same day", "a day later", "within days"; after it for "days before X" ("just days before
the elections on October 12") and, in the same phrase (no comma between), for "days after X"
("three days after talks in Istanbul on 2 May"). For "N months ahead of schedule" / "N months early" the anchor
is the date the thing was scheduled for, and the expression resolves to anchor minus N.

DateValue
---------
``value`` is ISO truncated to the precision ("2025", "2025-10", "2025-10-08"); for
``precision == 'interval'`` it is the earliest day. ``earliest``/``latest`` are the first and
last day the expression can mean. A month stays a month (precision 'month', not the 1st).

Rules (each is one alternative of ``date_patterns.PATTERN``)
-----------------------------------------------
Explicit dates
  * "October 9, 2025", "Oct. 9 2025", "9 October 2025", "9th of October, 2025" -> day.
  * "2025-10-09" (ISO) -> day; "24.3.2025" (dotted, day first) -> day.
  * "21/01/2026" (day first), "1/27/2025" (month first), "10/10/2025" -> day, read only where the
    order cannot be mistaken: "03/04/2025" is not read.
  * "Wednesday, October 8[, 2025]", "Wednesday 8 October" -> day of the stated date (the named
    weekday is not used to resolve; ``rhetoric.analysis.timeline`` checks it against the date).
  * "October 8-9[, 2025]", "8-9 October [2025]" -> interval.
  * "October 2025", "October of 2025", "Oct. 2025" -> month.
  * "early/mid/late October [2025]" (also "mid-October", "the end of October", "the beginning
    of October") -> interval: early = days 1-10, mid = 11-20, late/end = 21-last;
    "beginning/start of" = early.
  * "early/mid/late 2025", "the end of 2025" -> interval: early = Jan-Apr, mid = May-Aug,
    late/end = Sep-Dec.
  * "summer/spring/autumn/fall/winter [of] 2025" -> interval (northern seasons:
    spring Mar-May, summer Jun-Aug, autumn Sep-Nov, winter Dec-Feb starting in that year).
  * "the first/second/third/fourth quarter of 2025", "Q3 2025" -> interval; "the first/second
    half of 2023" -> interval (Jan-Jun / Jul-Dec); "the start/end of the year" (this/last/next
    year) -> the reference year's early / late part, as for "early/late 2025".
  * "the 1990s" -> interval of the decade.
  * "2019-2021" / "2019 to 2021" -> interval (years).
  * A bare year 1900-2099 ("1999", "in 2013", "the 2023 purchase") -> year, unless:
    preceded by Resolution/No./Article/Section/Flight/Route/Highway/#/$/€/£ or a digit
    separator; followed by a unit or counted noun ("2000 soldiers", "1999 km"); glued to
    letters or other digits ("TB2", "A2025"); or more than 30 years after the reference.
    Numbers under 1900 are never years ("Resolution 1244", "20 seats", "250 kilometers").
  * "since 2015", "since July 2025", "since July", "since October 8" -> the start of the
    period, at its own precision (2015 -> year): the text states when something began; that
    it still goes on at publication is not part of the date.
  * "for 11 months as of October 2025" -> interval from (October 2025 minus 11 months) to the
    end of October 2025.  "as of October 2025" alone is the month.

Future cue: one of will, would, shall, 'll, could, might, scheduled, set to, planned, plans to,
due to, expected, upcoming, forthcoming, coming, next, ahead of, going to, to be held, in the 80
characters *before* the expression within its sentence, and not right after was/were/been/had
("had been scheduled to close on Tuesday" is a past plan). A cue after the expression does not
count ("agreed on Wednesday that no jobs will be cut" is this Wednesday).

Year-less dates ("October 9", "9 October", "in July", "last December")
  * a day without year ("October 9"): the occurrence on or before the reference, unless the
    next occurrence is at most 31 days after the reference, or the sentence has a future cue
    (will, would, scheduled, planned, due, expected, upcoming, next, set to, ...) and the next
    occurrence is less than 183 days ahead: then that next occurrence.
  * a month without year after in/during/since/until/by/from/of/through/throughout/before/
    after/early/mid/late: the month on or before the reference month, unless the sentence has
    a future cue, then the next such month after the reference month; right after a schedule
    told in the past ("were due in January", "was scheduled for June") the nearer of the two.
  * "December of that year", "August the same year": in the year of the last date told with
    its year (``anchoring.EventAnchors``).
  * "last December": the most recent December strictly before the reference month;
    "next December": the first one strictly after; "this December": the reference year.

Weekdays
  * "Wednesday last week", "on Wednesday of next week": that weekday of the week (Monday to
    Sunday) before, after or of the reference's.
  * "last Wednesday": that weekday of the week before the reference's, as "Wednesday last
    week" (on a Friday, nine days before; "last Saturday" on a Saturday, a week before).
  * "Wednesday", "on Wednesday": the most recent such weekday on or before the reference.
    With a future cue in the sentence or "next"/"this coming",
    the first such weekday strictly after the reference. "Bloody Sunday", "Black Friday",
    "Good Friday", "Easter Sunday/Monday", "Super Tuesday", "Ash Wednesday" are not dates.

Relative to the reference (publication date)
  * yesterday / today / tonight / tomorrow -> day (reference -1 / 0 / 0 / +1).
  * "this week" -> interval Monday..reference (Monday..Sunday with a future cue: reference..
    Sunday); "last week" -> previous Monday..Sunday; "next week" -> next Monday..Sunday;
    "earlier this week" -> Monday..reference; "the weekend"/"last weekend" -> the most recent
    Saturday..Sunday before the reference (on or before).
  * "this month" / "last month" / "next month" -> month; "earlier this month" -> interval 1st..
    reference. "this year" / "last year" / "next year" -> year; "earlier this year" -> interval
    1 January..reference.
  * "recently" -> interval reference-30 days..reference; "in recent days" -> -7 days;
    "in recent weeks" -> -28 days; "in recent months" -> -183 days; "the past/last N days
    (weeks, months)" -> that span ending at the reference; "(within) the next/coming N days
    (weeks, months)" -> interval reference..reference + N.
  * "N days ago" -> day; "N weeks ago" -> interval of ±3 days around reference - 7N;
    "N months ago" -> month; "N years ago" -> year. "a few"/"several" give intervals. "N weeks
    ago today", "a year ago today" -> that very day.
  * "in recent years", "the next 6-12 months" are recognised but unresolved (date None).

Relative to the anchor (event date; see above)
  * "the same day" -> anchor; "the next/following day", "a day later" -> anchor + 1;
    "the day before", "the previous day", "a day earlier" -> anchor - 1.
  * "N days/weeks later|after|earlier|before" -> like "ago", from the anchor.
  * "within days" -> interval anchor+1..anchor+7; "within hours" -> anchor..anchor+1;
    "within a week" -> anchor..anchor+7; "within weeks" -> anchor+7..anchor+42;
    "within a month" -> anchor..anchor+31.
  * "(just|only) days before" -> anchor-7..anchor-1; "days later/after" -> anchor+1..anchor+7;
    "weeks before/later" -> 7..42 days; "months before/later" -> 1..11 months.
  * "N months ahead of schedule" / "N months early" -> anchor (the scheduled date) minus N,
    at the precision of the anchor's unit (months -> month, days -> day).
  Without an anchor these expressions are returned with ``date=None``.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re

from rhetoric.actors import fold
from rhetoric.extract import date_patterns as dp
from rhetoric.extract.date_values import (
    WEEKDAYS,
    DateValue,
    TemporalExpression,
    add_months,
    count_of,
    day_num,
    end_after,
    month_num,
    part_of_month,
    part_of_year,
    safe_date,
    season_of,
    shift_date,
    span_from,
    unit_of,
    weekday_date,
    year_ok,
    yearless_day,
    yearless_month,
)

__all__ = ["DateValue", "TemporalExpression", "find_temporal_expressions", "normalize_date",
           "WEEKDAYS", "weekday_named"]


def weekday_named(text: str) -> str | None:
    """The weekday name in an expression ("on Wednesday" -> "Wednesday"), else None."""
    m = re.search(dp.WEEKDAY_NAME, text)
    return m.group(0) if m else None


# --- resolution ------------------------------------------------------------------------------

class _Ctx:
    """What a rule may look at besides its own match: reference, anchor, the sentence around."""

    __slots__ = ("ref", "anchor", "future", "anchor_before", "anchor_after", "anchor_after_phrase", "scheduled",
                 "retrospective", "told_past", "opening_past", "published", "year_told", "story_year", "slash_order")

    def __init__(self, ref, anchor, future, anchor_before, anchor_after, anchor_after_phrase=None, scheduled=False,
                 retrospective=False, told_past=False, opening_past=False, published=None, year_told=None, story_year=None,
                 slash_order=None):
        self.ref, self.anchor, self.future = ref, anchor, future
        self.slash_order = slash_order  # the order of the whole text's slashed dates (``slash_order``), if told
        #: the year the text last told with a month before the expression ("April 2012"), a
        #: function of the month asked only when a weekday fits no year near the reference
        #: (``find_temporal_expressions``' ``story_year``)
        self.story_year = story_year
        # a month or a day told with its year earlier in the sentence ("In September 2024 she did
        # not invite the king to her inauguration on 1 October"): a day without its year after it
        # is the first such day from it on, when that comes within ``STORY_DAYS`` of it
        self.year_told = year_told
        self.told_past = told_past  # a verb in the past right before it: "ran on 3 January"
        # a clause in the past after it ("On 20 March the ministry summoned …"): the last such day
        # when the next one is after the text's publication (``published``, else the reference)
        self.opening_past, self.published = opening_past, published or ref
        self.retrospective = retrospective  # a piece that looks back a year ("a year ago today", "on this day")
        self.scheduled = scheduled  # after a past schedule: "were due in", "was scheduled for"
        self.anchor_before, self.anchor_after = anchor_before, anchor_after
        self.anchor_after_phrase = anchor_after_phrase


_ANCHORED = {"anch_fixed", "anch_nth", "anch_period", "anch_wd", "anch_wd_ba", "m_that_y", "within", "anch_vague", "ahead", "dom"}


_HOLIDAYS = {"christmas day": (12, 25), "christmas": (12, 25), "christmas eve": (12, 24),
             "orthodox christmas": (1, 7), "new year's day": (1, 1), "new year's eve": (12, 31),
             "boxing day": (12, 26), "valentine's day": (2, 14), "halloween": (10, 31), "bastille day": (7, 14)}


def _resolve_day_parts(kind: str, m: re.Match, c: _Ctx) -> DateValue | None:
    """"this morning" (the reference day; "last night" the day before); "Sunday the 19th" (the
    last date on or before the reference, within a year, that is the 19th and a Sunday); "on the
    21st" (the first 21st from the day the text told before, "On March 3 … On the 5th"; with
    none, the last 21st on or before the reference, or with a future cue the next one)."""
    g = m.group
    if kind == "part_day":
        w = re.sub(r"\s+", " ", g("part_day_w").lower())
        return DateValue.day(c.ref - dt.timedelta(days=1 if w == "last night" else 0))
    if kind == "dom":  # "on the 21st": see the docstring
        day = day_num(g("dom_d"))
        base = c.anchor_before or c.anchor
        if base is None:
            return None  # (an anchored kind: counted from the time the text told before, else left)
        if base != c.ref:  # (a day told before: "On March 3 … On the 5th")
            y, mth = (base.year, base.month) if day >= base.day else add_months(base.year, base.month, 1)
            d = safe_date(y, mth, day)
            if d is not None and d > c.ref and day < base.day:
                # (not past the text's day: "Thursday 9 October" … "on the evening of the 8th", written
                # on the 31st, is the 8th before the day told, not of November)
                d = safe_date(base.year, base.month, day)
            return DateValue.day(d) if d is not None else None
        y, mth = c.ref.year, c.ref.month
        if c.future:
            d = safe_date(y, mth, day)
            return DateValue.day(d) if d is not None and d >= c.ref else \
                (DateValue.day(d2) if (d2 := safe_date(*add_months(y, mth, 1), day)) else None)
        for _ in range(3):
            d = safe_date(y, mth, day)
            if d is not None and d <= c.ref:
                return DateValue.day(d)
            y, mth = add_months(y, mth, -1)
        return None
    target, day = WEEKDAYS.index(g("wd_d_w")), day_num(g("wd_d_d"))
    y, mth = c.ref.year, c.ref.month
    for _ in range(14):
        d = safe_date(y, mth, day)
        if d is not None and d <= c.ref and d.weekday() == target:
            return DateValue.day(d)
        y, mth = add_months(y, mth, -1)
    return None


def _resolve_relative_year(kind: str, m: re.Match, c: _Ctx) -> DateValue | None:
    """"18 March last year", "March 18 this year", "December last year", "on Christmas Day"."""
    g = m.group
    if kind in ("holiday", "saint"):
        month, day = _HOLIDAYS[re.sub(r"\s+", " ", g("holiday_h").lower().replace("’", "'"))] if kind == "holiday" \
            else dp.SAINTS_DAYS[g("saint_n")]
        if g(f"{kind}_y"):
            d = safe_date(int(g(f"{kind}_y")), month, day)
            return DateValue.day(d) if d else None
        return yearless_day(month, day, c.ref, c.future)
    step = {"last": -1, "this": 0, "next": 1}[g(f"{kind}_r").lower()]
    year = c.ref.year + step
    month = month_num(g(f"{kind}_m"))
    if kind == "m_rel":
        return DateValue.month(year, month)
    d = safe_date(year, month, day_num(g(f"{kind}_d")))
    return DateValue.day(d) if d else None


def _past_if_told(found: DateValue | None, month: int, day: int, c: _Ctx) -> DateValue | None:
    """``found``, or the last such day before it when a clause in the past follows the day
    (``_Ctx.opening_past``) and ``found`` is after the text's publication ("On the last day of March
    the site reported …" written on 6 March: last year's)."""
    if found is None or not c.opening_past or c.future or found.earliest <= c.published:
        return found
    return yearless_day(month, day, c.ref, False, True)


#: How far after a month or a day told with its year a day without one may lie to be of that year.
STORY_DAYS = 62


def _in_year_told(month: int, day: int, c: _Ctx) -> DateValue | None:
    """The first ``day`` of ``month`` on or after the date told with its year earlier in the
    sentence (``_Ctx.year_told``), when it lies within ``STORY_DAYS`` of that date's end and no
    future cue comes before it; else None."""
    told = c.year_told
    if told is None or c.future:
        return None
    for year in (told.earliest.year, told.earliest.year + 1):
        d = safe_date(year, month, day)
        if d is not None and d >= told.earliest:
            return DateValue.day(d) if (d - told.latest).days <= STORY_DAYS else None
    return None


def _day_in_month(year: int, month: int, edge: str, which: str) -> dt.date:
    """The day "the first day", "the last day" or "the second Saturday" of a month names
    (``edge_m``)."""
    last = calendar.monthrange(year, month)[1]
    if which == "day":
        return dt.date(year, month, last if edge == "last" else day_num(edge))
    wd = WEEKDAYS.index(which.capitalize())
    if edge == "last":
        end = dt.date(year, month, last)
        return end - dt.timedelta(days=(end.weekday() - wd) % 7)
    first = dt.date(year, month, 1) + dt.timedelta(days=(wd - dt.date(year, month, 1).weekday()) % 7)
    return first + dt.timedelta(weeks=day_num(edge) - 1)


#: The slashed dates: with their year ("08/10/2025") and without, at a line's start ("**31/12, BEIJING.**").
_SLASHED = ("slashed", "slashdm")
#: Two numbers with a slash, and perhaps a year: the pairs ``slash_order`` counts (a class first, so
#: that ``re`` skips to the digits; what stands before them is tested after).
_SLASHED_PAIR = re.compile(r"[0-9][0-9]?/[0-9][0-9]?(?P<y>/(?:19|20)[0-9]{2})?(?![0-9]|/[0-9])")
#: How near the reference the reading of an ambiguous slashed date must fall when the text does not
#: tell its order: about half a year, a news text's own time.
_SLASH_NEAR_DAYS = 183
#: A counted noun, a plural, after a pair of numbers with a slash: "**09/12** households", "12/20 families"
#: (not an entry's time, "**28/01** late evening", nor its words, "**15/02** fieldwork begins").
_COUNTED_AFTER_PAIR = re.compile(r"[*_]*[ \t]+[a-z]+s(?![\w'’-])")
#: What may stand before a date that opens a line: emphasis, a heading's or a list's marks.
_LINE_OPENING = re.compile(r"[ \t*_#>|•·(\[-]*")


def slash_order(text: str) -> str | None:
    """The order most of a text's slashed dates use (with their year, or opening an entry's line)
    where one number cannot be a month: the day first, "dm" ("21/01/2026", "**23/01, GAO.**"), or
    the month first, "md" ("1/27/2025"); None when it has neither, or as many of each."""
    orders = []
    for m in _SLASHED_PAIR.finditer(text) if "/" in text else ():
        if m.start() and text[m.start() - 1] in "0123456789/.,":
            continue
        if not m.group("y") and not (len(m.group()) == 5 and
                                     _LINE_OPENING.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start())):
            continue  # (without its year, a day and a month that open an entry's line only: "**23/01, GAO.**")
        a, b = (int(n) for n in m.group().split("/")[:2])
        if 0 < a <= 31 and 0 < b <= 31 and (a > 12) != (b > 12):
            orders.append("dm" if a > 12 else "md")
    dm, md = orders.count("dm"), orders.count("md")
    return "dm" if dm > md else "md" if md > dm else None


def _slashed(m: re.Match, ref: dt.date, future: bool, order: str | None = None,
             published: dt.date | None = None) -> DateValue | None:
    """A slashed date's day: in the only order its numbers allow ("21/01/2026", "1/27/2025",
    "10/10/2025"), but for a pair without its year that the text's other slashed dates would write
    the other way ("12/20" in a text of "23/01": no date); else in the order they use ("08/10/2025" beside "13/10/2025"); else the reading
    nearer the reference of those within ``_SLASH_NEAR_DAYS`` of it, one not after it first but for
    a future cue ("08/10/2025" in a notice of 13 October 2025: 8 October, not 10 August);
    else None. Without a year, each reading is the day's nearest occurrence (``yearless_day``).
    ``order``: the whole text's, when the text searched is a part of it."""
    kind = m.lastgroup
    a, b = int(m.group(f"{kind}_a")), int(m.group(f"{kind}_b"))
    year = int(m.group("slashed_y")) if kind == "slashed" else None
    named = _WEEKDAY_NAMED_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) if year is not None else None
    if named is not None and a <= 12 and b <= 12 and a != b:
        # ("Sunday 05/02/2021": 2 May, a Sunday, not 5 February, a Friday; the weekday says which, whatever order
        # the text's other dates use)
        wd = [w[:3] for w in WEEKDAYS].index(named.group(1)[:3].title())
        fits = [d for month, day in ((b, a), (a, b)) if (d := safe_date(year, month, day)) is not None and d.weekday() == wd]
        if len(fits) == 1:
            return DateValue.day(fits[0])
    order = (order or slash_order(m.string)) if a != b else None
    if a > 12 or b > 12 or a == b:
        if year is None and order == ("md" if a > 12 else "dm") and a != b:
            return None  # (a pair the text's days are not written as: no date; one with its year is read, "12/27/2017")
        readings = [(b, a)] if a > 12 or a == b else [(a, b)]  # (month, day)
    else:
        readings = [(b, a)] if order == "dm" else [(a, b)] if order == "md" else [(b, a), (a, b)]
    days = []
    for month, day in readings:
        if month > 12:
            continue
        if year is None:
            value = yearless_day(month, day, ref, future)
        else:
            value = DateValue.day(d) if (d := safe_date(year, month, day)) else None
        if value is not None:
            days.append(value)
    if len(readings) > 1:
        days = [v for v in days if abs((v.earliest - ref).days) <= _SLASH_NEAR_DAYS]
        last = published or ref
        if not future and any(v.earliest <= last for v in days):
            # (a day before the text's publication first, "On 07/11/2019 Tsai left"; not before a log's last
            # entry, "**08/01, KHARTOUM.**" after "**04/01**", the reference it counts from)
            days = [v for v in days if v.earliest <= last]
        days.sort(key=lambda v: abs((v.earliest - ref).days))
    return days[0] if days else None


def _full_year(year: int, ref: dt.date) -> int:
    """A year written in two digits in full: "Wed 8.10.25" is 2025's; "Fri 17.3.98" 1998's (a year
    more than ten ahead of the reference is the last century's)."""
    if year >= 100:
        return year
    return year + (2000 if 2000 + year <= ref.year + 10 else 1900)


def _resolve_explicit(kind: str, m: re.Match, c: _Ctx) -> DateValue | None:
    """Stated dates: a day with or without a year, a range of days, a month and year, ``since``."""
    g = m.group
    ref = c.ref
    if kind in ("wd_mdy", "wd_dmy", "mdy", "dmy", "md", "dm", "dotdm"):
        month = int(g("dotdm_m")) if kind == "dotdm" else month_num(g(f"{kind}_m"))
        day = day_num(g(f"{kind}_d"))
        ytext = g(f"{kind}_y") if kind not in ("md", "dm", "dotdm") else None
        if ytext:
            d = safe_date(int(ytext), month, day)
            return DateValue.day(d) if d else None
        found = _in_year_told(month, day, c) or \
            _past_if_told(yearless_day(month, day, ref, c.future, c.told_past and not c.future,
                                       None if _HAD_BEFORE.search(m.string, max(0, m.start() - 60), m.start()) else c.published),
                          month, day, c)
        if kind in ("wd_mdy", "wd_dmy") and (found is None or found.earliest.weekday() != (
                wd := WEEKDAYS.index(g(f"{kind}_wd").capitalize()))):
            # ("TUESDAY, SEPTEMBER 23" under a section of 1 August: the weekday tells the year)
            # (a weekday written wrong moves no date by a year; but one that fits the day a year
            # before an anniversary piece's, "It was a Wednesday, 8 October" published on 8 October
            # 2026, is that year's)
            # (only in a piece that says it looks back: else a weekday one day off, "Monday, 6 October"
            # in a week when the 6th is a Tuesday, is a slip, and moves no date by a year)
            near = c.retrospective and found is not None and abs((found.earliest - ref).days) <= 31
            fits = [d for y in (ref.year - 1, ref.year, ref.year + 1)
                    if (d := safe_date(y, month, day)) is not None and d.weekday() == wd
                    and (abs((d - ref).days) < 200 or near and 0 < (ref - d).days <= 400)]
            if not fits and c.story_year is not None and (told := c.story_year(month)) is not None and \
                    told <= ref.year and (d := safe_date(told, month, day)) is not None and d.weekday() == wd:
                # ("Thursday 12 April" in a scenario book of 2024 after "10–23 APRIL 2012": the year the
                # text last told, of the same month, before the reference, when its 12 April is a Thursday;
                # "The file opens in June 2023. … on Wednesday 21 June", written in August 2024, too)
                fits = [d]
            found = DateValue.day(min(fits, key=lambda d: abs((d - ref).days))) if fits else found
        return found
    if kind == "edge_m":  # "the last day of March": its first or last day
        edge, which = g("edge_m_e").lower(), g("edge_m_w").lower()
        which = "saturday" if which == "weekend" else which  # ("the last weekend of July": from its Saturday)
        if g("edge_m_rel"):  # ("the first day of this month": of the month the reference is in)
            year, month = add_months(ref.year, ref.month, {"this": 0, "last": -1, "next": 1}[g("edge_m_rel").lower()])
            return DateValue.day(_day_in_month(year, month, edge, which))
        month, ytext = month_num(g("edge_m_m")), g("edge_m_y")
        year = int(ytext) if ytext else (yearless_day(month, 1, ref, c.future, c.told_past and not c.future) or
                                         DateValue.day(ref)).earliest.year
        day = _day_in_month(year, month, edge, which).day
        if ytext or which != "day":  # (a weekday counted in a month without its year: that year's, as the month's)
            return DateValue.day(dt.date(year, month, day))
        return _past_if_told(yearless_day(month, day, ref, c.future, c.told_past and not c.future), month, day, c)
    if kind == "ymd":
        d = safe_date(int(g("ymd_y")), month_num(g("ymd_m")), day_num(g("ymd_d")))
        return DateValue.day(d) if d else None
    if kind in ("iso", "compact", "dotted"):
        year = _full_year(int(g(f"{kind}_y")), ref)
        month = g(f"{kind}_m")
        if kind == "dotted" and len(g("dotted_y")) == 2 and month.isdigit() and \
                not _WEEKDAY_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) and \
                not ref.year - _DATE_LINE_YEARS <= year <= ref.year + 1:
            return None  # (a date line of its own, "**1.3.22**", within a few years before the text only: not
            # a section's or a version's number, "**4.2.10**", "### 2.1.25")
        month_n = int(month) if month.isdigit() else dp.ROMAN_MONTH_NUMBER[month.upper()]
        d = safe_date(year, month_n, int(g(f"{kind}_d")))
        if kind == "dotted" and g("dotted_d0") and d is not None and int(g("dotted_d0")) < d.day:
            # ("25–27.07.2024": a run of days, as "25–27 July 2024" is; "on the second day" counts from its first)
            first = safe_date(year, month_n, int(g("dotted_d0")))
            return DateValue.interval(first, d) if first else None
        return DateValue.day(d) if d else None
    if kind in _SLASHED:
        return _slashed(m, c.ref, c.future, c.slash_order, c.published)
    if kind in ("mdd", "ddm"):
        month = month_num(g(f"{kind}_m"))
        d1, d2 = day_num(g(f"{kind}_d1") or g("ddm_w1") or g("ddm_v1") or g("ddm_l1")), day_num(g(f"{kind}_d2"))
        ytext = g(f"{kind}_y")
        if ytext:
            year = int(ytext)
        else:
            first = yearless_day(month, d1, ref, c.future)
            if first is None:
                return None
            year = first.earliest.year
        a, b = safe_date(year, month, d1), safe_date(year, month, d2)
        if g("ddm_vw") and a is not None and b is None or a is not None and b is not None and b < a and g("ddm_vw"):
            # ("Sunday 30 and Monday 1 December": the first day is of the month before)
            a = safe_date(*add_months(year, month, -1), d1)
            b = safe_date(year, month, d2)
        if g("ddm_vw") and a is not None and b is not None and (b - a).days > 1 and \
                re.search(r"\sand\s", m.string[m.start("ddm_v1"):m.start("ddm_d2")]):
            return DateValue.day(a)  # ("on Monday 6 and Friday 10 October": two days, not a span; the first)
        if g("ddm_l1") and a is not None:  # a list of days: a run of days, else its first ("on 3 and 17 May")
            listed = [int(x) for x in re.findall(r"\d+", m.string[m.start("ddm_l1"):m.end("ddm_d2")])]
            if any(y - x != 1 for x, y in zip(listed, listed[1:])):
                return DateValue.day(a)
        return DateValue.interval(a, b) if a and b and a <= b else None
    if kind in ("my", "ym"):
        year = int(g(kind + "_y"))
        return DateValue.month(year, month_num(g(kind + "_m"))) if year_ok(year, ref) else None
    if kind == "dmony":
        year = _full_year(int(g("dmony_y")), ref)  # ("28SEP21")
        d = safe_date(year, month_num(g("dmony_m").title()), int(g("dmony_d"))) if year_ok(year, ref) else None
        return DateValue.day(d) if d else None
    if kind == "for_asof":
        lo, hi = count_of(g("for_asof_n"))
        end = DateValue.month(int(g("for_asof_y")), month_num(g("for_asof_m")))
        start = span_from(end.earliest, hi, hi, unit_of(g("for_asof_u")), -1)
        return DateValue.interval(start.earliest, end.latest)
    if kind == "since_mdy":
        month, day = month_num(g("since_mdy_m")), day_num(g("since_mdy_d"))
        if g("since_mdy_y"):
            d = safe_date(int(g("since_mdy_y")), month, day)
            return DateValue.day(d) if d else None
        return yearless_day(month, day, ref, False)
    if kind == "since_my":
        month = month_num(g("since_my_m"))
        return (DateValue.month(int(g("since_my_y")), month) if g("since_my_y")
                else yearless_month(month, ref, False))
    if kind == "since_y":
        year = int(g("since_y_y"))
        return DateValue.year(year) if year_ok(year, ref) else None
    return None


def _resolve_period(kind: str, m: re.Match, c: _Ctx) -> DateValue | None:
    """Parts of months and years, seasons, quarters, decades, and months named without a year."""
    g = m.group
    ref = c.ref
    if kind == "part_m":
        month = month_num(g("part_m_m"))
        if g("part_m_y"):
            year = int(g("part_m_y"))
        else:
            year = yearless_month(month, ref, c.future).earliest.year
        return part_of_month(g("part_m_p"), year, month)
    if kind == "part_y":
        year = int(g("part_y_y"))
        return part_of_year(g("part_y_p"), year) if year_ok(year, ref) else None
    if kind == "season":
        name, rel, ytext = g("season_s"), (g("season_rel") or "").lower(), g("season_y")
        if ytext:
            return season_of(name, int(ytext))
        if not rel:
            return None  # "in summer" without a year is too vague to place
        this = season_of(name, ref.year)
        if rel in ("last", "past"):
            y = ref.year if this.latest < ref else ref.year - 1
            if name.lower() == "winter" and ref.month <= 2:
                y = ref.year - 2 if rel else y
            return season_of(name, y)
        if rel == "next":
            return season_of(name, ref.year if this.earliest > ref else ref.year + 1)
        return this
    if kind in ("quarter", "qshort"):
        q = g(f"{kind}_q").lower()
        qn = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}.get(q) or int(q)
        year = int(g(f"{kind}_y"))
        m1 = 3 * (qn - 1) + 1
        return DateValue.interval(dt.date(year, m1, 1), dt.date(year, m1 + 2, calendar.monthrange(year, m1 + 2)[1]))
    if kind == "decade":
        y = int(g("decade_y"))
        return DateValue.interval(dt.date(y, 1, 1), dt.date(y + 9, 12, 31))
    if kind == "rel_m":
        month, rel = month_num(g("rel_m_m")), re.sub(r"\s+", " ", g("rel_m_r").lower())
        if rel in ("last", "past"):
            return DateValue.month(ref.year if month < ref.month else ref.year - 1, month)
        if rel in ("next", "this coming"):
            return DateValue.month(ref.year if month > ref.month else ref.year + 1, month)
        return DateValue.month(ref.year, month)
    if kind == "prep_m":
        return yearless_month(month_num(g("prep_m_m")), ref, c.future, nearest=c.scheduled)
    if kind == "head_m":
        return yearless_month(month_num(g("head_m_m")), ref, False)
    if kind == "half_y":
        year = int(g("half_y_y"))
        first = g("half_y_h").lower() in ("first", "1st")
        return (DateValue.interval(dt.date(year, 1, 1), dt.date(year, 6, 30)) if first
                else DateValue.interval(dt.date(year, 7, 1), dt.date(year, 12, 31)))
    if kind == "part_rel_y":
        step = {"the": 0, "this": 0, "last": -1, "next": 1}[g("part_rel_y_r").lower()]
        return part_of_year(re.sub(r"\s+", " ", g("part_rel_y_p")), ref.year + step)
    return None


def _resolve_relative(kind: str, m: re.Match, c: _Ctx) -> DateValue | None:
    """Weekdays, and expressions relative to the publication date (yesterday, last week, N days ago …)."""
    g = m.group
    ref = c.ref
    if kind == "wd":
        if g("wd_week"):  # "on Wednesday last week": that weekday of the week before the reference's
            weeks = {"last": -1, "this": 0, "next": 1}[g("wd_week").lower()]
            sunday = ref + dt.timedelta(days=6 - ref.weekday(), weeks=weeks)
            return DateValue.day(weekday_date(g("wd_w"), sunday, False))  # the one on or before that Sunday
        rel = re.sub(r"\s+", " ", (g("wd_r") or "").lower())
        if g("wd_bl"):  # "the Thursday before last": a week before the last Thursday before the day written
            target = WEEKDAYS.index(g("wd_w"))
            return DateValue.day(ref - dt.timedelta(days=((ref.weekday() - target) % 7 or 7) + 7))
        if rel == "last":  # "last Wednesday" is Wednesday last week (written on a Friday: nine days before)
            return DateValue.day(weekday_date(g("wd_w"), ref - dt.timedelta(days=ref.weekday() + 1), False))
        forward = rel in ("next", "this coming", "coming") or c.future
        return DateValue.day(weekday_date(g("wd_w"), ref, forward))
    if kind == "wd_short":  # "Wed 17:14": the last one before the writing, as a weekday alone (a timetable's
        # rows are of the week it was published in, not counted back from another row's day of that
        # week; under a dated section far from it, "## Friday 26 May 2023", of that section's week)
        base = c.published if c.published is not None and 0 <= (c.published - ref).days <= 7 else ref
        return DateValue.day(weekday_date(g("wd_short_w"), base, c.future))
    if kind == "ago":
        lo, hi = count_of(g("ago_n"))
        unit, direction = unit_of(g("ago_u")), g("ago_d").lower()
        if direction == "ago" and g("ago_today") and lo == hi:  # "a week ago today": that very day
            if unit in ("day", "week"):
                return DateValue.day(ref - dt.timedelta(days=lo * (7 if unit == "week" else 1)))
            return DateValue.day(shift_date(ref, -lo if unit == "month" else -12 * lo))
        if direction == "ago" and g("ago_then") and lo == hi and unit in ("year", "month"):
            # "two years ago last month": last month, two years back; "a year ago this week"
            back = lo * (12 if unit == "year" else 1)
            last = g("ago_then").lower() == "last"
            if g("ago_then_u").lower() == "month":
                return DateValue.month(*add_months(ref.year, ref.month, -back - (1 if last else 0)))
            then = shift_date(ref, -back)
            monday = then - dt.timedelta(days=then.weekday() + (7 if last else 0))
            return DateValue.interval(monday, monday + dt.timedelta(days=6))
        if direction == "ago":
            return span_from(ref, lo, hi, unit, -1)
        return _resolve_anchored(kind, m, c)
    if kind == "recent_vague":
        return None
    if kind == "next_n":
        lo, hi = count_of(g("next_n_n")) if g("next_n_n") else (1, 1)
        return DateValue.interval(ref, end_after(ref, hi, unit_of(g("next_n_u"))))
    if kind == "past_n":
        lo, hi = count_of(g("past_n_n")) if g("past_n_n") else (1, 1)
        unit = unit_of(g("past_n_u"))
        return DateValue.interval(end_after(ref, -hi, unit), ref)
    if kind == "recent":
        w = re.sub(r"\s+", " ", g("recent_w").lower())
        days = {"recently": 30, "in recent days": 7, "in recent weeks": 28, "in recent months": 183}[w]
        return DateValue.interval(ref - dt.timedelta(days=days), ref)
    if kind == "earlier_this":
        unit, earlier = g("earlier_this_u").lower(), g("earlier_this_w").lower() == "earlier"
        if unit == "week":
            mon = ref - dt.timedelta(days=ref.weekday())
            return DateValue.interval(mon, ref) if earlier else DateValue.interval(ref, mon + dt.timedelta(days=6))
        if unit == "month":
            first = ref.replace(day=1)
            last = ref.replace(day=calendar.monthrange(ref.year, ref.month)[1])
            return DateValue.interval(first, ref) if earlier else DateValue.interval(ref, last)
        return (DateValue.interval(dt.date(ref.year, 1, 1), ref) if earlier
                else DateValue.interval(ref, dt.date(ref.year, 12, 31)))
    if kind == "this_unit":
        rel, unit = g("this_unit_r").lower(), g("this_unit_u").lower()
        step = {"this": 0, "last": -1, "past": -1, "next": 1}[rel]
        if unit == "week":
            mon = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=7 * step)
            if step == 0:
                return (DateValue.interval(ref, mon + dt.timedelta(days=6)) if c.future
                        else DateValue.interval(mon, ref))
            return DateValue.interval(mon, mon + dt.timedelta(days=6))
        if unit == "weekend":
            sat = weekday_date("Saturday", ref, forward=(step == 1 or (step == 0 and c.future)))
            if step == -1 and ref.weekday() in (5, 6) and sat == ref - dt.timedelta(days=ref.weekday() - 5):
                sat -= dt.timedelta(days=7)
            return DateValue.interval(sat, sat + dt.timedelta(days=1))
        if unit == "month":
            y, mth = add_months(ref.year, ref.month, step)
            return DateValue.month(y, mth)
        return DateValue.year(ref.year + step)
    if kind == "weekend":
        sat = weekday_date("Saturday", ref, forward=c.future)
        return DateValue.interval(sat, sat + dt.timedelta(days=1))
    if kind == "deictic":
        w, pre = g("deictic_w").lower(), (g("deictic_pre") or "").lower()
        step = -1 if "before" in pre else 1 if "after" in pre else 0
        return DateValue.day(ref + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(w, 0) + step))
    return None


def _resolve_year(kind: str, m: re.Match, c: _Ctx) -> DateValue | None:
    """A year, or a range of years."""
    g = m.group
    ref = c.ref
    if kind == "yy":
        a, b = int(g("yy_a")), int(g("yy_b"))
        if a < b and year_ok(b, ref):
            return DateValue.interval(dt.date(a, 1, 1), dt.date(b, 12, 31))
        return None
    if kind == "year":
        year = int(g("year_y"))
        return DateValue.year(year) if year_ok(year, ref) else None
    return None
    return None


_HOURS = {"twenty-four": 24, "forty-eight": 48, "seventy-two": 72, "a few": 3, "several": 5}


def _resolve_hours_ago(kind: str, m: re.Match, c: _Ctx) -> DateValue | None:
    """"Twenty-four hours ago" (a broadcast's yesterday): the day that many hours before the
    reference, counted in whole days ("a few hours ago" is the reference day)."""
    n = re.sub(r"\s+", " ", m.group("hours_ago_n").lower())
    hours = _HOURS[n] if n in _HOURS else count_of(n)[0]
    return DateValue.day(c.ref - dt.timedelta(days=hours // 24))


_RESOLVERS = {
    "dm_rel": _resolve_relative_year, "md_rel": _resolve_relative_year, "m_rel": _resolve_relative_year,
    "holiday": _resolve_relative_year, "saint": _resolve_relative_year, "part_day": _resolve_day_parts, "wd_d": _resolve_day_parts,
    "dom": _resolve_day_parts,
    "wd_mdy": _resolve_explicit,
    "wd_dmy": _resolve_explicit,
    "mdy": _resolve_explicit,
    "dmy": _resolve_explicit,
    "md": _resolve_explicit,
    "dm": _resolve_explicit,
    "dotdm": _resolve_explicit,
    "edge_m": _resolve_explicit,
    "iso": _resolve_explicit,
    "ymd": _resolve_explicit,
    "compact": _resolve_explicit,
    "dotted": _resolve_explicit,
    "slashed": _resolve_explicit,
    "slashdm": _resolve_explicit,
    "mdd": _resolve_explicit,
    "ddm": _resolve_explicit,
    "my": _resolve_explicit,
    "ym": _resolve_explicit,
    "dmony": _resolve_explicit,
    "for_asof": _resolve_explicit,
    "since_mdy": _resolve_explicit,
    "since_my": _resolve_explicit,
    "since_y": _resolve_explicit,
    "part_m": _resolve_period,
    "part_y": _resolve_period,
    "season": _resolve_period,
    "quarter": _resolve_period,
    "qshort": _resolve_period,
    "decade": _resolve_period,
    "rel_m": _resolve_period,
    "prep_m": _resolve_period,
    "head_m": _resolve_period,
    "half_y": _resolve_period,
    "part_rel_y": _resolve_period,
    "wd": _resolve_relative,
    "wd_short": _resolve_relative,
    "ago": _resolve_relative,
    "hours_ago": _resolve_hours_ago,
    "recent_vague": _resolve_relative,
    "next_n": _resolve_relative,
    "past_n": _resolve_relative,
    "recent": _resolve_relative,
    "earlier_this": _resolve_relative,
    "this_unit": _resolve_relative,
    "weekend": _resolve_relative,
    "deictic": _resolve_relative,
    "yy": _resolve_year,
    "year": _resolve_year,
}


def _resolve(kind: str, m: re.Match, c: _Ctx) -> DateValue | None:
    """The date of a matched expression of kind ``kind`` (one alternative of ``date_patterns.PATTERN``)."""
    if kind in _ANCHORED:
        return _resolve_anchored(kind, m, c)
    resolver = _RESOLVERS.get(kind)
    return resolver(kind, m, c) if resolver else None


def _resolve_anchored(kind: str, m: re.Match, c: _Ctx) -> DateValue | None:
    g = m.group
    if kind == "dom":
        return _resolve_day_parts(kind, m, c)
    if kind == "ahead":
        base = c.anchor
        if base is None:
            return None
        lo, hi = count_of(g("ahead_n"))
        return span_from(base, lo, hi, unit_of(g("ahead_u")), -1)
    text = re.sub(r"\s+", " ", m.group(0).lower())
    backwards = kind in ("anch_vague", "ago") and g(f"{kind}_d").lower() in ("before", "earlier")
    if kind == "anch_fixed" and ("before" in text or "previous" in text or "earlier" in text):
        backwards = True
    # "days before X", "a week after X": X is usually named after the expression, so a date
    # after it wins ("a week after the talks in Istanbul on 2 May"; ``anchor_after`` is only
    # a date of the same phrase, no comma between: "A week after the vote, on 14 May, …" is
    # the date of what happened then); "a week later" counts from the date told before it.
    after_x = kind in ("anch_vague", "ago") and g(f"{kind}_d").lower() == "after"
    if backwards and kind != "anch_fixed":
        base = c.anchor_after or c.anchor
    elif after_x and c.anchor_after_phrase is not None:
        base = c.anchor_after_phrase
    else:
        base = c.anchor_before or c.anchor
    if base is None:
        return None
    if kind == "m_that_y":  # "December of that year": the year of the anchor (``EventAnchors``: the year told)
        return DateValue.month(base.year, month_num(g("m_that_y_m")))
    if kind == "anch_wd_ba":  # "the Friday before", "the Monday after": strictly before / after the day told
        target = WEEKDAYS.index(g("anch_wd_ba_w"))
        if g("anch_wd_ba_d").lower() == "before":
            return DateValue.day(base - dt.timedelta(days=((base.weekday() - target) % 7) or 7))
        return DateValue.day(base + dt.timedelta(days=((target - base.weekday()) % 7) or 7))
    if kind == "anch_wd":  # "that Friday", "the following Thursday": in the week told, after it
        target = WEEKDAYS.index(g("anch_wd_w"))
        back = "previous" in text or "preceding" in text
        delta = (target - base.weekday()) % 7
        if back:
            return DateValue.day(base - dt.timedelta(days=((base.weekday() - target) % 7) or 7))
        if "following" in text or "next" in text:
            delta = delta or 7
        return DateValue.day(base + dt.timedelta(days=delta))
    if kind == "anch_period":  # "that same month", "the same week": the period of the date told
        unit, after = g("anch_period_u").lower(), 1 if g("anch_period_next") else 0  # ("the following month")
        if unit == "month":
            return DateValue.month(*add_months(base.year, base.month, after))
        if unit == "year":
            return DateValue.year(base.year + after)
        if not after:  # ("the same week", "Same week:": the month of the day told, what a week can be said in)
            return DateValue.month(base.year, base.month)
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=after)
        return DateValue.interval(monday, monday + dt.timedelta(days=6))
    if kind == "anch_nth":  # "on the second day": the day told (the first of the days told) and one
        return DateValue.day(base + dt.timedelta(days=_NTH_DAY[g("anch_nth_n").lower()]))
    if kind == "anch_fixed":
        if "same" in text or "in the day" in text or _THAT_PART.match(text) or _IN_THE_PART.search(text) or \
                text.startswith("by "):
            # "the same day", "that evening", "in the afternoon", "by evening": the day told
            return DateValue.day(base)
        return DateValue.day(base + dt.timedelta(days=-1 if backwards else 1))
    if kind == "within":
        w = re.sub(r"\s+", " ", g("within_w").lower())
        span = {"hours": (0, 1), "24 hours": (0, 1), "48 hours": (0, 2), "days": (1, 7),
                "a day": (0, 1), "a week": (0, 7), "weeks": (7, 42), "a month": (0, 31),
                "months": (31, 335)}[w]
        return DateValue.interval(base + dt.timedelta(days=span[0]), base + dt.timedelta(days=span[1]))
    sign = -1 if backwards else 1
    if kind == "anch_vague":
        unit = g("anch_vague_u").lower()
        if unit == "hours":
            return DateValue.interval(*sorted((base, base + dt.timedelta(days=sign))))
        if unit == "months":
            a, b = shift_date(base, sign), shift_date(base, sign * 11)
            return DateValue.interval(min(a, b), max(a, b))
        lo, hi = {"days": (1, 7), "weeks": (7, 42)}[unit]
        a, b = base + dt.timedelta(days=sign * lo), base + dt.timedelta(days=sign * hi)
        return DateValue.interval(min(a, b), max(a, b))
    lo, hi = count_of(g("ago_n"))
    return span_from(base, lo, hi, unit_of(g("ago_u")), sign)


#: How many days after the first day told "the second day" is.
_NTH_DAY = {"first": 0, "opening": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4}
_IN_THE_PART = re.compile(r"in the (?:morning|afternoon|evening)$")
_THAT_PART = re.compile(r"(?i)(?:later\s+|earlier\s+|on\s+)?that\s")


# --- finding ---------------------------------------------------------------------------------

# leading words that do not change the meaning are left out of the expression's span
_LEADING = re.compile(r"(?i:on|in|during|of|by|from|through|throughout|before|after|for|between|and|or|until|till)\s+")


def _bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence (stop to stop) around ``pos`` in ``text``, approximately; a stop may be
    followed by a closing quote or emphasis ("**Will they speak?** On Thursday …")."""
    lo = -1
    for m in _STOP_BEFORE.finditer(text, max(0, pos - 300), pos):
        if text[m.start()] == "." and text[m.end():m.end() + 1].islower() and \
                _ABBREVIATION_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue  # ("at 1 p.m. on Thursday": one sentence)
        lo = m.end() - 1
    stop = dp.SENTENCE_STOP.search(text, pos)
    return lo + 1, stop.start() if stop else len(text)


#: The end of a sentence before an expression: a stop (and closing quotes, brackets or emphasis)
#: and a space, or a line break; not the stop of an abbreviation that a lower-case word goes on
#: from ("at 1 p.m. on Thursday", "the U.S. envoy": ``_ABBREVIATION_BEFORE``).
_STOP_BEFORE = re.compile(r"[.?!\n](?:(?<=\n)|[\"'”’*_)\]]*\s)")  # (class-led: re skips to the stops)
#: A word that ends in an abbreviation's stop: "p.m", "a.m", "U.S", "Mr" (before its stop).
_ABBREVIATION_BEFORE = re.compile(r"(?:[A-Za-z]\.[A-Za-z]|(?<![\w.])(?:Mr|Mrs|Ms|Dr|St|No|Gen|Sen|Rep|Gov|Lt|Col|vs|etc))$")


#: Before a time of day written with a dot: "at 14.10.", "until 9.30.".
_CLOCK_BEFORE = re.compile(r"(?i)(?:(?<![\w-])(?:at|from|until|till|to|by|before|after|around|about|since|and)|[0-9]\s*[-–])\s*$")
#: A day, a month and a year right after a weekday, perhaps after its part of the day: the weekday's
#: own date ("Thursday, 9.3.23", "Wednesday, 23.viii.17", "late on Sunday night, 20 August 2017").
_DATE_AFTER_WEEKDAY = re.compile(r"(?:[ \t]+(?:morning|afternoon|evening|night))?\.?,?[ \t]+\d{1,2}(?:\.(?:\d{1,2}|(?i:"
                                 + dp.ROMAN_MONTHS + r"))\.\d{2}(?:\d{2})?(?!\d|\.\d)|(?:st|nd|rd|th)?[ \t]+"
                                 + dp.MONTH_NAME + r",?[ \t]+(?:19|20)\d{2}(?!\d))")
#: Where a clause of its own begins in a sentence: "; ", ", and you …", " but we …" (a conjunction and a
#: pronoun or a capitalised subject; not "the fourth on migration and the costliest so far").
_CLAUSE_BREAK = re.compile(r";|,?\s+(?:and|but|while|whereas)\s+(?=(?:you|we|they|he|she|it|everyone|nobody)(?![\w-])|"
                           r"[A-Z])")


#: How far before a vote's weekday its own verb may stand, and a verb of its own between them: "to
#: accuse", "meddling".
_VOTE_VERB_BEFORE = 70
_OTHER_VERB = re.compile(r"(?<![\w-])(?:to\s+(?!(?:the|a|an|his|her|its|their|this|that|our|my|your)\s)[a-z]+|"
                         r"(?!(?:during|morning|evening|nothing|something|anything|meeting|building|ruling|following|"
                         r"king|thing|spring|wedding|according)(?![\w-]))[a-z]{3,}ing)(?![\w-])")


def _vote_clause(text: str, lo: int, hi: int, s: int, e: int) -> tuple[int, int]:
    """The clause of the sentence [lo, hi) that holds a vote's weekday at [s, e): where a past verb
    tells the vote as done (``dp.VOTE_DONE``), not one of another clause ("Sunday's elections will be
    history and you will know whether the drones were used")."""
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, lo, s)), default=lo)
    after = _CLAUSE_BREAK.search(text, e, hi)
    # (before the vote, only its own verb: "the election held on Sunday", "conceded in a short speech
    # after the election on Sunday"; not a verb another verb stands between, "used today's cabinet
    # meeting to accuse Belgrade of meddling in Sunday's vote", nor one far before, "Had the shipment
    # kept to its schedule, … after the elections of Sunday")
    before = max(start, s - _VOTE_VERB_BEFORE)
    before = max((m.end() for m in _OTHER_VERB.finditer(text, before, s)), default=before)
    return before, after.start() if after is not None else hi
#: A weekday, whole or shortened, right before a date: "Wed 8.10.25", "Thursday, 9.10.25".
_WEEKDAY_BEFORE = re.compile(r"(?<![\w-])" + dp.WEEKDAY_SHORT + r"\.?,?[ \t]+$")
#: The same, its weekday kept, for the day in figures it names ("Sunday 05/02/2021", "Tue, 05/04/2021",
#: ``_slashed``): a stop only after an abbreviation (not "Friday. 07/03/2025").
_WEEKDAY_NAMED_BEFORE = re.compile(r"(?<![\w-])(" + dp.WEEKDAY_NAME + "|" + dp.WEEKDAY_ABBR + r"\.?),?[ \t]+$")
#: What stands before a date whose month is in Roman numerals ("— Dačić, 21.viii.17", "late on Sunday
#: night, 20.viii.17", "(3.xi.19)", "**26.II.22**", "dated 4.v.21", a field's "Reuters · 15.X.14"): no
#: noun of a numbered part.
_ROMAN_DATE_BEFORE = re.compile(r"(?:^|[\n,;:(\[—–*_·|•]|(?i:(?<![\w-])(?:on|of|dated|since|until|till|from|by|and|to)))[ \t]*$")
#: A participle of when words or a text were given, or one was born, right before a date in figures:
#: "posted 16.7.23", "(X, whelped 8.10.25, …)", "whelped late on 12.2.26", "born 3.4.98", "dated
#: 9.10.25" (not any participle: "clocked 2.06.13", "installed 3.10.12" are a time and a version).
_DONE_ON_BEFORE = re.compile(r"(?i)(?<![\w-])(?:posted|published|issued|aired|broadcast|recorded|filmed|taped|written|"
                             r"sent|signed|dated|born|whelped|filed|updated|released|delivered|said|spoken|uploaded|"
                             r"tweeted|printed|received|made|given)(?:[ \t]+(?:late|early))?(?:[ \t]+on)?[ \t]+$")
#: Before a dotted number that is no date: "version 1.2.2024", "v1.2.2024", "release 3.1.2020".
_VERSION_BEFORE = re.compile(r"(?i)(?:version|release|build|v)\s*$")


#: A verb in the past perfect before a day in its clause: "He had argued on (2 January)": before the
#: time told, so never after it (``yearless_day``'s ``published``).
_HAD_BEFORE = re.compile(r"[Hh](?<![\w-].)ad(?![\w-])[^.;:!?\n]*$")
#: Before a possessive day that is the occasion of speaking: "at (today's press conference)", "used
#: (today's cabinet meeting)".
_AT_OCCASION_BEFORE = re.compile(r"(?i)(?<![\w-])(?:at|in|during|after|used|held|opened|chaired|addressed|attended|"
                                 r"hosted|gave|told|watched|watching|rewatched)\s+$")
# ("used today's cabinet meeting to accuse …", "I watched yesterday's press conference three times")


#: Words of numbered parts or versions shortly before a number on its own line: no date line.
_NUMBERED_PARTS = re.compile(r"(?i)(?<![\w-])(?:version|release|build|section|chapter|clause|article|paragraph|"
                             r"rule|item|part|point|§)s?(?![\w-])")
#: How many years before the text a date line of its own with its year in two digits and its
#: month in figures may stand ("**1.3.22**" in a text of 2024); with the month in Roman numerals,
#: "**26.II.22**", any year.
_DATE_LINE_YEARS = 3
#: A date line of its own in figures with a two-digit year: "**1.3.22**", "## 14.07.23".
FIGURES_DATE_LINE = re.compile(r"(?m)^[ \t#*_>]*(?:0?[1-9]|[12][0-9]|3[01])\.(?:0?[1-9]|1[0-2])\.[0-9]{2}[ \t*_]*$")


def date_line_series(text: str) -> bool:
    """Whether ``text`` holds two date lines or more in figures with a two-digit year
    (``FIGURES_DATE_LINE``): a diary's or a logbook's entries, each under its day; one such line
    alone may be a section's or a version's number ("**3.2.24**" after "clause by clause"). With
    the month in Roman numerals, "**26.II.22**", one is enough."""
    found = 0
    for end in _YEAR_AT_LINE_END.finditer(text):  # (led by its dot, which ``re`` skips to; then the line's start)
        line = text[text.rfind("\n", 0, end.start()) + 1:end.end()].rstrip("\n")
        found += FIGURES_DATE_LINE.fullmatch(line) is not None
        if found >= 2:
            return True
    return False


#: A dot, two digits and the end of a line: where a date line in figures may end.
_YEAR_AT_LINE_END = re.compile(r"\.[0-9]{2}[ \t*_]*(?:\n|$)")


#: What may stand around a date that is its line's whole text: emphasis, a heading's marks.
_LINE_MARKS = re.compile(r"[ \t#*_>]*")


def _date_line(text: str, m: re.Match) -> bool:
    """Whether the date ``m`` is the whole of its line, but for emphasis and a heading's marks
    (an entry's date line in a diary or a visitors' book: "**1.3.22**")."""
    lo = text.rfind("\n", 0, m.start()) + 1
    hi = text.find("\n", m.end())
    return _LINE_MARKS.fullmatch(text, lo, m.start()) is not None and \
        _LINE_MARKS.fullmatch(text, m.end(), len(text) if hi < 0 else hi) is not None


def _rejected(kind: str, m: re.Match, text: str) -> bool:
    if kind == "wd_d" and _IDIOM_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return True  # ("it felt like Friday the thirteenth": a day of ill luck, no date)
    if kind == "saint" and not m.group("saint_e") and "feast" not in m.group(0).lower():
        return True  # ("St Nicholas's church", "Saint Andrew": no day told)
    if kind in ("year", "yy"):
        before = text[max(0, m.start() - 14):m.start()]
        if dp.NOT_YEAR_BEFORE.search(before):
            return True
    if kind == "wd":
        before = text[max(0, m.start() - 10):m.start()]
        if dp.NOT_WEEKDAY_BEFORE.search(before):
            return True
        if _DATE_AFTER_WEEKDAY.match(text, m.end()):
            return True  # ("Thursday, 9.3.23": the weekday of the date after it, no date of its own)
        if dp.INDEFINITE_WEEKDAY.search(before) and dp.WEEKDAY_AS_NOUN.match(text, m.end()):
            return True
    if kind == "compact" and "T" not in m.group() and \
            _AFTER_DATE_FIELD_KEY.search(text, max(text.rfind("\n", 0, m.start()) + 1, m.start() - 60), m.start()) is None:
        return True  # ("Order number 20240315", "Meeting ID: 20251006": a number, not a date field's)
    if kind == "deictic" and text.startswith(("'s", "’s"), m.end()) and \
            not _AT_OCCASION_BEFORE.search(text, max(0, m.start() - 14), m.start()):
        return True  # ("dismissed yesterday's news", "said today's vote will …": the day of a thing named, not of the
        # words; but "said at today's press conference": the occasion's)
    if kind == "md" and dp.COUNTED_AFTER.match(text, m.end()):
        return True  # "May 5 people": a counted noun after the number, not a date
    if kind == "slashdm" and (not _LINE_OPENING.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start()) or
                              _COUNTED_AFTER_PAIR.match(text, m.end())):
        return True  # ("rose 3/4", "a 24/7 service", "won 21/18": no date; "**31/12, BEIJING.**" opens an entry;
        # not a survey's "**09/12** households said …", a count)
    if kind == "dotted" and len(m.group("dotted_y")) == 2 and m.group("dotted_m").isdigit() and \
            not _WEEKDAY_BEFORE.search(text, max(0, m.start() - 12), m.start()) and \
            not _DONE_ON_BEFORE.search(text, max(0, m.start() - 28), m.start()) and \
            not (_date_line(text, m) and ("\n" not in text or date_line_series(text))):
        return True  # ("8.10.25" after a weekday only, "Wed 8.10.25", or a participle of when, "whelped 8.10.25",
        # "posted 16.7.23", or a line of its own, an entry's
        # "**1.3.22**", in a series of them; a heading's line read alone is let through, the timeline
        # asking for the series, ``date_line_series``: else a number, "section 8.10.25"; the month in
        # Roman numerals, "**26.II.22**", "— Dačić, 21.viii.17", is a date wherever it stands)
    if kind == "dotted" and not m.group("dotted_m").isdigit() and \
            not _ROMAN_DATE_BEFORE.search(text, max(0, m.start() - 12), m.start()) and \
            not _WEEKDAY_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return True  # ("Schedule 2.iii.19", "rule 4.vi.12", "§ 3.iv.15": a part's number after its noun; a date
        # with its month in Roman numerals stands after a comma, a dash, a bracket, a preposition or a weekday)
    if kind == "dotted" and len(m.group("dotted_y")) == 2 and _date_line(text, m) and \
            _NUMBERED_PARTS.search(text, max(0, m.start() - 200), m.start()):
        return True  # ("Release notes … ### 2.1.25", "by section. **4.2.10**": a number of a part, no date line)
    if kind in ("dotted", "slashed", "slashdm", "dotdm"):
        before = text[max(0, m.start() - 14):m.start()]
        if dp.NOT_YEAR_BEFORE.search(before) or _VERSION_BEFORE.search(before):
            return True  # "version 1.2.2024", "Regulation 1.2.2024": a number, not a date
    if kind == "dotdm" and _CLOCK_BEFORE.search(text, max(0, m.start() - 10), m.start()):
        return True  # ("The meeting began at 14.10.": a time of day)
    return False


#: A word in capitals ("THURSDAY'S", "WEDNESDAY"): a label line's words (``tables.label_blocks``).
_CAPITALS_WORD = re.compile(r"[A-Z][A-Z'’]+(?![\w'’])")
#: Three words in capitals in a row: a label line, not an acronym ("NATO", "KFOR").
_CAPITALS_RUN = re.compile(r"[A-Z][A-Z'’]+[\s,]+[A-Z][A-Z'’]+[\s,]+[A-Z][A-Z'’]+(?![\w'’])")
#: A month or a weekday in capitals, or a word that begins as one does and ends as another
#: (checked against the names; spelt to begin with a character class, so that ``re`` skips in C).
_CAPITAL_NAME = re.compile(r"[ADFJMNOSTW](?<![A-Za-z].)(?:ANUARY|EBRUARY|ARCH|PRIL|AY|UNE|ULY|UGUST|EPTEMBER|"
                           r"CTOBER|OVEMBER|ECEMBER|ONDAY|UESDAY|EDNESDAY|HURSDAY|RIDAY|ATURDAY|UNDAY|"
                           # (abbreviated months: "SUNDAY 12 OCT", "3 SEPT")
                           r"AN|EB|AR|PR|UN|UL|UG|EPT|EP|CT|OV|EC)(?![A-Za-z])")
_ABBREVIATED_MONTHS = frozenset("JAN FEB MAR APR JUN JUL AUG SEP SEPT OCT NOV DEC".split())  # ("SUNDAY 12 OCT")
_MONTHS_IN_CAPITALS = frozenset("JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER "
                                "DECEMBER".split()) | _ABBREVIATED_MONTHS
#: An abbreviated month in capitals is read only in a date: after a day ("12 OCT", "3 SEPT") or
#: before a year ("OCT 2025"); not "APR 24.9 per cent", "MAR 3-nation", "model OCT 3".
_DAY_BEFORE_ABBREVIATION = re.compile(r"(?<![\d.,])\d{1,2}\s+$")
_YEAR_AFTER_ABBREVIATION = re.compile(r"\.?\s+(?:19|20)\d{2}(?![\d.,])")
_WEEKDAYS_IN_CAPITALS = frozenset("MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY".split())


def _kicker(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` is a short kicker in capitals ("THURSDAY", "WEDNESDAY
    MORNING" over a quote card): at most three words, no lower-case letter."""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    line = text[lo:] if hi < 0 else text[lo:hi]
    return len(line.split()) <= 3 and not any(c.islower() for c in line)


def in_running_case(text: str) -> str:
    """``text`` with its dates in capitals as running text writes them, the same length, so
    that they are read: a label line or a caption in capitals ("ON X, WEDNESDAY EVENING:",
    "SAME DAY, 17:14") has all its words capitalised only; elsewhere a weekday or a month in
    capitals next to a number ("8 OCTOBER 2025", "DECEMBER 2022", "WEDNESDAY 17:14"), or alone on a
    short line ("THURSDAY", ``_kicker``), becomes "October", "Wednesday" (not "the SUNDAY
    TIMES"). Other text is returned as it is."""
    if _CAPITALS_RUN.search(text):
        return _CAPITALS_WORD.sub(lambda m: m.group().capitalize(), text)
    out = None
    for m in _CAPITAL_NAME.finditer(text):
        word = m.group()
        if word in _ABBREVIATED_MONTHS and not _DAY_BEFORE_ABBREVIATION.search(text, max(0, m.start() - 4), m.start()) \
                and not _YEAR_AFTER_ABBREVIATION.match(text, m.end()):
            continue  # ("APR 24.9 per cent", "MAR 3-nation summit", "model OCT 3": an abbreviation only after a day or before a year)
        if (word in _WEEKDAYS_IN_CAPITALS or word in _MONTHS_IN_CAPITALS) and \
                (any(c.isdigit() for c in text[max(0, m.start() - 4):m.end() + 6]) or _kicker(text, m.start())):
            out = out if out is not None else list(text)
            out[m.start() + 1:m.end()] = word[1:].lower()
    return "".join(out) if out is not None else text


#: A day and month written as Portuguese and Spanish write them, perhaps after the weekday and with
#: the year: "15 de abril", "sábado, 15 de abril de 2023", "1º de maio" (a heading kept in the original);
#: not a street's, a bridge's or a school's name made of a date, "Avenida 18 de Julio", "Ponte 25 de Abril",
#: "the 25 de Abril bridge".
_IBERIAN_DATE = re.compile(r"(?<![\w.])(?<!Avenida\s)(?<!Avenue\s)(?<!Rua\s)(?<!Calle\s)(?<!Plaza\s)(?<!Praça\s)"
                           r"(?<!Largo\s)(?<!Ponte\s)(?<!Puente\s)(?<!Paseo\s)(?<!Parque\s)(?<!Colegio\s)(?<!Escola\s)"
                           r"(?<!Liceo\s)(?<!Barrio\s)(?<!Bairro\s)(?<!Estadio\s)(?<!Estádio\s)(?P<weekday>(?i:(?:segunda|terça|terca|quarta|quinta|sexta)(?:-feira)?|sábado|domingo|"
                           r"lunes|martes|miércoles|jueves|viernes)[ \t]*,?[ \t]+)?(?P<day>[0-3]?\d)[º°]?[ \t]+de[ \t]+(?P<month>(?i:janeiro|enero|fevereiro|febrero|"
                           r"março|marzo|abril|maio|mayo|junho|junio|julho|julio|agosto|setembro|septiembre|setiembre|"
                           r"outubro|octubre|novembro|noviembre|dezembro|diciembre))(?:[ \t]+de[ \t]+(?P<year>\d{4}))?(?![\w-])"
                           r"(?![ \t]+(?i:bridge|avenue|street|square|school|stadium|park|station)\b)")
_IBERIAN_MONTHS = {"jan": "January", "ene": "January", "fev": "February", "feb": "February", "mar": "March",
                   "abr": "April", "mai": "May", "may": "May", "jun": "June", "jul": "July", "ago": "August",
                   "set": "September", "sep": "September", "out": "October", "oct": "October", "nov": "November",
                   "dez": "December", "dic": "December"}

#: What every such day has: " de " and a month's first letters (literal-led, so that ``re`` skips ahead).
_DE_MONTH = re.compile(r" de (?i:jan|ene|fev|feb|mar|abr|mai|may|jun|jul|ago|set|sep|out|oct|nov|dez|dic)")
_IBERIAN_WEEKDAYS = {"seg": "Monday", "lun": "Monday", "ter": "Tuesday", "mar": "Tuesday", "qua": "Wednesday",
                     "mie": "Wednesday", "qui": "Thursday", "jue": "Thursday", "sex": "Friday", "vie": "Friday",
                     "sab": "Saturday", "dom": "Sunday"}


def in_english_months(text: str) -> str:
    """``text`` with its days written in Portuguese or Spanish ("15 de abril de 2023") as English
    writes them ("15 April 2023"), padded to the same length so that offsets hold; other text is
    returned as it is."""
    if _DE_MONTH.search(text) is None:
        return text
    def english(m: re.Match) -> str:
        # (the same length, ending where it did: "sábado, 15 de abril" as "Saturday,  15 April")
        # (and starting where it did: "1º de maio" as "1      May")
        # (the month's English name, or its first three letters where the name would not fit)
        month, year = _IBERIAN_MONTHS[m.group("month")[:3].lower()], (f" {m.group('year')}" if m.group("year") else "")
        wd = m.group("weekday")
        lead = _IBERIAN_WEEKDAYS[fold(wd)[:3]] + "," if wd else m.group("day")
        rest = (m.group("day") + " " if wd else "") + month + year
        if len(lead) + len(rest) >= len(m.group()):  # (a space at least before the day: "Wednesday,  5 Apr")
            rest = rest.replace(month, month[:3])
        return lead + " " * (len(m.group()) - len(lead) - len(rest)) + rest

    return _IBERIAN_DATE.sub(english, text)


#: What a piece that looks back a year says of itself, in its title or standfirst: "a year ago
#: today", "remembered a year on", "On this day, 31 August 2020", "one year after", "anniversary".
#: (spelt to begin with a class of first letters, so that ``re`` skips ahead in it)
RETROSPECTIVE = re.compile(r"[AaOo](?<![\w-].)(?:(?<=[Aa])\s+[Yy]ear\s+(?:ago|on|later|after)|(?<=[Oo])ne\s+[Yy]ear\s+"
                           r"(?:ago|on|later|after)|(?<=[Aa])nniversar(?:y|ies)|(?<=[Oo])n\s+[Tt]his\s+[Dd]ay)(?![\w-])")


#: Between a date and its weekday in brackets: " (".
_BRACKETED_AFTER = re.compile(r"\s*\(")
#: What stands between a weekday and the day in figures it names: "Sunday 05/02/2021", "Tue, 2021-05-04".
_WEEKDAY_TO_FIGURES = re.compile(r",?[ \t]+")
#: The days written in figures, their year with them, that a weekday right before only names.
_IN_FIGURES = frozenset({"slashed", "dotted", "iso", "dmony"})


#: What may open a sentence before a bare year it tells: "In ", "During the summer of the year ".
YEAR_OPENS_SENTENCE = re.compile(r"[\s*_\"“‘'(-]*(?i:in|during|by)\s+(?:(?i:the)\s+(?:(?:early|late)\s+)?"
                                  r"(?i:summer|spring|autumn|fall|winter|year|first\s+half|second\s+half)\s+(?i:of)\s+)?"
                                  r"(?:(?i:the\s+year)\s+)?")


def find_temporal_expressions(text: str, reference: dt.date, offset: int = 0,
                              anchor: dt.date | None = None, retrospective: bool = False,
                              published: dt.date | None = None, story_year=None,
                              slash_order: str | None = None) -> list[TemporalExpression]:
    """Every temporal expression in ``text`` with its resolved date (see the module docstring);
    dates in capitals are read as in running text (``in_running_case``), and days written in
    Portuguese or Spanish as English writes them (``in_english_months``), each expression keeping
    the words as written.

    Offsets are into ``text`` plus ``offset``. ``reference`` is the publication date;
    ``anchor`` the date of the event being talked about (for "a day later", "within days").
    ``retrospective``: the text is of a piece that looks back a year (``RETROSPECTIVE``).
    ``published``: the day the text was published, when ``reference`` is another (a dated
    section's): a day told in the past is only moved back past it. ``story_year``: a function of
    an offset and a month giving the year the text last told with that month before it, for a
    weekday and a day of that month that fit no year near the reference ("Thursday 12 April" in
    a book of 2024 after "April 2012": 2012's). ``slash_order``: the order of the slashed dates
    of the whole text ``text`` is a part of ("dm" or "md", ``slash_order``).
    """
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    running = in_running_case(text)
    text = in_english_months(running)
    if text is not running:  # (its expressions keep the words as written: "15 de abril")
        return [dataclasses.replace(te, text=running[te.start - offset:te.end - offset])
                if te.text != running[te.start - offset:te.end - offset] else te
                for te in _find_temporal_expressions(text, reference, offset, anchor, retrospective, published,
                                                     story_year, slash_order)]
    return _find_temporal_expressions(text, reference, offset, anchor, retrospective, published, story_year, slash_order)


def _find_temporal_expressions(text: str, reference: dt.date, offset: int, anchor, retrospective: bool, published,
                               story_year, slash_order) -> list[TemporalExpression]:
    """``find_temporal_expressions`` on a text in running case and English months."""
    raw: list[tuple[str, re.Match]] = []
    for m in dp.matches(text):  # none in a text without a trigger (dp.TRIGGER)
        kind = m.lastgroup
        if _rejected(kind, m, text) or kind in _SLASHED and _slashed(m, reference, False, slash_order, published) is None:
            continue  # (a slashed date neither order of which the text or the reference settles: not read)
        if kind == "wd" and raw and _BRACKETED_AFTER.fullmatch(text, raw[-1][1].end(), m.start()) and \
                text.startswith(")", m.end()):
            continue  # "October 10, 2025 (Friday)": the date's own weekday, no other day
        if kind in _IN_FIGURES and raw and raw[-1][0] == "wd" and (raw[-1][1].group("wd_r") or "on").lower() == "on" and \
                not raw[-1][1].group("wd_week") and not raw[-1][1].group("wd_bl") and \
                _WEEKDAY_TO_FIGURES.fullmatch(text, raw[-1][1].end(), m.start()):
            raw.pop()  # "on Sunday 05/02/2021": the weekday of the day in figures, no day of the week told
        raw.append((kind, m))
    if not raw:
        return []
    out: list[TemporalExpression] = []
    resolved_days: list[tuple[int, int, dt.date]] = []  # explicit day dates: (start, end, date)
    told_with_year: list[tuple[int, int, DateValue]] = []  # days and months told with their year
    pending: list[tuple[int, str, re.Match, int, int, bool]] = []
    for kind, m in raw:
        s, e = m.span()
        lead = _LEADING.match(text, s)
        if lead and kind not in ("since_mdy", "since_my", "since_y", "for_asof", "within", "anch_vague") and \
                not (kind == "anch_fixed" and text[s] in "Bb"):  # ("By evening": a part of the day told, whole)
            s = lead.end()
        if kind == "wd" and m.group("wd_r") and m.group("wd_r").lower() == "on":
            s = m.start("wd_w")
        lo, hi = _bounds(text, m.start())
        future = bool(dp.FUTURE_CUE.search(text, max(lo, m.start() - dp.FUTURE_WINDOW), m.start())) or \
            (dp.OPENING_TIME_LEAD.fullmatch(text, lo, m.start()) is not None and
             dp.FUTURE_AFTER_OPENING.match(text, e, hi) is not None) or \
            kind == "wd" and (dp.VOTE_BEFORE_WEEKDAY.search(text, max(lo, m.start() - 40), m.start()) is not None or
                              dp.VOTE_AFTER_WEEKDAY.match(text, m.start("wd_w") + len(m.group("wd_w"))) is not None) and \
            dp.VOTE_DONE.search(text, *_vote_clause(text, lo, hi, s, e)) is None
        scheduled = kind == "prep_m" and bool(dp.PAST_SCHEDULE.search(text, max(lo, m.start() - 40), m.start()))
        yearless = _yearless_day(kind, m)
        told_past = (kind == "edge_m" or yearless) and text[max(lo, s - 4):s].rstrip().endswith((" on", " in")) and \
            _PAST_VERB_BEFORE.search(text, max(lo, s - 30), s) is not None
        opening_past = (kind == "edge_m" or yearless) and not future and \
            dp.OPENING_TIME_LEAD.fullmatch(text, lo, m.start()) is not None and \
            dp.PAST_AFTER_OPENING.match(text, e, hi) is not None and dp.FUTURE_IN_CLAUSE.search(text, e, hi) is None
        year_told = next((d for (ds, de, d) in reversed(told_with_year) if lo <= ds and de <= s), None) \
            if yearless else None
        ctx = _Ctx(reference, anchor, future, None, None, scheduled=scheduled, retrospective=retrospective,
                   told_past=told_past, opening_past=opening_past, published=published, year_told=year_told,
                   story_year=(lambda month, at=s + offset: story_year(at, month)) if story_year is not None else None,
                   slash_order=slash_order)
        if kind in _ANCHORED or (kind == "ago" and m.group("ago_d").lower() != "ago"):
            pending.append((len(out), kind, m, s, e, future))
            out.append(TemporalExpression(s + offset, e + offset, text[s:e], None))
            continue
        value = _resolve(kind, m, ctx)
        if value is not None and kind in _WITH_YEAR and not yearless and value.precision in ("day", "month") and \
                dp.OPENS_SENTENCE.fullmatch(text, lo, m.start()) is not None:
            # (the time the sentence tells, "In September 2024 …"; not a date in a clause about
            # something else, "Orbán, who had met Netanyahu in September 2024, said on 3 October")
            told_with_year.append((s, e, value))
        elif value is not None and kind == "year" and value.precision == "year" and \
                YEAR_OPENS_SENTENCE.fullmatch(text, lo, m.start()) is not None:
            # (a bare year the sentence opens with, "In 2023, on 9 June, …", "In the summer of the
            # year 2023, on the ninth day of June, …": a day told after it without one is of that year)
            told_with_year.append((s, e, value))
        if value is not None and value.precision == "day" and not dp.possessive_event(text, s, e):
            resolved_days.append((s, e, value.earliest))  # (not "Tuesday's meeting": no anchor)
        out.append(TemporalExpression(s + offset, e + offset, text[s:e], value))
    for index, kind, m, s, e, future in pending:  # the future cue as found above: the same sentence
        lo, hi = _bounds(text, m.start())
        before = [d for (ds, de, d) in resolved_days if lo <= ds and de <= s]
        after = [d for (ds, de, d) in resolved_days if ds >= e and de <= hi]
        phrase = [d for (ds, de, d) in resolved_days if ds >= e and de <= hi and "," not in text[e:ds]]
        ctx = _Ctx(reference, anchor, future, before[-1] if before else None, after[0] if after else None,
                   phrase[0] if phrase else None, retrospective=retrospective)
        out[index] = TemporalExpression(s + offset, e + offset, text[s:e], _resolve(kind, m, ctx))
    for k in range(1, len(out)):  # "tomorrow, Friday", "today, Monday": the weekday names that same day
        day, wd = out[k - 1], out[k]
        if day.date is not None and day.date.precision == "day" and DEICTIC_DAY.fullmatch(day.text) and \
                _APPOSED_WEEKDAY.fullmatch(text, day.end - offset, wd.start - offset) and \
                wd.text.strip().lower() == WEEKDAYS[day.date.earliest.weekday()].lower():
            out[k] = TemporalExpression(wd.start, wd.end, wd.text, day.date)
        elif day.date is not None and day.date.precision == "day" and _NTH_DAY_TEXT.fullmatch(wd.text) and \
                _APPOSED_NTH_DAY.fullmatch(text, day.end - offset, wd.start - offset):
            # ("Sunday 19 July 2020, on the third day of the summit": that day, told again by its place)
            out[k] = TemporalExpression(wd.start, wd.end, wd.text, day.date)
        elif day.date is not None and day.date.precision == "day" and not DEICTIC_DAY.fullmatch(day.text) and \
                DEICTIC_DAY.fullmatch(wd.text) and _APPOSED_DEICTIC.fullmatch(text, day.end - offset, wd.start - offset) and \
                _APPOSED_DEICTIC.match(text, wd.end - offset) is not None:  # (closed: not "on 3 February – today he told …")
            # ("On the eighteenth day of July, yesterday, …": the day told again as the text counts it, from a
            # day of its own that need not be the reference; the stated day holds)
            out[k] = TemporalExpression(wd.start, wd.end, wd.text, day.date)
    return _weekdays_before_after(out, text, offset)


#: Words before "Friday the thirteenth" that make it an idiom: "like", "a", "an".
_IDIOM_BEFORE = re.compile(r"(?i)(?<![\w-])(?:like|a|an)\s+$")
#: "the Wednesday before …", "the Sunday after …": a weekday counted from the day named after it.
_THE_BEFORE_WEEKDAY = re.compile(r"(?i)(?<![\w-])the\s+$")
_BEFORE_AFTER_DAY = re.compile(r"\s+(before|after)\s+(?:the\s+)?")
#: "the eve of …" right before a day: the day before it.
_EVE_OF = re.compile(r"(?i)(?<![\w-])(?:the\s+)?eve\s+of\s+(?:the\s+)?$")


def _weekdays_before_after(out: list, text: str, offset: int) -> list:
    """``out`` with a weekday told before or after a day ("On the Wednesday before Saint Andrew's
    day", "the Sunday after Christmas Day") joined to that day into one expression: the last such
    weekday before it, or the first after it; and a day after "the eve of" the day before it."""
    joined, k = [], 0
    while k < len(out):
        wd, nxt = out[k], out[k + 1] if k + 1 < len(out) else None
        eve = _EVE_OF.search(text, max(0, wd.start - offset - 20), wd.start - offset) \
            if "eve of" in text[max(0, wd.start - offset - 20):wd.start - offset].lower() else None
        if eve is not None and wd.date is not None and wd.date.precision == "day":
            # ("on the eve of the feast of Saint Martin": the day before it)
            joined.append(TemporalExpression(eve.start() + offset, wd.end, text[eve.start():wd.end - offset],
                                             DateValue.day(wd.date.earliest - dt.timedelta(days=1))))
            k += 1
            continue
        ba = _BEFORE_AFTER_DAY.fullmatch(text, wd.end - offset, nxt.start - offset) if nxt is not None else None
        if ba is not None and wd.date is not None and nxt.date is not None and nxt.date.precision == "day" and \
                wd.text.capitalize() in WEEKDAYS and _THE_BEFORE_WEEKDAY.search(text, max(0, wd.start - offset - 8), wd.start - offset):
            target, base = WEEKDAYS.index(wd.text.capitalize()), nxt.date.earliest
            if ba.group(1).lower() == "before":
                day = base - dt.timedelta(days=(base.weekday() - target) % 7 or 7)
            else:
                day = base + dt.timedelta(days=(target - base.weekday()) % 7 or 7)
            joined.append(TemporalExpression(wd.start, nxt.end, text[wd.start - offset:nxt.end - offset], DateValue.day(day)))
            k += 2
            continue
        joined.append(wd)
        k += 1
    return joined


#: The kinds that tell a day or a month with its year ("25 March 2019", "September 2024"); a
#: weekday's day ("Tuesday 24 September") may leave its year out (``_yearless_day``).
_WITH_YEAR = {"ymd", "mdy", "dmy", "wd_mdy", "wd_dmy", "iso", "compact", "dotted", "slashed", "my", "ym", "dmony"}


def _yearless_day(kind: str, m: re.Match) -> bool:
    """Whether the match is a day of a month told without its year: "24 September", "Tuesday 24
    September" ("the last day of March" is ``edge_m``'s)."""
    return kind in ("md", "dm", "dotdm", "slashdm") or kind in ("wd_mdy", "wd_dmy") and not m.group(f"{kind}_y")


#: A date field's key right before a date: "Date: ", "DTSTART;VALUE=DATE:".
_AFTER_DATE_FIELD_KEY = re.compile("(?:" + dp.DATE_FIELD_KEY + ")$")
#: A verb in the past right before a day without its year: "ran on", "was published on", "met on".
_PAST_VERB_BEFORE = re.compile(r"(?<![\w'’-])(?:was|were|had|did|ran|met|came|went|began|took|gave|held|sent|said|told|"
                               r"wrote|spoke|(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeing )[a-z]{2,}ed)\s+(?:[a-z]{2,}ed\s+)?"
                               r"(?:on|in)\s+$")
# (not a participle after "is", "be": "who is invited on 8 January", "to be published on 2 January")
#: A day told by its distance from today ("today", "tomorrow"; ``anchoring`` reads it too), and
#: what stands between it and its weekday apposed.
DEICTIC_DAY = re.compile(r"(?i)(?<![\w-])(?:today|tonight|yesterday|tomorrow)(?![\w-])")
_APPOSED_WEEKDAY = re.compile(r"\s*,\s*(?:on\s+)?")
#: Between a day and "yesterday" or "today" apposed to it: a comma or a dash.
_APPOSED_DEICTIC = re.compile(r"\s*[,–—]\s*")
#: "the third day" of a meeting (``date_patterns.NTH_DAY_WORDS``), and what stands between it and a
#: day it is apposed to: ", on ", ", during ".
_NTH_DAY_TEXT = re.compile(dp.NTH_DAY_WORDS)
_APPOSED_NTH_DAY = re.compile(r"\s*,\s*(?:on|during)\s+")


def normalize_date(expression: str, reference: dt.date, anchor: dt.date | None = None) -> DateValue | None:
    """The date of the first resolvable temporal expression in ``expression``, else None."""
    for te in find_temporal_expressions(expression, reference, 0, anchor):
        if te.date is not None:
            return te.date
    return None
