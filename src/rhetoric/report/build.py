"""Build the reports listed in reports.yml: notebook → executed notebook → HTML, and an index.

For each report, papermill executes the notebook with its parameters into ``OUT/<name>.ipynb``
(the nbval baseline) and nbconvert renders ``OUT/<name>.html`` (what readers open). Then
``OUT/index.html`` links every report. ``build_reports`` is the entry point (``python -m
rhetoric build``); ``plan`` turns reports.yml into one job per report.

Guarantees, and the module of ``rhetoric.report`` that keeps each:
- Deterministic (``execute``): papermill's timestamps and durations are stripped, cell ids are
  stable, and what a report was built from is recorded as a sha256 of its inputs, never as a
  time.
- Incremental (``fingerprint``): a report whose inputs hash equals the one recorded in its
  notebook is skipped. The inputs are the notebook, its parameters, the corpus, annotations,
  actors, requirements.txt, and only the package modules the notebook imports (transitively,
  found with ``ast``), the build's own modules (this one and every module it imports) and the
  package's data and templates.
- Parallel (``pool``): independent reports run in separate processes (papermill's cwd is per
  process), longest first, forked from a process that has already loaded papermill, nbconvert
  and the vega bundle. Each kernel talks over Unix sockets in its own temporary folder
  (transport "ipc"), so kernels started at once cannot race for TCP ports.
- Study and forks (``build_config``): data/corpus is built as reports.yml says; any other
  corpus with the ``fork:`` titles and parameters. Cells tagged ``study`` are left out of
  forks, cells tagged ``fork`` out of the study.
- Nothing half-written (``pool``, ``publish``): each report runs in a staging folder beside OUT
  (same depth, so the relative paths injected as parameters are the ones nbval later sees from
  OUT) and the reports are moved into place together, only when every one succeeded. A failure
  names the report and the cell and leaves the previous files byte-identical. Ctrl-C stops the
  workers (which shut their kernels down) and removes the staging folders and kernel files; it
  exits 130.
- One build per OUT at a time (``pool``): a second build waits on a lock file.
- Article reader pages (``reader``): ``OUT/articles/<id>.html``, every article with what the
  reports cite marked at its offsets; rewritten only when their own inputs change.
- Offline HTML (``render``, ``index_page``): no CDN; the vega libraries come from vl-convert,
  inlined once per page.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from rhetoric.paths import DEFAULT_ANNOTATIONS, DEFAULT_CORPUS, PROJECT_ROOT, default_annotations  # noqa: F401 - re-exported
from rhetoric.paths import DEFAULT_REPORTS as DEFAULT_OUT  # noqa: F401 - re-exported
from rhetoric.report.build_config import BuildConfig, BuildError, Job, build_mode, load_config
from rhetoric.report.fingerprint import is_up_to_date, report_inputs
from rhetoric.report.index_page import corpus_articles, render_index
from rhetoric.report.out_dir import check_out
from rhetoric.report.pool import build_lock, run_all
from rhetoric.report.publish import write_text_atomically


def _path_param(target: Path | None, out_dir: Path) -> str:
    """A path as the notebook sees it from OUT: relative inside the project, else absolute."""
    if target is None:
        return ""
    target = target.resolve()
    if target.is_relative_to(PROJECT_ROOT) and out_dir.is_relative_to(PROJECT_ROOT):
        return os.path.relpath(target, out_dir)
    return str(target)


def plan(config: BuildConfig, corpus: Path, out_dir: Path, annotations: Path | None,
         actors: Path, only: list[str] | None, statements: Path | None = None) -> list[Job]:
    """One job per report of ``config`` (those named in ``only``, if given), in its order."""
    specs = config.reports
    if only:
        unknown = sorted(set(only) - {r.name for r in specs})
        if unknown:
            raise BuildError(f"unknown report {', '.join(unknown)}; reports: "
                             f"{', '.join(r.name for r in specs)}")
        specs = [r for r in specs if r.name in only]
    # The placeholders that reports.yml may use in parameter values.
    values = {
        "corpus": _path_param(corpus, out_dir),
        "annotations": _path_param(annotations, out_dir),
        "actors": _path_param(actors, out_dir),
        "statements": _path_param(statements, out_dir) or "none",  # a statements store (--statements)
    }
    mode = build_mode(corpus)
    jobs = []
    for configured in specs:
        spec = configured.for_mode(mode)
        notebook = (PROJECT_ROOT / spec.notebook).resolve()
        if not notebook.is_file():
            raise BuildError(f"report '{spec.name}': notebook {spec.notebook} not found")
        params = {k: (v.format(**values) if isinstance(v, str) else v)
                  for k, v in spec.parameters.items()}
        reads_store = any(isinstance(v, str) and "{statements}" in v for v in spec.parameters.values())
        params["report_name"] = spec.name
        digest, package_files = report_inputs(notebook, params, mode, corpus, annotations, actors,
                                              statements if reads_store else None)
        jobs.append(Job(spec, notebook, out_dir, params, digest, package_files, mode))
    return jobs


def _validate_inputs(corpus: Path, annotations: Path | None, actors: Path) -> None:
    """Fail before any notebook runs when the corpus, actors or annotations are invalid."""
    from rhetoric.actors import load_actors
    from rhetoric.corpus import load_corpus, note_skipped

    corpus_df = load_corpus(corpus)
    note_skipped(corpus)
    registry = load_actors(actors)
    from rhetoric.languages import not_extracted

    for article in corpus_df["article"]:
        if reason := not_extracted(article):
            print(f"note: {article.id}: not analysed: {reason}", file=sys.stderr)
    if annotations is not None:
        from rhetoric.annotations import validate_annotations

        validate_annotations(annotations, corpus_df, registry)


def build_reports(corpus: str = "data/corpus", out: str = "reports", config: str = "reports.yml",
                  annotations: str | None = None, only: list[str] | None = None,
                  workers: int | None = None, statements: str | None = None) -> int:
    """Build the stale reports of ``config`` from ``corpus`` into ``out``, then the index.

    Returns 0, or 1 when a report failed (the previous files of the failed reports stay).
    """
    from rhetoric.actors import actors_for_corpus

    started = time.monotonic()
    corpus_dir = Path(corpus).resolve()
    out_dir = Path(out).resolve()
    if annotations is None:
        annotations_dir = default_annotations(corpus_dir)
    else:
        annotations_dir = Path(annotations).resolve() if annotations else None
        if annotations_dir is not None and not annotations_dir.is_dir():
            raise BuildError(f"{annotations}: annotations folder does not exist")
    statements_store = Path(statements).resolve() if statements else None
    if statements_store is not None and not statements_store.exists():
        raise BuildError(f"{statements}: no statements store there (a Parquet dataset or a CSV file)")
    check_out(out_dir, out, corpus_dir, corpus, {"annotations": annotations_dir, "statements store": statements_store})
    actors = actors_for_corpus(corpus_dir)
    cfg = load_config(Path(config).resolve())
    _validate_inputs(corpus_dir, annotations_dir, actors)

    out_dir.mkdir(parents=True, exist_ok=True)
    with build_lock(out_dir):
        jobs = plan(cfg, corpus_dir, out_dir, annotations_dir, actors, only, statements_store)
        stale = [j for j in jobs if not is_up_to_date(j)]
        for j in jobs:
            if j not in stale:
                print(f"  up to date  {j.name}", file=sys.stderr)
        failures = run_all(stale, out_dir, workers)
        if failures:
            for message in failures:
                print(f"error: {message}", file=sys.stderr)
            print(f"error: {len(failures)} of {len(stale)} reports failed, so none was published: the "
                  f"previous files of those reports are unchanged in {out_dir}", file=sys.stderr)
            return 1
        from rhetoric.report.reader import write_reader_pages  # its own inputs hash (reader.py)

        write_reader_pages(corpus_dir, out_dir, actors, annotations_dir, statements_store)
        all_jobs = plan(cfg, corpus_dir, out_dir, annotations_dir, actors, None, statements_store)
        present = [j for j in all_jobs if (out_dir / f"{j.name}.html").is_file()]
        index = render_index(cfg, present, out_dir, _path_param(corpus_dir, out_dir),
                             corpus_articles(corpus_dir), annotations_dir is None)
        try:
            write_text_atomically(out_dir / "index.html", index)
        except OSError as exc:
            raise BuildError(f"could not write {out_dir / 'index.html'}: {exc.strerror or exc}") from None
    print(f"built {len(stale)} of {len(jobs)} reports into {out_dir} in "
          f"{time.monotonic() - started:.1f} s", file=sys.stderr)
    return 0
