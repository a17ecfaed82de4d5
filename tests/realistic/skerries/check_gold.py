#!/usr/bin/env python3
"""Checks the skerries gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Juan González, the White
#: House's adviser on Latin America, in sk-fara-sansalvador; Gabriel Attal, the French government's
#: spokesman, in sk-bulletin-rabat
UNREGISTERED = {"gonzalez", "attal"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "sk-", UNREGISTERED, sys.argv[1:]))
