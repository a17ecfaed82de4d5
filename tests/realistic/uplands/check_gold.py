#!/usr/bin/env python3
"""Checks the uplands gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Ahmad Zahid Hamidi,
#: Malaysia's deputy prime minister, in u-dispatches-pyongyang; Jahangir Alam, Bangladesh's home
#: affairs adviser, in u-slowenglish-dhaka
UNREGISTERED = {"zahid", "hamidi", "alam"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "u-", UNREGISTERED, sys.argv[1:]))
