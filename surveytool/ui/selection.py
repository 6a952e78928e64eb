"""Selecting a table's row in a way that works right to left too.

``QTableView.selectRow`` selects nothing under a right-to-left layout whose columns fill the
view (Qt 6.11 looks for the column one pixel past the view's edge), so in Arabic a row made
current by the keyboard or by the program would not be highlighted or selected."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make ``row`` current and the whole selection, in either direction of layout."""
    flags = QItemSelectionModel.SelectionFlag
    view.selectionModel().setCurrentIndex(
        view.model().index(row, 0), flags.ClearAndSelect | flags.Rows
    )
