"""Derived tables (statements, events) as partitioned Parquet datasets, read through DuckDB.

A *dataset* is a directory::

    statements/
        part-00000.parquet     articles 0 … 999 of the corpus (sorted by file name)
        part-00001.parquet     articles 1000 … 1999
        …
        _dataset.json          which table, how many articles, partitions and rows

Decisions:

* **Partitions are fixed-size chunks of the sorted article paths** (``PARTITION_SIZE``
  articles, ``--partition-size`` on the command line). Partition *i* therefore holds the same
  articles whichever process extracts it, and its part file has the same bytes: the
  single-process writer (``write_dataset``) and the Dask one (``rhetoric.store.distributed``) call
  the same ``write_partition``. Every partition has a file, also one without rows, so a
  dataset is complete exactly when it has ``partitions`` part files.
* **Streaming.** One partition's rows are in memory at a time (one article's text at a time),
  so peak memory does not grow with the number of articles.
* **Atomic.** A dataset is written into a temporary directory beside the target
  (``.<name>.tmp-…``) and renamed into place; a reader sees the old dataset or the new one,
  never half of one. An existing target is replaced only when it is a dataset written here
  (or an empty directory); anything else is an error, nothing is deleted.
* **Reading goes through DuckDB** (``read_table``, ``query``): only the columns and rows
  asked for are read from the part files (column projection and row-group statistics).
  Rows come back in corpus order (part file, then row within the file).

The reports read derived tables from a cache of such datasets (``rhetoric.store.cache``).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Mapping, Sequence

import pyarrow as pa
import pyarrow.parquet as pq

from rhetoric.columns import EVENT_COLUMNS, STATEMENT_COLUMNS
from rhetoric.errors import RhetoricError

if TYPE_CHECKING:  # pandas where a frame is made or read: writing Parquet does without it
    import pandas as pd

#: Articles per partition (one part file each).
PARTITION_SIZE = 1000
#: Name of the file that describes a complete dataset.
DATASET_FILE = "_dataset.json"
FORMAT = "rhetoric-parquet-dataset/1"
PART_GLOB = "part-*.parquet"

#: Parquet writer options, fixed so that a partition's file has the same bytes everywhere.
_WRITE_OPTIONS = dict(compression="zstd", compression_level=3, use_dictionary=True,
                      write_statistics=True, row_group_size=64 * 1024, version="2.6")


class StoreError(RhetoricError):
    """A dataset that cannot be written or read (bad path, bad column, incomplete dataset)."""


class NotWritableError(StoreError):
    """The target's directory cannot be created or written."""


# --- the tables ------------------------------------------------------------------------------

_STR, _I64, _F64, _BOOL, _DATE = pa.string(), pa.int64(), pa.float64(), pa.bool_(), pa.date32()


@dataclass(frozen=True)
class TableSpec:
    name: str
    schema: pa.Schema
    what: str  # what a row is, for messages

    @property
    def columns(self) -> list[str]:
        return list(self.schema.names)

    def rows(self, article, registry) -> list[dict]:
        if self.name == "statements":
            from rhetoric.extract.statements import extract_article

            return extract_article(article, registry)
        from rhetoric.extract.events import extract_events

        return extract_events(article, registry)

    def frame(self, rows: list[dict]) -> pd.DataFrame:
        """Rows as the DataFrame that the in-memory extraction returns (same dtypes)."""
        if self.name == "statements":
            from rhetoric.extract.statements import to_frame

            return to_frame(rows)
        import pandas as pd

        return pd.DataFrame(rows, columns=self.columns)


def _schema(columns: list[str], types: Mapping[str, pa.DataType]) -> pa.Schema:
    """The Parquet schema of ``columns``: text unless ``types`` says otherwise."""
    unknown = set(types) - set(columns)
    if unknown:
        raise ValueError(f"types for columns the table does not have: {sorted(unknown)}")
    return pa.schema([(c, types.get(c, _STR)) for c in columns])


TABLES: dict[str, TableSpec] = {
    "statements": TableSpec("statements", _schema(STATEMENT_COLUMNS, {
        "start": _I64, "end": _I64, "goldstein": _F64, "stance": _I64,
    }), "statement rows"),
    "events": TableSpec("events", _schema(EVENT_COLUMNS, {
        "published": _DATE, "earliest": _DATE, "latest": _DATE, "expr_start": _I64,
        "expr_end": _I64, "relative": _BOOL, "anchor": _DATE, "n_in_sentence": _I64,
        "start": _I64, "end": _I64, "weekday_ok": _BOOL, "published_earliest": _DATE,
        "published_latest": _DATE,
    }), "dated sentences"),
}


def table_spec(name: str) -> TableSpec:
    try:
        return TABLES[name]
    except KeyError:
        raise StoreError(f"unknown table '{name}'; tables: {', '.join(TABLES)}") from None


# --- partitions ------------------------------------------------------------------------------

def part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


class Partitions(Sequence):
    """The corpus's articles, sorted by file name, in chunks of ``size`` (the last may be shorter).

    The articles of ``rhetoric.corpus.article_names``, held as file names only (a ``Path``
    object per article would cost ~0.4 KB each: 40 MB for 100,000 articles); each partition is
    a list of paths made when asked for.
    """

    def __init__(self, corpus_dir: Path | str, size: int = PARTITION_SIZE):
        from rhetoric.corpus import article_names

        if not isinstance(size, int) or isinstance(size, bool) or size < 1:
            raise StoreError(f"partition size must be a positive number of articles, not {size!r}")
        self.folder, self.size = Path(corpus_dir), size
        self.names = article_names(self.folder)

    @property
    def articles(self) -> int:
        return len(self.names)

    def __len__(self) -> int:
        return -(-len(self.names) // self.size)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return [self.folder / n for n in self.names[index * self.size:(index + 1) * self.size]]


def partitions(corpus_dir: Path | str, size: int = PARTITION_SIZE) -> Partitions:
    """The corpus's article paths, sorted by name, in chunks of ``size`` (see ``Partitions``)."""
    return Partitions(corpus_dir, size)


def iter_partition_rows(spec: TableSpec, paths: Iterable[Path], registry,
                        tick: Callable[[], None] | None = None,
                        skipped: Callable[[object, str], None] | None = None) -> Iterator[list[dict]]:
    """Per article of ``paths`` (read and validated one at a time), its rows; ``skipped`` is told
    of each article the extraction leaves out, with the reason (``rhetoric.languages``)."""
    from rhetoric.corpus import read_article
    from rhetoric.languages import not_extracted

    for path in paths:
        article = read_article(path)
        if skipped is not None and (reason := not_extracted(article)):
            skipped(article, reason)
        yield spec.rows(article, registry)
        if tick is not None:
            tick()


def partition_rows(table: str, paths: Sequence[Path | str], registry,
                   tick: Callable[[], None] | None = None, skipped=None) -> list[dict]:
    """The rows of the articles ``paths``, in corpus order (one dict per row)."""
    spec = table_spec(table)
    rows: list[dict] = []
    for article_rows in iter_partition_rows(spec, (Path(p) for p in paths), registry, tick, skipped):
        rows.extend(article_rows)
    return rows


def partition_frame(table: str, paths: Sequence[Path | str], registry,
                    tick: Callable[[], None] | None = None, skipped=None) -> pd.DataFrame:
    """The rows of the articles ``paths`` as a DataFrame (what ``extract_corpus`` gives for them)."""
    return table_spec(table).frame(partition_rows(table, paths, registry, tick, skipped))


def to_arrow(frame: pd.DataFrame, table: str) -> pa.Table:
    """A frame of ``table`` as an Arrow table with the table's fixed schema, without metadata."""
    spec = table_spec(table)
    if frame.empty:
        return spec.schema.empty_table()
    data = pa.Table.from_pandas(frame[spec.columns], schema=spec.schema, preserve_index=False)
    return data.replace_schema_metadata(None)


def rows_to_arrow(rows: Sequence[Mapping], table: str) -> pa.Table:
    """The extraction's rows (dicts) as an Arrow table with the table's fixed schema: the table
    ``to_arrow(spec.frame(rows), table)`` gives, made without pandas when the values allow
    (``rhetoric.store.arrow_rows``; ``rhetoric extract`` / ``events`` writing Parquet then never
    import pandas), else through that frame. tests/test_store.py checks both give the same
    table and the same file bytes."""
    from rhetoric.store import arrow_rows

    spec = table_spec(table)
    if not rows:
        return spec.schema.empty_table()
    data = arrow_rows.to_arrow(rows, spec.schema)
    return data if data is not None else to_arrow(spec.frame(rows), table)


def write_partition(frame: pd.DataFrame, table: str, path: Path | str) -> int:
    """Write one part file (fixed options: the same frame gives the same bytes). Returns rows."""
    return write_arrow(to_arrow(frame, table), path)


def write_arrow(data: pa.Table, path: Path | str) -> int:
    """Write an Arrow table of a table's schema as one part file (fixed options). Returns rows."""
    path = Path(path)
    # into a temporary name first: a task retried after a worker died never leaves half a file
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        pq.write_table(data, str(tmp), **_WRITE_OPTIONS)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return data.num_rows


def extract_partition(table: str, paths: Sequence[Path | str], registry, folder: Path | str,
                      index: int, tick: Callable[[], None] | None = None, skipped=None) -> int:
    """Extract the articles of one partition and write ``folder/part-<index>.parquet``.

    The unit of work of both writers (here and ``rhetoric.store.distributed``). Returns the rows.
    """
    data = rows_to_arrow(partition_rows(table, paths, registry, tick, skipped), table)
    rows = write_arrow(data, Path(folder) / part_name(index))
    release_memo_caches()
    return rows


def release_memo_caches() -> None:
    """Empty the extraction's memo caches (``functools.lru_cache`` with more than one entry in
    ``rhetoric.extract.stance``, ``rhetoric.extract.dates``…) between partitions.

    They are pure memoisation (one article's clauses are scored several times), so results do
    not change; without this they fill up to their bound (tens of MB) over the first thousands
    of articles, and peak memory would depend on the corpus size up to that bound.
    """
    for name, module in list(sys.modules.items()):
        if not (name.startswith("rhetoric.extract.") or name == "rhetoric.actors"):
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if callable(info) and getattr(value, "cache_clear", None) and (info().maxsize or 2) > 1:
                value.cache_clear()


# --- writing a dataset atomically ------------------------------------------------------------

@dataclass(frozen=True)
class DatasetInfo:
    path: Path
    table: str
    articles: int
    partitions: int
    rows: int
    partition_size: int

    def manifest(self) -> dict:
        return {"format": FORMAT, "table": self.table, "columns": table_spec(self.table).columns,
                "partition_size": self.partition_size, "articles": self.articles,
                "partitions": self.partitions, "rows": self.rows}


def is_dataset(path: Path | str) -> bool:
    """True for a complete dataset written here (its manifest and every part file present)."""
    try:
        manifest = _manifest(Path(path))
    except StoreError:
        return False
    return len(list(Path(path).glob(PART_GLOB))) == manifest["partitions"]


def _manifest(path: Path) -> dict:
    try:
        manifest = json.loads((path / DATASET_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise StoreError(f"{path}: not a Parquet dataset written by rhetoric (no readable {DATASET_FILE})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise StoreError(f"{path}: {DATASET_FILE} is not a {FORMAT} manifest")
    return manifest


def _check_target(target: Path) -> None:
    if target.exists() and not target.is_dir():
        raise StoreError(f"{target}: exists and is a file; a Parquet dataset is a directory "
                         f"(give --out a directory, or a name ending in .csv for CSV)")
    if target.is_dir() and any(target.iterdir()) and not (target / DATASET_FILE).is_file():
        raise StoreError(f"{target}: directory exists and is not a dataset written by rhetoric; "
                         f"nothing was written (choose another --out, or empty it)")


def new_staging_dir(target: Path | str) -> Path:
    """A fresh temporary directory beside ``target`` (same file system, so rename is atomic)."""
    target = Path(target)
    _check_target(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.tmp-"))
        umask = os.umask(0o022)
        os.umask(umask)
        os.chmod(staging, 0o777 & ~umask)  # the usual permissions of a new directory, not mkdtemp's 0700
        return staging
    except OSError as exc:
        raise NotWritableError(f"{target}: cannot write there ({exc.strerror})") from None


def publish(staging: Path, info: DatasetInfo, replace: bool = True) -> DatasetInfo:
    """Write the manifest into ``staging`` and move it to ``info.path`` in one rename.

    With ``replace=False`` an existing complete dataset at the target wins (another process
    wrote it first) and ``staging`` is discarded.
    """
    target = info.path
    (staging / DATASET_FILE).write_text(json.dumps(info.manifest(), indent=1) + "\n", encoding="utf-8")
    try:
        os.rename(staging, target)  # succeeds when the target is absent or an empty directory
        return info
    except OSError:
        if not target.exists():
            raise
    if not replace and is_dataset(target):
        shutil.rmtree(staging, ignore_errors=True)
        return info
    _check_target(target)
    old = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.old-"))
    os.rename(target, old / "dataset")
    try:
        os.rename(staging, target)
    except BaseException:
        os.rename(old / "dataset", target)
        raise
    shutil.rmtree(old, ignore_errors=True)
    return info


def write_dataset(corpus_dir: Path | str, out: Path | str, registry, table: str = "statements",
                  partition_size: int = PARTITION_SIZE, progress: bool = False,
                  replace: bool = True, skipped=None) -> DatasetInfo:
    """Extract ``table`` from a corpus into a partitioned Parquet dataset at ``out`` (streaming).

    One partition is in memory at a time; the dataset appears at ``out`` only when complete.
    """
    spec = table_spec(table)
    parts = partitions(corpus_dir, partition_size)
    n_articles = parts.articles
    staging = new_staging_dir(out)
    bar = _progress_bar(progress, n_articles, table)
    try:
        rows = 0
        for index, paths in enumerate(parts):
            rows += extract_partition(spec.name, paths, registry, staging, index,
                                      tick=bar.update if bar else None, skipped=skipped)
        info = DatasetInfo(Path(out), spec.name, n_articles, len(parts), rows, partition_size)
        return publish(staging, info, replace=replace)
    finally:
        if bar is not None:
            bar.close()
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def write_csv(corpus_dir: Path | str, out: Path | str, registry, table: str = "statements",
              partition_size: int = PARTITION_SIZE, progress: bool = False, skipped=None) -> int:
    """Extract ``table`` into one CSV file, streaming partition by partition, written atomically.

    The file has the same bytes as ``extract_corpus(...).to_csv(index=False)``.
    """
    spec = table_spec(table)
    parts = partitions(corpus_dir, partition_size)
    target = Path(out)
    if target.is_dir():
        raise StoreError(f"{target}: is a directory; give a file name ending in .csv, "
                         f"or use --format parquet to write a dataset into it")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise StoreError(f"{target}: cannot write there ({exc.strerror})") from None
    bar = _progress_bar(progress, parts.articles, table)
    rows = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            for index, paths in enumerate(parts):
                frame = partition_frame(spec.name, paths, registry, tick=bar.update if bar else None,
                                        skipped=skipped)
                frame.to_csv(fh, index=False, header=index == 0)
                rows += len(frame)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    finally:
        if bar is not None:
            bar.close()
    return rows


def _progress_bar(progress: bool, total: int, table: str):
    if not progress:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="article", desc=table, file=sys.stderr)


# --- reading through DuckDB ------------------------------------------------------------------

def part_files(path: Path | str) -> list[Path]:
    """The part files of a complete dataset, in order; a clear error otherwise."""
    path = Path(path)
    if not path.is_dir():
        raise StoreError(f"{path}: no such dataset directory")
    files = sorted(path.glob(PART_GLOB))
    if not files:
        raise StoreError(f"{path}: not a Parquet dataset (no {PART_GLOB} files)")
    if (path / DATASET_FILE).is_file():
        expected = _manifest(path)["partitions"]
        if len(files) != expected:
            raise StoreError(f"{path}: incomplete dataset ({len(files)} of {expected} part files)")
    return files


def sql_string(value: str) -> str:
    """A SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def sql_ident(name: str) -> str:
    """A quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def _source(files: list[Path], with_order: bool) -> str:
    listing = ", ".join(sql_string(str(f)) for f in files)
    extra = ", filename = true, file_row_number = true" if with_order else ""
    return f"read_parquet([{listing}]{extra})"


def scan(path: Path | str, with_order: bool = False) -> str:
    """The DuckDB table function that reads a complete dataset, for use in SQL.

    With ``with_order``, the virtual columns ``filename`` and ``file_row_number`` come too:
    ``ORDER BY filename, file_row_number`` is the corpus order.
    """
    return _source(part_files(path), with_order)


def connect():
    """A DuckDB connection (in memory) with the thread count used for every read here."""
    import duckdb

    return duckdb.connect(config={"threads": max(1, min(4, os.cpu_count() or 1))})


def dataset_columns(path: Path | str) -> list[str]:
    return list(pq.read_schema(part_files(path)[0]).names)


def read_table(path: Path | str, columns: Sequence[str] | None = None,
               where: str | Mapping[str, object] | None = None, params: Sequence | None = None,
               ordered: bool = True) -> pd.DataFrame:
    """Read a dataset (or a part of it) through DuckDB into a DataFrame.

    ``columns``: the columns to load (default all). ``where``: an SQL condition
    (``"speaker = ? AND stance < 0"`` with ``params``) or a mapping ``{column: value}`` /
    ``{column: [values]}`` (equality / IN, values bound as parameters). Only the columns and
    row groups needed are read. With ``ordered`` (default) rows come in corpus order.
    """
    files = part_files(path)
    available = list(pq.read_schema(files[0]).names)
    wanted = list(columns) if columns is not None else available
    unknown = [c for c in wanted if c not in available]
    if isinstance(where, Mapping):
        unknown += [c for c in where if c not in available]
    if unknown:
        raise StoreError(f"{path}: no column {', '.join(repr(c) for c in unknown)}; "
                         f"columns: {', '.join(available)}")
    if not wanted:
        raise StoreError(f"{path}: no columns asked for")
    bound: list = list(params or [])
    condition = ""
    if isinstance(where, Mapping):
        clauses = []
        for column, value in where.items():
            if isinstance(value, (list, tuple, set, frozenset)):
                values = sorted(value) if isinstance(value, (set, frozenset)) else list(value)
                if not values:
                    clauses.append("false")
                    continue
                clauses.append(f"{sql_ident(column)} IN ({', '.join('?' for _ in values)})")
                bound.extend(values)
            elif value is None:
                clauses.append(f"{sql_ident(column)} IS NULL")
            else:
                clauses.append(f"{sql_ident(column)} = ?")
                bound.append(value)
        condition = " AND ".join(clauses)
    elif where:
        condition = str(where)
    sql = f"SELECT {', '.join(sql_ident(c) for c in wanted)} FROM {_source(files, ordered)}"
    if condition:
        sql += f" WHERE {condition}"
    if ordered:
        sql += " ORDER BY filename, file_row_number"
    return _run(path, sql, bound)


def query(path: Path | str, sql: str, params: Sequence | None = None) -> pd.DataFrame:
    """Run SQL over a dataset through DuckDB; the dataset is the view ``t``.

    ``query("statements/", "SELECT speaker, count(*) AS n FROM t GROUP BY speaker ORDER BY n DESC")``
    """
    files = part_files(path)
    con = connect()
    try:
        con.execute(f"CREATE TEMP VIEW t AS SELECT * FROM {_source(files, False)}")
        return fetch(con, path, sql, params)
    finally:
        con.close()


def _run(path, sql: str, params: list) -> pd.DataFrame:
    con = connect()
    try:
        return fetch(con, path, sql, params)
    finally:
        con.close()


def fetch(con, path, sql: str, params) -> pd.DataFrame:
    """Run ``sql`` on ``con`` into a DataFrame; a DuckDB error becomes a StoreError naming ``path``."""
    import duckdb

    try:
        return con.sql(sql, params=list(params or [])).to_arrow_table().to_pandas()
    except duckdb.Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise StoreError(f"{path}: query failed: {first}") from None
