"""Agreement between two coders' hand coding (or a coder and the automated extraction).

``agreement(a, b)`` compares two tables of statement rows (one row per statement and target,
the hand-coding schema) and, when given, their event sources:

- **unitizing**: statements (rows grouped by article and ``statement_id``) are matched one to
  one by overlapping offsets in the same article, largest overlap first (the matching the
  extraction is scored with, ``rhetoric.extract.evaluation.match_statements``); the share of
  the statements either coder found that both found;
- **speaker**, **kind**, **targets** (the same set; and the (statement, target) pairs both coded,
  as a share of those either coded) on the matched statements;
- **stance** on the (statement, target) pairs both coded: Krippendorff's α, ordinal
  (``krippendorff``), Cohen's κ with quadratic weights (``sklearn.metrics.cohen_kappa_score``)
  and exact agreement;
- **date**: said_on on the matched statements (both empty agrees), and, with event sources,
  the stated date of the event sentences both coded (matched by overlap as statements are).

The result's ``table`` has one row per measure (metric, measure, value, n); ``disagreements``
lists every statement on which the coders differ, the largest disagreement first, for the
coders to resolve. Customary thresholds (Krippendorff 2004): α ≥ 0.8 for conclusions, α ≥ 0.667
for tentative ones (``verdict``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

#: The stance scale, in order (the ordinal α's value domain and κ's labels).
STANCES = [-2, -1, 0, 1, 2]
#: Krippendorff's customary thresholds for α.
RELIABLE, TENTATIVE = 0.8, 0.667
TABLE_COLUMNS = ["metric", "measure", "value", "n"]


@dataclass
class Agreement:
    """The measures (``table``), the statements the coders differ on (``disagreements``)."""

    table: pd.DataFrame
    disagreements: pd.DataFrame

    def value(self, metric: str) -> float:
        return float(self.table.set_index("metric").at[metric, "value"])


def _text(value) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value).strip()


def units(rows: pd.DataFrame) -> list[dict]:
    """Statement rows grouped into statements: article, id, speaker, kind, span, said_on, quote and
    {target: stance} (an empty target adds none)."""
    out = []
    for (article, sid), group in rows.groupby(["article_id", "statement_id"], sort=False):
        first = group.iloc[0]
        targets = {_text(t): int(s) for t, s in zip(group["target"], group["stance"]) if _text(t)}
        out.append({"article_id": article, "statement_id": str(sid), "speaker": _text(first["speaker"]),
                    "kind": _text(first.get("kind")), "start": int(group["start"].min()),
                    "end": int(group["end"].max()), "said_on": _text(first.get("said_on"))[:10],
                    "quote": _text(first.get("quote")), "targets": targets})
    return out


def match(a: list[dict], b: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one pairs (a, b) of units whose spans overlap in the same article."""
    from rhetoric.extract.evaluation import match_statements

    return match_statements(a, b)


def krippendorff_alpha(a: list[int], b: list[int]) -> float:
    """Krippendorff's α, ordinal, of two coders' stances on the same units (nan when undefined)."""
    import krippendorff
    import numpy as np

    if len(a) < 2:
        return math.nan
    with np.errstate(invalid="ignore", divide="ignore"):
        return float(krippendorff.alpha(reliability_data=np.array([a, b], dtype=float),
                                        level_of_measurement="ordinal", value_domain=STANCES))


def weighted_kappa(a: list[int], b: list[int]) -> float:
    """Cohen's κ with quadratic weights of two coders' stances (nan when undefined)."""
    import warnings

    from sklearn.metrics import cohen_kappa_score

    if not a:
        return math.nan
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        value = cohen_kappa_score(a, b, labels=STANCES, weights="quadratic")
    return float(value)


def _share(hits: int, n: int) -> float:
    return hits / n if n else math.nan


def _sources(rows: pd.DataFrame | None) -> list[dict]:
    if rows is None:
        return []
    return [{"article_id": r.article_id, "start": int(r.start), "end": int(r.end),
             "date": _text(r.stated_date)} for r in rows.itertuples()]


def _targets(unit: dict | None) -> str:
    if unit is None:
        return ""
    return "; ".join(f"{t} {s:+d}" for t, s in unit["targets"].items())


def _difference(a: dict | None, b: dict | None) -> tuple[int, list[str]]:
    """How much two matched units differ (a score) and in what, in words."""
    if a is None or b is None:
        only = a or b
        return 2 + 2 * len(only["targets"]), ["found by coder " + ("A" if b is None else "B") + " only"]
    score, what = 0, []
    if a["speaker"] != b["speaker"]:
        score, what = score + 2, what + [f"speaker ({a['speaker']} vs {b['speaker']})"]
    for target in sorted(set(a["targets"]) | set(b["targets"])):
        sa, sb = a["targets"].get(target), b["targets"].get(target)
        if sa is None or sb is None:
            score += 2
            what.append(f"target {target} (coder {'B' if sa is None else 'A'} only)")
        elif sa != sb:
            score += abs(sa - sb)
            what.append(f"stance toward {target} ({sa:+d} vs {sb:+d})")
    if a["said_on"] != b["said_on"]:
        score, what = score + 1, what + [f"said_on ({a['said_on'] or 'none'} vs {b['said_on'] or 'none'})"]
    if a["kind"] != b["kind"]:
        what.append(f"kind ({a['kind']} vs {b['kind']})")
    return score, what


def agreement(a: pd.DataFrame, b: pd.DataFrame, a_sources: pd.DataFrame | None = None,
              b_sources: pd.DataFrame | None = None) -> Agreement:
    """Agreement of coder A's statement rows ``a`` with coder B's ``b`` (and of their event
    sources, when both are given): module doc."""
    ua, ub = units(a), units(b)
    pairs = match(ua, ub)
    m = len(pairs)
    either = len(ua) + len(ub) - m
    both = [(x["targets"][t], y["targets"][t]) for x, y in pairs for t in x["targets"] if t in y["targets"]]
    pairs_either = sum(len(set(x["targets"]) | set(y["targets"])) for x, y in pairs)
    sa, sb = [x for x, _ in both], [y for _, y in both]
    rows = [
        ("statements_a", "statements coded by A", len(ua), len(ua)),
        ("statements_b", "statements coded by B", len(ub), len(ub)),
        ("unitizing", "statements both found (share of those either found)", _share(m, either), either),
        ("speaker", "speaker agrees (matched statements)", _share(sum(x["speaker"] == y["speaker"] for x, y in pairs), m), m),
        ("kind", "kind agrees (matched statements)", _share(sum(x["kind"] == y["kind"] for x, y in pairs), m), m),
        ("target_set", "same set of targets (matched statements)",
         _share(sum(set(x["targets"]) == set(y["targets"]) for x, y in pairs), m), m),
        ("target_pairs", "targets both coded (share of those either coded)", _share(len(both), pairs_either), pairs_either),
        ("stance_alpha", "stance: Krippendorff's alpha, ordinal", krippendorff_alpha(sa, sb), len(both)),
        ("stance_kappa", "stance: Cohen's kappa, quadratic weights", weighted_kappa(sa, sb), len(both)),
        ("stance_exact", "stance: same value", _share(sum(x == y for x, y in both), len(both)), len(both)),
        ("said_on", "said_on agrees (matched statements)", _share(sum(x["said_on"] == y["said_on"] for x, y in pairs), m), m),
    ]
    if a_sources is not None and b_sources is not None:
        ea, eb = _sources(a_sources), _sources(b_sources)
        matched = match(ea, eb)
        n_either = len(ea) + len(eb) - len(matched)
        rows += [("event_sentences", "event sentences both coded (share of those either coded)",
                  _share(len(matched), n_either), n_either),
                 ("event_date", "stated date agrees (event sentences both coded)",
                  _share(sum(x["date"] == y["date"] for x, y in matched), len(matched)), len(matched))]
    table = pd.DataFrame(rows, columns=TABLE_COLUMNS)
    return Agreement(table, disagreements(ua, ub, pairs))


def disagreements(ua: list[dict], ub: list[dict], pairs: list[tuple[dict, dict]]) -> pd.DataFrame:
    """Every statement the coders differ on, the largest disagreement first."""
    matched_a = {id(x) for x, _ in pairs}
    matched_b = {id(y) for _, y in pairs}
    cases = list(pairs) + [(x, None) for x in ua if id(x) not in matched_a] + \
        [(None, y) for y in ub if id(y) not in matched_b]
    rows = []
    for x, y in cases:
        score, what = _difference(x, y)
        if not what:
            continue
        first = x or y
        rows.append({"article_id": first["article_id"], "start": first["start"], "end": first["end"],
                     "statement_a": x["statement_id"] if x else "", "statement_b": y["statement_id"] if y else "",
                     "disagreement": score, "differs": "; ".join(what),
                     "speaker_a": x["speaker"] if x else "", "speaker_b": y["speaker"] if y else "",
                     "targets_a": _targets(x), "targets_b": _targets(y), "quote": first["quote"][:200]})
    columns = ["article_id", "start", "end", "statement_a", "statement_b", "disagreement", "differs",
               "speaker_a", "speaker_b", "targets_a", "targets_b", "quote"]
    table = pd.DataFrame(rows, columns=columns)
    return table.sort_values(["disagreement", "article_id", "start"], ascending=[False, True, True],
                             kind="stable").reset_index(drop=True)


def verdict(alpha: float) -> str:
    """What the customary thresholds say of an α: reliable, tentative, or not reliable."""
    if math.isnan(alpha):
        return "undefined"
    if alpha >= RELIABLE:
        return "reliable (α ≥ 0.8)"
    if alpha >= TENTATIVE:
        return "tentative conclusions only (0.667 ≤ α < 0.8)"
    return "not reliable (α < 0.667)"
