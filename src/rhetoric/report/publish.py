"""Put finished files into OUT whole or not at all, and leave unchanged files untouched.

``publish`` moves a report from its staging folder into OUT (figures, notebook, then HTML);
``write_text_atomically`` writes the index through a temporary file. A notebook, page or index
whose bytes are unchanged is not rewritten, so its modification time stays.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from rhetoric.report.build_config import Job


def publish(job: Job) -> None:
    """Move a finished report from staging into OUT: figures, notebook, then HTML."""
    staged_figures = job.staging / "figures" / job.name
    target_figures = job.out_dir / "figures" / job.name
    if staged_figures.is_dir():
        target_figures.parent.mkdir(parents=True, exist_ok=True)
        old = job.staging / "old-figures"
        if target_figures.exists():
            os.replace(target_figures, old)
        os.replace(staged_figures, target_figures)
    elif target_figures.exists():
        shutil.rmtree(target_figures)
    for suffix in (".ipynb", ".html"):
        _replace_if_changed(job.staging / f"{job.name}{suffix}", job.out_dir / f"{job.name}{suffix}")


def _replace_if_changed(src: Path, dst: Path) -> None:
    if dst.is_file() and dst.read_bytes() == src.read_bytes():
        src.unlink()
    else:
        os.replace(src, dst)


def write_text_atomically(path: Path, text: str) -> None:
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
