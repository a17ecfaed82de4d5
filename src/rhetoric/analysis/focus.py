"""Report parameters chosen from the data, for corpora whose actors nobody has picked by hand.

The study's reports name their focus (``speaker: vucic``, ``targets: [turkey, erdogan]``). A
forked corpus has other actors, so ``reports.yml`` gives its reports ``auto`` instead, and the
notebooks resolve it here, from the statements themselves:

- ``auto`` (or ``auto:1``) as a speaker is the registry actor quoted most often (statements
  with a target, the authorial voice excluded); ``auto:2`` the second, and so on. Ties go to
  the actor id that sorts first, so the choice is deterministic.
- ``auto`` as targets is the chosen speaker's most frequent targets (at most two).
- ``auto`` as control cases is the next speakers toward the same targets.
- ``auto`` as a date window is the span of the dated statements or events, padded a little.

A name that is not ``auto`` goes through the registry as usual (unknown names raise
UnknownActorError with the close matches). Every choice is returned, so the report can state
what it chose and why.

``statements`` is what ``rhetoric.store.loading.load_statements`` returns, a
``rhetoric.store.source.StatementSource`` (``StatementSource(frame=df)`` for a frame): the
counts are one DuckDB query each, over the Parquet dataset or the hand-coded rows. (This
module only calls its ``query`` and does not import it.)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from rhetoric.errors import RhetoricError
from rhetoric.markup import md_text

AUTO = "auto"


class FocusError(RhetoricError):
    pass


def is_auto(value) -> bool:
    return isinstance(value, str) and (value == AUTO or value.startswith(AUTO + ":"))


def _rank(value: str) -> int:
    if value == AUTO:
        return 1
    try:
        rank = int(value.split(":", 1)[1])
    except ValueError:
        rank = 0
    if rank < 1:
        raise FocusError(f"'{value}': use auto, or auto:N with N = 1, 2, …")
    return rank


#: Attributed statement rows with a target, both ends actors of the registry (``?`` × 2: the
#: actor ids, as lists). The authorial voice is left out.
_TARGETED = "kind IS DISTINCT FROM 'authorial' AND list_contains(?, speaker) AND list_contains(?, target)"


def _known(registry) -> list[str]:
    return sorted(set(registry.actors) - {"author"})


def _count_statements(statements, registry, by: str, where: str = "true", params=()) -> pd.Series:
    """Statements (not rows) with a target per value of ``by`` ("speaker" or "target"), among
    the rows that also meet ``where``; most first, ties by id. Counted in DuckDB."""
    known = _known(registry)
    counts = statements.query(
        f"SELECT {by} AS actor, count(*) AS n FROM ("
        f"  SELECT DISTINCT article_id, statement_id, {by} FROM statements"
        f"  WHERE {_TARGETED} AND {where}) "
        f"GROUP BY actor ORDER BY n DESC, actor", [known, known, *params])
    return pd.Series(counts["n"].to_numpy(), index=pd.Index(counts["actor"], name=by), name="statements")


def speakers(statements, registry) -> pd.Series:
    """Registry actors by the number of statements with a target they make, most first."""
    return _count_statements(statements, registry, "speaker")


def pick_speaker(statements, value: str, registry) -> str:
    """An actor id: ``value`` resolved through the registry, or the auto:N most-quoted speaker."""
    if not is_auto(value):
        return registry.require(value)
    ranked = list(speakers(statements, registry).index)
    rank = _rank(value)
    if len(ranked) < rank:
        raise FocusError(f"speaker '{value}': the statements name {len(ranked)} speaker(s) with a "
                         f"target among the actors of the registry, so there is no speaker number {rank}")
    return ranked[rank - 1]


def pick_targets(statements, speaker: str, value, registry, most: int = 2) -> list[str]:
    """Target ids: the given names resolved, or the speaker's most frequent targets."""
    if not is_auto(value):
        names = [value] if isinstance(value, str) else list(value)
        return [registry.require(n) for n in names]
    counts = _count_statements(statements, registry, "target", "speaker = ? AND target <> ?",
                               [speaker, speaker])
    if counts.empty:
        raise FocusError(f"targets 'auto': {registry.name(speaker)} has no statement with a target")
    # the speaker's own state and its bodies ("Aliyev about Azerbaijan") are not whom a change
    # of tone is looked for toward, unless the speaker addresses nobody else
    home = registry.state_of(speaker)
    others = [t for t in counts.index if home is None or registry.state_of(t) != home]
    return (others or list(counts.index))[:most]



def pick_controls(statements, speaker: str, targets: list[str], value, registry,
                  most: int = 2) -> list[dict]:
    """Control cases: as given, or the next speakers toward the same targets (auto)."""
    if not is_auto(value):
        return list(value)
    others = _count_statements(statements, registry, "speaker",
                               "list_contains(?, target) AND speaker <> ? AND NOT list_contains(?, speaker)",
                               [list(targets), speaker, list(targets)])
    return [{"speaker": other, "targets": list(targets)} for other in others.index[:most]]


def _dates(values) -> list[dt.date]:
    """The dates among ``values`` (ISO days, months 'YYYY-MM' and years 'YYYY' count from their
    first day; timestamps by their day); anything else is skipped."""
    out = []
    for v in values:
        text = str(v)[:10] if v is not None else ""
        text += {4: "-01-01", 7: "-01"}.get(len(text), "")
        try:
            out.append(dt.date.fromisoformat(text))
        except ValueError:
            continue
    return out


def pick_window(dates, value, pad_days: int = 2) -> list[str] | None:
    """A [start, end] window of ISO dates: as given, or the span of ``dates`` padded (auto).

    ``auto`` with nothing dated gives None: no window, everything is shown.
    """
    if not is_auto(value):
        return list(value)
    found = _dates(dates)
    if not found:
        return None
    pad = dt.timedelta(days=pad_days)
    return [(min(found) - pad).isoformat(), (max(found) + pad).isoformat()]


def busiest_window(dates, value, days: int = 10) -> list[str] | None:
    """A close-up [start, end]: as given, or the ``days``-day span holding the most dates (auto).

    Ties go to the earliest span; ``auto`` with nothing dated gives None.
    """
    if not is_auto(value):
        return list(value)
    found = sorted(_dates(dates))
    if not found:
        return None
    span = dt.timedelta(days=days - 1)
    best_start, best_count = found[0], 0
    for start in found:
        count = sum(1 for d in found if start <= d <= start + span)
        if count > best_count:
            best_start, best_count = start, count
    return [best_start.isoformat(), (best_start + span).isoformat()]


def _show(value, registry) -> str:
    """A chosen value in Markdown: actor names (escaped), or the value itself (escaped)."""
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return "; ".join(f"{md_text(registry.name(c['speaker']))} → "
                         f"{', '.join(md_text(registry.name(t)) for t in c['targets'])}" for c in value)
    if isinstance(value, (list, tuple)):
        return ", ".join(_show(v, registry) for v in value) or "none"
    return md_text(registry.name(value) if value in registry.actors else value)


def note(choices: dict, registry) -> str:
    """A Markdown paragraph naming what ``auto`` chose: ``{label: (given, chosen)}``.

    Empty when no parameter was ``auto``, so the study's own reports say nothing extra.
    """
    parts = [f"{label}: **{_show(chosen, registry)}**" for label, (given, chosen) in choices.items()
             if is_auto(given)]
    if not parts:
        return ""
    return ("\n\nChosen from the data, because the parameters say `auto`: " + "; ".join(parts) + ". "
            "The speaker is the actor quoted most often with a target; the targets are those they "
            "address most.")


@dataclass
class ShiftFocus:
    """Who and what the rhetoric-shift report follows, and the note saying how it was chosen."""

    speaker: str
    targets: list[str]
    controls: list[dict]
    note: str


def shift_parameters(statements, registry, speaker, targets, control_cases) -> ShiftFocus:
    """Resolve the shift report's speaker, targets and control cases (each may be ``auto``)."""
    speaker_id = pick_speaker(statements, speaker, registry)
    target_ids = pick_targets(statements, speaker_id, targets, registry)
    cases = pick_controls(statements, speaker_id, target_ids, control_cases, registry)
    text = note({"speaker": (speaker, speaker_id), "targets": (targets, target_ids),
                 "control cases": (control_cases, cases)}, registry)
    return ShiftFocus(speaker_id, target_ids, cases, text)
