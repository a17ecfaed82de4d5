"""Where a build may write: the checks on OUT made before anything is written.

``check_out`` refuses, with one clear message each:
- the repository itself, or any of its own folders or a folder inside one (``notebooks/``,
  ``data/``, ``src/``, ``tests/``, ``docs/``, ``benchmarks/``, …): a build there would overwrite
  the source notebooks or write into the input data. ``reports/`` is the study's: only the build
  of ``data/corpus`` writes there, and only into ``reports/`` itself;
- the corpus, a folder inside it, or any other input of the build (annotations, a statements
  store): outputs must never mix with inputs;
- an OUT that is an existing file, or whose nearest existing folder cannot be written.
A new folder inside the repository (``OUT=my-reports``) is allowed.
"""

from __future__ import annotations

import os
from pathlib import Path

from rhetoric.paths import DEFAULT_CORPUS, DEFAULT_REPORTS, PROJECT_FOLDERS, PROJECT_ROOT
from rhetoric.report.build_config import BuildError


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or path.is_relative_to(folder)


def check_out(out_dir: Path, out_arg: str, corpus_dir: Path, corpus_arg: str,
              inputs: dict[str, Path | None] | None = None) -> None:
    """Raise BuildError when building into ``out_dir`` (resolved) would harm the project or the
    inputs, or cannot work. ``inputs``: other inputs by what they are ({"annotations": path})."""
    hint = f"give another folder, e.g. make reports CORPUS={corpus_arg} OUT=/tmp/my-reports"
    if out_dir == DEFAULT_REPORTS and corpus_dir != DEFAULT_CORPUS:
        raise BuildError(f"building {corpus_arg} into {out_arg} would replace the published reports: {hint}")
    if out_dir == PROJECT_ROOT or PROJECT_ROOT.is_relative_to(out_dir):
        raise BuildError(f"OUT {out_arg} is the repository itself (or holds it): {hint}")
    if out_dir != DEFAULT_REPORTS:
        for name in PROJECT_FOLDERS:
            if _inside(out_dir, PROJECT_ROOT / name):
                raise BuildError(f"OUT {out_arg} lies in the project's own folder {name}/, which a build "
                                 f"must not write into: {hint}")
    if out_dir == corpus_dir:
        raise BuildError(f"OUT {out_arg} is the corpus folder {corpus_arg}: outputs must not mix with the "
                         f"articles; {hint}")
    if _inside(out_dir, corpus_dir):
        raise BuildError(f"OUT {out_arg} lies inside the corpus folder {corpus_arg}: outputs must not mix "
                         f"with the articles; {hint}")
    for what, path in (inputs or {}).items():
        if path is not None and _inside(out_dir, path):
            raise BuildError(f"OUT {out_arg} lies inside the {what} ({path}): {hint}")
    if out_dir.exists() and not out_dir.is_dir():
        raise BuildError(f"OUT {out_arg} is an existing file, not a folder: {hint}")
    existing = next(p for p in [out_dir, *out_dir.parents] if p.exists())
    if not existing.is_dir():
        raise BuildError(f"OUT {out_arg}: {existing} is a file, so no folder can be made there: {hint}")
    # the staging folders and the lock live beside OUT, so its parent must be writable too
    for folder in {existing, out_dir.parent if out_dir.parent.exists() else existing}:
        if not os.access(folder, os.W_OK | os.X_OK):
            raise BuildError(f"OUT {out_arg}: the folder {folder} cannot be written (permission denied): {hint}")
