#!/usr/bin/env python3
"""Checks the tors gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Goh Chok Tong, Singapore's
#: former prime minister, in tr-06-countrydiary-singapore; Máté Kocsis, leader of Fidesz's group in
#: Hungary's parliament, in tr-07-wedding-stockholm
UNREGISTERED = {"goh", "kocsis"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "tr-", UNREGISTERED, sys.argv[1:]))
