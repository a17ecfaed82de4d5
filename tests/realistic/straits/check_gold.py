#!/usr/bin/env python3
"""Checks the straits gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Harry Roque, presidential
#: spokesman of the Philippines, and Renato Pedro Villa, Philippine ambassador to Kuwait, both in
#: st-catalogue-manila
UNREGISTERED = {"roque", "villa"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "st-", UNREGISTERED, sys.argv[1:]))
