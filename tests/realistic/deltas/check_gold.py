#!/usr/bin/env python3
"""Checks the deltas gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Armando Benedetti,
#: Colombia's interior minister, in dl-petition-santarosa; Pedro Urruchurtu, an aide of María
#: Corina Machado sheltering in Argentina's embassy in Caracas, in dl-budget-caracas
UNREGISTERED = {"benedetti", "urruchurtu"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "dl-", UNREGISTERED, sys.argv[1:]))
