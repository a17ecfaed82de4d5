"""Accuracy of the automated extraction on realistic articles (tests/realistic).

Runs the statement and event extraction on each realistic set (a folder with corpus/,
actors.yml, gold_statements.csv, gold_events.csv, gold_nonstatements.csv) and scores it with
the development set's scorers (``rhetoric.extract.realistic``). Prints one block per set: the
statement line (recall, precision, speaker, target, stance, said_on), the non-statements
wrongly extracted, the events line.

Run: python benchmarks/bench_accuracy.py [SET_DIR ...] [--errors]
(default: every set under tests/realistic/; ``--errors`` also prints each miss and wrong
attribute, the scorers' per-row lines). tests/test_realistic.py holds the figures to floors;
docs/ACCURACY.md gives them with their history.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rhetoric.extract.realistic import score_set, set_folders  # noqa: E402


def main(argv: list[str]) -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", type=Path, help="realistic set folders (default: every set under tests/realistic)")
    parser.add_argument("--errors", action="store_true", help="also print each miss and wrong attribute")
    args = parser.parse_args(argv)
    folders = args.sets or set_folders()
    missing = [f for f in folders if not (f / "gold_statements.csv").is_file()]
    if missing:
        parser.error(f"not a realistic set (no gold_statements.csv): {', '.join(map(str, missing))}")
    errors = args.errors
    for folder in folders:
        figures = score_set(folder, errors=errors)
        print(f"{folder.name} ({figures['articles']} articles)")
        for line in figures["report"].rstrip("\n").splitlines():
            print(f"    {line}")


if __name__ == "__main__":
    main(sys.argv[1:])
