"""Tables as reports show them: every cell in full, escaped, left-aligned, no index column; spans
of articles linked to their reader pages; long tables searchable and sortable, wide ones folded.

``show(df, caption)`` returns an object that Jupyter displays as that HTML table (and as plain
text elsewhere). Cell text is always HTML-escaped, so markup inside an article (a ``<script>``
tag, an ``onerror`` attribute) is shown as text and never runs.

- **Links to the sources** (``rhetoric.report.links``): a cell that is a span or a list of spans
  (``001_…:1425-1497; 000_…:3583-3776``) links each to ``articles/<id>.html#<start>-<end>``; in
  a row with an article column (``article_id`` or ``article``) and ``start`` and ``end`` columns,
  the start and end cells link to that span; a ``span_x`` column (``1425-1497``) links to the
  span in the article of the ``article_x`` column.
- **Wide tables** (more than ``MAX_COLUMNS`` columns) show their first ``MAX_COLUMNS - 1``
  columns (or the ``key`` columns given) and the others in a ``<details>`` toggle in each row.
- **Very long tables** (more than ``MAX_ROWS`` rows) show their first rows in the page and
  write every row to a CSV file beside the report, which the table links.
- **Long tables** (more than ``INTERACTIVE_ROWS`` rows) are marked ``data-rh-interactive``: the
  report page's script (``templates/report/table.js``) gives them a search box, sortable
  headings and pages of ``PAGE_ROWS`` rows, offline. A table has no random id: the same frame
  gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import html
import math
import re

import pandas as pd

from rhetoric.report.links import SPAN, reader_href

#: Tables with more columns than this show the first ones and fold the others into a toggle.
MAX_COLUMNS = 9
#: Tables with more rows than this get a search box, sortable headings and pages.
INTERACTIVE_ROWS = 15
#: Rows per page of a long table (the page's script reads it from the table).
PAGE_ROWS = 25
#: Rows of a table's plain-text form (what a notebook viewer without HTML shows).
TEXT_ROWS = 30
#: A table with more rows than this shows its first ``MAX_ROWS`` in the page; all of them are
#: written to ``figures/<report>/<table>.csv`` beside it, and the caption links that file.
MAX_ROWS = 200

_ONE_SPAN = r"[A-Za-z0-9][A-Za-z0-9_.-]*:\d+-\d+"  # links.SPAN without its groups
_SPAN_LIST = re.compile(rf"{_ONE_SPAN}(?:; {_ONE_SPAN})*")
_BARE_SPAN = re.compile(r"(\d+)-(\d+)")
_ARTICLE_COLUMNS = ("article_id", "article")


def format_cell(value) -> str:
    """A value as the table prints it: missing as empty, whole-day timestamps as ISO dates,
    floats to six significant digits (always with a decimal point)."""
    if value is None or value is pd.NaT or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat() if value == value.normalize() else value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float):
        text = f"{value:.6g}"
        return text if any(c in text for c in ".eni") else text + ".0"
    return str(value)


def _offset(value) -> int | None:
    """A character offset (an integer, or a float without a fraction), else None."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return int(number) if number.is_integer() and number >= 0 else None


class Redline:
    """Two wordings as one redline cell: words only in the first struck through, words only in
    the second underlined, in two colours (``rhetoric.analysis.alignment.word_diff`` parts)."""

    TAGS = {"delete": ("<del class=\"rh-del\">", "</del>"), "insert": ("<ins class=\"rh-ins\">", "</ins>"),
            "equal": ("", "")}
    SIGNS = {"delete": ("[-", "-]"), "insert": ("{+", "+}"), "equal": ("", "")}

    def __init__(self, parts: list[tuple[str, str]]):
        self.parts = parts

    def __html__(self) -> str:
        return " ".join(f"{self.TAGS[op][0]}{html.escape(text)}{self.TAGS[op][1]}" for op, text in self.parts)

    def __str__(self) -> str:
        return " ".join(f"{self.SIGNS[op][0]}{text}{self.SIGNS[op][1]}" for op, text in self.parts)


def _link(href: str, text: str) -> str:
    return f'<a class="rh-src" href="{html.escape(href, quote=True)}">{html.escape(text)}</a>'


def link_spans(text: str) -> str:
    """Escaped ``text``, with each ``article:start-end`` span linked when the text is nothing but
    a list of spans (separated by '; ')."""
    if not _SPAN_LIST.fullmatch(text):
        return html.escape(text)
    return "; ".join(_link(reader_href(m["article"], m["start"], m["end"]), m.group(0))
                     for m in SPAN.finditer(text))


class Table:
    def __init__(self, frame: pd.DataFrame, caption: str | None = None, key: list[str] | None = None):
        self.frame = frame.reset_index(drop=True)
        self.caption = caption
        self.key = key

    def _cells(self, row: dict, columns: list[str]) -> dict[str, str]:
        """Each cell of a row as HTML: escaped, spans linked to the reader pages."""
        cells = {c: row[c].__html__() if isinstance(row[c], Redline) else link_spans(format_cell(row[c]))
                 for c in columns}
        article_col = next((c for c in _ARTICLE_COLUMNS if c in row), None)
        if article_col and "start" in row and "end" in row:
            article, start, end = format_cell(row[article_col]), _offset(row["start"]), _offset(row["end"])
            if article and start is not None and end is not None:
                href = reader_href(article, start, end)
                cells["start"], cells["end"] = _link(href, str(start)), _link(href, str(end))
        for c in columns:
            if c.startswith("span_") and f"article_{c[5:]}" in row:
                article, span = format_cell(row[f"article_{c[5:]}"]), format_cell(row[c])
                if article and (m := _BARE_SPAN.fullmatch(span)):
                    cells[c] = _link(reader_href(article, m[1], m[2]), span)
        return cells

    def _full_table_csv(self) -> str | None:
        """Write the whole table beside the report (``figures/<report>/<name>.csv``, named
        after the caption) and return its path relative to the report; None outside a report."""
        from rhetoric.report.charts import figures_folder

        folder = figures_folder()
        if folder is None:
            return None
        name = re.sub(r"[^a-z0-9]+", "_", (self.caption or "table").lower()).strip("_")[:60] or "table"
        folder.mkdir(parents=True, exist_ok=True)
        frame = self.frame.map(lambda v: str(v) if isinstance(v, Redline) else v)
        frame.to_csv(folder / f"table_{name}.csv", index=False, lineterminator="\n")
        return f"{folder.parent.name}/{folder.name}/table_{name}.csv"

    def _repr_html_(self) -> str:
        columns = [str(c) for c in self.frame.columns]
        frame = self.frame.set_axis(columns, axis=1)
        total = len(frame)
        note = ""
        if total > MAX_ROWS:
            frame = frame.head(MAX_ROWS)
            csv = self._full_table_csv()
            where = (f'all of them are in <a href="{html.escape(csv, quote=True)}">{html.escape(csv)}</a>'
                     if csv else "the full table is in the notebook's data")
            note = f'<p class="rh-table-note">The first {MAX_ROWS:,} of {total:,} rows; {where}.</p>'

        if self.key:
            shown = [c for c in self.key if c in columns]
        else:
            shown = columns if len(columns) <= MAX_COLUMNS else columns[:MAX_COLUMNS - 1]
        folded = [c for c in columns if c not in shown]
        head = "".join(f"<th>{html.escape(c)}</th>" for c in shown)
        if folded:
            head += '<th class="rh-more">more</th>'
        rows = []
        for row in frame.to_dict("records"):
            cells = self._cells(row, columns)
            tds = "".join(f"<td>{cells[c]}</td>" for c in shown)
            if folded:
                items = "".join(f"<dt>{html.escape(c)}</dt><dd>{cells[c]}</dd>" for c in folded)
                tds += f'<td class="rh-more"><details><summary>{len(folded)} more</summary><dl>{items}</dl></details></td>'
            rows.append(f"<tr>{tds}</tr>")
        interactive = f' data-rh-interactive="{PAGE_ROWS}"' if len(frame) > INTERACTIVE_ROWS else ""
        caption = f"<caption>{html.escape(self.caption)}</caption>" if self.caption else ""
        return (f'<div class="rh-table-wrap"><table class="dataframe rh-table"{interactive}>{caption}'
                f"<thead><tr>{head}</tr></thead>\n<tbody>\n" + "\n".join(rows) + f"\n</tbody></table>{note}</div>")

    def __repr__(self) -> str:
        """Plain text (where no HTML is shown): the first ``TEXT_ROWS`` rows."""
        frame = self.frame.map(lambda v: str(v) if isinstance(v, Redline) else v)
        with pd.option_context("display.max_colwidth", 80, "display.width", 120):
            text = frame.head(TEXT_ROWS).to_string(index=False)
        if len(frame) > TEXT_ROWS:
            text += f"\n… the first {TEXT_ROWS} of {len(frame):,} rows"
        return f"{self.caption}\n{text}" if self.caption else text


def show(frame: pd.DataFrame, caption: str | None = None, key: list[str] | None = None) -> Table:
    """``frame`` as a report table; ``key``: the columns to show when it is wide (the others are
    folded into a toggle in each row)."""
    return Table(frame, caption, key)


def review_sentence(review) -> str:
    """What a report says of hand coding that is still a draft (``rhetoric.store.loading.coding_review``),
    in one Markdown sentence; empty when every row is reviewed."""
    if review is None or not review.unreviewed:
        return ""
    return (f"**The hand coding is an unreviewed draft:** {review.draft} of its {review.rows} rows still "
            f"have status `draft` (written from the automated extraction by `python -m rhetoric draft`); "
            f"until a coder has reviewed every row, read the results as the extraction's.")


def provenance_note(kind: str, what: str, review=None) -> str:
    """The sentence every report opens with: hand-coded data, automated extraction or a given
    statements store (both flagged); ``kind`` as ``rhetoric.store.loading`` says it. ``review``
    (``rhetoric.store.loading.coding_review``) flags hand coding that is still a draft."""
    if kind == "hand-coded":
        text = (f"This report uses the **hand-coded {what}** of `data/annotations` "
                f"(definitions in `data/annotations/CODEBOOK.md`).")
        if review is not None and review.unreviewed:
            text = (f'<div class="rh-note"><strong>Unreviewed draft.</strong> This report uses hand-coding '
                    f"files of which {review.draft} of {review.rows} rows still have status "
                    f"<code>draft</code>: the automated extraction written by <code>python -m rhetoric "
                    f"draft</code>, not yet checked by a coder.</div>")
        return text
    if kind == "stored":
        return (f'<div class="rh-note"><strong>Statements store.</strong> The {what} below were read '
                f"from a statements store given to this build (<code>--statements</code>), not hand-coded "
                f"for it nor extracted by it. When they come from the automated extraction, its measured "
                f"accuracy on the hand-coded corpus is shown in this report: read the results with that "
                f"error rate in mind.</div>")
    return (f'<div class="rh-note"><strong>Automated extraction.</strong> This corpus has no '
            f"hand-coded annotations, so the {what} below were found by the automated extraction, "
            f"not by a person. Its measured accuracy on the hand-coded corpus is shown in this "
            f"report: read the results with that error rate in mind.</div>")
