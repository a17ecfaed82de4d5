"""Each report names the software that produced it (rhetoric.report.provenance)."""

import json
import platform
from importlib import metadata

import pytest
from conftest import CORPUS
from test_build import _config

from rhetoric.report import build as b
from rhetoric.report.provenance import PACKAGES, software_versions


def test_software_versions_are_python_and_the_installed_packages_in_order():
    versions = software_versions()
    assert list(versions) == ["Python", *PACKAGES]
    assert versions["Python"] == platform.python_version()
    assert {"pandas", "altair", "papermill", "rhetoric"} <= set(versions)
    for name in PACKAGES:
        assert versions[name] == metadata.version(name)
    assert software_versions() == versions  # nothing that changes from call to call


def test_a_missing_distribution_is_named_not_installed(monkeypatch):
    real = metadata.version

    def version(name):
        if name == "rhetoric":
            raise metadata.PackageNotFoundError(name)
        return real(name)

    monkeypatch.setattr(metadata, "version", version)
    assert software_versions()["rhetoric"] == "not installed"


@pytest.mark.slow
def test_built_report_records_and_shows_the_software_versions(tmp_path):
    out = tmp_path / "out"
    cfg = _config(tmp_path, "tests/fixtures/tiny.ipynb")
    assert b.build_reports(corpus=str(CORPUS), out=str(out), config=str(cfg)) == 0
    nb = json.loads((out / "tiny.ipynb").read_text(encoding="utf-8"))
    assert nb["metadata"]["rhetoric"]["software"] == software_versions()
    html = (out / "tiny.html").read_text(encoding="utf-8")
    header = html[html.index('class="rh-provenance"'):html.index("</details>")]
    for name, version in software_versions().items():
        assert f"<tr><td><code>{name}</code></td><td><code>{version}</code></td></tr>" in header
