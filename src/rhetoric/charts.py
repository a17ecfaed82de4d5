"""One visual theme for every report, and the way charts leave a notebook.

- ``enable()`` registers and enables the ``rhetoric`` altair theme (fonts, Okabe–Ito colours,
  the stance scale) and the ``rhetoric`` renderer. Call it once at the top of a notebook.
- The renderer puts two things in a chart's output: the Vega-Lite spec (drawn interactively
  in the HTML report, where the build embeds the vega libraries once per page) and a PNG
  rendered offline by vl-convert (shown where no JavaScript runs, e.g. GitHub's notebook
  viewer). Neither loads anything from a CDN, and neither carries a random id.
- ``stance_scale()`` is the one colour scale for stance, negative to positive, everywhere.
- ``figure(chart, name, data)`` writes the numbers a chart draws to
  ``figures/<report>/<name>.csv`` beside the report, so readers can reuse them.
"""

from __future__ import annotations

import base64
from pathlib import Path

import altair as alt
import pandas as pd

#: Okabe & Ito (2008), a categorical palette that stays distinct for colour-blind readers.
CATEGORICAL = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]

#: Stance −2 … +2: orange (hostile) through grey (neutral) to purple (favourable), the
#: colour-blind-safe PuOr scheme. The same mapping in every report.
STANCE_DOMAIN = [-2, -1, 0, 1, 2]
STANCE_COLORS = ["#b35806", "#f1a340", "#bdbdbd", "#998ec3", "#542788"]
STANCE_LABELS = {-2: "−2 hostile", -1: "−1 critical", 0: "0 neutral", 1: "+1 favourable", 2: "+2 warm"}

FONT = "Helvetica, Arial, sans-serif"
WIDTH = 640

MIMETYPE = f"application/vnd.vegalite.v{alt.SCHEMA_VERSION.lstrip('v').split('.')[0]}+json"

_report: dict[str, str | None] = {"name": None, "dir": "."}


def theme() -> dict:
    return {
        "config": {
            "font": FONT,
            "view": {"continuousWidth": WIDTH, "continuousHeight": 300, "stroke": None},
            "title": {"fontSize": 15, "anchor": "start", "subtitleFontSize": 12,
                      "subtitleColor": "#555", "offset": 12},
            "axis": {"labelFontSize": 12, "titleFontSize": 12, "gridColor": "#eee",
                     "domainColor": "#888", "tickColor": "#888"},
            "legend": {"labelFontSize": 12, "titleFontSize": 12, "orient": "right"},
            "range": {"category": CATEGORICAL},
            "bar": {"color": CATEGORICAL[0]},
            "point": {"color": CATEGORICAL[0], "filled": True, "size": 70},
            "line": {"color": CATEGORICAL[0]},
        }
    }


def render(spec: dict, **_) -> dict:
    """The altair renderer: Vega-Lite spec for the HTML report, PNG for static viewers."""
    import vl_convert

    png = vl_convert.vegalite_to_png(spec, scale=1)
    title = spec.get("title", "")
    if isinstance(title, dict):
        title = title.get("text", "")
    if isinstance(title, list):
        title = " ".join(title)
    return {
        MIMETYPE: spec,
        "image/png": base64.b64encode(png).decode("ascii"),
        "text/plain": f"<chart: {title}>" if title else "<chart>",
    }


def enable(report_name: str | None = None, output_dir: str | Path = ".") -> None:
    """Use the project theme and renderer; name the report so figure CSVs land beside it."""
    alt.theme.register("rhetoric", enable=True)(theme)
    alt.renderers.register("rhetoric", render)
    alt.renderers.enable("rhetoric")
    alt.data_transformers.disable_max_rows()
    _report["name"] = report_name
    _report["dir"] = str(output_dir)


def stance_scale(**kwargs) -> alt.Scale:
    return alt.Scale(domain=STANCE_DOMAIN, range=STANCE_COLORS, **kwargs)


def stance_legend_title() -> str:
    return "Stance (−2 hostile … +2 warm)"


def figure(chart: alt.TopLevelMixin, name: str, data: pd.DataFrame | None = None):
    """Save the numbers behind ``chart`` as figures/<report>/<name>.csv, return the chart."""
    if _report["name"]:
        folder = Path(_report["dir"]) / "figures" / _report["name"]
        folder.mkdir(parents=True, exist_ok=True)
        frame = data if data is not None else chart.data
        if isinstance(frame, pd.DataFrame):
            frame.to_csv(folder / f"{name}.csv", index=False, lineterminator="\n")
    return chart


# --- chart builders used by the reports ----------------------------------------------------------

def date_ranges(articles: pd.DataFrame) -> alt.LayerChart:
    """When each article was published: the estimate as a point, the bounds as a bar."""
    data = articles.assign(
        earliest=pd.to_datetime(articles["earliest"]), latest=pd.to_datetime(articles["latest"]),
        estimate=pd.to_datetime(articles["published (estimate)"]),
    )[["article", "earliest", "latest", "estimate", "date is"]]
    base = alt.Chart(data).encode(y=alt.Y("article:N", title=None))
    bars = base.mark_bar(height=14, opacity=0.35, color=CATEGORICAL[0]).encode(
        x=alt.X("earliest:T", title="Publication date (estimated interval)",
                axis=alt.Axis(format="%d %b %Y")),
        x2="latest:T",
        tooltip=[alt.Tooltip("article:N"), alt.Tooltip("earliest:T", format="%d %b %Y"),
                 alt.Tooltip("latest:T", format="%d %b %Y")],
    )
    points = base.mark_point(shape="diamond", size=120, color=CATEGORICAL[5]).encode(
        x="estimate:T",
        tooltip=[alt.Tooltip("article:N"), alt.Tooltip("estimate:T", title="point estimate", format="%d %b %Y"),
                 alt.Tooltip("date is:N")],
    )
    return figure((bars + points).properties(
        width=WIDTH, height=40 + 30 * len(data),
        title=alt.Title("Neither article is dated: publication dates are intervals",
                        subtitle="Bar: earliest–latest date the text allows. Diamond: the point estimate used to resolve 'on Wednesday' and the like."),
        description="Estimated publication date interval of each article",
    ), "publication_dates", data)


def mention_bars(counts: pd.DataFrame, top: int = 15) -> alt.Chart:
    """Mentions of the most-mentioned actors, one bar segment per article."""
    keep = counts.groupby("name")["mentions"].sum().nlargest(top).index
    data = counts[counts["name"].isin(keep)]
    order = data.groupby("name")["mentions"].sum().sort_values(ascending=False).index.tolist()
    chart = alt.Chart(data).mark_bar().encode(
        y=alt.Y("name:N", sort=order, title=None),
        x=alt.X("sum(mentions):Q", title="Mentions (by name or alias)"),
        color=alt.Color("article_id:N", title="Article", legend=alt.Legend(orient="bottom")),
        tooltip=[alt.Tooltip("name:N", title="actor"), alt.Tooltip("article_id:N", title="article"),
                 alt.Tooltip("mentions:Q")],
    ).properties(
        width=WIDTH - 140, height=22 * len(order),
        title=alt.Title(f"Who the articles talk about: the {len(order)} most-mentioned actors",
                        subtitle="Counts of names, aliases and metonyms (Ankara, Belgrade, Pristina); pronouns are not counted."),
        description="Number of mentions of each actor in each article",
    )
    return figure(chart, "actor_mentions", data)
