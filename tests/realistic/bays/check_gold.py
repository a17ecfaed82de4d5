#!/usr/bin/env python3
"""Checks the bays gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Ji Rong, spokesperson of
#: the Chinese embassy in New Delhi, in b-bibliography-galwan; Tan Kefei, spokesman of China's
#: Ministry of National Defense, in b-notice-balloon
UNREGISTERED = {"ji", "rong", "tan", "kefei"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "b-", UNREGISTERED, sys.argv[1:]))
