"""Help ▸ Open the demo store: a store of simulated households to try the app on.

The first use writes 200 Cameroonian households (a tenth left in progress, as
``scripts/run.sh`` does) through the interview engine in a background job, then opens the
store like File ▸ Open does, so the recent stores and the window's title follow. Later uses
only open it. The store is built under another name and renamed when complete: a demo cut
short (the app closed, the disk full) leaves no half-filled store to be opened next time.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from surveytool.common.errors import UserError
from surveytool.store import Store
from surveytool.ui import i18n
from surveytool.ui.jobs import demo_job
from surveytool.ui.workers import Job, start

if TYPE_CHECKING:
    from surveytool.ui.main_window import MainWindow

logger = logging.getLogger(__name__)
HOUSEHOLDS = 200
IN_PROGRESS_SHARE = 0.1


def demo_store_path() -> Path:
    """``demo/demo.sqlite`` in the user data folder (``$XDG_DATA_HOME/surveytool`` on Linux)."""
    from platformdirs import user_data_path

    return user_data_path("surveytool", appauthor=False) / "demo" / "demo.sqlite"


def _remove(path: Path) -> None:
    """A store file and what SQLite and the writer lock keep beside it."""
    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


class DemoStore(QObject):
    """Opens the demo store in ``window``, writing it first if there is none."""

    def __init__(self, window: MainWindow, *, busy: Callable[[], bool]) -> None:
        """``busy``: whether a job of the window's writes to a store (no demo then)."""
        super().__init__(window)
        self.window = window
        self._window_busy = busy
        self.job: Job | None = None
        self._building: Store | None = None

    def busy(self) -> bool:
        return self.job is not None

    def open(self) -> Job | None:
        """Open the demo store, or start the job that writes it (returned)."""
        window, path = self.window, demo_store_path()
        if path.is_file():
            window.open_store(path)
            return None
        title = self.tr("Open the demo store")
        if window.form is None:
            window.statusBar().showMessage(self.tr("The questionnaire is still loading…"))
            return None
        if self.busy() or self._window_busy():
            window.chooser.refuse(title, self.tr("Wait until the running job has finished."))
            return None
        building = path.with_name(f"{path.stem}.building{path.suffix}")
        try:
            _remove(building)  # what a demo cut short left
            store = Store.open(building)
        except (UserError, OSError) as error:  # an unwritable data folder, a full disk
            text = error.text(i18n.current()) if isinstance(error, UserError) else str(error)
            logger.info("demo store %s not created: %s", building, text)
            window.chooser.refuse(title, text)
            return None
        self._building = store
        job = demo_job(store, window.form, HOUSEHOLDS, in_progress_share=IN_PROGRESS_SHARE)
        job.signals.sig_progress.connect(self._on_progress)
        job.signals.sig_finished.connect(self._on_finished)
        job.signals.sig_failed.connect(self._on_failed)
        self._set_busy(True)
        window.progress.setRange(0, HOUSEHOLDS)
        window.progress.setValue(0)
        window.progress.show()
        self.job = start(job)
        return job

    def _set_busy(self, busy: bool) -> None:
        self.window.menus.set_writing(busy)
        self.window.exchange.menu.set_busy(busy)

    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.window.progress.setMaximum(max(total, 1))
        self.window.progress.setValue(done)
        self.window.statusBar().showMessage(
            self.tr("Writing the demo store: {done} of {total} households").format(
                done=done, total=total
            )
        )

    def _end(self) -> Path | None:
        """The job ended: the building store closed; its path (None if none was open)."""
        self.job = None
        self.window.progress.hide()
        self._set_busy(False)
        store, self._building = self._building, None
        if store is None:
            return None
        store.close()
        return Path(store.path)

    def _on_finished(self, result: object) -> None:
        building = self._end()
        if building is None:
            return
        path = demo_store_path()
        try:
            os.replace(building, path)
            _remove(building)  # its lock file, left by the writer lock
        except OSError as error:
            self.window.chooser.refuse(self.tr("Open the demo store"), str(error))
            return
        logger.info("demo store written: %s", path)
        self.window.open_store(path)

    def _on_failed(self, message: str) -> None:
        building = self._end()
        if building is not None:
            _remove(building)
        self.window.chooser.refuse(self.tr("Open the demo store"), message)
