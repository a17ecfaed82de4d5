#!/usr/bin/env python3
"""Checks the fjords gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Daniel Scioli, Argentina's
#: ambassador in Brasília in 2023, in fj-thread-brasilia; Lior Haiat, spokesman of Israel's foreign
#: ministry, in fj-focusgroup-bogota
UNREGISTERED = {"scioli", "haiat"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "fj-", UNREGISTERED, sys.argv[1:]))
