"""Aligning the same statement across articles: the redline of two wordings, and blocking."""

from __future__ import annotations

from collections import namedtuple

import pandas as pd

from rhetoric.analysis import alignment
from rhetoric.report.tables import Redline


def test_word_diff_is_a_redline_of_deleted_and_inserted_words():
    parts = alignment.word_diff("I am horrified by Turkey’s blatant violation", "I am appalled by Turkey's brutal violation, hypocritical")
    assert parts == [("equal", "I am"), ("delete", "horrified"), ("insert", "appalled"), ("equal", "by Turkey’s"),
                     ("delete", "blatant"), ("insert", "brutal"), ("equal", "violation"), ("insert", "hypocritical")]
    html = Redline(parts).__html__()
    assert '<del class="rh-del">horrified</del> <ins class="rh-ins">appalled</ins>' in html
    assert str(Redline([("equal", "a"), ("delete", "<b>")])) == "a [-<b>-]"
    assert "&lt;b&gt;" in Redline([("delete", "<b>")]).__html__()


Row = namedtuple("Row", "article_id quote")


def test_a_speaker_with_many_quotes_is_not_compared_pair_by_pair():
    n = 4 * alignment.ALL_PAIRS_UP_TO
    rows = [Row(f"a{i % 40:02d}", f"common words here about unique{i} and topic{i % 97}") for i in range(n)]
    rows[n - 1] = Row("zz", rows[5].quote.replace("common", "usual"))  # the same words, in another article
    pairs = alignment.candidate_pairs(rows)
    assert len(pairs) <= n * alignment.RARE_WORDS * (alignment.MAX_POSTING + 1)
    assert len(pairs) < n * (n - 1) / 2 / 10
    assert (5, n - 1) in pairs
    assert all(rows[i].article_id != rows[j].article_id for i, j in pairs)


def test_blocked_alignment_still_pairs_the_same_quote_in_two_articles():
    n = alignment.ALL_PAIRS_UP_TO + 50
    frame = pd.DataFrame({
        "article_id": [f"a{i:03d}" for i in range(n)] + ["b000"],
        "statement_id": [f"S{i}" for i in range(n + 1)],
        "speaker": "x", "target": "y", "kind": "direct",
        "quote": [f"words of statement {i} number{i} alpha{i}" for i in range(n)] + ["words of statement 7 number7 alpha7!"],
        "start": 0, "end": 10, "said_on": "", "said_on_precision": "", "stance": 0,
    })
    table = alignment.align_across_sources(frame)
    pairs = dict(zip(zip(table["article_a"], table["article_b"]), table["similarity"]))
    assert pairs[("a007", "b000")] >= 95
