#!/usr/bin/env python3
"""Checks the fells gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Antoine Bondaz, a French
#: analyst, in fl-digest-lushaye; Douglas Uggah Embas, Sarawak's deputy chief minister, in
#: fl-hotline-haze
UNREGISTERED = {"bondaz", "uggah"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "fl-", UNREGISTERED, sys.argv[1:]))
