"""Where a span of an article is read: the address of its reader page, defined once.

A report shows a span of an article as ``<article_id>:<start>-<end>`` (or as an article, a start
and an end column); ``rhetoric.report.tables`` links it to ``reader_href(article_id, start, end)``,
``articles/<article_id>.html#<start>-<end>``, relative to the report (reports and the landing
page live in the output folder; the reader pages in its ``articles/`` folder). The reader pages
(``rhetoric.report.reader``) give each highlight the id ``<start>-<end>``.
"""

from __future__ import annotations

import re

#: The folder of the reader pages, inside the output folder.
READER_DIR = "articles"

#: A span as the reports print it: article id (``rhetoric.corpus.FrontMatter.id``), start, end.
SPAN = re.compile(r"(?P<article>[A-Za-z0-9][A-Za-z0-9_.-]*):(?P<start>\d+)-(?P<end>\d+)")


def anchor(start: int, end: int) -> str:
    """The id of a highlight on a reader page."""
    return f"{int(start)}-{int(end)}"


def reader_href(article_id: str, start: int | None = None, end: int | None = None) -> str:
    """The link to an article's reader page (at a span, when given), relative to a report."""
    return f"{READER_DIR}/{article_id}.html" + (f"#{anchor(start, end)}" if start is not None and end is not None else "")
