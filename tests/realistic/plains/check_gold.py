#!/usr/bin/env python3
"""Checks the plains gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Asaduzzaman Khan, Home
#: Minister of Bangladesh, in pn-05-observations-tumbru; Alberto Otárola, Prime Minister of Peru,
#: in pn-07-contexts-puno
UNREGISTERED = {"khan", "otarola"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "pn-", UNREGISTERED, sys.argv[1:]))
