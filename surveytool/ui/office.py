"""The office workspace: validate the store in the background, browse failures by check and by
household, open a case at the offending question, approve, reject with a comment, or justify
a warning. Every decision is a store event.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from surveytool.store import Store, StoreError
from surveytool.ui.workers import Job, start

Index = QModelIndex | QPersistentModelIndex
REVIEWED = ("complete", "approved")


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of tuples (summary lines or failures)."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[tuple[object, ...]] = []
        self.payload: list[object] = []

    def set_rows(self, rows: list[tuple[object, ...]], payload: list[object]) -> None:
        self.beginResetModel()
        self.rows, self.payload = rows, payload
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self.rows[index.row()][index.column()]
        return "" if value is None else str(value)


class OfficeWorkspace(QWidget):
    sig_open_case_requested = Signal(str, object)
    """(case uuid, address name or None): show this case in the entry screen."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.form: object | None = None
        self.rules: object | None = None
        self.job: Job | None = None
        self.case_of: dict[str, str] = {}  # hh_id -> case uuid
        self.validate_button = QPushButton(self.tr("Validate the store"), self)
        self.validate_button.setObjectName("validate_store")
        self.folder_button = QPushButton(self.tr("Validate a folder…"), self)
        self.folder_button.setObjectName("validate_folder")
        self.source: Path | None = None  # the folder validated last, None for the store
        self.status = QLabel(self.tr("Run a validation to review the cases."), self)
        self.status.setWordWrap(True)
        self.by_check = RowsModel(
            [self.tr("Check"), self.tr("Severity"), self.tr("Level"), self.tr("Failed")], self
        )
        self.failures = RowsModel(
            [
                self.tr("Household"),
                self.tr("Line"),
                self.tr("Check"),
                self.tr("Severity"),
                self.tr("Message"),
                self.tr("Justified"),
            ],
            self,
        )
        self.check_view = self._table(self.by_check, "checks_table")
        self.failure_view = self._table(self.failures, "failures_table")
        self.failure_view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.open_button = QPushButton(self.tr("Open case at question"), self)
        self.approve_button = QPushButton(self.tr("Approve case"), self)
        self.reject_button = QPushButton(self.tr("Reject case…"), self)
        self.justify_button = QPushButton(self.tr("Justify warning…"), self)
        top = QHBoxLayout()
        top.addWidget(self.validate_button)
        top.addWidget(self.folder_button)
        top.addWidget(self.status, 1)
        actions = QHBoxLayout()
        for button in (
            self.open_button,
            self.approve_button,
            self.reject_button,
            self.justify_button,
        ):
            actions.addWidget(button)
        actions.addStretch()
        splitter = QSplitter(self)
        splitter.addWidget(self.check_view)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.failure_view)
        splitter.addWidget(right)
        splitter.setSizes([420, 680])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.report: object | None = None
        self._connect_signals()

    def _table(self, model: RowsModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return view

    def _connect_signals(self) -> None:
        self.validate_button.clicked.connect(self._on_validate_clicked)
        self.folder_button.clicked.connect(self._on_folder_clicked)
        self.check_view.clicked.connect(self._on_check_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.failure_view.doubleClicked.connect(self._on_open_clicked)
        self.approve_button.clicked.connect(lambda: self.decide("approved"))
        self.reject_button.clicked.connect(self._on_reject_clicked)
        self.justify_button.clicked.connect(self._on_justify_clicked)

    # -- validation ----------------------------------------------------------------------
    def set_form(self, form: object, rules: object | None) -> None:
        self.form, self.rules = form, rules

    def run_validation(self, folder: Path | None = None) -> Job | None:
        """Validate the store's cases sent as complete, or a folder of flat CSV files (a
        batch not imported yet: it can be reviewed, but its cases decided only in a store)."""
        if self.form is None or self.job is not None:
            return None
        store, form, rules = self.store, self.form, self.rules

        def work(progress: object) -> object:
            from surveytool.validate import read_data, validate_tables
            from surveytool.validate.inputs import store_frames

            if folder is not None:
                frames = read_data(folder, form)  # type: ignore[arg-type]
            else:  # the office reviews what enumerators sent as complete
                frames = store_frames(store, form, REVIEWED)  # type: ignore[arg-type]
            households = frames["households"]
            report = validate_tables(
                form,  # type: ignore[arg-type]
                rules,  # type: ignore[arg-type]
                households,
                frames["persons"],
                progress=progress,  # type: ignore[arg-type]
                justified=households.attrs.get("justified"),
                absentees=frames.get("absentees"),
            )
            if folder is not None:
                return report, {}
            case_of = dict(zip(households["hh_id"], households["case_uuid"], strict=True))
            return report, case_of

        self.source = folder
        self.validate_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        self.status.setText(self.tr("Validating…"))
        job = Job(work)
        job.signals.sig_finished.connect(self._on_job_finished)
        job.signals.sig_failed.connect(self._on_job_failed)
        self.job = start(job)
        return job

    def _on_validate_clicked(self) -> None:
        self.run_validation()  # clicked(bool) must not reach the folder parameter

    def _on_folder_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder with households.csv and persons.csv")
        )
        if chosen:
            self.run_validation(Path(chosen))

    def _on_job_finished(self, result: object) -> None:
        self.job = None
        self.validate_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        for button in (self.open_button, self.approve_button, self.reject_button):
            button.setEnabled(self.source is None)  # a folder's cases are not in this store
        self.justify_button.setEnabled(self.source is None)
        self.report, self.case_of = result  # type: ignore[misc]
        report = self.report
        failed = sorted(
            (s for s in report.summary if s.failed),
            key=lambda s: (s.severity != "error", -s.failed),
        )  # type: ignore[attr-defined]
        self.by_check.set_rows([(s.id, s.severity, s.level, s.failed) for s in failed], failed)
        self.show_failures(None)
        counts = self.tr("{errors} error(s), {warnings} warning(s)").format(
            errors=report.errors, warnings=report.warnings
        )  # type: ignore[attr-defined]
        notes = [f"{s.id}: {s.note}" for s in report.summary if s.note]  # type: ignore[attr-defined]
        if notes:  # what a built-in check left unjudged must not look like a pass
            counts += " · " + self.tr("{count} check(s) not fully run").format(count=len(notes))
        self.status.setText(counts if self.source is None else f"{self.source.name}: {counts}")
        self.status.setToolTip("\n".join(notes))

    def _on_job_failed(self, message: str) -> None:
        self.job = None
        self.validate_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        self.status.setText(message)

    def show_failures(self, check: str | None) -> None:
        justified = self.store.justifications()
        failures = [f for f in self.report.failures if check is None or f.rule == check]  # type: ignore[attr-defined]
        rows = [
            (
                f.hh_id,
                f.line_no,
                f.rule,
                f.severity,
                f.message,
                justified.get((self.case_of.get(f.hh_id, ""), f.rule, f.line_no), ""),
            )
            for f in failures
        ]
        self.failures.set_rows(rows, failures)

    def _on_check_clicked(self, index: QModelIndex) -> None:
        self.show_failures(self.by_check.payload[index.row()].id)  # type: ignore[attr-defined]

    # -- decisions ---------------------------------------------------------------------------
    def selected_failure(self) -> object | None:
        rows = self.failure_view.selectionModel().selectedRows()
        return self.failures.payload[rows[0].row()] if rows else None

    def _on_open_clicked(self) -> None:
        failure = self.selected_failure()
        if failure is not None:
            self.sig_open_case_requested.emit(self.case_of.get(failure.hh_id, ""), failure)  # type: ignore[attr-defined]

    def decide(self, status: str, comment: str = "") -> bool:
        failure = self.selected_failure()
        if failure is None or failure.hh_id not in self.case_of:  # type: ignore[attr-defined]
            return False
        try:
            self.store.set_status(self.case_of[failure.hh_id], status, "office", comment)  # type: ignore[attr-defined]
        except StoreError as error:
            self.status.setText(str(error))
            return False
        self.status.setText(
            self.tr("Household {key}: {status}").format(key=failure.hh_id, status=status)
        )  # type: ignore[attr-defined]
        return True

    def _on_reject_clicked(self) -> None:
        comment, ok = QInputDialog.getMultiLineText(
            self, self.tr("Reject case"), self.tr("What must the enumerator fix?")
        )
        if ok and comment.strip():
            self.decide("rejected", comment.strip())

    def justify(self, note: str) -> bool:
        failure = self.selected_failure()
        if failure is None or failure.severity != "warning" or not note.strip():  # type: ignore[attr-defined]
            return False
        if failure.hh_id not in self.case_of:  # type: ignore[attr-defined]
            return False
        case = self.case_of[failure.hh_id]  # type: ignore[attr-defined]
        self.store.record_justification(case, failure.rule, failure.line_no, note.strip(), "office")  # type: ignore[attr-defined]
        self.show_failures(None)
        return True

    def _on_justify_clicked(self) -> None:
        note, ok = QInputDialog.getText(
            self, self.tr("Justify warning"), self.tr("Why is this answer right?")
        )
        if ok:
            self.justify(note)
