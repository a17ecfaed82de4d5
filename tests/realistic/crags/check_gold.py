#!/usr/bin/env python3
"""Checks the crags gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Hunor Kelemen, president of
#: the UDMR ("Kelemen Hunor" in the Hungarian order), in cr-06-statement-bucharest; Saleh Kebzabo,
#: former prime minister of Chad, in cr-08-airspace-ndjamena
UNREGISTERED = {"kelemen", "kebzabo"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "cr-", UNREGISTERED, sys.argv[1:]))
