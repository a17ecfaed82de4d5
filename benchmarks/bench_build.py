"""A full parallel build against the same notebooks run one after another with plain tools.

In one run, on the same machine and inputs:

(a) serial: for each report of reports.yml, in order, ``papermill NOTEBOOK OUT.ipynb --cwd DIR
    -f params.yaml`` with the parameters the build injects, then ``jupyter nbconvert --to html``;
(b) build: ``python -m rhetoric build`` into a fresh folder (so nothing is skipped), which runs
    the reports in parallel processes, one per core.

It prints both wall times and their ratio; the target (issue 7) is build / serial <= 0.6 on
2 cores. Both write into temporary folders that are removed afterwards.

Run: python benchmarks/bench_build.py [--corpus data/corpus] [--config reports.yml]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rhetoric.actors import actors_for_corpus  # noqa: E402
from rhetoric.paths import default_annotations  # noqa: E402
from rhetoric.report import build as b  # noqa: E402
from rhetoric.report.build_config import load_config  # noqa: E402

TARGET = 0.6
BIN = Path(sys.executable).parent


def run(cmd: list[str], **kw) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)
    return time.perf_counter() - t0


def serial(config: Path, corpus: Path, out: Path) -> tuple[float, dict[str, float]]:
    """Each report with plain papermill + nbconvert, one after another; the total and each."""
    cfg = load_config(config)
    jobs = b.plan(cfg, corpus, out, default_annotations(corpus), actors_for_corpus(corpus), None)
    times = {}
    t0 = time.perf_counter()
    for job in jobs:
        params = out / f"{job.name}.params.yaml"
        params.write_text(yaml.safe_dump(job.parameters, allow_unicode=True), encoding="utf-8")
        executed = out / f"{job.name}.ipynb"
        times[job.name] = run([str(BIN / "papermill"), str(job.notebook), str(executed), "--cwd", str(out),
                               "-f", str(params), "-k", "python3", "--no-progress-bar"])
        times[job.name] += run([str(BIN / "jupyter"), "nbconvert", "--to", "html", str(executed)])
    return time.perf_counter() - t0, times


def parallel(config: Path, corpus: Path, out: Path) -> float:
    return run([sys.executable, "-m", "rhetoric", "build", "--corpus", str(corpus), "--out", str(out),
                "--config", str(config)], cwd=ROOT)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT / "data" / "corpus"))
    ap.add_argument("--config", default=str(ROOT / "reports.yml"))
    args = ap.parse_args()
    corpus, config = Path(args.corpus).resolve(), Path(args.config).resolve()
    print(f"{os.cpu_count()} cores; corpus {corpus}; config {config}")
    # Warm the file cache for both runs alike: the libraries every notebook imports.
    run([sys.executable, "-c", "import pandas, altair, papermill, nbconvert, vl_convert, rhetoric.corpus"])
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        (Path(tmp) / "serial").mkdir()
        t_serial, each = serial(config, corpus, Path(tmp) / "serial")
        t_build = parallel(config, corpus, Path(tmp) / "build")
    for name, seconds in each.items():
        print(f"  serial  {name:<24} {seconds:6.1f} s  (papermill + nbconvert)")
    ratio = t_build / t_serial
    print(f"(a) serial papermill + nbconvert: {t_serial:6.1f} s")
    print(f"(b) rhetoric build (parallel):    {t_build:6.1f} s")
    print(f"ratio build / serial: {ratio:.2f} (target <= {TARGET}): {'PASS' if ratio <= TARGET else 'FAIL'}")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
