"""The office workspace: validate the store in the background, browse failures by check and by
household, open a case at the offending question, approve, reject with a comment, revoke an
approval, or justify a warning. Every decision is a store event, allowed or refused by the core.

The report is built by ``surveytool.validate.batch``, the function ``surveytool validate``
uses, with the same default selection of statuses (the cases sent for review): the office
and the command line give the same report on the same store.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from surveytool.store import Store
from surveytool.ui import office_actions
from surveytool.ui.office_decisions import CaseDecisions
from surveytool.ui.office_models import (
    RowsModel,
    level_word,
    plain,
    severity_word,
    status_word,
)
from surveytool.ui.office_statuses import StatusSelector
from surveytool.ui.workers import Job, start

if TYPE_CHECKING:  # validation loads pandas: in the job, not when the window opens
    from surveytool.common.progress import Progress
    from surveytool.form.model import Form
    from surveytool.validate import Failure, Report, RuleSet, RuleSummary
    from surveytool.validate.batch import BatchResult


class OfficeWorkspace(QWidget):
    sig_open_case_requested = Signal(str, object)
    """(case uuid, failure or None): show this case in the entry screen at the failure's
    question (None: a household picked without a failure, at its first page)."""

    # -- decisions on the picked case (office_actions.py) ----------------------------------
    selected_failure = office_actions.selected_failure
    selected_case = office_actions.selected_case
    _enable_decisions = office_actions.enable_decisions
    _on_open_clicked = office_actions.on_open_clicked
    _after_decision = office_actions.after_decision
    approve_selected = office_actions.approve_selected
    reject_selected = office_actions.reject_selected
    revoke_selected = office_actions.revoke_selected
    justify = office_actions.justify
    _on_justify_clicked = office_actions.on_justify_clicked

    def __init__(self, store: Store, parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self.store = store
        self.language = language  # of the interface: check labels and messages follow it
        self.form: Form | None = None
        self.rules: RuleSet | None = None
        self.job: Job | None = None
        self.result: BatchResult | None = None  # the last validation's
        self.report: Report | None = None  # its report
        self.case_of: dict[str, str] = {}  # hh_id -> case uuid
        self.status_of: dict[str, str] = {}  # hh_id -> case status, updated by decisions
        self.source: Path | None = None  # the folder validated last, None for the store
        self.decisions = CaseDecisions(store, self)
        self._build()
        self.retranslate_ui()
        self._connect_signals()
        self._enable_decisions()

    def _build(self) -> None:
        self.validate_button = QPushButton(self)
        self.validate_button.setObjectName("validate_store")
        self.status_button = StatusSelector(self)
        self.folder_button = QPushButton(self)
        self.folder_button.setObjectName("validate_folder")
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.notes = QLabel(self)  # checks not fully run: which, and why
        self.notes.setObjectName("not_fully_run")
        self.notes.setWordWrap(True)
        self.notes.hide()
        check_column = self._check_text
        self.by_check: RowsModel[RuleSummary] = RowsModel(
            [check_column, severity_word, level_word, plain], self
        )
        self.failures: RowsModel[Failure] = RowsModel(  # the check's label in its tooltip
            [plain, plain, status_word, plain, severity_word, plain, plain],
            self,
            tooltips={3: check_column},
        )
        self.by_household: RowsModel[str] = RowsModel([plain, status_word, plain, plain], self)
        self.household: str | None = None  # the household picked in "By household"
        self.check_view = self._table(self.by_check, "checks_table", stretch=0)
        self.household_view = self._table(self.by_household, "households_table", stretch=0)
        self.left = QTabWidget(self)  # the failures by check, or every household reviewed
        self.left.addTab(self.check_view, "")
        self.left.addTab(self.household_view, "")
        self.failure_view = self._table(self.failures, "failures_table", stretch=5)
        self.open_button = QPushButton(self)
        self.approve_button = QPushButton(self)
        self.approve_button.setObjectName("approve_case")
        self.reject_button = QPushButton(self)
        self.reject_button.setObjectName("reject_case")
        self.revoke_button = QPushButton(self)
        self.revoke_button.setObjectName("revoke_approval")
        self.justify_button = QPushButton(self)
        top = QHBoxLayout()
        for widget in (self.validate_button, self.status_button, self.folder_button):
            top.addWidget(widget)
        top.addWidget(self.status, 1)
        actions = QHBoxLayout()
        for button in self._decision_buttons():
            actions.addWidget(button)
        actions.addStretch()
        splitter = QSplitter(self)
        splitter.addWidget(self.left)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.failure_view)
        splitter.addWidget(right)
        splitter.setSizes([460, 680])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notes)
        layout.addWidget(splitter, 1)

    def _decision_buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.open_button,
            self.approve_button,
            self.reject_button,
            self.revoke_button,
            self.justify_button,
        )

    def _table(self, model: QAbstractTableModel, name: str, stretch: int) -> QTableView:
        """One row a line (full texts in tooltips); column ``stretch`` takes the room left."""
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().hide()
        view.setWordWrap(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return view

    def _connect_signals(self) -> None:
        self.validate_button.clicked.connect(self._on_validate_clicked)
        self.folder_button.clicked.connect(self._on_folder_clicked)
        self.check_view.clicked.connect(self._on_check_clicked)
        self.household_view.clicked.connect(self._on_household_clicked)
        self.household_view.activated.connect(self._on_household_clicked)
        self.failure_view.selectionModel().selectionChanged.connect(self._enable_decisions)
        self.failures.modelReset.connect(self._enable_decisions)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.failure_view.doubleClicked.connect(self._on_open_clicked)
        self.approve_button.clicked.connect(self.approve_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.justify_button.clicked.connect(self._on_justify_clicked)

    # -- language ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Every text of the workspace in the interface language; the report's words too."""
        self.validate_button.setText(self.tr("Validate the store"))
        self.folder_button.setText(self.tr("Validate a folder…"))
        self.by_check.set_headers(
            [self.tr("Check"), self.tr("Severity"), self.tr("Level"), self.tr("Failed")]
        )
        self.left.setTabText(0, self.tr("By check"))
        self.left.setTabText(1, self.tr("By household"))
        self.by_household.set_headers(
            [self.tr("Household"), self.tr("Status"), self.tr("Errors"), self.tr("Warnings")]
        )
        self.failures.set_headers(
            [
                self.tr("Household"),
                self.tr("Line"),
                self.tr("Status"),
                self.tr("Check"),
                self.tr("Severity"),
                self.tr("Message"),
                self.tr("Justified"),
            ]
        )
        self.open_button.setText(self.tr("Open case at question"))
        self.approve_button.setText(self.tr("Approve case"))
        self.reject_button.setText(self.tr("Reject case…"))
        self.revoke_button.setText(self.tr("Revoke approval…"))
        self.justify_button.setText(self.tr("Justify warning…"))
        self.by_check.refresh()
        self.by_household.refresh()
        self.failures.refresh()
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_language(self, code: str) -> None:
        """The interface language changed: check labels follow now; failure messages follow
        at the next validation (they are part of the report)."""
        self.language = code
        self.retranslate_ui()

    def _check_text(self, check_id: object) -> str:
        """``stratum.required — Sampling stratum``: the id and the label of its question."""
        if self.form is None:
            return plain(check_id)
        from surveytool.validate.labels import check_label  # pandas: not at start-up

        label = check_label(str(check_id), self.form, self.rules, self.language)
        return f"{check_id} — {label}" if label else str(check_id)

    # -- which cases -------------------------------------------------------------------------
    def statuses(self) -> tuple[str, ...]:
        """The statuses "Validate the store" takes, in the store's order."""
        return self.status_button.statuses()

    def set_statuses(self, statuses: Iterable[str]) -> None:
        self.status_button.set_statuses(statuses)

    # -- validation ----------------------------------------------------------------------
    def set_form(self, form: Form, rules: RuleSet | None) -> None:
        self.form, self.rules = form, rules

    def run_validation(self, folder: Path | None = None) -> Job | None:
        """Validate the store's cases of the chosen statuses, or a folder of flat CSV files
        (a batch not imported yet: it can be reviewed, but its cases decided only in a store).

        The job opens its own read-only connection: the window's one stays on the UI thread."""
        if self.form is None or self.job is not None:
            return None
        path, form, rules = self.store.path, self.form, self.rules
        statuses, language = self.statuses(), self.language

        def work(progress: Progress) -> BatchResult:
            from surveytool.validate.batch import validate_path, validate_store

            if folder is not None:
                return validate_path(folder, form, rules, language=language, progress=progress)
            with Store.open(path, readonly=True) as reader:
                return validate_store(
                    reader, form, rules, statuses=statuses, language=language, progress=progress
                )

        self.source = folder
        self.validate_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        self.status.setText(self.tr("Validating…"))
        job = Job(work, name="office validation")
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

    def _on_job_finished(self, result: BatchResult) -> None:
        self.job = None
        self.validate_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        self.result, self.report = result, result.report
        self.case_of = dict(result.case_of)
        self.status_of = dict(result.status_of)
        failed = sorted(
            (s for s in result.report.summary if s.failed),
            key=lambda s: (s.severity != "error", -s.failed),
        )
        self.by_check.set_rows([(s.id, s.severity, s.level, s.failed) for s in failed], failed)
        self.household = None
        self._show_households()
        self.show_failures(None)
        self._show_summary()

    def _show_summary(self) -> None:
        """The status line (counts, and what was validated) and the checks not fully run."""
        report = self.report
        if report is None:
            if self.job is None:
                self.status.setText(self.tr("Run a validation to review the cases."))
            return
        statuses = self.result.statuses if self.result is not None else None
        counts = self.tr("{errors} error(s), {warnings} warning(s)").format(
            errors=report.errors, warnings=report.warnings
        )
        if self.source is not None:
            self.status.setText(f"{self.source.name}: {counts}")
        elif statuses is not None:
            self.status.setText(
                self.tr("{count} case(s) ({statuses}): {counts}").format(
                    count=len(self.case_of),
                    statuses=", ".join(status_word(s) for s in statuses),
                    counts=counts,
                )
            )
        notes = [s for s in report.summary if s.note]
        if not notes:  # what a built-in check left unjudged must not look like a pass
            self.notes.hide()
            return
        lines = [self.tr("{count} check(s) not fully run:").format(count=len(notes))]
        lines += [f"• {self._check_text(s.id)}: {s.note}" for s in notes]  # in the run's language
        self.notes.setText("\n".join(lines))
        self.notes.show()

    def _on_job_failed(self, message: str) -> None:
        self.job = None
        self.validate_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        self.status.setText(message)

    def _show_households(self) -> None:
        """Every household validated, clean ones included: the office approves those too."""
        failures = self.report.failures if self.report is not None else []
        counts: dict[str, list[int]] = {hh_id: [0, 0] for hh_id in self.case_of}
        for failure in failures:
            tally = counts.setdefault(failure.hh_id, [0, 0])
            tally[0 if failure.severity == "error" else 1] += 1
        rows = [
            (hh_id, self.status_of.get(hh_id, ""), errors, warnings)
            for hh_id, (errors, warnings) in counts.items()
        ]
        self.by_household.set_rows(rows, [row[0] for row in rows])

    def _on_household_clicked(self, index: QModelIndex) -> None:
        self.household = self.by_household.payload[index.row()]
        self.show_failures(None)

    def show_failures(self, check: str | None) -> None:
        if self.report is None:
            return
        justified = self.store.justifications()
        failures = [
            f
            for f in self.report.failures
            if (check is None or f.rule == check)
            and (self.household is None or f.hh_id == self.household)
        ]
        rows = [
            (
                f.hh_id,
                f.line_no,
                self.status_of.get(f.hh_id, ""),
                f.rule,
                f.severity,
                f.message,
                justified.get((self.case_of.get(f.hh_id, ""), f.rule, f.line_no), ""),
            )
            for f in failures
        ]
        self.failures.set_rows(rows, failures)

    def _on_check_clicked(self, index: QModelIndex) -> None:
        self.household = None
        self.show_failures(self.by_check.payload[index.row()].id)
