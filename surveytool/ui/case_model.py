"""The case list as a Qt model over the store: rows are fetched page by page as the view scrolls.

Opening 50,000 cases costs one count and one page; filtering re-counts and resets.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from surveytool.store import CaseRow, Store
from surveytool.ui.bidi import ltr

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._status: str | None = None
        self._search = ""
        self._rows: list[CaseRow] = []
        self._total = 0
        self.refresh()

    # -- filtering ----------------------------------------------------------------------------
    def set_filter(self, status: str | None = None, search: str = "") -> None:
        self._status, self._search = status or None, search.strip()
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._total = self._store.count_cases(status=self._status, search=self._search)
        self._rows = self._store.cases(status=self._status, search=self._search, limit=PAGE)
        self.endResetModel()

    def case_at(self, row: int) -> CaseRow:
        return self._rows[row]

    @property
    def total(self) -> int:
        return self._total

    # -- lazy loading --------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._store.cases(
            status=self._status, search=self._search, limit=PAGE, offset=len(self._rows)
        )
        if not more:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # -- table ------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headers(self) -> list[str]:
        return [
            self.tr("Household"),
            self.tr("Cluster"),
            self.tr("Status"),
            self.tr("Last change"),
            self.tr("Errors"),
            self.tr("Enumerator"),
        ]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        case = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                _household(case),
                ltr(case.key.cluster),
                status_label(case.status),
                ltr(case.updated_at[:16].replace("T", " ")),
                str(case.n_errors),
                case.enumerator_id,
            ][column]
        if role == Qt.ItemDataRole.UserRole:
            return case.uuid
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _household(case: CaseRow) -> str:
    """The survey key, then the case's name when the form names cases (instance_name)."""
    return f"{ltr(case.key)} \u00b7 {case.name}" if case.name else ltr(case.key)


def status_label(status: str) -> str:
    """The translated name of a case status."""
    names = {
        "new": QCoreApplication.translate("Status", "New"),
        "in_progress": QCoreApplication.translate("Status", "In progress"),
        "complete": QCoreApplication.translate("Status", "Complete"),
        "approved": QCoreApplication.translate("Status", "Approved"),
        "rejected": QCoreApplication.translate("Status", "Rejected"),
    }
    return names.get(status, status)
