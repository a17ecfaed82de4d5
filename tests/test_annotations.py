import shutil

import pandas as pd
import pytest
from conftest import ACTORS, ANNOTATIONS, CORPUS, run_cli

from rhetoric import annotations as an
from rhetoric.actors import load_actors
from rhetoric.corpus import load_corpus


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(CORPUS)


@pytest.fixture(scope="module")
def registry():
    return load_actors(ACTORS)


@pytest.fixture
def copy(tmp_path):
    """A copy of data/annotations whose cell (file, row index, column) a test can change."""
    folder = tmp_path / "annotations"
    shutil.copytree(ANNOTATIONS, folder)

    def edit(name: str, index: int, column: str, value) -> None:
        path = folder / name
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        frame.at[index, column] = value
        frame.to_csv(path, index=False)

    edit.folder = folder
    return edit


def test_the_hand_coded_annotations_are_valid(corpus, registry):
    an.validate_annotations(ANNOTATIONS, corpus, registry)


def test_every_gold_quote_is_the_body_text_at_its_offsets(corpus):
    bodies = dict(zip(corpus["id"], corpus["body"]))
    gold = an.load_coded_statements(ANNOTATIONS)
    assert len(gold) > 50
    for row in gold.itertuples():
        assert bodies[row.article_id][row.start:row.end] == row.quote


@pytest.mark.parametrize("name, column, value, message", [
    ("statements.csv", "start", "3", "column start: offsets 3–"),
    ("statements.csv", "speaker", "putin", "column speaker: unknown actor id 'putin'"),
    ("statements.csv", "stance", "3", "column stance: 3 fails in_range(-2, 2)"),
    ("statements.csv", "stance", "very", "column stance: 'very' is not an integer"),
    ("statements.csv", "cameo", "999", "column cameo: '999' fails isin"),
    ("statements.csv", "goldstein", "5.0", "is not the Goldstein score of CAMEO"),
    ("statements.csv", "kind", "rumour", "column kind: 'rumour' fails isin"),
    ("events.csv", "latest", "1990-01-01", "column earliest: earliest 1999-01-01 is after latest 1990-01-01"),
    ("events.csv", "actors", "unsc;nobody", "column actors: unknown actor id 'nobody'"),
    ("events.csv", "category", "sport", "column category: 'sport' fails isin"),
    ("event_sources.csv", "event_id", "E99", "column event_id: unknown event 'E99'"),
])
def test_bad_annotation_is_named_by_file_row_and_column(copy, corpus, registry, name, column, value, message):
    copy(name, 0, column, value)
    with pytest.raises(an.AnnotationError) as err:
        an.validate_annotations(copy.folder, corpus, registry)
    assert f"{copy.folder / name}, row 2, {message}" in str(err.value) or (
        f"{copy.folder / name}, row 2, column" in str(err.value) and message in str(err.value))


def test_build_refuses_bad_annotations_before_running_any_notebook(copy, tmp_path):
    copy("statements.csv", 4, "stance", "7")
    out = tmp_path / "out"
    result = run_cli("build", "--corpus", str(CORPUS), "--annotations", str(copy.folder), "--out", str(out))
    assert result.returncode == 2
    assert "statements.csv, row 6, column stance" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists() or not any(out.iterdir())


def test_cameo_table_keeps_codes_as_written():
    table = an.load_cameo_table()
    assert table.at["111", "goldstein"] == -2.0 and table.at["051", "goldstein"] == 3.4
    assert table.at["036", "goldstein"] == 4.0
    assert "10" in table.index and "010" in table.index and table.at["010", "name"] != table.at["10", "name"]
