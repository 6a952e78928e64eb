"""Run a core job off the UI thread: one adapter turns the core's Progress into Qt signals.

The core knows nothing of threads (style habit 8); a job is a plain function taking a
``Progress``. Results and errors come back as signals, delivered on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class JobSignals(QObject):
    sig_progress = Signal(int, int, str)
    """(done, total, message) while the job runs; total is 0 when unknown."""
    sig_finished = Signal(object)
    """The job's return value."""
    sig_failed = Signal(str)
    """The job raised: a message for the user."""


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
    def __init__(self, function: Callable[[_QtProgress], object]) -> None:
        super().__init__()
        self.signals = JobSignals()
        self.progress = _QtProgress(self.signals)
        self._function = function

    def run(self) -> None:
        try:
            result = self._function(self.progress)
        except Exception as error:
            self.signals.sig_failed.emit(str(error))
            return
        self.signals.sig_finished.emit(result)


def start(job: Job) -> Job:
    QThreadPool.globalInstance().start(job)
    return job
