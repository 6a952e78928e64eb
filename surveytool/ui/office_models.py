"""The office workspace's tables and the words they show, translated when they are shown.

Rows keep the report's raw values (``error``, ``household``, ``complete``); each column has a
formatter that words a value in the current interface language at paint time, so a language
switch re-renders the tables without running the validation again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from surveytool.ui.case_model import status_label

Index = QModelIndex | QPersistentModelIndex
Formatter = Callable[[object], str]
Payload = TypeVar("Payload")


def plain(value: object) -> str:
    return "" if value is None else str(value)


class RowsModel(QAbstractTableModel, Generic[Payload]):
    """A read-only table over a list of tuples (summary lines or failures), one formatter a
    column; ``payload`` holds the domain object behind each row."""

    def __init__(
        self,
        formatters: Sequence[Formatter],
        parent: QWidget | None = None,
        tooltips: dict[int, Formatter] | None = None,
    ) -> None:
        super().__init__(parent)
        self.formatters = list(formatters)
        self.tooltips = tooltips or {}  # column -> a longer text than the cell's
        self.headers: list[str] = [""] * len(self.formatters)
        self.rows: Sequence[tuple[object, ...]] = []
        self.payload: Sequence[Payload] = []

    def set_headers(self, headers: Sequence[str]) -> None:
        self.headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)

    def set_rows(self, rows: Sequence[tuple[object, ...]], payload: Sequence[Payload]) -> None:
        self.beginResetModel()
        self.rows, self.payload = rows, payload
        self.endResetModel()

    def refresh(self) -> None:
        """Word every cell again (the language or a case's status changed)."""
        if self.rows:
            last = self.index(len(self.rows) - 1, len(self.formatters) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.formatters)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.formatters[index.column()](value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltips.get(index.column(), self.formatters[index.column()])(value)
        return None

    def displayed(self, row: int, column: int) -> str:
        """What a cell shows now (for tests and copying)."""
        return str(self.data(self.index(row, column)))


def severity_word(severity: object) -> str:
    words = {
        "error": QCoreApplication.translate("OfficeWords", "error"),
        "warning": QCoreApplication.translate("OfficeWords", "warning"),
    }
    return words.get(str(severity), plain(severity))


def level_word(level: object) -> str:
    words = {
        "household": QCoreApplication.translate("OfficeWords", "household"),
        "person": QCoreApplication.translate("OfficeWords", "person"),
        "absentee": QCoreApplication.translate("OfficeWords", "absentee"),
    }
    return words.get(str(level), plain(level))


def status_word(status: object) -> str:
    return status_label(str(status)) if status else ""
