#!/usr/bin/env python3
"""Checks the islands gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): the senator Kimberley
#: Kitching, and the five readers who sign the letters of i-letters-canberra-image (coded
#: `author|surname`)
UNREGISTERED = {"kitching", "holloway", "whitcombe", "castellano", "lindqvist", "marchetti"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "i-", UNREGISTERED, sys.argv[1:]))
