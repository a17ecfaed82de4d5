#!/usr/bin/env python3
"""Checks the ravines gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Péter Balázs, Hungary's
#: foreign minister in 2009, in rv-marker-komarno; Kirsten Morel, a member of Jersey's States Assembly,
#: in rv-logbook-jersey
UNREGISTERED = {"balazs", "morel"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "rv-", UNREGISTERED, sys.argv[1:]))
