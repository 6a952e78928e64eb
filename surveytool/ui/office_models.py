"""The office workspace's tables and the words they show, translated when they are shown.

Rows keep the report's raw values (``error``, ``household``, ``complete``); each column has a
formatter that words a value in the current interface language at paint time, so a language
switch re-renders the tables without running the validation again.
"""

from __future__ import annotations

import re
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


_NOTES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(r"(\d+) household\(s\) without survey country or year not judged"),
        lambda m: QCoreApplication.translate(
            "OfficeWords", "{count} household(s) without survey country or year not judged"
        ).format(count=m[1]),
    ),
    (
        re.compile(r"(\d+) earner\(s\) in groups of fewer than (\d+) not judged"),
        lambda m: QCoreApplication.translate(
            "OfficeWords", "{count} earner(s) in groups of fewer than {size} not judged"
        ).format(count=m[1], size=m[2]),
    ),
    (
        re.compile(r"(\d+) record\(s\) with costs and earnings in different currencies"),
        lambda m: QCoreApplication.translate(
            "OfficeWords",
            "{count} record(s) with costs and earnings in different currencies not judged "
            "(no exchange-rate table yet)",
        ).format(count=m[1]),
    ),
    (
        re.compile(r"built-in '([^']+)' not implemented"),
        lambda m: QCoreApplication.translate(
            "OfficeWords", "built-in check '{name}' not implemented"
        ).format(name=m[1]),
    ),
    (
        re.compile(r"not run"),
        lambda m: QCoreApplication.translate("OfficeWords", "not run"),
    ),
]


def note_text(note: str) -> str:
    """A built-in check's note (English, from the core) in the interface language; a note
    the office does not know yet is shown as the core wrote it."""
    for pattern, words in _NOTES:
        match = pattern.fullmatch(note) or pattern.match(note)
        if match:
            return words(match)
    return note
