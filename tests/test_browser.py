"""Every HTML report opened in headless Chromium with the network cut off: charts drawn, no errors."""

import pytest
from browser import browser, open_report
from conftest import REPORTS

PAGES = sorted(REPORTS.glob("*.html"))


@pytest.fixture(scope="module")
def chromium():
    with browser() as b:
        yield b


def test_there_are_reports_to_check():
    assert {"index.html", "corpus_overview.html"} <= {p.name for p in PAGES}


@pytest.mark.browser
@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_report_renders_offline_with_every_chart_drawn_and_no_console_error(chromium, page):
    r = open_report(chromium, page)
    assert r.blocked_requests == [], "the page tried to load something from the network"
    assert r.console_errors == [] and r.page_errors == []
    assert r.dialogs == []
    assert r.drawn == r.charts, f"{r.drawn} of {r.charts} charts drawn"
    if page.name != "index.html":
        assert r.charts >= 1
