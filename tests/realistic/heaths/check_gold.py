#!/usr/bin/env python3
"""Checks the heaths gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Jérôme Gygax, a Swiss
#: historian, in ht-sequence-tariffs; Jairam Ramesh, a Congress member of India's parliament, in
#: ht-figures-nehru
UNREGISTERED = {"gygax", "ramesh"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "ht-", UNREGISTERED, sys.argv[1:]))
