"""docs/DATA.md, the data dictionary, documents every column of the project's tables.

Each table has a section (found by a phrase of its heading); each of the table's columns must
appear in that section as `column` (in backticks). A column added to a CSV header, to a model or
to the extraction output without a line in DATA.md fails here.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from rhetoric.actors import Actor, ActorFile
from rhetoric.annotations import CAMEO_PATH
from rhetoric.columns import EVENT_COLUMNS, STATEMENT_COLUMNS
from rhetoric.corpus import Exclusion, FrontMatter

ROOT = Path(__file__).resolve().parents[1]
DATA_MD = ROOT / "docs" / "DATA.md"
ANNOTATIONS = ROOT / "data" / "annotations"
CORPUS = ROOT / "data" / "corpus"

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def section(heading_phrase: str, text: str | None = None) -> str:
    """The text under the first heading containing ``heading_phrase``, down to the next
    heading of the same or a higher level (so its subsections are included)."""
    text = DATA_MD.read_text(encoding="utf-8") if text is None else text
    lines = text.splitlines()
    in_fence = False
    start = level = None
    for i, line in enumerate(lines):
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
            continue
        m = None if in_fence else _HEADING.match(line)
        if not m:
            continue
        if start is None:
            if heading_phrase in m.group(2):
                start, level = i, len(m.group(1))
        elif len(m.group(1)) <= level:
            return "\n".join(lines[start:i])
    if start is None:
        raise AssertionError(f"docs/DATA.md has no heading containing {heading_phrase!r}")
    return "\n".join(lines[start:])


def missing(columns, heading_phrase: str) -> list[str]:
    body = section(heading_phrase)
    return [c for c in columns if f"`{c}`" not in body]


def csv_header(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as fh:
        return next(csv.reader(fh))


ANNOTATION_FILES = sorted(p.name for p in ANNOTATIONS.glob("*.csv"))


def test_data_md_exists():
    assert DATA_MD.is_file(), "docs/DATA.md (the data dictionary) is missing"


def test_there_are_annotation_files():
    assert ANNOTATION_FILES, f"no CSV files in {ANNOTATIONS}"


@pytest.mark.parametrize("name", ANNOTATION_FILES)
def test_annotation_columns_documented(name):
    gaps = missing(csv_header(ANNOTATIONS / name), f"annotations/{name}")
    assert not gaps, f"docs/DATA.md, section of {name}, does not describe the column(s) {gaps}"


def test_cameo_table_documented():
    cols = csv_header(CAMEO_PATH)
    assert not missing(cols, "cameo.csv"), missing(cols, "cameo.csv")


def test_extracted_statement_columns_documented():
    gaps = missing(STATEMENT_COLUMNS, "rhetoric extract")
    assert not gaps, f"rhetoric.extract.statements.COLUMNS not in docs/DATA.md: {gaps}"


def test_extracted_event_columns_documented():
    gaps = missing(EVENT_COLUMNS, "rhetoric events")
    assert not gaps, f"rhetoric.extract.events.EVENT_COLUMNS not in docs/DATA.md: {gaps}"


def test_evaluation_columns_documented():
    gaps = missing(["subset", "metric", "value", "n"], "rhetoric.extract.evaluation")
    assert not gaps, gaps


def test_front_matter_fields_documented():
    fields = list(FrontMatter.model_fields) + [f"exclude[].{f}" for f in Exclusion.model_fields]
    gaps = missing(fields, "data/corpus")
    assert not gaps, f"FrontMatter fields not in docs/DATA.md: {gaps}"


def test_front_matter_keys_used_in_corpus_documented():
    """Extra keys (kept by extra='allow') that the articles actually use are documented too."""
    import yaml

    keys: set[str] = set()
    for path in sorted(CORPUS.glob("*.md")):
        head = path.read_text(encoding="utf-8").split("\n---", 1)[0].removeprefix("---\n")
        keys |= set(yaml.safe_load(head) or {})
    gaps = missing(sorted(keys), "data/corpus")
    assert not gaps, f"front matter keys used in data/corpus but not in docs/DATA.md: {gaps}"


def test_actor_fields_documented():
    fields = list(ActorFile.model_fields) + list(Actor.model_fields)
    gaps = missing(fields, "actors.yml")
    assert not gaps, f"actors.yml fields not in docs/DATA.md: {gaps}"


def test_section_finder_stops_at_the_next_heading():
    text = "# T\n## a.csv\n`x`\n### sub\n`y`\n## b.csv\n`z`\n"
    assert "`y`" in section("a.csv", text)
    assert "`z`" not in section("a.csv", text)
    with pytest.raises(AssertionError):
        section("c.csv", text)


def test_source_notebooks_are_stored_without_outputs_so_they_diff_well():
    """notebooks/*.ipynb hold code and narrative only; outputs live in reports/ (nbval's baselines)."""
    import json

    notebooks = sorted((ROOT / "notebooks").glob("*.ipynb"))
    assert notebooks
    for path in notebooks:
        nb = json.loads(path.read_text(encoding="utf-8"))
        for cell in nb["cells"]:
            if cell["cell_type"] == "code":
                assert cell["outputs"] == [] and cell["execution_count"] is None, \
                    f"{path.name}, cell {cell.get('id')}: clear outputs (jupyter nbconvert --clear-output --inplace)"
