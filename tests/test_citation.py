"""The citation and licence files: CITATION.cff is valid CFF 1.2.0 and agrees with pyproject."""

import json
import tomllib

import jsonschema
import pytest
import yaml
from conftest import ROOT

SCHEMA = ROOT / "tests" / "schemas" / "citation-file-format-1.2.0.json"


def _citation() -> dict:
    # CFF is YAML 1.2; dates and versions are read as the schema expects (strings) by
    # yaml's safe loader for the fields used here
    return yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))


def _validator():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)


def test_citation_file_is_valid_cff_1_2_0():
    errors = sorted(_validator().iter_errors(_citation()), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


@pytest.mark.parametrize("broken", [
    {"cff-version": "1.2.0", "message": "m", "title": "t"},                                # no authors
    {"cff-version": "1.2.0", "message": "m", "title": "t", "authors": [{"name": "x"}], "license": "Nope-1"},
    {"cff-version": "1.2.0", "message": "m", "title": "t", "authors": [{"name": "x"}], "type": "article"},
])
def test_the_schema_check_catches_a_broken_citation(broken):
    assert list(_validator().iter_errors(broken))


def test_citation_agrees_with_pyproject_and_the_licence():
    cff = _citation()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert cff["version"] == project["version"]
    assert cff["license"] == "MIT" and (ROOT / "LICENSE").read_text().startswith("MIT License")
    assert project["license"] == "MIT"


def test_data_licence_covers_the_hand_coding_and_states_the_articles_rights():
    text = (ROOT / "data" / "LICENSE.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in text and "data/actors.yml" in text and "data/annotations/" in text
    for article in sorted((ROOT / "data" / "corpus").glob("*.md")):
        assert f"data/corpus/{article.name}" in text, f"{article.name} has no rights statement"
    assert "belongs to their\npublishers" in text or "belongs to their publishers" in text
