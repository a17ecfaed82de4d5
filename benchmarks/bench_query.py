"""The notebooks' statement loaders over millions of statements: DuckDB pushdown against
loading the whole table into pandas.

A statements dataset of ``--rows`` rows (default 3,000,000) is made from the automated
extraction of a 1,000-article synthetic corpus (``benchmarks/synthetic_corpus.py``, about
13,000 statement rows): its rows repeated as other articles (article ids suffixed ``~k``), each
copy with its day dates moved by k days and one stance in ten moved by one point, written with
``rhetoric.store.parquet``'s writer as part files of about 100,000 rows. Corpus and dataset go under
``--workdir`` (default ``$TMPDIR/rhetoric-bench``), outside the repository, and are reused.

Then, each in a fresh process, what the reports ask of the statements:

- ``focus``: the shift report's speaker, targets and control cases chosen from the data
  (``rhetoric.analysis.focus.shift_parameters`` with ``auto``);
- ``shift``: the shift report's statement loading: focus, the speaker's series and the
  control cases' series (``rhetoric.analysis.shift.statement_series``);
- ``stance-aggregates``: the stance report's counts and means: focus actor, headline,
  speaker × target matrix, authorial framing (not the pairs-by-article table: it has two
  columns per article, so over synthetic copies of 1,000 articles it is hundreds of
  thousands of columns wide whichever way it is loaded);
- ``stance-rows``: the stance report's row-level views: the points of the stance-by-source
  chart and the statement table (every attributed row, so every quote).

Each runs two ways: ``duckdb`` (the reports' code: ``StatementSource`` queries) and ``pandas``
(the whole table read into pandas, as ``rhetoric.store.cache.cached_table`` did, then the pandas
computations of tests/pandas_reference.py). Measured per run: wall time of the work (after
imports), the process's peak RSS (``ru_maxrss`` from ``os.wait4``) and the rows and columns
pandas received. Best time and largest peak of ``--repeat`` runs; a process that only imports
gives the baseline memory.

Run: python benchmarks/bench_query.py [--rows 3000000] [--workdir DIR] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))  # pandas_reference: the computations as they were
try:
    import rhetoric  # noqa: F401  (the installed package, or PYTHONPATH's)
except ImportError:  # pragma: no cover
    sys.path.insert(0, str(ROOT / "src"))

ACTORS = ROOT / "data" / "actors.yml"
BASE_ARTICLES = 1000
PART_ROWS = 100_000
TASKS = ["focus", "shift", "stance-aggregates", "stance-rows"]


# --- the dataset -------------------------------------------------------------------------------

def base_statements(work: Path):
    """The automated statements of the 1,000-article synthetic corpus (extracted once)."""
    from synthetic_corpus import generate

    from rhetoric.actors import load_actors
    from rhetoric.store import parquet as store

    corpus = generate(work / f"corpus_{BASE_ARTICLES}", BASE_ARTICLES, quiet=True)
    out = work / f"statements_{BASE_ARTICLES}_articles"
    if not store.is_dataset(out):
        store.write_dataset(corpus, out, load_actors(ACTORS), "statements")
    return store.read_table(out)


def perturbed_copy(base, k: int):
    """Copy ``k`` of the base rows: other article ids, day dates moved by k days, one stance in
    ten moved by one point (within −2…+2)."""
    import numpy as np
    import pandas as pd

    copy = base.copy()
    copy["article_id"] = copy["article_id"] + f"~{k:05d}"
    said = copy["said_on"].fillna("")
    day = said.str.len() == 10
    moved = pd.to_datetime(said[day], format="%Y-%m-%d", errors="coerce") + pd.Timedelta(days=k)
    copy.loc[day, "said_on"] = moved.dt.strftime("%Y-%m-%d").where(moved.notna(), said[day])
    rng = np.random.default_rng(k)
    nudge = rng.choice([-1, 0, 0, 0, 0, 0, 0, 0, 0, 1], size=len(copy))
    copy["stance"] = (copy["stance"] + nudge).clip(-2, 2).astype("int64")
    return copy


def make_dataset(work: Path, rows: int) -> Path:
    """A dataset of exactly ``rows`` statement rows (reused when already there)."""
    import pandas as pd

    from rhetoric.store import parquet as store

    out = work / f"statements_{rows}_rows"
    if store.is_dataset(out) and json.loads((out / store.DATASET_FILE).read_text())["rows"] == rows:
        return out
    base = base_statements(work)
    staging = store.new_staging_dir(out)
    written, part, k, pending, articles = 0, 0, 0, [], 0
    while written < rows:
        copy = perturbed_copy(base, k).head(rows - written - sum(len(p) for p in pending))
        pending.append(copy)
        articles += copy["article_id"].nunique()
        k += 1
        if sum(len(p) for p in pending) >= PART_ROWS or written + sum(len(p) for p in pending) >= rows:
            written += store.write_partition(pd.concat(pending, ignore_index=True), "statements",
                                             staging / store.part_name(part))
            part, pending = part + 1, []
    info = store.DatasetInfo(out, "statements", articles, part, written, BASE_ARTICLES)
    store.publish(staging, info)
    return out


# --- one task, in a child process ------------------------------------------------------------------

def run_task(task: str, way: str, dataset: Path) -> dict:
    """What a report asks of the statements, the DuckDB way or the pandas way; what pandas got."""
    import pandas_reference as ref

    from rhetoric.actors import load_actors
    from rhetoric.analysis import focus, shift
    from rhetoric.report import stance_views
    from rhetoric.store import parquet as store
    from rhetoric.store.source import StatementSource

    registry = load_actors(ACTORS)
    received = []
    fetch = store.fetch

    def recording_fetch(*args):
        result = fetch(*args)
        received.append(result.shape)
        return result

    store.fetch = recording_fetch
    started = time.perf_counter()
    if way == "duckdb":
        names = {a: registry.name(a) for a in registry.actors}
        statements = StatementSource(dataset=dataset).with_names(names)
        if task in ("focus", "shift"):
            chosen = focus.shift_parameters(statements, registry, "auto", "auto", "auto")
            if task == "shift":
                for case in [{"speaker": chosen.speaker, "targets": chosen.targets}, *chosen.controls]:
                    shift.statement_series(statements, case["speaker"], case["targets"])
        elif task == "stance-aggregates":
            actor = focus.pick_speaker(statements, "auto", registry)
            stance_views.summarize(statements, actor, registry, "automated")
            stance_views.stance_matrix(statements)
            stance_views.authorial_framing(statements)
        else:
            stance_views.stance_points(statements)
            stance_views.statement_table(statements)
    else:
        whole = store.read_table(dataset)  # what cached_table returned: every row and column
        if task in ("focus", "shift"):
            speaker = ref.pick_speaker(whole, "auto", registry)
            targets = ref.pick_targets(whole, speaker, "auto", registry)
            controls = ref.pick_controls(whole, speaker, targets, "auto", registry)
            if task == "shift":
                for case in [{"speaker": speaker, "targets": targets}, *controls]:
                    ref.statement_series(whole, case["speaker"], case["targets"])
        else:
            frame = ref.stance_frame(whole, registry)
            if task == "stance-aggregates":
                actor = ref.pick_speaker(frame, "auto", registry)
                ref.summarize(frame, actor, registry, "automated")
                ref.stance_matrix(frame)
                ref.authorial_framing(frame)
            else:
                ref.stance_points(frame)
                ref.statement_table(frame)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "results": len(received), "rows": sum(r for r, _ in received),
            "max_columns": max((c for _, c in received), default=0)}


def child(argv: list[str]) -> dict:
    """Run one task in a fresh Python; its figures and its peak RSS (MiB)."""
    proc = subprocess.Popen([sys.executable, __file__, *argv], stdout=subprocess.PIPE, text=True)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.stdout.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"child {' '.join(argv)} failed")
    result = json.loads(out.strip().splitlines()[-1])
    result["rss_mib"] = usage.ru_maxrss / 1024
    return result


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="the notebooks' statement loaders: DuckDB against pandas")
    p.add_argument("--rows", type=int, default=3_000_000, help="statement rows in the dataset")
    p.add_argument("--workdir", default=str(Path(tempfile.gettempdir()) / "rhetoric-bench"),
                   help="where the corpus and the dataset are written (kept and reused)")
    p.add_argument("--repeat", type=int, default=3, help="runs of each task and way (best time kept)")
    p.add_argument("--child", nargs=3, metavar=("TASK", "WAY", "DATASET"), help=argparse.SUPPRESS)
    p.add_argument("--imports-only", action="store_true", help=argparse.SUPPRESS)
    a = p.parse_args(argv)
    if a.imports_only:
        import duckdb  # noqa: F401
        import pandas_reference  # noqa: F401

        from rhetoric import store  # noqa: F401
        from rhetoric.store.source import StatementSource  # noqa: F401
        print(json.dumps({"seconds": 0.0, "results": 0, "rows": 0, "max_columns": 0}))
        return 0
    if a.child:
        warnings.simplefilter("ignore")
        task, way, dataset = a.child
        print(json.dumps(run_task(task, way, Path(dataset))))
        return 0

    work = Path(a.workdir)
    work.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    dataset = make_dataset(work, a.rows)
    size = sum(f.stat().st_size for f in dataset.glob("part-*.parquet"))
    manifest = json.loads((dataset / "_dataset.json").read_text())
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores")
    print(f"dataset {dataset}: {manifest['rows']:,} statement rows, {manifest['articles']:,} articles, "
          f"{manifest['partitions']} part files, {size / 2**20:.0f} MiB (ready in {time.perf_counter() - t0:.0f} s)")
    baseline = child(["--imports-only"])["rss_mib"]
    print(f"a process that only imports: peak {baseline:.0f} MiB\n")
    print(f"{'task':<19}{'way':<8}{'wall s':>8}{'peak MiB':>10}{'results':>9}{'rows to pandas':>16}{'max cols':>9}")
    figures = {}
    for task in TASKS:
        for way in ("duckdb", "pandas"):
            runs = [child(["--child", task, way, str(dataset)]) for _ in range(a.repeat)]
            best = min(runs, key=lambda r: r["seconds"])
            best["rss_mib"] = max(r["rss_mib"] for r in runs)
            figures[task, way] = best
            print(f"{task:<19}{way:<8}{best['seconds']:>8.2f}{best['rss_mib']:>10.0f}{best['results']:>9}"
                  f"{best['rows']:>16,}{best['max_columns']:>9}")
    print("\nratios, pandas ÷ duckdb (above 1: DuckDB is faster or smaller)")
    print(f"{'task':<19}{'time':>8}{'peak':>8}{'peak above baseline':>21}")
    for task in TASKS:
        d, pd_ = figures[task, "duckdb"], figures[task, "pandas"]
        above = (pd_["rss_mib"] - baseline) / max(d["rss_mib"] - baseline, 1)
        print(f"{task:<19}{pd_['seconds'] / d['seconds']:>8.1f}{pd_['rss_mib'] / d['rss_mib']:>8.1f}{above:>21.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
