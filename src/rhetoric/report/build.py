"""Build the reports listed in reports.yml: notebook → executed notebook → HTML, and an index.

For each report, papermill executes the notebook with its parameters into ``OUT/<name>.ipynb``
(the nbval baseline) and nbconvert renders ``OUT/<name>.html`` (what readers open). Then
``OUT/index.html`` links every report.

Guarantees, and how they are kept:
- Deterministic: papermill's timestamps and durations are stripped, cell ids are stable, and
  what a report was built from is recorded as a sha256 of its inputs, never as a time.
- Incremental: a report whose inputs hash equals the one recorded in its notebook is skipped.
  The inputs are the notebook, its parameters, the corpus, annotations, actors,
  requirements.txt, and only the package modules the notebook imports (transitively, found
  with ``ast``), the build's own modules and the package's data and templates.
- Parallel: independent reports run in separate processes (papermill's cwd is per process),
  longest first, forked from a process that has already loaded papermill, nbconvert and the
  vega bundle. Each kernel talks over Unix sockets in its own temporary folder (transport
  "ipc"), so kernels started at once cannot race for TCP ports.
- Study and forks: data/corpus is built as reports.yml says; any other corpus with the
  ``fork:`` titles and parameters. Cells tagged ``study`` are left out of forks, cells
  tagged ``fork`` out of the study.
- Nothing half-written: each report runs in a staging folder beside OUT (same depth, so the
  relative paths injected as parameters are the ones nbval later sees from OUT) and its files
  are moved into place only when the whole report succeeded. A failure names the report and
  the cell and leaves the previous files byte-identical. Ctrl-C stops the workers (which shut
  their kernels down) and removes the staging folders and kernel files; it exits 130.
- One build per OUT at a time: a second build waits on a lock file.
- Offline HTML: no CDN; the vega libraries come from vl-convert, inlined once per page.
"""

from __future__ import annotations

import concurrent.futures as cf
import copy
import fcntl
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from rhetoric.errors import RhetoricError
from rhetoric.paths import DEFAULT_ANNOTATIONS, DEFAULT_CORPUS, PROJECT_ROOT, default_annotations  # noqa: F401 - re-exported
from rhetoric.paths import DEFAULT_REPORTS as DEFAULT_OUT

PACKAGE_DIR = Path(__file__).resolve().parents[1]
TEMPLATES = Path(__file__).resolve().parent / "templates"

#: rhetoric.report.charts.FIGURE_KEY, the key of a chart's usermeta that names its figure files; a
#: copy, because importing charts (altair) would cost a build with nothing to do a second.
CHART_FIGURE_KEY = "rhetoric_figure"

#: Placeholders that reports.yml may use in parameter values.
PLACEHOLDERS = ("corpus", "annotations", "actors", "statements")


class BuildError(RhetoricError):
    pass


#: Cells tagged with the other mode's tag are left out of a build: ``study`` cells (narrative
#: true only of data/corpus) from builds of other corpora, ``fork`` cells from the study's.
MODE_TAGS = {"study": "fork", "fork": "study"}


class About(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sources: str = ""
    methods: str = ""
    limits: str = ""


class ReportFork(BaseModel):
    """What a report says and uses when it is built from another corpus than data/corpus."""
    model_config = ConfigDict(extra="forbid")
    title: str | None = None
    summary: str | None = None
    parameters: dict[str, object] = {}


class ReportConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    notebook: str
    title: str
    summary: str
    parameters: dict[str, object] = {}
    fork: ReportFork | None = None

    def for_mode(self, mode: str) -> "ReportConfig":
        """This report as a build in ``mode`` ("study" or "fork") sees it."""
        if mode != "fork" or self.fork is None:
            return self
        return self.model_copy(update={
            "title": self.fork.title or self.title, "summary": self.fork.summary or self.summary,
            "parameters": {**self.parameters, **self.fork.parameters}})


class StudyFork(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str | None = None
    question: str | None = None
    about: About | None = None


class BuildConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str
    question: str
    about: About = About()
    fork: StudyFork | None = None
    reports: list[ReportConfig]

    def study(self, mode: str) -> dict:
        """Title, question and about texts of the landing page in ``mode``."""
        fork = self.fork if mode == "fork" and self.fork else StudyFork()
        return {"title": fork.title or self.title, "question": fork.question or self.question,
                "about": fork.about or self.about}


def build_mode(corpus: Path) -> str:
    """"study" for the study's own corpus (data/corpus), "fork" for any other."""
    return "study" if corpus.resolve() == DEFAULT_CORPUS.resolve() else "fork"


@dataclass
class Job:
    """One report to build: everything a worker process needs, all picklable."""

    spec: ReportConfig
    notebook: Path
    out_dir: Path
    parameters: dict
    inputs_sha256: str
    package_inputs: list[str] = field(default_factory=list)
    mode: str = "study"
    staging: Path = field(default=Path())
    kernels: Path | None = None  # the build's folder for kernel sockets; removed by the build

    @property
    def name(self) -> str:
        return self.spec.name


# --- configuration and inputs -----------------------------------------------------------------

def load_config(path: Path) -> BuildConfig:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        config = BuildConfig.model_validate(data)
    except FileNotFoundError:
        raise BuildError(f"{path}: build configuration not found") from None
    except yaml.YAMLError as exc:
        raise BuildError(f"{path}: invalid YAML: {str(exc).splitlines()[0]}") from None
    except ValidationError as exc:
        first = exc.errors()[0]
        raise BuildError(f"{path}: {'.'.join(map(str, first['loc']))}: {first['msg']}") from None
    names = [r.name for r in config.reports]
    if len(set(names)) != len(names) or "index" in names:
        raise BuildError(f"{path}: report names must be unique and not 'index'")
    return config


def _path_param(target: Path | None, out_dir: Path) -> str:
    """A path as the notebook sees it from OUT: relative inside the project, else absolute."""
    if target is None:
        return ""
    target = target.resolve()
    if target.is_relative_to(PROJECT_ROOT) and out_dir.is_relative_to(PROJECT_ROOT):
        return os.path.relpath(target, out_dir)
    return str(target)


def _files_under(path: Path | None) -> list[Path]:
    if path is None or not path.exists():
        return []
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def inputs_sha256(notebook: Path, parameters: dict, inputs: list[tuple]) -> str:
    """sha256 over the notebook, its parameters, and every input file (name and bytes).

    An input is ``(label, path)``: a file, or a folder and every file under it; or
    ``(label, folder, files)``: those files of the folder. Files are named relative to their
    folder, so the hash depends on contents and names, never on where the project lives.
    """
    h = hashlib.sha256()
    h.update(notebook.read_bytes())
    h.update(json.dumps(parameters, sort_keys=True).encode())
    for label, root, *files in inputs:
        for f in (files[0] if files else _files_under(root)):
            rel = f.relative_to(root) if root.is_dir() else Path(f.name)
            h.update(f"\0{label}/{rel.as_posix()}\0".encode())
            h.update(f.read_bytes())
    return h.hexdigest()


# --- which package code a report depends on -------------------------------------------------

PACKAGE = "rhetoric"
#: The build's own code renders every report (cleaning, HTML, charts), so it is an input of each.
BUILD_MODULE = f"{PACKAGE}.report.build"


class _Unknown(Exception):
    """The imports cannot be worked out statically: the whole package counts as input."""


def _module_file(name: str) -> Path | None:
    """The file of a module of the package (rhetoric, rhetoric.x, rhetoric.x.y), if it exists."""
    parts = name.split(".")
    if parts[0] != PACKAGE:
        return None
    base = PACKAGE_DIR.joinpath(*parts[1:])
    for candidate in (base / "__init__.py", base.with_suffix(".py")):
        if candidate.is_file():
            return candidate
    return None


def _imports_of(tree, current: str | None) -> set[str]:
    """Package modules a syntax tree imports anywhere (top level, functions, conditionals).

    ``current`` is the importing module's name, for relative imports. Dynamic imports of the
    package (importlib.import_module, __import__ with a computed name) raise _Unknown.
    """
    import ast

    found: set[str] = set()

    def add(name: str) -> None:
        parts = name.split(".")
        if parts[0] == PACKAGE:  # importing a.b.c also imports a and a.b
            found.update(".".join(parts[:i]) for i in range(1, len(parts) + 1))

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                add(alias.name)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                if current is None:
                    continue
                package = current if _module_file(current) and _module_file(current).name == "__init__.py" \
                    else current.rpartition(".")[0]
                anchor = package.split(".")[: max(len(package.split(".")) - (node.level - 1), 0)]
                module = ".".join(anchor + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            if module.split(".")[0] != PACKAGE:
                continue
            add(module)
            for alias in node.names:
                if alias.name == "*":
                    raise _Unknown(f"from {module} import *")
                if _module_file(f"{module}.{alias.name}"):
                    add(f"{module}.{alias.name}")
        elif isinstance(node, ast.Call):
            func = node.func
            fname = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if fname in ("import_module", "__import__") and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    add(arg.value)
                elif not isinstance(arg, ast.Constant):
                    raise _Unknown(f"{fname}() with a computed module name")
    return found


def _parse_cell(source: str):
    """A code cell's syntax tree; IPython syntax (%magics, !shell) is translated first."""
    import ast

    try:
        return ast.parse(source)
    except SyntaxError:
        pass
    try:
        from IPython.core.inputtransformer2 import TransformerManager

        return ast.parse(TransformerManager().transform_cell(source))
    except Exception as exc:  # noqa: BLE001 - any failure means: cannot tell, include everything
        raise _Unknown(f"a code cell does not parse: {exc}") from None


@lru_cache(maxsize=None)
def _module_imports(path: Path, name: str, mtime_ns: int) -> frozenset[str]:
    import ast

    return frozenset(_imports_of(ast.parse(path.read_bytes(), filename=str(path)), name))


def _closure(roots: set[str]) -> set[str]:
    """The package modules ``roots`` import, transitively, including function-level imports."""
    seen: set[str] = set()
    todo = [PACKAGE, *roots]  # the package's __init__ runs before any of its modules
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        todo.extend(name.rsplit(".", i)[0] for i in range(1, name.count(".") + 1))  # parents' __init__ too
        path = _module_file(name)
        if path is None:  # an attribute imported with `from rhetoric.x import y`, or a typo
            continue
        seen.add(name)
        try:
            todo.extend(_module_imports(path, name, path.stat().st_mtime_ns))
        except SyntaxError as exc:
            raise _Unknown(f"{path.name} does not parse: {exc}") from None
    return seen


def package_inputs(notebook: Path) -> list[Path]:
    """The package files a report depends on, sorted.

    These are the modules its notebook imports, transitively (parsed with ``ast``: imports
    inside functions count, and ``from rhetoric import x`` imports the module x), the build's own
    modules (which clean and render every report), and every file of the package that is not
    Python (``data/``, ``templates/``): any report may read them, so all count. When the imports
    cannot be worked out (a star import, a computed module name, a cell that does not parse),
    every file of the package counts.
    """
    everything = _files_under(PACKAGE_DIR)
    try:
        nb = json.loads(notebook.read_text(encoding="utf-8"))
        roots = {BUILD_MODULE}
        for cell in nb.get("cells", []):
            if cell.get("cell_type") == "code":
                source = cell.get("source", "")
                roots |= _imports_of(_parse_cell("".join(source) if isinstance(source, list) else source),
                                     None)
        modules = _closure(roots)
    except (_Unknown, ValueError, OSError):
        return everything
    files = {_module_file(m) for m in modules}
    return sorted(files | {f for f in everything if f.suffix != ".py"})


def plan(config: BuildConfig, corpus: Path, out_dir: Path, annotations: Path | None,
         actors: Path, only: list[str] | None, statements: Path | None = None) -> list[Job]:
    specs = config.reports
    if only:
        unknown = sorted(set(only) - {r.name for r in specs})
        if unknown:
            raise BuildError(f"unknown report {', '.join(unknown)}; reports: "
                             f"{', '.join(r.name for r in specs)}")
        specs = [r for r in specs if r.name in only]
    values = {
        "corpus": _path_param(corpus, out_dir),
        "annotations": _path_param(annotations, out_dir),
        "actors": _path_param(actors, out_dir),
        "statements": _path_param(statements, out_dir) or "none",  # a statements store (--statements)
    }
    mode = build_mode(corpus)
    jobs = []
    for spec in specs:
        spec = spec.for_mode(mode)
        notebook = (PROJECT_ROOT / spec.notebook).resolve()
        if not notebook.is_file():
            raise BuildError(f"report '{spec.name}': notebook {spec.notebook} not found")
        params = {k: (v.format(**values) if isinstance(v, str) else v)
                  for k, v in spec.parameters.items()}
        reads_store = any(isinstance(v, str) and "{statements}" in v for v in spec.parameters.values())
        params["report_name"] = spec.name
        code = package_inputs(notebook)
        digest = inputs_sha256(
            notebook, {**params, "\0mode": mode},
            [("corpus", corpus), ("annotations", annotations), ("actors", actors),
             ("package", PACKAGE_DIR, code), ("requirements", PROJECT_ROOT / "requirements.txt"),
             ("statements", statements if reads_store else None)],
        )
        jobs.append(Job(spec, notebook, out_dir, params, digest,
                        [f.relative_to(PACKAGE_DIR).as_posix() for f in code], mode))
    return jobs


def is_up_to_date(job: Job) -> bool:
    ipynb, html = job.out_dir / f"{job.name}.ipynb", job.out_dir / f"{job.name}.html"
    if not (ipynb.is_file() and html.is_file()):
        return False
    try:
        recorded = json.loads(ipynb.read_text(encoding="utf-8"))["metadata"]["rhetoric"]["inputs_sha256"]
    except (ValueError, KeyError):
        return False
    return recorded == job.inputs_sha256


# --- one report -------------------------------------------------------------------------------

def run_job(job: Job) -> str | None:
    """Execute, clean and render one report in its staging folder. Return an error or None."""
    import nbformat
    import papermill
    from papermill.exceptions import PapermillExecutionError

    job.staging.mkdir(parents=True)
    executed = job.staging / f"{job.name}.executed.ipynb"
    source = job.staging / f"{job.name}.input.ipynb"
    nb = nbformat.read(str(job.notebook), as_version=4)
    nb.cells = [c for c in nb.cells if MODE_TAGS[job.mode] not in c.get("metadata", {}).get("tags", [])]
    nbformat.write(nb, str(source))
    for attempt in (1, 2):
        # The kernel talks over Unix sockets in a folder of its own (transport "ipc"): no TCP
        # ports, so kernels started at the same moment by parallel workers cannot race for one.
        # Short path under /tmp: a socket's path is limited to about 100 bytes.
        kernel_dir = Path(tempfile.mkdtemp(prefix="k-" if job.kernels else "rhetoric-kernel-", dir=job.kernels))
        try:
            with _stderr_to(kernel_dir / "kernel.log"):  # the kernel's own log, shown if it fails
                papermill.execute_notebook(
                    str(source), str(executed), parameters=job.parameters,
                    cwd=str(job.staging), kernel_name="python3", progress_bar=False,
                    log_output=False, request_save_on_cell_execute=False,
                    config=kernel_config(kernel_dir),
                )
            break
        except PapermillExecutionError as exc:
            return (f"report '{job.name}' failed in cell {exc.exec_count} "
                    f"(cell #{_source_cell_number(job, executed, exc.cell_index)} of "
                    f"{job.spec.notebook}): {exc.ename}: {exc.evalue}")
        except RuntimeError as exc:  # the kernel died or did not start
            if attempt == 2:
                log = (kernel_dir / "kernel.log").read_text(encoding="utf-8", errors="replace")
                tail = " | ".join(log.strip().splitlines()[-5:])
                return f"report '{job.name}': the kernel failed: {exc}" + (f" (kernel log: {tail})" if tail else "")
        finally:
            shutil.rmtree(kernel_dir, ignore_errors=True)
    nb = nbformat.read(str(executed), as_version=4)
    executed.unlink()
    source.unlink()
    clean_notebook(nb, job)
    nbformat.write(nb, str(job.staging / f"{job.name}.ipynb"))
    (job.staging / f"{job.name}.html").write_text(render_html(nb, job), encoding="utf-8")
    return None


def _source_cell_number(job: Job, executed: Path, index: int) -> int | str:
    """1-based position in the notebook file of the executed notebook's cell ``index``.

    The executed notebook differs from the file: papermill inserts the injected parameters, and
    cells of the other mode are left out. Cells keep their ids, which find the original.
    """
    import nbformat

    try:
        ran = [c for c in nbformat.read(str(executed), as_version=4).cells  # not papermill's notes
               if "papermill-error-cell-tag" not in c.get("metadata", {}).get("tags", [])]
        cell_id = ran[index].get("id")
        ids = [c.get("id") for c in nbformat.read(str(job.notebook), as_version=4).cells]
        return ids.index(cell_id) + 1
    except (OSError, ValueError, IndexError):
        return f"{index + 1} of the executed notebook"


@contextmanager
def _stderr_to(path: Path):
    """Send this process's stderr (file descriptor 2, inherited by the kernel) to ``path``."""
    sys.stderr.flush()
    saved = os.dup(2)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        os.dup2(fd, 2)
        yield
    finally:
        sys.stderr.flush()
        os.dup2(saved, 2)
        os.close(saved)
        os.close(fd)


def kernel_config(kernel_dir: Path):
    """Kernel manager settings for one notebook run: IPC sockets and connection file in kernel_dir."""
    from traitlets.config import Config

    return Config({"KernelManager": {"transport": "ipc",
                                     "connection_file": str(kernel_dir / "kernel.json")}})


def clean_notebook(nb, job: Job) -> None:
    """Strip what changes from run to run (times, durations) and record the inputs hash."""
    pm = nb.metadata.get("papermill", {})
    nb.metadata["papermill"] = {
        "parameters": pm.get("parameters", {}),
        "input_path": job.spec.notebook,
        "output_path": f"{job.name}.ipynb",
    }
    nb.metadata["title"] = job.spec.title
    nb.metadata["rhetoric"] = {
        "report": job.name,
        "notebook": job.spec.notebook,
        "parameters": job.parameters,
        "inputs_sha256": job.inputs_sha256,
        "package_inputs": job.package_inputs,
    }
    nb.metadata.pop("widgets", None)
    for index, cell in enumerate(nb.cells):
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell["id"] = "injected-parameters"
        if cell.cell_type == "code":
            for output in cell.get("outputs", []):
                output.get("metadata", {}).pop("papermill", None)


@lru_cache(maxsize=1)
def vega_bundle() -> str:
    """vega + vega-lite + vega-embed from vl-convert, with a snippet that draws every chart."""
    import vl_convert

    snippet = """
document.querySelectorAll("div.rh-chart[data-spec]").forEach((el) => {
  const spec = JSON.parse(document.getElementById(el.dataset.spec).textContent);
  vegaEmbed(el, spec, {actions: false, renderer: "svg"}).catch((err) => {
    el.textContent = "This chart could not be drawn: " + err;
    console.error(err);
  });
});
"""
    return vl_convert.javascript_bundle(snippet)


def _chart_outputs_to_html(nb) -> int:
    """Replace each chart output by a container and its spec; the page's bundle draws them."""
    from rhetoric.report.charts import MIMETYPE

    count = 0
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if MIMETYPE not in data:
                continue
            spec = data[MIMETYPE]
            label = spec.get("description") or (spec.get("title") if isinstance(spec.get("title"), str)
                                                else (spec.get("title") or {}).get("text", "chart"))
            payload = json.dumps(spec, sort_keys=True, ensure_ascii=False)
            payload = payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            from html import escape

            output["data"] = {"text/html": (
                f'<div class="rh-chart" id="rh-chart-{count}" data-spec="rh-spec-{count}" '
                f'role="img" aria-label="{escape(str(label))}"></div>\n'
                f'<script type="application/json" id="rh-spec-{count}">{payload}</script>'
            )}
            count += 1
    return count


def render_html(nb, job: Job) -> str:
    from nbconvert import HTMLExporter

    nb = copy.deepcopy(nb)
    n_charts = _chart_outputs_to_html(nb)
    exporter = HTMLExporter(template_name="report", extra_template_basedirs=[str(TEMPLATES)])
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    resources = {
        "metadata": {"name": job.spec.title},
        "rhetoric": {
            "notebook": job.spec.notebook,
            "parameters": job.parameters,
            "inputs_sha256": job.inputs_sha256,
            "css": (TEMPLATES / "report.css").read_text(encoding="utf-8"),
            "vega_bundle": vega_bundle() if n_charts else "",
        },
    }
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    return body


def publish(job: Job) -> None:
    """Move a finished report from staging into OUT: figures, notebook, then HTML."""
    staged_figures = job.staging / "figures" / job.name
    target_figures = job.out_dir / "figures" / job.name
    if staged_figures.is_dir():
        target_figures.parent.mkdir(parents=True, exist_ok=True)
        old = job.staging / "old-figures"
        if target_figures.exists():
            os.replace(target_figures, old)
        os.replace(staged_figures, target_figures)
    elif target_figures.exists():
        shutil.rmtree(target_figures)
    for suffix in (".ipynb", ".html"):
        _replace_if_changed(job.staging / f"{job.name}{suffix}", job.out_dir / f"{job.name}{suffix}")


def _replace_if_changed(src: Path, dst: Path) -> None:
    if dst.is_file() and dst.read_bytes() == src.read_bytes():
        src.unlink()
    else:
        os.replace(src, dst)


def write_text_atomically(path: Path, text: str) -> None:
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# --- index ------------------------------------------------------------------------------------

def render_index(config: BuildConfig, jobs: list[Job], out_dir: Path, corpus_param: str,
                 articles: list[dict] | None = None, automated: bool = False) -> str:
    """The landing page: the question, key findings, the sources, the reports, the methods.

    ``jobs`` are the reports present in OUT, in reports.yml's order; ``articles`` the corpus's
    articles (id, title, outlet, published, words); ``automated`` says the build ran on the
    automated extraction (no hand-coded annotations).
    """
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                             keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
    env.filters["markdown"] = _markdown
    mode = jobs[0].mode if jobs else "study"
    summaries = {job.name: _report_summary(out_dir / f"{job.name}.ipynb", job.name, out_dir) for job in jobs}
    return env.get_template("index.html.j2").render(
        config=config, study=config.study(mode), reports=[j.spec for j in jobs],
        built={j.name for j in jobs}, summaries=summaries, corpus=corpus_param,
        articles=articles or [], automated=automated,
        css=(TEMPLATES / "report.css").read_text(encoding="utf-8"),
    )


def corpus_articles(corpus: Path) -> list[dict]:
    """One row per article for the landing page's table of sources."""
    from rhetoric.corpus import iter_articles

    rows = []
    for a in iter_articles(corpus):
        m = a.meta
        published = m.published.isoformat()
        if m.published_precision == "estimated" and m.published_earliest and m.published_latest:
            published = f"{m.published_earliest.isoformat()} – {m.published_latest.isoformat()} (estimated)"
        words = sum(len(a.body[p.start:p.end].split()) for p in a.passages if p.kind != "excluded")
        rows.append({"id": m.id, "title": m.title, "outlet": m.outlet or "not stated",
                     "published": published, "words": words})
    return rows


def _markdown(text: str):
    """Markdown to HTML for the index; raw HTML in the text is escaped, never passed through."""
    import markupsafe
    import mistune

    return markupsafe.Markup(mistune.create_markdown(escape=True)(text))


def _report_summary(ipynb: Path, name: str = "", out_dir: Path | None = None) -> dict:
    """What a report publishes for the index: the Markdown outputs of cells tagged 'finding'
    and 'method', its inputs hash, and its first chart's image (figures/<name>/<chart>.png)."""
    summary = {"findings": [], "methods": [], "inputs_sha256": "", "thumbnail": ""}
    if not ipynb.is_file():
        return summary
    nb = json.loads(ipynb.read_text(encoding="utf-8"))
    for cell in nb.get("cells", []):
        tags = cell.get("metadata", {}).get("tags", [])
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            for tag, key in (("finding", "findings"), ("method", "methods")):
                text = data.get("text/markdown")
                if tag in tags and text:
                    summary[key].append(_markdown("".join(text) if isinstance(text, list) else text))
            for mime, spec in data.items():
                figure = (spec.get("usermeta") or {}).get(CHART_FIGURE_KEY) if (
                    mime.startswith("application/vnd.vegalite") and isinstance(spec, dict)) else None
                png = f"figures/{name}/{figure}.png"
                if figure and not summary["thumbnail"] and out_dir is not None and (out_dir / png).is_file():
                    summary["thumbnail"] = png
    summary["inputs_sha256"] = nb.get("metadata", {}).get("rhetoric", {}).get("inputs_sha256", "")
    return summary


# --- the whole build --------------------------------------------------------------------------

@contextmanager
def build_lock(out_dir: Path):
    """Hold an exclusive lock for OUT; a second build waits and says so."""
    key = hashlib.sha256(str(out_dir).encode()).hexdigest()[:16]
    lock_path = Path(tempfile.gettempdir()) / f"rhetoric-build-{key}.lock"
    with open(lock_path, "w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"another build of {out_dir} is running; waiting for it to finish…", file=sys.stderr)
            fcntl.flock(fh, fcntl.LOCK_EX)
        yield


def _validate_inputs(corpus: Path, annotations: Path | None, actors: Path) -> None:
    """Fail before any notebook runs when the corpus, actors or annotations are invalid."""
    from rhetoric.actors import load_actors
    from rhetoric.corpus import load_corpus

    corpus_df = load_corpus(corpus)
    registry = load_actors(actors)
    if annotations is not None:
        from rhetoric.annotations import validate_annotations

        validate_annotations(annotations, corpus_df, registry)


def build_reports(corpus: str = "data/corpus", out: str = "reports", config: str = "reports.yml",
                  annotations: str | None = None, only: list[str] | None = None,
                  workers: int | None = None, statements: str | None = None) -> int:
    from rhetoric.actors import actors_for_corpus

    started = time.monotonic()
    corpus_dir = Path(corpus).resolve()
    out_dir = Path(out).resolve()
    if out_dir == DEFAULT_OUT and corpus_dir != DEFAULT_CORPUS:
        raise BuildError(f"building {corpus} into {out} would replace the published reports: "
                         f"give another folder, e.g. make reports CORPUS={corpus} OUT=/tmp/my-reports")
    if annotations is None:
        annotations_dir = default_annotations(corpus_dir)
    else:
        annotations_dir = Path(annotations).resolve() if annotations else None
        if annotations_dir is not None and not annotations_dir.is_dir():
            raise BuildError(f"{annotations}: annotations folder does not exist")
    statements_store = Path(statements).resolve() if statements else None
    if statements_store is not None and not statements_store.exists():
        raise BuildError(f"{statements}: no statements store there (a Parquet dataset or a CSV file)")
    actors = actors_for_corpus(corpus_dir)
    cfg = load_config(Path(config).resolve())
    _validate_inputs(corpus_dir, annotations_dir, actors)

    out_dir.mkdir(parents=True, exist_ok=True)
    with build_lock(out_dir):
        jobs = plan(cfg, corpus_dir, out_dir, annotations_dir, actors, only, statements_store)
        stale = [j for j in jobs if not is_up_to_date(j)]
        for j in jobs:
            if j not in stale:
                print(f"  up to date  {j.name}", file=sys.stderr)
        failures = _run_all(stale, out_dir, workers)
        if failures:
            for message in failures:
                print(f"error: {message}", file=sys.stderr)
            print(f"error: {len(failures)} of {len(stale)} reports failed; the previous files of "
                  f"those reports are unchanged in {out_dir}", file=sys.stderr)
            return 1
        all_jobs = plan(cfg, corpus_dir, out_dir, annotations_dir, actors, None, statements_store)
        present = [j for j in all_jobs if (out_dir / f"{j.name}.html").is_file()]
        write_text_atomically(out_dir / "index.html",
                              render_index(cfg, present, out_dir, _path_param(corpus_dir, out_dir),
                                           corpus_articles(corpus_dir), annotations_dir is None))
    print(f"built {len(stale)} of {len(jobs)} reports into {out_dir} in "
          f"{time.monotonic() - started:.1f} s", file=sys.stderr)
    return 0


def expected_cost(job: Job) -> int:
    """A static guess of how long a report takes: the size of the code it runs (its notebook and
    the package modules it imports). Only the order in which reports start depends on it."""
    code = [PACKAGE_DIR / name for name in job.package_inputs if name.endswith(".py")]
    return job.notebook.stat().st_size + sum(f.stat().st_size for f in code if f.is_file())


def _load_before_fork() -> None:
    """Import what every worker needs, and build the page's vega bundle, once in this process:
    workers forked from it share the loaded modules and the cached bundle instead of each
    spending seconds on them."""
    import multiprocessing

    if multiprocessing.get_start_method(allow_none=False) != "fork":
        return
    import nbconvert  # noqa: F401
    import nbformat  # noqa: F401
    import papermill  # noqa: F401

    import rhetoric.report.charts  # noqa: F401

    vega_bundle()


def _worker_init() -> None:
    """In each worker: leave Ctrl-C to the main process, make SIGTERM (sent by the main process
    when the build is interrupted) unwind like an exception, so that the kernel is shut down and
    the worker's temporary files are removed on the way out, and silence stderr."""
    import signal

    def stop(signum, frame):
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second one must not cut the cleanup short
        raise SystemExit(f"stopped by signal {signum}")

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, stop)
    # A worker reports through its return value (or exception), never on the terminal: what a
    # stopping kernel or library prints while a build is interrupted would only be noise.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)


def _stop_workers(pool: cf.ProcessPoolExecutor) -> None:
    """Stop the running reports: SIGTERM each worker, wait for it to clean up, then kill."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not cut the cleanup short
    print("interrupted: stopping the running reports and removing their files…", file=sys.stderr)
    processes = list((pool._processes or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in processes:
        if proc.is_alive():
            proc.terminate()
    deadline = time.monotonic() + 30
    for proc in processes:
        proc.join(timeout=max(0.0, deadline - time.monotonic()))
        if proc.is_alive():
            proc.kill()
            proc.join(timeout=5)


@contextmanager
def _interrupts_deferred():
    """Delay Ctrl-C until the block is done: a report is moved into place whole or not at all."""
    import signal

    if sys.platform == "win32" or not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)  # a pending SIGINT is delivered here


def _run_all(jobs: list[Job], out_dir: Path, workers: int | None) -> list[str]:
    if not jobs:
        return []
    tag = hashlib.sha256(str(out_dir).encode()).hexdigest()[:8]
    for job in jobs:
        job.staging = out_dir.parent / f".rhetoric-build-{tag}-{job.name}"
        if job.staging.exists():
            shutil.rmtree(job.staging)
    workers = workers or min(len(jobs), os.cpu_count() or 1)
    failures = []
    kernels = Path(tempfile.mkdtemp(prefix="rhetoric-kernels-"))  # short: socket paths are limited
    for job in jobs:
        job.kernels = kernels
    _load_before_fork()
    pool = cf.ProcessPoolExecutor(max_workers=workers, initializer=_worker_init)
    try:
        # Longest reports first, so that no long one starts last while the other workers idle.
        futures = {pool.submit(run_job, job): job for job in sorted(jobs, key=expected_cost, reverse=True)}
        for future in cf.as_completed(futures):
            job = futures[future]
            try:
                error = future.result()
            except Exception as exc:  # a bug in the build itself: still name the report
                error = f"report '{job.name}': {type(exc).__name__}: {exc}"
            if error:
                failures.append(error)
                print(f"  FAILED      {job.name}", file=sys.stderr)
            else:
                with _interrupts_deferred():
                    publish(job)
                print(f"  built       {job.name}", file=sys.stderr)
        pool.shutdown(wait=True)
    except BaseException:
        _stop_workers(pool)
        raise
    finally:
        for job in jobs:
            shutil.rmtree(job.staging, ignore_errors=True)
        shutil.rmtree(kernels, ignore_errors=True)
    return failures
