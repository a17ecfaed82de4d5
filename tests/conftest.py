"""Shared fixtures: the project's paths, and a helper that writes small corpora for a test."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "corpus"
ANNOTATIONS = ROOT / "data" / "annotations"
ACTORS = ROOT / "data" / "actors.yml"
REPORTS = ROOT / "reports"


def article_text(id: str = "a1", body: str = "Vučić said Serbia wanted peace.", **fields) -> str:
    meta = {"id": id, "title": "A test article", "outlet": "null", "published": "2025-10-10",
            "language": "en", **fields}
    head = "\n".join(f"{k}: {v}" for k, v in meta.items() if v is not None)
    return f"---\n{head}\n---\n{textwrap.dedent(body)}"


@pytest.fixture
def write_article(tmp_path):
    """write_article(name, text=None, **front_matter) -> Path, in tmp_path/corpus."""
    folder = tmp_path / "corpus"
    folder.mkdir(exist_ok=True)

    def write(name: str = "a1", text: str | bytes | None = None, **fields) -> Path:
        path = folder / f"{name}.md"
        if text is None:
            text = article_text(id=name, **fields)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    write.folder = folder
    return write


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rhetoric", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=600)
