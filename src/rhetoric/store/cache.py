"""The derived-table cache: a corpus's statements or events, derived once, read many times.

``cached_dataset(corpus_dir, registry, table)`` derives a table (``rhetoric.store.parquet``'s
partitioned Parquet) into ``<cache>/<sha256>/<table>/``, where the hash covers the corpus
files, the actor registry and the package's source code, and returns that folder: the reports
query it through DuckDB (``rhetoric.store.source``); ``cached_table`` reads it into a frame.
The tables are those of ``rhetoric.store.parquet.TABLES``: ``statements`` and ``events``.

The result does not depend on the state of the cache: a fresh run and a cached one read the
same Parquet bytes. The cache is ``$RHETORIC_CACHE_DIR``, else ``$XDG_CACHE_HOME/rhetoric``,
else ``~/.cache/rhetoric``; the ``CACHE_KEEP`` entries used last are kept, and so is every entry
used in the last ``CACHE_GRACE_SECONDS`` (another process may be reading it: a build runs its
notebooks side by side); deleting the cache is always safe.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Mapping, Sequence

import pandas as pd

from rhetoric.paths import cache_root
from rhetoric.store.parquet import (
    FORMAT,
    NotWritableError,
    TableSpec,
    is_dataset,
    read_table,
    table_spec,
    write_dataset,
)


def _registry_fingerprint(registry) -> str:
    actors = [a.model_dump(mode="json") for a in registry.actors.values()]
    return json.dumps({"actors": actors, "not_actors": list(registry.not_actors)},
                      sort_keys=True, ensure_ascii=False)


def cache_key(corpus_dir: Path | str, registry, table: str) -> str:
    """sha256 of what a derived table depends on: the corpus files (names and bytes), the
    actor registry, the package's source files and version, and the table and format."""
    import rhetoric
    from rhetoric.corpus import article_paths

    h = hashlib.sha256()

    def add(label: str, data: bytes) -> None:
        h.update(label.encode("utf-8") + b"\0" + str(len(data)).encode() + b"\0" + data)

    add("format", f"{FORMAT}|{table}|{getattr(rhetoric, '__version__', '')}".encode())
    package = Path(rhetoric.__file__).resolve().parent
    for source in sorted(package.rglob("*.py")):
        add("src:" + source.relative_to(package).as_posix(), source.read_bytes())
    for path in article_paths(corpus_dir):
        add("article:" + path.name, path.read_bytes())
    add("registry", _registry_fingerprint(registry).encode("utf-8"))
    return h.hexdigest()


def cached_dataset(corpus_dir: Path | str, registry, table: str = "statements") -> Path:
    """The folder of a corpus's derived ``table`` in the cache, derived first if absent.

    When the cache cannot be written, the dataset is derived into a temporary directory that
    is removed when the process exits.
    """
    spec = table_spec(table)
    entry = cache_root() / cache_key(corpus_dir, registry, spec.name)
    folder = entry / spec.name
    if is_dataset(folder):
        try:
            os.utime(entry)  # used now: pruning goes by last use
        except OSError:
            pass
        return folder
    try:
        write_dataset(corpus_dir, folder, registry, spec.name, replace=False)
    except NotWritableError:
        tmp = Path(tempfile.mkdtemp(prefix="rhetoric-"))
        atexit.register(shutil.rmtree, tmp, ignore_errors=True)
        return write_dataset(corpus_dir, tmp / spec.name, registry, spec.name).path
    prune_cache(keep_also=entry)
    return folder


def cached_table(corpus_dir: Path | str, registry, table: str = "statements",
                 columns: Sequence[str] | None = None,
                 where: str | Mapping[str, object] | None = None) -> pd.DataFrame:
    """A derived table of a corpus (or the ``columns`` and rows ``where`` asks for), read
    through DuckDB from its dataset in the cache (``cached_dataset``).

    Always read back from the Parquet files, so a first run and a cached run return the same
    frame.
    """
    spec = table_spec(table)
    return _typed(read_table(cached_dataset(corpus_dir, registry, spec.name), columns, where), spec)


#: How many cache entries (one per corpus, registry and code version) are kept.
CACHE_KEEP = 8
#: How long after its last use an entry is never pruned, whatever ``CACHE_KEEP`` says: a process
#: that has just been handed the entry's folder may still be reading it.
CACHE_GRACE_SECONDS = 600


def prune_cache(keep: int | None = None, keep_also: Path | None = None) -> list[Path]:
    """Delete all but the ``keep`` most recently used cache entries (``$RHETORIC_CACHE_KEEP``,
    default CACHE_KEEP) and return what was deleted. Only folders named like a cache key (64
    hex digits) are considered; ``keep_also`` (the entry just written) is never deleted, nor is
    an entry used in the last ``CACHE_GRACE_SECONDS`` (a concurrent build's notebook may be
    reading it; pruning it under that reader failed a fork's build). An entry is rebuilt when
    needed, so deleting one only costs time."""
    if keep is None:
        try:
            keep = int(os.environ.get("RHETORIC_CACHE_KEEP", CACHE_KEEP))
        except ValueError:
            keep = CACHE_KEEP
    root = cache_root()
    try:
        entries = [p for p in root.iterdir()
                   if p.is_dir() and len(p.name) == 64 and all(c in "0123456789abcdef" for c in p.name)]
    except OSError:
        return []

    def last_use(p: Path) -> float:
        try:
            return p.stat().st_mtime
        except OSError:
            return 0.0

    entries.sort(key=last_use, reverse=True)
    removed = []
    recent = time.time() - CACHE_GRACE_SECONDS
    for old in entries[max(keep, 0):]:
        if keep_also is not None and old == keep_also or last_use(old) > recent:
            continue
        shutil.rmtree(old, ignore_errors=True)
        removed.append(old)
    return removed


def _typed(frame: pd.DataFrame, spec: TableSpec) -> pd.DataFrame:
    """An empty read keeps the dtypes of the in-memory extraction."""
    if frame.empty:
        template = spec.frame([])
        return template[[c for c in frame.columns]].reset_index(drop=True)
    return frame.reset_index(drop=True)
