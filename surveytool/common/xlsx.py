"""Writing XLSX workbooks safely and reproducibly (openpyxl is given in, never imported here).

Two hazards of openpyxl that every workbook we write must avoid:

* A text that starts with ``=`` becomes a live formula: openpyxl sets such a cell's type to
  formula. ``append_row`` passes text through ``cells.inert`` and then pins every text cell
  to the string type (``data_type = "s"``), so a name entered as ``=HYPERLINK(..)`` is shown,
  never run. ``pin_text`` pins a row without changing its text, for workbooks whose text
  must stay exact (a form written back from its markdown).
* Control characters other than tab and line breaks are refused by openpyxl
  (``IllegalCharacterError``) and by Excel: they are dropped, so a stray ``\\x01`` in an
  answer cannot stop a report from being written.

``workbook_bytes`` gives the same bytes for the same content: the document's created and
modified dates are fixed (``Workbook.save`` would set "modified" to the time of saving, so
openpyxl's writer is called directly), and the zip is rewritten with a fixed member date
(openpyxl stamps each member with the time of saving), members in openpyxl's order.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from surveytool.common.cells import inert

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.cell.cell import Cell
    from openpyxl.worksheet.worksheet import Worksheet

FIXED_TIME = datetime(2000, 1, 1)
"""The created and modified dates of a reproducible workbook (the content has its own)."""

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # openpyxl's ILLEGAL_CHARACTERS_RE


def safe_text(text: str) -> str:
    """``text`` as a workbook cell may hold it: inert, without control characters."""
    return inert(_ILLEGAL.sub("", text))


def append_row(sheet: Worksheet, values: Iterable[Any]) -> None:
    """Append a row, its text made inert and typed as text (never a formula).

    The cells are made here and handed to ``append`` (which keeps them as they are): looking
    the row up afterwards (``sheet.max_row``) scans every cell of the sheet, each row."""
    from openpyxl.cell.cell import Cell

    cells = [
        Cell(sheet, row=1, column=index, value=safe_text(v) if isinstance(v, str) else v)
        for index, v in enumerate(values, start=1)
    ]  # append sets each cell's row and column
    pin_text(cells)
    sheet.append(cells)


def pin_text(cells: Iterable[Cell | Any]) -> None:
    """Type every text cell of ``cells`` as a string, so openpyxl writes no formula."""
    for cell in cells:
        if isinstance(cell.value, str):
            cell.data_type = "s"


def workbook_bytes(workbook: Workbook) -> bytes:
    """The workbook saved as bytes that depend on its content only."""
    from openpyxl.writer.excel import ExcelWriter  # save() would stamp the time of saving

    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    saved = io.BytesIO()
    ExcelWriter(workbook, zipfile.ZipFile(saved, "w", zipfile.ZIP_DEFLATED)).save()
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(saved.getvalue())) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = info.external_attr
            target.writestr(member, source.read(info))
    return out.getvalue()
