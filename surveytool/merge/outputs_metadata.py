"""The metadata sheet of the indicator workbook: what the figures were made from.

A figure of a continental table is only as good as the packages behind it, the REC membership
periods that grouped them and the exchange rates that converted them, so the workbook says all
of it on one sheet: the application version, the merged folder, the rates file (named, with its
SHA-256, or "none"), the tables, every package used (country, round, package id, form
version, reference period and date, sender), the REC membership applied and the caveats
(unresolved membership points, reconciliation notes).

``metadata`` is a plain mapping so that the CLI, the GUI and tests can give it; its keys (every
one optional):

* ``app_version`` (str), ``merged`` (str: the merged folder's name),
* ``rates``: ``{"file": name, "sha256": hex, "sources": [series named in the file]}`` or None,
* ``packages``: registry entries (``packages.json`` of the merged folder); nested fields are
  looked up by the names of the merge contract, with the manifest's §8 metadata as fallback,
* ``rec_membership``: rows (mappings) shown as a table, columns in order of first appearance,
* ``caveats``: texts.

``folder_metadata`` gathers it from a merged folder.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from surveytool import __version__
from surveytool.common.catalogue import message

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

    from surveytool.merge.outputs_sheet import Table

_TITLE = message("indicators.metadata.title", "About these tables")
_APP = message("indicators.metadata.app", "Made with surveytool {version}")
_MERGED = message("indicators.metadata.merged", "Merged folder: {name}")
_RATES = message("indicators.metadata.rates", "Exchange rates: {file} (SHA-256 {sha256})")
_NO_RATES = message(
    "indicators.metadata.no_rates",
    "Exchange rates: none given; figures in USD that needed a conversion are flagged X",
)
_RATE_SOURCES = message("indicators.metadata.rate_sources", "Series of the rates: {sources}")
_TABLES = message("indicators.metadata.tables", "Tables")
_PACKAGES = message("indicators.metadata.packages", "Packages used")
_RECS = message(
    "indicators.metadata.recs", "REC membership applied (at each survey's reference date)"
)
_CAVEATS = message("indicators.metadata.caveats", "Caveats")
_NONE = message("indicators.metadata.none", "none")
_HEADS = {
    "table": message("indicators.metadata.head.table", "Table"),
    "title": message("indicators.metadata.head.title", "Title"),
    "country": message("indicators.metadata.head.country", "Country"),
    "round": message("indicators.metadata.head.round", "Round"),
    "package": message("indicators.metadata.head.package", "Package id"),
    "form": message("indicators.metadata.head.form", "Form"),
    "form_version": message("indicators.metadata.head.form_version", "Form version"),
    "period": message("indicators.metadata.head.period", "Reference period"),
    "date": message("indicators.metadata.head.date", "Reference date"),
    "basis": message("indicators.metadata.head.basis", "Migrant basis"),
    "created": message("indicators.metadata.head.created", "Created"),
    "sender": message("indicators.metadata.head.sender", "Sender"),
}
PACKAGE_FIELDS: dict[str, tuple[str, ...]] = {
    "country": ("country", "metadata.country"),
    "round": ("round", "source_round", "metadata.reference_period"),
    "package": ("package_id", "package", "id"),
    "form": ("form_id", "form.id"),
    "form_version": ("form_version", "form.version"),
    "period": ("reference_period", "metadata.reference_period"),
    "date": ("reference_date", "metadata.reference_date"),
    "basis": ("migrant_basis", "metadata.migrant_basis"),
    "created": ("created_at", "created"),
    "sender": ("sender.name", "sender"),
}
"""Where each column of the packages table is found in a registry entry (first found wins)."""


def write_metadata(
    sheet: Worksheet, tables: Sequence[Table], metadata: Mapping[str, Any], language: str
) -> None:
    """The metadata sheet (module docstring)."""
    from openpyxl.styles import Font

    from surveytool.merge.outputs_sheet import Rows, in_language

    bold = Font(bold=True)
    rows = Rows(sheet)
    rows.add([_TITLE.text(language)], Font(bold=True, size=13))
    rows.add([_APP.text(language, version=metadata.get("app_version", __version__))])
    if metadata.get("merged"):
        rows.add([_MERGED.text(language, name=str(metadata["merged"]))])
    rates = metadata.get("rates")
    if rates:
        line = _RATES.text(language, file=rates.get("file", ""), sha256=rates.get("sha256", ""))
        rows.add([line])
        if rates.get("sources"):
            rows.add([_RATE_SOURCES.text(language, sources="; ".join(rates["sources"]))])
    else:
        rows.add([_NO_RATES.text(language)])

    def section(title: str, heads: Sequence[str], lines: Sequence[Sequence[Any]]) -> None:
        rows.add([])
        rows.add([title], bold)
        if not lines:
            rows.add([_NONE.text(language)])
            return
        if heads:
            rows.add(list(heads), bold)
        for line in lines:
            rows.add([_cell(value) for value in line])

    section(
        _TABLES.text(language),
        [_HEADS[k].text(language) for k in ("table", "title")],
        [[t.id, in_language(t.title, language)] for t in tables],
    )
    section(
        _PACKAGES.text(language),
        [_HEADS[k].text(language) for k in PACKAGE_FIELDS],
        [package_row(entry) for entry in metadata.get("packages", ())],
    )
    memberships = [dict(row) for row in metadata.get("rec_membership", ())]
    columns = list(dict.fromkeys(key for row in memberships for key in row))
    section(
        _RECS.text(language),
        columns,
        [[row.get(key) for key in columns] for row in memberships],
    )
    section(_CAVEATS.text(language), [], [[text] for text in metadata.get("caveats", ())])
    for letter, width in zip("ABCDEFGHIJ", (12, 40, 38, 14, 12, 16, 16, 12, 22, 30), strict=True):
        sheet.column_dimensions[letter].width = width


def package_row(entry: Mapping[str, Any]) -> list[Any]:
    """A registry entry as the packages table's row (``PACKAGE_FIELDS``)."""
    return [_first(entry, paths) for paths in PACKAGE_FIELDS.values()]


def _first(entry: Mapping[str, Any], paths: Sequence[str]) -> Any:
    for path in paths:
        value: Any = entry
        for part in path.split("."):
            value = value.get(part) if isinstance(value, Mapping) else None
        if value not in (None, ""):
            return value
    return None


def _cell(value: Any) -> Any:
    """A value as a cell holds it: scalars as they are, anything else as sorted JSON."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def folder_metadata(
    folder: Path, rates: Path | None = None, rate_sources: Sequence[str] = ()
) -> dict[str, Any]:
    """The metadata of tables computed from the merged ``folder`` (module docstring).

    The packages are the registry's; the REC membership is each package's country at its
    reference date (I2) with the period that made it a member, and the caveats are the
    membership points a reader of those dates must know (``codelists.membership_caveats``)
    plus the reconciliation notes of the folder's last merge."""
    from surveytool.merge.folder import REPORT, read_json, read_registry

    packages = read_registry(folder)
    report = read_json(folder / REPORT, {})
    caveats: list[str] = []
    memberships: list[dict[str, str]] = []
    for entry in packages:
        country, day = str(entry.get("country", "")), entry.get("reference_date")
        if not country or not day:
            continue
        memberships += membership_rows(country, str(day))
        for point in _membership_caveats(country, str(day)):
            if point not in caveats:
                caveats.append(point)
    for outcome in report.get("packages", []) if isinstance(report, Mapping) else []:
        for note in outcome.get("notes", []):
            line = f"{outcome.get('package_id', '')}: {_cell(note)}"
            if line not in caveats:
                caveats.append(line)
    identity = None if rates is None else {**rates_identity(rates), "sources": list(rate_sources)}
    return {
        "app_version": __version__,
        "merged": folder.name,
        "rates": identity,
        "packages": packages,
        "rec_membership": memberships,
        "caveats": caveats,
    }


def membership_rows(country: str, day: str) -> list[dict[str, str]]:
    """The RECs ``country`` belonged to on ``day``, each with the period that counts it."""
    from surveytool.form import codelists

    try:
        recs = codelists.recs_of(country, day)
    except ValueError:  # not a country (the merge refused such packages; be safe)
        return []
    found = []
    for row in codelists.rows("rec_membership.csv"):
        if row["rec_code"] in recs and row["iso3"] == country:
            start, end = row["valid_from"], row["valid_to"]
            if start <= day and (not end or day <= end):  # ISO dates compare as text
                found.append(
                    {
                        "REC": row["rec_code"],
                        "country": country,
                        "reference date": day,
                        "member from": start,
                        "member to": end,
                        "status": row.get("status", ""),
                    }
                )
    return found


def _membership_caveats(country: str, day: str) -> list[str]:
    from surveytool.form import codelists

    try:
        recs = codelists.recs_of(country, day)
    except ValueError:
        return []
    lines = []
    for point in codelists.membership_caveats(day):
        ours = point["iso3"] == country or (not point["iso3"] and point["rec_code"] in recs)
        if ours:
            who = " ".join(part for part in (point["rec_code"], point["iso3"]) if part)
            lines.append(f"{who} ({point['status']}): {point['caveat']}")
    return lines


def rates_identity(path: Path) -> dict[str, str]:
    """A rates file named: its file name and the SHA-256 of its bytes."""
    return {"file": path.name, "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}
