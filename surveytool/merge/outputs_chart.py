"""The chart of an indicator sheet: the table's main measure for sex T by area, one series
per panel, drawn from its own figures written beside the panels.

The main measure is the table's first (the spec lists it first), the classification its
total (``""``; else a code naming a total; else the first). A horizontal bar chart keeps 64
area names legible, the first area at the top as in the table; at most ``MAX_SERIES``
panels are drawn. openpyxl 3.1 hides both axes unless told not to, so they are shown.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, cast

from surveytool.common.catalogue import message
from surveytool.common.xlsx import pin_text, safe_text
from surveytool.merge.outputs_sheet import (
    AREA,
    SEX,
    Panel,
    classification_label,
    number_format,
    panel_title,
)

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell
    from openpyxl.worksheet.worksheet import Worksheet

    from surveytool.merge.labels import TableLabels

MAX_SERIES = 6
"""Panels drawn in a chart at most: more bars per area than that cannot be read."""

_CHART_DATA = message("indicators.xlsx.chart_data", "Chart: {measure}, {sex}, {classification}")
_CHART_TOTAL = message("indicators.xlsx.chart_total", "Chart: {measure}, {sex}")


def chart(
    sheet: Worksheet,
    panels: list[Panel],
    top: int,
    left: int,
    language: str,
    labels: TableLabels,
) -> None:
    """The main measure for sex T by area, one series per panel, beside its own figures;
    the measure, classification and panels worded by ``labels``."""
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    measure = panels[0].measures[0]
    classif1 = _total_classification([row[3] for p in panels for row in p.rows])
    drawn = panels[:MAX_SERIES]
    categories: list[tuple[str, str, str]] = []
    for panel in drawn:
        for area, source, time, code in panel.rows:
            if code == classif1 and (area, source, time) not in categories:
                categories.append((area, source, time))
    periods: dict[str, set[str]] = {}
    for area, _source, time in categories:
        periods.setdefault(area, set()).add(time)
    shown = {"measure": labels.indicator(measure), "sex": SEX["T"].text(language)}
    if classif1:
        named = classification_label(classif1, language, labels)
        heading = _CHART_DATA.text(language, classification=named, **shown)
    else:
        heading = _CHART_TOTAL.text(language, **shown)
    _put(sheet, top, left, heading).font = Font(bold=True)
    heads = [AREA.text(language)] + [panel_title(p.code, language, labels) for p in drawn]
    for offset, head in enumerate(heads):
        _put(sheet, top + 1, left + offset, head)
    lookups = [_Lookup(panel, measure) for panel in drawn]
    for index, (area, source, time) in enumerate(categories):
        row = top + 2 + index
        _put(sheet, row, left, area if len(periods[area]) == 1 else f"{area} {time}")
        for offset, lookup in enumerate(lookups, start=1):
            cell = _put(sheet, row, left + offset, lookup.value((area, source, time, classif1)))
            cell.number_format = lookup.number_format
    for offset in range(len(heads)):
        sheet.column_dimensions[get_column_letter(left + offset)].width = 14
    if not categories:
        return
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "clustered"
    chart.title = heading
    chart.y_axis.title = labels.indicator(measure)
    chart.x_axis.delete = False  # openpyxl 3.1 hides both axes unless told not to
    chart.y_axis.delete = False
    chart.x_axis.scaling.orientation = "maxMin"  # first area at the top, as in the table
    chart.y_axis.crosses = "max"  # ... and the value axis still at the bottom
    last = top + 1 + len(categories)
    data = Reference(
        sheet, min_col=left + 1, max_col=left + len(drawn), min_row=top + 1, max_row=last
    )
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=left, min_row=top + 2, max_row=last))
    chart.height = min(6 + 0.45 * len(categories) * max(1, len(drawn) / 2), 60)
    chart.width = 18
    sheet.add_chart(chart, f"{get_column_letter(left + len(heads) + 1)}{top}")


def _total_classification(codes: list[str]) -> str:
    """The classification of the chart: none (``""``), else a total, else the first."""
    if "" in codes:
        return ""
    return next((code for code in codes if "TOTAL" in code.upper()), codes[0])


def _put(sheet: Worksheet, row: int, column: int, value: str | float | None) -> Cell:
    """One cell written as ``append_row`` writes it: text inert and typed as text."""
    cell = cast("Cell", sheet.cell(row=row, column=column))  # chart cells are never merged
    cell.value = safe_text(value) if isinstance(value, str) else value
    pin_text([cell])
    return cell


class _Lookup:
    """A panel's figure for sex T of one measure, by row key (the chart reads 64 areas)."""

    def __init__(self, panel: Panel, measure: str) -> None:
        self.panel = panel
        self.positions = {row: index for index, row in enumerate(panel.rows)}
        known = measure in panel.measures and "T" in panel.sexes
        self.column = (
            panel.measures.index(measure) * len(panel.sexes) + panel.sexes.index("T")
            if known
            else None
        )
        self.number_format = (
            "General" if self.column is None else number_format(panel.values[:, self.column])
        )

    def value(self, row: tuple[str, str, str, str]) -> float | None:
        position = self.positions.get(row)
        if position is None or self.column is None:
            return None
        value = float(self.panel.values[position, self.column])
        return value if math.isfinite(value) else None
