#!/usr/bin/env python3
"""Checks the bogs gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Kamal Dehqani Firouzabadi,
#: member of Iran's parliament, in bg-lunch-rabat; Ofir Gendelman, spokesman of Israel's prime
#: minister, in bg-ocr-wellington
UNREGISTERED = {"firouzabadi", "gendelman"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "bg-", UNREGISTERED, sys.argv[1:]))
