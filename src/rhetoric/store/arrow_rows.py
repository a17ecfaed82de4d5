"""The extraction's rows (dicts) as an Arrow table, without pandas.

``rhetoric extract`` / ``rhetoric events`` writing Parquet would otherwise import pandas (about
0.8 CPU-s of every process's start-up) for one conversion: ``pa.array`` on a Python list asks
pandas, imported on first use, whether the list is a pandas object. Here text columns are
appended by pyarrow's ``StringBuilder`` and the others put together from their buffers
(``pa.Array.from_buffers``), which pyarrow takes as they are.

The columns are made for the values the extraction writes: text or None, ``int`` or None,
``float`` or None (NaN is null), ``bool`` or None, ``datetime.date`` or None; an integer column
without nulls. A column holding anything else (a numpy number, a ``datetime``, an ``int`` in a text column…) is not converted
here: ``to_arrow`` returns None and the caller takes the pandas route
(``rhetoric.store.parquet.rows_to_arrow``), so that every table is the one
``pa.Table.from_pandas(pd.DataFrame(rows, columns=...))`` gives (tests/test_store.py compares
both, value by value and file byte by byte).
"""

from __future__ import annotations

import datetime as dt
import math
from array import array
from typing import Mapping, Sequence

import pyarrow as pa

_EPOCH = dt.date(1970, 1, 1).toordinal()


class _Unsupported(Exception):
    """A value this module does not convert: the pandas route decides."""


def _bitmap(flags: Sequence[bool]) -> pa.Buffer:
    """Arrow's bit-packed, least-significant-bit-first bitmap of ``flags``."""
    bits = 0
    for i, flag in enumerate(flags):
        if flag:
            bits |= 1 << i
    return pa.py_buffer(bits.to_bytes((len(flags) + 7) // 8 or 1, "little"))


def _is_null(value) -> bool:
    return value is None or (type(value) is float and math.isnan(value))


def _column(values: list, kind: pa.DataType) -> pa.Array:
    n = len(values)
    if kind == pa.string():  # the most columns: appended in C, None and NaN as nulls
        if not all(type(v) is str or _is_null(v) for v in values):
            raise _Unsupported
        builder = pa.lib.StringBuilder()
        builder.append_values(values)
        return builder.finish()
    if kind == pa.int64():
        # a null here: pandas makes the column float (or to_frame refuses it); its route decides
        if not all(type(v) is int for v in values):
            raise _Unsupported
        try:
            data = array("q", values)
        except OverflowError:
            raise _Unsupported from None
        return pa.Array.from_buffers(kind, n, [None, pa.py_buffer(data)], null_count=0)
    valid = [not _is_null(v) for v in values]
    nulls = n - sum(valid)
    validity = _bitmap(valid) if nulls else None
    if kind == pa.float64():
        if any(type(v) is not float for v, ok in zip(values, valid) if ok):
            raise _Unsupported
        data = array("d", [v if ok else 0.0 for v, ok in zip(values, valid)])
        return pa.Array.from_buffers(kind, n, [validity, pa.py_buffer(data)], null_count=nulls)
    if kind == pa.bool_():
        if any(type(v) is not bool for v, ok in zip(values, valid) if ok):
            raise _Unsupported
        return pa.Array.from_buffers(kind, n, [validity, _bitmap([ok and v for v, ok in zip(values, valid)])],
                                     null_count=nulls)
    if kind == pa.date32():
        if any(type(v) is not dt.date for v, ok in zip(values, valid) if ok):
            raise _Unsupported
        data = array("i", [v.toordinal() - _EPOCH if ok else 0 for v, ok in zip(values, valid)])
        return pa.Array.from_buffers(kind, n, [validity, pa.py_buffer(data)], null_count=nulls)
    raise _Unsupported


def to_arrow(rows: Sequence[Mapping], schema: pa.Schema) -> pa.Table | None:
    """``rows`` as an Arrow table of ``schema`` (a key a row lacks is null), or None when a value
    is not one this module converts (module doc). No rows: None too (the caller's empty table)."""
    if not rows:
        return None
    try:
        arrays = [_column([row.get(field.name) for row in rows], field.type) for field in schema]
    except _Unsupported:
        return None
    return pa.Table.from_arrays(arrays, schema=schema)
