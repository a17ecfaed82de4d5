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
  python -m rhetoric propose-actors my-study/corpus --out my-study/actors.yml
  python -m rhetoric draft my-study/corpus --out my-study/annotations
  python -m rhetoric agreement coder-a/annotations coder-b/annotations --corpus my-study/corpus
  python -m rhetoric labelstudio export my-study/corpus --annotations my-study/annotations --out tasks.json
  python -m rhetoric labelstudio import export.json --corpus my-study/corpus --out my-study/reviewed
  python -m rhetoric build --corpus data/corpus --out reports
  python -m rhetoric build --corpus big/corpus --statements derived/statements --out /tmp/big-reports
  python -m rhetoric baselines      (needs the baselines group: make baselines installs it)
"""


def cmd_validate(args) -> int:
    from rhetoric.actors import actors_for_corpus, load_actors
    from rhetoric.corpus import load_corpus, note_skipped

    corpus = load_corpus(args.corpus)
    note_skipped(args.corpus)
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
    from rhetoric.corpus import note_skipped

    spec = store.table_spec(table)
    registry = _registry(args)
    note_skipped(args.corpus)
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

    # bytes, decoded here: the terminal's encoding must not decide what an article contains
    source = Path(args.source) if args.source != "-" else Path("standard input")
    try:
        raw = sys.stdin.buffer.read() if args.source == "-" else source.read_bytes()
        body = raw.decode("utf-8")
    except OSError as exc:
        raise CorpusError(source, f"cannot be read ({exc.strerror})") from None
    except UnicodeDecodeError as exc:
        raise CorpusError(source, f"is not valid UTF-8 (byte {exc.start}): save it as UTF-8") from None
    name = source.name if args.source != "-" else None
    path = new_article(args.corpus, args.id, args.title, args.published, body, outlet=args.outlet,
                       language=args.language, source_name=name, estimated=args.estimated)
    print(f"wrote {path}" + (": fill in published_earliest, published_latest and published_basis"
                              if args.estimated else ""))
    return 0


def cmd_propose_actors(args) -> int:
    from rhetoric.actors import actors_for_corpus, load_actors
    from rhetoric.analysis.focus import unregistered_speakers
    from rhetoric.extract.statements import extract_corpus
    from rhetoric.propose import propose_registry
    from rhetoric.report.publish import write_text_atomically
    from rhetoric.store.source import StatementSource

    registry_path = Path(args.actors) if args.actors else actors_for_corpus(args.corpus)
    registry = load_actors(registry_path)
    out = Path(args.out) if args.out else None
    if out is not None and out.exists():
        raise RhetoricError(f"{out} already exists: give another --out, or edit that file")
    statements = StatementSource(frame=extract_corpus(args.corpus, registry, progress=False))
    found = unregistered_speakers(statements, registry)
    text, n = propose_registry(dict(found.items()), registry, source=f"{args.corpus} (registry: {registry_path})")
    if out is None:
        sys.stdout.write(text)
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomically(out, text)
    print(f"{n} actor(s) proposed" + (f" in {out}" if out else "") + ": check each one, add states and "
          "organisations, then run validate and build again", file=sys.stderr)
    return 0


def cmd_draft(args) -> int:
    from rhetoric.coding.draft import write_draft

    counts = write_draft(args.corpus, _registry(args), args.out)
    print(f"wrote the draft into {args.out}: " + ", ".join(f"{n} rows in {name}" for name, n in counts.items())
          + "; every row has status draft until a coder reviews it")
    return 0


def cmd_agreement(args) -> int:
    import pandas as pd

    from rhetoric.analysis.agreement import agreement, verdict
    from rhetoric.annotations import validate_annotations
    from rhetoric.corpus import load_corpus
    from rhetoric.store.loading import AUTO_CODER, coder_tables

    registry = _registry(args)
    corpus = load_corpus(args.corpus)
    tables = []
    for coder in (args.coder_a, args.coder_b):
        if coder != AUTO_CODER:
            validate_annotations(coder, corpus, registry)
        tables.append(coder_tables(coder, args.corpus, registry))
    (a, a_sources), (b, b_sources) = tables
    result = agreement(a, b, a_sources, b_sources)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    result.table.to_csv(out / "agreement.csv", index=False, lineterminator="\n")
    result.disagreements.to_csv(out / "disagreements.csv", index=False, lineterminator="\n")
    counts = result.table["metric"].isin(["statements_a", "statements_b"])
    shown = result.table.assign(value=[f"{v:.0f}" if c else f"{v:.3f}" for v, c in zip(result.table["value"], counts)])
    with pd.option_context("display.width", 160, "display.max_colwidth", 60):
        print(f"A: {args.coder_a}\nB: {args.coder_b}\n")
        print(shown[["measure", "value", "n"]].to_string(index=False))
        print(f"\nstance: {verdict(result.value('stance_alpha'))}")
        top = result.disagreements.head(args.top)
        if len(top):
            print(f"\nthe {len(top)} statements the coders disagree on most "
                  f"(of {len(result.disagreements)}; all in {out / 'disagreements.csv'}):")
            for r in top.itertuples():
                ids = " / ".join(filter(None, (r.statement_a, r.statement_b)))
                print(f"  {r.article_id} {r.start}-{r.end} {ids}: {r.differs}")
    print(f"\nwrote {out / 'agreement.csv'} and {out / 'disagreements.csv'}")
    return 0


def cmd_labelstudio_export(args) -> int:
    from rhetoric.coding.labelstudio import export_tasks, write_export

    if args.annotations:
        from rhetoric.annotations import validate_annotations
        from rhetoric.corpus import load_corpus

        validate_annotations(args.annotations, load_corpus(args.corpus), _registry(args))
    tasks = export_tasks(args.corpus, _registry(args), args.annotations)
    tasks_path, config = write_export(tasks, args.out)
    regions = sum(len({r["id"] for r in t["predictions"][0]["result"]}) for t in tasks)
    print(f"wrote {len(tasks)} tasks ({regions} regions, from "
          f"{args.annotations or 'the draft of the automated extraction'}) to {tasks_path}, "
          f"and the labelling configuration to {config}")
    return 0


def cmd_labelstudio_import(args) -> int:
    from rhetoric.coding.labelstudio import write_import

    counts = write_import(args.export, args.corpus, _registry(args), args.out)
    print(f"wrote {', '.join(f'{n} rows to {name}' for name, n in counts.items())} in {args.out}; "
          f"validate accepts them")
    return 0


def cmd_build(args) -> int:
    import signal

    from rhetoric.report.build import build_reports

    def terminated(signum, frame):
        raise KeyboardInterrupt  # stop like Ctrl-C: workers stopped, staging removed, exit 130

    try:
        signal.signal(signal.SIGTERM, terminated)
    except ValueError:  # not the main thread
        pass
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

    sp = add("propose-actors", cmd_propose_actors,
             "draft an actors.yml from the speakers the registry does not know",
             "python -m rhetoric propose-actors my-study/corpus --out my-study/actors.yml")
    sp.add_argument("corpus", help="corpus directory of <id>.md articles")
    sp.add_argument("--out", default=None, help="write the draft here (default: standard output); never overwrites")
    sp.add_argument("--actors", help="the registry to compare with (default: beside the corpus, else data/actors.yml)")

    sp = add("draft", cmd_draft, "write the automated extraction as hand-coding files to correct (status: draft)",
             "python -m rhetoric draft my-study/corpus --out my-study/annotations")
    sp.add_argument("corpus", help="corpus directory of <id>.md articles")
    sp.add_argument("--out", required=True, help="a new folder (one that holds no coding yet)")
    sp.add_argument("--actors", help="actors.yml (default: beside the corpus, else data/actors.yml)")

    sp = add("agreement", cmd_agreement, "inter-coder agreement of two hand-coding folders ('auto': the extraction)",
             "python -m rhetoric agreement coder-a/annotations coder-b/annotations --corpus my-study/corpus")
    sp.add_argument("coder_a", metavar="DIR_A", help="first coder's folder (statements.csv, event_sources.csv)")
    sp.add_argument("coder_b", metavar="DIR_B", help="second coder's folder, or 'auto' for the automated extraction")
    sp.add_argument("--corpus", required=True, help="the corpus both coded")
    sp.add_argument("--out", default="agreement", help="folder for agreement.csv and disagreements.csv "
                                                        "(default: ./agreement)")
    sp.add_argument("--top", type=int, default=10, help="disagreements to print (default 10)")
    sp.add_argument("--actors", help="actors.yml (default: beside the corpus, else data/actors.yml)")

    sp = add("labelstudio", None, "review the coding in Label Studio: export tasks, import its JSON export",
             "python -m rhetoric labelstudio export my-study/corpus --out tasks.json")
    ls = sp.add_subparsers(dest="labelstudio_command", required=True, metavar="export|import")
    ex = ls.add_parser("export", help="one task per article, the coding (or the draft) as predictions, "
                                      "and the labelling configuration (labelstudio.xml) beside them")
    ex.set_defaults(func=cmd_labelstudio_export)
    ex.add_argument("corpus", help="corpus directory of <id>.md articles")
    ex.add_argument("--annotations", default=None,
                    help="hand-coding folder to review (default: the draft from the automated extraction)")
    ex.add_argument("--out", required=True, help="the tasks file to write (tasks.json)")
    ex.add_argument("--actors", help="actors.yml (default: beside the corpus, else data/actors.yml)")
    im = ls.add_parser("import", help="Label Studio's JSON export back into hand-coding files that validate accepts")
    im.set_defaults(func=cmd_labelstudio_import)
    im.add_argument("export", metavar="EXPORT.json", help="the JSON export of the Label Studio project")
    im.add_argument("--corpus", required=True, help="the corpus the tasks were made from")
    im.add_argument("--out", required=True, help="a new folder (one that holds no coding yet)")
    im.add_argument("--actors", help="actors.yml (default: beside the corpus, else data/actors.yml)")

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
    except OSError as exc:  # the system refused (a full disk, a read-only folder): one line still
        import errno

        hint = {errno.ENOSPC: ": the disk is full", errno.EDQUOT: ": the disk quota is exceeded",
                errno.EROFS: ": the file system is read-only", errno.EACCES: ": permission denied"}
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"error: {exc.strerror or exc}{where}{hint.get(exc.errno, '')}", file=sys.stderr)
        return 1
    except RecursionError:
        print("error: an input is nested too deeply to be read (a YAML or JSON file?)", file=sys.stderr)
        return 1


def run() -> int:
    """The command line (``rhetoric``, ``python -m rhetoric``): ``main`` with compiled patterns
    kept between runs (``rhetoric.pattern_cache``: half a second less at each start)."""
    from rhetoric.pattern_cache import install

    install()
    return main()
