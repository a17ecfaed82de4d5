#!/usr/bin/env python3
"""Checks the gorges gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Khusela Diko, spokesperson
#: of South Africa's presidency, in go-audiodescription-xenophobia; Stefan Donnelly, vice-chair of
#: the UK Chagos Support Association, in go-wikidata-chagos
UNREGISTERED = {"diko", "donnelly"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "go-", UNREGISTERED, sys.argv[1:]))
