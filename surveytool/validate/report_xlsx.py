"""The validation report as a workbook an NSO officer can filter: summary with a chart, failures.

Written to a temporary name and renamed, so a half-written report never exists.
"""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from surveytool.validate.run import Report

HEADER = Font(bold=True)
ERROR_FILL = PatternFill("solid", fgColor="F8D7DA")
WARNING_FILL = PatternFill("solid", fgColor="FFF3CD")


def write_xlsx(report: Report, path: Path) -> None:
    workbook = Workbook()
    summary = workbook.active
    summary.title = "summary"
    summary.append(["check", "severity", "level", "records checked", "failed", "note"])
    failed = sorted((s for s in report.summary if s.failed), key=lambda s: -s.failed)
    quiet = sorted((s for s in report.summary if not s.failed), key=lambda s: s.id)
    for line in [*failed, *quiet]:
        summary.append([line.id, line.severity, line.level, line.checked, line.failed, line.note])
        if line.failed:
            fill = ERROR_FILL if line.severity == "error" else WARNING_FILL
            for cell in summary[summary.max_row]:
                cell.fill = fill
    _finish(summary, widths=[34, 10, 11, 16, 10, 40])
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
    for failure in report.failures:
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
