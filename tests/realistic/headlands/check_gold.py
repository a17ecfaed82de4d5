#!/usr/bin/env python3
"""Checks the headlands gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Reinaldo Gargano,
#: Uruguay's Foreign Minister, in hd-programme-fraybentos; Tina Browne, leader of the opposition in
#: the Cook Islands, in hd-cruise-rarotonga
UNREGISTERED = {"gargano", "browne"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "hd-", UNREGISTERED, sys.argv[1:]))
