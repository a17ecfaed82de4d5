"""Check the links from reports to the article reader pages (``articles/<id>.html#<start>-<end>``).

Used by tests/test_links.py on whatever reports/ holds and by tests/test_fork.py on a fork build.
"""

from __future__ import annotations

import re
from pathlib import Path

#: A link to a span of an article, as rhetoric.report.links.reader_href writes it: an href of the
#: page, or a string of a chart's spec (the marks' href channel).
OFFSET_HREF = re.compile(r'"articles/([A-Za-z0-9][A-Za-z0-9_.-]*)\.html#(\d+-\d+)"')
#: A table cell that shows spans as text without linking them.
UNLINKED_SPAN_CELL = re.compile(r"<td>[A-Za-z0-9][A-Za-z0-9_.-]*:\d+-\d+(?:; [A-Za-z0-9][A-Za-z0-9_.-]*:\d+-\d+)*</td>")


def offset_links(folder: Path) -> dict[str, list[tuple[str, str]]]:
    """Every report page of ``folder`` (its *.html) → the (article, anchor) pairs it links to."""
    return {page.name: OFFSET_HREF.findall(page.read_text(encoding="utf-8")) for page in sorted(folder.glob("*.html"))}


def broken_offset_links(folder: Path) -> list[str]:
    """The links of ``folder``'s reports whose reader page or highlight does not exist."""
    ids: dict[str, set[str]] = {}
    broken = []
    for page, links in offset_links(folder).items():
        for article, anchor in links:
            if article not in ids:
                reader = folder / "articles" / f"{article}.html"
                ids[article] = set(re.findall(r'\sid="([^"]+)"', reader.read_text(encoding="utf-8"))) \
                    if reader.is_file() else set()
            if anchor not in ids[article]:
                broken.append(f"{page}: articles/{article}.html#{anchor}")
    return broken


def unlinked_spans(folder: Path) -> list[str]:
    """Table cells of ``folder``'s reports that show an article span without a link to it."""
    return [f"{page.name}: {m.group(0)[:120]}" for page in sorted(folder.glob("*.html"))
            for m in UNLINKED_SPAN_CELL.finditer(page.read_text(encoding="utf-8"))]
