#!/usr/bin/env python3
"""Checks the bights gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Martins Stakis, Mayor of
#: Riga, in bt-gamesheet-riga; Ndivhuwo Mabaya, spokesman of South Africa's Department of
#: International Relations and Cooperation, in bt-scorecard-pretoria
UNREGISTERED = {"stakis", "mabaya"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "bt-", UNREGISTERED, sys.argv[1:]))
