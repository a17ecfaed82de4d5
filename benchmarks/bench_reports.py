"""The reports at scale: fork builds of synthetic corpora, their pages' sizes and load times.

For each size N (``--sizes``, default 50 500 2000): a synthetic corpus of N articles
(``benchmarks/synthetic_corpus.py``), built as a fork (``python -m rhetoric build --corpus …
--out …``, a fresh output folder, so every report runs; the derived-table cache is the user's,
as in a real build). Then each page (the reports, the index and one article reader page) is
opened offline in headless Chromium (``tests/browser.py``), and the script prints:

- the build's wall time;
- each page's size, its executed notebook's size, its load time (until every chart is drawn),
  its height, its table rows (in the page) and the chart marks drawn (SVG elements of marks).

Run: python benchmarks/bench_reports.py [--sizes 50 500] [--keep DIR]
(the corpora and outputs go to a temporary folder, removed afterwards unless --keep is given;
corpora already generated there are reused).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from browser import browser  # noqa: E402
from synthetic_corpus import generate  # noqa: E402

_COUNT = """() => ({
  height: document.documentElement.scrollHeight,
  rows: document.querySelectorAll('table.rh-table tbody tr, table.sources tbody tr').length,
  marks: document.querySelectorAll('div.rh-chart svg g[class^="mark-"] > *').length,
  charts: document.querySelectorAll('div.rh-chart').length,
})"""


def measure(b, page_path: Path) -> dict:
    """Load a page offline; the time until it is loaded and every chart drawn, and its counts."""
    context = b.new_context(viewport={"width": 1280, "height": 900}, offline=True)
    page = context.new_page()
    started = time.monotonic()
    page.goto(page_path.resolve().as_uri(), wait_until="load", timeout=300_000)
    if page.locator("div.rh-chart").count():
        page.wait_for_function("() => [...document.querySelectorAll('div.rh-chart')].every("
                               "el => el.querySelector('svg, canvas'))", timeout=300_000)
    seconds = time.monotonic() - started
    counts = page.evaluate(_COUNT)
    context.close()
    return {"load_s": seconds, **counts}


def bench(n: int, work: Path, b) -> list[dict]:
    corpus = generate(work / f"corpus-{n}", n, quiet=True)
    out = work / f"out-{n}"
    if out.exists():
        shutil.rmtree(out)
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "rhetoric", "build", "--corpus", str(corpus), "--out", str(out)],
                            cwd=ROOT, capture_output=True, text=True)
    build_s = time.monotonic() - started
    if result.returncode:
        print(result.stderr[-3000:], file=sys.stderr)
        raise SystemExit(f"the build of {n} articles failed")
    print(f"\n{n:,} articles: build {build_s:.1f} s; output folder {_size(out) / 1e6:.1f} MB", flush=True)
    pages = sorted(out.glob("*.html")) + sorted((out / "articles").glob("*.html"))[:1]
    rows = []
    print(f"  {'page':<34} {'html MB':>8} {'ipynb MB':>9} {'load s':>7} {'height px':>10} {'rows':>6} {'marks':>7}")
    for page in pages:
        m = measure(b, page)
        ipynb = page.with_suffix(".ipynb")
        row = {"articles": n, "build_s": build_s, "page": page.relative_to(out).as_posix(),
               "html_mb": page.stat().st_size / 1e6, "ipynb_mb": ipynb.stat().st_size / 1e6 if ipynb.is_file() else 0.0, **m}
        rows.append(row)
        print(f"  {row['page']:<34} {row['html_mb']:8.2f} {row['ipynb_mb']:9.2f} {row['load_s']:7.2f} "
              f"{row['height']:10,} {row['rows']:6,} {row['marks']:7,}", flush=True)
    return rows


def _size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[50, 500, 2000])
    p.add_argument("--keep", type=Path, help="keep the corpora and outputs in this folder")
    a = p.parse_args(argv)
    work = a.keep or Path(tempfile.mkdtemp(prefix="bench-reports-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        with browser() as b:
            for n in a.sizes:
                bench(n, work, b)
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
