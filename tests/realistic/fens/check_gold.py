#!/usr/bin/env python3
"""Checks the fens gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Nils Schmid, the SPD's
#: foreign-policy spokesman, in fe-genealogy-berlin; Kanwal Sibal, India's former foreign
#: secretary, in fe-menu-delhi
UNREGISTERED = {"schmid", "sibal"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "fe-", UNREGISTERED, sys.argv[1:]))
