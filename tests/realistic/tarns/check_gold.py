#!/usr/bin/env python3
"""Checks the tarns gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Gil Artzyeli, Israel's
#: ambassador to Chile, in tn-06-tickets-santiago; Krišjānis Kariņš, Latvia's prime minister, in
#: tn-07-tei-riga
UNREGISTERED = {"artzyeli", "karins"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "tn-", UNREGISTERED, sys.argv[1:]))
