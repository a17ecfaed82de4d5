"""Where a report reads its statements: one DuckDB view, so each report asks for what it shows.

``rhetoric.store.loading.load_statements`` returns a ``StatementSource``, not a table in memory:

- **automated** statements are the partitioned Parquet dataset that ``rhetoric.store.cache``
  derives, and a statements store given as a dataset is one too. A query reads only the columns
  it names, and DuckDB skips the row groups its filters exclude, so a report over millions of
  statements receives its counts, its matrix or the few statements it lists, not the whole table;
- **hand-coded** statements (``statements.csv``, small) and a statements store given as a CSV
  file are held as a pandas frame that DuckDB scans in place.

Either way a report's question is one SQL query, ``source.query(sql, params)``, over the view
``statements``: the table's columns as they are stored, plus ``_file`` and ``_row``, the corpus
order (``ORDER BY _file, _row``: part file, then row; the frame's own order for a frame). The
view ``named_statements`` adds ``speaker_name`` and ``target_name``, the display names given
with ``with_names`` (an id without one is shown as itself, as ``Registry.name`` does; no target
is ``(none)``).

Functions that answer a report's questions take a source or a pandas frame of statements
(``as_source`` wraps a frame), so they have one implementation, in SQL, for both.
"""

from __future__ import annotations

from pathlib import Path
from typing import Mapping, Sequence

import pandas as pd

from rhetoric.store import parquet as store


class StatementSource:
    """Statements to query: a Parquet dataset (``dataset``) or a frame (``frame``), optionally
    only those of one article, with the actors' display names for ``named_statements``."""

    def __init__(self, dataset: Path | str | None = None, frame: pd.DataFrame | None = None,
                 article: str | None = None, names: Mapping[str, str] | None = None):
        if (dataset is None) == (frame is None):
            raise ValueError("a StatementSource reads a dataset or a frame, exactly one of them")
        self.dataset = Path(dataset) if dataset is not None else None
        self.frame = frame.reset_index(drop=True) if frame is not None else None
        self.article = article
        self.names = dict(names or {})

    def __repr__(self) -> str:
        where = f"dataset {self.dataset}" if self.dataset is not None else f"frame of {len(self.frame)} rows"
        return f"StatementSource({where}{f', article {self.article}' if self.article else ''})"

    def for_article(self, article: str) -> StatementSource:
        """The same statements, only those of ``article``."""
        return StatementSource(self.dataset, self.frame, article, self.names)

    def with_names(self, names: Mapping[str, str]) -> StatementSource:
        """The same statements, with display names (actor id → name) for ``named_statements``."""
        return StatementSource(self.dataset, self.frame, self.article, names)

    @property
    def columns(self) -> list[str]:
        """The stored columns (without ``_file``, ``_row`` and the names)."""
        if self.frame is not None:
            return list(self.frame.columns)
        return store.dataset_columns(self.dataset)

    def query(self, sql: str, params: Sequence | None = None) -> pd.DataFrame:
        """Run ``sql`` over the views ``statements`` and ``named_statements``; a DataFrame."""
        con = store.connect()
        try:
            if self.frame is not None:
                con.register("statements_frame", self.frame.assign(_file="", _row=range(len(self.frame))))
                base = "SELECT * FROM statements_frame"
            else:
                base = (f"SELECT * EXCLUDE (filename, file_row_number), filename AS _file, "
                        f"file_row_number AS _row FROM {store.scan(self.dataset, with_order=True)}")
            if self.article is not None:
                base += f" WHERE article_id = {store.sql_string(str(self.article))}"
            con.execute(f"CREATE TEMP VIEW statements AS {base}")
            if {"speaker", "target"} <= set(self.columns):
                con.register("actor_names", pd.DataFrame({"id": list(self.names), "name": list(self.names.values())},
                                                          columns=["id", "name"], dtype=str))
                con.execute(_NAMED_VIEW)
            return store.fetch(con, self.dataset or "statements", sql, params)
        finally:
            con.close()

    def to_frame(self) -> pd.DataFrame:
        """Every row and stored column, in corpus order (what a report should not need)."""
        columns = ", ".join(store.sql_ident(c) for c in self.columns)
        return self.query(f"SELECT {columns} FROM statements ORDER BY _file, _row")


_NAMED_VIEW = """
CREATE TEMP VIEW named_statements AS
SELECT s.*,
       coalesce(sn.name, CAST(s.speaker AS VARCHAR)) AS speaker_name,
       CASE WHEN coalesce(CAST(s.target AS VARCHAR), '') = '' THEN '(none)'
            ELSE coalesce(tn.name, CAST(s.target AS VARCHAR)) END AS target_name
FROM statements s
LEFT JOIN actor_names sn ON sn.id = CAST(s.speaker AS VARCHAR)
LEFT JOIN actor_names tn ON tn.id = CAST(s.target AS VARCHAR)
"""


def as_source(statements: StatementSource | pd.DataFrame) -> StatementSource:
    """A source as is; a frame of statements as a source over that frame."""
    if isinstance(statements, StatementSource):
        return statements
    if isinstance(statements, pd.DataFrame):
        return StatementSource(frame=statements)
    raise TypeError(f"expected statements (a StatementSource or a DataFrame), not {type(statements).__name__}")


def is_in(column: str, values: Sequence) -> tuple[str, list]:
    """``column IN (?, …)`` and its parameters (``false`` for no values)."""
    values = list(values)
    if not values:
        return "false", []
    return f"{column} IN ({', '.join('?' for _ in values)})", values
