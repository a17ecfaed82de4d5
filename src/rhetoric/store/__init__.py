"""Derived tables kept on disk and read back: partitioned Parquet datasets queried through
DuckDB (``parquet``), their distributed extraction with Dask (``distributed``), and the
statements as a queryable source (``source``).
"""
