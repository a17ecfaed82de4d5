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
