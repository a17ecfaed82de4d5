"""The same statement as different sources report it: fuzzy alignment and wording variants.

Two articles often quote one statement in two translations ("horrified" / "appalled",
"blatant" / "brutal", "reviving" / "restoring"). ``align_across_sources`` pairs statements of
the same speaker from different articles whose quotes are similar (rapidfuzz), one-to-one,
most similar first, and ``wording_variants`` lists the words that differ.
"""

from __future__ import annotations

import difflib
import re

import pandas as pd
from rapidfuzz import fuzz

#: Quotes this similar (0–100, rapidfuzz token_set_ratio) are taken as one statement.
MIN_SIMILARITY = 60

_WORD = re.compile(r"[\w’']+")


def wording_variants(a: str, b: str) -> str:
    """The words that differ between two renderings, as 'a words → b words; …'."""
    wa, wb = _WORD.findall(a), _WORD.findall(b)
    matcher = difflib.SequenceMatcher(a=[w.lower() for w in wa], b=[w.lower() for w in wb], autojunk=False)
    changes = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        left, right = " ".join(wa[i1:i2]) or "∅", " ".join(wb[j1:j2]) or "∅"
        changes.append(f"{left} → {right}")
    return "; ".join(changes)


def quoted_in_several_articles(statements) -> pd.DataFrame:
    """The quoted rows (direct and partial quotes) of the speakers quoted in more than one
    article, the only ones that can align, in corpus order: article_id, statement_id, speaker,
    quote, start, end. ``statements``: a StatementSource or a frame (queried in DuckDB)."""
    from rhetoric.store.source import as_source

    return as_source(statements).query("""
        SELECT article_id, statement_id, speaker, quote, "start", "end" FROM statements
        WHERE kind IN ('direct', 'partial') AND speaker IN (
            SELECT speaker FROM statements WHERE kind IN ('direct', 'partial')
            GROUP BY speaker HAVING count(DISTINCT article_id) > 1)
        ORDER BY _file, _row""")


def align_across_sources(statements, min_similarity: int = MIN_SIMILARITY) -> pd.DataFrame:
    """Pairs of statements by one speaker in two articles that render the same words.

    ``statements`` has one row per (statement, target) (a StatementSource or a frame);
    statements are compared once each. Columns: speaker, article_a, quote_a, span_a,
    article_b, quote_b, span_b, similarity, variants. Authorial statements are left out (the
    two articles' own voices differ).
    """
    cols = ["speaker", "article_a", "quote_a", "span_a", "article_b", "quote_b", "span_b", "similarity", "variants"]
    unique = quoted_in_several_articles(statements).drop_duplicates(["article_id", "statement_id"])
    articles = sorted(unique["article_id"].unique())
    candidates = []
    for i, a in enumerate(articles):
        for b in articles[i + 1:]:
            left, right = unique[unique["article_id"] == a], unique[unique["article_id"] == b]
            for l in left.itertuples():
                for r in right.itertuples():
                    if l.speaker != r.speaker:
                        continue
                    score = fuzz.token_set_ratio(l.quote, r.quote)
                    if score >= min_similarity:
                        candidates.append((score, l, r))
    used, rows = set(), []
    for score, l, r in sorted(candidates, key=lambda c: (-c[0], c[1].start, c[2].start)):
        if (l.article_id, l.statement_id) in used or (r.article_id, r.statement_id) in used:
            continue
        used |= {(l.article_id, l.statement_id), (r.article_id, r.statement_id)}
        rows.append({"speaker": l.speaker, "article_a": l.article_id, "quote_a": l.quote,
                     "span_a": f"{l.start}-{l.end}", "article_b": r.article_id, "quote_b": r.quote,
                     "span_b": f"{r.start}-{r.end}", "similarity": round(score, 1),
                     "variants": wording_variants(l.quote, r.quote)})
    return pd.DataFrame(rows, columns=cols).sort_values(["speaker", "span_a"]).reset_index(drop=True)
