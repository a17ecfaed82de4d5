#!/usr/bin/env python3
"""Checks the basins gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Petar Petković, director of
#: Serbia's Office for Kosovo and Metohija, in bn-meditation-skydagger and bn-leavingcard-skydagger;
#: Boniface Gambila Adagbila, Ghana's ambassador to Burkina Faso, in bn-badge-accra
UNREGISTERED = {"petkovic", "adagbila"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "bn-", UNREGISTERED, sys.argv[1:]))
