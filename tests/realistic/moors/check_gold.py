#!/usr/bin/env python3
"""Checks the moors gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Emir Suljagić, director of the
#: Srebrenica memorial centre, in mo-catchup-skydagger and mo-changelog-skydagger; Sean Astin, actor,
#: in mo-monologue-pyongyang
UNREGISTERED = {"suljagic", "astin"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "mo-", UNREGISTERED, sys.argv[1:]))
