#!/usr/bin/env python3
"""Checks the corries gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Alaeddin Boroujerdi,
#: chairman of the Iranian parliament's national security and foreign policy committee, in
#: co-festival-ottawa; Predrag Bošković, Montenegro's defence minister, in co-presskit-podgorica
UNREGISTERED = {"boroujerdi", "boskovic"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "co-", UNREGISTERED, sys.argv[1:]))
