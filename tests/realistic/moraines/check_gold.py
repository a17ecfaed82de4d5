#!/usr/bin/env python3
"""Checks the moraines gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Sameh Shoukry, Egypt's
#: foreign minister, in mr-poster-regeni; Corneille Nangaa, the Congolese opposition politician who
#: launched the Congo River Alliance, in mr-weeknotes-nairobi
UNREGISTERED = {"shoukry", "nangaa"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "mr-", UNREGISTERED, sys.argv[1:]))
