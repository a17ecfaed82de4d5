"""``python -m rhetoric draft CORPUS --out DIR``: the automated extraction as hand-coding files.

The draft is the study's hand-coding schema (``rhetoric.annotations``, columns in docs/DATA.md)
filled with what the extraction finds, every row with ``status`` = ``draft``, for a coder to
correct rather than start from a blank sheet:

- ``statements.csv``: one row per (statement, target), with offsets, kind, speaker, target,
  stance, CAMEO code, PLOVER category and Goldstein score (from the CAMEO table), said_on and
  channel. Statement ids are ``<article id>-S<nnn>`` in text order. A date the extraction can
  only bound (an interval) is not a codebook precision: said_on is left empty and the note
  gives the interval. A statement the extraction found no target for keeps an empty target,
  which ``validate`` allows in a draft row only;
- ``events.csv`` and ``event_sources.csv``: one event per dated expression of a sentence
  (``rhetoric.extract.events``), ids E001… in date order, its sentence as the source; the
  coder merges the events that are one.

``write_draft`` never writes into a folder that already holds coding.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from rhetoric.columns import (
    DRAFT,
    EVENT_SOURCE_COLUMNS,
    HAND_CODED_EVENT_COLUMNS,
    HAND_CODED_STATEMENT_COLUMNS,
    STATUS_COLUMN,
)
from rhetoric.errors import RhetoricError

#: The files of a hand-coding folder; a folder holding any of them is not written into.
CODING_FILES = ("statements.csv", "events.csv", "event_sources.csv", "explanations.csv")
#: Date precisions a statement's said_on may have in the codebook.
SAID_ON_PRECISIONS = ("day", "month", "year")
TITLE_LENGTH = 90


class DraftError(RhetoricError):
    """A draft that cannot be written (a folder that already holds coding)."""


def draft_statements(extracted: pd.DataFrame) -> pd.DataFrame:
    """The extracted statements (``rhetoric.columns.STATEMENT_COLUMNS``) as draft hand-coding rows."""
    rows = extracted.fillna({"target": "", "said_on": "", "said_on_precision": "", "channel": "",
                             "plover": "", "verb": "", "flag": ""}).copy()
    rows = rows.sort_values(["article_id", "start", "end"], kind="stable")
    number = {}
    for article, ids in rows.groupby("article_id", sort=False)["statement_id"]:
        for n, old in enumerate(dict.fromkeys(ids), 1):
            number[(article, old)] = f"{article}-S{n:03d}"
    rows["statement_id"] = [number[(a, s)] for a, s in zip(rows["article_id"], rows["statement_id"])]
    notes = []
    for r in rows.itertuples():
        note = "automated extraction" + (f", reporting verb '{r.verb}'" if r.verb else "")
        if r.flag:
            note += f"; flag: {r.flag}"
        if r.said_on_precision and r.said_on_precision not in SAID_ON_PRECISIONS:
            note += f"; dated {r.said_on} ({r.said_on_precision}): give a day, month or year, or none"
        notes.append(note)
    rows["note"] = notes
    vague = ~rows["said_on_precision"].isin(("", *SAID_ON_PRECISIONS))
    rows.loc[vague, ["said_on", "said_on_precision"]] = ""
    rows[STATUS_COLUMN] = DRAFT
    out = rows[HAND_CODED_STATEMENT_COLUMNS + [STATUS_COLUMN]].reset_index(drop=True)
    out["start"], out["end"], out["stance"] = (out[c].astype(int) for c in ("start", "end", "stance"))
    return out


def _title(sentence: str) -> str:
    text = " ".join(sentence.split())
    return text if len(text) <= TITLE_LENGTH else text[:TITLE_LENGTH - 1].rstrip() + "…"


def draft_events(dated: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The extracted dated sentences (``rhetoric.columns.EVENT_COLUMNS``) as draft events and
    event sources: one event per dated expression, in the codebook's order (earliest, latest)."""
    dated = dated.fillna({"actors": "", "category": "other", "date_text": ""}).sort_values(
        ["earliest", "latest", "article_id", "start"], kind="stable").reset_index(drop=True)
    ids = [f"E{n:03d}" for n in range(1, len(dated) + 1)]
    events = pd.DataFrame({
        "event_id": ids, "title": dated["sentence"].map(_title), "date": dated["date"],
        "precision": dated["precision"], "earliest": dated["earliest"], "latest": dated["latest"],
        "category": dated["category"].replace("", "other"), "actors": dated["actors"],
        "note": "automated extraction: " + dated["article_id"] + ", '" + dated["date_text"] + "'",
        STATUS_COLUMN: DRAFT}, columns=HAND_CODED_EVENT_COLUMNS + [STATUS_COLUMN])
    sources = pd.DataFrame({
        "event_id": ids, "article_id": dated["article_id"], "start": dated["start"].astype(int),
        "end": dated["end"].astype(int), "sentence": dated["sentence"], "date_text": dated["date_text"],
        "stated_date": dated["date"], "stated_precision": dated["precision"], STATUS_COLUMN: DRAFT},
        columns=EVENT_SOURCE_COLUMNS + [STATUS_COLUMN])
    return events, sources


def holds_coding(folder: Path) -> list[str]:
    """The coding files already in ``folder`` (none when it does not exist)."""
    return [name for name in CODING_FILES if (folder / name).exists()]


def write_coding(folder: Path | str, tables: dict[str, pd.DataFrame]) -> Path:
    """Write hand-coding tables (file name → frame) into a folder that holds no coding yet."""
    folder = Path(folder)
    present = holds_coding(folder)
    if present:
        raise DraftError(f"{folder}: already holds coding ({', '.join(present)}); "
                         f"give a new folder, nothing was written")
    folder.mkdir(parents=True, exist_ok=True)
    for name, frame in tables.items():
        frame.to_csv(folder / name, index=False, encoding="utf-8", lineterminator="\n")
    return folder


def write_draft(corpus_dir: Path | str, registry, out: Path | str) -> dict[str, int]:
    """Extract ``corpus_dir`` (from the cache when it is there) and write the draft into ``out``;
    returns the number of rows of each file."""
    from rhetoric.store.cache import cached_table

    if holds_coding(Path(out)):
        write_coding(out, {})  # raises, before any extraction runs
    statements = draft_statements(cached_table(corpus_dir, registry, "statements"))
    events, sources = draft_events(cached_table(corpus_dir, registry, "events"))
    tables = {"statements.csv": statements, "events.csv": events, "event_sources.csv": sources}
    write_coding(out, tables)
    return {name: len(frame) for name, frame in tables.items()}
