"""The canonical CSV of a package: one way to write a flat table, and a strict way to read it.

A package's CSV must give the same bytes for the same table on every machine (its sha256 is
signed), open safely in a spreadsheet, and read back as the very table that was written. The
writer is ``tables.csv_files.csv_bytes`` (the tables command writes the same CSV):

* UTF-8 without a byte-order mark, ``\\n`` line ends, a header row, ``,`` between cells;
* a cell is quoted only when it must be (it holds ``,``, ``"``, ``\\r`` or ``\\n``); the
  standard library's writer leaves a lone ``\\r`` unquoted when lines end in ``\\n``, which
  other readers take for a line end, so cells are quoted here;
* a blank (missing) cell is empty; an empty text is a blank too (the flat tables never hold
  one: an unanswered question is missing);
* integers without ``.0``; decimals as Python's shortest repr that reads back to the same
  float; text made inert for spreadsheets (``common.cells.inert``: a leading apostrophe),
  which reading takes off again (``restore``).

Reading goes through Arrow's CSV parser (it handles quoted line breaks and is fast on a
hundred thousand persons), after a strict UTF-8 check that names the line and byte of the
first bad byte: a package is never read under a guessed encoding.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from surveytool.common.catalogue import message
from surveytool.common.cells import restore
from surveytool.common.errors import Location, UserError
from surveytool.tables.csv_files import csv_bytes

__all__ = ["csv_bytes", "read_csv_bytes"]

BOM = b"\xef\xbb\xbf"

_NOT_UTF8 = message(
    "package.csv.not_utf8",
    "byte {byte} of this line is not UTF-8 text: the file must be saved as UTF-8 (CSV UTF-8)",
)
_NO_HEADER = message("package.csv.no_header", "the file is empty: it must start with a header row")
_MISSING = message(
    "package.csv.missing_columns", "the header lacks the column(s) the descriptor names: {names}"
)
_UNEXPECTED = message(
    "package.csv.unexpected_columns", "the header names column(s) the descriptor does not: {names}"
)
_ORDER = message(
    "package.csv.column_order", "the columns are not in the descriptor's order: expected {names}"
)
_TWICE = message("package.csv.column_twice", "a column name appears twice in the header")
_UNREADABLE = message("package.csv.unreadable", "not a readable CSV file: {reason}")
_NOT_INTEGER = message(
    "package.csv.not_integer", "'{value}' is not a whole number (the column holds integers)"
)
_NOT_NUMBER = message(
    "package.csv.not_number", "'{value}' is not a number (the column holds numbers)"
)


def read_csv_bytes(
    data: bytes, where: str, schema_fields: Sequence[dict[str, Any]] | None = None
) -> pd.DataFrame:
    """The table ``csv_bytes`` wrote, typed per the descriptor's fields (``integer`` ->
    Int64, ``number`` -> Float64, anything else -> str); without fields every column is
    text. Refused with a ``UserError`` located in ``where``: bytes that are not UTF-8 (the
    line and byte), a header other than the fields, a cell its field's type cannot hold."""
    _check_utf8(data, where)
    if data.startswith(BOM):
        data = data[len(BOM) :]
    header = _header(data, where)
    types = {str(field["name"]): str(field.get("type", "string")) for field in schema_fields or []}
    if schema_fields is not None:
        _check_header(header, [str(field["name"]) for field in schema_fields], where)
    table = _parse(data, header, where)
    frame: dict[str, pd.Series] = {}
    for name, column in zip(header, table.columns, strict=True):
        kind = types.get(name, "string")
        if kind == "integer":
            frame[name] = _typed(column, pa.int64(), "Int64", _NOT_INTEGER, where, name)
        elif kind == "number":
            frame[name] = _typed(column, pa.float64(), "Float64", _NOT_NUMBER, where, name)
        else:
            frame[name] = _text(column)
    return pd.DataFrame(frame, columns=header)


def _check_utf8(data: bytes, where: str) -> None:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        start = error.start
        line_start = data.rfind(b"\n", 0, start) + 1
        line = data.count(b"\n", 0, start) + 1
        raise UserError(
            _NOT_UTF8, Location(where, row=line), byte=start - line_start + 1
        ) from error


def _header(data: bytes, where: str) -> list[str]:
    """The first record's names (read by the standard library: a quoted name may hold a
    comma); an empty file or a name given twice is refused."""
    text = data[: data.find(b"\n") + 1 or len(data)].decode("utf-8")
    try:
        header = next(csv.reader(io.StringIO(text, newline="")), [])
    except csv.Error as error:
        raise UserError(_UNREADABLE, Location(where, row=1), reason=str(error)) from error
    if not header:
        raise UserError(_NO_HEADER, Location(where))
    if len(set(header)) != len(header):
        twice = next(name for name in header if header.count(name) > 1)
        raise UserError(_TWICE, Location(where, row=1, column=twice))
    return header


def _check_header(header: list[str], expected: list[str], where: str) -> None:
    at = Location(where, row=1)
    missing = [name for name in expected if name not in header]
    if missing:
        raise UserError(_MISSING, at, names=", ".join(missing))
    unexpected = [name for name in header if name not in expected]
    if unexpected:
        raise UserError(_UNEXPECTED, at, names=", ".join(unexpected))
    if header != expected:
        raise UserError(_ORDER, at, names=", ".join(expected))


def _parse(data: bytes, header: list[str], where: str) -> pa.Table:
    try:
        return pacsv.read_csv(
            io.BytesIO(data),
            read_options=pacsv.ReadOptions(column_names=header, skip_rows=1),
            parse_options=pacsv.ParseOptions(newlines_in_values=b'"' in data),
            convert_options=pacsv.ConvertOptions(
                column_types=dict.fromkeys(header, pa.string()),
                null_values=[""],
                strings_can_be_null=True,
                quoted_strings_can_be_null=True,
            ),
        )
    except pa.ArrowInvalid as error:
        raise UserError(_UNREADABLE, Location(where), reason=str(error)) from error


def _text(column: pa.ChunkedArray) -> pd.Series:
    """A text column with the marks ``inert`` put on taken off."""
    series = pd.Series(column.to_pandas(), dtype="str")
    marked = pc.fill_null(pc.starts_with(column, "'"), False).to_numpy(zero_copy_only=False)
    if marked.any():
        series[marked] = [restore(value) for value in series[marked]]
    return series


def _typed(
    column: pa.ChunkedArray,
    target: pa.DataType,
    dtype: str,
    problem: Any,
    where: str,
    name: str,
) -> pd.Series:
    try:
        cast = pc.cast(column, target)
    except pa.ArrowInvalid:
        raise _bad_cell(column, target, problem, where, name) from None
    nullable = {pa.int64(): pd.Int64Dtype(), pa.float64(): pd.Float64Dtype()}
    return pd.Series(cast.to_pandas(types_mapper=nullable.get), dtype=dtype)


def _bad_cell(
    column: pa.ChunkedArray, target: pa.DataType, problem: Any, where: str, name: str
) -> UserError:
    """The first cell Arrow could not read as ``target``, located (row 2 is the first record)."""
    for index, value in enumerate(column.to_pylist()):
        if value is None:
            continue
        try:
            pc.cast(pa.array([value]), target)
        except pa.ArrowInvalid:
            return UserError(problem, Location(where, row=index + 2, column=name), value=value)
    return UserError(_UNREADABLE, Location(where, column=name), reason=f"not {target}")
