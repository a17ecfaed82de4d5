import json
import shutil
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT, run_cli

from rhetoric.actors import actors_for_corpus
from rhetoric.report import build as b
from rhetoric.report import build_config, fingerprint, index_page, render


def _config(tmp_path: Path, notebook: str, name: str = "tiny") -> Path:
    path = tmp_path / "reports.yml"
    path.write_text(
        "title: T\nquestion: Q?\nreports:\n"
        f"  - name: {name}\n    notebook: {notebook}\n    title: Tiny\n    summary: S\n"
        "    parameters: {corpus_dir: '{corpus}'}\n", encoding="utf-8")
    return path


def _snapshot(folder: Path) -> dict:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_committed_reports_are_built_from_the_current_inputs():
    cfg = build_config.load_config(ROOT / "reports.yml")
    jobs = b.plan(cfg, b.DEFAULT_CORPUS, b.DEFAULT_OUT, b.DEFAULT_ANNOTATIONS,
                  actors_for_corpus(b.DEFAULT_CORPUS), None)
    stale = [j.name for j in jobs if not fingerprint.is_up_to_date(j)]
    from rhetoric.report.reader import STAMP, reader_inputs_sha256

    stamp = b.DEFAULT_OUT / "articles" / STAMP
    digest = reader_inputs_sha256(b.DEFAULT_CORPUS, b.DEFAULT_ANNOTATIONS, actors_for_corpus(b.DEFAULT_CORPUS))
    if not (stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == digest):
        stale.append("articles/ (the reader pages)")
    assert not stale, f"reports/ is stale for {stale}: run `make reports` and commit reports/"


def test_every_configured_report_has_its_html_and_the_index_links_it():
    cfg = build_config.load_config(ROOT / "reports.yml")
    index = (ROOT / "reports" / "index.html").read_text(encoding="utf-8")
    for report in cfg.reports:
        assert (ROOT / "reports" / f"{report.name}.html").is_file()
        assert f'href="{report.name}.html"' in index


def test_committed_notebooks_carry_no_timestamps_or_durations():
    for path in (ROOT / "reports").glob("*.ipynb"):
        text = path.read_text(encoding="utf-8")
        for volatile in ('"start_time"', '"end_time"', '"duration"', '"iopub.execute_input"'):
            assert volatile not in text, f"{path.name} contains {volatile}"


def test_paths_inside_the_project_are_injected_relative_to_the_output_folder():
    assert b._path_param(ROOT / "data" / "corpus", ROOT / "reports") == "../data/corpus"
    assert b._path_param(Path("/elsewhere/corpus"), ROOT / "reports") == "/elsewhere/corpus"


def test_chart_spec_cannot_close_its_script_element():
    import nbformat

    from rhetoric.report.charts import MIMETYPE

    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("")
    cell.outputs = [nbformat.v4.new_output("display_data", data={
        MIMETYPE: {"title": "</script><script>alert(1)</script>", "mark": "point"}})]
    nb.cells = [cell]
    assert render._chart_outputs_to_html(nb) == 1
    html = cell.outputs[0]["data"]["text/html"]
    assert html.count("</script>") == 1 and "<script>alert" not in html
    assert 'aria-label="&lt;/script&gt;' in html


def test_config_errors_name_the_file_and_the_field(tmp_path):
    bad = tmp_path / "reports.yml"
    bad.write_text("title: T\nquestion: Q\nreports:\n  - name: Bad Name\n    notebook: x\n", encoding="utf-8")
    with pytest.raises(build_config.BuildError, match=r"reports.yml: reports.0.name"):
        build_config.load_config(bad)


def test_another_corpus_cannot_be_built_into_the_published_reports(tmp_path):
    result = run_cli("build", "--corpus", str(tmp_path), "--out", "reports")
    assert result.returncode == 2 and "would replace the published reports" in result.stderr


def test_unknown_report_name_lists_the_valid_ones(tmp_path):
    result = run_cli("build", "--out", str(tmp_path / "out"), "--only", "nope")
    assert result.returncode == 2 and "unknown report nope; reports: corpus_overview" in result.stderr


@pytest.mark.slow
def test_same_inputs_build_byte_identical_reports(tmp_path):
    outs = []
    for n in (1, 2):
        out = tmp_path / f"out{n}"
        assert b.build_reports(corpus=str(CORPUS), out=str(out), only=["corpus_overview"]) == 0
        outs.append(_snapshot(out))
    assert outs[0].keys() == outs[1].keys() and "corpus_overview.html" in outs[0]
    for name in outs[0]:
        assert outs[0][name] == outs[1][name], f"{name} differs between two builds"


@pytest.mark.slow
def test_failing_notebook_names_report_and_cell_and_keeps_the_previous_report(tmp_path, capsys):
    out = tmp_path / "out"
    good = _config(tmp_path, "tests/fixtures/tiny.ipynb")
    assert b.build_reports(corpus=str(CORPUS), out=str(out), config=str(good)) == 0
    before = _snapshot(out)
    assert {"tiny.ipynb", "tiny.html", "index.html"} <= before.keys()

    bad = _config(tmp_path, "tests/fixtures/failing.ipynb")
    assert b.build_reports(corpus=str(CORPUS), out=str(out), config=str(bad)) == 1
    err = capsys.readouterr().err
    assert "report 'tiny' failed in cell" in err and "ValueError: broken on purpose" in err
    assert "failing.ipynb" in err
    assert _snapshot(out) == before
    assert not list(tmp_path.glob(".rhetoric-build-*")), "staging folder left behind"


@pytest.mark.slow
def test_second_build_with_unchanged_inputs_runs_no_notebook(tmp_path, capsys):
    out = tmp_path / "out"
    cfg = _config(tmp_path, "tests/fixtures/tiny.ipynb")
    assert b.build_reports(corpus=str(CORPUS), out=str(out), config=str(cfg)) == 0
    capsys.readouterr()
    assert b.build_reports(corpus=str(CORPUS), out=str(out), config=str(cfg)) == 0
    err = capsys.readouterr().err
    assert "up to date  tiny" in err and "built 0 of 1" in err


def test_executed_notebook_records_parameters_and_inputs_hash():
    nb = json.loads((ROOT / "reports" / "corpus_overview.ipynb").read_text(encoding="utf-8"))
    meta = nb["metadata"]["rhetoric"]
    assert meta["parameters"]["corpus_dir"] == "../data/corpus"
    assert len(meta["inputs_sha256"]) == 64
    html = (ROOT / "reports" / "corpus_overview.html").read_text(encoding="utf-8")
    assert meta["inputs_sha256"] in html and "../data/corpus" in html


def test_index_renders_findings_markdown_and_escapes_markup():
    html = str(index_page._markdown("**2 articles** <img src=x onerror=alert(1)>"))
    assert "<strong>2 articles</strong>" in html
    assert "<img" not in html and "&lt;img" in html
    index = (ROOT / "reports" / "index.html").read_text(encoding="utf-8")
    assert "**" not in index and "<strong>" in index


# --- incremental builds: which package code a report depends on ----------------------------

def _fake_package(tmp_path: Path, monkeypatch) -> Path:
    """A package 'rhetoric' in tmp_path with known imports, in place of the real one."""
    pkg = tmp_path / "pkg" / "rhetoric"
    (pkg / "data").mkdir(parents=True)
    (pkg / "report" / "templates").mkdir(parents=True)
    files = {
        "__init__.py": "",
        "report/__init__.py": "",
        "report/build.py": "from rhetoric.errors import RhetoricError\n",
        "errors.py": "",
        "a.py": "def f():\n    from rhetoric.b import g  # a function-level import\n    return g()\n",
        "b.py": "from . import c\n\ndef g():\n    return c.h()\n",
        "c.py": "def h():\n    return 1\n",
        "d.py": "import rhetoric.e\n",
        "e.py": "",
        "data/table.csv": "x\n1\n",
        "report/templates/page.j2": "{{ x }}\n",
    }
    for name, text in files.items():
        (pkg / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(fingerprint, "PACKAGE_DIR", pkg)
    return pkg


def _notebook(tmp_path: Path, *sources: str) -> Path:
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(s) for s in sources]
    path = tmp_path / "nb.ipynb"
    nbformat.write(nb, str(path))
    return path


def test_package_inputs_are_the_modules_a_notebook_imports_transitively(tmp_path, monkeypatch):
    pkg = _fake_package(tmp_path, monkeypatch)
    nb = _notebook(tmp_path, "%matplotlib inline\nfrom rhetoric import a", "a.f()")
    names = [f.relative_to(pkg).as_posix() for f in fingerprint.package_inputs(nb)]
    assert names == ["__init__.py", "a.py", "b.py", "c.py", "data/table.csv", "errors.py",
                     "report/__init__.py", "report/build.py", "report/templates/page.j2"]
    nb = _notebook(tmp_path, "import rhetoric.d as d")
    assert {"d.py", "e.py"} <= {f.name for f in fingerprint.package_inputs(nb)}


@pytest.mark.parametrize("source", ["from rhetoric import *", "import importlib\nimportlib.import_module(name)",
                                    "def broken(:\n    pass"])
def test_imports_that_cannot_be_worked_out_count_the_whole_package(tmp_path, monkeypatch, source):
    pkg = _fake_package(tmp_path, monkeypatch)
    nb = _notebook(tmp_path, source)
    assert fingerprint.package_inputs(nb) == fingerprint._files_under(pkg)


def test_only_a_change_to_imported_code_changes_a_reports_inputs_hash(tmp_path, monkeypatch):
    pkg = _fake_package(tmp_path, monkeypatch)
    nb = _notebook(tmp_path, "from rhetoric import a")

    def digest():
        return fingerprint.inputs_sha256(nb, {}, [("package", pkg, fingerprint.package_inputs(nb))])

    first = digest()
    (pkg / "d.py").write_text("import rhetoric.e\nX = 2\n", encoding="utf-8")  # not imported by nb
    assert digest() == first
    (pkg / "c.py").write_text("def h():\n    return 2\n", encoding="utf-8")  # a → b → c
    assert digest() != first


def test_the_real_reports_depend_on_what_they_import():
    inputs = {n: {f.name for f in fingerprint.package_inputs(ROOT / "notebooks" / f"{n}.ipynb")}
              for n in ("corpus_overview", "stance", "timeline", "rhetoric_shift")}
    assert {"corpus.py", "actors.py", "charts.py", "build.py", "__init__.py", "report.css"} <= inputs["corpus_overview"]
    assert not {"statements.py", "shift.py", "timeline.py", "cli.py"} & inputs["corpus_overview"]
    assert {"stance_views.py", "loading.py", "statements.py"} <= inputs["stance"]  # via function-level imports
    # the timeline reads its events through store.loading, whose cache derives either table, so
    # it depends on the extraction code; not on what the other reports show
    assert "timeline.py" in inputs["timeline"] and not {"shift.py", "stance_views.py", "alignment.py"} & inputs["timeline"]



def test_every_module_of_the_build_is_an_input_of_every_report():
    """The build is split into modules; each cleans or renders every report, so each counts,
    even for a report that imports none of them."""
    report_dir = fingerprint.PACKAGE_DIR / "report"
    build_modules = {f"report/{m}.py" for m in ("build", "build_config", "fingerprint", "execute", "render",
                                                 "publish", "index_page", "pool")}
    assert all((report_dir / name.removeprefix("report/")).is_file() for name in build_modules)
    names = {f.relative_to(fingerprint.PACKAGE_DIR).as_posix()
             for f in fingerprint.package_inputs(ROOT / "tests" / "fixtures" / "tiny.ipynb")}
    assert build_modules <= names

@pytest.mark.slow
def test_a_change_to_a_module_a_report_does_not_import_does_not_rebuild_it(tmp_path, monkeypatch, capsys):
    pkg = tmp_path / "pkg" / "rhetoric"
    shutil.copytree(fingerprint.PACKAGE_DIR, pkg, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(fingerprint, "PACKAGE_DIR", pkg)  # the hash reads this copy; the kernel the real one
    out = tmp_path / "out"
    cfg = _config(tmp_path, "tests/fixtures/tiny.ipynb")  # imports rhetoric.corpus
    assert b.build_reports(corpus=str(CORPUS), out=str(out), config=str(cfg)) == 0
    capsys.readouterr()

    with (pkg / "analysis" / "timeline.py").open("a", encoding="utf-8") as fh:
        fh.write("\n# a change the tiny report does not import\n")
    assert b.build_reports(corpus=str(CORPUS), out=str(out), config=str(cfg)) == 0
    err = capsys.readouterr().err
    assert "up to date  tiny" in err and "built 0 of 1" in err

    with (pkg / "errors.py").open("a", encoding="utf-8") as fh:  # corpus imports errors
        fh.write("\n# a change to code the tiny report imports (through rhetoric.corpus)\n")
    jobs = b.plan(build_config.load_config(cfg), CORPUS, out, b.DEFAULT_ANNOTATIONS, actors_for_corpus(CORPUS), None)
    assert [j.name for j in jobs] == ["tiny"]
    assert not fingerprint.is_up_to_date(jobs[0])


def test_the_build_reads_figure_names_with_the_key_charts_writes():
    from rhetoric.report import charts

    assert index_page.CHART_FIGURE_KEY == charts.FIGURE_KEY


def test_caches_and_hidden_tool_folders_are_not_inputs_of_a_report(tmp_path):
    # a clean clone has no .ruff_cache or __pycache__: files there must not change the hash
    from rhetoric.report.fingerprint import _files_under

    (tmp_path / "pkg" / ".ruff_cache").mkdir(parents=True)
    (tmp_path / "pkg" / "__pycache__").mkdir()
    (tmp_path / "pkg" / "mod.py").write_text("x = 1\n")
    (tmp_path / "pkg" / ".ruff_cache" / "CACHEDIR.TAG").write_text("tag")
    (tmp_path / "pkg" / "__pycache__" / "mod.pyc").write_bytes(b"\0")
    assert [p.name for p in _files_under(tmp_path / "pkg")] == ["mod.py"]
