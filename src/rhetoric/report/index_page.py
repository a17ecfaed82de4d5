"""The landing page, OUT/index.html: the question, key findings, the sources, the reports, the methods.

``render_index`` fills ``templates/index.html.j2``. What it shows of each report comes from the
built notebook (``_report_summary``): the Markdown outputs of cells tagged ``finding`` and
``method``, the inputs hash, and the first chart's image as a thumbnail. ``corpus_articles``
lists the corpus for the table of sources. Markdown is rendered with raw HTML escaped.
"""

from __future__ import annotations

import json
from pathlib import Path

from rhetoric.report.build_config import BuildConfig, Job
from rhetoric.report.links import reader_href
from rhetoric.report.render import TEMPLATES, page_css

#: rhetoric.report.charts.FIGURE_KEY, the key of a chart's usermeta that names its figure files; a
#: copy, because importing charts (altair) would cost a build with nothing to do a second.
CHART_FIGURE_KEY = "rhetoric_figure"


def render_index(config: BuildConfig, jobs: list[Job], out_dir: Path, corpus_param: str,
                 articles: list[dict] | None = None, automated: bool = False) -> str:
    """The landing page: the question, key findings, the sources, the reports, the methods.

    ``jobs`` are the reports present in OUT, in reports.yml's order; ``articles`` the corpus's
    articles (id, title, outlet, published, words); ``automated`` says the build ran on the
    automated extraction (no hand-coded annotations).
    """
    import jinja2
    import markupsafe

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                             keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
    env.filters["markdown"] = _markdown
    mode = jobs[0].mode if jobs else "study"
    articles = [{**a, "reader": reader_href(a["id"]) if (out_dir / reader_href(a["id"])).is_file() else ""}
                for a in articles or []]
    summaries = {job.name: _report_summary(out_dir / f"{job.name}.ipynb", job.name, out_dir) for job in jobs}
    return env.get_template("index.html.j2").render(
        config=config, study=config.study(mode), reports=[j.spec for j in jobs],
        built={j.name for j in jobs}, summaries=summaries, corpus=corpus_param,
        articles=articles, automated=automated,
        css=markupsafe.Markup(page_css()),  # our own stylesheet: its quotes stay quotes
    )


def corpus_articles(corpus: Path) -> list[dict]:
    """One row per article for the landing page's table of sources."""
    from rhetoric.corpus import iter_articles
    from rhetoric.languages import not_extracted

    rows = []
    for a in iter_articles(corpus):
        m = a.meta
        published = m.published.isoformat()
        if m.published_precision == "estimated" and m.published_earliest and m.published_latest:
            published = f"{m.published_earliest.isoformat()} – {m.published_latest.isoformat()} (estimated)"
        words = sum(len(a.body[p.start:p.end].split()) for p in a.passages if p.kind != "excluded")
        rows.append({"id": m.id, "title": m.title, "outlet": m.outlet or "not stated",
                     "published": published, "words": words, "not_analysed": not_extracted(a) or ""})
    return rows


def _markdown(text: str):
    """Markdown to HTML for the index; raw HTML in the text is escaped, never passed through."""
    import markupsafe
    import mistune

    return markupsafe.Markup(mistune.create_markdown(escape=True)(text))


def _report_summary(ipynb: Path, name: str = "", out_dir: Path | None = None) -> dict:
    """What a report publishes for the index: the Markdown outputs of cells tagged 'finding'
    and 'method', its inputs hash, and its first chart's image (figures/<name>/<chart>.png)."""
    summary = {"findings": [], "methods": [], "inputs_sha256": "", "thumbnail": ""}
    if not ipynb.is_file():
        return summary
    nb = json.loads(ipynb.read_text(encoding="utf-8"))
    for cell in nb.get("cells", []):
        tags = cell.get("metadata", {}).get("tags", [])
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            for tag, key in (("finding", "findings"), ("method", "methods")):
                text = data.get("text/markdown")
                if tag in tags and text:
                    summary[key].append(_markdown("".join(text) if isinstance(text, list) else text))
            for mime, spec in data.items():
                figure = (spec.get("usermeta") or {}).get(CHART_FIGURE_KEY) if (
                    mime.startswith("application/vnd.vegalite") and isinstance(spec, dict)) else None
                png = f"figures/{name}/{figure}.png"
                if figure and not summary["thumbnail"] and out_dir is not None and (out_dir / png).is_file():
                    summary["thumbnail"] = png
    summary["inputs_sha256"] = nb.get("metadata", {}).get("rhetoric", {}).get("inputs_sha256", "")
    return summary
