"""The validation report as a workbook an NSO officer can filter: summary with a chart, failures.

The failures sheet lists at most ``PER_CHECK`` failures of each check (the summary gives the
full count and how many are listed): a check failing on every one of a million records is
one problem, and a sheet of a million rows would take minutes to write and to open. The JSON
report stays complete. Written to a temporary name and renamed, so a half-written report
never exists.
"""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from surveytool.validate.report import Report

HEADER = Font(bold=True)
ERROR_FILL = PatternFill("solid", fgColor="F8D7DA")
WARNING_FILL = PatternFill("solid", fgColor="FFF3CD")


PER_CHECK = 1000
"""Failures listed per check in the failures sheet."""


def write_xlsx(report: Report, path: Path, per_check: int = PER_CHECK) -> None:
    workbook = Workbook()
    summary = workbook.active
    summary.title = "summary"
    summary.append(["check", "severity", "level", "records checked", "failed", "listed", "note"])
    failed = sorted((s for s in report.summary if s.failed), key=lambda s: -s.failed)
    quiet = sorted((s for s in report.summary if not s.failed), key=lambda s: s.id)
    for line in [*failed, *quiet]:
        listed = min(line.failed, per_check)
        note = line.note
        if listed < line.failed:
            note = "; ".join(filter(None, [f"first {listed:,} of {line.failed:,} listed", note]))
        summary.append(
            [line.id, line.severity, line.level, line.checked, line.failed, listed, note]
        )
        if line.failed:
            fill = ERROR_FILL if line.severity == "error" else WARNING_FILL
            for cell in summary[summary.max_row]:
                cell.fill = fill
    _finish(summary, widths=[34, 10, 11, 16, 10, 10, 40])
    if failed:
        chart = BarChart()
        chart.type = "bar"
        chart.title = "Failures per check"
        chart.y_axis.title = "records"
        count = min(len(failed), 30)
        chart.add_data(
            Reference(summary, min_col=5, min_row=1, max_row=count + 1), titles_from_data=True
        )
        chart.set_categories(Reference(summary, min_col=1, min_row=2, max_row=count + 1))
        chart.height, chart.width = 4 + count * 0.5, 18
        summary.add_chart(chart, "H2")

    failures = workbook.create_sheet("failures")
    failures.append(
        [
            "check",
            "severity",
            "level",
            "key",  # the root record's key (e.g. a household id)
            "position",  # the record's number within it (e.g. a line number)
            "variables",
            "values",
            "message",
            "justification",
        ]
    )
    for failure in report.failures.listed(per_check):
        failures.append(
            [
                failure.rule,
                failure.severity,
                failure.level,
                failure.hh_id,
                failure.line_no,
                ", ".join(failure.variables),
                json.dumps(failure.values, ensure_ascii=False, default=str),
                failure.message,
                failure.justification or "",
            ]
        )
    _finish(failures, widths=[30, 10, 11, 22, 8, 26, 40, 80, 40])
    partial = path.with_name(path.name + ".partial")
    workbook.save(partial)
    partial.replace(path)


def _finish(sheet: object, widths: list[int]) -> None:
    for cell in sheet[1]:  # type: ignore[index]
        cell.font = HEADER
    sheet.freeze_panes = "A2"  # type: ignore[attr-defined]
    sheet.auto_filter.ref = sheet.dimensions  # type: ignore[attr-defined]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width  # type: ignore[attr-defined]
