#!/usr/bin/env python3
"""Checks the cliffs gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Heinz-Christian Strache,
#: Austria's vice-chancellor, in cl-chess-vienna; Gilbert Ullrich, chairman of the New Zealand
#: Pacific Business Council, in cl-auction-suva
UNREGISTERED = {"strache", "ullrich"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "cl-", UNREGISTERED, sys.argv[1:]))
