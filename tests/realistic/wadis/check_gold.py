#!/usr/bin/env python3
"""Checks the wadis gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Sean Sundwall, spokesman of
#: the online retailer, in wd-bestsellers-chomsky; Vuwa Kaunda, the Malawian government's
#: spokesman, in wd-panelgame-lilongwe
UNREGISTERED = {"sundwall", "kaunda"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "wd-", UNREGISTERED, sys.argv[1:]))
