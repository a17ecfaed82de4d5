"""What a report is built from, as one sha256: the test of whether it must be rebuilt.

- ``report_inputs`` is the one list of a report's inputs: its notebook and parameters, the
  corpus, annotations, actors, requirements.txt, ``package_inputs``, the package files it
  depends on, and the realistic test sets (tests/realistic) for a report that scores the
  extraction on them. ``inputs_sha256`` hashes them; ``is_up_to_date`` compares the hash with the one
  recorded in the built notebook.
- ``package_inputs`` follows the notebook's imports of the package transitively with ``ast``
  (function-level imports count), adds the build's own modules (``BUILD_MODULE`` and what it
  imports: they clean and render every report) and every file of the package that is not
  Python. When the imports cannot be worked out, every file of the package counts.
"""

from __future__ import annotations

import ast
import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from rhetoric.paths import PROJECT_ROOT, REALISTIC_SETS

if TYPE_CHECKING:
    from rhetoric.report.build_config import Job

PACKAGE_DIR = Path(__file__).resolve().parents[1]

PACKAGE = "rhetoric"
#: The build's own code renders every report (cleaning, HTML, charts), so it is an input of
#: each: this module and every module it imports, transitively.
BUILD_MODULE = f"{PACKAGE}.report.build"
#: Steps of the build that make pages of their own, not reports: they have their own inputs
#: hash (``rhetoric.report.reader.reader_inputs_sha256``), so the build's imports of them are
#: not inputs of every report (a report that imports one itself still counts it).
SEPARATE_STEPS = frozenset({f"{PACKAGE}.report.reader"})


def _files_under(path: Path | None) -> list[Path]:
    if path is None or not path.exists():
        return []
    if path.is_file():
        return [path]
    # caches and tools' folders (__pycache__, .ruff_cache, .ipynb_checkpoints …) are not inputs:
    # a clean clone has none of them, and its reports must be up to date all the same
    return sorted(p for p in path.rglob("*") if p.is_file() and not any(
        part == "__pycache__" or part.startswith(".") for part in p.relative_to(path).parts))


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


def report_inputs(notebook: Path, parameters: dict, mode: str, corpus: Path, annotations: Path | None,
                  actors: Path, statements: Path | None = None) -> tuple[str, list[str]]:
    """A report's inputs hash, and the package files it counts (relative to the package);
    ``statements``: the statements store the report reads, if any."""
    code = package_inputs(notebook)
    # a report that scores the extraction on the realistic sets reads them too
    realistic = [("realistic", REALISTIC_SETS)] if PACKAGE_DIR / "extract" / "realistic.py" in code else []
    digest = inputs_sha256(
        notebook, {**parameters, "\0mode": mode},
        [("corpus", corpus), ("annotations", annotations), ("actors", actors),
         ("package", PACKAGE_DIR, code), ("requirements", PROJECT_ROOT / "requirements.txt"),
         ("statements", statements)] + realistic,
    )
    return digest, [f.relative_to(PACKAGE_DIR).as_posix() for f in code]


def is_up_to_date(job: Job) -> bool:
    ipynb, html = job.out_dir / f"{job.name}.ipynb", job.out_dir / f"{job.name}.html"
    if not (ipynb.is_file() and html.is_file()):
        return False
    try:
        recorded = json.loads(ipynb.read_text(encoding="utf-8"))["metadata"]["rhetoric"]["inputs_sha256"]
    except (ValueError, KeyError):
        return False
    return recorded == job.inputs_sha256


# --- which package code a report depends on -------------------------------------------------

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
    return frozenset(_imports_of(ast.parse(path.read_bytes(), filename=str(path)), name))


def _closure(roots: set[str], skip: frozenset[str] = frozenset()) -> set[str]:
    """The package modules ``roots`` import, transitively, including function-level imports;
    the modules in ``skip`` are not followed unless they are roots."""
    seen: set[str] = set()
    todo = [PACKAGE, *roots]  # the package's __init__ runs before any of its modules
    skip = skip - set(roots)
    while todo:
        name = todo.pop()
        if name in seen or name in skip:
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


def module_inputs(module: str) -> list[Path]:
    """The package files a module depends on, sorted: the modules it imports, transitively, and
    every file of the package that is not Python (all files when its imports cannot be worked out)."""
    everything = _files_under(PACKAGE_DIR)
    try:
        modules = _closure({module})
    except _Unknown:
        return everything
    return sorted({_module_file(m) for m in modules} | {f for f in everything if f.suffix != ".py"})


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
        modules = _closure(roots, SEPARATE_STEPS)
    except (_Unknown, ValueError, OSError):
        return everything
    files = {_module_file(m) for m in modules}
    return sorted(files | {f for f in everything if f.suffix != ".py"})
