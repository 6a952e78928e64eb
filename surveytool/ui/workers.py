"""Run a core job off the UI thread: one adapter turns the core's Progress into Qt signals.

The core knows nothing of threads (style habit 8); a job is a plain function taking a
``Progress``. Results and errors come back as signals, delivered on the UI thread. A
``UserError`` (the user can fix it) fails the job with its own message; any other
exception is our bug: it goes to the log with its traceback and the job fails with the
apology that names the log file, never with a bare ``str(error)``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from surveytool.common.errors import UserError
from surveytool.common.progress import Progress
from surveytool.ui import i18n
from surveytool.ui.crash import bug_message

logger = logging.getLogger("surveytool.jobs")


class JobSignals(QObject):
    sig_progress = Signal(int, int, str)
    """(done, total, message) while the job runs; total is 0 when unknown."""
    sig_finished = Signal(object)
    """The job's return value."""
    sig_failed = Signal(str)
    """The job raised: a message for the user (the located error, or the apology)."""


class _QtProgress:
    def __init__(self, signals: JobSignals) -> None:
        self._signals = signals
        self.cancel_requested = False

    def update(self, done: int, total: int | None = None, message: str = "") -> None:
        self._signals.sig_progress.emit(done, total or 0, message)

    @property
    def cancelled(self) -> bool:
        return self.cancel_requested


class Job(QRunnable):
    def __init__(self, function: Callable[[Progress], object], name: str = "") -> None:
        super().__init__()
        self.signals = JobSignals()
        self.progress = _QtProgress(self.signals)
        self._function = function
        self.name = name or getattr(function, "__qualname__", "job")

    def run(self) -> None:
        try:
            result = self._function(self.progress)
        except UserError as error:
            logger.info("job %s refused: %s", self.name, error)
            self.signals.sig_failed.emit(error.text(i18n.current()))
            return
        except Exception:
            logger.exception("job %s failed", self.name)
            self.signals.sig_failed.emit(bug_message())
            return
        self.signals.sig_finished.emit(result)


def start(job: Job) -> Job:
    QThreadPool.globalInstance().start(job)
    return job
