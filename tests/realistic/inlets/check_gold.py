#!/usr/bin/env python3
"""Checks the inlets gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Emmanuel Nahshon, spokesman
#: of Israel's foreign ministry, in il-achievements-stockholm; Tharaka Balasuriya, Sri Lanka's state
#: minister of foreign affairs, in il-orderpaper-colombo
UNREGISTERED = {"nahshon", "balasuriya"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "il-", UNREGISTERED, sys.argv[1:]))
