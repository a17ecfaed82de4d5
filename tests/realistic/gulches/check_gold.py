#!/usr/bin/env python3
"""Checks the gulches gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Jacob Nybroe, editor-in-chief
#: of Jyllands-Posten, in gc-journey-copenhagen; Nick Mangwana, Zimbabwe's information secretary,
#: in gc-html-harare
UNREGISTERED = {"nybroe", "mangwana"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "gc-", UNREGISTERED, sys.argv[1:]))
