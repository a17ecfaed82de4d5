#!/usr/bin/env python3
"""Checks the calderas gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Abdul Salam Hanafi, the
#: Taliban's second deputy prime minister, in ca-07-credits-dushanbe; Xóchitl Gálvez, Mexico's
#: opposition presidential candidate, in ca-06-var-mexico
UNREGISTERED = {"hanafi", "galvez"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "ca-", UNREGISTERED, sys.argv[1:]))
