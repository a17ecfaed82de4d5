"""Run the stale reports in parallel worker processes, and stop them cleanly on Ctrl-C.

- ``run_all`` gives each report a staging folder beside OUT and the build a folder for kernel
  sockets, forks the workers from a process that has already loaded papermill, nbconvert and
  the vega bundle (``_load_before_fork``), starts the longest reports first
  (``expected_cost``), and publishes each report that succeeded as soon as it is done.
- Ctrl-C: workers ignore SIGINT and unwind on SIGTERM (``_worker_init``), so that their kernels
  shut down; the main process terminates them (``_stop_workers``) and removes the staging and
  kernel folders. Publishing a report is never cut in half (``_interrupts_deferred``).
- ``build_lock``: one build per OUT at a time; a second one waits.
"""

from __future__ import annotations

import concurrent.futures as cf
import fcntl
import hashlib
import os
import shutil
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from rhetoric.report import fingerprint
from rhetoric.report.build_config import Job
from rhetoric.report.execute import run_job
from rhetoric.report.publish import publish
from rhetoric.report.render import vega_bundle


@contextmanager
def build_lock(out_dir: Path):
    """Hold an exclusive lock for OUT; a second build waits and says so."""
    key = hashlib.sha256(str(out_dir).encode()).hexdigest()[:16]
    lock_path = Path(tempfile.gettempdir()) / f"rhetoric-build-{key}.lock"
    with open(lock_path, "w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"another build of {out_dir} is running; waiting for it to finish…", file=sys.stderr)
            fcntl.flock(fh, fcntl.LOCK_EX)
        yield


def expected_cost(job: Job) -> int:
    """A static guess of how long a report takes: the size of the code it runs (its notebook and
    the package modules it imports). Only the order in which reports start depends on it."""
    code = [fingerprint.PACKAGE_DIR / name for name in job.package_inputs if name.endswith(".py")]
    return job.notebook.stat().st_size + sum(f.stat().st_size for f in code if f.is_file())


def _load_before_fork() -> None:
    """Import what every worker needs, and build the page's vega bundle, once in this process:
    workers forked from it share the loaded modules and the cached bundle instead of each
    spending seconds on them."""
    import multiprocessing

    if multiprocessing.get_start_method(allow_none=False) != "fork":
        return
    import nbconvert  # noqa: F401
    import nbformat  # noqa: F401
    import papermill  # noqa: F401

    import rhetoric.report.charts  # noqa: F401

    vega_bundle()


def _worker_init() -> None:
    """In each worker: leave Ctrl-C to the main process, make SIGTERM (sent by the main process
    when the build is interrupted) unwind like an exception, so that the kernel is shut down and
    the worker's temporary files are removed on the way out, and silence stderr."""
    import signal

    def stop(signum, frame):
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second one must not cut the cleanup short
        raise SystemExit(f"stopped by signal {signum}")

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, stop)
    # A worker reports through its return value (or exception), never on the terminal: what a
    # stopping kernel or library prints while a build is interrupted would only be noise.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)


def _stop_workers(pool: cf.ProcessPoolExecutor) -> None:
    """Stop the running reports: SIGTERM each worker, wait for it to clean up, then kill."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not cut the cleanup short
    print("interrupted: stopping the running reports and removing their files…", file=sys.stderr)
    processes = list((pool._processes or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in processes:
        if proc.is_alive():
            proc.terminate()
    deadline = time.monotonic() + 30
    for proc in processes:
        proc.join(timeout=max(0.0, deadline - time.monotonic()))
        if proc.is_alive():
            proc.kill()
            proc.join(timeout=5)


@contextmanager
def _interrupts_deferred():
    """Delay Ctrl-C until the block is done: a report is moved into place whole or not at all."""
    import signal

    if sys.platform == "win32" or not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)  # a pending SIGINT is delivered here


def run_all(jobs: list[Job], out_dir: Path, workers: int | None) -> list[str]:
    """Build ``jobs`` in parallel and publish each that succeeds; return the failures' messages."""
    if not jobs:
        return []
    tag = hashlib.sha256(str(out_dir).encode()).hexdigest()[:8]
    for job in jobs:
        job.staging = out_dir.parent / f".rhetoric-build-{tag}-{job.name}"
        if job.staging.exists():
            shutil.rmtree(job.staging)
    workers = workers or min(len(jobs), os.cpu_count() or 1)
    failures = []
    kernels = Path(tempfile.mkdtemp(prefix="rhetoric-kernels-"))  # short: socket paths are limited
    for job in jobs:
        job.kernels = kernels
    _load_before_fork()
    pool = cf.ProcessPoolExecutor(max_workers=workers, initializer=_worker_init)
    try:
        # Longest reports first, so that no long one starts last while the other workers idle.
        futures = {pool.submit(run_job, job): job for job in sorted(jobs, key=expected_cost, reverse=True)}
        for future in cf.as_completed(futures):
            job = futures[future]
            try:
                error = future.result()
            except Exception as exc:  # a bug in the build itself: still name the report
                error = f"report '{job.name}': {type(exc).__name__}: {exc}"
            if error:
                failures.append(error)
                print(f"  FAILED      {job.name}", file=sys.stderr)
            else:
                with _interrupts_deferred():
                    publish(job)
                print(f"  built       {job.name}", file=sys.stderr)
        pool.shutdown(wait=True)
    except BaseException:
        _stop_workers(pool)
        raise
    finally:
        for job in jobs:
            shutil.rmtree(job.staging, ignore_errors=True)
        shutil.rmtree(kernels, ignore_errors=True)
    return failures
