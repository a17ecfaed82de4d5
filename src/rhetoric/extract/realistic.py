"""The extraction measured on realistic articles (tests/realistic: the development set and two
held-out sets, in other people's styles, with hand-coded gold).

The scoring is the development set's own (``tests/realistic/devset/score.py`` and
``score_events.py``, loaded unchanged), so the figures mean what the dev set's README says:
a gold statement is found when an extracted quote holds 70 % of its fragment's words; speaker,
target and date are right when any matching row has them right; stance over the found rows
whose target is right. ``benchmarks/bench_accuracy.py`` prints them with every miss;
tests/test_realistic.py holds them to floors; the stance report gives them to a fork's reader.
"""

from __future__ import annotations

import importlib.util
import io
from functools import lru_cache
from pathlib import Path

import pandas as pd

from rhetoric.paths import REALISTIC_SETS

#: The development set (every extraction change is measured on it) and the newest held-out set
#: (written by a helper session that never ran the extraction; its errors are not read): the
#: fairest guide for a fork. tests/realistic/README.md says which is which; change this when a
#: newer set is written.
DEVELOPMENT_SET = "devset"
NEWEST_HELD_OUT = "corries"
#: The role of each set, as a reader of the stance report sees it (``set_role``).
ROLES = ("development set", "newest held-out set", "other sets")


def set_role(name: str) -> str:
    """The role of a realistic set (``ROLES``) by its folder name."""
    return ROLES[0] if name == DEVELOPMENT_SET else ROLES[1] if name == NEWEST_HELD_OUT else ROLES[2]


#: The statement measures, as the scorer names them, in reading order.
STATEMENT_MEASURES = ("recall", "precision", "speaker", "target", "stance", "said_on", "said_on_dated")


@lru_cache(maxsize=2)
def _scorer(name: str, root: str):
    path = Path(root) / "devset" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"realistic_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _as_text(rows: list[dict]) -> list[dict]:
    """Rows as a CSV reader would give them to the scorers (strings, blanks for None)."""
    return [{k: "" if v is None else str(v) for k, v in r.items()} for r in rows]


def set_folders(root: Path | str = REALISTIC_SETS) -> list[Path]:
    """The realistic sets under ``root``: folders with corpus/ and gold_statements.csv."""
    root = Path(root)
    return sorted(p for p in root.iterdir() if (p / "gold_statements.csv").is_file()) if root.is_dir() else []


def score_set(folder: Path | str, errors: bool = False, root: Path | str = REALISTIC_SETS) -> dict:
    """Extract statements and events from ``folder``/corpus (with its actors.yml) and score them.

    Returns ratios (``recall``, ``precision``, ``speaker``, ``target``, ``stance``, ``said_on``,
    ``said_on_dated``; ``nonstatements``: the share of gold non-statements extracted;
    ``events_recall``; ``event_date_errors``: the share of gold events given a wrong date), the
    counts behind them (``n_<measure>``: the denominator), ``articles``, and ``report``: the
    scorers' printed lines (with every miss when ``errors``)."""
    from rhetoric.actors import load_actors
    from rhetoric.corpus import iter_articles
    from rhetoric.extract.events import extract_events
    from rhetoric.extract.statements import extract_article

    folder = Path(folder)
    registry = load_actors(folder / "actors.yml")
    statements, events, articles = [], [], 0
    for article in iter_articles(folder / "corpus"):
        articles += 1
        statements.extend(extract_article(article, registry))
        events.extend(extract_events(article, registry))
    score, score_events = _scorer("score", str(root)), _scorer("score_events", str(root))
    out = io.StringIO()
    got = score.score(_as_text(statements), score.read_csv(folder / "gold_statements.csv"),
                      score.registry_ids(folder / "actors.yml"), quiet=not errors, out=out)
    non = score.read_csv(folder / "gold_nonstatements.csv")
    wrong = score.score_nonstatements(_as_text(statements), non, quiet=not errors, out=out)
    ev = score_events.score(_as_text(events), score_events.read_csv(folder / "gold_events.csv"),
                            quiet=not errors, out=out)
    figures = {"articles": articles, "recall": got["found"] / got["gold"], "n_recall": got["gold"],
               "precision": got["matched"] / max(got["extracted"], 1), "n_precision": got["extracted"]}
    for k in STATEMENT_MEASURES[2:]:
        right, n = got[k]
        figures[k], figures[f"n_{k}"] = (right / n if n else float("nan")), n
    figures.update({"nonstatements": wrong / len(non) if non else 0.0, "n_nonstatements": len(non),
                    "events_recall": ev["found"] / ev["gold"], "n_events_recall": ev["gold"],
                    "event_date_errors": ev["date_errors"] / ev["gold"], "n_event_date_errors": ev["gold"],
                    "report": out.getvalue()})
    return figures


def score_all(root: Path | str = REALISTIC_SETS) -> pd.DataFrame:
    """Every realistic set scored, one row per (set, measure): set, measure, value, n, articles,
    role (``set_role``, a categorical in the order of ``ROLES``)."""
    rows = []
    for folder in set_folders(root):
        f = score_set(folder, root=root)
        for k, value in f.items():
            if k in ("report", "articles") or k.startswith("n_"):
                continue
            rows.append({"set": folder.name, "measure": k, "value": round(value, 3), "n": f[f"n_{k}"],
                         "articles": f["articles"]})
    table = pd.DataFrame(rows, columns=["set", "measure", "value", "n", "articles"])
    return table.assign(role=pd.Categorical(table["set"].map(set_role), categories=ROLES, ordered=True))
