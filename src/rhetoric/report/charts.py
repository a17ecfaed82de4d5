"""One visual theme for every report, and the way charts leave a notebook.

- ``enable()`` registers and enables the ``rhetoric`` altair theme (fonts, Okabe–Ito colours,
  the stance scale) and the ``rhetoric`` renderer. Call it once at the top of a notebook.
- The renderer puts two things in a chart's output: the Vega-Lite spec (drawn interactively
  in the HTML report, where the build embeds the vega libraries once per page) and a PNG
  rendered offline by vl-convert (shown where no JavaScript runs, e.g. GitHub's notebook
  viewer). Neither loads anything from a CDN, and neither carries a random id.
- ``stance_scale()`` is the one colour scale for stance, negative to positive, everywhere.
- ``figure(chart, name, data)`` writes the numbers a chart draws to
  ``figures/<report>/<name>.csv`` beside the report, and its image to ``<name>.png`` when it
  is displayed, so readers can reuse both (the landing page uses the first as a thumbnail).
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

import altair as alt
import pandas as pd

from rhetoric.report.links import SPAN, reader_href
from rhetoric.report.palette import CATEGORICAL, STANCE_COLORS, STANCE_DOMAIN  # noqa: F401 - defined there, once

FONT = "Helvetica, Arial, sans-serif"
WIDTH = 640

MIMETYPE = f"application/vnd.vegalite.v{alt.SCHEMA_VERSION.lstrip('v').split('.')[0]}+json"

_report: dict[str, str | None] = {"name": None, "dir": "."}

#: Key of a chart's ``usermeta`` that names its figure files (set by ``figure``).
FIGURE_KEY = "rhetoric_figure"


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


#: Set to 1 where a report notebook is re-run only to be checked (``make test``'s nbval run of
#: reports/*.ipynb): its figures' files are then not written, so that checking the committed
#: reports leaves reports/ as ``make reports`` built it.
NO_FIGURE_FILES = "RHETORIC_NO_FIGURE_FILES"


def _folder_to_write() -> Path | None:
    """``figures_folder()``, made, where figure files are written; else None."""
    folder = figures_folder()
    if folder is None or os.environ.get(NO_FIGURE_FILES) == "1":
        return None
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def render(spec: dict, **_) -> dict:
    """The altair renderer: Vega-Lite spec for the HTML report, PNG for static viewers."""
    import vl_convert

    png = vl_convert.vegalite_to_png(spec, scale=1)
    name = (spec.get("usermeta") or {}).get(FIGURE_KEY)
    if name and (folder := _folder_to_write()) is not None:  # the image beside the figure's CSV, for reuse and thumbnails
        (folder / f"{name}.png").write_bytes(png)
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


def figures_folder() -> Path | None:
    """``figures/<report>`` beside the report being built (None outside a report)."""
    return Path(_report["dir"]) / "figures" / _report["name"] if _report["name"] else None


def stance_scale(**kwargs) -> alt.Scale:
    return alt.Scale(domain=STANCE_DOMAIN, range=STANCE_COLORS, **kwargs)


def stance_legend_title() -> str:
    return "Stance (−2 hostile … +2 warm)"


def figure(chart: alt.TopLevelMixin, name: str, data: pd.DataFrame | None = None):
    """Save the numbers behind ``chart`` as figures/<report>/<name>.csv, return the chart.

    The chart is tagged with its name, so that when it is displayed the renderer also writes
    its image, figures/<report>/<name>.png.
    """
    chart = chart.properties(usermeta={FIGURE_KEY: name})
    if (folder := _folder_to_write()) is not None:
        frame = data if data is not None else chart.data
        if isinstance(frame, pd.DataFrame):
            frame.to_csv(folder / f"{name}.csv", index=False, lineterminator="\n")
    return chart


# --- chart builders used by the reports ----------------------------------------------------------

def _dates_title(articles: pd.DataFrame) -> str:
    """'Neither article is dated: …', 'No article is dated …', '1 of 3 articles …', 'Every article is dated'."""
    n, estimated = len(articles), int((articles["date is"] == "estimated").sum())
    if estimated == 0:
        return "Publication dates, as the articles state them"
    if estimated == n:
        who = "Neither article is" if n == 2 else ("The article is not" if n == 1 else "No article is")
        return f"{who} dated: publication dates are intervals"
    return f"{estimated} of {n} articles are not dated: their publication dates are intervals"


def date_ranges(articles: pd.DataFrame) -> alt.LayerChart:
    """When each article was published: the estimate as a point, the bounds as a bar (above
    ``TOP`` articles, the number of articles per week of their estimated date)."""
    if len(articles) > TOP:
        return _publication_weeks(articles)
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
        title=alt.Title(_dates_title(data),
                        subtitle="Bar: earliest–latest date the text allows. Diamond: the point estimate used to resolve 'on Wednesday' and the like."),
        description="Estimated publication date interval of each article",
    ), "publication_dates", data)


def _publication_weeks(articles: pd.DataFrame) -> alt.Chart:
    """``date_ranges`` for many articles: how many were published each week, by date precision."""
    data = articles.assign(week=pd.to_datetime(articles["published (estimate)"]).dt.to_period("W").dt.start_time)
    data = data.groupby(["week", "date is"], as_index=False).agg(articles=("article", "size"))
    chart = alt.Chart(data).mark_bar().encode(
        x=alt.X("week:T", title="Week of the (estimated) publication date"),
        y=alt.Y("articles:Q", title="Articles"),
        color=alt.Color("date is:N", title="Date", legend=alt.Legend(orient="bottom")),
        tooltip=[alt.Tooltip("week:T", format="%d %b %Y"), "date is:N", "articles:Q"],
    ).properties(
        width=WIDTH, height=220,
        title=alt.Title(f"When the {len(articles):,} articles were published",
                        subtitle="Articles per week of their publication date (estimated dates at their point estimate); the table lists each."),
        description="Number of articles per week of publication",
    )
    return figure(chart, "publication_dates", data)


def mention_bars(counts: pd.DataFrame, top: int = 15) -> alt.Chart:
    """Mentions of the most-mentioned actors, one bar segment per article."""
    keep = counts.groupby("name")["mentions"].sum().nlargest(top).index
    data = counts[counts["name"].isin(keep)]
    if data["article_id"].nunique() > len(CATEGORICAL):  # too many articles for a colour each
        data = data.groupby("name", as_index=False).agg(mentions=("mentions", "sum"), articles=("article_id", "nunique"))
        data = data.assign(article_id=f"all {counts['article_id'].nunique():,} articles")
    order = data.groupby("name")["mentions"].sum().sort_values(ascending=False).index.tolist()
    chart = alt.Chart(data).mark_bar().encode(
        y=alt.Y("name:N", sort=order, title=None),
        x=alt.X("sum(mentions):Q", title="Mentions (by name or alias)"),
        color=alt.Color("article_id:N", title="Article", legend=alt.Legend(orient="bottom")),
        tooltip=[alt.Tooltip("name:N", title="actor"), alt.Tooltip("article_id:N", title="article"),
                 alt.Tooltip("mentions:Q")],
    ).properties(
        width=WIDTH - 140, height=max(22 * len(order), 22),
        title=alt.Title(f"Who the articles talk about: the {len(order)} most-mentioned actors" if order else
                        "Who the articles talk about: they name no actor of the registry (add them to actors.yml)",
                        subtitle="Counts of names, aliases and metonyms (Ankara, Belgrade, Pristina); pronouns are not counted."),
        description="Number of mentions of each actor in each article",
    )
    return figure(chart, "actor_mentions", data)


#: Event labels on a timeline: at most this many characters of the title, and this many rows
#: of labels in a lane (an event that finds no free row keeps its marks but has no label).
LABEL_CHARS = 32
LABEL_ROWS = 6
_CHAR_PX = 6.2  # the width of a character of an 11 px label, roughly


def first_span_href(spans: str) -> str:
    """The reader page link of the first ``article:start-end`` span in ``spans`` ('' if none):
    a chart's marks open it when clicked (the ``href`` channel)."""
    m = SPAN.search(str(spans or ""))
    return reader_href(m["article"], m["start"], m["end"]) if m else ""


def short_title(title: str, limit: int = LABEL_CHARS) -> str:
    """A title cut at a word boundary to at most ``limit`` characters, with '…' when cut."""
    title = " ".join(str(title).split())
    if len(title) <= limit:
        return title
    cut = title[:limit - 1].rsplit(" ", 1)[0] if " " in title[:limit - 1] else title[:limit - 1]
    return cut.rstrip(" ,;:–-") + "…"


def label_rows(data: pd.DataFrame, lane: str, lo: pd.Timestamp, hi: pd.Timestamp, width: int = WIDTH,
               rows: int = LABEL_ROWS) -> pd.DataFrame:
    """Place each event in a row of its lane so that no two labels (or bars) overlap: ``row``
    (0 is the top), ``text`` (the short title, or '' when the lane has no free row for it),
    ``at`` (where the label is anchored: the event's midpoint, kept inside ``lo``…``hi``) and
    ``side`` ("right" of the point, or "left" where the label would run off the chart).

    The event takes the space of its interval bar and of its label; events are placed in order
    of their left edge, each in the first row where it fits (greedy interval partitioning, in
    pixels on a ``width``-wide axis from ``lo`` to ``hi``)."""
    span = max((hi - lo).total_seconds(), 1.0)

    def px(ts) -> float:
        return (ts - lo).total_seconds() / span * width

    placed: dict = {}
    for _, group in data.groupby(lane, sort=True):
        ends: list[float] = []
        extents = []
        for i, r in group.iterrows():
            text = short_title(r["title"])
            at = min(max(r["mid"], lo), hi)
            size = 8 + _CHAR_PX * len(text)
            side = "left" if px(at) + size > width else "right"
            left = min(max(0.0, px(r["earliest"])), px(at) - size if side == "left" else px(at))
            right = max(min(float(width), px(r["latest"])), px(at) + size if side == "right" else px(at))
            extents.append((left, right, r["event_id"], i, text, at, side))
        for left, right, _, i, text, at, side in sorted(extents, key=lambda e: e[:3]):
            row = next((k for k, end in enumerate(ends) if left > end + 4), None)
            if row is None and len(ends) < rows:
                row = len(ends)
                ends.append(right)
            elif row is not None:
                ends[row] = right
            if row is None:  # no free row: the least crowded one, without a label
                row = min(range(len(ends)), key=lambda k: ends[k])
                text = ""
            placed[i] = (row, text, at, side)
    columns = pd.DataFrame.from_dict(placed, orient="index", columns=["row", "text", "at", "side"])
    return data.join(columns)


def timeline(events: pd.DataFrame, title: str, subtitle: str, name: str, lane: str = "category",
             domain: tuple[str, str] | None = None, height_per_lane: int = 46) -> alt.LayerChart:
    """Events on a time axis, one lane per category (or actor): a bar from the earliest to the
    latest possible date (visible when the date is imprecise), a point at the stated date, and
    the event's short title beside it, in rows that keep labels from overlapping (``label_rows``).
    Tooltips give the title, date, precision, sources and the supporting sentence."""
    columns = ["event_id", "label", "date", "precision", "earliest", "latest", "mid", "category",
               "actors", "n_sources", "supporting", "sentence_short", "title"]
    if len(events) > TOP_EVENTS:  # the events most articles report, the most precisely dated first
        precision = events["precision"].map({"day": 0, "month": 1, "interval": 2, "year": 3}).fillna(4)
        keep = events.assign(_p=precision).sort_values(["n_sources", "_p", "earliest", "event_id"],
                                                        ascending=[False, True, True, True]).index[:TOP_EVENTS]
        subtitle = f"{subtitle} The {TOP_EVENTS} of {len(events)} events most reported and most precisely dated; the table lists all."
        events = events.loc[sorted(keep)]
    data = events.assign(
        mid=events["earliest"] + (events["latest"] - events["earliest"]) / 2,
        label=events["title"].str.slice(0, 90),
        sentence_short=events["sentence"].str.slice(0, 220),
    )[columns + ([lane] if lane not in columns else [])]
    if domain:
        lo, hi = pd.Timestamp(domain[0]), pd.Timestamp(domain[1])
    else:
        lo, hi = (data["earliest"].min(), data["latest"].max()) if len(data) else (pd.Timestamp(0), pd.Timestamp(1))
    data = label_rows(data, lane, lo, hi).drop(columns="title").assign(
        href=lambda d: d["supporting"].map(first_span_href))
    scale = alt.Scale(domain=[lo, hi]) if domain else alt.Undefined
    x_axis = alt.Axis(format="%d %b" if domain else alt.Undefined, labelOverlap=True, title=None)
    tooltip = [alt.Tooltip("label:N", title="event"), alt.Tooltip("date:N"), alt.Tooltip("precision:N"),
               alt.Tooltip("earliest:T", format="%d %b %Y"), alt.Tooltip("latest:T", format="%d %b %Y"),
               alt.Tooltip("n_sources:Q", title="articles reporting it"),
               alt.Tooltip("supporting:N", title="source (article:offsets)"),
               alt.Tooltip("sentence_short:N", title="supporting sentence")]
    lanes = sorted(data[lane].unique())
    n_rows = int(data["row"].max()) + 1 if len(data) else 1
    row_px = 18
    base = alt.Chart(data).encode(
        y=alt.Y(f"{lane}:N", title=None, sort=lanes, axis=alt.Axis(labelFontWeight="bold")),
        yOffset=alt.YOffset("row:O", scale=alt.Scale(domain=list(range(n_rows)))),
        tooltip=tooltip,
        href=alt.Href("href:N"),
    )
    color = alt.Color("category:N", title="Category", legend=alt.Legend(orient="bottom"))
    intervals = base.mark_bar(height=8, opacity=0.35, clip=True).encode(
        x=alt.X("earliest:T", scale=scale, axis=x_axis), x2="latest:T", color=color)
    points = base.mark_point(size=70, filled=True, opacity=0.9, clip=True).encode(
        x=alt.X("mid:T", scale=scale, axis=x_axis), color=color,
        shape=alt.Shape("precision:N", title="Date precision", legend=alt.Legend(orient="bottom")),
    )
    labels = [base.transform_filter(alt.datum.side == side).mark_text(
        align="right" if side == "left" else "left", baseline="middle", dx=-7 if side == "left" else 7,
        fontSize=11, color="#333").encode(
        x=alt.X("at:T", scale=scale, axis=x_axis), text="text:N") for side in ("left", "right")]
    chart = alt.layer(intervals, points, *labels).properties(
        width=WIDTH, height=max(1, len(lanes)) * max(height_per_lane, row_px * n_rows),
        title=alt.Title(title, subtitle=subtitle), description=title)
    return figure(chart, name, data)


#: Charts show at most this many speakers, targets, pairs or events; the rest are folded into
#: "others" (matrix) or left to the tables (dot charts, timelines), and the subtitle says so.
TOP = 25
TOP_EVENTS = 150
TOP_CONTEXT = 30
OTHERS = "(others)"


def fold_matrix(matrix: pd.DataFrame, top: int = TOP) -> pd.DataFrame:
    """``stance_matrix`` with the speakers and targets beyond the ``top`` most frequent (by
    statements) folded into one "(others)" row and column: counts summed, means weighted."""
    keep = {}
    for side in ("speaker_name", "target_name"):
        counts = matrix.groupby(side)["n"].sum().sort_index().sort_values(ascending=False, kind="stable")
        keep[side] = set(counts.index[:top])
    if all(matrix[s].nunique() <= top for s in keep):
        return matrix
    folded = matrix.assign(**{s: matrix[s].where(matrix[s].isin(keep[s]), OTHERS) for s in keep},
                           weighted=matrix["mean_stance"] * matrix["n"])
    out = folded.groupby(["speaker_name", "target_name"], as_index=False).agg(
        weighted=("weighted", "sum"), n=("n", "sum"), min_stance=("min_stance", "min"), max_stance=("max_stance", "max"))
    out["mean_stance"] = (out["weighted"] / out["n"]).round(2)
    return out[["speaker_name", "target_name", "mean_stance", "n", "min_stance", "max_stance"]]


def stance_heatmap(matrix: pd.DataFrame) -> alt.LayerChart:
    """Speaker × target, coloured by mean stance on the one stance scale, labelled with n; above
    ``TOP`` speakers or targets, the others are folded into one row and column (``fold_matrix``)."""
    speakers, targets = matrix["speaker_name"].nunique(), matrix["target_name"].nunique()
    matrix = fold_matrix(matrix)
    subtitle = "Mean stance of each speaker toward each target (the number is how many statements)."
    if matrix["speaker_name"].nunique() < speakers or matrix["target_name"].nunique() < targets:
        subtitle += (f" The {TOP} most frequent of {speakers} speakers and {targets} targets; "
                     f"the rest are folded into '{OTHERS}'.")
    base = alt.Chart(matrix).encode(
        x=alt.X("target_name:N", title="Target", axis=alt.Axis(labelAngle=-40)),
        y=alt.Y("speaker_name:N", title="Speaker"),
    )
    cells = base.mark_rect(stroke="white").encode(
        color=alt.Color("mean_stance:Q", scale=stance_scale(), title=stance_legend_title()),
        tooltip=[alt.Tooltip("speaker_name:N", title="speaker"), alt.Tooltip("target_name:N", title="target"),
                 alt.Tooltip("mean_stance:Q", title="mean stance"), alt.Tooltip("n:Q", title="statements"),
                 alt.Tooltip("min_stance:Q", title="min"), alt.Tooltip("max_stance:Q", title="max")],
    )
    labels = base.mark_text(fontSize=11).encode(
        text=alt.Text("n:Q"),
        color=alt.condition("abs(datum.mean_stance) >= 1.5", alt.value("white"), alt.value("black")),
    )
    chart = (cells + labels).properties(
        width=max(240, 34 * matrix["target_name"].nunique()),
        height=max(120, 28 * matrix["speaker_name"].nunique()),
        title=alt.Title("Who says what about whom", subtitle=subtitle),
        description="Heatmap of mean stance by speaker and target",
    )
    return figure(chart, "stance_matrix", matrix)


def stance_by_source(points: pd.DataFrame) -> alt.Chart:
    """Each statement's stance by speaker → target pair, one colour per article. Above ``TOP``
    pairs, the most frequent ones; above as many articles as the palette has colours, one
    circle per pair, stance and kind, sized by the number of statements (the table lists them)."""
    counts = points["pair"].value_counts().sort_index().sort_values(ascending=False, kind="stable")
    n_pairs, n_articles = len(counts), points["article_id"].nunique()
    points = points[points["pair"].isin(set(counts.index[:TOP]))]
    points = points.assign(href=[first_span_href(f"{a}:{o}") for a, o in zip(points["article_id"], points["offsets"])])
    order = sorted(points["pair"].unique())
    subtitle = "One point per statement and target; a pair with points of one colour only is reported by one article."
    if n_pairs > TOP:
        subtitle = f"The {TOP} most frequent of {n_pairs} speaker → target pairs. " + subtitle
    if n_articles <= len(CATEGORICAL):
        chart = alt.Chart(points).mark_point(filled=True, size=80, opacity=0.8).encode(
            x=alt.X("stance:Q", scale=alt.Scale(domain=[-2.3, 2.3]), title=stance_legend_title(),
                    axis=alt.Axis(values=STANCE_DOMAIN)),
            y=alt.Y("pair:N", sort=order, title=None),
            yOffset=alt.YOffset("article_id:N"),
            color=alt.Color("article_id:N", title="Article", legend=alt.Legend(orient="bottom")),
            shape=alt.Shape("kind:N", title="Kind"),
            tooltip=["pair:N", "article_id:N", "stance:Q", "kind:N", "quote:N", alt.Tooltip("offsets:N", title="offsets")],
        )
        data = points
        chart = chart.encode(href=alt.Href("href:N"))
    else:
        data = points.groupby(["pair", "stance", "kind"], as_index=False).agg(
            statements=("article_id", "size"), articles=("article_id", "nunique"))
        subtitle = (f"{n_articles} articles: one circle per pair, stance and kind, sized by its number of "
                    f"statements" + (f"; the {TOP} most frequent of {n_pairs} pairs." if n_pairs > TOP else "."))
        chart = alt.Chart(data).mark_circle(opacity=0.8).encode(
            x=alt.X("stance:Q", scale=alt.Scale(domain=[-2.3, 2.3]), title=stance_legend_title(),
                    axis=alt.Axis(values=STANCE_DOMAIN)),
            y=alt.Y("pair:N", sort=order, title=None),
            yOffset=alt.YOffset("kind:N"),
            size=alt.Size("statements:Q", title="Statements"),
            color=alt.Color("stance:Q", scale=stance_scale(), title=stance_legend_title()),
            tooltip=["pair:N", "stance:Q", "kind:N", "statements:Q", "articles:Q"],
        )
    chart = chart.properties(
        width=WIDTH - 200, height=22 * len(order),
        title=alt.Title("Stance by source: do the articles report the same statements?", subtitle=subtitle),
        description="Stance of each statement by speaker-target pair and article",
    )
    return figure(chart, "stance_by_source", data)


def score_bars(headline: pd.DataFrame) -> alt.Chart:
    """The extraction's headline scores, with the baselines (VADER, textacy) beside the method."""
    data = headline.assign(method=headline["metric"].map(
        lambda m: "baseline" if m.startswith(("vader", "textacy")) else "this method"))
    chart = alt.Chart(data).mark_bar().encode(
        x=alt.X("value:Q", scale=alt.Scale(domain=[min(0, data["value"].min()), 1]), title="Score (1 = perfect)"),
        y=alt.Y("measure:N", sort=list(data["measure"]), title=None),
        color=alt.Color("method:N", scale=alt.Scale(domain=["this method", "baseline"], range=[CATEGORICAL[0], CATEGORICAL[1]]),
                        title=None, legend=alt.Legend(orient="bottom")),
        tooltip=["measure:N", alt.Tooltip("value:Q", format=".3f"), "n:Q"],
    ).properties(
        width=WIDTH - 260, height=24 * len(data),
        title=alt.Title("How well the automated extraction matches the hand coding",
                        subtitle="Attributed statements. Orange: the baselines, spaCy + textacy quotations and "
                                 "sentence sentiment (VADER) used as stance."),
        description="Evaluation scores of the automated extraction against the hand-coded statements",
    )
    return figure(chart, "extraction_scores", data)


def realistic_scores(table: pd.DataFrame) -> alt.Chart:
    """The extraction's scores on each realistic set (``rhetoric.extract.realistic.score_all``):
    one dot per set and measure, so the spread between the sets is the uncertainty to read."""
    names = {"recall": "statements found (recall)", "precision": "found that are real (precision)",
             "speaker": "speaker right", "target": "target right", "stance": "stance sign right",
             "said_on": "date of the statement right", "events_recall": "events found with the right date"}
    data = table[table["measure"].isin(list(names))].assign(label=lambda d: d["measure"].map(names))
    # by role (``realistic.ROLES``, a categorical of the table: the development set, the newest
    # held-out set, the others), not by set: nine sets and more outrun any palette; the tooltip
    # and the CSV name the set
    roles = list(data["role"].cat.categories) if isinstance(data["role"].dtype, pd.CategoricalDtype) \
        else sorted(data["role"].unique())
    data = data.assign(role=data["role"].astype(str))
    role_scale = alt.Scale(domain=roles, range=[CATEGORICAL[2], CATEGORICAL[5], "#9e9e9e"][:len(roles)])
    chart = alt.Chart(data).mark_point(filled=True, size=90, opacity=0.85).encode(
        x=alt.X("value:Q", scale=alt.Scale(domain=[0, 1]), title="Score (1 = perfect)"),
        y=alt.Y("label:N", sort=list(names.values()), title=None),
        color=alt.Color("role:N", scale=role_scale, title=None, legend=alt.Legend(orient="bottom")),
        shape=alt.Shape("role:N", scale=alt.Scale(domain=roles, range=["triangle-up", "diamond", "circle"][:len(roles)]),
                        title=None),
        order=alt.Order("role:N", sort="descending"),  # the two that matter drawn on top of the others
        tooltip=["set:N", "role:N", alt.Tooltip("label:N", title="measure"), alt.Tooltip("value:Q", format=".3f"),
                 alt.Tooltip("n:Q", title="out of"), alt.Tooltip("articles:Q", title="articles")],
    ).properties(
        width=WIDTH - 260, height=30 * len(names),
        title=alt.Title("The extraction on realistic articles written by others",
                        subtitle="Hand-coded sets (tests/realistic); the spread between them is the uncertainty"),
        description=f"Scores of the automated extraction on {data['set'].nunique()} sets of realistic articles",
    )
    return figure(chart, "extraction_realistic", data[["set", "role", "measure", "label", "value", "n", "articles"]])


def shift_trajectory(series: pd.DataFrame, context: pd.DataFrame, window: tuple[str, str] | None) -> alt.VConcatChart:
    """Each dated statement on the stance and Goldstein scales over time, with context events
    (the x axis spans ``window``, or the data when it is None)."""
    placed = series[series["placed"]].assign(
        day=lambda d: pd.to_datetime(d["date"]), quote_short=lambda d: d["quote"].str.slice(0, 200))
    # Statements of one day would sit on top of each other: spread them a few hours apart on
    # the axis (in series order, so the same data always draws the same way); tooltips give the day.
    rank = placed.groupby("date").cumcount()
    size = placed.groupby("date")["date"].transform("size")
    placed = placed.assign(x=placed["day"] + pd.to_timedelta((rank - (size - 1) / 2) * 3, unit="h"))
    placed = placed.assign(href=[reader_href(a, s, e) for a, s, e in zip(placed["article_id"], placed["start"], placed["end"])])
    data = placed[["x", "day", "stance", "goldstein", "quote_short", "article_id", "start", "end", "date_basis",
                   "statement_id", "href"]]
    scale = alt.Scale(domain=[pd.Timestamp(window[0]), pd.Timestamp(window[1])]) if window else alt.Undefined
    tooltip = [alt.Tooltip("day:T", format="%d %b %Y", title="date"), alt.Tooltip("date_basis:N", title="date is"),
               "stance:Q", "goldstein:Q", alt.Tooltip("quote_short:N", title="quote"),
               alt.Tooltip("article_id:N", title="source"), "start:Q", "end:Q"]
    # long-running events (the protests, months long) would be a line far outside the window
    context = context[(context["latest"] - context["earliest"]).dt.days <= 14]
    if len(context) > TOP_CONTEXT:  # dashed lines would hide the points: the most reported events
        context = context.sort_values(["n_sources", "earliest"], ascending=[False, True]).head(TOP_CONTEXT).sort_index()
    ctx = context.assign(mid=context["earliest"] + (context["latest"] - context["earliest"]) / 2,
                         label=context["title"].str.slice(0, 60))[["mid", "label", "date", "precision", "supporting"]]

    def panel(field: str, title: str, domain: list[float]) -> alt.LayerChart:
        rules = alt.Chart(ctx).mark_rule(color="#999", strokeDash=[3, 3]).encode(
            x=alt.X("mid:T", scale=scale, title=None),
            tooltip=[alt.Tooltip("label:N", title="event"), "date:N", "precision:N",
                     alt.Tooltip("supporting:N", title="source")])
        zero = alt.Chart(pd.DataFrame({"y": [0]})).mark_rule(color="#444").encode(y="y:Q")
        points = alt.Chart(data).mark_point(filled=True, size=110, opacity=0.85).encode(
            x=alt.X("x:T", scale=scale, title=None, axis=alt.Axis(format="%d %b")),
            y=alt.Y(f"{field}:Q", scale=alt.Scale(domain=domain), title=title),
            color=alt.Color("stance:Q", scale=stance_scale(), title=stance_legend_title()),
            shape=alt.Shape("article_id:N", title="Source"),
            tooltip=tooltip, href=alt.Href("href:N"))
        return (rules + zero + points).properties(width=WIDTH, height=180)

    chart = alt.vconcat(
        panel("stance", "Stance (−2 … +2)", [-2.2, 2.2]),
        panel("goldstein", "Goldstein score", [-10, 10]),
    ).properties(
        title=alt.Title("The trajectory: each dated statement, with the events around it",
                        subtitle="Dashed lines: context events from the timeline (hover for the event and its source)."),
        description="Stance and Goldstein score of each dated statement over time, with context events",
    )
    return figure(chart, "trajectory", data)


def lexical_bars(words: pd.DataFrame) -> alt.Chart:
    """The most frequent words of the quotes before and after the change, side by side."""
    data = words.assign(signed=words["count"].where(words["side"] == "after", -words["count"]))
    chart = alt.Chart(data).mark_bar().encode(
        x=alt.X("signed:Q", title="← before: times used      after: times used →",
                axis=alt.Axis(labelExpr="abs(datum.value)")),
        y=alt.Y("word:N", sort=alt.EncodingSortField("signed", order="ascending"), title=None),
        color=alt.Color("side:N", scale=alt.Scale(domain=["before", "after"], range=[STANCE_COLORS[0], STANCE_COLORS[4]]),
                        title=None, legend=alt.Legend(orient="bottom")),
        tooltip=["word:N", "side:N", "count:Q"],
    ).properties(
        width=WIDTH - 200, height=16 * data["word"].nunique(),
        title=alt.Title("The words before and after", subtitle="Most frequent words of the quotes on each side of the change (stop words left out)."),
        description="Word counts of the quotes before and after the change",
    )
    return figure(chart, "lexical_shift", data)
