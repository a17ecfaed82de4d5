"""The columns of the statements and events tables are defined once (rhetoric.columns) and are
the ones the extractor writes, the store types, the annotation schemas check and the reports
require."""

from __future__ import annotations

import ast
import csv
from pathlib import Path

from rhetoric import columns
from rhetoric.store.parquet import TABLES

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "data" / "annotations"


def test_the_columns_module_imports_nothing_from_the_package():
    tree = ast.parse(Path(columns.__file__).read_text(encoding="utf-8"))
    imported = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    imported += [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    assert not [m for m in imported if m == "rhetoric" or m.startswith("rhetoric.")]


def test_the_extractor_and_the_store_use_the_same_columns():
    from rhetoric.extract import events, statements

    assert statements.COLUMNS is columns.STATEMENT_COLUMNS
    assert events.EVENT_COLUMNS is columns.EVENT_COLUMNS
    assert TABLES["statements"].columns == columns.STATEMENT_COLUMNS
    assert TABLES["events"].columns == columns.EVENT_COLUMNS


def test_the_hand_coded_files_have_the_hand_coded_columns():
    def header(name):
        with (ANNOTATIONS / name).open(encoding="utf-8", newline="") as fh:
            return next(csv.reader(fh))

    assert header("statements.csv") == columns.HAND_CODED_STATEMENT_COLUMNS
    assert header("events.csv") == columns.HAND_CODED_EVENT_COLUMNS
    assert header("event_sources.csv") == columns.EVENT_SOURCE_COLUMNS


def test_the_required_columns_are_in_both_statement_tables():
    required = set(columns.REQUIRED_STATEMENT_COLUMNS)
    assert required <= set(columns.STATEMENT_COLUMNS)
    assert required <= set(columns.HAND_CODED_STATEMENT_COLUMNS)
