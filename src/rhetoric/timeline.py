"""Automated timeline: dated sentences from corpora nobody has coded, and consistency checks.

``extract_events(article, registry)`` gives one row per resolvable temporal expression in the
article's sentences (a sentence naming two dates, "the Brussels Agreement of February 27, 2023,
and the Ohrid Agreement of March 18, 2023", gives two rows; ``n_in_sentence`` says how many).
Dates come from ``rhetoric.dates`` (the one place for date resolution) with:

* ``reference`` = the article's ``published`` date;
* ``anchor`` for event-relative expressions ("within days", "just days before the drones
  arrived", "a day later"): an explicit day date in the same sentence (handled by
  ``rhetoric.dates``), else the last day date of the previous sentence, else the article's
  *story date* = its first day-precision date (news leads date the main event);
* ``anchor`` for "N months ahead of schedule" / "N months early": the date stated in the
  article's sentence that says what was *scheduled/planned/due/originally expected*
  (the expression right after that word); without one the expression stays unresolved.

Consistency checks (DataFrames for notebooks): ``weekday_checks``, ``source_agreement``,
``date_conflicts``; and ``evaluate_events`` scores extraction against hand-coded
``event_sources.csv``.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd

from rhetoric.corpus import Article, iter_articles
from rhetoric.dates import WEEKDAYS, DateValue, find_temporal_expressions, normalize_date, weekday_named

EVENT_COLUMNS = [
    "article_id", "published", "date", "precision", "earliest", "latest", "date_text",
    "expr_start", "expr_end", "relative", "anchor", "n_in_sentence", "sentence", "start", "end",
    "actors", "category", "weekday", "weekday_of_date", "weekday_ok",
    "published_earliest", "published_latest",
]

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


# --- consistency checks ----------------------------------------------------------------------

def weekday_checks(extracted: pd.DataFrame, events: pd.DataFrame | None = None,
                   event_sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every extracted expression that names a weekday, checked against its date.

    Columns: article_id, date_text, weekday (named), date (resolved), weekday_of_date,
    consistent (named == weekday of the date: False flags "Wednesday, October 9" when
    October 9 is a Thursday), at_earliest / at_latest (the expression resolved against the
    article's published_earliest / published_latest), stable (both give the same date: an
    estimated publication date does not change what the weekday means), and, when the gold
    ``events``/``event_sources`` are given, gold_event / gold_date / agrees_with_gold for the
    coded event whose supporting sentence overlaps this one.
    """
    cols = ["article_id", "sentence_start", "date_text", "weekday", "date", "weekday_of_date",
            "consistent", "at_earliest", "at_latest", "stable", "gold_event", "gold_date",
            "agrees_with_gold"]
    if extracted is None or extracted.empty:
        return pd.DataFrame(columns=cols)
    rows = []
    for r in extracted[extracted["weekday"].notna()].itertuples(index=False):
        lo = normalize_date(r.date_text, _as_date(r.published_earliest))
        hi = normalize_date(r.date_text, _as_date(r.published_latest))
        row = {
            "article_id": r.article_id, "sentence_start": r.start, "date_text": r.date_text,
            "weekday": r.weekday, "date": r.date, "weekday_of_date": r.weekday_of_date,
            "consistent": r.weekday == r.weekday_of_date,
            "at_earliest": lo.value if lo else None, "at_latest": hi.value if hi else None,
            "stable": (lo == hi) if lo and hi else None,
            "gold_event": None, "gold_date": None, "agrees_with_gold": None,
        }
        if events is not None and event_sources is not None and not event_sources.empty:
            src = event_sources[(event_sources["article_id"] == r.article_id)
                                & (event_sources["start"] < r.end) & (event_sources["end"] > r.start)]
            if not src.empty:
                eid = src.iloc[0]["event_id"]
                gold = events[events["event_id"] == eid]
                if not gold.empty:
                    row["gold_event"] = eid
                    row["gold_date"] = str(gold.iloc[0]["date"])
                    row["agrees_with_gold"] = row["gold_date"] == r.date
        rows.append(row)
    return pd.DataFrame(rows, columns=cols)


def _as_date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _blank(value) -> bool:
    return value is None or (isinstance(value, float) and pd.isna(value)) or str(value).strip() == ""


def stated_span(value, precision, latest=None) -> tuple[dt.date, dt.date] | None:
    """(earliest, latest) of a stated date such as ("2025-10", "month"); None if blank.

    An 'interval' gives only its earliest day in ``value``; its latest is ``latest`` when
    known (e.g. from events.csv), else the interval is taken as that one day.
    """
    if _blank(value) or _blank(precision):
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
        if p == "interval" and not _blank(latest):
            return d, _as_date(latest)
        return d, d
    except ValueError:
        return None


def source_agreement(events: pd.DataFrame, event_sources: pd.DataFrame) -> pd.DataFrame:
    """For each coded event: which articles report it and whether their stated dates agree.

    One row per event: event_id, title, n_articles, articles, stated (article: date/precision
    for each article that states a date), status:
    - 'single source': only one article reports the event;
    - 'agree': two or more articles state a date and all state the same date and precision;
    - 'compatible': the stated dates differ (e.g. a month and a day) but their spans overlap;
    - 'conflict': two stated spans do not overlap;
    - 'not dated by two sources': reported by several articles but dated by at most one.
    """
    cols = ["event_id", "title", "n_articles", "articles", "stated", "status"]
    if event_sources is None or event_sources.empty:
        return pd.DataFrame(columns=cols)
    latest_of = dict(zip(events["event_id"], events["latest"])) if events is not None else {}
    titles = dict(zip(events["event_id"], events["title"])) if events is not None else {}
    rows = []
    for eid, grp in event_sources.groupby("event_id", sort=True):
        arts = sorted(grp["article_id"].unique())
        per_article: dict[str, set[tuple[str, str]]] = {}
        for r in grp.itertuples(index=False):
            if not _blank(r.stated_date) and not _blank(r.date_text):
                per_article.setdefault(r.article_id, set()).add((str(r.stated_date), str(r.stated_precision)))
        stated = {a: sorted(v) for a, v in per_article.items()}
        if len(arts) == 1:
            status = "single source"
        elif len(stated) < 2:
            status = "not dated by two sources"
        else:
            values = {x for v in stated.values() for x in v}
            spans = [stated_span(v, p, latest_of.get(eid) if p == "interval" else None) for v, p in values]
            spans = [s for s in spans if s]
            disjoint = any(a[1] < b[0] or b[1] < a[0] for a in spans for b in spans)
            by_article = [set(v) for v in stated.values()]
            same = all(s == by_article[0] for s in by_article) and len(by_article[0]) == 1
            status = "agree" if same else ("conflict" if disjoint else "compatible")
        rows.append({
            "event_id": eid, "title": titles.get(eid, ""), "n_articles": len(arts),
            "articles": ";".join(arts),
            "stated": "; ".join(f"{a}: {', '.join(f'{v}/{p}' for v, p in vals)}" for a, vals in stated.items()),
            "status": status,
        })
    return pd.DataFrame(rows, columns=cols)


def date_conflicts(events: pd.DataFrame | None = None, event_sources: pd.DataFrame | None = None,
                   extracted: pd.DataFrame | None = None) -> pd.DataFrame:
    """Dates that contradict each other. One row per problem: source, id, problem, detail.

    Problems looked for:
    - 'earliest after latest': an event (events.csv) or extracted row whose interval is empty;
    - 'date outside bounds': an event whose date does not lie within its earliest..latest;
    - 'stated dates disagree': two supporting rows of one event state spans that do not
      overlap (e.g. the same event on two different days);
    - 'stated date outside event': a supporting row whose stated span misses the event's
      earliest..latest;
    - 'weekday mismatch': an extracted expression whose named weekday is not its date's.
    """
    cols = ["source", "id", "problem", "detail"]
    rows = []
    if events is not None and not events.empty:
        for r in events.itertuples(index=False):
            try:
                lo, hi = _as_date(r.earliest), _as_date(r.latest)
            except ValueError:
                rows.append({"source": "events", "id": r.event_id, "problem": "unreadable bounds",
                             "detail": f"{r.earliest} .. {r.latest}"})
                continue
            if lo > hi:
                rows.append({"source": "events", "id": r.event_id, "problem": "earliest after latest",
                             "detail": f"{lo} > {hi}"})
            span = stated_span(r.date, r.precision, r.latest)
            if span and (span[0] < lo or span[0] > hi):
                rows.append({"source": "events", "id": r.event_id, "problem": "date outside bounds",
                             "detail": f"{r.date} not in {lo} .. {hi}"})
    if event_sources is not None and not event_sources.empty:
        bounds = ({r.event_id: (r.earliest, r.latest) for r in events.itertuples(index=False)}
                  if events is not None else {})
        for eid, grp in event_sources.groupby("event_id", sort=True):
            b = bounds.get(eid)
            stated = []
            for r in grp.itertuples(index=False):
                sp = stated_span(r.stated_date, r.stated_precision, b[1] if b else None)
                if sp:
                    stated.append((r.article_id, r.start, r.stated_date, r.stated_precision, sp))
                    if b and (sp[1] < _as_date(b[0]) or sp[0] > _as_date(b[1])):
                        rows.append({"source": "event_sources", "id": eid,
                                     "problem": "stated date outside event",
                                     "detail": f"{r.article_id}@{r.start}: {r.stated_date}/{r.stated_precision} vs {b[0]} .. {b[1]}"})
            for i, x in enumerate(stated):
                for y in stated[i + 1:]:
                    if x[4][1] < y[4][0] or y[4][1] < x[4][0]:
                        rows.append({"source": "event_sources", "id": eid, "problem": "stated dates disagree",
                                     "detail": f"{x[0]}@{x[1]}: {x[2]}/{x[3]} vs {y[0]}@{y[1]}: {y[2]}/{y[3]}"})
    if extracted is not None and not extracted.empty:
        for r in extracted.itertuples(index=False):
            if _as_date(r.earliest) > _as_date(r.latest):
                rows.append({"source": "extracted", "id": f"{r.article_id}@{r.expr_start}",
                             "problem": "earliest after latest", "detail": f"{r.date_text}: {r.earliest} > {r.latest}"})
            if isinstance(r.weekday, str) and r.weekday_ok is False:
                rows.append({"source": "extracted", "id": f"{r.article_id}@{r.expr_start}",
                             "problem": "weekday mismatch",
                             "detail": f"{r.date_text!r}: {r.date} is a {r.weekday_of_date}"})
    return pd.DataFrame(rows, columns=cols)


# --- evaluation ------------------------------------------------------------------------------

def _align(gold_row, candidates: pd.DataFrame):
    """The extracted row of a matched sentence that stands for the gold date_text: the one whose
    expression overlaps where date_text occurs in the sentence; else one with the stated date;
    else the first."""
    text = str(gold_row.date_text) if not _blank(gold_row.date_text) else ""
    if text:
        pos = str(gold_row.sentence).lower().find(text.lower())
        if pos >= 0:
            a, b = gold_row.start + pos, gold_row.start + pos + len(text)
            hit = candidates[(candidates["expr_start"] < b) & (candidates["expr_end"] > a)]
            if not hit.empty:
                return hit.iloc[0]
    same = candidates[candidates["date"].astype(str) == str(gold_row.stated_date)]
    return same.iloc[0] if not same.empty else candidates.iloc[0]


def evaluate_events(extracted: pd.DataFrame, event_sources: pd.DataFrame) -> pd.DataFrame:
    """Score extracted dated sentences against hand-coded event_sources. Returns metric, value, n.

    A gold row and an extracted row *match* when they are in the same article and their
    sentence spans overlap.
    - recall: of gold supporting rows (deduplicated by article, span and date_text) that have
      a date_text and a stated_date, the share matched by some extracted row;
    - recall_any_date_text: the same over every gold row with a date_text, including vague
      non-temporal cues the coder noted ("quick", "immediate", "ongoing");
    - precision: of distinct extracted sentences, the share that overlap some gold row of
      event_sources (any row, dated or not: the sentence supports a coded event);
    - date_accuracy: on the recall matches, the share whose aligned extracted expression (the
      one overlapping where date_text occurs in the sentence) has date == stated_date and
      precision == stated_precision;
    - date_overlap: the same, but counting extracted spans that overlap the stated span.
    """
    ex = extracted if extracted is not None else pd.DataFrame(columns=EVENT_COLUMNS)
    gold = event_sources.copy()
    gold["has_text"] = ~gold["date_text"].map(_blank)
    gold["has_date"] = ~gold["stated_date"].map(_blank)
    gold = gold.drop_duplicates(["article_id", "start", "end", "date_text"])

    def candidates(g):
        return ex[(ex["article_id"] == g.article_id) & (ex["start"] < g.end) & (ex["end"] > g.start)]

    dated = gold[gold["has_text"] & gold["has_date"]]
    matched, exact, overlap = 0, 0, 0
    for g in dated.itertuples(index=False):
        c = candidates(g)
        if c.empty:
            continue
        matched += 1
        best = _align(g, c)
        exact += int(str(best["date"]) == str(g.stated_date) and best["precision"] == g.stated_precision)
        span = stated_span(g.stated_date, g.stated_precision)
        if span and not (_as_date(best["latest"]) < span[0] or _as_date(best["earliest"]) > span[1]):
            overlap += 1
    any_text = gold[gold["has_text"]]
    any_matched = sum(1 for g in any_text.itertuples(index=False) if not candidates(g).empty)
    sents = ex.drop_duplicates(["article_id", "start", "end"]) if not ex.empty else ex
    supported = 0
    for r in sents.itertuples(index=False):
        src = event_sources[(event_sources["article_id"] == r.article_id)
                            & (event_sources["start"] < r.end) & (event_sources["end"] > r.start)]
        supported += int(not src.empty)

    def ratio(a, b):
        return a / b if b else float("nan")

    return pd.DataFrame([
        {"metric": "recall", "value": ratio(matched, len(dated)), "n": len(dated)},
        {"metric": "recall_any_date_text", "value": ratio(any_matched, len(any_text)), "n": len(any_text)},
        {"metric": "precision", "value": ratio(supported, len(sents)), "n": len(sents)},
        {"metric": "date_accuracy", "value": ratio(exact, matched), "n": matched},
        {"metric": "date_overlap", "value": ratio(overlap, matched), "n": matched},
    ])


def main(argv: list[str] | None = None) -> int:
    """Print the scores: ``python -m rhetoric.timeline CORPUS EVENT_SOURCES.csv``."""
    import argparse

    from rhetoric.actors import actors_for_corpus, load_actors

    p = argparse.ArgumentParser(prog="python -m rhetoric.timeline", description=main.__doc__)
    p.add_argument("corpus")
    p.add_argument("event_sources")
    args = p.parse_args(argv)
    extracted = extract_events_corpus(args.corpus, load_actors(actors_for_corpus(args.corpus)), progress=False)
    from rhetoric.annotations import load_table

    print(evaluate_events(extracted, load_table(args.event_sources)).to_string(index=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


# --- what the timeline report shows ------------------------------------------------------------

TIMELINE_COLUMNS = ["event_id", "title", "date", "precision", "earliest", "latest", "category",
                    "actors", "n_sources", "articles", "sentence", "supporting", "source"]


def events_table(corpus_dir: Path | str, registry, annotations_dir: Path | str | None = None) -> tuple[pd.DataFrame, str]:
    """The events a report draws, and where they come from ("hand-coded" or "automated").

    Hand-coded: one row per event of events.csv, with the number of articles that report it,
    its first supporting sentence, and every supporting span (article:start-end). Automated
    (a corpus nobody has coded): one row per dated expression that extract_events finds, its
    title being the sentence.
    """
    from rhetoric.annotations import load_events

    coded = load_events(annotations_dir) if annotations_dir else None
    if coded is not None:
        events, sources = coded
        grouped = sources.groupby("event_id")
        rows = []
        for e in events.itertuples(index=False):
            src = grouped.get_group(e.event_id) if e.event_id in grouped.groups else sources.iloc[0:0]
            rows.append({
                "event_id": e.event_id, "title": e.title, "date": e.date, "precision": e.precision,
                "earliest": e.earliest, "latest": e.latest, "category": e.category, "actors": e.actors,
                "n_sources": src["article_id"].nunique(),
                "articles": ";".join(sorted(src["article_id"].unique())),
                "sentence": src.iloc[0]["sentence"] if len(src) else "",
                "supporting": "; ".join(f"{r.article_id}:{r.start}-{r.end}" for r in src.itertuples()),
                "source": "hand-coded",
            })
        table = pd.DataFrame(rows, columns=TIMELINE_COLUMNS)
        kind = "hand-coded"
    else:
        ex = extract_events_corpus(corpus_dir, registry, progress=False)
        table = pd.DataFrame({
            "event_id": [f"X{i + 1:03d}" for i in range(len(ex))],
            "title": ex["sentence"], "date": ex["date"], "precision": ex["precision"],
            "earliest": ex["earliest"].astype(str), "latest": ex["latest"].astype(str),
            "category": ex["category"], "actors": ex["actors"], "n_sources": 1,
            "articles": ex["article_id"], "sentence": ex["sentence"],
            "supporting": [f"{a}:{s}-{e}" for a, s, e in zip(ex["article_id"], ex["start"], ex["end"])],
            "source": "automated",
        }, columns=TIMELINE_COLUMNS)
        kind = "automated"
    table["earliest"] = pd.to_datetime(table["earliest"])
    table["latest"] = pd.to_datetime(table["latest"])
    return table.sort_values(["earliest", "latest", "event_id"]).reset_index(drop=True), kind


def filter_events(table: pd.DataFrame, registry, window: tuple[str, str] | None = None,
                  actors: list[str] | None = None, categories: list[str] | None = None) -> pd.DataFrame:
    """Events overlapping the window, involving any of the actors, in any of the categories.

    Bad parameters raise RhetoricError: an empty or unreadable window, an unknown actor (with
    close matches and the valid ids), an unknown category (with the valid ones).
    """
    from rhetoric.errors import RhetoricError

    out = table
    if window:
        try:
            lo, hi = pd.Timestamp(window[0]), pd.Timestamp(window[1])
        except ValueError as exc:
            raise RhetoricError(f"date window {window!r} is not two dates: {exc}") from None
        if lo > hi:
            raise RhetoricError(f"date window {window[0]} … {window[1]} is empty: its start is after its end")
        out = out[(out["latest"] >= lo) & (out["earliest"] <= hi)]
    if actors:
        ids = {registry.require(a) for a in actors}
        out = out[out["actors"].fillna("").map(lambda s: bool(ids & set(s.split(";"))))]
    if categories:
        valid = sorted(set(CATEGORY_KEYWORDS) | {"other"})
        unknown = [c for c in categories if c not in valid]
        if unknown:
            raise RhetoricError(f"unknown categor{'y' if len(unknown) == 1 else 'ies'} {', '.join(unknown)}; "
                                f"valid: {', '.join(valid)}")
        out = out[out["category"].isin(categories)]
    return out.reset_index(drop=True)


CRISIS_WEEK = ("2025-10-03", "2025-10-12")


def event_list(table: pd.DataFrame) -> pd.DataFrame:
    """The events as the report's table shows them: dates as ISO days, the supporting spans."""
    return table[["event_id", "date", "precision", "earliest", "latest", "category", "title",
                  "actors", "n_sources", "supporting"]].assign(
        earliest=table["earliest"].dt.strftime("%Y-%m-%d"), latest=table["latest"].dt.strftime("%Y-%m-%d"))


def describe_window(window) -> str:
    """'3–12 October 2025', '28 September – 2 October 2025' or '30 December 2025 – 2 January 2026'."""
    lo, hi = pd.Timestamp(window[0]), pd.Timestamp(window[1])
    if lo.year != hi.year:
        return f"{lo.day} {lo:%B %Y} – {hi.day} {hi:%B %Y}"
    if lo.month != hi.month:
        return f"{lo.day} {lo:%B} – {hi.day} {hi:%B %Y}"
    return f"{lo.day}–{hi.day} {hi:%B %Y}"


def span_title(table: pd.DataFrame) -> str:
    """A title for the whole timeline: its number of events and the years it spans."""
    if table.empty:
        return "No dated event"
    lo, hi = table["earliest"].min(), table["latest"].max()
    years = f"{lo.year}" if lo.year == hi.year else f"{lo.year} to {hi.year}"
    return f"{len(table)} dated events, {years}"


def summarize_timeline(table: pd.DataFrame, kind: str, close_up=CRISIS_WEEK,
                       close_up_name: str = "the crisis week") -> str:
    """The report's headline, in Markdown, with its numbers (``close_up`` None: no close-up)."""
    if table.empty:
        return "No dated event was found with these parameters."
    lo, hi = table["earliest"].min(), table["latest"].max()
    both = int((table["n_sources"] >= 2).sum())
    vague = int((table["precision"] == "interval").sum())
    noun = "hand-coded events" if kind == "hand-coded" else "dated sentences found by the automated extraction"
    years = f"in {lo.year}" if lo.year == hi.year else f"between {lo.year} and {hi.year}"
    text = f"The articles date **{len(table)} {noun}** {years}"
    if close_up:
        week = filter_events(table, None, close_up)
        text += f"; **{len(week)}** fall in {close_up_name}, {describe_window(close_up)}"
    text += "."
    if kind == "hand-coded":
        text += (f" **{both}** are reported by both articles, **{len(table) - both}** by one only; "
                 f"**{vague}** can only be dated as an interval (\"recently\", \"just days before\").")
    return text


def reference_accuracy() -> pd.DataFrame:
    """The automated extraction scored on the repository's own hand-coded corpus.

    Reports built from automated extraction show this, so a reader knows how far to trust it.
    """
    from rhetoric.actors import load_actors
    from rhetoric.annotations import load_events
    from rhetoric.paths import DEFAULT_ACTORS, DEFAULT_ANNOTATIONS, DEFAULT_CORPUS

    extracted = extract_events_corpus(DEFAULT_CORPUS, load_actors(DEFAULT_ACTORS), progress=False)
    _, sources = load_events(DEFAULT_ANNOTATIONS)
    return evaluate_events(extracted, sources)


def summarize_agreement(agreement: pd.DataFrame) -> str:
    """One sentence counting the source-agreement statuses."""
    if agreement.empty:
        return "No event is reported by the hand-coded sources."
    counts = agreement["status"].value_counts()
    order = ["agree", "compatible", "conflict", "not dated by two sources", "single source"]
    parts = [f"**{counts[s]}** {s}" for s in order if s in counts]
    return f"Of {len(agreement)} hand-coded events: " + ", ".join(parts) + "."
