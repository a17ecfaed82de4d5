#!/usr/bin/env python3
"""Checks the glaciers gold files against its articles and registry (standard library only); the
checks and `--selfcheck` are ../gold_check.py's."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_check import main  # noqa: E402

#: speakers left out of actors.yml on purpose (coded by plain surname): Sergei Prikhodko, the
#: Kremlin aide, in gl-styleguide-kurils; Roy Chaderton, Venezuela's ambassador to the OAS, in
#: gl-rollcall-venezuela
UNREGISTERED = {"prikhodko", "chaderton"}

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, "gl-", UNREGISTERED, sys.argv[1:]))
