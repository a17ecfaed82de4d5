#!/usr/bin/env python3
"""Checks the sounds gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Andrei Klimov, member of
#: Russia's upper house, in sd-06-will-athens; Samson Cherargei, senator for Nandi (Kenya), in
#: sd-07-visa-nairobi
UNREGISTERED = {"klimov", "cherargei"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "sd-", UNREGISTERED, sys.argv[1:]))
