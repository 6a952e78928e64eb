"""Data files beside the form: the CSV and XML files ODK forms read besides the workbook.

ODK Collect reads a form's "media files" from the form's folder: ``select_one_from_file
cities.csv`` lists its rows, ``search('cities')`` and ``pulldata('cities', ...)`` look rows
up, ``csv-external``/``xml-external`` declare a file for ``instance('name')`` paths. We do
the same: a file is looked up beside the workbook (the shipped form's folder for the shipped
form, so the app and the batch side find the same files), read once when the form loads,
and held by the ``Form`` as a ``DataFile``. A missing file, an unreadable one or a missing
column is a located problem at load time, never a surprise during an interview.

Formats, as ODK writes them:

- CSV: a header row, then one row per item; UTF-8 (a byte-order mark is allowed), commas.
- XML: ``<root><item><name>..</name><label>..</label>...</item>...</root>``: every child
  element of an ``item`` is a column.
- GeoJSON: a FeatureCollection; each feature is a row: ``id`` (the feature's, or its
  property's), its properties (``title`` is the label), and ``geometry`` as ODK writes a
  location ("lat lon 0 0", points of a line or shape joined by "; ").

Values are always text: codes keep their leading zeros (``"0110"``).
"""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from surveytool.common.catalogue import Message, message

if TYPE_CHECKING:
    from surveytool.expr import EvalContext

DATA_FILE_SUFFIXES = (".csv", ".xml", ".geojson")
"""The files a form may read beside it, as pyxform allows them."""

MISSING_FILE = message(
    "form.external.missing",
    "the file '{file}' that {what} reads is not beside the form: put it in the form's folder "
    "({folder})",
)
UNREADABLE_FILE = message("form.external.unreadable", "the file '{file}' cannot be read: {error}")
NOT_UTF8 = message(
    "form.external.encoding",
    "the file '{file}' is not UTF-8 text: save it again as 'CSV UTF-8' (Excel) or with the "
    "UTF-8 character set (LibreOffice)",
)
NO_COLUMN = message(
    "form.external.no_column",
    "the file '{file}' has no column '{column}' (its columns: {columns})",
)
NO_LIST_COLUMN = message(
    "form.external.no_list_column",
    "the choice list '{file}' has no column '{column}' (its columns: {columns})",
)
WRONG_SUFFIX = message(
    "form.external.suffix",
    "'{file}': a data file beside the form must be a .csv, .xml or .geojson file",
)


class DataFileError(Exception):
    """A data file cannot be used; the caller locates it at the cell that names the file."""

    def __init__(self, told: Message, **values: object) -> None:
        super().__init__(told.text("en", **values))
        self.told = told
        self.values = values


@dataclass(frozen=True, slots=True, eq=False)  # identity: one object per file of a form
class DataFile:
    """One CSV or XML file beside the form, read once: its columns and its rows, as text.

    ``lookup`` is what ``pulldata()`` needs: the first row whose key column holds the key.
    Hazard: the index behind it is built on first use per key column and kept in a dict the
    frozen object holds, so a form shared between threads builds it at most a few times
    over, never wrongly (each build is complete before it is stored)."""

    name: str  # the instance name: the file name without .csv/.xml
    file: str  # the file name as written beside the form; "" for a choice list of the form
    columns: tuple[str, ...]
    rows: tuple[Mapping[str, str], ...]
    _index: dict[str, dict[str, int]] = field(default_factory=dict, repr=False)

    def column(self, name: str) -> tuple[str, ...]:
        """Every row's value of a column ("" where a row has none)."""
        return tuple(row.get(name, "") for row in self.rows)

    def require(self, *columns: str) -> None:
        """Raise DataFileError for the first of ``columns`` the file does not have."""
        for column in columns:
            if column not in self.columns:
                told = NO_COLUMN if self.file else NO_LIST_COLUMN
                raise DataFileError(
                    told,
                    file=self.file or self.name,
                    column=column,
                    columns=", ".join(self.columns),
                )

    def lookup(self, column: str, key_column: str, key: str) -> str:
        """``column`` of the first row whose ``key_column`` is ``key``; "" when none is."""
        index = self._index.get(key_column)
        if index is None:
            index = {}
            for position, row in enumerate(self.rows):
                index.setdefault(row.get(key_column, ""), position)
            self._index[key_column] = index
        found = index.get(key)
        return "" if found is None else self.rows[found].get(column, "")


def data_file_name(name: str) -> str:
    """The file an instance name means: ``cities`` -> ``cities.csv``; a suffix is kept."""
    return name if name.lower().endswith(DATA_FILE_SUFFIXES) else f"{name}.csv"


def read_data_file(folder: Path, file_name: str, what: str) -> DataFile:
    """Read ``file_name`` from ``folder``; ``what`` names the reader for a missing file's
    message (e.g. "select_one_from_file on row 4"). Raises DataFileError."""
    suffix = Path(file_name).suffix.lower()
    if suffix not in DATA_FILE_SUFFIXES:
        raise DataFileError(WRONG_SUFFIX, file=file_name)
    path = folder / file_name
    if not path.is_file():
        raise DataFileError(MISSING_FILE, file=file_name, what=what, folder=str(folder))
    try:
        reader = {".xml": _read_xml, ".geojson": _read_geojson}.get(suffix, _read_csv)
        columns, rows = reader(path)
    except UnicodeDecodeError as error:
        raise DataFileError(NOT_UTF8, file=file_name) from error
    except (OSError, csv.Error, ValueError) as error:
        raise DataFileError(UNREADABLE_FILE, file=file_name, error=str(error)) from error
    return DataFile(Path(file_name).stem, file_name, columns, rows)


def _read_csv(path: Path) -> tuple[tuple[str, ...], tuple[Mapping[str, str], ...]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if header is None:
            raise ValueError("the file is empty: it needs a header row")
        columns = tuple(column.strip() for column in header)
        rows = tuple(
            dict(zip(columns, (cell.strip() for cell in cells), strict=False))
            for cells in reader
            if any(cell.strip() for cell in cells)
        )
    return columns, rows


def _read_xml(path: Path) -> tuple[tuple[str, ...], tuple[Mapping[str, str], ...]]:
    """ODK's item list; parsed with defusedxml (a data file is a file from elsewhere)."""
    from defusedxml.ElementTree import parse  # type: ignore[import-untyped]  # no stubs

    root = parse(str(path)).getroot()
    columns: dict[str, None] = {}
    rows = []
    for item in root.iter("item"):
        row = {child.tag: (child.text or "").strip() for child in item}
        columns.update(dict.fromkeys(row))
        rows.append(row)
    return tuple(columns), tuple(rows)


def _read_geojson(path: Path) -> tuple[tuple[str, ...], tuple[Mapping[str, str], ...]]:
    import json

    with path.open(encoding="utf-8-sig") as handle:
        collection = json.load(handle)
    features = collection.get("features") if isinstance(collection, dict) else None
    if not isinstance(features, list):
        raise ValueError("a GeoJSON data file must be a FeatureCollection")
    columns: dict[str, None] = {"id": None, "title": None}
    rows = []
    for feature in features:
        properties = feature.get("properties") or {}
        row = {str(k): "" if v is None else str(v) for k, v in properties.items()}
        if feature.get("id") is not None:
            row["id"] = str(feature["id"])
        row["geometry"] = _odk_geometry(feature.get("geometry") or {})
        columns.update(dict.fromkeys(row))
        rows.append(row)
    return tuple(columns), tuple(rows)


def _odk_geometry(geometry: Mapping[str, object]) -> str:
    """GeoJSON coordinates (lon, lat) as ODK's text: "lat lon 0 0", joined by "; "."""
    kind, coordinates = geometry.get("type"), geometry.get("coordinates")
    if kind == "Point" and isinstance(coordinates, list):
        points = [coordinates]
    elif kind == "LineString" and isinstance(coordinates, list):
        points = coordinates
    elif kind == "Polygon" and isinstance(coordinates, list) and coordinates:
        points = coordinates[0]
    else:
        return ""
    return "; ".join(f"{p[1]} {p[0]} 0 0" for p in points if isinstance(p, list) and len(p) >= 2)


def languages_of_columns(columns: Sequence[str], base: str) -> dict[str, str]:
    """The ``base`` columns of a file and the language each is in: ``label`` -> "",
    ``label::English (en)`` -> "English (en)" (the caller turns names into codes)."""
    found = {}
    for column in columns:
        head, _, language = column.partition("::")
        if head.strip().lower() == base:
            found[column] = language.strip()
    return found


class FormData:
    """The data files of one form as ``pulldata()`` reads them (``expr.hooks.ExternalData``).

    The files were read and their pulldata() columns checked when the form loaded, so an
    unknown file or column here is a form nobody checked (built by hand in a test): it
    raises ``ExprError`` naming it rather than reading as a blank."""

    __slots__ = ("_files",)

    def __init__(self, files: Mapping[str, DataFile]) -> None:
        self._files = files

    def pulldata(self, instance: str, column: str, key_column: str, key: str) -> str:
        from surveytool.expr import ExprError

        found = self._files.get(instance)
        if found is None:
            raise ExprError(f"pulldata(): no data file '{instance}.csv' beside the form")
        try:
            found.require(column, key_column)
        except DataFileError as error:
            raise ExprError(f"pulldata(): {error}") from error
        return found.lookup(column, key_column, key)


def with_data_files(context: EvalContext, files: Mapping[str, DataFile]) -> EvalContext:
    """``context`` with the form's data files for pulldata(), unless it has a provider
    already (a test's, or the caller's): the interview and the batch side both use this."""
    if context.external is not None or not files:
        return context
    return replace(context, external=FormData(files))
