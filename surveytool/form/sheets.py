"""Where things are in the workbook: sheet rows and column letters, for located messages.

pyxform reads the cells (``get_xlsform``); this module only remembers, for each survey and
choices row, its sheet row number and which column holds which XLSForm field, so that a
problem found later in the parsed form can point back at the cell the author must edit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from surveytool.common.errors import Location

#: XLSForm column spellings (pyxform aliases) folded to the field names used in our model
_FIELD_ALIASES = {
    "relevance": "relevant",
    "bind::relevant": "relevant",
    "bind::constraint": "constraint",
    "bind::required": "required",
    "bind::calculate": "calculation",
    "calculate": "calculation",
    "readonly": "read_only",
    "bind::readonly": "read_only",
    "constraint_message": "constraint_message",
    "jr:constraintmsg": "constraint_message",
    "required_message": "required_message",
    "jr:requiredmsg": "required_message",
    "choice_filter": "choice_filter",
    "repeat_count": "repeat_count",
    "jr:count": "repeat_count",
}
_ROW_IN_MESSAGE = re.compile(r"\[row\s*:\s*(\d+)\]")
_COLUMN_IN_MESSAGE = re.compile(r"the '([^']+)' (?:value|column)")
#: messages about the type cell: an unknown type, a list name, a begin or end without its pair
_TYPE_IN_MESSAGE = re.compile(r"Unknown question type '([^']+)'")
_STRUCTURE_IN_MESSAGE = re.compile(r"Unmatched '(?:begin|end)|List name not in choices sheet")
_INSTANCE_IN_MESSAGE = re.compile(r"Instance name: '([^']+)'")
_SHEET_IN_MESSAGE = re.compile(r"'(survey|choices|settings)' sheet", re.IGNORECASE)


def field_of(header: str) -> str:
    """The model field a column header feeds, e.g. ``constraint_message::Français (fr)``."""
    base = header.split("::", 1)[0] if not header.startswith("bind::") else header
    base = base.strip().lower().replace(" ", "_")
    return _FIELD_ALIASES.get(base, base)


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


@dataclass
class SheetIndex:
    """The rows of one sheet as pyxform read them; row ``i`` of the list is sheet row ``i + 2``."""

    file: str
    sheet: str
    rows: Sequence[Mapping[str, Any]]
    headers: Sequence[str]
    _rows_by_name: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for index, row in enumerate(self.rows):
            name = str(row.get("name", "")).strip()
            if name and name not in self._rows_by_name:
                self._rows_by_name[name] = index

    def alias(self, name: str, index: int) -> None:
        """``name`` (a unique name given to an element whose written name is used twice) is
        the row ``index``: locations asked by that name point at that row."""
        self._rows_by_name[name] = index

    def row_of_type(self, written: str) -> int | None:
        """The sheet row of the first row whose type cell reads ``written``."""
        for index, row in enumerate(self.rows):
            if str(row.get("type", "") or "").strip() == written.strip():
                return self.sheet_row(index)
        return None

    def row_of_file(self, instance: str) -> int | None:
        """The sheet row of the first question whose type reads the data file ``instance``
        (``select_one_from_file place.geojson``, ``csv-external place``)."""
        for index, row in enumerate(self.rows):
            words = str(row.get("type", "") or "").split()
            if len(words) > 1 and words[-1].rsplit(".", 1)[0] == instance:
                return self.sheet_row(index)
        return None

    def sheet_row(self, index: int) -> int:
        return index + 2

    def index_of(self, name: str) -> int | None:
        return self._rows_by_name.get(name)

    def location(self, name: str | None = None, column: str | None = None) -> Location:
        index = self.index_of(name) if name else None
        row = self.sheet_row(index) if index is not None else None
        return Location(self.file, self.sheet, row, self.describe_column(column))

    def at(self, index: int, column: str | None = None) -> Location:
        return Location(self.file, self.sheet, self.sheet_row(index), self.describe_column(column))

    def describe_column(self, wanted: str | None) -> str | None:
        """``G 'constraint'`` for a field name or a header; the first matching header wins."""
        if wanted is None:
            return None
        for position, header in enumerate(self.headers):
            if header == wanted or field_of(header) == wanted:
                return f"{column_letter(position)} '{header}'"
        return f"'{wanted}'"


def locate_pyxform_message(message: str, file: str, sheets: Mapping[str, SheetIndex]) -> Location:
    """pyxform writes ``[row : 12] On the 'survey' sheet, the 'relevant' value is invalid``."""
    row_match = _ROW_IN_MESSAGE.search(message)
    sheet_match = _SHEET_IN_MESSAGE.search(message)
    sheet = sheet_match.group(1).lower() if sheet_match else ("survey" if row_match else None)
    row = int(row_match.group(1)) if row_match else None
    column_match = _COLUMN_IN_MESSAGE.search(message)
    column = None
    if column_match and sheet is not None and sheet in sheets:
        column = sheets[sheet].describe_column(column_match.group(1))
    survey = sheets.get("survey")
    type_match = _TYPE_IN_MESSAGE.search(message)
    if row is None and type_match and survey is not None:
        row = survey.row_of_type(type_match.group(1))  # the to_xml stage names no row
        sheet = "survey" if row is not None else sheet
    instance = _INSTANCE_IN_MESSAGE.search(message)
    if row is None and instance and survey is not None:
        row = survey.row_of_file(instance.group(1))  # two data files, or a file and a list
        sheet = "survey" if row is not None else sheet
    about_type = type_match is not None or _STRUCTURE_IN_MESSAGE.search(message) is not None
    about_type = about_type or instance is not None
    if about_type and column is None and row is not None and sheet == "survey" and survey:
        column = survey.describe_column("type")  # begin/end, list names: the type cell
    return Location(file, sheet, row, column)


def strip_row_prefix(message: str) -> str:
    return _ROW_IN_MESSAGE.sub("", message).strip()
