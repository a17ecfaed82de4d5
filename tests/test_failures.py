"""Bad input and failures of the build and the command line (issue 8).

Each case asserts the exit code, the message, and that no file outside the output folder
changed: the repository's data/ and reports/ are hashed before and after every test, and so is
whatever else the test put beside its output folder. Notebooks are small fixtures
(tests/fixtures/) wherever a real report is not needed.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ANNOTATIONS, CORPUS, ROOT, article_text, run_cli

FIXTURES = ROOT / "tests" / "fixtures"


# --- helpers ------------------------------------------------------------------------------------

#: The lock file a build keeps beside OUT (empty, reused by every build of that OUT).
LOCK_SUFFIX = ".rhetoric-lock"


def tree_hash(folder: Path, exclude: Path | None = None) -> dict[str, str]:
    """sha256 of every file under folder (names relative to it), leaving out ``exclude`` and
    the build lock's file."""
    if not folder.exists():
        return {}
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*"))
            if p.is_file() and "__pycache__" not in p.parts and not p.name.endswith(LOCK_SUFFIX)
            and not (exclude is not None and p.is_relative_to(exclude))}


#: The project's folders that no failing case may change (hashed before and after every test).
GUARDED = ("data", "reports", "notebooks")


@pytest.fixture(autouse=True)
def repository_untouched():
    """No test of this file may change the study's input, its notebooks or its published reports."""
    before = {name: tree_hash(ROOT / name) for name in GUARDED}
    yield
    after = {name: tree_hash(ROOT / name) for name in GUARDED}
    for name in before:
        changed = sorted(k for k in before[name].keys() | after[name].keys()
                         if before[name].get(k) != after[name].get(k))
        assert not changed, f"{name}/ changed: {changed[:10]}"


def config(tmp_path: Path, *reports: tuple[str, str, dict], name: str = "reports.yml") -> Path:
    """A reports.yml listing (report name, fixture notebook, extra parameters)."""
    lines = ["title: T", "question: Q?", "reports:"]
    for report, notebook, params in reports:
        params = {"corpus_dir": "{corpus}", **params}
        lines += [f"  - name: {report}", f"    notebook: {notebook}", "    title: Fixture",
                  "    summary: S", f"    parameters: {json.dumps(params)}"]
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error:")]


def assert_one_clear_error(result, *needles: str) -> None:
    assert result.returncode != 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    lines = error_lines(result.stderr)
    assert len(lines) == 1, result.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]


def make_reports(corpus: Path, out: Path) -> subprocess.CompletedProcess:
    """``make reports CORPUS=… OUT=…``; -o keeps make from re-installing the environment."""
    return subprocess.run(["make", "--no-print-directory", "-o", ".venv/.installed", "reports",
                           f"CORPUS={corpus}", f"OUT={out}"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)


def staging_dirs(folder: Path) -> list[Path]:
    return list(folder.glob(".rhetoric-build-*"))


def is_running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


def _interruptible() -> None:
    """In the child: Ctrl-C as a terminal's foreground command gets it. A test suite started in
    the background by a shell without job control (``make test &``) runs with SIGINT ignored, and
    a child inherits that, so a build it starts would never see the test's Ctrl-C."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start_build(out: Path, cfg: Path, corpus: Path = CORPUS, env: dict | None = None) -> subprocess.Popen:
    """A build in its own process group, as a terminal runs it (Ctrl-C goes to the group)."""
    return subprocess.Popen([sys.executable, "-m", "rhetoric", "build", "--corpus", str(corpus),
                             "--out", str(out), "--config", str(cfg)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, env={**os.environ, **(env or {})}, preexec_fn=_interruptible)


def wait_for(predicate, timeout: float = 120, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


# --- the corpus folder ------------------------------------------------------------------------

@pytest.mark.parametrize("how", ["missing", "empty"])
@pytest.mark.parametrize("via", ["make", "cli"])
def test_missing_or_empty_corpus_folder_is_one_error_naming_it(tmp_path, how, via):
    corpus = tmp_path / "my-articles"
    if how == "empty":
        corpus.mkdir()
    out = tmp_path / "out"
    result = (make_reports(corpus, out) if via == "make"
              else run_cli("build", "--corpus", str(corpus), "--out", str(out)))
    expected = "corpus directory does not exist" if how == "missing" else "corpus directory has no .md articles"
    assert_one_clear_error(result, str(corpus), expected)
    assert not out.exists() and not staging_dirs(tmp_path)


def test_a_50_mb_article_is_refused_with_the_limit(tmp_path, write_article):
    big = write_article("big", article_text(id="big", body="Vučić said Serbia wanted peace.\n" * 1_650_000))
    assert big.stat().st_size > 50_000_000
    before = tree_hash(tmp_path)
    for args in (["validate", str(write_article.folder)],
                 ["extract", str(write_article.folder), "--out", str(tmp_path / "out" / "s.csv"), "--quiet"],
                 ["build", "--corpus", str(write_article.folder), "--out", str(tmp_path / "reports")]):
        result = run_cli(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert_one_clear_error(result, "big.md", "articles are limited to 5 MB")
    assert tree_hash(tmp_path) == before, "a refused article left files behind"


def test_extraction_goes_on_past_an_unbalanced_quote_and_flags_it(tmp_path, write_article):
    write_article("a1", body='Pashinyan said the deal with Azerbaijan was "a historic opportunity for peace.\n'
                           'Aliyev said "it is a victory for common sense."\n')
    out = tmp_path / "out" / "statements.csv"
    result = run_cli("extract", str(write_article.folder), "--out", str(out), "--quiet",
                     "--actors", str(ROOT / "tests" / "unseen" / "actors.yml"))
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    unbalanced = [r for r in rows if r["flag"] == "unbalanced quote"]
    assert unbalanced and unbalanced[0]["speaker"] == "pashinyan"
    assert "a historic opportunity" in unbalanced[0]["quote"]  # within the reported clause
    assert any(r["speaker"] == "aliyev" and r["flag"] != "unbalanced quote" for r in rows), \
        "extraction stopped at the unbalanced quote"


# --- where a build may write --------------------------------------------------------------------

#: OUT values that would write into the project or into the input, and the words of the refusal.
#: Relative values are relative to the repository (where ``make`` runs).
BAD_OUTS = {
    "notebooks": ("notebooks", "project's own folder notebooks/"),
    "a folder inside notebooks": ("notebooks/out", "project's own folder notebooks/"),
    "the study's corpus": ("data/corpus", "project's own folder data/"),
    "data": ("data", "project's own folder data/"),
    "src": ("src/rhetoric", "project's own folder src/"),
    "tests": ("tests/out", "project's own folder tests/"),
    "a folder inside reports": ("reports/mine", "project's own folder reports/"),
    "reports for another corpus": ("reports", "would replace the published reports"),
    "the repository itself": (".", "is the repository itself"),
    "the repository's parent": ("..", "is the repository itself (or holds it)"),
    "the corpus": ("{corpus}", "is the corpus folder"),
    "a folder inside the corpus": ("{corpus}/out", "lies inside the corpus folder"),
}


@pytest.mark.parametrize("case", list(BAD_OUTS))
def test_out_in_the_project_s_folders_or_the_corpus_is_refused_before_anything_is_written(tmp_path, write_article,
                                                                                         case):
    write_article("a1")
    out, needle = BAD_OUTS[case]
    out = out.format(corpus=write_article.folder)
    before = tree_hash(tmp_path), tree_hash(ROOT / "src"), tree_hash(ROOT / "tests")
    result = run_cli("build", "--corpus", str(write_article.folder), "--out", out)
    assert_one_clear_error(result, needle, "OUT=/tmp/my-reports")
    assert result.returncode == 2
    assert (tree_hash(tmp_path), tree_hash(ROOT / "src"), tree_hash(ROOT / "tests")) == before
    assert not (ROOT / "notebooks" / "out").exists() and not (ROOT / "tests" / "out").exists()
    assert not (ROOT / "reports" / "mine").exists() and not staging_dirs(ROOT) and not staging_dirs(ROOT.parent)


def test_make_reports_into_notebooks_is_refused_and_the_notebooks_stay(tmp_path, write_article):
    """The case of issue 19: ``make reports CORPUS=… OUT=notebooks`` overwrote the notebooks."""
    write_article("a1")
    result = make_reports(write_article.folder, Path("notebooks"))
    assert_one_clear_error(result, "OUT notebooks lies in the project's own folder notebooks/")


def test_the_study_may_still_build_into_reports_but_not_below_it():
    from rhetoric.paths import DEFAULT_CORPUS, DEFAULT_REPORTS
    from rhetoric.report.build_config import BuildError
    from rhetoric.report.out_dir import check_out

    check_out(DEFAULT_REPORTS, "reports", DEFAULT_CORPUS, "data/corpus")  # no error
    with pytest.raises(BuildError, match="project's own folder reports/"):
        check_out(DEFAULT_REPORTS / "sub", "reports/sub", DEFAULT_CORPUS, "data/corpus")


def test_a_new_folder_in_the_repository_is_a_valid_out(tmp_path):
    from rhetoric.paths import PROJECT_ROOT
    from rhetoric.report.out_dir import check_out

    check_out(PROJECT_ROOT / "my-reports", "my-reports", tmp_path / "corpus", "corpus")  # no error


def test_out_inside_the_annotations_is_refused(tmp_path, write_article):
    write_article("a1")
    annotations = tmp_path / "annotations"
    shutil.copytree(ANNOTATIONS, annotations)
    result = run_cli("build", "--corpus", str(write_article.folder), "--annotations", str(annotations),
                     "--out", str(annotations / "out"))
    assert_one_clear_error(result, "lies inside the annotations")
    assert not (annotations / "out").exists()


# --- annotations ------------------------------------------------------------------------------

def _corrupt(folder: Path, file: str, row: int, column: str, value) -> None:
    path = folder / file
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
        fields = list(rows[0].keys())
    if callable(value):
        value = value(rows[row])
    rows[row][column] = str(value)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


BAD_ANNOTATIONS = {
    "offsets that do not match the quote": ("statements.csv", 2, "start", lambda r: int(r["start"]) + 3, None),
    "unknown actor id": ("statements.csv", 4, "speaker", "nobody_known", "nobody_known"),
    "stance out of range": ("statements.csv", 5, "stance", 5, None),
    "unknown CAMEO code": ("statements.csv", 6, "cameo", "999", "999"),
    "event earliest after latest": ("events.csv", 3, "earliest", "2030-01-01", None),
}


@pytest.mark.parametrize("case", list(BAD_ANNOTATIONS))
def test_bad_annotations_stop_the_build_before_any_notebook(tmp_path, case):
    file, row, column, value, needle = BAD_ANNOTATIONS[case]
    annotations = tmp_path / "annotations"
    shutil.copytree(ANNOTATIONS, annotations)
    _corrupt(annotations, file, row, column, value)
    before = tree_hash(tmp_path)
    out = tmp_path / "out"
    result = run_cli("build", "--corpus", str(CORPUS), "--annotations", str(annotations), "--out", str(out))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "problem(s) in the annotations" in result.stderr
    where = f"{annotations / file}, row {row + 2}, column {column}"
    assert where in result.stderr, result.stderr
    if needle:
        assert needle in result.stderr
    assert not out.exists(), "a notebook ran (or the output folder was created) despite bad annotations"
    assert not staging_dirs(tmp_path)
    assert tree_hash(tmp_path) == before


# --- the build --------------------------------------------------------------------------------

def test_a_failed_build_of_another_corpus_leaves_reports_untouched(tmp_path, write_article):
    """make reports CORPUS=bad OUT=tmp, bad = a corpus with an invalid article (the fixture
    repository_untouched hashes every file of reports/ before and after)."""
    write_article("a1")
    write_article("a2", "no front matter here\n")
    out = tmp_path / "out"
    result = make_reports(write_article.folder, out)
    assert_one_clear_error(result, "a2.md", "has no front matter")
    assert not out.exists() and not staging_dirs(tmp_path)


@pytest.mark.slow
def test_a_notebook_that_raises_in_a_forked_build_leaves_reports_and_out_untouched(tmp_path, write_article):
    write_article("a1")
    out = tmp_path / "out"
    out.mkdir()
    (out / "tiny.html").write_text("the last good report\n", encoding="utf-8")
    (out / "tiny.ipynb").write_text("{}\n", encoding="utf-8")
    (out / "fine.html").write_text("the last good report of another corpus\n", encoding="utf-8")
    cfg = config(tmp_path, ("tiny", "tests/fixtures/failing.ipynb", {}), ("fine", "tests/fixtures/tiny.ipynb", {}))
    before = tree_hash(tmp_path)
    result = run_cli("build", "--corpus", str(write_article.folder), "--out", str(out), "--config", str(cfg))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "error: report 'tiny' failed in cell 4 (cell #4 of tests/fixtures/failing.ipynb): " \
           "ValueError: broken on purpose" in result.stderr
    assert "built       fine" in result.stderr  # it ran, but is not published alone: OUT never mixes builds
    assert "none was published" in result.stderr and "previous files of those reports are unchanged" in result.stderr
    assert tree_hash(tmp_path) == before, "the failed build changed files"


@pytest.mark.slow
@pytest.mark.parametrize("how", ["ctrl-c", "sigterm"])
def test_ctrl_c_during_a_build_leaves_no_partial_files(tmp_path, how):
    """Ctrl-C (SIGINT to the terminal's process group), or SIGTERM to the build alone (what
    ``kill PID`` and service managers send)."""
    out = tmp_path / "out"
    out.mkdir()
    for name, text in (("slow.html", "previous html\n"), ("slow.ipynb", "{}\n"), ("index.html", "previous index\n")):
        (out / name).write_text(text, encoding="utf-8")
    (out / "figures" / "slow").mkdir(parents=True)
    (out / "figures" / "slow" / "chart.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    cfg = config(tmp_path, ("slow", "tests/fixtures/slow.ipynb", {"seconds": 120}))
    before = tree_hash(tmp_path)

    build = start_build(out, cfg)
    try:
        started = lambda: list(tmp_path.glob(".rhetoric-build-*/started.json"))  # noqa: E731
        wait_for(lambda: started() or build.poll() is not None, what="the notebook to start")
        assert build.poll() is None, build.communicate()[1]
        time.sleep(0.3)
        kernel = json.loads(started()[0].read_text(encoding="utf-8"))
        assert kernel["transport"] == "ipc", "kernels must not use TCP ports (parallel workers race for them)"
        if how == "ctrl-c":
            os.killpg(build.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
        else:
            os.kill(build.pid, signal.SIGTERM)
        _, stderr = build.communicate(timeout=60)
    finally:
        if build.poll() is None:
            os.killpg(build.pid, signal.SIGKILL)
    assert build.returncode == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr, stderr
    assert not staging_dirs(tmp_path), "staging folder left behind"
    assert tree_hash(tmp_path) == before, "the interrupted build changed or left files"
    assert not Path(kernel["connection_file"]).parent.exists(), "the kernel's socket folder was left"
    assert not Path(kernel["connection_file"]).parent.parent.exists(), "the build's kernels folder was left"
    wait_for(lambda: not is_running(kernel["pid"]), timeout=10, what="the kernel to stop")


@pytest.mark.slow
@pytest.mark.parametrize("tmpdirs", ["same", "different"])
def test_two_builds_into_the_same_folder_take_turns(tmp_path, tmpdirs):
    """Whatever their $TMPDIR (the lock once lived there, and two builds with different ones
    ran at once and destroyed each other's staging)."""
    out = tmp_path / "out"
    cfg = config(tmp_path, ("slow", "tests/fixtures/slow.ipynb", {"seconds": 2}))
    envs = [{}, {}]
    if tmpdirs == "different":
        for i in (0, 1):
            (tmp_path / f"tmp{i}").mkdir()
            envs[i] = {"TMPDIR": str(tmp_path / f"tmp{i}")}
    first = start_build(out, cfg, env=envs[0])
    second = start_build(out, cfg, env=envs[1])
    results = [p.communicate(timeout=300) for p in (first, second)]
    for p, (_, err) in zip((first, second), results):
        assert p.returncode == 0, err
    stderrs = [err for _, err in results]
    waited = [err for err in stderrs if "another build of" in err and "; waiting for it" in err]
    assert len(waited) == 1, stderrs
    assert re.search(r"is running \(pid \d+ on [^,]+, since \d{4}-\d\d-\d\dT", waited[0]), waited[0]
    assert "up to date  slow" in waited[0] and "built 0 of 1" in waited[0]
    assert sum("built 1 of 1" in err for err in stderrs) == 1
    nb = json.loads((out / "slow.ipynb").read_text(encoding="utf-8"))
    assert len(nb["metadata"]["rhetoric"]["inputs_sha256"]) == 64
    assert (out / "slow.html").read_text(encoding="utf-8").rstrip().endswith("</html>")
    assert 'href="slow.html"' in (out / "index.html").read_text(encoding="utf-8")
    assert not staging_dirs(tmp_path) and not list(out.glob(".*.tmp"))
    assert [p.name for p in tmp_path.glob(".*rhetoric-lock*")] == [".out.rhetoric-lock"], \
        "the lock's holder file was left beside OUT"


def worker_pids(build_pid: int) -> list[int]:
    """The processes whose parent is ``build_pid`` (its report workers)."""
    children = Path(f"/proc/{build_pid}/task/{build_pid}/children")
    return [int(p) for p in children.read_text().split()] if children.exists() else []


@pytest.mark.slow
def test_a_build_after_kill_9_of_the_previous_one_finishes(tmp_path):
    """kill -9 of a build's main process: its workers and kernel die with it, and the next
    build neither waits on it nor trips over what it left (issue 19)."""
    out = tmp_path / "out"
    slow = config(tmp_path, ("slow", "tests/fixtures/slow.ipynb", {"seconds": 300}))
    first = start_build(out, slow)
    try:
        started = lambda: list(tmp_path.glob(".rhetoric-build-*/started.json"))  # noqa: E731
        wait_for(lambda: started() or first.poll() is not None, what="the notebook to start")
        assert first.poll() is None, first.communicate()[1]
        time.sleep(0.3)
        kernel = json.loads(started()[0].read_text(encoding="utf-8"))
        workers = worker_pids(first.pid)
        assert workers, "no worker process found"
        assert list(tmp_path.glob(".out.rhetoric-lock")), "the lock is not beside OUT"
        os.kill(first.pid, signal.SIGKILL)
        first.communicate(timeout=30)
    finally:
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGKILL)
    for pid in workers:
        wait_for(lambda pid=pid: not is_running(pid), timeout=30, what=f"worker {pid} to die with its build")
    wait_for(lambda: not is_running(kernel["pid"]), timeout=30, what="the kernel to stop")

    quick = config(tmp_path, ("slow", "tests/fixtures/slow.ipynb", {"seconds": 1}), name="quick.yml")
    started_at = time.monotonic()
    second = start_build(out, quick)
    _, stderr = second.communicate(timeout=300)
    assert second.returncode == 0, stderr
    assert "waiting" not in stderr, stderr
    assert "built 1 of 1" in stderr and time.monotonic() - started_at < 120
    assert (out / "slow.html").is_file() and not staging_dirs(tmp_path)
    assert [p.name for p in tmp_path.glob(".*rhetoric-lock*")] == [".out.rhetoric-lock"]
    assert not Path(kernel["connection_file"]).parent.parent.exists(), "the dead build's kernels folder was left"


# --- publishing ---------------------------------------------------------------------------------

def _finished_report(staging_root: Path, out: Path, name: str, version: str):
    """A Job whose staging folder holds a finished report (HTML, notebook, one figure)."""
    from types import SimpleNamespace

    staging = staging_root / f".rhetoric-build-test-{name}"
    (staging / "figures" / name).mkdir(parents=True)
    (staging / "figures" / name / "chart.csv").write_text(f"{version}\n", encoding="utf-8")
    (staging / f"{name}.ipynb").write_text(f'{{"v": "{version}"}}\n', encoding="utf-8")
    (staging / f"{name}.html").write_text(f"<html>{version}</html>\n", encoding="utf-8")
    return SimpleNamespace(name=name, staging=staging, out_dir=out)


def _previous_reports(out: Path, names=("a", "b")) -> None:
    for name in names:
        (out / "figures" / name).mkdir(parents=True)
        (out / "figures" / name / "chart.csv").write_text("old\n", encoding="utf-8")
        (out / f"{name}.ipynb").write_text('{"v": "old"}\n', encoding="utf-8")
        (out / f"{name}.html").write_text("<html>old</html>\n", encoding="utf-8")


@pytest.mark.parametrize("fail_at", [1, 2, 3, 4, 5, 6])
def test_a_failure_while_publishing_leaves_every_previous_report_whole(tmp_path, monkeypatch, fail_at):
    """The n-th move into OUT fails (a read-only folder, a full disk): nothing of the new
    reports is left in OUT and every previous file is back, figures included."""
    from rhetoric.report import publish

    out = tmp_path / "out"
    _previous_reports(out)
    jobs = [_finished_report(tmp_path, out, name, "new") for name in ("a", "b")]
    before = tree_hash(out)
    real, calls = os.replace, []

    def failing_replace(src, dst):
        calls.append(dst)
        if len(calls) == fail_at:
            raise PermissionError(13, "Permission denied", str(dst))
        return real(src, dst)

    monkeypatch.setattr(publish.os, "replace", failing_replace)
    with pytest.raises(PermissionError):
        publish.publish_all(jobs)
    monkeypatch.setattr(publish.os, "replace", real)
    assert tree_hash(out) == before
    assert sorted(p.name for p in out.iterdir()) == ["a.html", "a.ipynb", "b.html", "b.ipynb", "figures"]


def test_reports_are_published_together_across_filesystems(tmp_path):
    """Staging on another filesystem than OUT (OUT a mount point): copied beside each target
    first, then renamed; no EXDEV."""
    import tempfile

    from rhetoric.report.publish import publish_all

    shm = Path("/dev/shm")
    if not shm.is_dir() or os.stat(shm).st_dev == os.stat(tmp_path).st_dev:
        pytest.skip("needs /dev/shm on another filesystem than the test's folder")
    out = tmp_path / "out"
    _previous_reports(out)
    staging_root = Path(tempfile.mkdtemp(dir=shm, prefix="rhetoric-test-"))
    try:
        publish_all([_finished_report(staging_root, out, name, "new") for name in ("a", "b")])
    finally:
        shutil.rmtree(staging_root)
    assert (out / "figures" / "a" / "chart.csv").read_text(encoding="utf-8") == "new\n"
    assert (out / "b.html").read_text(encoding="utf-8") == "<html>new</html>\n"
    assert sorted(p.name for p in out.iterdir()) == ["a.html", "a.ipynb", "b.html", "b.ipynb", "figures"]


# --- validate refuses what the build would fail on (issue 19) ------------------------------------

@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31", "1799-12-31", "2201-01-01"])
@pytest.mark.parametrize("field", ["published", "published_earliest"])
def test_a_publication_date_out_of_range_is_refused_naming_the_file(tmp_path, write_article, date, field):
    if field == "published":
        path = write_article("a1", published=date)
    else:
        path = write_article("a1", published="2025-10-10", published_precision="estimated",
                             published_earliest=date, published_latest="2025-10-12")
    before = tree_hash(tmp_path)
    for args in (["validate", str(write_article.folder)],
                 ["build", "--corpus", str(write_article.folder), "--out", str(tmp_path / "out")]):
        result = run_cli(*args)
        assert result.returncode == 2, result.stderr
        assert_one_clear_error(result, str(path), f"field '{field}'", f"{date} is out of range",
                               "between 1800-01-01 and 2200-12-31")
    assert tree_hash(tmp_path) == before


def test_the_edges_of_the_date_range_are_valid(tmp_path, write_article):
    write_article("a1", published="1800-01-01")
    write_article("a2", published="2200-12-31")
    assert run_cli("validate", str(write_article.folder)).returncode == 0


@pytest.mark.parametrize("alias, needle", [("''", "an alias is empty"), ("'  '", "an alias is empty"),
                                           ("I", "alias 'I' is a single character"),
                                           ("a", "alias 'a' is a single character")])
def test_an_empty_or_one_letter_alias_is_refused_naming_the_file(tmp_path, write_article, alias, needle):
    write_article("a1", body="Vučić said Serbia wanted peace. I think a deal is near, he said.")
    actors = tmp_path / "actors.yml"  # beside the corpus folder: the corpus's own registry
    actors.write_text("actors:\n"
                      "  - {id: vucic, name: Aleksandar Vučić, kind: person, aliases: [Vučić, " + alias + "]}\n"
                      "  - {id: serbia, name: Serbia, kind: state, aliases: [Serbia]}\n", encoding="utf-8")
    before = tree_hash(tmp_path)
    for args in (["validate", str(write_article.folder)],
                 ["build", "--corpus", str(write_article.folder), "--out", str(tmp_path / "out")]):
        result = run_cli(*args)
        assert result.returncode == 2, result.stderr
        assert_one_clear_error(result, str(actors), "aliases", needle)
    assert tree_hash(tmp_path) == before


def test_an_empty_actor_name_is_refused(tmp_path, write_article):
    write_article("a1")
    (tmp_path / "actors.yml").write_text("actors:\n  - {id: x, name: ' ', kind: person}\n", encoding="utf-8")
    assert_one_clear_error(run_cli("validate", str(write_article.folder)), "name is empty")


def test_an_unsupported_language_is_listed_as_not_analysed_not_refused(tmp_path, write_article):
    """Issue 15 decided it: ``language: xx`` is no error; such an article is not extracted, and
    the build and extract say so (see also tests/test_languages.py)."""
    write_article("a1")
    write_article("a2", language="xx", body="Vučić said Serbia wanted peace.")
    assert run_cli("validate", str(write_article.folder)).returncode == 0
    out = tmp_path / "s.csv"
    result = run_cli("extract", str(write_article.folder), "--out", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    assert "note: a2: not extracted: language 'xx' has no extractor" in result.stderr
    assert "a2" not in out.read_text(encoding="utf-8")


# --- one error line, never a traceback or a crash (issue 19) -------------------------------------

DEEP = {"flow": "a: " + "[" * 50_000 + "]" * 50_000, "block": "a:\n" + "- " * 50_000 + "x"}


@pytest.mark.parametrize("style", list(DEEP))
def test_front_matter_nested_50000_levels_deep_is_one_error_not_a_segfault(tmp_path, write_article, style):
    path = write_article("a1", f"---\nid: a1\ntitle: T\noutlet: null\npublished: 2025-10-10\nlanguage: en\n"
                               f"{DEEP[style]}\n---\nVučić said Serbia wanted peace.\n")
    assert path.stat().st_size > 100_000
    before = tree_hash(tmp_path)
    for args in (["validate", str(write_article.folder)],
                 ["build", "--corpus", str(write_article.folder), "--out", str(tmp_path / "out")]):
        result = run_cli(*args)
        assert result.returncode == 2, (args, result.returncode, result.stderr[-500:])
        assert_one_clear_error(result, str(path), "front matter is nested too deeply")
    assert tree_hash(tmp_path) == before


@pytest.mark.parametrize("style", list(DEEP))
def test_an_actor_registry_nested_50000_levels_deep_is_one_error(tmp_path, write_article, style):
    write_article("a1")
    actors = tmp_path / "actors.yml"
    actors.write_text(DEEP[style] + "\n", encoding="utf-8")
    result = run_cli("validate", str(write_article.folder))
    assert result.returncode == 2, result.stderr[-500:]
    assert_one_clear_error(result, str(actors), "is nested too deeply")


def test_real_front_matter_and_registries_are_far_from_the_nesting_limit():
    from rhetoric.yaml_limits import MAX_NESTING, nesting_depth

    registries = [ROOT / "data" / "actors.yml", *ROOT.glob("tests/**/actors.yml"), ROOT / "reports.yml"]
    for path in registries:
        assert nesting_depth(path.read_text(encoding="utf-8")) <= MAX_NESTING // 4, path
    assert nesting_depth("a: 'x[[[['\nb: \"[[\\\"[[\"\nc: Norland's [x]\n") == 2


def test_an_unreadable_article_is_one_error_naming_it(tmp_path, write_article, monkeypatch, capsys):
    """Permissions cannot be tested as root (the tests' user here), so reading is made to fail
    as it does for anyone else: PermissionError from the read."""
    from rhetoric import cli

    write_article("a1")
    locked = write_article("a2")
    real = Path.read_bytes

    def read_bytes(self):
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    assert cli.main(["validate", str(write_article.folder)]) == 2
    err = capsys.readouterr().err
    assert error_lines(err) == [f"error: {locked}: cannot be read (Permission denied)"], err


def test_out_that_is_an_existing_file_is_one_error(tmp_path, write_article):
    write_article("a1")
    out = tmp_path / "out.html"
    out.write_text("not a folder\n", encoding="utf-8")
    before = tree_hash(tmp_path)
    result = run_cli("build", "--corpus", str(write_article.folder), "--out", str(out))
    assert_one_clear_error(result, f"OUT {out} is an existing file, not a folder")
    result = run_cli("build", "--corpus", str(write_article.folder), "--out", str(out / "sub"))
    assert_one_clear_error(result, "is a file, so no folder can be made there")
    assert tree_hash(tmp_path) == before


def test_out_whose_folder_cannot_be_written_is_one_error(tmp_path, write_article, monkeypatch):
    """As root every folder is writable, so the check's answer is stood in for; the real case
    is a read-only file system (test_a_read_only_out_is_refused_and_left_whole)."""
    from rhetoric.report import out_dir
    from rhetoric.report.build_config import BuildError

    parent = tmp_path / "locked"
    parent.mkdir()
    monkeypatch.setattr(out_dir.os, "access", lambda path, mode: Path(path) != parent)
    with pytest.raises(BuildError, match=f"the folder {parent} cannot be written"):
        out_dir.check_out(parent / "out", "locked/out", write_article.folder, "corpus")


@pytest.mark.parametrize("data", [b"caf\xe9 au lait\n", b"\xff\xfe\x00a\n"])
def test_new_article_from_standard_input_that_is_not_utf8_is_one_error(tmp_path, data):
    corpus = tmp_path / "corpus"
    result = subprocess.run([sys.executable, "-m", "rhetoric", "new-article", str(corpus), "--id", "a1",
                             "--title", "T", "--published", "2025-01-01", "--from", "-"],
                            cwd=ROOT, input=data, capture_output=True, timeout=120)
    result = subprocess.CompletedProcess(result.args, result.returncode, result.stdout.decode(),
                                         result.stderr.decode("utf-8", "replace"))
    assert result.returncode == 2
    assert_one_clear_error(result, "standard input: is not valid UTF-8")
    assert not corpus.exists()


def test_new_article_from_standard_input_keeps_utf8_text_as_given(tmp_path):
    corpus = tmp_path / "corpus"
    text = "Vučić said “peace”.\r\nSecond line, café.\n"
    result = subprocess.run([sys.executable, "-m", "rhetoric", "new-article", str(corpus), "--id", "a1",
                             "--title", "T", "--published", "2025-01-01", "--from", "-"],
                            cwd=ROOT, input=text.encode("utf-8"), capture_output=True, timeout=120,
                            env={**os.environ, "LC_ALL": "C", "PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0, result.stderr
    from rhetoric.corpus import read_article

    assert read_article(corpus / "a1.md").body == text


def test_an_os_error_anywhere_is_one_line_naming_the_cause(monkeypatch, capsys):
    """A full disk where no test can fill one: the command line's last resort for OSError."""
    import errno

    from rhetoric import cli

    def full(args):
        raise OSError(errno.ENOSPC, "No space left on device", "/some/out/stance.html")

    monkeypatch.setattr(cli, "cmd_validate", full)
    assert cli.main(["validate", "x"]) == 1
    err = capsys.readouterr().err
    assert error_lines(err) == ["error: No space left on device (/some/out/stance.html): the disk is full"], err


# OUT on a file system of its own: a small tmpfs mounted in a private mount namespace
# (``unshare -m``; skipped where the system does not allow one).

def _can_mount() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c",
                            "mount -t tmpfs -o size=64k tmpfs /mnt 2>/dev/null || "
                            "mount -t tmpfs -o size=64k tmpfs /tmp"], capture_output=True)
    return probe.returncode == 0


needs_mount = pytest.mark.skipif(not _can_mount(), reason="no private mount namespace (unshare -m) here")


def build_on_tmpfs(out: Path, size: str, corpus: Path, cfg: Path, read_only: bool = False):
    """``python -m rhetoric build`` with OUT a fresh tmpfs of ``size`` holding OUT's current
    files (copied in first), read-only if asked; returns the result and OUT's files after."""
    import shlex

    keep = out.parent / "previous"
    shutil.copytree(out, keep)
    q = shlex.quote
    script = (f"set -e; mount -t tmpfs -o size={size} tmpfs {q(str(out))}; cp -a {q(str(keep))}/. {q(str(out))}/; "
              + (f"mount -o remount,ro {q(str(out))}; " if read_only else "")
              + f"set +e; {q(sys.executable)} -m rhetoric build --corpus {q(str(corpus))} --out {q(str(out))} "
              f"--config {q(str(cfg))}; rc=$?; "
              f"{q(sys.executable)} -c 'import sys, json, hashlib, pathlib; o = pathlib.Path(sys.argv[1]); "
              f"json.dump({{p.relative_to(o).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() "
              f"for p in o.rglob(\"*\") if p.is_file()}}, open(sys.argv[2], \"w\"))' {q(str(out))} "
              f"{q(str(out.parent / 'after.json'))}; exit $rc")
    result = subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c", script],
                            cwd=ROOT, capture_output=True, text=True, timeout=600)
    after = json.loads((out.parent / "after.json").read_text(encoding="utf-8"))
    shutil.rmtree(keep)
    (out.parent / "after.json").unlink()
    return result, after


def _previous_out(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    (out / "figures" / "tiny").mkdir(parents=True)
    (out / "figures" / "tiny" / "chart.csv").write_text("old\n", encoding="utf-8")
    (out / "tiny.html").write_text("the last good report\n", encoding="utf-8")
    (out / "tiny.ipynb").write_text("{}\n", encoding="utf-8")
    (out / "index.html").write_text("the last good index\n", encoding="utf-8")
    return out


@pytest.mark.slow
@needs_mount
def test_out_on_another_file_system_is_built_without_exdev(tmp_path, write_article):
    write_article("a1")
    out = _previous_out(tmp_path)
    cfg = config(tmp_path, ("tiny", "tests/fixtures/tiny.ipynb", {}))
    result, after = build_on_tmpfs(out, "64m", write_article.folder, cfg)
    assert result.returncode == 0, result.stderr
    assert "built 1 of 1" in result.stderr and "Traceback" not in result.stderr
    assert "tiny.html" in after and "index.html" in after and not [k for k in after if "rhetoric" in k]
    assert not staging_dirs(tmp_path)


@pytest.mark.slow
@needs_mount
def test_a_full_disk_is_one_error_and_the_previous_reports_stay_whole(tmp_path, write_article):
    write_article("a1")
    out = _previous_out(tmp_path)
    before = tree_hash(out)
    cfg = config(tmp_path, ("tiny", "tests/fixtures/tiny.ipynb", {}))
    result, after = build_on_tmpfs(out, "48k", write_article.folder, cfg)  # the report's page is larger
    assert_one_clear_error(result, "could not publish the reports into", "No space left on device",
                           "the previous reports there are unchanged")
    assert after == before
    assert not staging_dirs(tmp_path)


@pytest.mark.slow
@needs_mount
def test_a_read_only_out_is_refused_and_left_whole(tmp_path, write_article):
    write_article("a1")
    out = _previous_out(tmp_path)
    before = tree_hash(out)
    cfg = config(tmp_path, ("tiny", "tests/fixtures/tiny.ipynb", {}))
    result, after = build_on_tmpfs(out, "64m", write_article.folder, cfg, read_only=True)
    assert_one_clear_error(result, f"OUT {out}", "cannot be written")
    assert "interrupted" not in result.stderr
    assert after == before
    assert not staging_dirs(tmp_path)


# --- what is skipped, and said (issue 19) ---------------------------------------------------------

def test_entries_that_look_like_articles_but_are_not_read_are_named(tmp_path, write_article):
    write_article("a1")
    folder = write_article.folder
    (folder / "a2.MD").write_text(article_text(id="a2"), encoding="utf-8")
    (folder / "folder.md").mkdir()
    os.mkfifo(folder / "pipe.md")
    (folder / "loop.md").symlink_to(folder / "loop.md")
    outside = tmp_path / "elsewhere.md"
    outside.write_text(article_text(id="outside"), encoding="utf-8")
    (folder / "outside.md").symlink_to(outside)
    result = run_cli("validate", str(folder))
    assert result.returncode == 0, result.stderr
    assert "1 articles" in result.stdout
    notes = [line for line in result.stderr.splitlines() if line.startswith("note:")]
    expected = {"a2.MD": "is named '.MD', not '.md'", "folder.md": "is a folder",
                "pipe.md": "is not a regular file (a pipe", "loop.md": "is a symbolic link that loops",
                "outside.md": f"is a symbolic link to {outside}, outside the corpus folder"}
    assert len(notes) == len(expected), notes
    for name, why in expected.items():
        assert any(f"{folder / name}: skipped: {why}" in note for note in notes), (name, notes)


def test_a_corpus_of_only_skipped_entries_says_what_was_skipped(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a1.MD").write_text(article_text(id="a1"), encoding="utf-8")
    result = run_cli("validate", str(folder))
    assert_one_clear_error(result, "has no .md articles", "a1.MD is named '.MD'")


def test_a_utf8_byte_order_mark_is_accepted_and_the_body_is_unchanged(tmp_path, write_article):
    from rhetoric.corpus import read_article

    text = article_text(id="a1", body="Vučić said Serbia wanted peace.\n")
    path = write_article("a1", "\ufeff".encode() + text.encode("utf-8"))
    assert read_article(path).body == "Vučić said Serbia wanted peace.\n"
    assert run_cli("validate", str(write_article.folder)).returncode == 0


def test_cr_only_line_endings_are_named_as_the_problem(tmp_path, write_article):
    path = write_article("a1", article_text(id="a1").replace("\n", "\r").encode("utf-8"))
    result = run_cli("validate", str(write_article.folder))
    assert_one_clear_error(result, str(path), "old Mac line endings (CR only)")


@pytest.mark.slow
def test_a_kernel_that_dies_is_one_error_naming_memory_as_the_likely_cause(tmp_path, write_article):
    write_article("a1")
    out = tmp_path / "out"
    cfg = config(tmp_path, ("dies", "tests/fixtures/dies.ipynb", {}))
    result = run_cli("build", "--corpus", str(write_article.folder), "--out", str(out), "--config", str(cfg))
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    lines = error_lines(result.stderr)
    assert lines[0].startswith("error: report 'dies': the kernel failed: Kernel died"), lines
    assert "most likely it ran out of memory" in lines[0], lines
    assert not (out / "dies.html").exists() and not staging_dirs(tmp_path)
