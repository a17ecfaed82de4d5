"""The software that produced a report: the Python version and the versions of the packages
that shape its numbers, charts and page, as the build's interpreter has them installed.

``software_versions()`` is recorded in each executed notebook (``metadata.rhetoric.software``)
and listed under "How this report was made" on its page. The versions come from the installed
distributions (``importlib.metadata``), which the lock (requirements.txt, an input of every
report) pins, so an unchanged lock and interpreter give the same list and byte-identical
reports; a changed lock rebuilds every report with its new versions.
"""

from __future__ import annotations

import platform
from importlib import metadata

#: The distributions listed, in this order: the analysis (pandas, DuckDB), the charts (altair,
#: vl-convert), the execution and the page (papermill, nbconvert), and this package.
PACKAGES = ("pandas", "duckdb", "altair", "vl-convert-python", "papermill", "nbconvert", "rhetoric")


def software_versions() -> dict[str, str]:
    """{"Python": "3.11.7", "pandas": "3.1.1", …, "rhetoric": "0.1.0"}; "not installed" for a
    distribution that is missing (the package run from a source tree without installing it)."""
    versions = {"Python": platform.python_version()}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions
