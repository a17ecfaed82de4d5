"""Derived tables as partitioned Parquet (rhetoric.store.parquet), their cache (rhetoric.store.cache)
and the extract/events commands."""

from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

from rhetoric.actors import load_actors
from rhetoric.cli import main
from rhetoric.extract.events import extract_events_corpus
from rhetoric.extract.statements import extract_corpus
from rhetoric.store import cache
from rhetoric.store import parquet as store

HERE = Path(__file__).resolve().parent
UNSEEN = HERE / "unseen" / "corpus"
UNSEEN_ACTORS = HERE / "unseen" / "actors.yml"


@pytest.fixture(scope="module")
def registry():
    return load_actors(UNSEEN_ACTORS)


@pytest.fixture(scope="module")
def statements(registry):
    return extract_corpus(UNSEEN, registry, progress=False)


@pytest.fixture
def corpus(tmp_path):
    """A copy of the unseen corpus (15 articles) that a test may change."""
    folder = tmp_path / "corpus"
    shutil.copytree(UNSEEN, folder)
    return folder


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _csv(frame: pd.DataFrame) -> str:
    buf = io.StringIO()
    frame.to_csv(buf, index=False)
    return buf.getvalue()


# --- writing ---------------------------------------------------------------------------------

def test_dataset_has_one_part_file_per_partition_and_reads_back_equal(tmp_path, registry, statements):
    out = tmp_path / "statements"
    info = store.write_dataset(UNSEEN, out, registry, "statements", partition_size=4)
    names = sorted(p.name for p in out.iterdir())
    assert names == ["_dataset.json", "part-00000.parquet", "part-00001.parquet",
                     "part-00002.parquet", "part-00003.parquet"]  # 15 articles, 4 per partition
    manifest = json.loads((out / "_dataset.json").read_text())
    assert manifest["articles"] == 15 and manifest["partitions"] == 4 == info.partitions
    assert manifest["rows"] == len(statements) == info.rows
    back = store.read_table(out)
    pd.testing.assert_frame_equal(back, statements)  # same values, dtypes and order
    assert store.is_dataset(out)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no staging left


def test_output_is_deterministic_and_partitions_are_fixed_chunks(tmp_path, registry):
    a = store.write_dataset(UNSEEN, tmp_path / "a", registry, partition_size=4).path
    b = store.write_dataset(UNSEEN, tmp_path / "b", registry, partition_size=4).path
    assert _files(a) == _files(b)
    # a partition's file does not depend on which process writes it or on the other partitions
    paths = store.partitions(UNSEEN, 4)
    store.extract_partition("statements", paths[2], registry, tmp_path, 2)
    assert (tmp_path / "part-00002.parquet").read_bytes() == (a / "part-00002.parquet").read_bytes()


def test_partitions_are_the_corpus_listing_in_chunks(tmp_path):
    from rhetoric.corpus import CorpusError, article_paths

    parts = store.partitions(UNSEEN, 4)
    assert [p for chunk in parts for p in chunk] == article_paths(UNSEEN)
    assert parts.articles == 15 and len(parts) == 4 and len(parts[-1]) == 3
    with pytest.raises(CorpusError, match="does not exist"):
        store.partitions(tmp_path / "missing")
    with pytest.raises(CorpusError, match="has no .md articles"):
        store.partitions(tmp_path)


def test_events_dataset_reads_back_like_the_in_memory_extraction(tmp_path, registry):
    expected = extract_events_corpus(UNSEEN, registry, progress=False)
    out = store.write_dataset(UNSEEN, tmp_path / "events", registry, "events", partition_size=5).path
    back = store.read_table(out)
    assert list(back.columns) == list(expected.columns)
    assert _csv(back) == _csv(expected)
    assert str(back["published"].iloc[0]) == str(expected["published"].iloc[0])


def test_an_article_without_rows_still_gets_its_part_file(tmp_path, registry):
    out = store.write_dataset(UNSEEN, tmp_path / "s", registry, partition_size=1).path
    assert len(list(out.glob("part-*.parquet"))) == 15
    empty = out / "part-00011.parquet"  # u12_no_statements
    assert store.read_table(out, where={"article_id": "u12_no_statements"}).empty
    assert empty.stat().st_size > 0


def test_a_failed_write_leaves_the_previous_dataset_whole(tmp_path, registry, monkeypatch):
    out = store.write_dataset(UNSEEN, tmp_path / "s", registry, partition_size=4).path
    before = _files(out)
    real = store.extract_partition

    def failing(table, paths, reg, folder, index, tick=None, skipped=None):
        if index == 2:
            raise RuntimeError("disk on fire")
        return real(table, paths, reg, folder, index, tick, skipped)

    monkeypatch.setattr(store, "extract_partition", failing)
    with pytest.raises(RuntimeError):
        store.write_dataset(UNSEEN, out, registry, partition_size=4)
    assert _files(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s"]  # staging removed


def test_replacing_a_dataset_with_another_partitioning(tmp_path, registry):
    out = store.write_dataset(UNSEEN, tmp_path / "s", registry, partition_size=2).path
    store.write_dataset(UNSEEN, out, registry, partition_size=100)
    assert sorted(p.name for p in out.iterdir()) == ["_dataset.json", "part-00000.parquet"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s"]


def test_a_directory_that_is_not_a_dataset_is_never_overwritten(tmp_path, registry):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me")
    with pytest.raises(store.StoreError, match="not a dataset written by rhetoric"):
        store.write_dataset(UNSEEN, folder, registry)
    assert _files(folder) == {"notes.txt": b"keep me"}
    afile = tmp_path / "file"
    afile.write_text("x")
    with pytest.raises(store.StoreError, match="is a file"):
        store.write_dataset(UNSEEN, afile, registry)


# --- reading through DuckDB ------------------------------------------------------------------

def test_read_only_some_columns_and_rows(tmp_path, registry, statements):
    out = store.write_dataset(UNSEEN, tmp_path / "s", registry, partition_size=4).path
    some = store.read_table(out, columns=["article_id", "speaker", "stance"], where={"speaker": "varga"})
    expected = statements.loc[statements["speaker"] == "varga", ["article_id", "speaker", "stance"]]
    pd.testing.assert_frame_equal(some, expected.reset_index(drop=True))
    listed = store.read_table(out, columns=["statement_id"], where={"article_id": ["u02_hungary_eu", "u03_trade"]})
    assert set(listed["statement_id"].str.split(":").str[0]) <= {"u02_hungary_eu", "u03_trade"}
    hostile = store.read_table(out, where="stance < ? AND kind <> 'authorial'", params=[0])
    assert len(hostile) == int(((statements["stance"] < 0) & (statements["kind"] != "authorial")).sum())
    counts = store.query(out, "SELECT speaker, count(*) AS n FROM t GROUP BY speaker ORDER BY n DESC, speaker")
    assert counts["n"].sum() == len(statements)


def test_reading_errors_are_one_clear_line(tmp_path, registry):
    out = store.write_dataset(UNSEEN, tmp_path / "s", registry).path
    with pytest.raises(store.StoreError, match="no column 'nope'"):
        store.read_table(out, columns=["nope"])
    with pytest.raises(store.StoreError, match="query failed"):
        store.query(out, "SELECT nope FROM t")
    with pytest.raises(store.StoreError, match="no such dataset directory"):
        store.read_table(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(store.StoreError, match="not a Parquet dataset"):
        store.read_table(tmp_path / "empty")
    incomplete = store.write_dataset(UNSEEN, tmp_path / "i", registry, partition_size=4).path
    (incomplete / "part-00001.parquet").unlink()
    with pytest.raises(store.StoreError, match="incomplete dataset"):
        store.read_table(incomplete)


# --- the cache behind the notebooks ----------------------------------------------------------

def test_cached_statements_equal_the_extraction_and_are_reused(tmp_path, registry, statements, monkeypatch):
    monkeypatch.setenv("RHETORIC_CACHE_DIR", str(tmp_path / "cache"))
    first = cache.cached_table(UNSEEN, registry, "statements")
    pd.testing.assert_frame_equal(first, statements)
    datasets = list((tmp_path / "cache").glob("*/statements"))
    assert len(datasets) == 1 and store.is_dataset(datasets[0])

    def no_extraction(*args, **kwargs):
        raise AssertionError("the cached dataset should have been read")

    monkeypatch.setattr(cache, "write_dataset", no_extraction)
    pd.testing.assert_frame_equal(cache.cached_table(UNSEEN, registry, "statements"), first)


def test_old_cache_entries_are_pruned_by_last_use(tmp_path, registry, statements, monkeypatch):
    root = tmp_path / "cache"
    monkeypatch.setenv("RHETORIC_CACHE_DIR", str(root))
    monkeypatch.setenv("RHETORIC_CACHE_KEEP", "3")
    old = []
    for i in range(5):  # five earlier entries, the first used longest ago
        entry = root / (f"{i:x}" * 64)[:64]
        (entry / "statements").mkdir(parents=True)
        os.utime(entry, (1_000_000 + i, 1_000_000 + i))
        old.append(entry)
    foreign = root / "notes"  # not a cache key: never touched
    foreign.mkdir()
    cache.cached_table(UNSEEN, registry, "statements")  # writes a sixth entry, then prunes
    kept = sorted(p.name for p in root.iterdir())
    new = cache.cache_key(UNSEEN, registry, "statements")
    assert kept == sorted([new, old[4].name, old[3].name, "notes"])
    # reading an entry counts as a use: it outlives entries used earlier
    os.utime(old[3], (1, 1))
    os.utime(root / new, (1, 1))
    cache.cached_table(UNSEEN, registry, "statements")
    assert set(cache.prune_cache(keep=1)) == {old[3], old[4]}
    assert sorted(p.name for p in root.iterdir()) == sorted([new, "notes"])


def test_the_cache_key_follows_the_corpus_and_the_registry(corpus, registry):
    key = cache.cache_key(corpus, registry, "statements")
    assert cache.cache_key(corpus, registry, "statements") == key
    assert cache.cache_key(corpus, registry, "events") != key
    (corpus / "u03_trade.md").write_text((corpus / "u03_trade.md").read_text() + "\nOne more line.\n")
    assert cache.cache_key(corpus, registry, "statements") != key
    assert cache.cache_key(corpus, load_actors(HERE.parent / "data" / "actors.yml"), "statements") != \
        cache.cache_key(corpus, registry, "statements")


def test_an_unwritable_cache_falls_back_to_a_temporary_dataset(tmp_path, registry, statements, monkeypatch):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    monkeypatch.setenv("RHETORIC_CACHE_DIR", str(blocker / "cache"))
    pd.testing.assert_frame_equal(cache.cached_table(UNSEEN, registry), statements)


def test_load_statements_automated_branch_reads_the_parquet_cache(tmp_path, registry, statements, monkeypatch):
    from rhetoric.store.loading import load_statements

    monkeypatch.setenv("RHETORIC_CACHE_DIR", str(tmp_path / "cache"))
    loaded, source = load_statements(UNSEEN, registry, None)
    assert source == "automated"
    assert loaded.dataset.parent.parent == tmp_path / "cache"
    pd.testing.assert_frame_equal(loaded.to_frame(), statements)
    assert list((tmp_path / "cache").glob("*/statements/part-00000.parquet"))


# --- the command line ------------------------------------------------------------------------

def test_cli_writes_csv_for_a_csv_name_and_parquet_otherwise(tmp_path, statements, capsys):
    base = ["--actors", str(UNSEEN_ACTORS), "--quiet"]
    assert main(["extract", str(UNSEEN), "--out", str(tmp_path / "s.csv"), *base]) == 0
    assert (tmp_path / "s.csv").read_text(encoding="utf-8") == _csv(statements)
    assert main(["extract", str(UNSEEN), "--out", str(tmp_path / "s"), "--partition-size", "5", *base]) == 0
    assert len(list((tmp_path / "s").glob("part-*.parquet"))) == 3
    assert f"{len(statements)} statement rows from 15 articles" in capsys.readouterr().err
    assert main(["extract", str(UNSEEN), "--out", str(tmp_path / "p.csv"), "--format", "parquet", *base]) == 0
    assert (tmp_path / "p.csv" / "_dataset.json").is_file()
    assert main(["events", str(UNSEEN), "--out", str(tmp_path / "e"), *base]) == 0
    assert main(["events", str(UNSEEN), "--out", str(tmp_path / "e.csv"), *base]) == 0
    assert _csv(store.read_table(tmp_path / "e")) == (tmp_path / "e.csv").read_text(encoding="utf-8")


def test_streamed_csv_has_the_same_bytes_as_the_whole_table(tmp_path, registry, statements):
    store.write_csv(UNSEEN, tmp_path / "one_by_one.csv", registry, partition_size=1)
    assert (tmp_path / "one_by_one.csv").read_text(encoding="utf-8") == _csv(statements)


@pytest.mark.parametrize("args, message", [
    (["--out", "{tmp}/x.csv", "--dask", "local"], "--dask writes a partitioned Parquet dataset"),
    (["--out", "{tmp}/mine"], "not a dataset written by rhetoric"),
    (["--out", "{tmp}/x", "--partition-size", "0"], "--partition-size must be at least 1"),
    (["--out", "{tmp}/mine", "--format", "csv"], "is a directory"),
])
def test_cli_errors_are_one_line_and_exit_2(tmp_path, capsys, args, message):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    argv = ["extract", str(UNSEEN), "--actors", str(UNSEEN_ACTORS), "--quiet"]
    argv += [a.format(tmp=tmp_path) for a in args]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and message in err and len(err.splitlines()) == 1
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep me"


def test_cli_bad_article_is_an_error_and_nothing_is_written(corpus, tmp_path, capsys):
    (corpus / "u99_broken.md").write_text("no front matter here\n")
    assert main(["extract", str(corpus), "--out", str(tmp_path / "out"), "--actors", str(UNSEEN_ACTORS),
                 "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "u99_broken.md: has no front matter" in err
    assert not (tmp_path / "out").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus"]


# --- rows to Arrow without pandas (rhetoric.store.arrow_rows) --------------------------------

def _both_routes(rows, table, tmp_path):
    """The table and file of the pandas-free route and of the DataFrame route, for ``rows``."""
    from rhetoric.store import arrow_rows

    spec = store.table_spec(table)
    direct = arrow_rows.to_arrow(rows, spec.schema)
    via_frame = store.to_arrow(spec.frame(rows), table)
    files = []
    for name, data in (("direct", direct), ("frame", via_frame)):
        if data is not None:
            data.validate(full=True)
            store.write_arrow(data, tmp_path / f"{name}.parquet")
            files.append((tmp_path / f"{name}.parquet").read_bytes())
    return direct, via_frame, files


@pytest.mark.parametrize("table", ["statements", "events"])
def test_rows_become_the_table_and_the_file_the_dataframe_gives(tmp_path, registry, table):
    """Every article's rows of the unseen corpus, and all of them at once: the same Arrow table
    and the same Parquet bytes as through pandas (what the writers did before)."""
    spec = store.table_spec(table)
    paths = list(store.partitions(UNSEEN, 1000)[0])
    per_article = [spec.rows(__import__("rhetoric.corpus").corpus.read_article(p), registry) for p in paths]
    everything = [r for rows in per_article for r in rows]
    assert everything
    for rows in [everything] + [r for r in per_article if r]:
        direct, via_frame, files = _both_routes(rows, table, tmp_path)
        assert direct is not None and direct.equals(via_frame)
        assert files[0] == files[1]


def test_unusual_values_convert_as_through_pandas_or_take_its_route(tmp_path):
    """Nulls (None, NaN, missing keys), non-ASCII text, empty strings, -0.0, dates and booleans
    give pandas' table; a value of another type (a numpy integer, an int in a text column, a
    null in an integer column) is left to the DataFrame route, which rows_to_arrow then takes."""
    import datetime as dt

    import numpy as np

    base = {c: None for c in store.table_spec("events").columns}
    base.update({"article_id": "a", "expr_start": 1, "expr_end": 2, "n_in_sentence": 1, "start": 0, "end": 9,
                 "published": dt.date(2025, 10, 10), "relative": False})
    rows = [dict(base), dict(base, date="2025-10", earliest=dt.date(1969, 12, 31), latest=dt.date(2100, 2, 28),
                             weekday_ok=True, relative=True, sentence="Vučić — «ça» 😀", actors=""),
            dict(base, weekday_ok=False, anchor=dt.date(2025, 1, 1), category=float("nan"))]
    del rows[2]["sentence"]  # a key a row lacks: null, as in DataFrame(rows, columns=...)
    for i in range(40):  # more than one byte of validity bits
        rows.append(dict(base, start=i, weekday_ok=None if i % 3 else bool(i % 2), sentence=None if i % 5 else str(i)))
    direct, via_frame, files = _both_routes(rows, "events", tmp_path)
    assert direct is not None and direct.equals(via_frame) and files[0] == files[1]
    assert direct.column("sentence").null_count == 2 + 32 and direct.column("category").null_count == len(rows)

    srow = {c: "x" for c in store.table_spec("statements").columns}
    srow.update({"start": 3, "end": 7, "stance": -2, "goldstein": -0.0})
    statements = [srow, dict(srow, goldstein=None, said_on=None, quote=""), dict(srow, goldstein=float("nan"))]
    direct, via_frame, files = _both_routes(statements, "statements", tmp_path)
    assert direct is not None and direct.equals(via_frame) and files[0] == files[1]

    from rhetoric.store import arrow_rows

    schema = store.table_spec("statements").schema
    for odd in (dict(srow, start=np.int64(3)), dict(srow, speaker=5), dict(srow, stance=None),
                dict(srow, goldstein=1), dict(srow, start=True)):
        assert arrow_rows.to_arrow([srow, odd], schema) is None
    ok = store.rows_to_arrow([srow, dict(srow, start=np.int64(4))], "statements")
    assert ok.column("start").to_pylist() == [3, 4]
    assert store.rows_to_arrow([], "statements").num_rows == 0


def test_extract_and_events_writing_parquet_do_not_import_pandas(tmp_path):
    """The commands' start-up: writing Parquet needs pyarrow, not pandas or pandera (about a
    second of CPU at each start before the change)."""
    import subprocess
    import sys

    code = ("import sys; from rhetoric.cli import main; "
            f"rc = main(['{{0}}', {str(UNSEEN)!r}, '--out', {str(tmp_path)!r} + '/{{0}}', "
            f"'--actors', {str(UNSEEN_ACTORS)!r}, '--quiet']); "
            "assert rc == 0; print(sorted(m for m in ('pandas', 'pandera', 'duckdb', 'numpy.ma') if m in sys.modules))")
    for command in ("extract", "events"):
        out = subprocess.run([sys.executable, "-c", code.format(command)], capture_output=True, text=True, check=True)
        assert out.stdout.strip() == "[]", out.stdout + out.stderr


def test_an_entry_used_a_moment_ago_is_never_pruned(tmp_path, registry, statements, monkeypatch):
    # (a build runs its notebooks side by side: one may have just been handed an entry's folder when another,
    # deriving its own table, prunes; pruning it under that reader failed a fork's build in CI)
    root = tmp_path / "cache"
    monkeypatch.setenv("RHETORIC_CACHE_DIR", str(root))
    recent = []
    for i in range(4):
        entry = root / (f"{i:x}" * 64)[:64]
        (entry / "statements").mkdir(parents=True)
        recent.append(entry)
    old = root / ("e" * 64)
    (old / "statements").mkdir(parents=True)
    os.utime(old, (1_000_000, 1_000_000))
    assert cache.prune_cache(keep=1) == [old]
    assert all(p.is_dir() for p in recent)
