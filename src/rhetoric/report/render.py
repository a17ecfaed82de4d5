"""A report's HTML page, from its executed and cleaned notebook, readable offline.

``render_html`` exports the notebook with nbconvert and the ``report`` template of
``templates/``, whose header lists the parameters, the inputs hash and the software versions
(``rhetoric.report.provenance``). Each chart output becomes a container and its Vega-Lite
spec (``_chart_outputs_to_html``), drawn in the browser by the vega libraries of vl-convert,
inlined once per page (``vega_bundle``): no CDN.
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from html import escape
from pathlib import Path

from rhetoric.report.build_config import Job
from rhetoric.report.provenance import software_versions

#: The page templates and the stylesheet of the reports and of the index.
TEMPLATES = Path(__file__).resolve().parent / "templates"


def page_css() -> str:
    """The stylesheet every page inlines, the reports' and the index's."""
    return (TEMPLATES / "report.css").read_text(encoding="utf-8")


def table_script() -> str:
    """The script that makes long tables searchable, sortable and paged (``tables``)."""
    return (TEMPLATES / "table.js").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def vega_bundle() -> str:
    """vega + vega-lite + vega-embed from vl-convert, with a snippet that draws every chart."""
    import vl_convert

    snippet = """
document.querySelectorAll("div.rh-chart[data-spec]").forEach((el) => {
  const spec = JSON.parse(document.getElementById(el.dataset.spec).textContent);
  vegaEmbed(el, spec, {actions: false, renderer: "svg"}).catch((err) => {
    el.textContent = "This chart could not be drawn: " + err;
    console.error(err);
  });
});
"""
    return vl_convert.javascript_bundle(snippet)


def _chart_outputs_to_html(nb) -> int:
    """Replace each chart output by a container and its spec; the page's bundle draws them."""
    from rhetoric.report.charts import MIMETYPE

    count = 0
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if MIMETYPE not in data:
                continue
            spec = data[MIMETYPE]
            label = spec.get("description") or (spec.get("title") if isinstance(spec.get("title"), str)
                                                else (spec.get("title") or {}).get("text", "chart"))
            payload = json.dumps(spec, sort_keys=True, ensure_ascii=False)
            payload = payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            output["data"] = {"text/html": (
                f'<div class="rh-chart" id="rh-chart-{count}" data-spec="rh-spec-{count}" '
                f'role="img" aria-label="{escape(str(label))}"></div>\n'
                f'<script type="application/json" id="rh-spec-{count}">{payload}</script>'
            )}
            count += 1
    return count


def _has_interactive_table(nb) -> bool:
    """True when an output holds a long table (``tables``) that the page's script enhances."""
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            text = output.get("data", {}).get("text/html", "")
            if "data-rh-interactive" in ("".join(text) if isinstance(text, list) else text):
                return True
    return False


def render_html(nb, job: Job) -> str:
    from nbconvert import HTMLExporter

    nb = copy.deepcopy(nb)
    n_charts = _chart_outputs_to_html(nb)
    exporter = HTMLExporter(template_name="report", extra_template_basedirs=[str(TEMPLATES)])
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    resources = {
        "metadata": {"name": job.spec.title},
        "rhetoric": {
            "notebook": job.spec.notebook,
            "parameters": job.parameters,
            "inputs_sha256": job.inputs_sha256,
            "software": nb.metadata.get("rhetoric", {}).get("software") or software_versions(),
            "css": page_css(),
            "vega_bundle": vega_bundle() if n_charts else "",
            "table_script": table_script() if _has_interactive_table(nb) else "",
        },
    }
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    return body
