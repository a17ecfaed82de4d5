"""Where the project keeps its inputs and outputs, and which annotations go with a corpus."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = PROJECT_ROOT / "data" / "corpus"
DEFAULT_ANNOTATIONS = PROJECT_ROOT / "data" / "annotations"
DEFAULT_ACTORS = PROJECT_ROOT / "data" / "actors.yml"
DEFAULT_REPORTS = PROJECT_ROOT / "reports"
#: The CAMEO event codes the codebook allows (code, name, PLOVER category, Goldstein score).
CAMEO_PATH = Path(__file__).resolve().parent / "data" / "cameo.csv"
#: The repository's own folders: no build writes into them (reports/ only by the study's build,
#: into reports/ itself; rhetoric.report.out_dir).
PROJECT_FOLDERS = ("notebooks", "data", "src", "tests", "reports", "docs", "benchmarks", ".ci", ".git",
                   ".venv")
#: Realistic articles with gold, in other people's styles, that measure the extraction
#: (tests/realistic/README.md).
REALISTIC_SETS = PROJECT_ROOT / "tests" / "realistic"


def default_annotations(corpus_dir: Path | str) -> Path | None:
    """data/annotations for the repository's own corpus; None (automated extraction) otherwise."""
    return DEFAULT_ANNOTATIONS if Path(corpus_dir).resolve() == DEFAULT_CORPUS.resolve() else None


def cache_root() -> Path:
    """Where derived data is cached (always safe to delete): ``$RHETORIC_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/rhetoric``, else ``~/.cache/rhetoric``."""
    env = os.environ.get("RHETORIC_CACHE_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg) / "rhetoric"
    try:
        return Path.home() / ".cache" / "rhetoric"
    except RuntimeError:  # no home directory: a per-user folder in the temporary directory
        return Path(tempfile.gettempdir()) / f"rhetoric-cache-{os.getuid()}"
