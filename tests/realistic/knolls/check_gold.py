#!/usr/bin/env python3
"""Checks the knolls gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Mohsen Mohebi, Iran's agent
#: before the International Court of Justice, in kn-05-sketches-thehague; Stephen Kampyongo,
#: Zambia's home affairs minister, in kn-06-advent-lusaka
UNREGISTERED = {"mohebi", "kampyongo"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "kn-", UNREGISTERED, sys.argv[1:]))
