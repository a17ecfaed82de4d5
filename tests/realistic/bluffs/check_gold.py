#!/usr/bin/env python3
"""Checks the bluffs gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Silvio Báez, auxiliary
#: bishop of Managua in exile, in bf-05-bulletin-managua; Anissi Chamsidine, governor of Anjouan,
#: in bf-07-newissues-moroni
UNREGISTERED = {"baez", "chamsidine"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "bf-", UNREGISTERED, sys.argv[1:]))
