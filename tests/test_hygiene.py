"""Code hygiene: ruff's lint is clean, the pre-commit hooks run it and the notebook check, and no
module binds a top-level name twice."""

import json
import os
import shutil
import subprocess
import sys

import yaml
from conftest import ROOT

RUFF = shutil.which("ruff", path=os.path.dirname(sys.executable)) or shutil.which("ruff")
CHECK = ROOT / "scripts" / "check-notebook-outputs"


def test_ruff_check_is_clean():
    assert RUFF, "ruff is in the test group: make setup-test"
    done = subprocess.run([RUFF, "check", "--no-cache", "--output-format", "concise"], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:]


def test_ruff_check_catches_an_unused_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import os\n")
    done = subprocess.run([RUFF, "check", "--no-cache", "--config", str(ROOT / "pyproject.toml"), str(bad)],
                          capture_output=True, text=True)
    assert done.returncode == 1 and "F401" in done.stdout


def test_pre_commit_runs_ruff_and_the_notebook_check_with_the_locked_tools():
    hooks = {h["id"]: h for r in yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text())["repos"]
             for h in r["hooks"]}
    assert hooks["ruff-check"]["entry"].startswith(".venv/bin/ruff check")
    assert hooks["ruff-format"]["entry"].startswith(".venv/bin/ruff format")
    assert hooks["ruff-format"]["stages"] == ["manual"]  # see the comment in the config
    assert hooks["notebook-outputs"]["entry"] == "scripts/check-notebook-outputs"
    assert os.access(CHECK, os.X_OK)


def _notebook(path, outputs, count):
    path.write_text(json.dumps({"cells": [
        {"cell_type": "markdown", "id": "m", "metadata": {}, "source": "# T"},
        {"cell_type": "code", "id": "c1", "metadata": {}, "source": "1 + 1",
         "outputs": outputs, "execution_count": count}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}))
    return str(path)


def test_notebook_check_passes_clean_notebooks_and_fails_on_outputs(tmp_path):
    clean = _notebook(tmp_path / "clean.ipynb", [], None)
    ran = _notebook(tmp_path / "ran.ipynb", [{"output_type": "execute_result", "data": {"text/plain": "2"},
                                             "metadata": {}, "execution_count": 1}], 1)
    counted = _notebook(tmp_path / "counted.ipynb", [], 3)
    ok = subprocess.run([sys.executable, str(CHECK), clean, *map(str, (ROOT / "notebooks").glob("*.ipynb"))],
                        capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    bad = subprocess.run([sys.executable, str(CHECK), clean, ran, counted], capture_output=True, text=True)
    assert bad.returncode == 1
    assert "ran.ipynb: cell 2 (c1)" in bad.stderr and "counted.ipynb: cell 2 (c1)" in bad.stderr
    assert "clean.ipynb" not in bad.stderr


def test_no_module_binds_a_top_level_name_twice():
    # (a pattern defined again further down a long module silently replaces the first for every
    # rule that reads it: session 54 found a second "_NOTE_LABEL" that broke an endnote rule)
    import ast

    def bound(node) -> list[str]:
        """The names a top-level statement binds (tuples, imports, definitions; one level into
        ``if``/``try`` blocks, whose branches may bind a name once each)."""
        def targets(t) -> list[str]:  # (a name, or the names of a tuple; not an attribute's object)
            return [t.id] if isinstance(t, ast.Name) else \
                [n for e in t.elts for n in targets(e)] if isinstance(t, (ast.Tuple, ast.List)) else \
                targets(t.value) if isinstance(t, ast.Starred) else []

        if isinstance(node, ast.Assign):
            return [n for t in node.targets for n in targets(t)]
        if isinstance(node, ast.AnnAssign):
            return [node.target.id] if node.value is not None and isinstance(node.target, ast.Name) else []
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            return [node.name]
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            return [(a.asname or a.name).split(".")[0] for a in node.names]
        return []

    twice = []
    for path in sorted((ROOT / "src" / "rhetoric").rglob("*.py")):
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            branches = [node.body, node.orelse] if isinstance(node, ast.If) else \
                [node.body, *(h.body for h in node.handlers), node.orelse] if isinstance(node, ast.Try) else [[node]]
            names = {name: sub.lineno for branch in branches for sub in branch for name in bound(sub)}
            for name, line in names.items():
                if name in seen and name != "TYPE_CHECKING":
                    twice.append(f"{path.relative_to(ROOT)}: {name} (lines {seen[name]} and {line})")
                seen[name] = line
    assert not twice, twice
