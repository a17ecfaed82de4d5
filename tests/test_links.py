"""Every offset a report shows links to its sentence on the article's reader page."""

from __future__ import annotations

from conftest import REPORTS
from links import broken_offset_links, unlinked_spans


def test_every_offset_link_in_the_published_reports_resolves_to_a_highlight():
    """Checks whatever reports/ holds: each articles/<id>.html#<start>-<end> link of each page
    names a reader page that exists and a highlight with that id."""
    assert broken_offset_links(REPORTS) == []


def test_link_checker_finds_a_missing_page_and_a_missing_anchor(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a1.html").write_text('<mark id="3-9">x</mark>', encoding="utf-8")
    (tmp_path / "r.html").write_text('<a href="articles/a1.html#3-9">a</a> <a href="articles/a1.html#3-8">b</a> '
                                     '<a href="articles/a2.html#1-2">c</a><td>a1:3-9</td>', encoding="utf-8")
    assert broken_offset_links(tmp_path) == ["r.html: articles/a1.html#3-8", "r.html: articles/a2.html#1-2"]
    assert unlinked_spans(tmp_path) == ["r.html: <td>a1:3-9</td>"]
