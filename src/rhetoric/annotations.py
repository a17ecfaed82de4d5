"""Hand-coded annotations (data/annotations): load them, and refuse them when they are wrong.

Files (defined in data/annotations/CODEBOOK.md, columns in docs/DATA.md):
- ``statements.csv``: one row per (statement, target), with the quote's offsets in the body;
- ``events.csv``: one row per event, with its date, precision and earliest–latest interval;
- ``event_sources.csv``: one row per sentence of an article that reports an event.

Each file may carry a review ``status`` column (``draft`` or ``reviewed``; absent: reviewed),
which ``python -m rhetoric draft`` fills with ``draft``. A draft row may leave a statement's
target empty (the extraction found none); a reviewed row may not.

``validate_annotations(folder, corpus, registry)`` checks every file with pandera schemas
(types, allowed values, ranges) and then against the corpus and the registry (offsets that
match the quote, known actors and articles, CAMEO codes and their Goldstein scores). It raises
one ``AnnotationError`` listing each problem as ``file, row N, column C: problem`` (row N is the
line of the CSV file, the header being line 1). The build runs it before any notebook.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from rhetoric.columns import (
    DRAFT,
    EVENT_SOURCE_COLUMNS,
    HAND_CODED_EVENT_COLUMNS,
    HAND_CODED_STATEMENT_COLUMNS,
    STATUS_COLUMN,
    STATUSES,
)
from rhetoric.errors import RhetoricError
from rhetoric.paths import CAMEO_PATH  # noqa: F401  (here too: the table these schemas check against)

KINDS = ["direct", "partial", "reported", "authorial"]
PRECISIONS = ["day", "month", "year"]
EVENT_PRECISIONS = ["day", "month", "year", "interval"]
CATEGORIES = ["military", "diplomatic", "domestic_politics", "economic", "legal", "other"]
MAX_PROBLEMS = 12

_ISO_TRUNCATED = r"^\d{4}(-\d{2}(-\d{2})?)?$"
_ISO_DAY = r"^\d{4}-\d{2}-\d{2}$"


class AnnotationError(RhetoricError):
    def __init__(self, problems: list[str]):
        self.problems = problems
        shown = problems[:MAX_PROBLEMS]
        more = f"\n  … and {len(problems) - MAX_PROBLEMS} more" if len(problems) > MAX_PROBLEMS else ""
        super().__init__(f"{len(problems)} problem(s) in the annotations:\n  " + "\n  ".join(shown) + more)


def load_cameo_table(path: Path = CAMEO_PATH) -> pd.DataFrame:
    """The CAMEO event codes the codebook allows: index cameo (string as written), name, plover, goldstein."""
    table = pd.read_csv(path, dtype={"cameo": str, "name": str, "plover": str}, keep_default_na=False)
    table["goldstein"] = pd.to_numeric(table["goldstein"])
    return table.set_index("cameo")


def _text(**kw) -> pa.Column:
    return pa.Column(str, **kw)


def _table(columns: list[str], checks: dict[str, pa.Column]) -> pa.DataFrameSchema:
    """The schema of a file whose columns are ``columns`` (``rhetoric.columns``): each checked
    as ``checks`` says, plus the optional review ``status`` (draft or reviewed), no other column
    allowed, in any order."""
    if set(checks) != set(columns):
        raise ValueError(f"checks and columns differ: {sorted(set(checks) ^ set(columns))}")
    status = pa.Column(str, pa.Check.isin(STATUSES), required=False)
    return pa.DataFrameSchema({**{c: checks[c] for c in columns}, STATUS_COLUMN: status},
                              strict=True, ordered=False)


def is_draft(row) -> bool:
    """True for a row whose review ``status`` is draft (a row without the column is reviewed)."""
    return row.get(STATUS_COLUMN, "") == DRAFT


def _schemas(cameo: pd.DataFrame) -> dict[str, pa.DataFrameSchema]:
    nonempty = pa.Check.str_length(min_value=1)
    return {
        "statements.csv": _table(HAND_CODED_STATEMENT_COLUMNS, {
            "article_id": _text(checks=nonempty),
            "statement_id": _text(checks=pa.Check.str_matches(r"^[\w.-]+$")),
            "speaker": _text(checks=nonempty),
            "target": _text(),  # empty only in a draft row: check_statements
            "kind": _text(checks=pa.Check.isin(KINDS)),
            "quote": _text(checks=nonempty),
            "start": pa.Column(int, pa.Check.ge(0)),
            "end": pa.Column(int, pa.Check.ge(1)),
            "said_on": _text(checks=pa.Check.str_matches(r"^$|" + _ISO_TRUNCATED)),
            "said_on_precision": _text(checks=pa.Check.isin(["", *PRECISIONS])),
            "channel": _text(),
            "cameo": _text(checks=pa.Check.isin(list(cameo.index))),
            "plover": _text(),
            "goldstein": pa.Column(float, pa.Check.in_range(-10, 10)),
            "stance": pa.Column(int, pa.Check.in_range(-2, 2)),
            "note": _text(),
        }),
        "events.csv": _table(HAND_CODED_EVENT_COLUMNS, {
            "event_id": _text(checks=pa.Check.str_matches(r"^[\w.-]+$"), unique=True),
            "title": _text(checks=nonempty),
            "date": _text(checks=pa.Check.str_matches(_ISO_TRUNCATED)),
            "precision": _text(checks=pa.Check.isin(EVENT_PRECISIONS)),
            "earliest": _text(checks=pa.Check.str_matches(_ISO_DAY)),
            "latest": _text(checks=pa.Check.str_matches(_ISO_DAY)),
            "category": _text(checks=pa.Check.isin(CATEGORIES)),
            "actors": _text(),
            "note": _text(),
        }),
        "event_sources.csv": _table(EVENT_SOURCE_COLUMNS, {
            "event_id": _text(checks=nonempty),
            "article_id": _text(checks=nonempty),
            "start": pa.Column(int, pa.Check.ge(0)),
            "end": pa.Column(int, pa.Check.ge(1)),
            "sentence": _text(checks=nonempty),
            "date_text": _text(),
            "stated_date": _text(checks=pa.Check.str_matches(r"^$|" + _ISO_TRUNCATED)),
            "stated_precision": _text(checks=pa.Check.isin(["", *EVENT_PRECISIONS])),
        }),
        "explanations.csv": pa.DataFrameSchema({
            "article_id": _text(checks=nonempty),
            "start": pa.Column(int, pa.Check.ge(0)),
            "end": pa.Column(int, pa.Check.ge(1)),
            "text": _text(checks=nonempty),
            "explanation": _text(checks=nonempty),
            "explains": _text(checks=pa.Check.isin(["backtrack", "hostility", "context"])),
            "note": _text(),
        }, strict=True, ordered=False),
    }


_NUMERIC = {"start": int, "end": int, "stance": int, "goldstein": float}


def _read(path: Path) -> tuple[pd.DataFrame, list[str]]:
    """Read a CSV as text, converting the numeric columns; problems name row and column."""
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except UnicodeDecodeError:
        return pd.DataFrame(), [f"{path}: is not valid UTF-8"]
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        return pd.DataFrame(), [f"{path}: cannot be read as CSV ({str(exc).strip()})"]
    problems = []
    for column, kind in _NUMERIC.items():
        if column not in frame:
            continue
        converted = pd.to_numeric(frame[column], errors="coerce")
        bad = converted.isna() | ((converted % 1 != 0) if kind is int else False)
        for index in frame.index[bad]:
            problems.append(f"{path}, row {index + 2}, column {column}: "
                            f"{frame.at[index, column]!r} is not a{'n integer' if kind is int else ' number'}")
        frame[column] = converted.fillna(0).astype(kind)
    return frame, problems


def _schema_problems(path: Path, frame: pd.DataFrame, schema: pa.DataFrameSchema) -> list[str]:
    try:
        schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        problems = []
        for case in exc.failure_cases.itertuples():
            column = case.column if isinstance(case.column, str) else "(file)"
            if pd.isna(case.index):
                problems.append(f"{path}, column {column}: {case.check} ({case.failure_case})")
            else:
                problems.append(f"{path}, row {int(case.index) + 2}, column {column}: "
                                f"{case.failure_case!r} fails {case.check}")
        return problems
    return []


def _row(path: Path, index: int, column: str, problem: str) -> str:
    return f"{path}, row {index + 2}, column {column}: {problem}"


def check_statements(path: Path, frame: pd.DataFrame, bodies: dict[str, str], actor_ids: set[str],
                     cameo: pd.DataFrame) -> list[str]:
    problems = []
    for i, r in frame.iterrows():
        body = bodies.get(r.article_id)
        if body is None:
            problems.append(_row(path, i, "article_id", f"unknown article '{r.article_id}'"))
        elif body[r.start:r.end] != r.quote:
            problems.append(_row(path, i, "start", f"offsets {r.start}–{r.end} give "
                                 f"{body[r.start:r.end][:60]!r}, not the quote {r.quote[:60]!r}"))
        for column in ("speaker", "target"):
            if column == "target" and not r.target:
                if not is_draft(r):
                    problems.append(_row(path, i, "target", "empty: a reviewed row needs a target "
                                         "(only a draft row may leave it empty)"))
            elif r[column] not in actor_ids:
                problems.append(_row(path, i, column, f"unknown actor id '{r[column]}'"))
        if r.cameo in cameo.index and abs(cameo.at[r.cameo, "goldstein"] - r.goldstein) > 1e-9:
            problems.append(_row(path, i, "goldstein", f"{r.goldstein} is not the Goldstein score of "
                                 f"CAMEO {r.cameo} ({cameo.at[r.cameo, 'goldstein']})"))
        if bool(r.said_on) != bool(r.said_on_precision):
            problems.append(_row(path, i, "said_on_precision", "said_on and its precision go together"))
    return problems


def check_events(path: Path, frame: pd.DataFrame, actor_ids: set[str]) -> list[str]:
    problems = []
    for i, r in frame.iterrows():
        try:
            earliest, latest = pd.Timestamp(r.earliest), pd.Timestamp(r.latest)
        except ValueError:
            problems.append(_row(path, i, "earliest", f"not a real date ({r.earliest} … {r.latest})"))
            continue
        if earliest > latest:
            problems.append(_row(path, i, "earliest", f"earliest {r.earliest} is after latest {r.latest}"))
        for actor in filter(None, r.actors.split(";")):
            if actor not in actor_ids:
                problems.append(_row(path, i, "actors", f"unknown actor id '{actor}'"))
    return problems


def check_event_sources(path: Path, frame: pd.DataFrame, bodies: dict[str, str], event_ids: set[str]) -> list[str]:
    problems = []
    for i, r in frame.iterrows():
        if r.event_id not in event_ids:
            problems.append(_row(path, i, "event_id", f"unknown event '{r.event_id}'"))
        body = bodies.get(r.article_id)
        if body is None:
            problems.append(_row(path, i, "article_id", f"unknown article '{r.article_id}'"))
        elif body[r.start:r.end] != r.sentence:
            problems.append(_row(path, i, "start", f"offsets {r.start}–{r.end} do not give the sentence"))
        if r.date_text and r.date_text not in r.sentence:
            problems.append(_row(path, i, "date_text", f"{r.date_text!r} is not in the sentence"))
    return problems


def validate_annotations(folder: Path | str, corpus: pd.DataFrame, registry) -> None:
    """Check every annotation file in ``folder``; raise AnnotationError listing all problems."""
    folder = Path(folder)
    if not folder.is_dir():
        raise AnnotationError([f"{folder}: annotations folder does not exist"])
    cameo = load_cameo_table()
    schemas = _schemas(cameo)
    bodies = dict(zip(corpus["id"], corpus["body"]))
    actor_ids = set(registry.actors)
    problems: list[str] = []
    frames: dict[str, pd.DataFrame] = {}
    for name, schema in schemas.items():
        path = folder / name
        if not path.is_file():
            continue
        frame, read_problems = _read(path)
        problems += read_problems or _schema_problems(path, frame, schema)
        if not read_problems:
            frames[name] = frame
    if problems:
        raise AnnotationError(problems)
    if "statements.csv" in frames:
        problems += check_statements(folder / "statements.csv", frames["statements.csv"], bodies, actor_ids, cameo)
    if "events.csv" in frames:
        problems += check_events(folder / "events.csv", frames["events.csv"], actor_ids)
    if "event_sources.csv" in frames:
        ids = set(frames["events.csv"]["event_id"]) if "events.csv" in frames else set()
        problems += check_event_sources(folder / "event_sources.csv", frames["event_sources.csv"], bodies, ids)
    if "explanations.csv" in frames:
        problems += check_spans(folder / "explanations.csv", frames["explanations.csv"], bodies, "text")
    if problems:
        raise AnnotationError(problems)


def check_spans(path: Path, frame: pd.DataFrame, bodies: dict[str, str], column: str) -> list[str]:
    """Rows whose article is unknown or whose offsets do not give the text in ``column``."""
    problems = []
    for i, r in frame.iterrows():
        body = bodies.get(r.article_id)
        if body is None:
            problems.append(_row(path, i, "article_id", f"unknown article '{r.article_id}'"))
        elif body[r.start:r.end] != r[column]:
            problems.append(_row(path, i, "start", f"offsets {r.start}–{r.end} do not give the {column}"))
    return problems


def load_explanations(folder: Path | str | None) -> pd.DataFrame | None:
    """The explanations the articles give for the reaction and the backtrack, or None."""
    if not folder or not (Path(folder) / "explanations.csv").is_file():
        return None
    return load_table(Path(folder) / "explanations.csv")


def load_table(path: Path | str) -> pd.DataFrame:
    """One annotation CSV, text columns as text and numeric columns converted; problems raise."""
    frame, problems = _read(Path(path))
    if problems:
        raise AnnotationError(problems)
    return frame


def load_coded_statements(folder: Path | str) -> pd.DataFrame | None:
    """The hand-coded statements, or None when the folder has none (the reports then say so)."""
    path = Path(folder) / "statements.csv" if folder else None
    if path is None or not path.is_file():
        return None
    return load_table(path)


def load_coded_events(folder: Path | str) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """The hand-coded events and their supporting sentences, or None when there are none."""
    if not folder or not (Path(folder) / "events.csv").is_file():
        return None
    return load_table(Path(folder) / "events.csv"), load_table(Path(folder) / "event_sources.csv")
