"""Every HTML report opened in headless Chromium with the network cut off: charts drawn, no errors."""

import pytest
from browser import browser, layout, open_report
from conftest import REPORTS

PAGES = sorted(REPORTS.glob("*.html"))
#: One reader page is enough for the layout: they share their template.
READERS = sorted(REPORTS.glob("articles/*.html"))[:1]


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


@pytest.mark.browser
@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_no_table_is_wider_than_its_box_at_1280_px(chromium, page):
    assert layout(chromium, page, 1280)["clipped"] == []


@pytest.mark.browser
@pytest.mark.parametrize("page", PAGES + READERS, ids=[p.name for p in PAGES + READERS])
def test_no_page_is_wider_than_a_phone_at_390_px(chromium, page):
    """On a phone a wide table may scroll sideways inside its own box; the page does not."""
    found = layout(chromium, page, 390)
    assert found["scroll_width"] <= found["viewport"], f"the page scrolls sideways: {found}"


@pytest.mark.browser
def test_a_long_table_is_searchable_sortable_and_paged_offline(chromium):
    import pandas as pd

    from rhetoric.report import render, tables

    frame = pd.DataFrame({"speaker": [f"speaker {i:02d}" for i in range(40)], "stance": [(i * 7) % 5 - 2 for i in range(40)]})
    page_html = (f"<html><body>{tables.show(frame, 'Statements')._repr_html_()}"
                 f"<script>{render.table_script()}</script></body></html>")
    context = chromium.new_context(offline=True)
    page = context.new_page()
    page.set_content(page_html)
    rows = "table.rh-table tbody tr"
    assert page.locator(rows).count() == tables.PAGE_ROWS
    assert "rows 1–25 of 40" in page.locator(".rh-table-info").text_content()
    page.get_by_role("button", name="next ›").click()
    assert page.locator(rows).count() == 40 - tables.PAGE_ROWS
    page.get_by_placeholder("Search this table").fill("speaker 3")
    assert page.locator(rows).count() == 10  # speaker 30 … 39
    page.get_by_placeholder("Search this table").fill("")
    page.locator("th button.rh-sort", has_text="stance").click()
    first = [page.locator(f"{rows}:nth-child({n}) td:nth-child(2)").text_content() for n in (1, 2)]
    assert first == ["-2", "-2"]
    assert page.locator("th", has_text="stance").get_attribute("aria-sort") == "ascending"
    context.close()


@pytest.mark.browser
def test_printing_hides_code_and_tools_and_shows_every_row(chromium):
    import pandas as pd

    from rhetoric.report import render, tables

    frame = pd.DataFrame({"a": range(60)})
    page_html = (f"<html><head><style>{render.page_css()}</style></head><body class='rh-show-code'><main>"
                 f"<div class='jp-CodeCell'><div class='jp-Cell-inputWrapper'>code()</div></div>"
                 f"<div class='rh-header'>header</div>{tables.show(frame, 'T')._repr_html_()}</main>"
                 f"<script>{render.table_script()}</script></body></html>")
    context = chromium.new_context(offline=True)
    page = context.new_page()
    page.set_content(page_html)
    assert page.locator("table.rh-table tbody tr").count() == tables.PAGE_ROWS
    page.emulate_media(media="print")
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    assert page.locator("table.rh-table tbody tr").count() == 60
    for hidden in (".jp-Cell-inputWrapper", ".rh-header", ".rh-table-tools"):
        assert not page.locator(hidden).is_visible(), hidden
    context.close()
