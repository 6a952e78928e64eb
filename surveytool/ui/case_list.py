"""The enumerator's case list: search, status filter, new case, open a case.

Keyboard first: the search box has the focus when the list appears; Down goes into the list,
Enter opens the selected case (from the search box: the only match, or the selected row);
Ctrl+Shift+N or Insert asks for a new case. The new-case dialog starts on the cluster, the
first thing an enumerator types, and its lists ignore a passing mouse wheel.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from surveytool.form.codelists import au_members, countries
from surveytool.store import STATUSES, Store, StoreError, SurveyKey
from surveytool.ui import shortcuts
from surveytool.ui.case_model import CaseTableModel, status_label
from surveytool.ui.selection import select_row
from surveytool.ui.wheel_guard import guard

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CaseList(QWidget):
    sig_open_requested = Signal(str)
    """Open the case with this uuid."""
    sig_create_requested = Signal(object, str)
    """(SurveyKey, enumerator id): create a case and open it."""

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        enumerator: Callable[[], str] = str,
    ) -> None:
        """``enumerator``: the id the new-case dialog starts with (this workstation's)."""
        super().__init__(parent)
        self.setObjectName("case_list")
        self.store = store
        self.enumerator = enumerator
        self.model = CaseTableModel(store, self)
        self.search = QLineEdit(self)
        self.search.setObjectName("case_search")
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.status.setObjectName("status_filter")
        guard(self.status)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_case")
        self.count = QLabel(self)
        self.table = QTableView(self)
        self.table.setObjectName("case_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # several rows: Exchange ▸ Export batch can send only those; Enter opens the current one
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.count)
        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.new_button)
        self.setTabOrder(self.new_button, self.status)
        for keys in shortcuts.NEW_CASE:
            new_case = QShortcut(QKeySequence(keys), self)
            new_case.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            new_case.activated.connect(self._on_new_clicked)
        self.dialog: NewCaseDialog | None = None
        self.retranslate_ui()
        self._connect_signals()
        self._update_count()

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Search household (e.g. C0012); Down: the list"))
        self.new_button.setText(self.tr("New case"))
        self.new_button.setToolTip(self.tr("Ctrl+Shift+N or Insert"))
        current = self.status.currentData()
        blocked = self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("All statuses"), None)
        for status in STATUSES:
            self.status.addItem(status_label(status), status)
        self.status.setCurrentIndex(max(0, self.status.findData(current)))
        self.status.blockSignals(blocked)
        self._update_count()
        columns = self.model.columnCount()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        self.table.viewport().update()  # statuses are translated as they are drawn

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._on_filter_changed)
        self.status.currentIndexChanged.connect(self._on_filter_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.search.installEventFilter(self)
        self.table.installEventFilter(self)

    def showEvent(self, event: QShowEvent) -> None:
        """The list appears (the app starts, a case was closed): the cursor is in the search."""
        super().showEvent(event)
        QTimer.singleShot(0, self, self._focus_search)

    def _focus_search(self) -> None:
        focus = QApplication.focusWidget()
        if not self.isVisible() or QApplication.activeModalWidget() is not None:
            return
        if focus is None or not self.isAncestorOf(focus):
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search and key == Qt.Key.Key_Down:
            self._enter_table()
            return True
        if watched is self.search and key in ENTER_KEYS:
            self._open_from_search()
            return True
        if watched is self.table and key in ENTER_KEYS:
            self._open_selected()
            return True
        return super().eventFilter(watched, event)

    def _enter_table(self) -> None:
        if self.model.rowCount() == 0:
            return
        row = self.table.currentIndex().row() if self.table.currentIndex().isValid() else 0
        select_row(self.table, row)
        self.table.setFocus(Qt.FocusReason.TabFocusReason)

    def _open_from_search(self) -> None:
        if self.model.total == 1 and self.model.rowCount() == 1:
            self.sig_open_requested.emit(self.model.case_at(0).uuid)
        else:
            self._open_selected()

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.sig_open_requested.emit(self.model.case_at(rows[0].row()).uuid)

    def _on_filter_changed(self) -> None:
        self.model.set_filter(self.status.currentData(), self.search.text())
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("{count} cases").format(count=self.model.total))

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.sig_open_requested.emit(self.model.case_at(index.row()).uuid)

    def _on_new_clicked(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return
        self.dialog = NewCaseDialog(self.store, self, enumerator=self.enumerator())
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.open()  # window-modal, without blocking the event loop

    def _on_dialog_accepted(self) -> None:
        dialog = self.dialog
        assert dialog is not None
        self.sig_create_requested.emit(dialog.key(), dialog.enumerator.text().strip())

    def refresh(self) -> None:
        self.model.refresh()
        self._update_count()


class NewCaseDialog(QDialog):
    """Survey key of a new household; refuses an incomplete or already used key.

    The fields come in the order a person types them: cluster, household number, enumerator
    id; the year and the country, which rarely change, come last."""

    def __init__(
        self, store: Store, parent: QWidget | None = None, *, enumerator: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("new_case_dialog")
        self.store = store
        names = countries("en")
        self.cluster = QLineEdit(self)
        self.cluster.setObjectName("cluster")
        self.household = QSpinBox(self)
        self.household.setObjectName("household")
        self.household.setRange(1, 99999)
        self.enumerator = QLineEdit(self)
        self.enumerator.setObjectName("enumerator")
        self.enumerator.setText(enumerator)
        self.year = QSpinBox(self)
        self.year.setObjectName("year")
        self.year.setRange(2000, 2100)
        self.year.setValue(2026)
        self.country = QComboBox(self)
        self.country.setObjectName("country")
        for code in sorted(au_members(), key=lambda c: names.get(c, c)):
            self.country.addItem(f"{names.get(code, code)} ({code})", code)
        self.country.setCurrentIndex(max(0, self.country.findData("CMR")))
        for widget in (self.household, self.year, self.country):
            guard(widget)
        self.error = QLabel(self)
        self.error.setObjectName("new_case_error")
        self.error.setStyleSheet("color: #b00020;")
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(5)]
        fields = (self.cluster, self.household, self.enumerator, self.year, self.country)
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.retranslate_ui()
        self.cluster.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New household"))
        texts = (
            self.tr("&Cluster"),
            self.tr("&Household number"),
            self.tr("&Enumerator id"),
            self.tr("&Year"),
            self.tr("C&ountry"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.cluster.setFocus(Qt.FocusReason.OtherFocusReason)

    def key(self) -> SurveyKey:
        return SurveyKey(
            self.country.currentData(),
            str(self.year.value()),
            self.cluster.text().strip(),
            self.household.value(),
        )

    def accept(self) -> None:
        if not self.cluster.text().strip():
            self.error.setText(self.tr("Enter the cluster (enumeration area)."))
            self.cluster.setFocus()
            return
        if not self.enumerator.text().strip():
            self.error.setText(self.tr("Enter your enumerator id."))
            self.enumerator.setFocus()
            return
        if self.store.cases(search=str(self.key())):
            exact = [c for c in self.store.cases(search=str(self.key())) if c.key == self.key()]
            if exact:
                self.error.setText(self.tr("This household exists already."))
                self.household.setFocus()
                return
        super().accept()


__all__ = ["CaseList", "NewCaseDialog", "StoreError"]
