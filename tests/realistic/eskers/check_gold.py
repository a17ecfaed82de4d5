#!/usr/bin/env python3
"""Checks the eskers gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Aleksandar Vulin, Serbia's
#: interior minister in July 2022, in es-handbook-jasenovac; Eylon Levy, the Israeli government
#: spokesman, in es-panel-hague
UNREGISTERED = {"vulin", "levy"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "es-", UNREGISTERED, sys.argv[1:]))
