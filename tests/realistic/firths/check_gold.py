#!/usr/bin/env python3
"""Checks the firths gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Marcin Przydacz, Poland's
#: deputy foreign minister, in fi-disambig-warsaw; Rainer Breul, spokesman of Germany's Federal
#: Foreign Office, in fi-despatch-hanoi
UNREGISTERED = {"przydacz", "breul"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "fi-", UNREGISTERED, sys.argv[1:]))
