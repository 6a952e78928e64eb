"""A repeat's roster: one row per instance (a household member, a former member abroad),
its columns read from the form (the position, then the repeat's first questions).

Everything works from the keyboard: the table has the focus when the page opens; Insert (or
Ctrl+N) adds a member and opens it, Enter opens the selected member, Alt+Up / Alt+Down move
it, Delete removes it after asking. Tab walks the table and the buttons; beyond them the
entry screen goes to the next page. The widget only asks (signals); the entry screen acts,
after the event that asked is over, so no widget is deleted inside its own event.

A repeat whose form gives a ``repeat_count`` ("how many former members live abroad?") has
its rows made by the interview engine from that answer: its roster only opens them (no add,
remove or move, by button or key), and says where the number comes from.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from surveytool.expr import ref_uses
from surveytool.form.model import Repeat
from surveytool.interview import Interview
from surveytool.interview.address import Path
from surveytool.ui import shortcuts
from surveytool.ui.form_page import tab_step
from surveytool.ui.roster_columns import RosterColumns
from surveytool.ui.selection import select_row

Index = QModelIndex | QPersistentModelIndex


class RosterModel(QAbstractTableModel):
    """One row per instance of a repeat; the columns come from the form (``RosterColumns``)."""

    def __init__(
        self,
        interview: Interview,
        repeat: str,
        parent: QWidget | None = None,
        *,
        outer: Path = (),
    ) -> None:
        super().__init__(parent)
        self.interview = interview
        self.repeat = repeat
        self.outer = outer
        self.columns = RosterColumns(interview, repeat, outer)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.interview.instances(self.repeat, self.outer))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Line") if section == 0 else self.columns.header(section)
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            return self.columns.full_label(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        uid = self.interview.instances(self.repeat, self.outer)[index.row()]
        return self.columns.cell(uid, index.column(), QLocale())

    def reload(self) -> None:
        self.beginResetModel()
        self.endResetModel()


class RosterWidget(QWidget):
    sig_add_requested = Signal()
    """Add a household member at the end of the roster (and open it)."""
    sig_remove_requested = Signal(int)
    """Remove the member with this instance id (the enumerator confirmed)."""
    sig_move_requested = Signal(int, int)
    """Move the member (instance id) to a 1-based position."""
    sig_open_requested = Signal(int)
    """Open this member's questions."""
    sig_leave = Signal(int)
    """Tab (1) past the last button, Shift+Tab (-1) before the table: the next page."""

    def __init__(
        self,
        interview: Interview,
        repeat: str,
        parent: QWidget | None = None,
        *,
        outer: Path = (),
    ) -> None:
        """The roster of ``repeat``; of a repeat inside a repeat, the one inside the
        enclosing instances ``outer`` (a member's trips)."""
        super().__init__(parent)
        self.setObjectName("roster_page")
        self.interview = interview
        self.repeat = repeat
        self.outer = outer
        self.model = RosterModel(interview, repeat, self, outer=outer)
        self.table = QTableView(self)
        self.table.setObjectName("roster_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (to the buttons)
        header = self.table.horizontalHeader()  # question labels: cut short, whole in tooltips
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        element = interview.graph.elements[repeat]
        assert isinstance(element, Repeat)
        self.counted = element.repeat_count is not None  # rows made from an answer
        self.count_hint = QLabel(self)
        self.count_hint.setObjectName("roster_count_hint")
        self.count_hint.setWordWrap(True)
        self.count_hint.setVisible(self.counted)
        self.notice = QLabel(self)
        self.notice.setObjectName("roster_notice")
        self.notice.hide()
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_member")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("open_member")
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("remove_member")
        buttons = QHBoxLayout()
        for button in self.buttons():
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.count_hint)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        layout.addWidget(self.table)
        for keys in shortcuts.ADD_MEMBER:
            add = QShortcut(QKeySequence(keys), self)
            add.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            add.activated.connect(self._on_add_clicked)
        for widget in (self.table, *self.buttons()):
            widget.installEventFilter(self)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.up_button.clicked.connect(lambda: self._move_selected(-1))
        self.down_button.clicked.connect(lambda: self._move_selected(+1))
        for button in self.row_buttons():
            button.setVisible(not self.counted)
        self.confirm: QMessageBox | None = None
        self.set_editable(True)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self.outer:  # a member's trips: the label as seen from that member
            where = self.interview.address(self.repeat, self.outer)
            self.title.setText(self.interview.label(where))
        else:
            self.title.setText(
                self.interview.form.element(self.repeat).label_in(self.interview.language)
            )
        self.add_button.setText(self.tr("Add member"))
        self.add_button.setToolTip(self.tr("Insert or Ctrl+N"))
        self.open_button.setText(self.tr("Open member"))
        self.open_button.setToolTip(self.tr("Enter"))
        self.up_button.setText(self.tr("Move up"))
        self.up_button.setToolTip(self.tr("Alt+Up"))
        self.down_button.setText(self.tr("Move down"))
        self.down_button.setToolTip(self.tr("Alt+Down"))
        self.remove_button.setText(self.tr("Remove member"))
        self.remove_button.setToolTip(self.tr("Delete"))
        self.count_hint.setText(self._count_text())
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )

    def _count_text(self) -> str:
        """Where a counted roster's rows come from: the question its repeat_count reads."""
        element = self.interview.graph.elements[self.repeat]
        if not isinstance(element, Repeat) or element.repeat_count is None:
            return ""
        names = [name for name, _ in ref_uses(element.repeat_count.tree)]
        around = tuple(repeat for repeat, _ in self.outer)
        chain = self.interview.graph.chain
        source = next((n for n in names if around[: len(chain[n])] == chain[n]), None)
        if source is None:
            return self.tr("The rows are made from an earlier answer.")
        question = self.interview.label(self.interview.address(source, self.outer))
        text = self.tr("The number of rows is the answer to “{question}”.")
        return text.format(question=question)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def buttons(self) -> list[QPushButton]:
        return [
            self.add_button,
            self.open_button,
            self.up_button,
            self.down_button,
            self.remove_button,
        ]

    def row_buttons(self) -> list[QPushButton]:
        """The buttons that change the rows (not for a counted roster, nor a read-only case)."""
        return [self.add_button, self.up_button, self.down_button, self.remove_button]

    def chain(self) -> list[QWidget]:
        """What Tab walks on this page, in order."""
        usable = (b for b in self.buttons() if b.isEnabled() and not b.isHidden())
        return [self.table, *usable]

    def set_editable(self, editable: bool) -> None:
        """Rows can be added, moved and removed only in an editable case, and never in a
        counted roster (whose keys then do nothing either: each action checks its button)."""
        for button in self.row_buttons():
            button.setEnabled(editable and not self.counted)

    # -- selection --------------------------------------------------------------------------
    def selected_instance(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.interview.instances(self.repeat, self.outer)[rows[0].row()]

    def select(self, uid: int | None) -> None:
        """Select a member (by instance id), or the first one; the table takes the focus."""
        instances = self.interview.instances(self.repeat, self.outer)
        if instances:
            row = instances.index(uid) if uid in instances else 0
            select_row(self.table, row)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # -- keys -------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        step = tab_step(event)
        if step and isinstance(watched, QWidget):
            chain = self.chain()
            index = (chain.index(watched) if watched in chain else 0) + step
            if 0 <= index < len(chain):
                chain[index].setFocus(Qt.FocusReason.TabFocusReason)
            else:
                self.sig_leave.emit(step)
            return True
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, held = event.key(), event.modifiers()
            alt = held & Qt.KeyboardModifier.AltModifier
            if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._move_selected(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._on_open_clicked()
                return True
            if key == Qt.Key.Key_Delete:
                self._on_remove_clicked()
                return True
        return super().eventFilter(watched, event)

    # -- actions ----------------------------------------------------------------------------
    def _on_add_clicked(self) -> None:
        if self.add_button.isEnabled():
            self.sig_add_requested.emit()

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.sig_open_requested.emit(self.interview.instances(self.repeat, self.outer)[index.row()])

    def _on_open_clicked(self) -> None:
        uid = self.selected_instance()
        instances = self.interview.instances(self.repeat, self.outer)
        if uid is None and instances:
            uid = instances[0]
        if uid is None and self.counted:
            self._say(self.count_hint.text())
            return
        if uid is None:
            self._say(self.tr("There is no member yet: add one with Insert or “Add member”."))
            return
        self.sig_open_requested.emit(uid)

    def _on_remove_clicked(self) -> None:
        uid = self.selected_instance()
        if uid is None or not self.remove_button.isEnabled():
            return
        position = self.interview.position(self.repeat, uid, self.outer)
        name = self.model.index(position - 1, 1).data() or ""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove member"),
            self.tr("Remove member {line} {name} and all their answers?").format(
                line=position, name=name
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirm_remove")
        remove = box.addButton(self.tr("&Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter by habit keeps it
        box.finished.connect(lambda _: self._on_confirm_finished(box, remove, uid))
        self.confirm = box
        box.open()

    def _on_confirm_finished(self, box: QMessageBox, remove: object, uid: int) -> None:
        self.confirm = None
        box.deleteLater()
        self.window().activateWindow()  # back from the question, where the keys were
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if box.clickedButton() is remove and uid in self.interview.instances(
            self.repeat, self.outer
        ):
            self.sig_remove_requested.emit(uid)

    def _move_selected(self, step: int) -> None:
        uid = self.selected_instance()
        if uid is None or not self.up_button.isEnabled():
            return
        position = self.interview.position(self.repeat, uid, self.outer) + step
        if 1 <= position <= len(self.interview.instances(self.repeat, self.outer)):
            self.sig_move_requested.emit(uid, position)
            self.select(uid)
