#!/usr/bin/env python3
"""Checks the mesas gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Daniel Bwala, spokesman
#: of Nigeria's president, in ms-meme-abuja; Martin Niteretse, Burundi's interior minister, in
#: ms-travelblog-kigali
UNREGISTERED = {"bwala", "niteretse"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "ms-", UNREGISTERED, sys.argv[1:]))
