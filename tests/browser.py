"""Open HTML reports in headless Chromium with the network cut off, as a reader would.

Used by the browser tests and usable by hand to look at a page:

    python tests/browser.py reports/index.html reports/corpus_overview.html --shots /tmp/shots
"""

from __future__ import annotations

import shutil
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


@dataclass
class PageReport:
    path: Path
    charts: int = 0
    drawn: int = 0
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    blocked_requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@contextmanager
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        raise RuntimeError("Chromium is not installed: apt-get install chromium (see .ci/run)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


def open_report(b, path: Path, screenshot: Path | None = None, width: int = 1366) -> PageReport:
    """Load a report offline; count chart containers and the ones vega-embed drew."""
    report = PageReport(path)
    context = b.new_context(viewport={"width": width, "height": 900}, offline=True)
    page = context.new_page()

    def route(r):
        if r.request.url.startswith(("file:", "data:", "blob:", "about:")):
            return r.continue_()
        report.blocked_requests.append(r.request.url)
        return r.abort()

    page.route("**/*", route)
    page.on("console", lambda m: m.type == "error" and report.console_errors.append(m.text))
    page.on("pageerror", lambda e: report.page_errors.append(str(e)))
    page.on("dialog", lambda d: (report.dialogs.append(d.message), d.dismiss()))
    page.goto(path.resolve().as_uri(), wait_until="load")
    report.charts = page.locator("div.rh-chart").count()
    if report.charts:
        try:
            page.wait_for_function(
                "() => [...document.querySelectorAll('div.rh-chart')].every("
                "el => el.querySelector('svg, canvas'))", timeout=15000)
        except Exception:
            pass
    report.drawn = page.locator("div.rh-chart svg.marks, div.rh-chart canvas").count()
    if screenshot:
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(screenshot), full_page=True)
    context.close()
    return report


#: The tables a reader sees whose content is wider than their box, and how far the page scrolls sideways.
_LAYOUT = """() => {
  const clipped = [];
  document.querySelectorAll('table').forEach((t) => {
    if (!t.checkVisibility()) return;  // e.g. inside a closed <details>
    const box = t.parentElement, r = t.getBoundingClientRect(), b = box.getBoundingClientRect();
    if (t.scrollWidth > box.clientWidth + 1 || r.right > b.right + 1 || r.right > document.documentElement.clientWidth + 1)
      clipped.push(((t.caption || {}).textContent || t.className || 'table') + ': ' + Math.round(r.width) + ' px in ' + Math.round(b.width) + ' px');
  });
  return {clipped: clipped, scroll_width: document.documentElement.scrollWidth,
          viewport: document.documentElement.clientWidth};
}"""


def layout(b, path: Path, width: int) -> dict:
    """At a window ``width``: the visible tables wider than their box (``clipped``), and the
    page's width (``scroll_width``) against the window's (``viewport``)."""
    context = b.new_context(viewport={"width": width, "height": 900}, offline=True)
    page = context.new_page()
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:", "blob:", "about:"))
               else r.abort())
    page.goto(path.resolve().as_uri(), wait_until="load")
    if page.locator("div.rh-chart").count():
        try:
            page.wait_for_function("() => [...document.querySelectorAll('div.rh-chart')].every("
                                   "el => el.querySelector('svg, canvas'))", timeout=15000)
        except Exception:
            pass
    result = page.evaluate(_LAYOUT)
    context.close()
    return result


if __name__ == "__main__":
    args = sys.argv[1:]
    shots = None
    if "--shots" in args:
        i = args.index("--shots")
        shots = Path(args[i + 1])
        del args[i:i + 2]
    with browser() as b:
        for name in args:
            path = Path(name)
            r = open_report(b, path, shots / f"{path.stem}.png" if shots else None)
            print(f"{path}: {r.drawn}/{r.charts} charts drawn, console errors {r.console_errors}, "
                  f"page errors {r.page_errors}, blocked {r.blocked_requests}, dialogs {r.dialogs}")
