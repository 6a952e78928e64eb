"""Choice lists: from the choices sheet, the external_choices sheet, or a file beside the form.

- ``select_one list`` reads the ``choices`` sheet (pyxform has grouped its rows);
- ``select_one_external list`` reads the ``external_choices`` sheet: pyxform would write it
  out as ``itemsets.csv`` for Collect, we read the sheet directly;
- ``select_one_from_file iso3166.csv`` (and iso4217, isco08, isic4) is served from the code
  lists that ship with surveytool (countries and currencies from pycountry at run time), so
  a form needs no copied country file; any other ``.csv`` or ``.xml`` file is read from the
  form's folder (``surveytool.form.external``), as ODK Collect reads its media files;
- ``select_one list`` with a ``search('file')`` appearance lists the rows of ``file.csv``
  through the columns the list's one row names (``surveytool.form.search``).

Columns other than name, label and media are kept as the choice's ``filters``, which a
``choice_filter`` reads by bare name (``state = ${state}``), whatever the list's source.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Any

from surveytool.common.errors import Location
from surveytool.form.external import DataFile, languages_of_columns
from surveytool.form.model import Choice, ChoiceList, Media
from surveytool.form.sheets import SheetIndex

TextOf = Callable[[object], Mapping[str, str]]
_CHOICE_KEYS = frozenset({"name", "label", "media"})
_MEDIA_KINDS = ("image", "big-image", "audio", "video")
_NOT_FILTERS = frozenset({"list_name", "list name", "name", "label", "media", *_MEDIA_KINDS})


def media_of(item: Mapping[str, Any], text_of: TextOf) -> Media:
    """pyxform's ``media`` of a row (``{"image": "a.png"}`` or ``{"image": {"French (fr)":
    "b.png", "default": "a.png"}}``) as kind -> language code -> file name."""
    media = item.get("media")
    if not isinstance(media, Mapping):
        return MappingProxyType({})
    return MappingProxyType({str(kind): text_of(files) for kind, files in media.items()})


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
                media=media_of(row, text_of),
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
        name = _list_name_of(row)
        if name and name not in first:
            first[name] = index
    return first


def _list_name_of(row: Mapping[str, Any]) -> str:
    return str(row.get("list_name", row.get("list name", "")) or "").strip()


def external_choice_lists(sheet: SheetIndex, text_of: TextOf) -> dict[str, ChoiceList]:
    """The lists of the ``external_choices`` sheet (rows as pyxform read the cells)."""
    label_columns = languages_of_columns(sheet.headers, "label")
    grouped: dict[str, list[Choice]] = {}
    first_rows: dict[str, int] = {}
    for index, row in enumerate(sheet.rows):
        list_name = _list_name_of(row)
        if not list_name:
            continue
        first_rows.setdefault(list_name, index)
        cells = {str(k): "" if v is None else str(v).strip() for k, v in row.items()}
        grouped.setdefault(list_name, []).append(_row_choice(cells, label_columns, text_of))
    return {
        name: ChoiceList(name, tuple(choices), "external_choices", sheet.at(first_rows[name]))
        for name, choices in grouped.items()
    }


def file_choice_list(
    data: DataFile,
    list_name: str,
    text_of: TextOf,
    value_column: str = "name",
    label_column: str = "label",
) -> ChoiceList:
    """The list behind ``select_one_from_file FILE``: one choice per row of a data file."""
    data.require(value_column)
    label_columns = languages_of_columns(data.columns, label_column)
    choices = []
    for row in data.rows:
        cells = dict(row)
        if value_column != "name":
            cells["name"] = cells.get(value_column, "")
        choices.append(_row_choice(cells, label_columns, text_of))
    return ChoiceList(list_name, tuple(choices), data.file, Location(data.file))


def _row_choice(
    cells: Mapping[str, str], label_columns: Mapping[str, str], text_of: TextOf
) -> Choice:
    labels: dict[str, str] = {}
    plain = ""
    for column, language in label_columns.items():
        text = cells.get(column, "")
        if not text:
            continue
        if language:
            labels[language] = text
        else:
            plain = text
    filters = {
        column: text
        for column, text in cells.items()
        if column.split("::", 1)[0].strip().lower() not in _NOT_FILTERS
    }
    label: object = labels or plain or None
    if labels and plain:
        label = {**labels, "default": plain}
    return Choice(cells.get("name", ""), text_of(label), MappingProxyType(filters))


def search_choice_list(data: DataFile, template: ChoiceList, text_of: TextOf) -> ChoiceList:
    """The rows of ``data`` as the list's one row on the choices sheet maps them: its name
    holds the value column, its label the label columns (in each language), its image the
    image column. Ordered by ``sortby`` when the file has it; each value once."""
    row = template.choices[0]
    value_column = row.value.strip()
    label_columns = {
        language: [c.strip() for c in text.split(",") if c.strip()]
        for language, text in row.label.items()
    }
    image_files = row.media.get("image", {})
    image_column = next(iter(image_files.values()), "").strip() if image_files else ""
    data.require(value_column, *(c for cs in label_columns.values() for c in cs))
    if image_column:
        data.require(image_column)
    seen: set[str] = set()
    choices = []
    for cells in _sorted_rows(data):
        value = cells.get(value_column, "")
        if value in seen:
            continue
        seen.add(value)
        labels = {
            language: _search_label(cells, columns) for language, columns in label_columns.items()
        }
        image = cells.get(image_column, "") if image_column else ""
        media: Media = MappingProxyType({"image": text_of(image)} if image else {})
        choices.append(
            Choice(value, MappingProxyType(labels), MappingProxyType(dict(cells)), media)
        )
    return ChoiceList(template.name, tuple(choices), data.file, template.location)


def _sorted_rows(data: DataFile) -> list[Mapping[str, str]]:
    if "sortby" not in data.columns:
        return list(data.rows)

    def key(row: Mapping[str, str]) -> tuple[int, float, str]:
        text = row.get("sortby", "")
        try:
            return (0, float(text), "")
        except ValueError:
            return (1, 0.0, text)

    return sorted(data.rows, key=key)


def _search_label(cells: Mapping[str, str], columns: Sequence[str]) -> str:
    """Collect's label from several columns: "v1 (col2: v2) (col3: v3)"."""
    if not columns:
        return ""
    first, rest = cells.get(columns[0], ""), columns[1:]
    return " ".join([first, *(f"({column}: {cells.get(column, '')})" for column in rest)])


def builtin_choice_list(file_name: str, languages: Sequence[str]) -> ChoiceList | None:
    """The list behind ``select_one_from_file FILE`` when surveytool ships it, else None."""
    from pathlib import Path

    from surveytool.form.codelists import builtin_list

    rows = builtin_list(file_name, languages)
    if rows is None:
        return None
    choices = tuple(Choice(code, MappingProxyType(dict(labels))) for code, labels in rows)
    return ChoiceList(Path(file_name).stem, choices, file_name, Location(file_name))


def list_as_data(choice_list: ChoiceList, language: str) -> DataFile:
    """A choice list of the form as the rows ``instance('list')/root/item[...]`` reads (and
    ``pulldata()`` with it): ``name``, ``label`` in ``language`` and the other columns."""
    rows = tuple(
        {"name": c.value, "label": c.label_in(language), **c.filters} for c in choice_list.choices
    )
    columns = dict.fromkeys(["name", "label"])
    for row in rows:
        columns.update(dict.fromkeys(row))
    return DataFile(choice_list.name, "", tuple(columns), rows)
