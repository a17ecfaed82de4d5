"""Run one report: execute its notebook with papermill, clean it, render it, in its staging folder.

``run_job`` is what a worker process runs. It leaves the cells of the other mode out, executes
the notebook with its parameters on a kernel that talks over Unix sockets in a folder of its
own (``kernel_config``), names the report and the cell when one fails, strips what changes from
run to run (``clean_notebook``), and writes ``<name>.ipynb`` and ``<name>.html`` into the
job's staging folder; ``rhetoric.report.publish`` moves them into place.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

from rhetoric.report.build_config import MODE_TAGS, Job
from rhetoric.report.provenance import software_versions
from rhetoric.report.render import render_html


def run_job(job: Job) -> str | None:
    """Execute, clean and render one report in its staging folder. Return an error or None."""
    import nbformat
    import papermill
    from papermill.exceptions import PapermillExecutionError

    job.staging.mkdir(parents=True)
    executed = job.staging / f"{job.name}.executed.ipynb"
    source = job.staging / f"{job.name}.input.ipynb"
    nb = nbformat.read(str(job.notebook), as_version=4)
    nb.cells = [c for c in nb.cells if MODE_TAGS[job.mode] not in c.get("metadata", {}).get("tags", [])]
    nbformat.write(nb, str(source))
    for attempt in (1, 2):
        # The kernel talks over Unix sockets in a folder of its own (transport "ipc"): no TCP
        # ports, so kernels started at the same moment by parallel workers cannot race for one.
        # Short path under /tmp: a socket's path is limited to about 100 bytes.
        kernel_dir = Path(tempfile.mkdtemp(prefix="k-" if job.kernels else "rhetoric-kernel-", dir=job.kernels))
        try:
            with _stderr_to(kernel_dir / "kernel.log"):  # the kernel's own log, shown if it fails
                papermill.execute_notebook(
                    str(source), str(executed), parameters=job.parameters,
                    cwd=str(job.staging), kernel_name="python3", progress_bar=False,
                    log_output=False, request_save_on_cell_execute=False,
                    config=kernel_config(kernel_dir),
                )
            break
        except PapermillExecutionError as exc:
            return (f"report '{job.name}' failed in cell {exc.exec_count} "
                    f"(cell #{_source_cell_number(job, executed, exc.cell_index)} of "
                    f"{job.spec.notebook}): {exc.ename}: {exc.evalue}")
        except RuntimeError as exc:  # the kernel died or did not start
            if attempt == 2:
                log = (kernel_dir / "kernel.log").read_text(encoding="utf-8", errors="replace")
                tail = " | ".join(log.strip().splitlines()[-5:])
                return (f"report '{job.name}': the kernel failed: {exc}" + _likely_cause(exc, log)
                        + (f" (kernel log: {tail})" if tail else ""))
        finally:
            shutil.rmtree(kernel_dir, ignore_errors=True)
    nb = nbformat.read(str(executed), as_version=4)
    executed.unlink()
    source.unlink()
    clean_notebook(nb, job)
    nbformat.write(nb, str(job.staging / f"{job.name}.ipynb"))
    (job.staging / f"{job.name}.html").write_text(render_html(nb, job), encoding="utf-8")
    return None


def _likely_cause(exc: Exception, log: str) -> str:
    """What most often kills a kernel without a Python error of its own: memory. Said when the
    kernel died (rather than failing to start), or its log says so."""
    text = f"{exc} {log}".lower()
    if "died" in text or "memoryerror" in text or "cannot allocate memory" in text or "killed" in text:
        return (": most likely it ran out of memory (a memory limit such as ulimit -v or a "
                "container's, or the system's OOM killer ended it; drawing the charts' images with "
                "vl-convert takes the most): give the build more memory, or build fewer reports at "
                "once with --only")
    return ""


def _source_cell_number(job: Job, executed: Path, index: int) -> int | str:
    """1-based position in the notebook file of the executed notebook's cell ``index``.

    The executed notebook differs from the file: papermill inserts the injected parameters, and
    cells of the other mode are left out. Cells keep their ids, which find the original.
    """
    import nbformat

    try:
        ran = [c for c in nbformat.read(str(executed), as_version=4).cells  # not papermill's notes
               if "papermill-error-cell-tag" not in c.get("metadata", {}).get("tags", [])]
        cell_id = ran[index].get("id")
        ids = [c.get("id") for c in nbformat.read(str(job.notebook), as_version=4).cells]
        return ids.index(cell_id) + 1
    except (OSError, ValueError, IndexError):
        return f"{index + 1} of the executed notebook"


@contextmanager
def _stderr_to(path: Path):
    """Send this process's stderr (file descriptor 2, inherited by the kernel) to ``path``."""
    sys.stderr.flush()
    saved = os.dup(2)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        os.dup2(fd, 2)
        yield
    finally:
        sys.stderr.flush()
        os.dup2(saved, 2)
        os.close(saved)
        os.close(fd)


def kernel_config(kernel_dir: Path):
    """Kernel manager settings for one notebook run: IPC sockets and connection file in kernel_dir."""
    from traitlets.config import Config

    return Config({"KernelManager": {"transport": "ipc",
                                     "connection_file": str(kernel_dir / "kernel.json")}})


def clean_notebook(nb, job: Job) -> None:
    """Strip what changes from run to run (times, durations); record the inputs hash and the
    versions of the software that ran it (``rhetoric.report.provenance``)."""

    pm = nb.metadata.get("papermill", {})
    nb.metadata["papermill"] = {
        "parameters": pm.get("parameters", {}),
        "input_path": job.spec.notebook,
        "output_path": f"{job.name}.ipynb",
    }
    nb.metadata["title"] = job.spec.title
    nb.metadata["rhetoric"] = {
        "report": job.name,
        "notebook": job.spec.notebook,
        "parameters": job.parameters,
        "inputs_sha256": job.inputs_sha256,
        "package_inputs": job.package_inputs,
        "software": software_versions(),
    }
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell["id"] = "injected-parameters"
        if cell.cell_type == "code":
            for output in cell.get("outputs", []):
                output.get("metadata", {}).pop("papermill", None)
