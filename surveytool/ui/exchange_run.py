"""One exchange job at a time, shown in a progress dialog with its Cancel button.

The job runs on the thread pool (``workers.start``); this object only paints: the dialog's
bar follows the job's ``sig_progress``, and the result or the failure comes back on the UI
thread to the callbacks the caller gave. Cancel sets the job's ``cancel_requested``; the
core looks at it between steps (between two packages of an import, after a plan), so a
job whose core step cannot stop halfway is started without a Cancel button rather than
with one that would lie.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from surveytool.common.errors import Problem, UserError, located, recorded_text
from surveytool.ui.bidi import isolated, ltr, right_to_left
from surveytool.ui.workers import Job, start


class JobRunner(QObject):
    """Runs the exchange jobs of one window, one at a time."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        self.job: Job | None = None
        self.dialog: QProgressDialog | None = None
        self._done: Callable[[object], None] = lambda result: None
        self._failed: Callable[[str], None] | None = None
        self._title, self._details = "", False

    def busy(self) -> bool:
        return self.job is not None

    def run(
        self,
        job: Job,
        title: str,
        done: Callable[[object], None],
        *,
        cancellable: bool = True,
        details: bool = False,
        failed: Callable[[str], None] | None = None,
    ) -> Job | None:
        """Start ``job``; ``done(result)`` on success, ``failed(message)`` (default: a plain
        message box) on a refusal or a bug. None if another job still runs. ``details``: the
        job's own progress messages are for people (a file's name), shown under ``title``;
        otherwise they are the core's step names, not shown."""
        if self.job is not None:
            return None
        self._done, self._failed = done, failed
        self._title, self._details = title, details
        dialog = QProgressDialog(self.window)
        dialog.setObjectName("exchange_progress")
        dialog.setWindowTitle(title)
        dialog.setLabelText(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setRange(0, 0)  # busy until the job says how far it is
        dialog.setMinimumWidth(420)
        if cancellable:
            dialog.setCancelButtonText(self.tr("Cancel"))
            dialog.canceled.connect(self._on_dialog_canceled)
        else:
            dialog.setCancelButton(None)
        self.dialog = dialog
        job.signals.sig_progress.connect(self._on_job_progress)
        job.signals.sig_finished.connect(self._on_job_finished)
        job.signals.sig_failed.connect(self._on_job_failed)
        self.job = start(job)
        dialog.show()
        return job

    def _on_dialog_canceled(self) -> None:
        if self.job is not None:
            self.job.progress.cancel_requested = True
        if self.dialog is not None:  # stays up until the job has stopped
            self.dialog.show()
            self.dialog.setLabelText(self.tr("Stopping after the current step…"))

    def _on_job_progress(self, done: int, total: int, message: str) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        stopping = self.job is not None and self.job.progress.cancel_requested
        if message and self._details and not stopping:
            dialog.setLabelText(f"{self._title}\n{message}")
        dialog.setMaximum(max(total, 0))
        # Hazard: a modal QProgressDialog's setValue processes events, so the job's end may
        # be handled inside it (the dialog closed and deleted): nothing may follow it here.
        dialog.setValue(min(done, total) if total else 0)

    def _finish(self) -> None:
        self.job = None
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None

    def _on_job_finished(self, result: object) -> None:
        self._finish()
        self._done(result)

    def _on_job_failed(self, message: str) -> None:
        self._finish()
        if self._failed is not None:
            self._failed(message)
        else:
            show_message(self.window, message)


def show_message(parent: QWidget, text: str, title: str = "surveytool") -> QMessageBox:
    """A plain, window-modal message (the event loop keeps running)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setObjectName("exchange_message")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_info(parent: QWidget, text: str, title: str = "surveytool") -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    box.setObjectName("exchange_info")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def confirm(
    parent: QWidget, title: str, text: str, on_yes: Callable[[], object], name: str
) -> QMessageBox:
    """Ask Yes / No (No by default); ``on_yes`` runs only on Yes. Window-modal, not blocking:
    the box is ``parent``'s child named ``name`` until it closes."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName(name)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def clicked(button: object) -> None:
        if box.standardButton(button) == QMessageBox.StandardButton.Yes:  # type: ignore[arg-type]
            on_yes()

    box.buttonClicked.connect(clicked)
    box.open()
    return box


# -- right to left ---------------------------------------------------------------------------
# In an Arabic sentence a path's leading "/" jumps to the far end ("tmp/a/b.zip/") and a date
# and time swap ("12:00 2026-03-01"), because the bidirectional algorithm gives neutral
# characters and digits the direction around them. Wrapped in an isolate, they are laid out
# whole, left to right, where the sentence puts them. Only under a right-to-left interface:
# elsewhere the text stays exactly as it was.


def error_text(error: UserError, language: str) -> str:
    """``error.text(language)``, under a right-to-left interface with the file it names and
    the texts it quotes each kept whole."""
    if not right_to_left():
        return error.text(language)
    problem = error.problem
    if isinstance(problem, Problem):
        values = {name: isolated(value) for name, value in problem.values.items()}
        problem = replace(problem, values=values)
    text = problem if isinstance(problem, str) else problem.text(language)
    file = error.location.file
    return located(replace(error.location, file=ltr(file) if file else file), text, language)


def record_text(record: str, language: str) -> str:
    """``recorded_text`` (a reason kept in the store), its file and quoted texts kept whole
    under a right-to-left interface."""
    if right_to_left():
        try:
            data = json.loads(record)
        except ValueError:
            data = None
        if isinstance(data, dict) and isinstance(data.get("values"), dict):
            data["values"] = {name: isolated(v) for name, v in data["values"].items()}
            where = data.get("location")
            if isinstance(where, dict) and where.get("file"):
                where["file"] = ltr(where["file"])
            record = json.dumps(data, ensure_ascii=False)
    return recorded_text(record, language)
