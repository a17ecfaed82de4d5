#!/usr/bin/env python3
"""Checks the cirques gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Dumezweni Mthimkhulu,
#: Botswana's minister of environment and tourism, in ci-05-newsletter-elephants; Elisha Matambo,
#: Zambia's Copperbelt provincial minister, in ci-08-prayerdiary-zambia
UNREGISTERED = {"mthimkhulu", "matambo"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "ci-", UNREGISTERED, sys.argv[1:]))
