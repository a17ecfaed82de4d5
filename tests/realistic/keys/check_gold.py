#!/usr/bin/env python3
"""Checks the keys gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Guillermo Francos,
#: Argentina's interior minister, in k-linkedin-milei; Roberto Canseco, head of Mexico's consular
#: section in Quito, in k-mun-quito
UNREGISTERED = {"francos", "canseco"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "k-", UNREGISTERED, sys.argv[1:]))
