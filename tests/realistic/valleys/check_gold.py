#!/usr/bin/env python3
"""Checks the valleys gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Michał Dworczyk, head of the
#: Polish prime minister's office, in v-lecture-visegrad; Khurram Dastgir, Pakistan's defence
#: minister, in v-minutes-islamabad
UNREGISTERED = {"dworczyk", "dastgir"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "v-", UNREGISTERED, sys.argv[1:]))
