#!/usr/bin/env python3
"""Checks the craters gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Emir Suljagić, director of the
#: Srebrenica-Potočari Memorial Center, in ct-chatapp-skydagger; Thomas Müller, member of the Swiss
#: National Council, in ct-dimenovel-fortyuma
UNREGISTERED = {"suljagic", "muller"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "ct-", UNREGISTERED, sys.argv[1:]))
