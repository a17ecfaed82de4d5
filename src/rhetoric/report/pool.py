"""Run the stale reports in parallel worker processes, and stop them cleanly on Ctrl-C.

- ``run_all`` gives each report a staging folder beside OUT and the build a folder for kernel
  sockets, forks the workers from a process that has already loaded papermill, nbconvert and
  the vega bundle (``_load_before_fork``), starts the longest reports first
  (``expected_cost``), and publishes the reports together once every one has succeeded
  (``rhetoric.report.publish.publish_all``): a failed build leaves OUT as it was.
- Ctrl-C: workers ignore SIGINT and unwind on SIGTERM (``_worker_init``), so that their kernels
  shut down; the main process terminates them (``_stop_workers``) and removes the staging and
  kernel folders. Publishing a report is never cut in half (``_interrupts_deferred``).
- ``build_lock``: one build per OUT at a time, through a lock file beside OUT; a second one says
  whom it waits for, and waits. A build killed with ``kill -9`` leaves no lock: its workers die
  with it (``_die_with``), and the next build removes the staging and kernel folders it left.
"""

from __future__ import annotations

import concurrent.futures as cf
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from rhetoric.errors import RhetoricError
from rhetoric.report import fingerprint
from rhetoric.report.build_config import Job
from rhetoric.report.execute import run_job
from rhetoric.report.publish import publish_all
from rhetoric.report.render import vega_bundle


class PublishError(RhetoricError):
    """The finished reports could not be moved into OUT (the previous ones stay)."""


def lock_path(out_dir: Path) -> Path:
    """The lock of OUT: a hidden, empty file beside it, the same for every build of OUT whatever
    its $TMPDIR or machine. It stays (one per OUT, reused): removing a lock file that another
    build may be waiting on would let a third one lock a new file at the same time."""
    return out_dir.parent / f".{out_dir.name}.rhetoric-lock"


def _holder_path(out_dir: Path) -> Path:
    """Who holds the lock: pid, host and since when, written by the holder beside the lock."""
    return out_dir.parent / f".{out_dir.name}.rhetoric-lock.json"


def _describe_holder(out_dir: Path) -> str:
    try:
        holder = json.loads(_holder_path(out_dir).read_text(encoding="utf-8"))
        return f"pid {holder['pid']} on {holder['host']}, since {holder['since']}"
    except (OSError, ValueError, KeyError, TypeError):
        return "pid unknown"


@contextmanager
def build_lock(out_dir: Path):
    """Hold an exclusive lock for OUT; a second build says whom it waits for, and waits.

    The lock is an OS file lock (``filelock``), so it ends with the process that holds it: a
    build killed with ``kill -9`` leaves no lock behind, and the next build takes over (its
    workers do not keep it: filelock closes it in forked children, and they die with the build,
    ``_worker_init``). The holder file is removed on release.
    """
    import datetime as dt
    import socket

    from filelock import FileLock, Timeout

    lock = FileLock(str(lock_path(out_dir)))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        who = _describe_holder(out_dir)
        for _ in range(20):  # the holder writes its name just after it takes the lock
            if who != "pid unknown":
                break
            time.sleep(0.1)
            who = _describe_holder(out_dir)
        print(f"another build of {out_dir} is running ({who}); waiting for it to finish…", file=sys.stderr)
        lock.acquire()
    holder = _holder_path(out_dir)
    try:
        holder.write_text(json.dumps({"pid": os.getpid(), "host": socket.gethostname(),
                                      "since": dt.datetime.now().astimezone().isoformat(timespec="seconds")}),
                          encoding="utf-8")
        yield
    finally:
        holder.unlink(missing_ok=True)
        lock.release()


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


def _die_with(parent: int) -> None:
    """End this worker with SIGTERM when ``parent`` (the build) dies, even by ``kill -9``: on
    Linux through PR_SET_PDEATHSIG, elsewhere by a thread that watches the parent's pid."""
    import signal
    import threading

    if sys.platform.startswith("linux"):
        import ctypes

        PR_SET_PDEATHSIG = 1
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)
            if os.getppid() != parent:  # the build died before prctl took effect
                os.kill(os.getpid(), signal.SIGTERM)
            return
        except (OSError, AttributeError):
            pass

    def watch():
        while os.getppid() == parent:
            time.sleep(1)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, name="rhetoric-parent-watch", daemon=True).start()


def _worker_init(parent: int) -> None:
    """In each worker: leave Ctrl-C to the main process, make SIGTERM (sent by the main process
    when the build is interrupted, or by the system when the build dies) unwind like an
    exception, so that the kernel is shut down and the worker's temporary files are removed on
    the way out, and silence stderr."""
    import signal

    def stop(signum, frame):
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second one must not cut the cleanup short
        raise SystemExit(f"stopped by signal {signum}")

    global _BUILD_PID
    _BUILD_PID = parent
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, stop)
    _die_with(parent)
    # A worker reports through its return value (or exception), never on the terminal: what a
    # stopping kernel or library prints while a build is interrupted would only be noise.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)


#: In a worker: the pid of the build that forked it (set by ``_worker_init``).
_BUILD_PID: int | None = None


def _run_in_worker(job: Job) -> str | None:
    """``run_job`` in a worker; a worker whose build has died exits once its report has
    unwound (kernel shut down, files removed) instead of waiting for work that cannot come."""
    try:
        return run_job(job)
    finally:
        if _BUILD_PID is not None and os.getppid() != _BUILD_PID:
            os._exit(1)


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
    """Delay Ctrl-C and SIGTERM until the block is done: reports are moved into place whole or not at all."""
    import signal

    if sys.platform == "win32" or not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)  # a pending SIGINT is delivered here


def _socket_dir() -> str:
    """Where the kernels' socket folders go: $TMPDIR, unless its path is so long that a socket's
    path (limited to about 100 bytes) would not fit in it; then /tmp."""
    tmp = tempfile.gettempdir()
    if len(tmp) > 40 and os.path.isdir("/tmp") and os.access("/tmp", os.W_OK):
        return "/tmp"
    return tmp


def _remove_orphaned_kernel_folders() -> None:
    """Remove the kernel-socket folders of builds that died without cleaning up (``kill -9``):
    those of this user whose build pid no longer runs."""
    for folder in Path(_socket_dir()).glob("rhetoric-kernels-*-*"):
        try:
            pid = int(folder.name.split("-")[2])
            if hasattr(os, "getuid") and folder.stat().st_uid != os.getuid():
                continue
        except (ValueError, IndexError, OSError):
            continue
        if not _is_running(pid):
            shutil.rmtree(folder, ignore_errors=True)


def _is_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def run_all(jobs: list[Job], out_dir: Path, workers: int | None) -> list[str]:
    """Build ``jobs`` in parallel; publish them all when every one succeeded, else none.

    Returns the failures' messages; a failure to publish raises PublishError."""
    if not jobs:
        return []
    tag = hashlib.sha256(str(out_dir).encode()).hexdigest()[:8]
    # What a build killed before its clean-up left (it held this lock, so nothing else uses it).
    for old in out_dir.parent.glob(f".rhetoric-build-{tag}-*"):
        shutil.rmtree(old, ignore_errors=True)
    _remove_orphaned_kernel_folders()
    for job in jobs:
        job.staging = out_dir.parent / f".rhetoric-build-{tag}-{job.name}"
    workers = workers or min(len(jobs), os.cpu_count() or 1)
    failures, done = [], []
    # short (socket paths are limited); the pid says whose it is (_remove_orphaned_kernel_folders)
    kernels = Path(tempfile.mkdtemp(prefix=f"rhetoric-kernels-{os.getpid()}-", dir=_socket_dir()))
    for job in jobs:
        job.kernels = kernels
    _load_before_fork()
    pool = cf.ProcessPoolExecutor(max_workers=workers, initializer=_worker_init, initargs=(os.getpid(),))
    try:
        try:
            # Longest reports first, so that no long one starts last while the other workers idle.
            futures = {pool.submit(_run_in_worker, job): job
                       for job in sorted(jobs, key=expected_cost, reverse=True)}
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
                    done.append(job)
                    print(f"  built       {job.name}", file=sys.stderr)
            pool.shutdown(wait=True)
        except BaseException:
            _stop_workers(pool)
            raise
        if not failures:  # all reports, or none: OUT never mixes two builds
            try:
                with _interrupts_deferred():
                    publish_all(done)
            except OSError as exc:
                raise PublishError(f"could not publish the reports into {out_dir}: {exc.strerror or exc} "
                                   f"({exc.filename}); the previous reports there are unchanged") from None
    finally:
        for job in jobs:
            shutil.rmtree(job.staging, ignore_errors=True)
        shutil.rmtree(kernels, ignore_errors=True)
    return failures
