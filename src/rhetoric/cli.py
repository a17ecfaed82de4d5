"""The command line: ``python -m rhetoric COMMAND``. Run ``python -m rhetoric --help``.

Each command is a small function that parses nothing itself: argparse does, and a
RhetoricError (bad input, bad parameter) becomes one line on stderr and exit code 2,
never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rhetoric.errors import RhetoricError

EXAMPLES = """examples:
  python -m rhetoric validate data/corpus --annotations data/annotations
  python -m rhetoric extract data/corpus --out statements.csv
  python -m rhetoric events data/corpus --out events.csv
  python -m rhetoric shift data/corpus --speaker Vucic --target Turkey,Erdogan --json
  python -m rhetoric build --corpus data/corpus --out reports
"""


def cmd_validate(args) -> int:
    from rhetoric.actors import actors_for_corpus, load_actors
    from rhetoric.corpus import load_corpus

    corpus = load_corpus(args.corpus)
    registry = load_actors(args.actors or actors_for_corpus(args.corpus))
    message = f"{len(corpus)} articles and {len(registry.actors)} actors are valid"
    if args.annotations:
        from rhetoric.annotations import validate_annotations

        validate_annotations(args.annotations, corpus, registry)
        message += f", and so are the annotations in {args.annotations}"
    print(message + ".")
    return 0


def _registry(args):
    from rhetoric.actors import actors_for_corpus, load_actors

    return load_actors(args.actors or actors_for_corpus(args.corpus))


def _extract_to_csv(args, extract, rows_are: str) -> int:
    """Run an extraction over the corpus (with progress) and write its table to --out."""
    table = extract(args.corpus, _registry(args), progress=not args.quiet)
    _write_csv(table, args.out)
    print(f"{len(table)} {rows_are} written to {args.out}", file=sys.stderr)
    return 0


def cmd_extract(args) -> int:
    from rhetoric.statements import extract_corpus

    return _extract_to_csv(args, extract_corpus, "statement rows")


def cmd_events(args) -> int:
    from rhetoric.timeline import extract_events_corpus

    return _extract_to_csv(args, extract_events_corpus, "dated sentences")


def cmd_shift(args) -> int:
    import json

    from rhetoric.actors import actors_for_corpus, load_actors
    from rhetoric.paths import default_annotations
    from rhetoric.shift import shift_for, summary

    registry = load_actors(args.actors or actors_for_corpus(args.corpus))
    annotations = args.annotations if args.annotations is not None else default_annotations(args.corpus)
    _, result = shift_for(args.corpus, args.speaker, args.target, annotations_dir=annotations or None,
                          registry=registry)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(summary(result, registry))
    return 0


def cmd_build(args) -> int:
    from rhetoric.build import build_reports

    return build_reports(corpus=args.corpus, out=args.out, config=args.config,
                         annotations=args.annotations, only=args.only)


def _write_csv(table, out: str) -> None:
    """Write a CSV atomically: to a temporary file beside the target, then moved into place."""
    import os
    import tempfile

    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            table.to_csv(fh, index=False)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m rhetoric",
        description="Stance, timeline and rhetoric-shift analysis of a corpus of news articles.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name, func, help, example):
        sp = sub.add_parser(name, help=f"{help} (e.g. {example})", description=f"{help}\n\nexample: {example}",
                            formatter_class=argparse.RawDescriptionHelpFormatter)
        sp.set_defaults(func=func)
        return sp

    sp = add("validate", cmd_validate, "check a corpus and its actor registry",
             "python -m rhetoric validate data/corpus")
    sp.add_argument("corpus", help="corpus directory of <id>.md articles")
    sp.add_argument("--actors", help="actors.yml (default: beside the corpus, else data/actors.yml)")
    sp.add_argument("--annotations", help="also check the hand-coded annotations in this folder")

    sp = add("extract", cmd_extract, "extract attributed statements and their stance, one row per target",
             "python -m rhetoric extract data/corpus --out statements.csv")
    sp.add_argument("corpus")
    sp.add_argument("--out", required=True, help="CSV file to write")
    sp.add_argument("--actors")
    sp.add_argument("--quiet", action="store_true", help="no progress bar")

    sp = add("events", cmd_events, "extract dated sentences (temporal expressions resolved to dates)",
             "python -m rhetoric events data/corpus --out events.csv")
    sp.add_argument("corpus")
    sp.add_argument("--out", required=True)
    sp.add_argument("--actors")
    sp.add_argument("--quiet", action="store_true")

    sp = add("shift", cmd_shift, "detect a reversal of a speaker's stance toward one or more targets",
             "python -m rhetoric shift data/corpus --speaker Vucic --target Turkey,Erdogan --json")
    sp.add_argument("corpus")
    sp.add_argument("--speaker", required=True, help="actor name, alias or id")
    sp.add_argument("--target", required=True, help="actor name(s), comma-separated (Turkey,Erdogan)")
    sp.add_argument("--annotations", default=None,
                    help="hand-coded annotations folder (default: data/annotations for data/corpus, none "
                         "otherwise; '' forces the automated extraction)")
    sp.add_argument("--actors")
    sp.add_argument("--json", action="store_true", help="print the result as JSON")

    sp = add("build", cmd_build, "execute the notebooks of reports.yml into HTML reports",
             "python -m rhetoric build --corpus data/corpus --out reports")
    sp.add_argument("--corpus", default="data/corpus")
    sp.add_argument("--out", default="reports")
    sp.add_argument("--annotations", default=None,
                    help="hand-coded annotations folder (default: data/annotations for data/corpus, none otherwise)")
    sp.add_argument("--config", default="reports.yml")
    sp.add_argument("--only", action="append", help="build only this report (repeatable)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except RhetoricError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
