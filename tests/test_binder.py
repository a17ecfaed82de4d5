"""Binder: binder/postBuild, run in a fresh venv on a copy of the repository, installs the
default lock and the package, and a notebook then runs with papermill as a reader's would."""

import os
import shutil
import subprocess
import sys

import pytest
import yaml
from conftest import ROOT

POST_BUILD = ROOT / "binder" / "postBuild"


def test_binder_environment_is_python_3_11_and_pip_only():
    env = yaml.safe_load((ROOT / "binder" / "environment.yml").read_text())
    assert env["dependencies"] == ["python=3.11", "pip"]
    assert os.access(POST_BUILD, os.X_OK)
    steps = POST_BUILD.read_text()
    assert "--require-hashes -r requirements.txt" in steps and "--no-deps -e ." in steps


def test_readme_has_a_binder_badge_that_opens_the_notebooks():
    readme = (ROOT / "README.md").read_text()
    assert "https://mybinder.org/badge_logo.svg" in readme
    assert "mybinder.org/v2/" in readme and "notebooks" in readme


@pytest.mark.slow
def test_post_build_steps_install_the_package_and_a_notebook_runs(tmp_path):
    repo = tmp_path / "repo"
    shutil.copytree(ROOT, repo, ignore=shutil.ignore_patterns(
        ".git", ".venv", "reports", "__pycache__", "*.egg-info", ".pytest_cache", ".ruff_cache", "benchmarks"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    env = {**os.environ, "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ['PATH']}", "VIRTUAL_ENV": str(venv)}
    env.pop("PYTHONPATH", None)
    done = subprocess.run(["bash", "binder/postBuild"], cwd=repo, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    python = str(venv / "bin" / "python")
    # the package is importable from the copy; the test and baseline tools are not installed
    check = ("import importlib.util as u, rhetoric, pathlib; print(pathlib.Path(rhetoric.__file__).parent); "
             "print([m for m in ('spacy', 'textacy', 'playwright', 'pytest', 'dask') if u.find_spec(m)])")
    out = subprocess.run([python, "-c", check], cwd=tmp_path, env=env, capture_output=True, text=True, check=True)
    package, missing = out.stdout.splitlines()
    assert package == str(repo / "src" / "rhetoric") and missing == "[]"
    # a reader re-runs a notebook from notebooks/, with its default parameters
    run = subprocess.run([python, "-m", "papermill", "corpus_overview.ipynb", str(tmp_path / "out.ipynb"),
                          "--cwd", str(repo / "notebooks")], cwd=repo / "notebooks", env=env,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-3000:]
    assert (tmp_path / "out.ipynb").stat().st_size > 10_000
