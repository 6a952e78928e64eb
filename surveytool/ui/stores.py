"""File > New store / Open store / Open recent: choose a store file and open it.

Opening can fail in ways the user can act on (the file is missing, another program writes
to it, it is not a surveytool store): each is a plain message, and the store already open
stays open. Only a store that opened is handed to the window (``replace_store``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from surveytool.common.errors import UserError
from surveytool.store import Store
from surveytool.ui import i18n

logger = logging.getLogger(__name__)
STORE_FILTER = "*.sqlite"


class StoreChooser(QObject):
    """Asks for a store file and opens it for ``window``.

    ``current`` gives the open store; ``busy`` says whether a job still uses it;
    ``replace`` takes a newly opened store (the window switches to it)."""

    def __init__(
        self,
        window: QWidget,
        *,
        current: Callable[[], Store],
        busy: Callable[[], bool],
        replace: Callable[[Store], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self._current, self._busy, self._replace = current, busy, replace

    def ask_new(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("New store"), str(self._folder()), STORE_FILTER
        )
        if path:
            self.create(Path(path))

    def ask_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open store"), str(self._folder()), STORE_FILTER
        )
        if path:
            self.open(Path(path))

    def _folder(self) -> Path:
        return Path(self._current().path).parent

    def create(self, path: Path) -> bool:
        """A new, empty store at ``path`` (``.sqlite`` added); never an existing file."""
        path = path if path.suffix else path.with_suffix(".sqlite")
        if path.exists():
            self.refuse(
                self.tr("New store"),
                self.tr("{path} exists already: use Open store to open it.").format(path=path),
            )
            return False
        return self.open(path, create=True)

    def open(self, path: Path, *, create: bool = False) -> bool:
        """Open ``path`` and hand it to the window; False (and a message) when refused."""
        title = self.tr("New store") if create else self.tr("Open store")
        if self._busy():
            self.refuse(title, self.tr("Wait until the running job has finished."))
            return False
        if Path(path).resolve() == Path(self._current().path).resolve():
            return True
        if not create and not Path(path).is_file():
            self.refuse(title, self.tr("There is no store at {path}.").format(path=path))
            return False
        try:
            store = Store.open(path)
        except UserError as error:  # StoreError, StoreLocked: located, the user can act
            logger.info("store %s not opened: %s", path, error)
            self.refuse(title, error.text(i18n.current()))
            return False
        self._replace(store)
        logger.info("switched to store %s", store.path)
        return True

    def refuse(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self.window)
        box.setObjectName("store_refused")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal; the event loop keeps running
