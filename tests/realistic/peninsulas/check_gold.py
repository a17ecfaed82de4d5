#!/usr/bin/env python3
"""Checks the peninsulas gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Alistair Burt, member for
#: North East Bedfordshire, in p-hansard-syria; Ramon Casiple, executive director of the Institute
#: for Political and Electoral Reforms, in p-poll-manila
UNREGISTERED = {"burt", "casiple"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "p-", UNREGISTERED, sys.argv[1:]))
