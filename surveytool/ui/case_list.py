"""The enumerator's case list: search, status filter, new case, open a case."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from surveytool.ui.case_model import CaseTableModel, status_label


class CaseList(QWidget):
    sig_open_requested = Signal(str)
    """Open the case with this uuid."""
    sig_create_requested = Signal(object, str)
    """(SurveyKey, enumerator id): create a case and open it."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.model = CaseTableModel(store, self)
        self.search = QLineEdit(self)
        self.search.setObjectName("case_search")
        self.search.setPlaceholderText(self.tr("Search household (e.g. C0012)"))
        self.status = QComboBox(self)
        self.status.setObjectName("status_filter")
        self.status.addItem(self.tr("All statuses"), None)
        for status in STATUSES:
            self.status.addItem(status_label(status), status)
        self.new_button = QPushButton(self.tr("New case"), self)
        self.new_button.setObjectName("new_case")
        self.count = QLabel(self)
        self.table = QTableView(self)
        self.table.setObjectName("case_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
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
        self._connect_signals()
        self._update_count()

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._on_filter_changed)
        self.status.currentIndexChanged.connect(self._on_filter_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.activated.connect(self._on_table_double_clicked)
        self.new_button.clicked.connect(self._on_new_clicked)

    def _on_filter_changed(self) -> None:
        self.model.set_filter(self.status.currentData(), self.search.text())
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("{count} cases").format(count=self.model.total))

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.sig_open_requested.emit(self.model.case_at(index.row()).uuid)

    def _on_new_clicked(self) -> None:
        self.dialog = NewCaseDialog(self.store, self)
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.open()  # window-modal, without blocking the event loop

    def _on_dialog_accepted(self) -> None:
        self.sig_create_requested.emit(self.dialog.key(), self.dialog.enumerator.text().strip())

    def refresh(self) -> None:
        self.model.refresh()
        self._update_count()


class NewCaseDialog(QDialog):
    """Survey key of a new household; refuses an incomplete or already used key."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_case_dialog")
        self.setWindowTitle(self.tr("New household"))
        self.store = store
        names = countries("en")
        self.country = QComboBox(self)
        self.country.setObjectName("country")
        for code in sorted(au_members(), key=lambda c: names.get(c, c)):
            self.country.addItem(f"{names.get(code, code)} ({code})", code)
        self.country.setCurrentIndex(max(0, self.country.findData("CMR")))
        self.year = QSpinBox(self)
        self.year.setObjectName("year")
        self.year.setRange(2000, 2100)
        self.year.setValue(2026)
        self.cluster = QLineEdit(self)
        self.cluster.setObjectName("cluster")
        self.household = QSpinBox(self)
        self.household.setObjectName("household")
        self.household.setRange(1, 99999)
        self.enumerator = QLineEdit(self)
        self.enumerator.setObjectName("enumerator")
        self.error = QLabel(self)
        self.error.setObjectName("new_case_error")
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.tr("Cluster"), self.cluster)
        form.addRow(self.tr("Household number"), self.household)
        form.addRow(self.tr("Enumerator id"), self.enumerator)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

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
            return
        if not self.enumerator.text().strip():
            self.error.setText(self.tr("Enter your enumerator id."))
            return
        if self.store.cases(search=str(self.key())):
            exact = [c for c in self.store.cases(search=str(self.key())) if c.key == self.key()]
            if exact:
                self.error.setText(self.tr("This household exists already."))
                return
        super().accept()


__all__ = ["CaseList", "NewCaseDialog", "StoreError"]
