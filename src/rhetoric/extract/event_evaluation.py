"""The dated sentences of the automated extraction scored against hand-coded event sources:
``python -m rhetoric.extract.event_evaluation CORPUS EVENT_SOURCES.csv [--actors actors.yml]``."""

from __future__ import annotations

import pandas as pd

from rhetoric.extract.date_values import as_date, is_blank, stated_span
from rhetoric.extract.events import EVENT_COLUMNS


def _align(gold_row, candidates: pd.DataFrame):
    """The extracted row of a matched sentence that stands for the gold date_text: the one whose
    expression overlaps where date_text occurs in the sentence; else one with the stated date;
    else the first."""
    text = str(gold_row.date_text) if not is_blank(gold_row.date_text) else ""
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
    gold["has_text"] = ~gold["date_text"].map(is_blank)
    gold["has_date"] = ~gold["stated_date"].map(is_blank)
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
        if span and not (as_date(best["latest"]) < span[0] or as_date(best["earliest"]) > span[1]):
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
    """Print the scores (module doc)."""
    import argparse

    from rhetoric.actors import actors_for_corpus, load_actors
    from rhetoric.annotations import load_table
    from rhetoric.extract.events import extract_events_corpus

    ap = argparse.ArgumentParser(prog="python -m rhetoric.extract.event_evaluation", description=__doc__)
    ap.add_argument("corpus")
    ap.add_argument("event_sources", help="hand-coded event_sources.csv")
    ap.add_argument("--actors")
    args = ap.parse_args(argv)
    registry = load_actors(args.actors or actors_for_corpus(args.corpus))
    extracted = extract_events_corpus(args.corpus, registry, progress=False)
    print(evaluate_events(extracted, load_table(args.event_sources)).to_string(index=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
