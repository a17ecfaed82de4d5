"""Build the reports listed in reports.yml: notebook → executed notebook → HTML, and an index.

For each report, papermill executes the notebook with its parameters into ``OUT/<name>.ipynb``
(the nbval baseline) and nbconvert renders ``OUT/<name>.html`` (what readers open). Then
``OUT/index.html`` links every report.

Guarantees, and how they are kept:
- Deterministic: papermill's timestamps and durations are stripped, cell ids are stable, and
  what a report was built from is recorded as a sha256 of its inputs, never as a time.
- Incremental: a report whose inputs hash equals the one recorded in its notebook is skipped.
- Parallel: independent reports run in separate processes (papermill's cwd is per process).
- Nothing half-written: each report runs in a staging folder beside OUT (same depth, so the
  relative paths injected as parameters are the ones nbval later sees from OUT) and its files
  are moved into place only when the whole report succeeded. A failure names the report and
  the cell and leaves the previous files byte-identical. Ctrl-C removes the staging folders.
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

from rhetoric.paths import DEFAULT_ANNOTATIONS, DEFAULT_CORPUS, PROJECT_ROOT, default_annotations
from rhetoric.paths import DEFAULT_REPORTS as DEFAULT_OUT

PACKAGE_DIR = Path(__file__).resolve().parent
TEMPLATES = PACKAGE_DIR / "templates"

#: Placeholders that reports.yml may use in parameter values.
PLACEHOLDERS = ("corpus", "annotations", "actors")


class BuildError(RhetoricError):
    pass


class ReportConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    notebook: str
    title: str
    summary: str
    parameters: dict[str, object] = {}


class BuildConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str
    question: str
    reports: list[ReportConfig]


@dataclass
class Job:
    """One report to build: everything a worker process needs, all picklable."""

    spec: ReportConfig
    notebook: Path
    out_dir: Path
    parameters: dict
    inputs_sha256: str
    staging: Path = field(default=Path())

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


def inputs_sha256(notebook: Path, parameters: dict, inputs: list[tuple[str, Path | None]]) -> str:
    """sha256 over the notebook, its parameters, and every input file (name and bytes)."""
    h = hashlib.sha256()
    h.update(notebook.read_bytes())
    h.update(json.dumps(parameters, sort_keys=True).encode())
    for label, root in inputs:
        for f in _files_under(root):
            rel = f.relative_to(root) if root.is_dir() else Path(f.name)
            h.update(f"\0{label}/{rel.as_posix()}\0".encode())
            h.update(f.read_bytes())
    return h.hexdigest()


def plan(config: BuildConfig, corpus: Path, out_dir: Path, annotations: Path | None,
         actors: Path, only: list[str] | None) -> list[Job]:
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
    }
    code = [("package", PACKAGE_DIR), ("requirements", PROJECT_ROOT / "requirements.txt")]
    jobs = []
    for spec in specs:
        notebook = (PROJECT_ROOT / spec.notebook).resolve()
        if not notebook.is_file():
            raise BuildError(f"report '{spec.name}': notebook {spec.notebook} not found")
        params = {k: (v.format(**values) if isinstance(v, str) else v)
                  for k, v in spec.parameters.items()}
        params["report_name"] = spec.name
        digest = inputs_sha256(
            notebook, params,
            [("corpus", corpus), ("annotations", annotations), ("actors", actors), *code],
        )
        jobs.append(Job(spec, notebook, out_dir, params, digest))
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
    import papermill
    from papermill.exceptions import PapermillExecutionError

    job.staging.mkdir(parents=True)
    executed = job.staging / f"{job.name}.executed.ipynb"
    for attempt in (1, 2):
        try:
            papermill.execute_notebook(
                str(job.notebook), str(executed), parameters=job.parameters,
                cwd=str(job.staging), kernel_name="python3", progress_bar=False,
                log_output=False, request_save_on_cell_execute=False,
            )
            break
        except PapermillExecutionError as exc:
            return (f"report '{job.name}' failed in cell {exc.exec_count} "
                    f"(cell #{exc.cell_index + 1} of {job.spec.notebook}): {exc.ename}: {exc.evalue}")
        except RuntimeError as exc:  # the kernel died or did not start (e.g. a port race)
            if attempt == 2:
                return f"report '{job.name}': the kernel failed: {exc}"
    import nbformat

    nb = nbformat.read(str(executed), as_version=4)
    executed.unlink()
    clean_notebook(nb, job)
    nbformat.write(nb, str(job.staging / f"{job.name}.ipynb"))
    (job.staging / f"{job.name}.html").write_text(render_html(nb, job), encoding="utf-8")
    return None


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
    from rhetoric.charts import MIMETYPE

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

def render_index(config: BuildConfig, jobs: list[Job], out_dir: Path, corpus_param: str) -> str:
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                             keep_trailing_newline=True)
    summaries = {}
    for job in jobs:
        summaries[job.name] = _report_summary(out_dir / f"{job.name}.ipynb")
    return env.get_template("index.html.j2").render(
        config=config, reports=config.reports, built={j.name for j in jobs},
        summaries=summaries, corpus=corpus_param,
        css=(TEMPLATES / "report.css").read_text(encoding="utf-8"),
    )


def _markdown(text: str):
    """Markdown to HTML for the index; raw HTML in the text is escaped, never passed through."""
    import markupsafe
    import mistune

    return markupsafe.Markup(mistune.create_markdown(escape=True)(text))


def _report_summary(ipynb: Path) -> dict:
    """Key lines a report publishes for the index: outputs of cells tagged 'finding'."""
    if not ipynb.is_file():
        return {}
    nb = json.loads(ipynb.read_text(encoding="utf-8"))
    findings = []
    for cell in nb.get("cells", []):
        if "finding" in cell.get("metadata", {}).get("tags", []):
            for output in cell.get("outputs", []):
                text = output.get("data", {}).get("text/markdown")
                if text:
                    findings.append(_markdown("".join(text) if isinstance(text, list) else text))
    return {"findings": findings, "inputs_sha256": nb["metadata"].get("rhetoric", {}).get("inputs_sha256", "")}


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
                  workers: int | None = None) -> int:
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
    actors = actors_for_corpus(corpus_dir)
    cfg = load_config(Path(config).resolve())
    _validate_inputs(corpus_dir, annotations_dir, actors)

    out_dir.mkdir(parents=True, exist_ok=True)
    with build_lock(out_dir):
        jobs = plan(cfg, corpus_dir, out_dir, annotations_dir, actors, only)
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
        all_jobs = plan(cfg, corpus_dir, out_dir, annotations_dir, actors, None)
        present = [j for j in all_jobs if (out_dir / f"{j.name}.html").is_file()]
        write_text_atomically(out_dir / "index.html",
                              render_index(cfg, present, out_dir, _path_param(corpus_dir, out_dir)))
    print(f"built {len(stale)} of {len(jobs)} reports into {out_dir} in "
          f"{time.monotonic() - started:.1f} s", file=sys.stderr)
    return 0


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
    try:
        with cf.ProcessPoolExecutor(max_workers=workers) as pool:
            futures = {pool.submit(run_job, job): job for job in jobs}
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
                    publish(job)
                    print(f"  built       {job.name}", file=sys.stderr)
    finally:
        for job in jobs:
            shutil.rmtree(job.staging, ignore_errors=True)
    return failures
