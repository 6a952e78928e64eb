"""The workbook as text and back: an .xlsx does not diff, its markdown rendering does.

The rendering is pyxform's markdown table format (one table per sheet, one line per sheet
row, empty rows kept so line numbers match sheet rows), so it is itself a loadable XLSForm.
``forms/lfs_migration.md`` is this rendering of ``forms/lfs_migration.xlsx``; a test fails
when the two drift apart.
"""

from __future__ import annotations

from pathlib import Path

from surveytool.common.errors import Location
from surveytool.common.xlsx import pin_text
from surveytool.form.errors import PIPE_IN_CELL, UNREADABLE, FormError, FormProblem

SHEETS = ("survey", "choices", "settings")
_NEWLINE = "\\n"


def dump_markdown(path: Path) -> str:
    from pyxform.errors import PyXFormError
    from pyxform.xls2json_backends import get_xlsform

    try:
        data = get_xlsform(xlsform=str(path))
    except PyXFormError as error:
        problem = FormProblem(UNREADABLE, Location(path.name), {"error": str(error)})
        raise FormError([problem]) from error
    blocks = []
    for sheet in SHEETS:
        rows = getattr(data, sheet, None)
        header_rows = getattr(data, f"{sheet}_header", None)
        if not header_rows:
            continue
        headers = list(header_rows[0].keys())
        lines = [f"| {sheet} |", _line(headers, path, sheet, 1)]
        for index, row in enumerate(rows or []):
            cells = [str(row.get(header, "") or "") for header in headers]
            lines.append(_line(cells, path, sheet, index + 2))
        blocks.append("\n".join(lines))
    return "\n".join(blocks) + "\n"


def _line(cells: list[str], path: Path, sheet: str, row: int) -> str:
    for cell in cells:
        if "|" in cell:
            raise FormError([FormProblem(PIPE_IN_CELL, Location(path.name, sheet, row))])
    return "| | " + " | ".join(cell.replace("\n", _NEWLINE) for cell in cells) + " |"


def build_workbook(markdown: str, out: Path) -> None:
    """Write the .xlsx that a markdown rendering describes (atomically: no half-written file)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from pyxform.xls2json_backends import _md_table_to_ss_structure

    workbook = Workbook()
    workbook.remove(workbook.worksheets[0])  # the empty sheet a new workbook starts with
    for sheet_name, rows in _md_table_to_ss_structure(markdown).items():
        sheet = workbook.create_sheet(sheet_name)
        for row in rows:
            sheet.append([_cell(value) for value in row])
        for cells in sheet.iter_rows():
            pin_text(cells)  # a cell such as "=x" stays text, not a formula
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
    partial = out.with_name(out.name + ".partial")
    workbook.save(partial)
    partial.replace(out)


def _cell(value: str) -> str | None:
    return value.replace(_NEWLINE, "\n") if value else None
