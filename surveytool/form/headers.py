"""Header-row refusals, located: a column written twice, or two spellings of one column.

pyxform refuses both without a row, and the first without a sheet ("Duplicate column header:
label", raised while it reads the cells). The author must find the header row of the right
sheet, so this module finds it: the sheet names in the message, or, when the message names
none, each sheet's header row read again from the file (.xlsx, .xls or markdown). The
header row is row 1: pyxform reads the headers from a sheet's first row.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from surveytool.common.errors import Location
from surveytool.form.errors import DUPLICATE_HEADER, HEADER_ALIASES, FormProblem
from surveytool.form.sheets import column_letter

_DUPLICATE = re.compile(r"^Duplicate column header: (.*)$", re.DOTALL)
_ALIASES = re.compile(
    r"Invalid headers provided for sheet: '([^']+)'\. Headers that are different names for "
    r"the same column were found: '([^']*)', '([^']*)'"
)
HEADER_ROW = 1


def header_refusal(
    message: str, path: Path, headers: Mapping[str, Sequence[str]] | None = None
) -> FormProblem | None:
    """Our located problem for pyxform's header refusal ``message``; None for other messages.

    ``headers`` holds each sheet's headers when pyxform could read the cells (sheet -> headers
    in column order); otherwise the file is read again for them."""
    file = path.name
    duplicate = _DUPLICATE.match(message.strip())
    if duplicate:
        header = duplicate.group(1).strip()
        found = headers if headers is not None else _header_rows(path)
        for sheet, row in found.items():
            columns = [i for i, written in enumerate(row) if _clean(written) == header]
            if len(columns) > 1:
                first, second = (_describe(row, i) for i in columns[:2])
                location = Location(file, sheet, HEADER_ROW, second)
                return FormProblem(
                    DUPLICATE_HEADER, location, {"header": header, "first": first, "second": second}
                )
        return FormProblem(
            DUPLICATE_HEADER, Location(file), {"header": header, "first": "?", "second": "?"}
        )
    aliases = _ALIASES.search(message)
    if aliases:
        sheet, one, other = aliases.groups()
        row = list((headers if headers is not None else _header_rows(path)).get(sheet, ()))
        (_, first), (_, second) = sorted(_describe_header(row, name) for name in (one, other))
        location = Location(file, sheet, HEADER_ROW, second)
        return FormProblem(HEADER_ALIASES, location, {"first": first, "second": second})
    return None


def _clean(header: object) -> str:
    return re.sub(r"\s+", " ", str(header or "").strip())


def _describe(row: Sequence[str], index: int) -> str:
    return f"{column_letter(index)} '{_clean(row[index])}'"


def _describe_header(row: Sequence[str], name: str) -> tuple[int, str]:
    """(column index, "D 'relevance'"); a header not found sorts last, unlettered."""
    for index, written in enumerate(row):
        if _clean(written) == name:
            return index, _describe(row, index)
    return len(row), f"'{name}'"


def _header_rows(path: Path) -> dict[str, list[str]]:
    """Each sheet's first row as written, read from the file (sheet names in lower case)."""
    try:
        if path.suffix.lower() == ".md":
            from pyxform.xls2json_backends import _md_table_to_ss_structure

            tables = _md_table_to_ss_structure(path.read_text(encoding="utf-8"))
            return {
                name.lower(): [str(cell or "") for cell in rows[0]]
                for name, rows in tables.items()
                if rows
            }
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            return _xlsx_header_rows(path)
        if path.suffix.lower() == ".xls":
            return _xls_header_rows(path)
    except (OSError, ValueError, KeyError, IndexError):
        return {}
    return {}


def _xls_header_rows(path: Path) -> dict[str, list[str]]:
    """An old Excel workbook's first rows, read by xlrd as pyxform reads them."""
    import xlrd  # type: ignore[import-untyped]

    book = xlrd.open_workbook(str(path), on_demand=True)
    try:
        found = {}
        for sheet in book.sheets():
            if sheet.nrows:
                found[sheet.name.lower()] = [str(cell) for cell in sheet.row_values(0)]
        return found
    finally:
        book.release_resources()


def _xlsx_header_rows(path: Path) -> dict[str, list[str]]:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        found = {}
        for sheet in workbook.worksheets:
            for row in sheet.iter_rows(min_row=1, max_row=1, values_only=True):
                found[sheet.title.lower()] = ["" if cell is None else str(cell) for cell in row]
        return found
    finally:
        workbook.close()
