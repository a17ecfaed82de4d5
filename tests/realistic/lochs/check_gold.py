#!/usr/bin/env python3
"""Checks the lochs gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Amadou Abdramane,
#: spokesman of Niger's military government, in lo-chronology-bamako; Anton Alikhanov, governor of
#: the Kaliningrad region, in lo-submission-vilnius
UNREGISTERED = {"abdramane", "alikhanov"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "lo-", UNREGISTERED, sys.argv[1:]))
