"""rhetoric: who says what about whom in news coverage of the October 2025 Skydagger crisis.

The package has the shape of its pipeline (docs/DEVELOPING.md opens with a map):

- ``corpus``, ``actors``, ``annotations``: the inputs (articles, the actor registry, hand coding);
  ``columns``: the columns of the statements and events tables, defined once;
- ``extract/``: statements, their speakers, targets, stance and dates, and dated events, from
  article text;
- ``store/``: derived tables as Parquet read through DuckDB, their cache, and the one place
  that chooses between a statements store, hand-coded and derived tables (``store.loading``);
- ``analysis/``: what the reports compute from the tables (rhetoric shift, focus, alignment of
  quotes across sources, date checks);
- ``report/``: the build of the reports, charts, tables and each report's views;
- ``cli``: the commands (``python -m rhetoric --help``).

Package ``__init__`` modules import nothing, so that a report depends only on the modules its
notebook imports (the build hashes those to decide what to rebuild).
"""

__version__ = "0.1.0"
