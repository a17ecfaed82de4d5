"""Where a report's statements and events come from: the one place that chooses.

**Statements** (``load_statements``), the first of:

1. a *statements store* given to the report (``statements``, the reports' ``statements_store``
   parameter, ``python -m rhetoric build --statements PATH``): a Parquet dataset written by
   ``python -m rhetoric extract CORPUS --out DIR``, or a CSV file with the statements columns
   (``rhetoric.columns.STATEMENT_COLUMNS``, as ``--out FILE.csv`` writes them). Kind "stored";
2. the hand-coded ``statements.csv`` of the annotations folder, rows of articles that are not
   in the corpus dropped. Kind "hand-coded";
3. the automated extraction, derived once into a partitioned Parquet dataset in the cache
   (``rhetoric.store.cache``). Kind "automated".

Nothing is loaded: the result is a ``rhetoric.store.source.StatementSource``, which each report
queries for what it shows (``.to_frame()`` gives the whole table).

**Events** (``load_events``): the hand-coded ``events.csv`` and ``event_sources.csv`` when the
annotations folder has them (kind "hand-coded"), else the dated sentences of the automated
extraction (kind "automated"). The dated sentences are derived once into the cache and read
when first asked for (``Events.derived``): the timeline's checks use them in both cases.

**Whether the hand coding is reviewed** (``coding_review``): a hand-coding row may carry a
review ``status``; while any row of statements.csv, events.csv or event_sources.csv is a
``draft`` (``python -m rhetoric draft``), the reports built from it say the coding is unreviewed.

**What the extraction is scored on** (``statements_to_score``, ``reference_events``): the
corpus's own hand coding when it has one, else the repository's hand-coded corpus, against the
derived tables of that corpus, read from the cache (or, for statements, the given store).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from rhetoric.columns import REQUIRED_STATEMENT_COLUMNS, STATEMENT_COLUMNS
from rhetoric.errors import RhetoricError
from rhetoric.store.source import StatementSource

#: Where statements and events come from (the ``kind`` of what the loaders return).
HAND_CODED, AUTOMATED, STORED = "hand-coded", "automated", "stored"

#: The statements store parameter's value for "no store given".
NO_STORE = "none"

#: The stance report's ``source`` parameter: the hand coding when there is one, or the
#: automated extraction even then.
SOURCES = ("gold", "automated")


class LoadingError(RhetoricError):
    """Statements or events that cannot be loaded as asked (a missing folder or file, a store
    of other articles, a table without the statements columns, an unknown parameter)."""


def store_given(statements) -> bool:
    """True unless ``statements`` says "no store": None, empty, or "none"."""
    return statements is not None and str(statements).strip().lower() not in ("", NO_STORE)


def article_ids(corpus_dir: Path | str) -> list[str]:
    """The ids of a corpus's articles (their file names without ``.md``), sorted."""
    from rhetoric.corpus import article_names

    return [Path(name).stem for name in article_names(corpus_dir)]


# --- review status ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Review:
    """How much of a hand-coding folder is still a draft: ``draft`` rows of ``rows`` (statements,
    events and event sources together)."""

    draft: int = 0
    rows: int = 0

    @property
    def unreviewed(self) -> bool:
        return self.draft > 0


def coding_review(annotations_dir: Path | str | None) -> Review:
    """The review status of the hand coding in ``annotations_dir`` (nothing to review: Review())."""
    from rhetoric.columns import DRAFT, STATUS_COLUMN

    if not annotations_dir or not Path(annotations_dir).is_dir():
        return Review()
    draft = rows = 0
    for name in ("statements.csv", "events.csv", "event_sources.csv"):
        path = Path(annotations_dir) / name
        if path.is_file():
            table = pd.read_csv(path, dtype=str, keep_default_na=False)
            rows += len(table)
            if STATUS_COLUMN in table.columns:
                draft += int((table[STATUS_COLUMN] == DRAFT).sum())
    return Review(draft, rows)


# --- statements --------------------------------------------------------------------------------

def load_statements(corpus_dir: Path | str, registry, annotations_dir: Path | str | None = None,
                    statements: Path | str | None = NO_STORE, source: str = "gold",
                    article: str = "all") -> tuple[StatementSource, str]:
    """The statements a report shows (one row per target, with the actors' display names), and
    their kind: "stored", "hand-coded" or "automated" (module doc).

    ``statements``: a statements store, or "none". ``source``: "gold" uses the hand coding of
    ``annotations_dir`` when it has a statements.csv; "automated" ignores it. ``article``: only
    that article's statements unless "all". An annotations folder that does not exist is an
    error, not a silent fallback.
    """
    if source not in SOURCES:
        raise LoadingError(f"unknown statement source '{source}'; use one of: {', '.join(SOURCES)}")
    ids = article_ids(corpus_dir)
    if article != "all" and article not in ids:
        raise LoadingError(f"unknown article '{article}'; articles: all, {', '.join(ids)}")
    if store_given(statements):
        loaded, kind = read_statements_store(statements, ids), STORED
    else:
        coded = hand_coded_statements(annotations_dir if source == "gold" else None, ids)
        if coded is not None:
            loaded, kind = StatementSource(frame=coded), HAND_CODED
        else:
            loaded, kind = derived_statements(corpus_dir, registry), AUTOMATED
    if article != "all":
        loaded = loaded.for_article(article)
    return loaded.with_names({actor_id: registry.name(actor_id) for actor_id in registry.actors}), kind


def hand_coded_statements(annotations_dir: Path | str | None, ids) -> pd.DataFrame | None:
    """The hand-coded statements of the articles ``ids``, or None when ``annotations_dir`` is
    None or has no statements.csv; an error when the folder does not exist."""
    if not annotations_dir:
        return None
    folder = Path(annotations_dir)
    if not folder.is_dir():
        raise LoadingError(f"{annotations_dir}: annotations folder does not exist")
    path = folder / "statements.csv"
    return read_statements_csv(path, ids) if path.is_file() else None


def read_statements_csv(path: Path | str, article_ids=None) -> pd.DataFrame:
    """The rows of a statements CSV (hand-coded, or written by ``rhetoric extract``) whose
    article is among ``article_ids`` (all rows for None); offsets and stance as integers,
    Goldstein scores as numbers (empty: missing), the rest as text."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in REQUIRED_STATEMENT_COLUMNS if c not in table.columns]
    if missing:
        raise LoadingError(f"{path}: missing column(s) {', '.join(missing)}")
    if article_ids is not None:
        table = table[table["article_id"].isin(set(article_ids))].reset_index(drop=True)
    for column in ("start", "end", "stance"):
        table[column] = pd.to_numeric(table[column])
    if "goldstein" in table.columns:
        table["goldstein"] = pd.to_numeric(table["goldstein"], errors="coerce")
    return table


def derived_statements(corpus_dir: Path | str, registry) -> StatementSource:
    """The automated extraction's statements of a corpus, derived once into the cache."""
    from rhetoric.store.cache import cached_dataset

    return StatementSource(dataset=cached_dataset(corpus_dir, registry, "statements"))


def read_statements_store(path: Path | str, ids) -> StatementSource:
    """A statements store (a Parquet dataset directory or a CSV file) as a source, after
    checking that it has the statements columns and only articles of the corpus (``ids``)."""
    path = Path(path)
    if path.is_dir():
        from rhetoric.store.parquet import StoreError

        try:
            loaded = StatementSource(dataset=path)
            columns = loaded.columns
        except StoreError as exc:
            raise LoadingError(f"statements store {exc}") from None
    elif path.is_file():
        loaded = StatementSource(frame=read_statements_csv(path))
        columns = loaded.columns
    else:
        raise LoadingError(f"{path}: no statements store there (give a Parquet dataset written by "
                           f"'python -m rhetoric extract CORPUS --out DIR', or a CSV file)")
    missing = [c for c in STATEMENT_COLUMNS if c not in columns]
    if missing:
        raise LoadingError(f"statements store {path}: missing column(s) {', '.join(missing)} "
                           f"(a statements table has {', '.join(STATEMENT_COLUMNS)})")
    found = loaded.query("SELECT DISTINCT CAST(article_id AS VARCHAR) AS a FROM statements ORDER BY a")["a"]
    foreign = [a for a in found if a not in set(ids)]
    if foreign:
        shown = ", ".join(foreign[:3]) + (", …" if len(foreign) > 3 else "")
        raise LoadingError(f"statements store {path}: {len(foreign)} of its articles are not in the "
                           f"corpus ({shown}); is it the store of this corpus?")
    return loaded


@dataclass
class Scoring:
    """What the automated statements are scored on: a corpus, its registry, the statements
    to score (``predicted``) and the hand coding (``gold``); ``own_corpus`` is False when the
    report's corpus has no hand coding and the repository's corpus stands in."""

    corpus_dir: Path
    registry: object
    predicted: pd.DataFrame
    gold: pd.DataFrame
    own_corpus: bool


def statements_to_score(corpus_dir: Path | str, registry, annotations_dir: Path | str | None,
                        statements: Path | str | None = NO_STORE) -> Scoring:
    """The report's corpus and its hand coding, with its derived statements (read from the
    cache) or the given store's; without hand coding, the repository's corpus and its derived
    statements (what a reader of an automated report should expect)."""
    from rhetoric.annotations import load_coded_statements
    from rhetoric.store.cache import cached_table

    gold = load_coded_statements(annotations_dir) if annotations_dir else None
    if gold is not None:
        if store_given(statements):
            predicted = read_statements_store(statements, article_ids(corpus_dir)).to_frame()
        else:
            predicted = cached_table(corpus_dir, registry, "statements")
        return Scoring(Path(corpus_dir), registry, predicted, gold, True)
    from rhetoric.actors import load_actors
    from rhetoric.paths import DEFAULT_ACTORS, DEFAULT_ANNOTATIONS, DEFAULT_CORPUS

    registry = load_actors(DEFAULT_ACTORS)
    return Scoring(DEFAULT_CORPUS, registry, cached_table(DEFAULT_CORPUS, registry, "statements"),
                   load_coded_statements(DEFAULT_ANNOTATIONS), False)


#: A coder's name for the automated extraction (``python -m rhetoric agreement DIR auto``).
AUTO_CODER = "auto"


def coder_tables(coder: Path | str, corpus_dir: Path | str, registry) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """One coder's statement rows and event sources (None without an event_sources.csv), for
    ``rhetoric.analysis.agreement``: a hand-coding folder's, or, for ``auto``, the automated
    extraction's, read from the cache (event sources as ``python -m rhetoric draft`` writes them)."""
    from rhetoric.annotations import load_coded_statements, load_table
    from rhetoric.store.cache import cached_table

    if str(coder) == AUTO_CODER:
        from rhetoric.coding.draft import draft_events

        return (cached_table(corpus_dir, registry, "statements"),
                draft_events(cached_table(corpus_dir, registry, "events"))[1])
    statements = load_coded_statements(coder)
    if statements is None:
        raise LoadingError(f"{coder}: has no statements.csv to compare")
    sources = Path(coder) / "event_sources.csv"
    return statements, load_table(sources) if sources.is_file() else None


# --- events ----------------------------------------------------------------------------------

@dataclass
class Events:
    """A report's events: the hand-coded ones (``coded``: events.csv and event_sources.csv) or
    None, and the dated sentences of the automated extraction (``derived()``, read from the
    cache when first asked for, then kept)."""

    corpus_dir: Path
    registry: object
    annotations_dir: Path | None
    coded: tuple[pd.DataFrame, pd.DataFrame] | None
    _derived: pd.DataFrame | None = field(default=None, repr=False)

    @property
    def kind(self) -> str:
        """"hand-coded" when the annotations have events, else "automated"."""
        return HAND_CODED if self.coded is not None else AUTOMATED

    def derived(self) -> pd.DataFrame:
        """The dated sentences of the corpus (``rhetoric.columns.EVENT_COLUMNS``), in corpus order."""
        if self._derived is None:
            from rhetoric.store.cache import cached_table

            self._derived = cached_table(self.corpus_dir, self.registry, "events")
        return self._derived


def load_events(corpus_dir: Path | str, registry, annotations_dir: Path | str | None = None) -> Events:
    """The events of a corpus: hand-coded when ``annotations_dir`` has an events.csv."""
    from rhetoric.annotations import load_coded_events

    folder = Path(annotations_dir) if annotations_dir else None
    return Events(Path(corpus_dir), registry, folder, load_coded_events(folder) if folder else None)


def reference_events(events: Events | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The dated sentences the extraction finds in the repository's hand-coded corpus, and the
    hand-coded event sources they are scored against. When ``events`` (a report's) are those of
    that corpus or its hand coding, they are used rather than read again."""
    from rhetoric.annotations import load_coded_events
    from rhetoric.paths import DEFAULT_ACTORS, DEFAULT_ANNOTATIONS, DEFAULT_CORPUS

    if events is not None and events.corpus_dir.resolve() == DEFAULT_CORPUS.resolve():
        extracted = events.derived()  # the registry gives the actors column, which is not scored
    else:
        from rhetoric.actors import load_actors
        from rhetoric.store.cache import cached_table

        extracted = cached_table(DEFAULT_CORPUS, load_actors(DEFAULT_ACTORS), "events")
    same_coding = (events is not None and events.coded is not None and events.annotations_dir is not None
                   and events.annotations_dir.resolve() == DEFAULT_ANNOTATIONS.resolve())
    _, sources = events.coded if same_coding else load_coded_events(DEFAULT_ANNOTATIONS)
    return extracted, sources
