from rhetoric.cli import run

raise SystemExit(run())
