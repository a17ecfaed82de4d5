#!/usr/bin/env python3
"""Checks the gullies gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Carlos Estarellas, a
#: former deputy foreign minister of Ecuador, in gu-claim-machala; Aloysius Selwas Taborat, an
#: Indonesian delegate at the UN General Assembly, in gu-evaluation-newyork
UNREGISTERED = {"estarellas", "taborat"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "gu-", UNREGISTERED, sys.argv[1:]))
