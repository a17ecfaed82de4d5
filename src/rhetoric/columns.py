"""The columns of the project's tables, defined once (their meaning: docs/DATA.md).

The extractor writes these columns, the store gives them their Parquet types
(``rhetoric.store.parquet.TABLES``), the annotation schemas check them
(``rhetoric.annotations``), and the reports require them (``rhetoric.analysis.shift``,
``rhetoric.store.loading``). This module imports nothing from the package, so that any module
may import it without depending on another.
"""

from __future__ import annotations

#: The statements table: one row per (statement, target), as ``python -m rhetoric extract``
#: writes it (``rhetoric.extract.statements``).
STATEMENT_COLUMNS = [
    "article_id", "statement_id", "speaker", "target", "kind", "quote", "start", "end",
    "said_on", "said_on_precision", "channel", "cameo", "plover", "goldstein", "stance",
    "verb", "flag",
]

#: The columns only the extractor writes (the hand coding has none of them).
EXTRACTED_ONLY_STATEMENT_COLUMNS = ["verb", "flag"]

#: The hand-coded statements (``statements.csv``): the statements table without the
#: extractor's own columns, plus the coder's ``note``.
HAND_CODED_STATEMENT_COLUMNS = [c for c in STATEMENT_COLUMNS
                                if c not in EXTRACTED_ONLY_STATEMENT_COLUMNS] + ["note"]

#: The columns a statements table must have for the reports to read it (a statement, its
#: speaker and target, where it is, when it was said and its stance), in table order.
REQUIRED_STATEMENT_COLUMNS = [c for c in STATEMENT_COLUMNS if c in {
    "article_id", "statement_id", "speaker", "target", "quote", "start", "end", "said_on",
    "said_on_precision", "stance"}]

#: The dated sentences: one row per resolvable temporal expression, as
#: ``python -m rhetoric events`` writes it (``rhetoric.extract.events``).
EVENT_COLUMNS = [
    "article_id", "published", "date", "precision", "earliest", "latest", "date_text",
    "expr_start", "expr_end", "relative", "anchor", "n_in_sentence", "sentence", "start", "end",
    "actors", "category", "weekday", "weekday_of_date", "weekday_ok",
    "published_earliest", "published_latest",
]

#: The hand-coded events (``events.csv``): one row per event.
HAND_CODED_EVENT_COLUMNS = ["event_id", "title", "date", "precision", "earliest", "latest",
                            "category", "actors", "note"]

#: The hand-coded event sources (``event_sources.csv``): one row per supporting sentence.
EVENT_SOURCE_COLUMNS = ["event_id", "article_id", "start", "end", "sentence", "date_text",
                        "stated_date", "stated_precision"]

#: The review status a hand-coding row may carry (optional column of ``statements.csv``,
#: ``events.csv`` and ``event_sources.csv``): ``draft`` for a row written by
#: ``python -m rhetoric draft`` and not yet checked by a coder, ``reviewed`` once checked. A file
#: without the column is reviewed coding.
STATUS_COLUMN = "status"
DRAFT, REVIEWED = "draft", "reviewed"
STATUSES = [DRAFT, REVIEWED]
