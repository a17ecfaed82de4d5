"""The hand coding's round trip through Label Studio, an open-source annotation tool.

``export_tasks`` turns a corpus and its coding (a hand-coding folder, else the draft of
``rhetoric.coding.draft``) into Label Studio tasks, one per article: ``data`` holds the article's
id, title and body (``text``) and the events its sentences support (``events``: the rows of
events.csv, which are not spans); ``predictions`` holds the coding, one region per statement row
and per event sentence, in the labelling configuration ``labelstudio.xml`` (``CONFIG``):

- a ``labels`` result (``kind``: direct, partial, reported, authorial, or ``event``) with the
  span's ``start``, ``end`` and ``text``;
- per-region results with the same region ``id``: text areas (``statement_id``, ``speaker``,
  ``target``, ``cameo``, ``said_on``, ``channel``, ``event_id``, ``date_text``, ``stated_date``,
  ``note``: ``value.text`` is the list of what was typed) and choices (``stance``,
  ``stated_precision``, ``status``: ``value.choices``).

``import_export`` reads Label Studio's JSON export (a list of tasks, each with its
``annotations`` and ``predictions``; https://labelstud.io/guide/task_format) back into the
three hand-coding tables. Each task's coding is its latest annotation that was not cancelled,
else its first prediction (an article nobody has opened keeps the coding it was given). The
quote is ``body[start:end]``, checked against the region's text (offsets counted in UTF-16 code
units, as some Label Studio versions write them after an emoji, are converted); said_on's
precision follows from its form, and PLOVER and Goldstein from the CAMEO code; actor ids that
the registry does not know are refused, with the task, article and region named.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from rhetoric.columns import (
    EVENT_SOURCE_COLUMNS,
    HAND_CODED_EVENT_COLUMNS,
    HAND_CODED_STATEMENT_COLUMNS,
    REVIEWED,
    STATUS_COLUMN,
)
from rhetoric.errors import RhetoricError

CONFIG = Path(__file__).resolve().parent / "labelstudio.xml"
TEXT, LABELS = "body", "kind"
EVENT_LABEL = "event"
STATEMENT_FIELDS = ["statement_id", "speaker", "target", "cameo", "said_on", "channel", "note"]
EVENT_FIELDS = ["event_id", "date_text", "stated_date", "note"]
CHOICE_FIELDS = {"stance", "stated_precision", STATUS_COLUMN}
PRECISION_BY_LENGTH = {4: "year", 7: "month", 10: "day"}


class LabelStudioError(RhetoricError):
    """A Label Studio export that does not give valid hand coding (named task and region)."""


# --- export ----------------------------------------------------------------------------------

def _stance_choice(stance: int) -> str:
    return f"{int(stance):+d}" if int(stance) else "0"


def _region(rid: str, start: int, end: int, text: str, label: str, fields: dict[str, str]) -> list[dict]:
    """A span's results: its label, then one per-region result per filled field."""
    where = {"start": int(start), "end": int(end)}
    results = [{"id": rid, "from_name": LABELS, "to_name": TEXT, "type": "labels",
                "value": {**where, "text": text, "labels": [label]}}]
    for name, value in fields.items():
        if value == "" or value is None:
            continue
        if name in CHOICE_FIELDS:
            results.append({"id": rid, "from_name": name, "to_name": TEXT, "type": "choices",
                            "value": {**where, "text": text, "choices": [str(value)]}})
        else:
            results.append({"id": rid, "from_name": name, "to_name": TEXT, "type": "textarea",
                            "value": {**where, "text": [str(value)]}})
    return results


def _rows_of(frame: pd.DataFrame | None, article: str) -> pd.DataFrame:
    if frame is None or frame.empty:
        return pd.DataFrame()
    return frame[frame["article_id"] == article]


def coding_results(statements: pd.DataFrame | None, sources: pd.DataFrame | None, article: str) -> list[dict]:
    """The regions of one article's coding, statements first, in file order."""
    results = []
    for n, r in enumerate(_rows_of(statements, article).to_dict("records"), 1):
        fields = {f: r.get(f, "") for f in STATEMENT_FIELDS}
        fields["stance"] = _stance_choice(r["stance"])
        fields[STATUS_COLUMN] = r.get(STATUS_COLUMN, "")
        results += _region(f"s{n:04d}", r["start"], r["end"], r["quote"], r["kind"], fields)
    for n, r in enumerate(_rows_of(sources, article).to_dict("records"), 1):
        fields = {f: r.get(f, "") for f in EVENT_FIELDS if f != "note"}
        fields["stated_precision"] = r.get("stated_precision", "")
        fields[STATUS_COLUMN] = r.get(STATUS_COLUMN, "")
        results += _region(f"e{n:04d}", r["start"], r["end"], r["sentence"], EVENT_LABEL, fields)
    return results


def export_tasks(corpus_dir: Path | str, registry, annotations_dir: Path | str | None = None) -> list[dict]:
    """One Label Studio task per article, with the coding of ``annotations_dir`` (else the
    draft from the automated extraction) as its prediction."""
    from rhetoric.annotations import load_table
    from rhetoric.corpus import iter_articles

    if annotations_dir:
        folder = Path(annotations_dir)

        def table(name):
            return load_table(folder / name) if (folder / name).is_file() else None

        statements, events, sources = table("statements.csv"), table("events.csv"), table("event_sources.csv")
        version = f"hand coding ({folder.name})"
    else:
        from rhetoric.coding.draft import draft_events, draft_statements
        from rhetoric.store.cache import cached_table

        statements = draft_statements(cached_table(corpus_dir, registry, "statements"))
        events, sources = draft_events(cached_table(corpus_dir, registry, "events"))
        version = "draft (automated extraction)"
    events_of = {}
    if events is not None:
        events = events.assign(row=range(len(events)))
        cited = sources if sources is not None else pd.DataFrame(columns=["event_id", "article_id"])
        for article, ids in cited.groupby("article_id")["event_id"]:
            events_of[article] = events[events["event_id"].isin(set(ids))]
    tasks = []
    for i, article in enumerate(iter_articles(corpus_dir)):
        own = events_of.get(article.id, pd.DataFrame())
        if i == 0 and events is not None:  # events no sentence supports travel with the first task
            own = pd.concat([own, events[~events["event_id"].isin(set(sources["event_id"]) if sources is not None
                                                                 else set())]])
        data = {"article_id": article.id, "title": article.meta.title, "text": article.body,
                "events": json.loads(own.sort_values("row").to_json(orient="records", force_ascii=False))
                if len(own) else []}
        tasks.append({"data": data, "predictions": [
            {"model_version": version, "result": coding_results(statements, sources, article.id)}]})
    return tasks


def write_export(tasks: list[dict], out: Path | str) -> tuple[Path, Path]:
    """Write the tasks as JSON and the labelling configuration beside them (labelstudio.xml)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(tasks, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    config = out.parent / CONFIG.name
    config.write_text(CONFIG.read_text(encoding="utf-8"), encoding="utf-8")
    return out, config


# --- import ----------------------------------------------------------------------------------

def _chosen_result(task: dict) -> list[dict]:
    """The task's latest annotation that was not cancelled, else its first prediction."""
    annotations = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
    if annotations:
        latest = max(annotations, key=lambda a: (str(a.get("updated_at") or a.get("created_at") or ""),
                                                  str(a.get("id", ""))))
        return latest.get("result") or []
    predictions = task.get("predictions") or []
    return (predictions[0].get("result") or []) if predictions else []


def _utf16_to_codepoints(body: str, offset: int) -> int:
    """The Python index of a UTF-16 code-unit offset into ``body``."""
    units = 0
    for index, char in enumerate(body):
        if units >= offset:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(body)


class _Regions:
    """The regions of one task's result, by id, in the order they first appear."""

    def __init__(self, result: list[dict], where: str):
        self.where = where
        self.regions: dict[str, dict] = {}
        for item in result:
            if item.get("to_name", TEXT) != TEXT or "id" not in item:
                continue
            region = self.regions.setdefault(item["id"], {"fields": {}})
            value = item.get("value") or {}
            name = item.get("from_name")
            if item.get("type") == "labels" or name == LABELS:
                region.update(start=value.get("start"), end=value.get("end"), text=value.get("text"),
                              label=(value.get("labels") or [""])[0])
            elif item.get("type") == "choices":
                region["fields"][name] = (value.get("choices") or [""])[0]
            elif item.get("type") == "textarea":
                typed = value.get("text")
                region["fields"][name] = (typed[0] if typed else "") if isinstance(typed, list) else (typed or "")


def _span(body: str, region: dict, where: str) -> tuple[int, int, str]:
    """The region's offsets in ``body`` (code points) and its text, checked."""
    try:
        start, end = int(region["start"]), int(region["end"])
    except (KeyError, TypeError, ValueError):
        raise LabelStudioError(f"{where}: has no start and end offsets") from None
    text = region.get("text")
    if 0 <= start < end <= len(body) and (not isinstance(text, str) or body[start:end] == text):
        return start, end, body[start:end]
    s16, e16 = _utf16_to_codepoints(body, start), _utf16_to_codepoints(body, end)
    if isinstance(text, str) and body[s16:e16] == text:
        return s16, e16, text
    raise LabelStudioError(f"{where}: offsets {start}–{end} give {body[start:end][:60]!r}, "
                           f"not the region's text {str(text)[:60]!r}")


def import_export(export: Path | str | list, corpus_dir: Path | str, registry) -> dict[str, pd.DataFrame]:
    """Label Studio's JSON export (a path, or the loaded list of tasks) as hand-coding tables:
    {"statements.csv", "events.csv", "event_sources.csv"} (the last two when there are events)."""
    from rhetoric.annotations import KINDS, load_cameo_table
    from rhetoric.corpus import iter_articles

    if not isinstance(export, list):
        try:
            export = json.loads(Path(export).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise LabelStudioError(f"{export}: cannot be read as a Label Studio JSON export ({exc})") from None
    if not isinstance(export, list):
        raise LabelStudioError("a Label Studio JSON export is a list of tasks")
    bodies = {a.id: a.body for a in iter_articles(corpus_dir)}
    order = {article: i for i, article in enumerate(bodies)}
    cameo = load_cameo_table()
    actors = set(registry.actors)
    statements, sources, events = [], [], {}
    for t, task in enumerate(export, 1):
        article = (task.get("data") or {}).get("article_id")
        name = f"task {task.get('id', t)} (article {article})"
        if article not in bodies:
            raise LabelStudioError(f"{name}: the corpus has no such article")
        for event in (task.get("data") or {}).get("events") or []:
            key = event.get("event_id")
            kept = {c: event.get(c, "") for c in HAND_CODED_EVENT_COLUMNS + [STATUS_COLUMN, "row"]}
            if key in events and {k: v for k, v in events[key].items() if k != "row"} != \
                    {k: v for k, v in kept.items() if k != "row"}:
                raise LabelStudioError(f"{name}: event {key} differs from its definition in another task")
            events.setdefault(key, kept)
        regions = _Regions(_chosen_result(task), name)
        for n, (rid, region) in enumerate(regions.regions.items()):
            where = f"{name}, region {rid}"
            if "label" not in region:
                raise LabelStudioError(f"{where}: has no kind label (direct, partial, reported, authorial, event)")
            start, end, text = _span(bodies[article], region, where)
            fields = region["fields"]
            status = fields.get(STATUS_COLUMN, "")
            if region["label"] == EVENT_LABEL:
                sources.append({"event_id": fields.get("event_id", ""), "article_id": article, "start": start,
                                "end": end, "sentence": text, "date_text": fields.get("date_text", ""),
                                "stated_date": fields.get("stated_date", ""),
                                "stated_precision": fields.get("stated_precision", ""), STATUS_COLUMN: status,
                                "_order": (order[article], n)})
                continue
            if region["label"] not in KINDS:
                raise LabelStudioError(f"{where}: unknown kind '{region['label']}'")
            sid = fields.get("statement_id", "") or f"{article}-R{n + 1:03d}"
            row = {"article_id": article, "statement_id": sid, "kind": region["label"], "quote": text,
                   "start": start, "end": end, **{f: fields.get(f, "") for f in ("speaker", "target", "said_on",
                                                                                  "channel", "cameo", "note")}}
            for column in ("speaker", "target"):
                if row[column] and row[column] not in actors:
                    raise LabelStudioError(f"{where}, statement {sid}, {column}: unknown actor id "
                                           f"'{row[column]}' (use an id of the actors.yml)")
                if not row[column] and (column == "speaker" or status != "draft"):
                    raise LabelStudioError(f"{where}, statement {sid}: no {column}")
            if row["cameo"] not in cameo.index:
                raise LabelStudioError(f"{where}, statement {sid}: unknown CAMEO code '{row['cameo']}'")
            try:
                stance = int(fields.get("stance", ""))
            except ValueError:
                raise LabelStudioError(f"{where}, statement {sid}: no stance chosen") from None
            row.update(said_on_precision=PRECISION_BY_LENGTH.get(len(row["said_on"]), "") if row["said_on"] else "",
                       plover=cameo.at[row["cameo"], "plover"], goldstein=float(cameo.at[row["cameo"], "goldstein"]),
                       stance=stance, **{STATUS_COLUMN: status, "_order": (order[article], n)})
            statements.append(row)
    return _tables(statements, sources, events)


def _with_status(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """The columns in file order; the status column only when some row has one (then every row:
    a region a coder added without choosing one is reviewed)."""
    if (frame[STATUS_COLUMN] != "").any():
        return frame.assign(**{STATUS_COLUMN: frame[STATUS_COLUMN].replace("", REVIEWED)})[columns + [STATUS_COLUMN]]
    return frame[columns]


def _tables(statements: list[dict], sources: list[dict], events: dict[str, dict]) -> dict[str, pd.DataFrame]:
    tables = {}
    frame = pd.DataFrame(statements, columns=HAND_CODED_STATEMENT_COLUMNS + [STATUS_COLUMN, "_order"])
    tables["statements.csv"] = _with_status(frame.sort_values("_order", kind="stable"), HAND_CODED_STATEMENT_COLUMNS)
    if events or sources:
        listed = pd.DataFrame(list(events.values()), columns=HAND_CODED_EVENT_COLUMNS + [STATUS_COLUMN, "row"])
        listed["row"] = pd.to_numeric(listed["row"], errors="coerce").fillna(len(listed))
        listed = listed.sort_values("row", kind="stable").fillna("").reset_index(drop=True)
        tables["events.csv"] = _with_status(listed, HAND_CODED_EVENT_COLUMNS)
        rank = {e: i for i, e in enumerate(listed["event_id"])}
        frame = pd.DataFrame(sources, columns=EVENT_SOURCE_COLUMNS + [STATUS_COLUMN, "_order"])
        frame["_rank"] = frame["event_id"].map(rank).fillna(len(rank))
        frame = frame.sort_values(["_rank", "_order"], kind="stable")
        tables["event_sources.csv"] = _with_status(frame, EVENT_SOURCE_COLUMNS)
    return {name: table.reset_index(drop=True) for name, table in tables.items()}


def write_import(export: Path | str, corpus_dir: Path | str, registry, out: Path | str) -> dict[str, int]:
    """Import a Label Studio export into ``out`` (a folder that holds no coding yet), after
    ``rhetoric.annotations.validate_annotations`` has accepted it; returns the rows per file."""
    import shutil
    import tempfile

    from rhetoric.annotations import AnnotationError, validate_annotations
    from rhetoric.coding.draft import holds_coding, write_coding
    from rhetoric.corpus import load_corpus

    out = Path(out)
    if holds_coding(out):
        write_coding(out, {})  # raises: never written over
    tables = import_export(export, corpus_dir, registry)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        write_coding(staging, tables)
        try:
            validate_annotations(staging, load_corpus(corpus_dir), registry)
        except AnnotationError as exc:
            raise AnnotationError([p.replace(str(staging), str(out)) for p in exc.problems]) from None
        out.mkdir(exist_ok=True)
        for name in tables:
            (staging / name).replace(out / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return {name: len(frame) for name, frame in tables.items()}
