#!/usr/bin/env python3
"""Checks the summits gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Alexis Mohamed, senior
#: adviser to the President of Djibouti, in sm-racecard-redsea; Elonm Mario Metonou, Benin's
#: special prosecutor, in sm-bracket-seme
UNREGISTERED = {"mohamed", "metonou"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "sm-", UNREGISTERED, sys.argv[1:]))
