"""Writing flat tables as CSV files: canonical bytes, each file whole or not at all.

``csv_bytes`` is the one way a flat table becomes CSV (the tables command and the exchange
packages, ``package.tabular``, write the same bytes):

* UTF-8 without a byte-order mark, ``\\n`` line ends, a header row, ``,`` between cells;
* a cell is quoted only when it must be (it holds ``,``, ``"``, ``\\r`` or ``\\n``): the
  standard library's writer and pandas' ``to_csv`` leave a lone ``\\r`` unquoted when lines
  end in ``\\n``, which readers take for a line end (a row cut in two), so quoting is done
  here;
* a blank (missing) cell is empty; an empty text is a blank too;
* integers without ``.0``; decimals as Python's shortest repr that reads back to the same
  float;
* text that a spreadsheet would run (``=HYPERLINK(..)`` entered as a name) made inert
  (``common.cells.inert``): these files are opened in Excel by the office.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from surveytool.common.cells import inert

_SPECIAL = (",", '"', "\r", "\n")


BLOCK_ROWS = 50_000
"""Rows formatted at a time: a million persons are written without holding the whole file
as text (to_csv streams too)."""


def write_csv(tables: dict[str, pd.DataFrame], folder: Path) -> list[Path]:
    """One ``<name>.csv`` per table; each file appears complete or not at all."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in tables.items():
        target = folder / f"{name}.csv"
        partial = folder / f".{name}.csv.partial"
        with partial.open("wb") as handle:
            for block in csv_blocks(frame):
                handle.write(block)
        partial.replace(target)
        written.append(target)
    return written


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """``frame`` as canonical CSV bytes (see the module docstring); the index is not written."""
    return b"".join(csv_blocks(frame))


def csv_blocks(frame: pd.DataFrame, rows: int = BLOCK_ROWS) -> Iterator[bytes]:
    """The canonical CSV of ``frame`` in pieces: the header line, then ``rows`` rows at a time."""
    names = [str(name) for name in frame.columns]
    yield (",".join(_quoted(name) for name in names) + "\n").encode("utf-8")
    lone = len(names) == 1  # an empty cell alone would be an empty line, which readers skip
    for start in range(0, len(frame), rows):
        block = frame.iloc[start : start + rows]
        columns = [_cells(block.iloc[:, index]) for index in range(len(names))]
        if lone:
            lines = ['""' if cell == "" else cell for cell in columns[0]]
        else:
            lines = [",".join(row) for row in zip(*columns, strict=True)]
        yield ("\n".join(lines) + "\n").encode("utf-8")


def _cells(column: pd.Series) -> list[str]:
    """One column's cells as they are written (quoted where needed, blanks empty)."""
    dtype = column.dtype
    missing = column.isna().to_numpy(dtype=bool)
    if pd.api.types.is_bool_dtype(dtype):
        values = column.astype(object).tolist()
        return [
            "" if gone else str(bool(v)).lower() for v, gone in zip(values, missing, strict=True)
        ]
    if pd.api.types.is_integer_dtype(dtype):
        ints = column.to_numpy(dtype="int64", na_value=0).tolist()
        return ["" if gone else str(v) for v, gone in zip(ints, missing, strict=True)]
    if pd.api.types.is_float_dtype(dtype):
        floats = column.to_numpy(dtype="float64", na_value=np.nan).tolist()
        return ["" if gone else repr(v) for v, gone in zip(floats, missing, strict=True)]
    return _text_cells(column.astype(object).tolist(), missing)


def _text_cells(values: list[Any], missing: np.ndarray) -> list[str]:
    """Text cells, each distinct value made inert and quoted once (columns repeat values)."""
    done: dict[Hashable, str] = {}
    out = []
    for value, gone in zip(values, missing, strict=True):
        if gone:
            out.append("")
            continue
        cell = done.get(value)
        if cell is None:
            cell = done[value] = _quoted(inert(value if isinstance(value, str) else str(value)))
        out.append(cell)
    return out


def _quoted(text: str) -> str:
    if any(mark in text for mark in _SPECIAL):
        return '"' + text.replace('"', '""') + '"'
    return text
