"""Put finished files into OUT whole or not at all, and leave unchanged files untouched.

``publish_all`` moves the reports of a build from their staging folders into OUT together: each
report's HTML, notebook and figures, for every report, or, when any move fails (a read-only
folder, a full disk), none: what was already swapped is put back, so the previous files stay
whole and OUT never mixes two builds. Files on another filesystem than OUT (OUT a mount point)
are first copied beside their target, so that every swap is a rename within one filesystem.
``write_text_atomically`` writes the index through a temporary file. A notebook, page or index
whose bytes are unchanged is not rewritten, so its modification time stays.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from rhetoric.report.build_config import Job


def _items(job: Job) -> list[tuple[Path | None, Path]]:
    """(new file or folder in staging, or None to remove; its place in OUT) for one report."""
    staged_figures = job.staging / "figures" / job.name
    items = [(staged_figures if staged_figures.is_dir() else None, job.out_dir / "figures" / job.name)]
    for suffix in (".ipynb", ".html"):
        items.append((job.staging / f"{job.name}{suffix}", job.out_dir / f"{job.name}{suffix}"))
    return items


def _same_bytes(new: Path, old: Path) -> bool:
    return new.is_file() and old.is_file() and old.stat().st_size == new.stat().st_size \
        and old.read_bytes() == new.read_bytes()


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


def _onto_target_filesystem(new: Path, target: Path, made: list[Path]) -> Path:
    """``new``, or a copy of it beside ``target`` when the two are on different filesystems."""
    if os.stat(new).st_dev == os.stat(target.parent).st_dev:
        return new
    copy = target.parent / f".{target.name}.rhetoric-new-{os.getpid()}"
    _remove(copy)
    made.append(copy)
    if new.is_dir():
        shutil.copytree(new, copy)
    else:
        shutil.copy2(new, copy)
    return copy


def publish_all(jobs: list[Job]) -> None:
    """Move every finished report of ``jobs`` from staging into OUT, all or none (see above)."""
    if not jobs:
        return
    out_dir = jobs[0].out_dir
    (out_dir / "figures").mkdir(parents=True, exist_ok=True)
    previous = Path(tempfile.mkdtemp(dir=out_dir, prefix=".rhetoric-previous-"))  # OUT's filesystem
    made: list[Path] = []
    swapped: list[tuple[Path, Path | None]] = []  # (target, where its previous version is)
    try:
        moves = []
        for job in jobs:
            for new, target in _items(job):
                if new is not None and _same_bytes(new, target):
                    continue  # unchanged: keep the file and its modification time
                if new is None and not target.exists():
                    continue
                moves.append((None if new is None else _onto_target_filesystem(new, target, made), target))
        for i, (new, target) in enumerate(moves):
            old = None
            if target.exists() or target.is_symlink():
                old = previous / str(i)
                os.replace(target, old)
            swapped.append((target, old))
            if new is not None:
                os.replace(new, target)
    except BaseException:
        for target, old in reversed(swapped):  # put the previous files back
            try:
                if old is not None or target.exists():
                    if target.exists() and (old is None or old.exists()):
                        _remove(target)
                    if old is not None and old.exists():
                        os.replace(old, target)
            except OSError:
                pass
        raise
    finally:
        for path in made:
            try:
                _remove(path)
            except OSError:
                pass
        shutil.rmtree(previous, ignore_errors=True)


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
