"""Accuracy of the automated extraction on realistic articles written by others' standards.

Runs the statement and event extraction on each realistic set (a folder with corpus/,
actors.yml, gold_statements.csv, gold_events.csv, gold_nonstatements.csv) and scores it with
the development set's scorers (tests/realistic/devset/score.py and score_events.py, unchanged).
Prints one block per set:

    devset      statements: recall … precision … speaker … target … stance … said_on …
                nonstatements wrongly extracted …
                events recall … date errors …

Run: python benchmarks/bench_accuracy.py [SET_DIR ...] [--errors]
(default: every set under tests/realistic/; ``--errors`` also prints each miss and wrong
attribute, the scorers' per-row lines). tests/test_realistic.py holds the figures to floors;
tests/realistic/README.md says what each set is.
"""

from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rhetoric.actors import load_actors  # noqa: E402
from rhetoric.corpus import iter_articles  # noqa: E402
from rhetoric.extract.events import extract_events  # noqa: E402
from rhetoric.extract.statements import extract_article  # noqa: E402

REALISTIC = ROOT / "tests" / "realistic"
SCORERS = REALISTIC / "devset"


def _scorer(name: str):
    spec = importlib.util.spec_from_file_location(f"realistic_{name}", SCORERS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _as_text(rows: list[dict]) -> list[dict]:
    """Rows as a CSV reader would give them to the scorers (strings, blanks for None)."""
    return [{k: "" if v is None else str(v) for k, v in r.items()} for r in rows]


def score_set(folder: Path | str, errors: bool = False) -> dict:
    """Extract statements and events from ``folder``/corpus and score them. Returns the scorers'
    figures as ratios (``recall``, ``precision``, ``speaker``, ``target``, ``stance``,
    ``said_on``, ``said_on_dated``, ``nonstatements``, ``events_recall``, ``event_date_errors``)
    and the scorers' printed ``report``."""
    folder = Path(folder)
    registry = load_actors(folder / "actors.yml")
    statements, events = [], []
    for article in iter_articles(folder / "corpus"):
        statements.extend(extract_article(article, registry))
        events.extend(extract_events(article, registry))
    score, score_events = _scorer("score"), _scorer("score_events")
    out = io.StringIO()
    got = score.score(_as_text(statements), score.read_csv(folder / "gold_statements.csv"),
                      score.registry_ids(folder / "actors.yml"), quiet=not errors, out=out)
    wrong = score.score_nonstatements(_as_text(statements), score.read_csv(folder / "gold_nonstatements.csv"),
                                      quiet=not errors, out=out)
    ev = score_events.score(_as_text(events), score_events.read_csv(folder / "gold_events.csv"),
                            quiet=not errors, out=out)
    n_non = len(score.read_csv(folder / "gold_nonstatements.csv"))

    def ratio(pair):
        right, n = pair
        return right / n if n else float("nan")

    return {
        "recall": got["found"] / got["gold"], "precision": got["matched"] / max(got["extracted"], 1),
        **{k: ratio(got[k]) for k in ("speaker", "target", "stance", "said_on", "said_on_dated")},
        "nonstatements": wrong / n_non if n_non else 0.0,
        "events_recall": ev["found"] / ev["gold"], "event_date_errors": ev["date_errors"] / ev["gold"],
        "report": out.getvalue(),
    }


def main(argv: list[str]) -> None:
    errors = "--errors" in argv
    folders = [Path(a) for a in argv if a != "--errors"] or sorted(
        p for p in REALISTIC.iterdir() if (p / "gold_statements.csv").is_file())
    for folder in folders:
        figures = score_set(folder, errors=errors)
        lines = figures["report"].rstrip("\n").splitlines()
        print(f"{folder.name}")
        for line in lines:
            print(f"    {line}")


if __name__ == "__main__":
    main(sys.argv[1:])
