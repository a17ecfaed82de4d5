"""The pinned dependency list is one list: environment.yml and the Makefile install the same."""

import re

import yaml
from conftest import ROOT


def _pins() -> dict:
    lines = [l.strip() for l in (ROOT / "requirements.txt").read_text().splitlines()]
    return dict(l.split("==", 1) for l in lines if l and not l.startswith("#"))


def test_every_requirement_is_pinned_to_one_version():
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            assert re.fullmatch(r"[A-Za-z0-9_.\-\[\]]+==[\w.+!-]+", line.strip()), line


def test_environment_yml_installs_requirements_txt_through_pip():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert pip == ["-r requirements.txt"]
    python = next(d for d in env["dependencies"] if isinstance(d, str) and d.startswith("python="))
    assert python == "python=3.11"


def test_makefile_installs_the_same_list():
    makefile = (ROOT / "Makefile").read_text()
    assert "install -r requirements.txt" in makefile


def test_direct_dependencies_are_all_in_the_lock():
    pins = {k.lower().replace("_", "-") for k in _pins()}
    for line in (ROOT / "requirements.in").read_text().splitlines():
        name = line.split("#")[0].strip().lower().replace("_", "-")
        if name:
            assert name in pins, f"{name} is in requirements.in but not pinned in requirements.txt"


def test_ci_installs_chromium_and_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text()
    assert "apt-get install" in ci and "chromium" in ci and "make test" in ci
    assert "make test" in (ROOT / "README.md").read_text()
