"""The command line: ``python -m rhetoric COMMAND``. Run ``python -m rhetoric --help``.

Each command is a small function that parses nothing itself: argparse does, and a
RhetoricError (bad input, bad parameter) becomes one line on stderr and exit code 2,
never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from rhetoric.errors import RhetoricError

EXAMPLES = """examples:
  python -m rhetoric new-article my-study/corpus --id a1 --title 'Title' --published 2025-10-10 --from a1.txt
  python -m rhetoric validate data/corpus --annotations data/annotations
  python -m rhetoric extract data/corpus --out statements.csv
  python -m rhetoric extract data/corpus --out derived/statements        (partitioned Parquet)
  python -m rhetoric extract big/corpus --out derived/statements --dask local
  python -m rhetoric events data/corpus --out events.csv
  python -m rhetoric shift data/corpus --speaker Vucic --target Turkey,Erdogan --json
  python -m rhetoric build --corpus data/corpus --out reports
  python -m rhetoric build --corpus big/corpus --statements derived/statements --out /tmp/big-reports
  python -m rhetoric baselines      (needs the baselines group: make baselines installs it)
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


def _output_format(args) -> str:
    """csv for --out NAME.csv, else a Parquet dataset directory; --format overrides."""
    if args.format:
        return args.format
    return "csv" if Path(args.out).suffix.lower() == ".csv" else "parquet"


def _extract_to_file(args, table: str) -> int:
    """Extract a table from the corpus into --out: a CSV file or a partitioned Parquet dataset.

    Both stream the corpus (one partition of articles in memory at a time) and write
    atomically; --dask distributes the partitions over a Dask cluster (Parquet only).
    """
    import signal

    from rhetoric.store import parquet as store

    def terminated(signum, frame):
        raise SystemExit(128 + signum)  # run the clean-up: no staging directory left behind

    try:
        previous = signal.signal(signal.SIGTERM, terminated)
    except ValueError:  # not the main thread
        previous = None
    try:
        return _extract(args, table, store)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _note_skipped(article, reason: str) -> None:
    """On stderr: an article the extraction leaves out, and why."""
    print(f"note: {article.id}: not extracted: {reason}", file=sys.stderr)


def _extract(args, table: str, store) -> int:
    spec = store.table_spec(table)
    registry = _registry(args)
    # Everything loaded so far (modules, the registry: some 100,000 objects) stays for the whole
    # run; frozen, the garbage collector stops re-walking it while the extraction allocates
    # (about 8 % of the extraction time).
    gc.freeze()
    fmt = _output_format(args)
    progress = not args.quiet
    if args.partition_size < 1:
        raise RhetoricError(f"--partition-size must be at least 1 article, not {args.partition_size}")
    if args.dask and fmt != "parquet":
        raise RhetoricError(f"--dask writes a partitioned Parquet dataset: give --out a directory "
                            f"(a name without .csv), not {args.out}")
    if fmt == "csv":
        rows = store.write_csv(args.corpus, args.out, registry, table,
                               partition_size=args.partition_size, progress=progress, skipped=_note_skipped)
        print(f"{rows} {spec.what} written to {args.out}", file=sys.stderr)
        return 0
    if args.dask:
        from rhetoric.store.distributed import write_dataset_dask

        info = write_dataset_dask(args.corpus, args.out, registry, table, address=args.dask,
                                  partition_size=args.partition_size, workers=args.workers,
                                  progress=progress)
    else:
        info = store.write_dataset(args.corpus, args.out, registry, table,
                                   partition_size=args.partition_size, progress=progress, skipped=_note_skipped)
    print(f"{info.rows} {spec.what} from {info.articles} articles written to {args.out} "
          f"({info.partitions} Parquet part file{'s' if info.partitions != 1 else ''})", file=sys.stderr)
    return 0


def cmd_extract(args) -> int:
    return _extract_to_file(args, "statements")


def cmd_events(args) -> int:
    return _extract_to_file(args, "events")


def cmd_shift(args) -> int:
    import json

    from rhetoric.actors import actors_for_corpus, load_actors
    from rhetoric.analysis.shift import shift_for
    from rhetoric.paths import default_annotations
    from rhetoric.report.shift_views import summary

    registry = load_actors(args.actors or actors_for_corpus(args.corpus))
    annotations = args.annotations if args.annotations is not None else default_annotations(args.corpus)
    _, result = shift_for(args.corpus, args.speaker, args.target, annotations_dir=annotations or None,
                          registry=registry, statements=args.statements)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(summary(result, registry))
    return 0


def cmd_new_article(args) -> int:
    from rhetoric.corpus import CorpusError, new_article

    if args.source == "-":
        body, name = sys.stdin.read(), None
    else:
        source = Path(args.source)
        try:
            body = source.read_bytes().decode("utf-8")
        except OSError as exc:
            raise CorpusError(source, f"cannot be read ({exc.strerror})") from None
        except UnicodeDecodeError as exc:
            raise CorpusError(source, f"is not valid UTF-8 (byte {exc.start}): save it as UTF-8") from None
        name = source.name
    path = new_article(args.corpus, args.id, args.title, args.published, body, outlet=args.outlet,
                       language=args.language, source_name=name, estimated=args.estimated)
    print(f"wrote {path}" + (": fill in published_earliest, published_latest and published_basis"
                              if args.estimated else ""))
    return 0


def cmd_build(args) -> int:
    from rhetoric.report.build import build_reports

    return build_reports(corpus=args.corpus, out=args.out, config=args.config,
                         annotations=args.annotations, only=args.only, statements=args.statements)


def cmd_baselines(args) -> int:
    from rhetoric.store.baseline_scores import TABLE, write_scores

    try:
        import spacy  # noqa: F401
        import textacy  # noqa: F401
    except ImportError as exc:
        raise RhetoricError(f"the baselines need the 'baselines' group ({exc.name} is not installed): "
                            f"run 'make baselines', or install requirements-all.txt") from None
    out = Path(args.out) if args.out else TABLE
    scores = write_scores(out)
    print(f"wrote {out} ({len(scores)} scores of the spaCy + textacy baseline on the study corpus)")
    return 0


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

    def extraction_options(sp, default_name):
        sp.add_argument("corpus", help="corpus directory of <id>.md articles")
        sp.add_argument("--out", required=True,
                        help=f"where to write: a CSV file ({default_name}.csv) or, for any other name, a "
                             f"directory of partitioned Parquet ({default_name}/part-00000.parquet, …)")
        sp.add_argument("--format", choices=["csv", "parquet"], default=None,
                        help="csv or parquet (default: csv when --out ends in .csv, else parquet)")
        sp.add_argument("--partition-size", type=int, default=1000, metavar="N",
                        help="articles per Parquet part file (default 1000)")
        sp.add_argument("--dask", metavar="local|ADDRESS", default=None,
                        help="distribute the partitions over Dask: 'local' starts a LocalCluster of "
                             "--workers processes; an address (tcp://host:8786) uses that scheduler, "
                             "whose workers must read the corpus and write beside --out at the same paths")
        sp.add_argument("--workers", type=int, default=2, help="worker processes of --dask local (default 2)")
        sp.add_argument("--actors", help="actors.yml (default: beside the corpus, else data/actors.yml)")
        sp.add_argument("--quiet", action="store_true", help="no progress bar")

    sp = add("extract", cmd_extract, "extract attributed statements and their stance, one row per target",
             "python -m rhetoric extract data/corpus --out statements.csv")
    extraction_options(sp, "statements")

    sp = add("events", cmd_events, "extract dated sentences (temporal expressions resolved to dates)",
             "python -m rhetoric events data/corpus --out events.csv")
    extraction_options(sp, "events")

    sp = add("shift", cmd_shift, "detect a reversal of a speaker's stance toward one or more targets",
             "python -m rhetoric shift data/corpus --speaker Vucic --target Turkey,Erdogan --json")
    sp.add_argument("corpus")
    sp.add_argument("--speaker", required=True, help="actor name, alias or id")
    sp.add_argument("--target", required=True, help="actor name(s), comma-separated (Turkey,Erdogan)")
    sp.add_argument("--annotations", default=None,
                    help="hand-coded annotations folder (default: data/annotations for data/corpus, none "
                         "otherwise; '' forces the automated extraction)")
    sp.add_argument("--statements", default=None, metavar="PATH",
                    help="read the statements from this store (a Parquet dataset written by 'extract', "
                         "or a CSV in its columns) instead of the annotations or the extraction")
    sp.add_argument("--actors")
    sp.add_argument("--json", action="store_true", help="print the result as JSON")

    sp = add("new-article", cmd_new_article, "add an article to a corpus: front matter, then the text as given",
             "python -m rhetoric new-article my-study/corpus --id wire_0304 --title 'Dam row' "
             "--published 2025-03-04 --from article.txt")
    sp.add_argument("corpus", help="corpus directory (created if missing)")
    sp.add_argument("--id", required=True, help="article id: letters, digits, _ . - (the file is <id>.md)")
    sp.add_argument("--title", required=True)
    sp.add_argument("--published", required=True, help="publication date, YYYY-MM-DD")
    sp.add_argument("--from", dest="source", required=True, metavar="FILE",
                    help="UTF-8 text file holding the article's text ('-' reads standard input)")
    sp.add_argument("--outlet", default=None, help="the outlet (default: null, not stated)")
    sp.add_argument("--language", default="en")
    sp.add_argument("--estimated", action="store_true",
                    help="the date is an estimate: adds its bounds and basis to fill in")

    sp = add("build", cmd_build, "execute the notebooks of reports.yml into HTML reports",
             "python -m rhetoric build --corpus data/corpus --out reports")
    sp.add_argument("--corpus", default="data/corpus")
    sp.add_argument("--out", default="reports")
    sp.add_argument("--annotations", default=None,
                    help="hand-coded annotations folder (default: data/annotations for data/corpus, none otherwise)")
    sp.add_argument("--statements", default=None, metavar="PATH",
                    help="a statements store for the reports instead of the hand coding or the extraction: "
                         "a Parquet dataset written by 'extract CORPUS --out DIR', or a CSV in its columns")
    sp.add_argument("--config", default="reports.yml")
    sp.add_argument("--only", action="append", help="build only this report (repeatable)")

    sp = add("baselines", cmd_baselines, "score the spaCy + textacy baseline on the study corpus into the "
             "table the stance report reads", "python -m rhetoric baselines")
    sp.add_argument("--out", default=None, help="where to write (default: src/rhetoric/data/baseline_scores.csv)")
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
