"""What the timeline report shows: the events table (hand-coded or automated), its filters,
and the sentences that describe it. The events are those ``rhetoric.store.loading.load_events``
chooses; the automated ones are read from the derived-table cache."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from rhetoric.extract.event_evaluation import evaluate_events
from rhetoric.extract.events import CATEGORY_KEYWORDS
from rhetoric.markup import md_text

if TYPE_CHECKING:
    from rhetoric.store.loading import Events

TIMELINE_COLUMNS = ["event_id", "title", "date", "precision", "earliest", "latest", "category",
                    "actors", "n_sources", "articles", "sentence", "supporting", "source"]


def events_table(events: Events) -> tuple[pd.DataFrame, str]:
    """The events a report draws, and where they come from ("hand-coded" or "automated").

    ``events``: what ``rhetoric.store.loading.load_events`` returns. Hand-coded: one row per
    event of events.csv, with the number of articles that report it, its first supporting
    sentence, and every supporting span (article:start-end). Automated (a corpus nobody has
    coded): one row per dated expression that the extraction finds, its title being the sentence.
    """
    if events.coded is not None:
        table = _coded_events_table(*events.coded)
    else:
        ex = events.derived()
        table = pd.DataFrame({
            "event_id": [f"X{i + 1:03d}" for i in range(len(ex))],
            "title": ex["sentence"], "date": ex["date"], "precision": ex["precision"],
            "earliest": ex["earliest"].astype(str), "latest": ex["latest"].astype(str),
            "category": ex["category"], "actors": ex["actors"], "n_sources": 1,
            "articles": ex["article_id"], "sentence": ex["sentence"],
            "supporting": [f"{a}:{s}-{e}" for a, s, e in zip(ex["article_id"], ex["start"], ex["end"])],
            "source": "automated",
        }, columns=TIMELINE_COLUMNS)
    table["earliest"] = pd.to_datetime(table["earliest"])
    table["latest"] = pd.to_datetime(table["latest"])
    return table.sort_values(["earliest", "latest", "event_id"]).reset_index(drop=True), events.kind


def _coded_events_table(events: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """One row per hand-coded event, with its sources (``events_table``)."""
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
    return pd.DataFrame(rows, columns=TIMELINE_COLUMNS)


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
        earliest=table["earliest"].dt.strftime("%Y-%m-%d"), latest=table["latest"].dt.strftime("%Y-%m-%d"),
        actors=table["actors"].fillna("").str.replace(";", "; ", regex=False))


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
        text += f"; **{len(week)}** fall in {md_text(close_up_name)}, {describe_window(close_up)}"
    text += "."
    if kind == "hand-coded":
        text += (f" **{both}** are reported by both articles, **{len(table) - both}** by one only; "
                 f"**{vague}** can only be dated as an interval (\"recently\", \"just days before\").")
    return text


def reference_accuracy(events: Events | None = None) -> pd.DataFrame:
    """The automated extraction scored on the repository's own hand-coded corpus.

    Reports built from automated extraction show this, so a reader knows how far to trust it.
    ``events``: the report's, reused when they are that corpus's
    (``rhetoric.store.loading.reference_events``); the dated sentences come from the cache.
    """
    from rhetoric.store.loading import reference_events

    return evaluate_events(*reference_events(events))


def summarize_agreement(agreement: pd.DataFrame) -> str:
    """One sentence counting the source-agreement statuses."""
    if agreement.empty:
        return "No event is reported by the hand-coded sources."
    counts = agreement["status"].value_counts()
    order = ["agree", "compatible", "conflict", "not dated by two sources", "single source"]
    parts = [f"**{counts[s]}** {s}" for s in order if s in counts]
    return f"Of {len(agreement)} hand-coded events: " + ", ".join(parts) + "."
