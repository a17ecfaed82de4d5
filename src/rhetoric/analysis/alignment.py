"""The same statement as different sources report it: fuzzy alignment and wording variants.

Two articles often quote one statement in two translations ("horrified" / "appalled",
"blatant" / "brutal", "reviving" / "restoring"). ``align_across_sources`` pairs statements of
the same speaker from different articles whose quotes are similar (rapidfuzz), one-to-one,
most similar first, and ``wording_variants`` lists the words that differ (``word_diff`` gives
them as a redline). Quotes are compared only within a speaker, and for a speaker with many
quotes only those that share a rare word (``candidate_pairs``): no step compares all pairs.
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


def word_diff(a: str, b: str) -> list[tuple[str, str]]:
    """The two renderings as one word-level redline: ("equal", words), ("delete", words only in
    ``a``), ("insert", words only in ``b``), in reading order. Words are compared without case
    and punctuation; the text of each part is as written (``a``'s for the equal parts)."""
    wa, wb = a.split(), b.split()

    def key(word: str) -> str:
        return "".join(_WORD.findall(word.lower().replace("’", "'"))) or word

    matcher = difflib.SequenceMatcher(a=[key(w) for w in wa], b=[key(w) for w in wb], autojunk=False)
    parts: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op in ("equal", "delete", "replace") and i2 > i1:
            parts.append(("equal" if op == "equal" else "delete", " ".join(wa[i1:i2])))
        if op in ("insert", "replace") and j2 > j1:
            parts.append(("insert", " ".join(wb[j1:j2])))
    return parts


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


#: A speaker with at most this many quotes has every pair of them from two articles compared.
ALL_PAIRS_UP_TO = 300
#: Above it (blocking): a quote is compared only with quotes of the same speaker in other
#: articles that share one of its ``RARE_WORDS`` rarest words, at most ``MAX_POSTING`` quotes
#: per word, so the comparisons grow linearly with the number of quotes, not quadratically.
RARE_WORDS = 3
MAX_POSTING = 50


def _words(quote: str) -> set[str]:
    return {w for w in _WORD.findall(quote.lower().replace("’", "'")) if len(w) >= 3}


def candidate_pairs(rows: list) -> list[tuple[int, int]]:
    """Pairs (i, j), i < j, of ``rows`` (one speaker's quotes, with ``article_id`` and
    ``quote``) from two different articles that are worth scoring: all of them for a small
    speaker, else those that share a rare word (blocking, ``ALL_PAIRS_UP_TO``)."""
    n = len(rows)
    if n <= ALL_PAIRS_UP_TO:
        return [(i, j) for i in range(n) for j in range(i + 1, n) if rows[i].article_id != rows[j].article_id]
    words = [_words(r.quote) for r in rows]
    postings: dict[str, list[int]] = {}
    for i, ws in enumerate(words):
        for w in ws:
            postings.setdefault(w, []).append(i)
    pairs = set()
    for i, ws in enumerate(words):
        for w in sorted(ws, key=lambda w: (len(postings[w]), w))[:RARE_WORDS]:
            posting = postings[w]
            at = posting.index(i)  # the quotes nearest in corpus order first, both sides
            near = posting[max(0, at - MAX_POSTING // 2): at + MAX_POSTING // 2 + 1]
            pairs.update((min(i, j), max(i, j)) for j in near if rows[j].article_id != rows[i].article_id)
    return sorted(pairs)


def align_across_sources(statements, min_similarity: int = MIN_SIMILARITY) -> pd.DataFrame:
    """Pairs of statements by one speaker in two articles that render the same words.

    ``statements`` has one row per (statement, target) (a StatementSource or a frame);
    statements are compared once each, and only with the same speaker's quotes in other
    articles (``candidate_pairs``: every pair for a speaker with few quotes, pairs that share a
    rare word above that). Columns: speaker, article_a, quote_a, span_a, article_b, quote_b,
    span_b, similarity, variants. Authorial statements are left out (the two articles' own
    voices differ).
    """
    cols = ["speaker", "article_a", "quote_a", "span_a", "article_b", "quote_b", "span_b", "similarity", "variants"]
    unique = quoted_in_several_articles(statements).drop_duplicates(["article_id", "statement_id"])
    unique = unique.reset_index(drop=True).assign(order=lambda d: range(len(d)))
    candidates = []
    for _, block in unique.groupby("speaker", sort=True):
        rows = list(block.itertuples())
        for i, j in candidate_pairs(rows):
            l, r = (rows[i], rows[j]) if rows[i].article_id < rows[j].article_id else (rows[j], rows[i])
            score = fuzz.token_set_ratio(l.quote, r.quote)
            if score >= min_similarity:
                candidates.append((score, l, r))
    used, rows = set(), []
    for score, l, r in sorted(candidates, key=lambda c: (-c[0], c[1].start, c[2].start, c[1].article_id,
                                                         c[2].article_id, c[1].order, c[2].order)):
        if (l.article_id, l.statement_id) in used or (r.article_id, r.statement_id) in used:
            continue
        used |= {(l.article_id, l.statement_id), (r.article_id, r.statement_id)}
        rows.append({"speaker": l.speaker, "article_a": l.article_id, "quote_a": l.quote,
                     "span_a": f"{l.start}-{l.end}", "article_b": r.article_id, "quote_b": r.quote,
                     "span_b": f"{r.start}-{r.end}", "similarity": round(score, 1),
                     "variants": wording_variants(l.quote, r.quote)})
    return pd.DataFrame(rows, columns=cols).sort_values(["speaker", "span_a"]).reset_index(drop=True)
