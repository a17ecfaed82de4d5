#!/usr/bin/env python3
"""Checks the sandbars gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Winston Peters, New
#: Zealand's deputy prime minister, in sb-almanac-tasman; Olivier Nduhungirehe, Rwanda's minister
#: of state for foreign affairs, in sb-itinerary-gatuna
UNREGISTERED = {"peters", "nduhungirehe"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "sb-", UNREGISTERED, sys.argv[1:]))
