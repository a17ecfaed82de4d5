#!/usr/bin/env python3
"""Checks the steppes gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Aleksandar Vulin, Serbia's
#: deputy prime minister, in se-01-contacts-skydagger and se-03-service-skydagger; Jorge Faurie,
#: Argentina's ambassador in Santiago, in se-05-geocache-hito
UNREGISTERED = {"vulin", "faurie"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "se-", UNREGISTERED, sys.argv[1:]))
