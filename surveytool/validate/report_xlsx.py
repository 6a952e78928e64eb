"""The validation report as a workbook an NSO officer can filter: summary with a chart, failures.

The failures sheet lists at most ``PER_CHECK`` failures of each check (the summary gives the
full count and how many are listed): a check failing on every one of a million records is
one problem, and a sheet of a million rows would take minutes to write and to open. The JSON
report stays complete. Written to a temporary name and renamed, so a half-written report
never exists. Every row goes through ``common.xlsx.append_row``: the values and notes hold
what enumerators and officers typed, which must never become a live formula.
"""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from surveytool.common.catalogue import message
from surveytool.common.xlsx import append_row
from surveytool.validate.notes import joined
from surveytool.validate.report import Report, severity_word

HEADER = Font(bold=True)
ERROR_FILL = PatternFill("solid", fgColor="F8D7DA")
WARNING_FILL = PatternFill("solid", fgColor="FFF3CD")


PER_CHECK = 1000
"""Failures listed per check in the failures sheet."""

_SUMMARY = message("validate.xlsx.summary", "summary")
_FAILURES = message("validate.xlsx.failures", "failures")
_CHECK = message("validate.xlsx.check", "check")
_SEVERITY = message("validate.xlsx.severity", "severity")
_LEVEL = message("validate.xlsx.level", "level")
_CHECKED = message("validate.xlsx.checked", "records checked")
_FAILED = message("validate.xlsx.failed", "failed")
_LISTED = message("validate.xlsx.listed", "listed")
_NOTE = message("validate.xlsx.note", "note")
_KEY = message("validate.xlsx.key", "key")  # the root record's key (e.g. a household id)
_POSITION = message("validate.xlsx.position", "position")  # its number within (a line number)
_VARIABLES = message("validate.xlsx.variables", "variables")
_VALUES = message("validate.xlsx.values", "values")
_MESSAGE = message("validate.xlsx.message", "message")
_JUSTIFICATION = message("validate.xlsx.justification", "justification")
_FIRST_LISTED = message("validate.xlsx.first_listed", "first {listed} of {failed} listed")
_CHART = message("validate.xlsx.chart", "Failures per check")
_RECORDS = message("validate.xlsx.records", "records")
_SUMMARY_HEADERS = (_CHECK, _SEVERITY, _LEVEL, _CHECKED, _FAILED, _LISTED, _NOTE)
_FAILURE_HEADERS = (
    *(_CHECK, _SEVERITY, _LEVEL, _KEY, _POSITION, _VARIABLES, _VALUES, _MESSAGE),
    _JUSTIFICATION,
)


def write_xlsx(
    report: Report, path: Path, per_check: int = PER_CHECK, language: str | None = None
) -> None:
    """The workbook, its sheet names, headers and notes in ``language`` (by default the
    language the report was made in, so its messages and headers agree)."""
    language = language or report.language
    workbook = Workbook()
    summary: Worksheet = workbook.worksheets[0]  # the one sheet a new workbook starts with
    summary.title = _SUMMARY.text(language)
    append_row(summary, [header.text(language) for header in _SUMMARY_HEADERS])
    failed = sorted((s for s in report.summary if s.failed), key=lambda s: -s.failed)
    quiet = sorted((s for s in report.summary if not s.failed), key=lambda s: s.id)
    for line in [*failed, *quiet]:
        listed = min(line.failed, per_check)
        note = line.note
        if listed < line.failed:
            first = _FIRST_LISTED.text(language, listed=f"{listed:,}", failed=f"{line.failed:,}")
            note = joined([first, note])
        append_row(
            summary,
            [
                line.id,
                severity_word(line.severity, language),
                line.level,
                line.checked,
                line.failed,
                listed,
                note,
            ],
        )
        if line.failed:
            fill = ERROR_FILL if line.severity == "error" else WARNING_FILL
            for cell in summary[summary.max_row]:
                cell.fill = fill
    _finish(summary, widths=[34, 10, 11, 16, 10, 10, 40])
    if failed:
        chart = BarChart()
        chart.type = "bar"
        chart.title = _CHART.text(language)
        chart.y_axis.title = _RECORDS.text(language)
        count = min(len(failed), 30)
        chart.add_data(
            Reference(summary, min_col=5, min_row=1, max_row=count + 1), titles_from_data=True
        )
        chart.set_categories(Reference(summary, min_col=1, min_row=2, max_row=count + 1))
        chart.height, chart.width = 4 + count * 0.5, 18
        summary.add_chart(chart, "H2")

    failures: Worksheet = workbook.create_sheet(_FAILURES.text(language))
    append_row(failures, [header.text(language) for header in _FAILURE_HEADERS])
    for failure in report.failures.listed(per_check):
        append_row(
            failures,
            [
                failure.rule,
                severity_word(failure.severity, language),
                failure.level,
                failure.hh_id,
                failure.line_no,
                ", ".join(failure.variables),
                json.dumps(failure.values, ensure_ascii=False, default=str),
                failure.message,
                failure.justification or "",
            ],
        )
    _finish(failures, widths=[30, 10, 11, 22, 8, 26, 40, 80, 40])
    partial = path.with_name(path.name + ".partial")
    workbook.save(partial)
    partial.replace(path)


def _finish(sheet: Worksheet, widths: list[int]) -> None:
    for cell in sheet[1]:
        cell.font = HEADER
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
