#!/usr/bin/env python3
"""Checks the yards gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Jean-Pierre Thébault,
#: France's ambassador to Australia, in y-chatlog-submarines; Sofiane Chaib, Algeria's secretary of
#: state for the national community abroad, in y-scenarios-algiers
UNREGISTERED = {"thebault", "chaib"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "y-", UNREGISTERED, sys.argv[1:]))
