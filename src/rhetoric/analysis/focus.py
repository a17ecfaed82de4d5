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
from pathlib import Path

import pandas as pd

from rhetoric.errors import RhetoricError
from rhetoric.markup import md_code, md_text

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


def unregistered_speakers(statements, registry) -> pd.Series:
    """Speakers the extraction kept by name because the registry does not know them: the
    number of statements of each (the authorial voice left out), most first, ties by name."""
    known = [*_known(registry), "author"]
    counts = statements.query(
        "SELECT speaker AS name, count(*) AS n FROM ("
        "  SELECT DISTINCT article_id, statement_id, speaker FROM statements"
        "  WHERE kind IS DISTINCT FROM 'authorial' AND coalesce(speaker, '') <> ''"
        "    AND NOT list_contains(?, speaker)) "
        "GROUP BY name ORDER BY n DESC, name", [known])
    return pd.Series(counts["n"].to_numpy(), index=pd.Index(counts["name"], name="speaker"), name="statements")


def pick_speaker(statements, value: str, registry) -> str | None:
    """An actor id: ``value`` resolved through the registry, or the auto:N most-quoted speaker;
    None when ``auto:N`` finds fewer than N speakers the registry knows (``note`` says why)."""
    if not is_auto(value):
        return registry.require(value)
    ranked = list(speakers(statements, registry).index)
    rank = _rank(value)
    return ranked[rank - 1] if len(ranked) >= rank else None


def pick_targets(statements, speaker: str | None, value, registry, most: int = 2) -> list[str]:
    """Target ids: the given names resolved, or the speaker's most frequent targets (none when
    the speaker addresses no actor of the registry)."""
    if not is_auto(value):
        names = [value] if isinstance(value, str) else list(value)
        return [registry.require(n) for n in names]
    if speaker is None:
        return []
    counts = _count_statements(statements, registry, "target", "speaker = ? AND target <> ?",
                               [speaker, speaker])
    if counts.empty:
        return []
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


def note(choices: dict, registry, statements=None) -> str:
    """A Markdown paragraph naming what ``auto`` chose: ``{label: (given, chosen)}``.

    Empty when no parameter was ``auto``, so the study's own reports say nothing extra. When
    ``auto`` found no speaker (chosen None), the paragraph says why, names the speakers the
    registry does not know (from ``statements``) and gives the next step (``nobody_known``).
    """
    parts = [f"{label}: **{_show(chosen, registry) if chosen is not None else 'none'}**"
             for label, (given, chosen) in choices.items() if is_auto(given)]
    if not parts:
        return ""
    text = "\n\nChosen from the data, because the parameters say `auto`: " + "; ".join(parts) + "."
    if any(is_auto(given) and chosen is None for given, chosen in choices.values()):
        return text + " " + nobody_known(statements, registry)
    return text + (" The speaker is the actor quoted most often with a target; the targets are those "
                   "they address most.")


def registry_label(registry) -> str:
    """The registry as a reader should know it: its file, and whether it is the study's own."""
    from rhetoric.paths import DEFAULT_ACTORS

    path = getattr(registry, "path", None)
    if path is None:
        return "the actor registry"
    if Path(path).resolve() == DEFAULT_ACTORS.resolve():
        return ("the actor registry, the study's `data/actors.yml` (this corpus has no `actors.yml` "
                "beside its folder)")
    return f"the actor registry, {md_code(Path(path).name)}"


def nobody_known(statements, registry, most: int = 12) -> str:
    """Markdown for an ``auto`` that found no speaker: how many speakers of the registry are
    quoted with a target, the speakers it does not know, by name, and the next step (an
    actors.yml beside the corpus, which ``python -m rhetoric propose-actors`` drafts)."""
    known = speakers(statements, registry) if statements is not None else pd.Series(dtype=int)
    found = unregistered_speakers(statements, registry) if statements is not None else pd.Series(dtype=int)
    if len(known):
        head = (f"**No speaker to follow here.** Only {len(known)} speaker(s) of {registry_label(registry)} "
                f"are quoted with a target ({', '.join(md_text(registry.name(a)) for a in known.index[:most])}), "
                f"fewer than this report asks for.")
    else:
        head = (f"**No speaker to follow.** No statement of these articles has a speaker and a target "
                f"that are both actors of {registry_label(registry)}.")
    if len(found):
        names = ", ".join(f"**{md_text(name)}** ({n})" for name, n in found.head(most).items())
        more = f" and {len(found) - most} more" if len(found) > most else ""
        head += (f" The extraction found {len(found)} speaker(s) that the registry does not know, with "
                 f"their number of statements: {names}{more}. The tables show them by name, but only "
                 f"actors of the registry can be followed, as speakers or as the actors a statement is about.")
    return (head + " **Next step:** write an `actors.yml` beside the corpus folder "
            "(`python -m rhetoric propose-actors CORPUS` drafts one from the names found: check each "
            "actor's kind, role and aliases, and add the places and organisations the articles talk "
            "about), then build again.")


@dataclass
class ShiftFocus:
    """Who and what the rhetoric-shift report follows, and the note saying how it was chosen."""

    speaker: str | None  # None: no speaker of the registry to follow (the note says why)
    targets: list[str]
    controls: list[dict]
    note: str


def shift_parameters(statements, registry, speaker, targets, control_cases) -> ShiftFocus:
    """Resolve the shift report's speaker, targets and control cases (each may be ``auto``)."""
    speaker_id = pick_speaker(statements, speaker, registry)
    target_ids = pick_targets(statements, speaker_id, targets, registry)
    if speaker_id is not None and not target_ids:  # a speaker who addresses no actor: nothing to follow
        speaker_id = None
    cases = pick_controls(statements, speaker_id, target_ids, control_cases, registry) if speaker_id else []
    text = note({"speaker": (speaker, speaker_id), "targets": (targets, target_ids or None),
                 "control cases": (control_cases, cases)}, registry, statements)
    return ShiftFocus(speaker_id, target_ids, cases, text)
