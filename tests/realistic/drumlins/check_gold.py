#!/usr/bin/env python3
"""Checks the drumlins gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Arturo Murillo, Bolivia's
#: interim interior minister, in dr-flashcards-lapaz; Abdul Nafi Takor, spokesman of the Taliban's
#: interior ministry, in dr-treaty-helmand
UNREGISTERED = {"murillo", "takor"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "dr-", UNREGISTERED, sys.argv[1:]))
