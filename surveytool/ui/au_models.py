"""The AU workspace's two tables: the packages of a merged folder, and one indicator table's
figures. Both keep raw values (codes, numbers, verdicts) and word them at paint time, so a
language switch repaints without reading or computing anything again.

Numbers are shown the interface language's way (``2 621,7`` in French), to the workbook's
precision per measure; a locale that writes other digits shows 0-9, as ``ui.numbers`` does.
A figure's flag (U, N, X) follows it, and its meaning is the cell's tooltip.
"""

from __future__ import annotations

import math
import textwrap
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from surveytool.ui import i18n
from surveytool.ui.au_figures import Figures
from surveytool.ui.bidi import FSI, PDI, ltr, right_to_left

if TYPE_CHECKING:
    from surveytool.merge.labels import TableLabels

Index = QModelIndex | QPersistentModelIndex
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
"""A figure's number (float, NaN when none): what tests compare with the engine's."""
_FLAGGED = QColor(120, 120, 120)


def area_names(language: str) -> dict[str, str]:
    """Countries' names in ``language`` and the RECs' names, by code."""
    from surveytool.form import codelists

    return {**codelists.countries(language), **codelists.recs()}


def area_label(code: str, names: dict[str, str], language: str) -> str:
    """``Senegal (SEN)``, ``ECOWAS``, ``Africa (AFR)``: an area's name with its code."""
    from surveytool.merge.outputs_sheet import area_name

    name = area_name(code, names, language)
    return ltr(code) if name == code else f"{name} ({ltr(code)})"


LRM = "\u200e"


def worded(text: str) -> str:
    """A label set in its own direction among right-to-left text: ``65+`` stays ``65+``
    (left to right: Qt reads a first-strong isolate without a strong letter right to left),
    an Arabic label reads right to left."""
    if not text or not right_to_left():
        return text
    if any(unicodedata.bidirectional(c) in ("R", "AL") for c in text):
        return f"{FSI}{text}{PDI}"
    return ltr(f"{LRM}{text}{LRM}")  # marks too: a trailing "+" otherwise lands first


def figure_text(value: float, decimals: int, locale: QLocale | None = None) -> str:
    """``value`` in the interface's locale with ``decimals`` places; "" when not a number."""
    if math.isnan(value):
        return ""
    locale = locale or QLocale()
    usable = locale if locale.zeroDigit() == "0" else QLocale.c()
    return usable.toString(float(value), "f", decimals)


@dataclass(frozen=True, slots=True)
class PackageLine:
    """One package of the list: a registry entry, or a package the last merge did not take."""

    country: str
    round: str
    form_version: str
    period: str
    sender: str
    file: str
    verdict: str  # in the interface language
    detail: str  # the verdict's tooltip (replaced packages, the reason of a refusal)
    merged: bool


class PackagesModel(QAbstractTableModel):
    """The packages of a merged folder: country, round, form version, reference period,
    sender, file and verdict; packages the last merge refused or did not apply are greyed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[PackageLine] = []
        self.names: dict[str, str] = {}

    def set_lines(self, lines: list[PackageLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.names = area_names(i18n.current())
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        heads = [
            self.tr("Country"),
            self.tr("Round"),
            self.tr("Form version"),
            self.tr("Reference period"),
            self.tr("Sender"),
            self.tr("File"),
            self.tr("Verdict"),
        ]
        return heads[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return area_label(line.country, self.names, i18n.current()) if line.country else ""
            plain = (line.round, line.form_version, line.period, line.sender, line.file)
            return ltr(plain[column - 1]) if 0 < column < 6 else line.verdict
        if role == Qt.ItemDataRole.ToolTipRole and column == 6:
            return line.detail or line.verdict
        if role == Qt.ItemDataRole.ForegroundRole and not line.merged:
            return QBrush(_FLAGGED)
        return None


class FiguresModel(QAbstractTableModel):
    """One table's figures for one sex: area (its name in the tooltip), period,
    classification, panel, then a column per measure (figure and flag), then the row's note.
    Measures, classifications and panels read as their labels (``merge.labels``), their
    codes in the tooltips, as the ILOSTAT CSV writes them."""

    STUB = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown = Figures([])
        self.names: dict[str, str] = {}
        self.labels: TableLabels | None = None

    def set_labels(self, labels: TableLabels | None) -> None:
        """Word the codes with ``labels`` (None: show the codes)."""
        self.labels = labels
        self.refresh()

    def measure_label(self, indicator: str, width: int = 0) -> str:
        """``T3_LFPR`` -> "Labour force participation rate (%)"; without labels ``LFPR``;
        on lines of about ``width`` characters when given (each in its own direction)."""
        from surveytool.merge.outputs_sheet import measure_name

        if self.labels is None:
            return measure_name(indicator)
        label = self.labels.indicator(indicator)
        if label == measure_name(indicator):
            return ltr(label)
        lines = textwrap.wrap(label, width) if width else [label]
        return "\n".join(worded(line) for line in lines)

    def classification_label(self, code: str) -> str:
        """A ``classif1`` code's label ("Total" for none), the code when unknown."""
        if not code:
            return self.tr("Total")
        label = self.labels.classification(code) if self.labels is not None else code
        return ltr(code) if label == code else worded(label)

    def panel_label(self, code: str) -> str:
        """A ``classif2`` code's label, the code when unknown."""
        label = self.labels.panel(code) if self.labels is not None and code else code
        return ltr(code) if label == code else worded(label)

    def set_figures(self, shown: Figures) -> None:
        self.beginResetModel()
        self.shown = shown
        self.names = area_names(i18n.current())
        self.endResetModel()

    def refresh(self) -> None:
        """Word every cell again (the interface language changed)."""
        self.names = area_names(i18n.current())
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(self.columnCount() - 1, 0))
        if self.shown.rows:
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.STUB + len(self.shown.measures) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        measure = section - self.STUB
        if role == Qt.ItemDataRole.ToolTipRole and 0 <= measure < len(self.shown.measures):
            return ltr(self.shown.measures[measure])  # the CSV's indicator
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if 0 <= measure < len(self.shown.measures):  # a long label on lines, not one wide
            return self.measure_label(self.shown.measures[measure], width=22)
        heads = [
            self.tr("Area"),
            self.tr("Period"),
            self.tr("Classification"),
            self.tr("Panel"),
        ]
        return heads[section] if section < self.STUB else self.tr("Note")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.shown.rows[index.row()]
        measure = index.column() - self.STUB
        if 0 <= measure < len(self.shown.measures):
            return self._figure(row.values[measure], row.flags[measure], measure, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._stub(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._stub_tip(row, index.column())
        return None

    def _stub(self, row: Any, column: int) -> str:
        if column == 0:
            return ltr(row.area)
        if column == 1:
            return ltr(row.time)
        if column == 2:
            return self.classification_label(row.classif1)
        if column == 3:
            return self.panel_label(row.panel)
        return str(row.note)

    def _stub_tip(self, row: Any, column: int) -> str | None:
        from surveytool.merge.outputs_sheet import area_name

        if column == 0:
            return area_name(row.area, self.names, i18n.current())
        if column == 1:
            return str(row.source)
        if column in (2, 3):  # the code, as the CSV's classif1 / classif2 write it
            code = row.classif1 if column == 2 else row.panel
            return ltr(code) if code else None
        if column == self.STUB + len(self.shown.measures):
            return str(row.note) or None
        return None

    def _figure(self, value: float, flag: str, measure: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{figure_text(value, self.shown.decimals[measure])} {flag}".strip()
            return ltr(text) if text else ""  # "49.5 U", not "U 49.5", right to left
        if role == VALUE_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and flag:
            return QBrush(_FLAGGED)
        if role == Qt.ItemDataRole.ToolTipRole and flag:
            from surveytool.merge.outputs_sheet import FLAG_LEGEND

            legend = FLAG_LEGEND.get(flag)
            return legend.text(i18n.current()) if legend is not None else flag
        return None
