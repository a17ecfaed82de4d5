import base64

import altair as alt
import pandas as pd

from rhetoric.report import charts


def test_renderer_gives_the_spec_and_a_png_and_no_random_ids():
    charts.enable()
    chart = alt.Chart(pd.DataFrame({"x": [1, 2]})).mark_point().encode(x="x:Q").properties(title="T")
    bundle = chart._repr_mimebundle_()
    data = bundle[0] if isinstance(bundle, tuple) else bundle
    assert data[charts.MIMETYPE]["mark"]["type"] == "point"
    assert base64.b64decode(data["image/png"])[:8] == b"\x89PNG\r\n\x1a\n"
    assert "altair-viz" not in str(data)
    again = chart._repr_mimebundle_()
    assert (again[0] if isinstance(again, tuple) else again) == data


def test_one_stance_scale_from_negative_to_positive():
    scale = charts.stance_scale().to_dict()
    assert scale["domain"] == [-2, -1, 0, 1, 2]
    assert scale["range"] == charts.STANCE_COLORS and len(set(charts.STANCE_COLORS)) == 5


def test_figure_writes_the_chart_data_beside_the_report(tmp_path):
    charts.enable("my_report", tmp_path)
    data = pd.DataFrame({"x": [1, 2]})
    chart = alt.Chart(data).mark_point().encode(x="x:Q")
    tagged = charts.figure(chart, "points")
    assert (tmp_path / "figures" / "my_report" / "points.csv").read_text() == "x\n1\n2\n"
    assert not (tmp_path / "figures" / "my_report" / "points.png").exists()
    bundle = charts.render(tagged.to_dict())  # what displaying the chart does
    png = (tmp_path / "figures" / "my_report" / "points.png").read_bytes()
    assert png.startswith(b"\x89PNG") and base64.b64decode(bundle["image/png"]) == png
    charts.enable()


def test_a_notebook_rerun_only_to_be_checked_writes_no_figure_files(tmp_path, monkeypatch):
    # (make test's nbval run of reports/*.ipynb: the committed reports stay as make reports built them)
    monkeypatch.setenv(charts.NO_FIGURE_FILES, "1")
    charts.enable("my_report", tmp_path)
    tagged = charts.figure(alt.Chart(pd.DataFrame({"x": [1, 2]})).mark_point().encode(x="x:Q"), "points")
    bundle = charts.render(tagged.to_dict())
    assert base64.b64decode(bundle["image/png"]).startswith(b"\x89PNG")  # (the notebook still shows it)
    assert not (tmp_path / "figures").exists()
    charts.enable()


def _events(n: int, day: str = "2025-10-08") -> pd.DataFrame:
    earliest = pd.to_datetime([day] * n) + pd.to_timedelta(range(n), unit="h")
    return pd.DataFrame({
        "event_id": [f"E{i:03d}" for i in range(n)], "title": [f"Event number {i} with a rather long title" for i in range(n)],
        "date": day, "precision": "day", "earliest": earliest, "latest": earliest, "category": "military",
        "actors": "", "n_sources": [1 + (i % 3 == 0) for i in range(n)], "supporting": "a:1-2", "sentence": "s"})


def test_short_titles_are_cut_at_a_word():
    assert charts.short_title("Skydagger kamikaze drones from Baykar arrive in Kosovo") == "Skydagger kamikaze drones from…"
    assert charts.short_title("Short") == "Short"


def test_timeline_labels_never_overlap_within_a_row():
    events = _events(12)
    data = events.assign(mid=events["earliest"])
    placed = charts.label_rows(data, "category", pd.Timestamp("2025-10-03"), pd.Timestamp("2025-10-12"))
    assert placed["row"].max() < charts.LABEL_ROWS
    labelled = placed[placed["text"] != ""]
    assert len(labelled) >= charts.LABEL_ROWS  # at least one label per row
    px = lambda ts: (ts - pd.Timestamp("2025-10-03")).total_seconds() / (9 * 86400) * charts.WIDTH  # noqa: E731
    for _, row in labelled.groupby("row"):
        spans = sorted((px(r.at), px(r.at) + 8 + charts._CHAR_PX * len(r.text)) for r in row.itertuples())
        assert all(b[0] > a[1] for a, b in zip(spans, spans[1:]))


def test_timeline_chart_labels_events_with_text_marks():
    spec = charts.timeline(_events(5), "T", "S", "t", domain=("2025-10-03", "2025-10-12")).to_dict()
    texts = [layer for layer in spec["layer"] if layer["mark"]["type"] == "text"]
    assert texts and all(layer["encoding"]["text"]["field"] == "text" for layer in texts)
    assert {"bar", "point"} <= {layer["mark"]["type"] for layer in spec["layer"]}


def test_a_timeline_of_many_events_shows_the_top_ones_and_says_so():
    spec = charts.timeline(_events(charts.TOP_EVENTS + 40), "T", "S", "t").to_dict()
    values = next(iter(spec["datasets"].values()))
    assert len(values) == charts.TOP_EVENTS
    assert f"The {charts.TOP_EVENTS} of {charts.TOP_EVENTS + 40} events" in spec["title"]["subtitle"]


def test_a_big_matrix_folds_the_rare_speakers_and_targets_into_others():
    n = charts.TOP + 10
    matrix = pd.DataFrame({"speaker_name": [f"s{i:02d}" for i in range(n)], "target_name": [f"t{i:02d}" for i in range(n)],
                           "mean_stance": [1.0] * n, "n": list(range(n, 0, -1)), "min_stance": 1, "max_stance": 1})
    folded = charts.fold_matrix(matrix)
    assert folded["speaker_name"].nunique() == charts.TOP + 1 and charts.OTHERS in set(folded["speaker_name"])
    assert folded["n"].sum() == matrix["n"].sum()
    small = matrix.head(3)
    assert charts.fold_matrix(small).equals(small)


def test_stance_by_source_with_many_articles_sizes_circles_by_count():
    points = pd.DataFrame({"pair": ["A → B"] * 20, "article_id": [f"a{i}" for i in range(20)], "stance": [-2] * 20,
                           "quote": "q", "kind": "direct", "offsets": "1-2"})
    spec = charts.stance_by_source(points).to_dict()
    assert spec["mark"]["type"] == "circle" and spec["encoding"]["size"]["field"] == "statements"


def test_many_articles_are_counted_per_week_and_mentions_summed_not_one_colour_each():
    n = charts.TOP + 5
    articles = pd.DataFrame({"article": [f"a{i}" for i in range(n)], "earliest": "2025-10-01", "latest": "2025-10-09",
                             "published (estimate)": [f"2025-10-{1 + i % 20:02d}" for i in range(n)], "date is": "estimated"})
    spec = charts.date_ranges(articles).to_dict()
    assert spec["mark"]["type"] == "bar" and spec["encoding"]["y"]["field"] == "articles"
    counts = pd.DataFrame({"name": ["X", "Y"] * n, "article_id": [f"a{i // 2}" for i in range(2 * n)], "mentions": 1})
    data = next(iter(charts.mention_bars(counts).to_dict()["datasets"].values()))
    assert sorted((d["name"], d["mentions"]) for d in data) == [("X", n), ("Y", n)]


def test_chart_marks_open_the_sentence_they_come_from():
    spec = charts.timeline(_events(3), "T", "S", "t").to_dict()
    assert all(layer["encoding"]["href"]["field"] == "href" for layer in spec["layer"])
    assert {d["href"] for d in next(iter(spec["datasets"].values()))} == {"articles/a.html#1-2"}
    assert charts.first_span_href("x") == "" and charts.first_span_href("a1:3-4; b:5-6") == "articles/a1.html#3-4"
