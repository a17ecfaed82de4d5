#!/usr/bin/env python3
"""Checks the ridges gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Florencio Randazzo,
#: Argentina's interior minister, in rg-guestbrief-malvinas; Patrick Ventrell, the State Department's
#: spokesman, in rg-notebook-taipei
UNREGISTERED = {"randazzo", "ventrell"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "rg-", UNREGISTERED, sys.argv[1:]))
