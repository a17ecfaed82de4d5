#!/usr/bin/env python3
"""Checks the jetties gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Yulia Svyrydenko, Ukraine's
#: first deputy prime minister and economy minister, in j-clientalert-grain; Arindam Bagchi,
#: spokesperson of India's Ministry of External Affairs, in j-tvdebate-nijjar
UNREGISTERED = {"svyrydenko", "bagchi"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "j-", UNREGISTERED, sys.argv[1:]))
