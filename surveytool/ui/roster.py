"""The household roster: one row per member (line, name, sex, age, relationship).

Add, remove and reorder members here; opening a member jumps to that person's sections.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from surveytool.interview import Interview

COLUMNS = ("line_no", "person_name", "sex", "age", "relationship")
Index = QModelIndex | QPersistentModelIndex


class RosterModel(QAbstractTableModel):
    def __init__(self, interview: Interview, repeat: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.interview = interview
        self.repeat = repeat

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.interview.instances(self.repeat))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Line"),
            self.tr("Name"),
            self.tr("Sex"),
            self.tr("Age"),
            self.tr("Relationship"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        uid = self.interview.instances(self.repeat)[index.row()]
        name = COLUMNS[index.column()]
        if name not in self.interview.graph.elements:
            return ""
        address = self.interview.address(name, uid)
        value = self.interview.value(address)
        question = self.interview.graph.elements[name]
        choice_list = self.interview.form.choices_for(question)  # type: ignore[arg-type]
        if choice_list is not None and value is not None:
            return choice_list.labels(self.interview.language).get(str(value), str(value))
        return "" if value is None else str(value)

    def reload(self) -> None:
        self.beginResetModel()
        self.endResetModel()


class RosterWidget(QWidget):
    sig_add_requested = Signal()
    """Add a household member at the end of the roster."""
    sig_remove_requested = Signal(int)
    """Remove the member with this instance id."""
    sig_move_requested = Signal(int, int)
    """Move the member (instance id) to a 1-based position."""
    sig_open_requested = Signal(int)
    """Open this member's questions."""

    def __init__(self, interview: Interview, repeat: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.interview = interview
        self.repeat = repeat
        self.model = RosterModel(interview, repeat, self)
        self.table = QTableView(self)
        self.table.setObjectName("roster_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        title = QLabel(interview.form.element(repeat).label_in(interview.language), self)
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add member"), self)
        self.add_button.setObjectName("add_member")
        self.open_button = QPushButton(self.tr("Open member"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.remove_button = QPushButton(self.tr("Remove member"), self)
        for button in (
            self.add_button,
            self.open_button,
            self.up_button,
            self.down_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.add_button.clicked.connect(self.sig_add_requested.emit)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.up_button.clicked.connect(lambda: self._move_selected(-1))
        self.down_button.clicked.connect(lambda: self._move_selected(+1))

    def selected_instance(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.interview.instances(self.repeat)[rows[0].row()]

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.sig_open_requested.emit(self.interview.instances(self.repeat)[index.row()])

    def _on_open_clicked(self) -> None:
        uid = self.selected_instance()
        if uid is not None:
            self.sig_open_requested.emit(uid)

    def _on_remove_clicked(self) -> None:
        uid = self.selected_instance()
        if uid is not None:
            self.sig_remove_requested.emit(uid)

    def _move_selected(self, step: int) -> None:
        uid = self.selected_instance()
        if uid is None:
            return
        position = self.interview.position(self.repeat, uid) + step
        if 1 <= position <= len(self.interview.instances(self.repeat)):
            self.sig_move_requested.emit(uid, position)
            self.table.selectRow(position - 1)
