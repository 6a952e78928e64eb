"""Choice lists: from the choices sheet, from built-in code lists, or from a CSV beside the form.

``select_one_from_file iso3166.csv`` (and iso4217, isco08, isic4) is served from the code
lists that ship with surveytool (countries and currencies from pycountry at run time), so
a form needs no copied country file; any other file name is read from the form's folder,
as ODK Collect reads its media files.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any

from surveytool.common.errors import Location
from surveytool.form.model import Choice, ChoiceList
from surveytool.form.sheets import SheetIndex

TextOf = Callable[[object], Mapping[str, str]]
_CHOICE_KEYS = frozenset({"name", "label", "media"})


def sheet_choice_lists(
    json_choices: Mapping[str, Sequence[Mapping[str, Any]]], text_of: TextOf, sheet: SheetIndex
) -> dict[str, ChoiceList]:
    lists: dict[str, ChoiceList] = {}
    first_rows = _first_row_of_each_list(sheet)
    for list_name, rows in json_choices.items():
        choices = tuple(
            Choice(
                value=str(row.get("name", "")),
                label=text_of(row.get("label")),
                filters=MappingProxyType(
                    {k: str(v) for k, v in row.items() if k not in _CHOICE_KEYS}
                ),
            )
            for row in rows
        )
        row_index = first_rows.get(list_name)
        location = sheet.at(row_index) if row_index is not None else Location(sheet.file, "choices")
        lists[list_name] = ChoiceList(list_name, choices, "choices", location)
    return lists


def _first_row_of_each_list(sheet: SheetIndex) -> dict[str, int]:
    first: dict[str, int] = {}
    for index, row in enumerate(sheet.rows):
        name = str(row.get("list_name", "")).strip()
        if name and name not in first:
            first[name] = index
    return first


def builtin_choice_list(
    file_name: str, form_folder: Path, languages: Sequence[str]
) -> ChoiceList | None:
    """The list behind ``select_one_from_file FILE``, or None when there is no such list."""
    from surveytool.form.codelists import builtin_list

    rows = builtin_list(file_name, languages)
    stem = Path(file_name).stem
    if rows is not None:
        choices = tuple(Choice(code, MappingProxyType(dict(labels))) for code, labels in rows)
        return ChoiceList(stem, choices, file_name, Location(file_name))
    path = form_folder / file_name
    if not path.is_file():
        return None
    return _csv_choice_list(path, languages)


def _csv_choice_list(path: Path, languages: Sequence[str]) -> ChoiceList:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    choices = []
    for row in rows:
        labels = {
            _language_of(column): text
            for column, text in row.items()
            if column and column.startswith("label") and text
        }
        if not labels and languages:
            labels = {languages[0]: row.get("name", "")}
        choices.append(Choice(str(row.get("name", "")), MappingProxyType(labels)))
    return ChoiceList(path.stem, tuple(choices), path.name, Location(path.name))


def _language_of(column: str) -> str:
    if "::" not in column:
        return "default"
    suffix = column.split("::", 1)[1]
    if "(" in suffix and suffix.endswith(")"):
        return suffix[suffix.rindex("(") + 1 : -1].lower()
    return suffix.strip().lower()
