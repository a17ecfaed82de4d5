#!/usr/bin/env python3
"""Checks the scarps gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Emir Suljagić, director of
#: the Srebrenica Memorial Centre, in sc-01-wordofyear-skydagger; Nuhu Ribadu, Nigeria's National
#: Security Adviser, in sc-07-resolutions-niamey
UNREGISTERED = {"suljagic", "ribadu"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "sc-", UNREGISTERED, sys.argv[1:]))
