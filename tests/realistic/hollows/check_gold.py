#!/usr/bin/env python3
"""Checks the hollows gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Abraham Idjirani, spokesman
#: of Jamalul Kiram III, in ho-07; Michal Šimečka, leader of Progressive Slovakia, in ho-06
UNREGISTERED = {"idjirani", "simecka"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "ho-", UNREGISTERED, sys.argv[1:]))
