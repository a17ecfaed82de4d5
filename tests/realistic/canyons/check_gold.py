#!/usr/bin/env python3
"""Checks the canyons gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Ibrahim Hegazi, the Egyptian
#: television presenter, in cn-commentary-omdurman; Ksenia Sobchak, the Russian television
#: presenter, in cn-guide-steppe
UNREGISTERED = {"hegazi", "sobchak"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "cn-", UNREGISTERED, sys.argv[1:]))
