"""Dated sentences from corpora nobody has coded: one row per resolvable temporal expression.

``extract_events(article, registry)`` gives one row per resolvable temporal expression in the
article's sentences (a sentence naming two dates, "the Brussels Agreement of February 27, 2023,
and the Ohrid Agreement of March 18, 2023", gives two rows; ``n_in_sentence`` says how many).
Dates come from ``rhetoric.extract.dates`` (the one place for date resolution) with:

* ``reference`` = the article's ``published`` date;
* ``anchor`` for event-relative expressions ("within days", "just days before the drones
  arrived", "a day later"): an explicit day date in the same sentence (handled by
  ``rhetoric.extract.dates``), else the last day date of the previous sentence, else the
  article's *story date* = its first day-precision date (news leads date the main event);
* ``anchor`` for "N months ahead of schedule" / "N months early": the date stated in the
  article's sentence that says what was *scheduled/planned/due/originally expected*
  (the expression right after that word); without one the expression stays unresolved.

The consistency checks of these rows are in ``rhetoric.analysis.timeline``; their scores
against hand coding in ``rhetoric.extract.evaluation``.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd

from rhetoric.corpus import Article, iter_articles
from rhetoric.extract.dates import WEEKDAYS, find_temporal_expressions, weekday_named

from rhetoric.columns import EVENT_COLUMNS  # the columns, defined once (rhetoric.columns)

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
_CATEGORY_RX = {
    cat: re.compile(r"\b(?:" + "|".join(re.escape(k) for k in words) + r")", re.I)
    for cat, words in CATEGORY_KEYWORDS.items()
}
_SCHEDULE_CUE = re.compile(r"\b(?:scheduled|originally|planned|was\s+due|were\s+due|due\s+to|was\s+expected|were\s+expected|deadline)\b", re.I)
#: expressions dated from the scheduled date ("three months ahead of schedule", "a year early")
_AHEAD_ONLY = re.compile(r"(?i)^\S+(?:\s+\S+)?\s+(?:days?|weeks?|months?|years?)\s+(?:ahead\s+of|early|earlier\s+than)")


def guess_category(text: str) -> str:
    """The category with most keyword hits in ``text`` (see CATEGORY_KEYWORDS), else 'other'."""
    best, best_n = "other", 0
    for cat, rx in _CATEGORY_RX.items():
        n = len(rx.findall(text))
        if n > best_n:
            best, best_n = cat, n
    return best


def extract_events(article: Article, registry) -> list[dict]:
    """One row per resolvable temporal expression of the article's sentences (module doc)."""
    meta = article.meta
    ref = meta.published
    sentences = article.sentences
    found = [find_temporal_expressions(s.text, ref, s.start) for s in sentences]

    story = next((te.date.earliest for exprs in found for te in exprs
                  if te.date is not None and te.date.precision == "day"), None)
    schedule = None
    for s, exprs in zip(sentences, found):
        cue = _SCHEDULE_CUE.search(s.text)
        if not cue:
            continue
        after = [te for te in exprs if te.date is not None and te.start - s.start >= cue.end()]
        if after:
            schedule = after[0].date.earliest
            break

    rows: list[dict] = []
    prev_day: dt.date | None = None
    for s, exprs in zip(sentences, found):
        used: dict[tuple[int, int], dt.date] = {}
        if any(te.date is None for te in exprs):
            anchor = prev_day or story
            redo = {(te.start, te.end): te
                    for te in find_temporal_expressions(s.text, ref, s.start, anchor)} if anchor else {}
            ahead = {(te.start, te.end): te
                     for te in find_temporal_expressions(s.text, ref, s.start, schedule)} if schedule else {}
            new = []
            for te in exprs:
                if te.date is None:
                    key = (te.start, te.end)
                    if _AHEAD_ONLY.search(te.text) and key in ahead and ahead[key].date is not None:
                        te, used[key] = ahead[key], schedule
                    elif key in redo and redo[key].date is not None:
                        te, used[key] = redo[key], anchor
                new.append(te)
            exprs = new
        dated = [te for te in exprs if te.date is not None]
        day_dates = [te.date.earliest for te in dated if te.date.precision == "day"]
        prev_day = day_dates[-1] if day_dates else None
        if not dated:
            continue
        actors = (";".join(dict.fromkeys(m.actor for m in registry.find_mentions(s.text, s.start)))
                  if registry is not None else "")
        category = guess_category(s.text)
        for te in dated:
            d = te.date
            wd = weekday_named(te.text)
            wd_of_date = WEEKDAYS[d.earliest.weekday()] if d.precision == "day" else None
            anchor_used = used.get((te.start, te.end))
            rows.append({
                "article_id": article.id, "published": ref, "date": d.value,
                "precision": d.precision, "earliest": d.earliest, "latest": d.latest,
                "date_text": te.text, "expr_start": te.start, "expr_end": te.end,
                "relative": anchor_used is not None, "anchor": anchor_used,
                "n_in_sentence": len(dated), "sentence": s.text,
                "start": s.start, "end": s.end, "actors": actors, "category": category,
                "weekday": wd, "weekday_of_date": wd_of_date if wd else None,
                "weekday_ok": (wd == wd_of_date) if wd else None,
                "published_earliest": meta.published_earliest or ref,
                "published_latest": meta.published_latest or ref,
            })
    return rows


def extract_events_corpus(corpus_dir: Path | str, registry, progress: bool = True) -> pd.DataFrame:
    """``extract_events`` over every article of a corpus directory (streamed), as a DataFrame."""
    rows: list[dict] = []
    for article in iter_articles(corpus_dir, progress="events" if progress else None):
        rows.extend(extract_events(article, registry))
    return pd.DataFrame(rows, columns=EVENT_COLUMNS)
