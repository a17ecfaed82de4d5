#!/usr/bin/env python3
"""Checks the cays gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Aibek Smadiyarov, spokesman
#: of Kazakhstan's Foreign Ministry, in cy-video-astana; Odrek Rwabwogo, adviser to Uganda's
#: President, in cy-diary-kampala
UNREGISTERED = {"smadiyarov", "rwabwogo"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "cy-", UNREGISTERED, sys.argv[1:]))
