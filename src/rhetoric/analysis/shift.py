"""Rhetoric shift: did a speaker turn from hostile to conciliatory (or back) toward a target?

``statement_series(statements, speaker, targets)`` orders what one speaker said about one or
more targets; ``detect_shift(series)`` looks for a reversal in it and says how well the record
supports it; ``shift_for(corpus_dir, speaker, targets, ...)`` does both from a corpus, with the
statements ``rhetoric.store.loading`` chooses (a statements store when one is given, else the
hand-coded statements when they exist, else the automated extraction). What the report and the
command line say about a result is in ``rhetoric.report.shift_views``.

Decisions (they shape the result, so they are stated here and repeated in the report):

* **One statement, one vote.** A statement coded toward several of the targets (a row per
  target, sharing ``statement_id``) counts once: its stance and Goldstein score are the means
  of its rows toward the requested targets. Rows toward other targets are ignored.
* **Occurrences, not utterances.** The same remark reported by two articles (or twice in one
  article) is two statements: the codebook codes each occurrence. ``n_sources`` counts the
  distinct articles, so a reader can see how many independent reports there are.
* **Placing in time.** Only statements dated to the day (``said_on_precision == "day"``) are
  placed on the time line. Statements without a date, or dated only to a month or a year,
  stay in the series (``placed`` is False) and are counted in the evidence, but are used
  neither before nor after a change: they cannot be ordered against the days.
* **Exact or inferred dates.** ``date_basis`` is ``exact`` (the text states the date of the
  remark, or of the same remark reported elsewhere in the article), ``inferred`` (the coder
  reasoned the date from context or adjacency: the annotation note says "inferred" or
  "adjacency", or a ``said_on_basis`` column says so), ``approximate`` (month or year only) or
  ``missing``. The automated extractor records no basis, so its day dates count as exact.
* **The shift.** Dated statements are grouped by day; a day's stance is the mean stance of its
  statements (each statement weighs the same). A day whose mean is exactly 0 is *neutral or
  mixed* and belongs to no side. Consecutive non-neutral days with the same sign form a run.
  A reversal is a change of sign between two consecutive runs; its magnitude is the mean
  stance of the statements in the run after minus that of the run before. A reversal is a
  **shift** when ``|magnitude| >= SHIFT_THRESHOLD`` (2 points on the −2…+2 scale: −1 to +1
  is a shift, −1 to +0.5 is not: a sign change, but too small). When several reversals
  qualify, the largest is reported (the earliest on a tie) and ``n_reversals`` says how many
  there were.
* **Latency** is the number of days between the last day of the old stance
  (``old_stance_until``) and the first day of the new one (``new_stance_from``); neutral days
  in between are part of the latency.
* **Automated statements** (the extraction's, or a store of them): a reversal needs at least
  ``MIN_STATEMENTS_PER_SIDE_AUTOMATED`` statements on each side, so that one misdated statement
  cannot make it; a sign change that rests on one is reported as no shift, with that reason.
* **Support** is a plain verdict: *strong* when each side has at least two statements from at
  least two articles and mostly exact dates; *weak* when a side rests on a single statement,
  or on one article whose dates are all inferred; *moderate* otherwise.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

import pandas as pd

from rhetoric.columns import REQUIRED_STATEMENT_COLUMNS
from rhetoric.errors import RhetoricError

if TYPE_CHECKING:
    from rhetoric.store.source import StatementSource

#: Minimum change of mean stance (−2…+2 scale) between the run before and the run after.
SHIFT_THRESHOLD = 2.0
#: Statements the automated extraction gave (directly or through a store of them): a reversal
#: found in them needs this many statements on each side, so that one misdated statement cannot
#: make it.
AUTOMATED_SOURCES = {"automated", "stored"}
MIN_STATEMENTS_PER_SIDE_AUTOMATED = 2

HOSTILE, CONCILIATORY = "hostile", "conciliatory"

#: Columns a statements table must have to be used here.
REQUIRED_COLUMNS = REQUIRED_STATEMENT_COLUMNS

#: Columns of the series returned by ``statement_series``.
SERIES_COLUMNS = ["date", "precision", "date_basis", "placed", "stance", "goldstein", "quote",
                  "article_id", "statement_id", "start", "end", "kind", "speaker", "targets",
                  "n_rows"]

_INFERRED_NOTE = re.compile(r"\binferred\b|\badjacency\b", re.I)


class ShiftError(RhetoricError):
    pass


# --- the series ------------------------------------------------------------------------------

def _text(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if value is pd.NA or value is pd.NaT:
        return ""
    return str(value).strip()


def _date_basis(date: str, precision: str, note: str, basis: str) -> str:
    if not date:
        return "missing"
    if precision and precision != "day":
        return "approximate"
    if basis:
        return "inferred" if basis.lower().startswith("infer") else "exact"
    return "inferred" if _INFERRED_NOTE.search(note) else "exact"


def _mean(values: Iterable) -> float | None:
    vals = [float(v) for v in values if v is not None and not pd.isna(v)]
    return sum(vals) / len(vals) if vals else None


#: Columns ``statement_series`` uses when a statements table has them.
OPTIONAL_COLUMNS = ["kind", "goldstein", "note", "said_on_basis", "date_basis"]


def series_rows(statements, speaker: str, targets: list[str]) -> pd.DataFrame:
    """The rows of ``speaker`` toward any of ``targets``, in corpus order, with only the columns
    ``statement_series`` uses (``statements``: a StatementSource or a frame; queried in DuckDB)."""
    from rhetoric.store.source import as_source, is_in

    source = as_source(statements)
    present = source.columns
    missing = [c for c in REQUIRED_COLUMNS if c not in present]
    if missing:
        raise ShiftError(f"statements table lacks the column(s): {', '.join(missing)}")
    columns = ", ".join(f'"{c}"' for c in REQUIRED_COLUMNS + [c for c in OPTIONAL_COLUMNS if c in present])
    targeted, params = is_in("trim(CAST(target AS VARCHAR))", targets)
    return source.query(f"SELECT {columns} FROM statements "
                        f"WHERE trim(CAST(speaker AS VARCHAR)) = ? AND {targeted} ORDER BY _file, _row",
                        [speaker, *params])


def statement_series(statements, speaker: str, targets: list[str]) -> pd.DataFrame:
    """The ordered statements of ``speaker`` toward any of ``targets``, one row per statement.

    ``statements``: a StatementSource (``rhetoric.store.loading.load_statements``) or a frame of
    statement rows; only the rows of this speaker and these targets are read (``series_rows``).
    Rows sharing (article_id, statement_id) are one statement: stance and goldstein are the
    means over its rows toward the targets, ``targets`` lists them, ``n_rows`` counts them.
    Order: dated statements by date, then article, then offset; undated ones after them, by
    article and offset. Columns: ``SERIES_COLUMNS``.
    """
    if isinstance(targets, str):
        targets = [targets]
    return series_of_rows(series_rows(statements, speaker, list(dict.fromkeys(targets))), speaker, targets)


def series_of_rows(sel: pd.DataFrame, speaker: str, targets: list[str]) -> pd.DataFrame:
    """``statement_series`` from the rows of ``speaker`` toward ``targets`` (``series_rows``)."""
    rows = []
    for (article_id, statement_id), grp in sel.groupby(["article_id", "statement_id"], sort=False):
        first = grp.iloc[0]
        date = _text(first["said_on"])
        precision = _text(first["said_on_precision"]) if date else ""
        note = _text(first["note"]) if "note" in grp.columns else ""
        basis_col = next((c for c in ("said_on_basis", "date_basis") if c in grp.columns), None)
        basis = _text(first[basis_col]) if basis_col else ""
        stance = _mean(pd.to_numeric(grp["stance"], errors="coerce"))
        gold = _mean(pd.to_numeric(grp["goldstein"], errors="coerce")) if "goldstein" in grp else None
        rows.append({
            "date": date or None,
            "precision": precision or None,
            "date_basis": _date_basis(date, precision, note, basis),
            "placed": bool(date) and precision == "day",
            "stance": stance,
            "goldstein": gold,
            "quote": _text(first["quote"]),
            "article_id": _text(article_id),
            "statement_id": _text(statement_id),
            "start": int(first["start"]),
            "end": int(first["end"]),
            "kind": _text(first["kind"]) if "kind" in grp.columns else "",
            "speaker": speaker,
            "targets": ",".join(t for t in targets if t in set(grp["target"].map(_text))),
            "n_rows": len(grp),
        })
    series = pd.DataFrame(rows, columns=SERIES_COLUMNS)
    if series.empty:
        return series
    series["_undated"] = series["date"].isna()
    series["_date"] = series["date"].fillna("")
    series = (series.sort_values(["_undated", "_date", "article_id", "start"], kind="stable")
                    .drop(columns=["_undated", "_date"]).reset_index(drop=True))
    return series


# --- the result ------------------------------------------------------------------------------

@dataclass
class Evidence:
    n_statements: int = 0
    n_dated: int = 0                 # placed on a day
    n_undated: int = 0               # no date at all
    n_approximate: int = 0           # month or year only, not placed
    n_days: int = 0
    n_neutral_days: int = 0          # days whose mean stance is 0 (neutral or mixed)
    n_sources: int = 0
    n_sources_before: int | None = None
    n_sources_after: int | None = None
    n_statements_before: int | None = None
    n_statements_after: int | None = None
    dates_exact: int = 0
    dates_inferred: int = 0
    n_reversals: int = 0             # sign changes that reach the threshold
    n_sign_changes: int = 0          # all sign changes between runs, whatever their size
    support: str = ""


@dataclass
class ShiftResult:
    speaker: str
    targets: list[str]
    source: str | None = None        # "hand-coded" | "automated" | None (series given directly)
    threshold: float = SHIFT_THRESHOLD
    statements: list[dict] = field(default_factory=list)
    days: list[dict] = field(default_factory=list)
    shift_detected: bool = False
    direction: str | None = None
    from_stance: float | None = None
    to_stance: float | None = None
    from_goldstein: float | None = None
    to_goldstein: float | None = None
    magnitude_stance: float | None = None
    magnitude_goldstein: float | None = None
    old_stance_until: str | None = None
    new_stance_from: str | None = None
    latency_days: int | None = None
    sign_changes: list[dict] = field(default_factory=list)
    evidence: Evidence = field(default_factory=Evidence)

    def to_dict(self) -> dict:
        """Plain Python values only: ``json.dumps(result.to_dict(), allow_nan=False)`` works."""
        return asdict(self)


def _r(x: float | None) -> float | None:
    """Rounded, and None for a missing value (NaN is not JSON)."""
    return None if x is None or pd.isna(x) else round(float(x), 3)


def _side(stance: float) -> str:
    return HOSTILE if stance < 0 else CONCILIATORY


def _sources(frame: pd.DataFrame) -> int:
    return int(frame["article_id"].nunique())


def detect_shift(series: pd.DataFrame, speaker: str | None = None,
                 targets: list[str] | None = None, threshold: float = SHIFT_THRESHOLD,
                 source: str | None = None) -> ShiftResult:
    """Look for a reversal of stance in a series from ``statement_series`` (see the module doc).

    ``speaker`` and ``targets`` default to those recorded in the series.
    """
    if series is None or series.empty:
        series = pd.DataFrame(columns=SERIES_COLUMNS)
    if speaker is None:
        speaker = str(series["speaker"].iloc[0]) if len(series) else ""
    if targets is None:
        targets = sorted({t for ts in series["targets"] for t in str(ts).split(",") if t})
    result = ShiftResult(speaker=speaker, targets=list(targets), source=source, threshold=threshold)
    result.statements = [
        {"date": _text(r.date) or None, "stance": _r(r.stance), "goldstein": _r(r.goldstein),
         "quote": r.quote, "article_id": r.article_id, "start": int(r.start), "end": int(r.end),
         "statement_id": r.statement_id, "date_basis": r.date_basis,
         "precision": _text(r.precision) or None, "placed": bool(r.placed)}
        for r in series.itertuples()
    ]
    ev = result.evidence
    ev.n_statements = len(series)
    placed = series[series["placed"].astype(bool)] if len(series) else series
    placed = placed[placed["stance"].notna()]
    ev.n_dated = len(placed)
    ev.n_undated = int((series["date_basis"] == "missing").sum())
    ev.n_approximate = int((series["date_basis"] == "approximate").sum())
    ev.n_sources = _sources(series)
    ev.dates_exact = int((placed["date_basis"] == "exact").sum())
    ev.dates_inferred = int((placed["date_basis"] == "inferred").sum())

    # days and runs of same-sign days
    days = []
    for date, grp in placed.groupby("date", sort=True):
        m = float(grp["stance"].mean())
        days.append({"date": date, "n": len(grp), "mean_stance": m,
                     "mean_goldstein": _mean(grp["goldstein"]), "sources": sorted(grp["article_id"].unique()),
                     "side": None if m == 0 else _side(m)})
    ev.n_days = len(days)
    ev.n_neutral_days = sum(1 for d in days if d["side"] is None)
    result.days = [{"date": d["date"], "n_statements": d["n"], "mean_stance": _r(d["mean_stance"]),
                    "mean_goldstein": _r(d["mean_goldstein"]), "side": d["side"] or "neutral/mixed",
                    "sources": list(d["sources"])} for d in days]

    runs: list[list[dict]] = []
    for d in days:
        if d["side"] is None:
            continue
        if runs and runs[-1][0]["side"] == d["side"]:
            runs[-1].append(d)
        else:
            runs.append([d])

    def run_frame(run):
        return placed[placed["date"].isin([d["date"] for d in run])]

    candidates = []
    for before, after in zip(runs, runs[1:]):
        fb, fa = run_frame(before), run_frame(after)
        s_b, s_a = float(fb["stance"].mean()), float(fa["stance"].mean())
        g_b, g_a = _mean(fb["goldstein"]), _mean(fa["goldstein"])
        mag = s_a - s_b
        candidates.append({
            "direction": f"{before[0]['side']}→{after[0]['side']}",
            "old_stance_until": before[-1]["date"], "new_stance_from": after[0]["date"],
            "from_stance": s_b, "to_stance": s_a, "from_goldstein": g_b, "to_goldstein": g_a,
            "magnitude_stance": mag,
            "magnitude_goldstein": None if g_b is None or g_a is None else g_a - g_b,
            "meets_threshold": abs(mag) >= threshold - 1e-9,
            "_before": fb, "_after": fa,
        })
    ev.n_sign_changes = len(candidates)
    least = MIN_STATEMENTS_PER_SIDE_AUTOMATED if source in AUTOMATED_SOURCES else 1  # (module doc)
    for c in candidates:
        c["one_statement_side"] = min(len(c["_before"]), len(c["_after"])) < least
    qualifying = [c for c in candidates if c["meets_threshold"] and not c["one_statement_side"]]
    ev.n_reversals = len(qualifying)
    result.sign_changes = [
        {k: (_r(v) if isinstance(v, float) else v) for k, v in c.items() if not k.startswith("_")}
        for c in candidates
    ]

    if qualifying:
        best = max(qualifying, key=lambda c: abs(c["magnitude_stance"]))  # first max = earliest
        result.shift_detected = True
        for key in ("direction", "old_stance_until", "new_stance_from"):
            setattr(result, key, best[key])
        for key in ("from_stance", "to_stance", "from_goldstein", "to_goldstein",
                    "magnitude_stance", "magnitude_goldstein"):
            setattr(result, key, _r(best[key]))
        result.latency_days = (dt.date.fromisoformat(best["new_stance_from"])
                               - dt.date.fromisoformat(best["old_stance_until"])).days
        fb, fa = best["_before"], best["_after"]
        ev.n_sources_before, ev.n_sources_after = _sources(fb), _sources(fa)
        ev.n_statements_before, ev.n_statements_after = len(fb), len(fa)
        ev.support = _support_shift(best, series, candidates)
    else:
        ev.support = _support_none(series, placed, days, candidates, threshold)
    return result


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _undated_note(series: pd.DataFrame) -> str:
    loose = series[~series["placed"].astype(bool)]
    if loose.empty:
        return ""
    hostile = int((loose["stance"] < 0).sum())
    warm = int((loose["stance"] > 0).sum())
    arts = ", ".join(sorted(loose["article_id"].unique()))
    return (f" {plural(len(loose), 'statement')} without a day date ({hostile} hostile, "
            f"{warm} conciliatory; {arts}) cannot be placed in time "
            f"and {'are' if len(loose) > 1 else 'is'} not used before or after a change.")


def _support_shift(best: dict, series: pd.DataFrame, candidates: list[dict]) -> str:
    problems, weak, strong = [], False, True
    for _label, frame in (("before", best["_before"]), ("after", best["_after"])):
        side = _side(float(frame["stance"].mean()))
        n, n_src = len(frame), _sources(frame)
        inferred = int((frame["date_basis"] == "inferred").sum())
        bits = []
        if n == 1:
            bits.append("a single statement")
            weak = True
        if n_src == 1:
            bits.append(f"one source ({frame['article_id'].iloc[0]})")
        if inferred == n:
            bits.append("inferred dates only" if n > 1 else "an inferred date")
            if n_src == 1:
                weak = True
        elif inferred:
            bits.append(f"{inferred} of {n} dates inferred")
        if n < 2 or n_src < 2 or inferred * 2 > n:
            strong = False
        if bits:
            problems.append(f"the {side} side rests on " + " and ".join(bits))
    verdict = "weak" if weak else "strong" if strong else "moderate"
    text = f"{verdict}: " + ("; ".join(problems) if problems else
                             "each side has several statements from several sources with stated dates")
    text += "."
    others = len(candidates) - 1
    if others > 0:
        text += f" The record also shows {plural(others, 'other sign change')} (see sign_changes)."
    return text + _undated_note(series)


def _support_none(series, placed, days, candidates, threshold) -> str:
    if series.empty:
        return "no shift: the speaker makes no statement toward these targets."
    if placed.empty:
        return ("no shift: none of the statements is dated to the day, so they cannot be "
                "ordered in time." + _undated_note(series))
    lone = [c for c in candidates if c["meets_threshold"] and c.get("one_statement_side")]
    if lone:
        c = lone[0]
        return (f"no shift: the stance changes sign ({c['direction']}, {c['old_stance_until']} → "
                f"{c['new_stance_from']}), but one side rests on a single statement of the automated "
                f"extraction, whose date may be wrong; check it against its quote." + _undated_note(series))
    if candidates:
        c = max(candidates, key=lambda c: abs(c["magnitude_stance"]))
        return (f"no shift: the stance changes sign ({c['direction']}, {c['old_stance_until']} → "
                f"{c['new_stance_from']}) but by {abs(c['magnitude_stance']):.2f} points, below "
                f"the threshold of {threshold:g}." + _undated_note(series))
    sides = {d["side"] for d in days} - {None}
    mean = float(placed["stance"].mean())
    if len(days) == 1 and len(placed) == 1:
        head = f"no shift: a single dated statement ({placed['date'].iloc[0]}, stance {mean:+g})"
    elif len(days) == 1:
        head = f"no shift: all {len(placed)} dated statements fall on one day ({days[0]['date']})"
    elif not sides:
        head = "no shift: every dated day is neutral or mixed (mean stance 0)"
    else:
        side = sides.pop()
        head = (f"no shift: consistently {side} over {plural(len(days), 'day')} "
                f"({plural(len(placed), 'dated statement')}, mean stance {mean:+.2f})")
        if any(d["side"] is None for d in days):
            head += ", with neutral or mixed days"
    return head + "." + _undated_note(series)


# --- from a corpus ---------------------------------------------------------------------------

def _split_names(names) -> list[str]:
    if isinstance(names, str):
        names = [names]
    out = []
    for n in names:
        out.extend(part.strip() for part in str(n).split(","))
    return [n for n in out if n]


def shift_for(corpus_dir: Path | str, speaker: str, targets, annotations_dir: Path | str | None = None,
              registry=None, threshold: float = SHIFT_THRESHOLD,
              loaded: tuple[StatementSource, str] | None = None,
              statements: Path | str | None = None) -> tuple[pd.DataFrame, ShiftResult]:
    """Resolve the names, load the statements, and return (series, result).

    ``speaker`` None (no speaker to follow) gives an empty series and a result without a shift.
    ``targets`` is a list of names or a comma-separated string ("Turkey,Erdogan"). Names and
    aliases go through the registry; an unknown one raises UnknownActorError with close matches.
    The statements are those ``rhetoric.store.loading.load_statements`` chooses (``statements``:
    a statements store, else the hand coding of ``annotations_dir``, else the automated
    extraction). ``loaded``: the (statements, kind) it already returned, so that a report
    running several cases reads or extracts the statements once.
    """
    from rhetoric.actors import actors_for_corpus, load_actors
    from rhetoric.store.loading import LoadingError, load_statements

    if registry is None:
        registry = load_actors(actors_for_corpus(corpus_dir))
    if speaker is None:  # nobody to follow (rhetoric.analysis.focus found no speaker with a target)
        series = pd.DataFrame(columns=SERIES_COLUMNS).astype({"placed": bool})
        return series, detect_shift(series, "", [], threshold=threshold, source=loaded[1] if loaded else None)
    speaker_id = registry.require(speaker)
    names = _split_names(targets)
    if not names:
        raise ShiftError("no target given: name at least one actor (e.g. --target Turkey,Erdogan)")
    target_ids: list[str] = []
    for name in names:
        tid = registry.require(name)
        if tid not in target_ids:
            target_ids.append(tid)
    if speaker_id in target_ids:
        raise ShiftError(f"the speaker '{speaker_id}' cannot be one of the targets")
    if loaded is None:
        try:
            loaded = load_statements(corpus_dir, registry, annotations_dir, statements)
        except LoadingError as exc:  # the shift's inputs: one kind of error for its callers
            raise ShiftError(str(exc)) from None
    source, kind = loaded
    series = statement_series(source, speaker_id, target_ids)
    return series, detect_shift(series, speaker_id, target_ids, threshold=threshold, source=kind)
