#!/usr/bin/env python3
"""Checks the arroyos gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Kanchan Gupta, adviser to
#: India's Ministry of Information and Broadcasting, in ar-takedown-delhi; Aisha Farooqui, spokesperson of
#: Pakistan's Foreign Office, in ar-agenda-islamabad
UNREGISTERED = {"gupta", "farooqui"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "ar-", UNREGISTERED, sys.argv[1:]))
