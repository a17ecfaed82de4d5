#!/usr/bin/env python3
"""Checks the buttes gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Leonid Slutsky, leader of
#: the Russian State Duma delegation to Tallinn, in bu-corrections-tallinn (also spelt Slutski);
#: Johnny Briceño, Belize's leader of the opposition, in bu-cartoon-sarstoon
UNREGISTERED = {"slutsky", "slutski", "briceno"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "bu-", UNREGISTERED, sys.argv[1:]))
