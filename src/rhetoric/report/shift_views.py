"""What the rhetoric-shift report and ``python -m rhetoric shift`` say about a result of
``rhetoric.analysis.shift``: the plain-text summary, the headline, the statements either side
of the change, the words that changed, and the control cases.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pandas as pd

from rhetoric.analysis.shift import ShiftResult, plural, shift_for
from rhetoric.markup import md_text

if TYPE_CHECKING:
    from rhetoric.store.source import StatementSource


def summary(result: ShiftResult, registry=None) -> str:
    """A short plain-text account of a result, for the command line."""
    name = registry.name if registry is not None else (lambda x: x)
    ev = result.evidence
    lines = [f"{name(result.speaker)} → {', '.join(name(t) for t in result.targets)} "
             f"({result.source or 'given'} statements)",
             f"{plural(ev.n_statements, 'statement')} from {plural(ev.n_sources, 'article')}: "
             f"{ev.n_dated} dated to the day ({ev.dates_exact} exact, {ev.dates_inferred} inferred), "
             f"{ev.n_undated} undated, {ev.n_approximate} dated only approximately."]
    for d in result.days:
        lines.append(f"  {d['date']}  mean stance {d['mean_stance']:+.2f}  "
                     f"({plural(d['n_statements'], 'statement')}; {d['side']})")
    if result.shift_detected:
        lines.append(
            f"Shift {result.direction}: mean stance {result.from_stance:+.2f} until "
            f"{result.old_stance_until}, {result.to_stance:+.2f} from {result.new_stance_from} "
            f"(latency {plural(result.latency_days, 'day')}; change {result.magnitude_stance:+.2f} stance"
            + (f", {result.magnitude_goldstein:+.2f} Goldstein)." if result.magnitude_goldstein is not None
               else ").")
        )
    else:
        lines.append("No shift detected.")
    lines.append(f"Support: {ev.support}")
    return "\n".join(lines)


#: A gap longer than this between the old stance and the new one, with no dated statement in
#: between, is told as such: the change happened somewhere inside it.
LONG_GAP_DAYS = 7


def _day(iso: str) -> str:
    import datetime as dt

    d = dt.date.fromisoformat(iso)
    return f"{d.day} {d:%B %Y}"


def when_it_changed(result: ShiftResult) -> str:
    """The two dates of a change and what lies between them: "between 8 October 2025 and 9
    October 2025, 1 day apart", or, for a long gap with no dated statement in it, "somewhere
    between …: the sources date nothing in the 127 days between"."""
    a, b, n = result.old_stance_until, result.new_stance_from, result.latency_days
    between = [d for d in result.days if a < d["date"] < b]
    if n is not None and n > LONG_GAP_DAYS and not between:
        return (f"somewhere between **{_day(a)}** (the last {result.direction.split('→')[0]} statement) and "
                f"**{_day(b)}** (the first {result.direction.split('→')[1]} one): the sources date no statement "
                f"in the {plural(n, 'day')} between, so the change cannot be placed more closely")
    return (f"between **{_day(a)}** (the last {result.direction.split('→')[0]} statement) and **{_day(b)}** "
            f"(the first {result.direction.split('→')[1]} one), {plural(n, 'day')} apart")


def headline(result: ShiftResult, registry) -> str:
    """The report's answer in Markdown: the shift (or its absence), its dates, the gap between
    them, its numbers and its support."""
    if not result.speaker:
        return ("**No speaker to follow**: the actor registry knows no speaker of these articles who is "
                "quoted about another of its actors, so no change of tone can be looked for (the note "
                "above names the speakers found, and the next step).")
    who = md_text(registry.name(result.speaker))
    whom = " and ".join(md_text(registry.name(t)) for t in result.targets)
    ev = result.evidence
    if not result.shift_detected:
        return (f"**No shift** in what {who} says about {whom}: {plural(ev.n_statements, 'statement')} "
                f"from {plural(ev.n_sources, 'article')}. Support: {md_text(ev.support)}")
    return (f"**{who} reversed course toward {whom}** {when_it_changed(result)}. Mean stance went from "
            f"**{result.from_stance:+.1f}** to **{result.to_stance:+.1f}**, a change of "
            f"{result.magnitude_stance:+.1f} on the −2…+2 scale and "
            f"{result.magnitude_goldstein:+.1f} on the Goldstein scale. "
            f"The evidence is *{md_text(ev.support.split(':')[0])}*: "
            f"{md_text(ev.support.split(':', 1)[1].strip())}")


def before_after(series: pd.DataFrame, result: ShiftResult) -> pd.DataFrame:
    """The statements of the last day of the old stance and the first day of the new one."""
    cols = ["side", "date", "stance", "quote", "article_id", "start", "end", "date_basis"]
    if not result.shift_detected:
        return pd.DataFrame(columns=cols)
    placed = series[series["placed"]]
    before = placed[placed["date"] == result.old_stance_until].assign(side="before")
    after = placed[placed["date"] == result.new_stance_from].assign(side="after")
    return pd.concat([before, after])[cols].reset_index(drop=True)


_STOPWORDS = set("""a an and are as at be been but by for from had has have he her his i in is it its
of on or our that the their them they this to was we were which who will with would not no also
so than then there these those very all any can could did do does just more most other over such
only own same should now about against between into through during before after above below up
down out off again further once here when where why how both each few some nor too s t don my me
further being what while if because until am own""".split())


def lexical_shift(series: pd.DataFrame, result: ShiftResult, top: int = 10) -> pd.DataFrame:
    """The words of the quotes before and after the change: word, side, count (most frequent first).

    Words are lower-cased and stop words left out; a word used on both sides is kept on both,
    so the chart shows what stays as well as what changes.
    """
    cols = ["word", "side", "count"]
    if not result.shift_detected:
        return pd.DataFrame(columns=cols)
    placed = series[series["placed"]]
    sides = {"before": placed[placed["date"] <= result.old_stance_until],
             "after": placed[placed["date"] >= result.new_stance_from]}
    rows = []
    for side, frame in sides.items():
        words = re.findall(r"[A-Za-zÀ-ž]+(?:-[A-Za-zÀ-ž]+)?", " ".join(frame["quote"]))
        counts = pd.Series([w.lower() for w in words if w.lower() not in _STOPWORDS and len(w) > 2]).value_counts()
        counts = counts.sort_index(kind="stable").sort_values(ascending=False, kind="stable").head(top)
        rows += [{"word": w, "side": side, "count": int(n)} for w, n in counts.items()]
    return pd.DataFrame(rows, columns=cols)


def controls(corpus_dir, registry, annotations_dir, cases: list[dict],
             loaded: tuple[StatementSource, str] | None = None) -> pd.DataFrame:
    """The same detection for other speaker/target pairs, to show it does not find shifts everywhere."""
    if loaded is None:
        from rhetoric.store.loading import load_statements

        loaded = load_statements(corpus_dir, registry, annotations_dir)
    rows = []
    for case in cases:
        series, result = shift_for(corpus_dir, case["speaker"], case["targets"], annotations_dir, registry,
                                   loaded=loaded)
        ev = result.evidence
        rows.append({
            "speaker": registry.name(result.speaker),
            "targets": ", ".join(registry.name(t) for t in result.targets),
            "shift detected": "yes" if result.shift_detected else "no",
            "direction": result.direction or "",
            "from → to": (f"{result.from_stance:+.1f} → {result.to_stance:+.1f}" if result.shift_detected else ""),
            "statements": ev.n_statements, "dated": ev.n_dated, "articles": ev.n_sources,
            "mean stance": round(series["stance"].astype(float).mean(), 2) if len(series) else None,
            "support": ev.support,
        })
    return pd.DataFrame(rows)
