"""The chart of an indicator table: its main measure by area for the sex chosen, one bar per
panel (migrants and non-migrants, each basis), drawn with QPainter.

QtCharts is in PySide6-Addons, which the app does not ship (PySide6-Essentials only), and
matplotlib would add tens of megabytes for a bar chart; so this small widget draws it.
Horizontal bars, as in the workbook's chart, keep 64 area names legible; the first area is at
the top, as in the table. Right to left, the names stand on the right and the bars grow
leftwards; codes and figures keep their own direction.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from surveytool.ui.au_figures import Chart
from surveytool.ui.bidi import ltr

COLOURS = (QColor(31, 119, 180), QColor(255, 127, 14), QColor(44, 160, 44), QColor(148, 103, 189))
BAR, GAP, MARGIN = 14, 10, 12


class BarChart(QWidget):
    """Paints a ``Chart`` (``au_figures.chart``); empty with a line saying so."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("au_chart")
        self.chart: Chart | None = None
        self.title = ""
        self.decimals = 1
        self.empty_text = ""
        self.panels: dict[str, str] = {}  # a panel's code -> its label, for the legend
        self.painted = 0  # how many times the bars were drawn (tests look)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_chart(
        self,
        chart: Chart | None,
        title: str,
        decimals: int,
        empty: str,
        panels: dict[str, str] | None = None,
    ) -> None:
        """Draw ``chart``; ``panels`` name its series in the legend (else their codes)."""
        self.chart, self.title, self.decimals, self.empty_text = chart, title, decimals, empty
        self.panels = dict(panels or {})
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        rows = len(self.chart.areas) if self.chart else 0
        series = len(self.chart.series) if self.chart else 0
        line = self.fontMetrics().height()
        legend = len({top for _, top, _ in self._legend_places(line)}) if self.chart else 1
        return QSize(520, (2 + legend) * line + 2 * MARGIN + rows * (series * BAR + GAP))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The legend wraps at the width: as many rows as it now takes."""
        super().resizeEvent(event)
        height = self.sizeHint().height()
        if height != self.minimumHeight():
            self.setMinimumHeight(height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        line = self.fontMetrics().height()
        top = MARGIN
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(  # Qt mirrors AlignLeft itself in a right-to-left widget
            self._band(MARGIN, top, self.width() - 2 * MARGIN, line),
            Qt.AlignmentFlag.AlignLeft,
            self.title,
        )
        painter.setFont(self.font())
        top += line + 4
        chart = self.chart
        if chart is None or not chart.areas:
            painter.drawText(
                self._band(MARGIN, top, self.width() - 2 * MARGIN, line),
                Qt.AlignmentFlag.AlignLeft,
                self.empty_text,
            )
            painter.end()
            return
        top = self._legend(painter, chart, top, line) + 6
        self._bars(painter, chart, top, line)
        painter.end()
        self.painted += 1

    # -- parts ----------------------------------------------------------------------------
    def _legend_places(self, line: int) -> list[tuple[int, int, str]]:
        """(left, row offset, text) of each series' swatch: the panels' labels, in rows that
        wrap at the widget's width."""
        places: list[tuple[int, int, str]] = []
        left, row = MARGIN, 0
        metrics = self.fontMetrics()
        room = max(self.width(), 200) - MARGIN
        for series in self.chart.series if self.chart else []:
            text = self.panels.get(series.panel, series.panel) or "—"
            width = line + 4 + metrics.horizontalAdvance(text) + 16
            if left > MARGIN and left + width > room:
                left, row = MARGIN, row + line
            places.append((left, row, text))
            left += width
        return places

    def _legend(self, painter: QPainter, chart: Chart, top: int, line: int) -> int:
        """One swatch and the panel's label per series, in rows; the bottom of the last."""
        bottom = top + line
        for index, (left, row, text) in enumerate(self._legend_places(line)):
            width = self.fontMetrics().horizontalAdvance(text) + 8
            painter.fillRect(
                self._band(left, top + row + 2, line - 4, line - 4), COLOURS[index % 4]
            )
            painter.drawText(self._band(left + line, top + row, width, line), self._start(), text)
            bottom = top + row + line
        return bottom

    def _bars(self, painter: QPainter, chart: Chart, top: int, line: int) -> None:
        from surveytool.ui.au_models import figure_text

        label = min(max(self.fontMetrics().horizontalAdvance(a) for a in chart.areas), 180)
        values = [v for s in chart.series for v in s.values if not math.isnan(v)]
        high = max([0.0, *values])
        low = min([0.0, *values])
        span = (high - low) or 1.0
        plot_left = MARGIN + label + 8
        plot_width = max(self.width() - plot_left - MARGIN - 70, 40)
        zero = plot_left + round((0 - low) / span * plot_width)
        painter.setPen(self.palette().mid().color())
        group = len(chart.series) * BAR
        bottom = top + len(chart.areas) * (group + GAP)
        painter.drawLine(self._x(zero), top - 2, self._x(zero), bottom - GAP + 2)
        for row, area in enumerate(chart.areas):
            y = top + row * (group + GAP)
            painter.setPen(self.palette().text().color())
            painter.drawText(
                self._band(MARGIN, y, label, group),
                self._end() | Qt.AlignmentFlag.AlignVCenter,
                area,
            )
            for index, series in enumerate(chart.series):
                value, flag = series.values[row], series.flags[row]
                bar_top = y + index * BAR
                if not math.isnan(value):
                    end = plot_left + round((value - low) / span * plot_width)
                    start, stop = sorted((zero, end))
                    rect = self._band(start, bar_top + 1, max(stop - start, 1), BAR - 2)
                    painter.fillRect(rect, COLOURS[index % 4])
                    label_at = max(start, stop) + 4
                else:
                    label_at = zero + 4
                text = ltr(f"{figure_text(value, self.decimals)} {flag}".strip())
                painter.drawText(
                    self._band(label_at, bar_top - 1, 66, BAR + 2),
                    self._start() | Qt.AlignmentFlag.AlignVCenter,
                    text,
                )

    # -- right to left ----------------------------------------------------------------------
    def _rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _x(self, x: int) -> int:
        return self.width() - x if self._rtl() else x

    def _band(self, left: int, top: int, width: int, height: int) -> QRect:
        """A rectangle given in left-to-right coordinates, mirrored right to left."""
        if self._rtl():
            return QRect(self.width() - left - width, top, width, height)
        return QRect(left, top, width, height)

    def _start(self) -> Qt.AlignmentFlag:
        return Qt.AlignmentFlag.AlignRight if self._rtl() else Qt.AlignmentFlag.AlignLeft

    def _end(self) -> Qt.AlignmentFlag:
        return Qt.AlignmentFlag.AlignLeft if self._rtl() else Qt.AlignmentFlag.AlignRight
