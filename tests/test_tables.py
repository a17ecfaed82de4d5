"""Report tables: escaped cells, spans linked to the reader pages, wide and long tables."""

from __future__ import annotations

import re

import pandas as pd

from rhetoric.report import tables


def _html(frame, **kwargs) -> str:
    return tables.show(frame, "A caption <b>", **kwargs)._repr_html_()


def test_a_list_of_spans_links_each_span_to_its_highlight():
    out = _html(pd.DataFrame({"supporting": ["001_x:1425-1497; f.2:3-9", "not: a span"]}))
    assert '<a class="rh-src" href="articles/001_x.html#1425-1497">001_x:1425-1497</a>; ' in out
    assert 'href="articles/f.2.html#3-9"' in out
    assert "<td>not: a span</td>" in out


def test_start_and_end_columns_link_to_the_span_of_the_rows_article():
    frame = pd.DataFrame({"article_id": ["a1", "a2"], "quote": ["q", "r"], "start": [10, None], "end": [20, None]})
    out = _html(frame)
    assert out.count('href="articles/a1.html#10-20"') == 2  # start and end
    assert "a2.html" not in out  # no offsets, no link
    frame = pd.DataFrame({"article": ["a1"], "start": [10], "end": [20]})
    assert 'href="articles/a1.html#10-20">10</a>' in _html(frame)


def test_a_span_column_links_to_the_article_of_its_pair():
    frame = pd.DataFrame({"article_a": ["a1"], "span_a": ["3-7"], "article_b": ["b2"], "span_b": ["8-12"]})
    out = _html(frame)
    assert 'href="articles/a1.html#3-7"' in out and 'href="articles/b2.html#8-12"' in out


def test_cells_and_caption_are_escaped():
    out = _html(pd.DataFrame({"q": ['<script>alert(1)</script>'], "<th>": ["x"]}))
    assert "<script>" not in out and "&lt;script&gt;" in out and "&lt;th&gt;" in out
    assert "<caption>A caption &lt;b&gt;</caption>" in out


def test_values_print_as_the_reader_expects():
    frame = pd.DataFrame({"f": [0.8444444, 2.0, None], "d": pd.to_datetime(["2025-10-08", None, "2025-10-09"])})
    out = _html(frame)
    assert "<td>0.844444</td>" in out and "<td>2.0</td>" in out and "<td>2025-10-08</td>" in out
    assert "NaN" not in out and "NaT" not in out


def test_a_wide_table_shows_key_columns_and_folds_the_rest():
    frame = pd.DataFrame({f"c{i}": [i] for i in range(tables.MAX_COLUMNS + 3)})
    out = _html(frame)
    head = re.search(r"<thead>.*?</thead>", out).group(0)
    assert head.count("<th>") == tables.MAX_COLUMNS - 1 and "more</th>" in head
    assert "<details><summary>4 more</summary>" in out and "<dt>c11</dt><dd>11</dd>" in out
    out = _html(frame, key=["c0", "c5"])
    assert re.search(r"<thead>.*?</thead>", out).group(0).count("<th>") == 2


def test_only_long_tables_are_interactive_and_the_same_frame_gives_the_same_bytes():
    short = pd.DataFrame({"a": range(tables.INTERACTIVE_ROWS)})
    long = pd.DataFrame({"a": range(tables.INTERACTIVE_ROWS + 1)})
    assert "data-rh-interactive" not in _html(short)
    assert f'data-rh-interactive="{tables.PAGE_ROWS}"' in _html(long)
    assert _html(long) == _html(long.copy())
    assert " id=" not in _html(long)


def test_a_very_long_table_shows_its_first_rows_and_writes_all_of_them_beside_the_report(tmp_path):
    from rhetoric.report import charts

    charts.enable("my_report", tmp_path)
    try:
        out = _html(pd.DataFrame({"a": range(tables.MAX_ROWS + 7)}))
    finally:
        charts.enable()
    assert out.count("<tr><td>") == tables.MAX_ROWS
    assert f"The first {tables.MAX_ROWS} of {tables.MAX_ROWS + 7:,} rows" in out
    csv = tmp_path / "figures" / "my_report" / "table_a_caption_b.csv"
    assert 'href="figures/my_report/table_a_caption_b.csv"' in out
    assert len(csv.read_text().splitlines()) == tables.MAX_ROWS + 8


def test_pairs_by_source_of_many_articles_are_one_row_each_not_a_column_per_article():
    from rhetoric.report.stance_views import WIDE_UP_TO, by_source_table

    articles = [f"a{i}" for i in range(WIDE_UP_TO + 3)]
    table = pd.DataFrame({"speaker_name": "X", "target_name": "Y", "article_id": articles,
                          "mean": [-2.0, 1.0, 1.0, 1.0, 1.0, 1.0], "count": [3, 1, 1, 1, 1, 1]})
    out = by_source_table(table, articles)
    assert list(out.columns) == ["speaker", "target", "reported by", "statements", "mean", "by article"]
    row = out.iloc[0]
    assert row["statements"] == 8 and row["reported by"] == "all sources" and row["mean"] == -0.12
    assert row["by article"].startswith("a0: 3 × -2.0; a1: 1 × +1.0")
