"""Exchange ▸ Conflicts…: a case that arrived again but changed here too, side by side.

An import never overwrites a case: when the incoming version cannot simply extend ours, it
is kept aside as a conflict. The officer picks one, reads the differences only (level,
record, variable, this office's value, the package's value) and keeps one version; both stay
in the store's conflict row, so nothing is lost either way. The comparison (replaying both
histories into tables) runs in a job; resolving is one short store write.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from surveytool.common.errors import UserError
from surveytool.form.model import Form
from surveytool.store import Store
from surveytool.ui import i18n
from surveytool.ui.bidi import ltr
from surveytool.ui.exchange_jobs import compare_job
from surveytool.ui.exchange_run import confirm, show_message
from surveytool.ui.office_models import RowsModel, level_word, plain
from surveytool.ui.selection import select_row
from surveytool.ui.workers import Job, start

if TYPE_CHECKING:
    from surveytool.package.compare import Difference
    from surveytool.store.exchange import Conflict


def reason_word(reason: object) -> str:
    """Why the incoming version was kept aside, in a few words (the list's column)."""
    words = {
        "changed_here": QCoreApplication.translate("ExchangeWords", "changed here"),
        "diverged": QCoreApplication.translate("ExchangeWords", "histories differ"),
        "not_imported": QCoreApplication.translate("ExchangeWords", "entered here"),
        "key_taken": QCoreApplication.translate("ExchangeWords", "same household key"),
    }
    return words.get(str(reason), plain(reason))


def reason_text(reason: object) -> str:
    """The same, as a sentence (the tooltip and the summary above the differences)."""
    words = {
        "changed_here": QCoreApplication.translate(
            "ExchangeWords", "changed in this office since it was imported"
        ),
        "diverged": QCoreApplication.translate(
            "ExchangeWords", "the package's history does not continue the one imported"
        ),
        "not_imported": QCoreApplication.translate(
            "ExchangeWords", "entered in this office, not imported"
        ),
        "key_taken": QCoreApplication.translate(
            "ExchangeWords", "another case here has the same household key"
        ),
    }
    return words.get(str(reason), plain(reason))


PIPED = re.compile(r"\$\{[^}]*\}")


def variable_text(form: Form, name: str, language: str) -> str:
    """``Address of the household (hh_address)``: the question's label, then its name."""
    try:
        label = form.question(name).label_in(language, form.settings.default_language)
    except KeyError:  # a column the tables add (a position, a derived key)
        return name
    label = PIPED.sub("…", label)  # ${person_name}: the person is the record's
    return f"{label} ({name})" if label else name


def value_text(form: Form, name: str, value: object, language: str) -> str:
    """A blank as a dash; a code of a select_one with its label: ``2 — Female``."""
    if value is None or value == "":
        return "—"
    try:
        question = form.question(name)
    except KeyError:
        return str(value)
    choices = form.choices_for(question) if question.type == "select_one" else None
    if choices is None:
        return str(value)
    label = choices.labels(language, form.settings.default_language).get(str(value))
    return f"{value} — {label}" if label else str(value)


def record_text(record: object) -> str:
    return plain(record) or "—"


class ConflictsDialog(QDialog):
    sig_resolved = Signal(str)
    """A conflict was resolved; the case (uuid) the store now holds may have changed."""

    def __init__(
        self, parent: QWidget, store: Store, form: Form, who: str, language: str = ""
    ) -> None:
        """``language``: the questionnaire's language for the labels of variables and codes
        (default: the form's own)."""
        super().__init__(parent)
        self.setObjectName("conflicts_dialog")
        self.store, self.form, self.who = store, form, who
        self.language = language or form.settings.default_language
        self.job: Job | None = None
        self.current: Conflict | None = None
        self.differences: list[Difference] = []
        self.list_model: RowsModel[Conflict] = RowsModel(
            [plain, reason_word, plain, plain], self, tooltips={1: reason_text}
        )
        self.list_view = self._table(self.list_model, "conflict_list", stretch=1)
        self.diff_model: RowsModel[Difference] = RowsModel(
            [level_word, record_text, plain, plain, plain], self, tooltips={2: plain}
        )
        self.diff_view = self._table(self.diff_model, "conflict_differences", stretch=2)
        # the question's label and both answers share the width; long ones wrap instead of
        # pushing the other version out
        for column in (2, 3, 4):
            self.diff_view.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch
            )
        self.diff_view.setWordWrap(True)  # a question's label is read whole
        self.diff_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.summary = QLabel(self)
        self.summary.setObjectName("conflict_summary")
        self.summary.setWordWrap(True)
        self.keep_ours = QPushButton(self)
        self.keep_ours.setObjectName("keep_ours")
        self.take_theirs = QPushButton(self)
        self.take_theirs.setObjectName("take_theirs")
        for button in (self.keep_ours, self.take_theirs):
            button.setAutoDefault(False)  # Enter must not start a resolution
        self.keep_ours.clicked.connect(lambda: self.ask_resolve("ours"))
        self.take_theirs.clicked.connect(lambda: self.ask_resolve("theirs"))
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.diff_view, 1)
        decide = QHBoxLayout()
        decide.addStretch()
        decide.addWidget(self.keep_ours)
        decide.addWidget(self.take_theirs)
        right_layout.addLayout(decide)
        splitter = QSplitter(self)
        splitter.addWidget(self.list_view)
        splitter.addWidget(right)
        splitter.setSizes([470, 610])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.list_view.selectionModel().selectionChanged.connect(self._on_list_selection_changed)
        self.resize(1080, 560)
        self.reload()

    def _table(self, model: QAbstractTableModel, name: str, stretch: int) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.verticalHeader().hide()
        view.setWordWrap(False)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return view

    # -- the list --------------------------------------------------------------------------
    def reload(self) -> None:
        """The unresolved conflicts; the first is selected (and compared)."""
        from surveytool.store.exchange import conflicts

        found = conflicts(self.store)
        rows = [
            (
                ltr(str(c.incoming.row.key)),
                c.reason,
                c.package_id[:8],
                ltr(c.found_at.replace("T", " ")[:16]),
            )
            for c in found
        ]
        self.list_model.set_rows(rows, found)
        self.current = None
        self.differences = []
        self.diff_model.set_rows([], [])
        if found:
            select_row(self.list_view, 0)
        self.retranslate_ui()

    def _on_list_selection_changed(self) -> None:
        rows = self.list_view.selectionModel().selectedRows()
        self.show_conflict(self.list_model.payload[rows[0].row()] if rows else None)

    def show_conflict(self, found: Conflict | None) -> Job | None:
        """Compare ``found``'s two versions in a job; the table fills when it ends."""
        self.current, self.differences, self.job = found, [], None
        self.diff_model.set_rows([], [])
        if found is not None:
            job = compare_job(self.store, self.form, found)
            job.signals.sig_finished.connect(lambda result: self._on_compared(found, result))
            job.signals.sig_failed.connect(lambda text: self._on_compare_failed(found, text))
            self.job = start(job)
        self._enable()
        self.retranslate_ui()
        return self.job

    def _on_compared(self, found: Conflict, differences: list[Difference]) -> None:
        if found is not self.current:  # another conflict was picked meanwhile
            return
        self.job = None
        self.differences = differences
        rows = [
            (
                d.level,
                d.record,
                variable_text(self.form, d.variable, self.language),
                value_text(self.form, d.variable, d.ours, self.language),
                value_text(self.form, d.variable, d.theirs, self.language),
            )
            for d in differences
        ]
        self.diff_model.set_rows(rows, differences)
        self._enable()
        self.retranslate_ui()

    def _on_compare_failed(self, found: Conflict, message: str) -> None:
        if found is not self.current:
            return
        self.job = None
        self._enable()
        self.summary.setText(message)

    def _enable(self) -> None:
        ready = self.current is not None and self.job is None
        self.keep_ours.setEnabled(ready)
        self.take_theirs.setEnabled(ready)

    # -- texts -----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Conflicts"))
        self.list_model.set_headers(
            [self.tr("Household"), self.tr("Why"), self.tr("Package"), self.tr("Found")]
        )
        self.diff_model.set_headers(
            [
                self.tr("Level"),
                self.tr("Record"),
                self.tr("Variable"),
                self.tr("This office's value"),
                self.tr("The package's value"),
            ]
        )
        self.keep_ours.setText(self.tr("Keep this office's version…"))
        self.take_theirs.setText(self.tr("Take the package's version…"))
        self.list_model.refresh()
        self.diff_model.refresh()
        self.summary.setText(self._summary())

    def _summary(self) -> str:
        found = self.current
        if not self.list_model.rows:
            return self.tr("No conflict waits for a decision.")
        if found is None:
            return self.tr("Pick a conflict to see the two versions side by side.")
        if self.job is not None:
            return self.tr("Comparing the two versions…")
        return self.tr(
            "Household {key}: {reason}. {count} difference(s) between this office's version "
            "and the package's."
        ).format(
            key=ltr(found.incoming.row.key),
            reason=reason_text(found.reason),
            count=len(self.differences),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- decisions -------------------------------------------------------------------------
    def ask_resolve(self, keep: str) -> QMessageBox | None:
        found = self.current
        if found is None:
            return None
        if keep == "ours":
            text = self.tr(
                "Keep this office's version of household {key}? The package's version stays "
                "on record in the store."
            )
        else:
            text = self.tr(
                "Replace this office's version of household {key} by the package's? This "
                "office's version stays on record in the store."
            )
        return confirm(
            self,
            self.tr("Resolve the conflict"),
            text.format(key=ltr(found.incoming.row.key)),
            lambda: self.resolve(found, keep),
            "confirm_resolve",
        )

    def resolve(self, found: Conflict, keep: str) -> bool:
        from surveytool.store.exchange import resolve_conflict

        try:
            done = resolve_conflict(self.store, found.id, keep, self.who)
        except UserError as error:
            show_message(self, error.text(i18n.current()), self.tr("Resolve the conflict"))
            return False
        self.reload()
        self.sig_resolved.emit(done.incoming.row.uuid if keep == "theirs" else done.case_uuid)
        return True
