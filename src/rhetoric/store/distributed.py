"""Extraction distributed over a Dask cluster: one task per partition of the corpus.

``write_dataset_dask(corpus_dir, out, registry, table, address="local" | "tcp://host:8786")``
writes the same partitioned Parquet dataset as ``rhetoric.store.parquet.write_dataset``, file for file
and byte for byte: the partitions are the same fixed-size chunks of the sorted article paths,
and each task calls the same ``store.extract_partition`` to extract its articles and write its
part file into the staging directory beside ``out``. The client then writes the manifest and
renames the staging directory into place (atomic, as in the single-process writer).

* ``address="local"`` starts a ``LocalCluster`` of ``workers`` processes (one thread each:
  the extraction is pure Python, threads would share one core) and closes it afterwards.
* Any other address is a running scheduler (``dask scheduler`` / ``dask worker ADDRESS``).
  Its workers need this package and ``requirements-all.txt`` (or the default install and the
  ``scale`` group) installed, must read the corpus at
  the same path as the client, and must write into the directory of ``out`` (a shared file
  system). The paths are made absolute before they are sent.
* The actor registry is sent with the tasks (workers need no actors.yml).
* A bad article fails its task; the error (a ``CorpusError``) is raised here as is, the other
  tasks are cancelled and nothing is written.
"""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

from rhetoric.errors import RhetoricError
from rhetoric.store import parquet as store


class DaskError(RhetoricError):
    """The Dask cluster cannot be started or reached."""


def _task(table: str, paths: list[str], registry, folder: str, index: int) -> int:
    """Run on a worker: extract one partition and write its part file. Returns its rows."""
    return store.extract_partition(table, paths, registry, folder, index)


def _client(address: str, workers: int):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # the optional `scale` group
        raise DaskError(f"--dask needs dask.distributed ({exc}): install the 'scale' group "
                        f"(pip install --require-hashes -r requirements-all.txt, or make setup-test)") from None
    if address == "local":
        if workers < 1:
            raise DaskError(f"--workers must be at least 1, not {workers}")
        try:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR)
        except Exception as exc:  # noqa: BLE001 - any failure to start is one clear line
            raise DaskError(f"cannot start a local Dask cluster: {exc}") from None
        return Client(cluster), cluster
    try:
        return Client(address, timeout="10s"), None
    except Exception as exc:  # noqa: BLE001 - OSError, TimeoutError, ValueError for a bad address
        raise DaskError(f"cannot connect to the Dask scheduler at {address}: {exc} "
                        f"(start one with 'dask scheduler' and 'dask worker {address}', "
                        f"or use --dask local)") from None


def write_dataset_dask(corpus_dir: Path | str, out: Path | str, registry, table: str = "statements",
                       address: str = "local", partition_size: int = store.PARTITION_SIZE,
                       workers: int = 2, progress: bool = False) -> store.DatasetInfo:
    """``store.write_dataset`` with one Dask task per partition (see the module doc)."""
    spec = store.table_spec(table)
    parts = store.partitions(Path(corpus_dir).resolve(), partition_size)
    n_articles = parts.articles
    out = Path(out).absolute()
    staging = store.new_staging_dir(out)
    client = cluster = None
    try:
        client, cluster = _client(address, workers)
        from dask.distributed import as_completed

        futures = [client.submit(_task, spec.name, [str(p) for p in parts[index]], registry, str(staging),
                                 index, key=f"rhetoric-{spec.name}-{staging.name}-{index:05d}", pure=False)
                   for index in range(len(parts))]
        sizes = {f.key: len(parts[i]) for i, f in enumerate(futures)}
        bar = None
        if progress:
            from tqdm import tqdm

            bar = tqdm(total=n_articles, unit="article", desc=f"{spec.name} (dask)", file=sys.stderr)
        rows = 0
        try:
            for future in as_completed(futures):
                rows += future.result()
                if bar is not None:
                    bar.update(sizes[future.key])
        except BaseException:
            client.cancel(futures)
            raise
        finally:
            if bar is not None:
                bar.close()
        info = store.DatasetInfo(out, spec.name, n_articles, len(parts), rows, partition_size)
        missing = [store.part_name(i) for i in range(len(parts)) if not (staging / store.part_name(i)).is_file()]
        if missing:
            raise DaskError(f"{out}: the workers did not write {len(missing)} part file(s) "
                            f"({missing[0]}, …) into {staging}: do they share this file system?")
        return store.publish(staging, info)
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
