"""Dated sentences from corpora nobody has coded: one row per resolvable temporal expression.

``extract_events(article, registry)`` gives one row per resolvable temporal expression in the
article's sentences (a sentence naming two dates, "the Brussels Agreement of February 27, 2023,
and the Ohrid Agreement of March 18, 2023", gives two rows; ``n_in_sentence`` says how many).
Dates come from ``rhetoric.extract.dates`` (the one place for date resolution) with:

``reference`` = the article's ``published`` date, and the anchors of relative expressions
("within days", "a day later", "three months ahead of schedule") from
``rhetoric.extract.anchoring``, the one place of the anchoring policy.

The consistency checks of these rows are in ``rhetoric.analysis.timeline``; their scores
against hand coding in ``rhetoric.extract.event_evaluation``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from rhetoric.columns import EVENT_COLUMNS  # the columns, defined once (rhetoric.columns)
from rhetoric.corpus import Article, Sentence, iter_articles, table_cell_at
from rhetoric.extract import vocabulary as v
from rhetoric.extract.abbreviations import with_short_names
from rhetoric.extract.anchoring import ArticleTimeline, EventAnchors, weekday_of_event
from rhetoric.extract.date_values import TemporalExpression
from rhetoric.extract.dates import WEEKDAYS, find_temporal_expressions, weekday_named
from rhetoric.languages import not_extracted
from rhetoric.regexes import at_word_start

if TYPE_CHECKING:  # pandas only where a frame is made: the Parquet writer does without
    import pandas as pd

#: Category guess: the category whose keywords occur most often in the sentence (ties: order
#: below). Keywords are matched as word prefixes, case-insensitively. No keyword -> 'other'.
CATEGORY_KEYWORDS: dict[str, list[str]] = {
    "military": ["drone", "army", "armed forces", "military", "troop", "soldier", "exercise",
                 "drill", "weapon", "arms", "missile", "attack", "clash", "gunmen", "strike",
                 "defen", "command", "kfor", "nato", "security force", "brigade", "airstrike",
                 "shelling", "ceasefire", "warplane", "navy", "battalion", "offensive"],
    "diplomatic": ["talks", "agreement", "dialogue", "meeting", "summit", "ambassador",
                   "foreign minister", "diplomat", "recogni", "negotiat", "treaty", "briefing",
                   "visit", "envoy", "accord", "normalis", "normaliz", "condemn", "called",
                   "security council", "minister"],
    "domestic_politics": ["election", "protest", "parliament", "party", "vote", "opposition",
                          "campaign", "coalition", "came to power", "referendum", "resign",
                          "cabinet", "government", "demonstrat", "ballot", "mayor"],
    "economic": ["trade", "sanction", "economic", "econom", "oil", "company", "market",
                 "invest", "bank", "price", "export", "import", "tariff", "budget", "gdp",
                 "inflation", "revenue", "purchase", "contract", "deal", "shares", "profit"],
    "legal": ["court", "arrest", "law", "legal", "judge", "charged", "trial", "prosecut",
              "sentenc", "lawsuit", "indict", "verdict", "resolution", "convict", "ruling",
              "police", "detain", "extradit"],
}
_CATEGORY_RX_PLAIN = {
    cat: re.compile(r"\b(?:" + "|".join(re.escape(k) for k in words) + r")", re.I)
    for cat, words in CATEGORY_KEYWORDS.items()
}
#: The same matches, found where a word starts (``rhetoric.regexes.at_word_start``): ``re`` skips
#: in C to the characters before words, where the plain pattern (``\b``, re.I) is entered at
#: every character (a sixth of the events' time).
_CATEGORY_RX = {
    cat: at_word_start([re.escape(k) for k in words], ignorecase=True, not_after=r"[\w]")
    for cat, words in CATEGORY_KEYWORDS.items()
}


def guess_category(text: str) -> str:
    """The category with most keyword hits in ``text`` (see CATEGORY_KEYWORDS), else 'other'."""
    best, best_n = "other", 0
    for cat, rx in _CATEGORY_RX.items():
        n = sum(1 for _ in rx.finditer(text))  # the plain pattern's len(findall(text))
        if n > best_n:
            best, best_n = cat, n
    return best


#: "Five days after the drones landed, Ankara has still not said a word": an interval counted
#: back from a present that is the time of publication (the clause after it is in the present).
_AFTER_AT_START = re.compile(r"(?i)^(?P<n>\w+(?:\s+\w+)?)\s+(?P<u>days?|weeks?|months?|years?)\s+(?:after|since)\b")
_PRESENT_MAIN = re.compile(r"(?i),\s+[^,]{0,60}?\b(?:has|have|is|are|remains?|still)\b")


def _as_written(body: str, start: int, end: int) -> str:
    """The sentence from ``start`` to ``end`` as the body writes it (its pictographs, its dictated
    "COMMA"), whole words at both ends: a dictated word the reading cut ("… today UNQUOTE") is kept."""
    while start > 0 and body[start - 1].isalpha() and body[start].isalpha():
        start -= 1
    while end < len(body) and body[end - 1].isalpha() and body[end].isalpha():
        end += 1
    return body[start:end].strip()


def _row(article: Article, s, te, d, anchor_used, n: int, actors: str, category: str) -> dict:
    meta, ref = article.meta, article.meta.published
    wd = weekday_named(te.text)
    wd_of_date = WEEKDAYS[d.earliest.weekday()] if d.precision == "day" else None
    return {
        "article_id": article.id, "published": ref, "date": d.value,
        "precision": d.precision, "earliest": d.earliest, "latest": d.latest,
        "date_text": te.text, "expr_start": te.start, "expr_end": te.end,
        "relative": anchor_used is not None, "anchor": anchor_used,
        "n_in_sentence": n, "sentence": _as_written(article.body, s.start, s.end),
        "start": s.start, "end": s.end, "actors": actors, "category": category,
        "weekday": wd, "weekday_of_date": wd_of_date if wd else None,
        "weekday_ok": (wd == wd_of_date) if wd else None,
        "published_earliest": meta.published_earliest or ref,
        "published_latest": meta.published_latest or ref,
    }


def _counted_back(s, exprs: list, ref) -> list:
    """"Five days after X, MAIN" with MAIN in the present: X happened five days before the
    reference; that date, as an expression of its own (see ``_AFTER_AT_START``)."""
    from rhetoric.extract.date_values import count_of, span_from, unit_of

    m = _AFTER_AT_START.match(s.text)
    if not m or not _PRESENT_MAIN.search(s.text):
        return []
    try:
        lo, hi = count_of(m.group("n"))
    except (KeyError, ValueError):
        return []
    date = span_from(ref, lo, hi, unit_of(m.group("u")), -1)
    return [TemporalExpression(s.start + m.start(), s.start + m.end(), m.group(), date)]


def _rows_whole(sentences: list[Sentence], body: str) -> list[Sentence]:
    """The sentences with each table row's cells joined again: the row is one record of an
    event ("| from 13:00 | Vučić | press conference, Belgrade |"), its time in one cell and the
    act in another (statements read the cells one by one, ``corpus.sentences``); and a record's
    field of when joined to the field that names the event on the line right over it
    ("**significant event:** independence of Mauritius …" / "- point in time: 12 March 1968")."""
    out: list[Sentence] = []
    last_row = None
    for s in sentences:
        cell = table_cell_at(body, s.start)
        row = cell[0] if cell else None
        if out and row is not None and row == last_row or out and _field_of_when(body, out[-1], s):
            prev = out[-1]
            out[-1] = Sentence(prev.start, s.end, body[prev.start:s.end], prev.passage_kind)
        else:
            out.append(s)
        last_row = row
    return out


def _field_of_when(body: str, prev: Sentence, s: Sentence) -> bool:
    """Whether ``s`` is a whole line that is a record's field of when (``v.WHEN_FIELD``), right
    under a line ``prev`` that is a whole field naming something (not its author or its time)."""
    line = body.rfind("\n", 0, s.start) + 1
    end = body.find("\n", s.end)
    m = v.RECORD_FIELD.match(body, line, s.end)
    if m is None or not v.WHEN_FIELD.fullmatch(m.group("label").strip()) or body[line:s.start].strip(" \t-*•_") or \
            body[s.end:len(body) if end < 0 else end].strip():
        return False
    prev_line = body.rfind("\n", 0, prev.start) + 1
    named = v.RECORD_FIELD.match(body, prev_line, prev.end)
    return named is not None and body[prev.end:line] == "\n" and not body[prev_line:prev.start].strip(" \t-*•_") and \
        not v.WHEN_FIELD.fullmatch(label := named.group("label").strip()) and not v.AUTHOR_FIELD.fullmatch(label)


#: "the day after" or "the day before" that an event's clause follows: "the day after the first drones were
#: unpacked" (not "the day after," on its own).
_DAY_FROM_EVENT = re.compile(r"(?i)the\s+(?:day|night|evening|morning)\s+(?P<rel>after|before)$")
#: Between the day and "the day after": a comma, a place or a channel at most ("Wednesday 19 March 2025, in
#: Brussels, the day after …").
_APPOSED = re.compile(r"\s*,(?:\s*(?:in|at|on)\s+[^,.;:\n]{1,40},)?\s*")
_CLAUSE_AFTER = re.compile(r"\s+(?!(?:which|that|when|whose|whom)\b)(?:the\s+|a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)?[A-Za-zÀ-ž]")


def _event_apposed_to_day(text: str, exprs: list) -> list:
    """A day, then in apposition "the day after" an event's clause ("FA: KFOR, Monday 17 July 2023, the
    day after the first Turkish drones were unpacked in Pristina", a place between at most, ``_APPOSED``):
    the event is the day before the day told (after it for "the day before"), not a day counted on
    from it."""
    import datetime as dt

    from rhetoric.extract.date_values import DateValue

    out = list(exprs)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        rel = _DAY_FROM_EVENT.fullmatch(b.text)
        if rel is None or a.date is None or a.date.precision != "day" or _APPOSED.fullmatch(text, a.end, b.start) is None or \
                _CLAUSE_AFTER.match(text, b.end) is None:
            continue
        step = -1 if rel.group("rel").lower() == "after" else 1
        out[k] = type(b)(b.start, b.end, b.text, DateValue.day(a.date.earliest + dt.timedelta(days=step)))
    return out


def _placed(timeline: ArticleTimeline, exprs: list, items: bool = True) -> list:
    """``exprs`` with each weekday after "the" placed on the day of the story's week the timeline
    places it on (``ArticleTimeline.definite_day``), and with ``items`` a list's "- Wed: …" too
    (``item_weekday``)."""
    return [type(te)(te.start, te.end, te.text, day) if te.date is not None and
            ((day := timeline.definite_day(te.start)) is not None or items and (day := timeline.item_weekday(te)) is not None)
            else te for te in exprs]


def extract_events(article: Article, registry) -> list[dict]:
    """One row per resolvable temporal expression of the article's sentences (module doc); none
    for an article in a language the extraction has no rules for."""
    if not_extracted(article):
        return []
    if registry is not None:
        registry = with_short_names(article.text, registry)  # (its events' actors by the text's short names too)
    timeline = ArticleTimeline(article)
    sentences = _rows_whole(article.sentences, article.text)
    found = [find_temporal_expressions(s.text, timeline.reference(s.start), s.start,
                                       retrospective=timeline.retrospective, published=timeline.published,
                                       story_year=timeline.story_year, slash_order=timeline.slash_order)
             for s in sentences]

    anchors = EventAnchors(sentences, found, timeline.headings, timeline.dateline[:2] if timeline.dateline else None)
    rows: list[dict] = []
    for s, exprs in zip(sentences, found):
        ref = timeline.reference(s.start)
        # (placed first too, so that the day the anchors tell next counts from is the placed one: "recorded
        # on the Tuesday. That evening …" counts from the story's Tuesday, not the one before publication)
        exprs = _placed(timeline, exprs, items=False)
        exprs, used = anchors.resolve(s, exprs, ref, article.text, timeline.year_fixed(s.start), timeline.written_at(s.start),
                                      timeline.scene_at(s.start), timeline.section_day(s.start))
        # ("On the Saturday", "the Thursday", a list's "- Wed: …": placed on the day of the story's week by
        # the timeline, as the statements' dates are, ``ArticleTimeline.definite_day``, ``item_weekday``)
        exprs = _placed(timeline, exprs)
        if exprs and (scene := timeline.scene_day(s.start)) is not None:
            # (a title card's line: its day, told or counted from the card before, ``ArticleTimeline.scene_day``)
            exprs = [type(exprs[0])(exprs[0].start, exprs[0].end, exprs[0].text, scene)]
        exprs = _event_apposed_to_day(article.text, exprs)
        extra = _counted_back(s, exprs, ref)
        dated = [te for te in exprs if te.date is not None and not weekday_of_event(article.text, te)] + extra
        entry = (timeline.entry_date(s) or timeline.clock_time_day(s)) if not dated else None
        if not dated and entry is None:
            continue
        actors = (";".join(dict.fromkeys(m.actor for m in registry.find_mentions(s.text, s.start)))
                  if registry is not None else "")
        category = guess_category(s.text)
        if entry is not None:  # a liveblog entry dated only by its section's day and its time, or a time of day told
            stamp, day = entry
            if s.start <= stamp[0] and not s.text[stamp[1] - s.start:].strip(" .:*_—–-"):
                continue  # ("11:00." split off as a sentence of its own: the entry is the sentence after)
            te = TemporalExpression(stamp[0], stamp[1], article.text[stamp[0]:stamp[1]], day)
            rows.append(_row(article, s, te, day, day.earliest, 1, actors, category))
            continue
        for te in dated:
            anchor_used = used.get((te.start, te.end)) if te not in extra else ref
            rows.append(_row(article, s, te, te.date, anchor_used, len(dated), actors, category))
    return rows


def extract_events_corpus(corpus_dir: Path | str, registry, progress: bool = True) -> pd.DataFrame:
    """``extract_events`` over every article of a corpus directory (streamed), as a DataFrame."""
    import pandas as pd

    rows: list[dict] = []
    for article in iter_articles(corpus_dir, progress="events" if progress else None):
        rows.extend(extract_events(article, registry))
    return pd.DataFrame(rows, columns=EVENT_COLUMNS)
