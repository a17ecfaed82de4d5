"""Tables as reports show them: every cell in full, escaped, left-aligned, no index column.

``show(df, caption)`` returns an object that Jupyter displays as that HTML table (and as plain
text elsewhere). Cell text is always HTML-escaped, so markup inside an article (a ``<script>``
tag, an ``onerror`` attribute) is shown as text and never runs.
"""

from __future__ import annotations

import html

import pandas as pd


class Table:
    def __init__(self, frame: pd.DataFrame, caption: str | None = None):
        self.frame = frame.reset_index(drop=True)
        self.caption = caption

    def _repr_html_(self) -> str:
        with pd.option_context("display.max_colwidth", None):
            body = self.frame.to_html(index=False, escape=True, border=0, na_rep="",
                                      classes="rh-table", justify="left")
        if self.caption:
            body = body.replace(
                '<table border="0" class="dataframe rh-table">',
                f'<table border="0" class="dataframe rh-table"><caption>{html.escape(self.caption)}</caption>', 1)
        return f'<div class="rh-table-wrap">{body}</div>'

    def __repr__(self) -> str:
        with pd.option_context("display.max_colwidth", 80, "display.width", 120):
            text = self.frame.to_string(index=False)
        return f"{self.caption}\n{text}" if self.caption else text


def show(frame: pd.DataFrame, caption: str | None = None) -> Table:
    return Table(frame, caption)


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
