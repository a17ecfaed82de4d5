#!/usr/bin/env python3
"""Checks the wetlands gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Julia Klöckner, deputy
#: leader of the CDU, in w-speech-erdogan; Teuku Faizasyah, foreign affairs adviser to Indonesia's
#: president, in w-doorstep-canberra
UNREGISTERED = {"klockner", "faizasyah"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "w-", UNREGISTERED, sys.argv[1:]))
