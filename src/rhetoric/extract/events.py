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

import pandas as pd

from rhetoric.corpus import Article, iter_articles
from rhetoric.extract.anchoring import EventAnchors
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

    anchors = EventAnchors(sentences, found)
    rows: list[dict] = []
    for s, exprs in zip(sentences, found):
        exprs, used = anchors.resolve(s, exprs, ref)
        dated = [te for te in exprs if te.date is not None]
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
