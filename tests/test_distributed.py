"""`--dask local` writes the same Parquet dataset as the single-process run (rhetoric.store.distributed)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rhetoric.cli import main

HERE = Path(__file__).resolve().parent
UNSEEN = HERE / "unseen" / "corpus"
ACTORS = HERE / "unseen" / "actors.yml"


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(UNSEEN, folder)
    return folder


@pytest.mark.slow  # starting a LocalCluster of two worker processes takes a few seconds
@pytest.mark.parametrize("command", ["extract", "events"])
def test_dask_local_writes_the_same_dataset_as_one_process(corpus, tmp_path, command):
    common = [command, str(corpus), "--actors", str(ACTORS), "--partition-size", "4", "--quiet"]
    assert main([*common, "--out", str(tmp_path / "single")]) == 0
    assert main([*common, "--out", str(tmp_path / "dask"), "--dask", "local", "--workers", "2"]) == 0
    single, dask = _files(tmp_path / "single"), _files(tmp_path / "dask")
    assert sorted(single) == ["_dataset.json"] + [f"part-{i:05d}.parquet" for i in range(4)]
    assert dask == single  # byte for byte, file for file (so row for row)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no staging left


@pytest.mark.slow
def test_dask_a_bad_article_is_one_error_line_and_nothing_is_written(corpus, tmp_path, capsys):
    (corpus / "u99_broken.md").write_text("---\nid: u99_broken\n---\nNo title.\n")
    argv = ["extract", str(corpus), "--actors", str(ACTORS), "--partition-size", "4", "--quiet",
            "--out", str(tmp_path / "dask"), "--dask", "local"]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and "u99_broken.md: missing required field" in err
    assert not (tmp_path / "dask").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus"]


def test_dask_needs_a_parquet_output(tmp_path, capsys):
    assert main(["extract", str(UNSEEN), "--actors", str(ACTORS), "--quiet", "--out",
                 str(tmp_path / "s.csv"), "--dask", "local"]) == 2
    assert "error: --dask writes a partitioned Parquet dataset" in capsys.readouterr().err


def test_dask_unreachable_scheduler_is_one_error_line(tmp_path, capsys, monkeypatch):
    from rhetoric.store import distributed

    class Refusing:
        def __init__(self, address, timeout=None):
            raise OSError(f"Timed out trying to connect to {address} after {timeout}")

    import dask.distributed

    monkeypatch.setattr(dask.distributed, "Client", Refusing)
    assert main(["extract", str(UNSEEN), "--actors", str(ACTORS), "--quiet", "--out",
                 str(tmp_path / "s"), "--dask", "tcp://127.0.0.1:9"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: cannot connect to the Dask scheduler at tcp://127.0.0.1:9")
    assert len(err.splitlines()) == 1
    assert not (tmp_path / "s").exists() and list(tmp_path.iterdir()) == []
    assert distributed.DaskError.__mro__[1].__name__ == "RhetoricError"
