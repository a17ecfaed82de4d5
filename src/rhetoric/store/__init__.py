"""Derived tables kept on disk and read back: partitioned Parquet datasets queried through
DuckDB (``parquet``; the extraction's rows become their Arrow columns without pandas in
``arrow_rows``), the cache of a corpus's derived tables (``cache``), their distributed
extraction with Dask (``distributed``), the statements as a queryable source (``source``), and
the one place that chooses between a statements store, hand-coded and derived statements or
events (``loading``).
"""
