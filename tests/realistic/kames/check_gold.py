#!/usr/bin/env python3
"""Checks the kames gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Emir Suljagić, director of
#: the Srebrenica Memorial Center, in km-01-blotter-skydagger; Thabo Qhesi, an economic analyst in
#: Maseru, in km-06-forumbot-lesotho
UNREGISTERED = {"suljagic", "qhesi"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "km-", UNREGISTERED, sys.argv[1:]))
