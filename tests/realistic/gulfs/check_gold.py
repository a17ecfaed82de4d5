#!/usr/bin/env python3
"""Checks the gulfs gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Onyx Lorenzoni, chief of
#: staff of Brazil's president, in g-ticktock-amazon; Steffen Seibert, spokesman of the German
#: government, in g-diary-paris-ankara
UNREGISTERED = {"lorenzoni", "seibert"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "g-", UNREGISTERED, sys.argv[1:]))
