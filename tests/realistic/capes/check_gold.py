#!/usr/bin/env python3
"""Checks the capes gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Tony Perkins, president of the
#: Family Research Council, in cp-record-brunson; Robert Gregory, chief executive of the Australian
#: Jewish Association, in cp-countdown-canberra
UNREGISTERED = {"perkins", "gregory"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "cp-", UNREGISTERED, sys.argv[1:]))
