"""Consistency checks of dates, for the timeline report: weekdays against their dates, the
sources' agreement on each coded event, and dates that contradict each other.

``weekday_checks``, ``source_agreement`` and ``date_conflicts`` return DataFrames for the
notebooks; ``stated_span`` turns a stated date and its precision into the days it can mean.
"""

from __future__ import annotations

import pandas as pd

from rhetoric.extract.date_values import as_date, is_blank, stated_span
from rhetoric.extract.dates import normalize_date

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
        lo = normalize_date(r.date_text, as_date(r.published_earliest))
        hi = normalize_date(r.date_text, as_date(r.published_latest))
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
            if not is_blank(r.stated_date) and not is_blank(r.date_text):
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
                lo, hi = as_date(r.earliest), as_date(r.latest)
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
                    if b and (sp[1] < as_date(b[0]) or sp[0] > as_date(b[1])):
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
            if as_date(r.earliest) > as_date(r.latest):
                rows.append({"source": "extracted", "id": f"{r.article_id}@{r.expr_start}",
                             "problem": "earliest after latest", "detail": f"{r.date_text}: {r.earliest} > {r.latest}"})
            if isinstance(r.weekday, str) and r.weekday_ok is False:
                rows.append({"source": "extracted", "id": f"{r.article_id}@{r.expr_start}",
                             "problem": "weekday mismatch",
                             "detail": f"{r.date_text!r}: {r.date} is a {r.weekday_of_date}"})
    return pd.DataFrame(rows, columns=cols)
