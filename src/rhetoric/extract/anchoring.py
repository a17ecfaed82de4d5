"""When a statement was made and what a relative date of an event is counted from: the
anchoring policy of the extraction, in one place.

- **Statements** (``statement_date``): the first temporal expression of the statement's date
  zone (the attribution: "criticized Germany on Monday for …" — the verb, its object and
  adjuncts before the content; outside the quote and outside the reported content), resolved
  against the publication date; else the date of the statement it continues, or of the same
  speaker's previous statement within two sentences.
- **Events** (``EventAnchors``): relative expressions ("within days", "a day later") count
  from an explicit day date of the same sentence (``rhetoric.extract.dates``), else from the
  last day date of the previous sentence, else from the article's story date (its first
  day-precision date); "N months ahead of schedule" counts back from the date the article says
  the thing was scheduled for.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from rhetoric.extract import vocabulary as v
from rhetoric.extract.dates import find_temporal_expressions

if TYPE_CHECKING:
    from rhetoric.extract.context import ArticleContext
    from rhetoric.extract.model import Statement


def statement_date(ctx: ArticleContext, stmt: Statement) -> None:
    """Set ``stmt.said_on``/``precision`` (and ``date_from`` when taken from another statement)."""
    ref = ctx.article.meta.published
    for zlo, zhi in stmt.date_zone:
        if zhi <= zlo:
            continue
        for te in find_temporal_expressions(ctx.masked[zlo:zhi], ref, zlo):
            if te.date is not None and v.MASK not in te.text:
                stmt.said_on, stmt.precision = te.date.value, te.date.precision
                return
    prev = stmt.inherit_from
    if prev is None:
        for other in reversed(ctx.statements):
            if other is stmt or other.start >= stmt.start:
                continue
            if other.speaker == stmt.speaker and stmt.sent_lo - other.sent_hi <= 2:
                prev = other
            break
    if prev is not None and prev.said_on:
        stmt.said_on, stmt.precision = prev.said_on, prev.precision
        stmt.date_from = prev


_SCHEDULE_CUE = re.compile(r"\b(?:scheduled|originally|planned|was\s+due|were\s+due|due\s+to|was\s+expected|were\s+expected|deadline)\b", re.I)
#: expressions dated from the scheduled date ("three months ahead of schedule", "a year early")
_AHEAD_ONLY = re.compile(r"(?i)^\S+(?:\s+\S+)?\s+(?:days?|weeks?|months?|years?)\s+(?:ahead\s+of|early|earlier\s+than)")


class EventAnchors:
    """The anchors of an article's event dates (module doc), sentence by sentence."""

    def __init__(self, sentences: list, found: list[list]):
        #: the article's story date: its first day-precision date
        self.story = next((te.date.earliest for exprs in found for te in exprs
                           if te.date is not None and te.date.precision == "day"), None)
        #: the date stated after the first "scheduled/planned/due …" of the article
        self.schedule = None
        for s, exprs in zip(sentences, found):
            cue = _SCHEDULE_CUE.search(s.text)
            if not cue:
                continue
            after = [te for te in exprs if te.date is not None and te.start - s.start >= cue.end()]
            if after:
                self.schedule = after[0].date.earliest
                break
        self.prev_day: dt.date | None = None

    def resolve(self, s, exprs: list, ref: dt.date) -> tuple[list, dict[tuple[int, int], dt.date]]:
        """The sentence's expressions with the unresolved ones resolved from their anchor, and
        the anchor each of those used; then the sentence's last day date becomes the next
        sentence's anchor."""
        used: dict[tuple[int, int], dt.date] = {}
        if any(te.date is None for te in exprs):
            anchor = self.prev_day or self.story
            redo = {(te.start, te.end): te
                    for te in find_temporal_expressions(s.text, ref, s.start, anchor)} if anchor else {}
            ahead = {(te.start, te.end): te
                     for te in find_temporal_expressions(s.text, ref, s.start, self.schedule)} if self.schedule else {}
            new = []
            for te in exprs:
                if te.date is None:
                    key = (te.start, te.end)
                    if _AHEAD_ONLY.search(te.text) and key in ahead and ahead[key].date is not None:
                        te, used[key] = ahead[key], self.schedule
                    elif key in redo and redo[key].date is not None:
                        te, used[key] = redo[key], anchor
                new.append(te)
            exprs = new
        day_dates = [te.date.earliest for te in exprs if te.date is not None and te.date.precision == "day"]
        self.prev_day = day_dates[-1] if day_dates else None
        return exprs, used
