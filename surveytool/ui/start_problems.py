"""What the app does when its start meets a hostile machine, before and just after the window.

The store to start with may not open: its folder cannot be written in, the file is corrupt,
another program's, of a newer surveytool, or locked by another surveytool. Each is a
``UserError`` that names the file and says what is wrong (``Store.open`` refuses before it
writes anything). Here the user gets that message with a way out: open another store, make
a new one, or quit (exit code 2). Choosing a store tries again, as often as needed. With no
user to ask (``--smoke``), the message goes to standard error and the start ends with 2.

The preferences file may not be writable either; that costs only memory between sessions,
so the app runs and says so in one line (``say_if_settings_unsaved``).
"""

from __future__ import annotations

import logging
import sys
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QPushButton, QWidget

from surveytool.common.errors import UserError
from surveytool.store import Store, default_path
from surveytool.ui import i18n

logger = logging.getLogger(__name__)
STORE_FILTER = "*.sqlite"
EXIT_CODE = 2
"""What ``run`` returns when the user quits at a start problem (as the CLI for unusable input)."""


class Choice(Enum):
    OPEN = "open"
    NEW = "new"
    QUIT = "quit"


class StartProblem(QMessageBox):
    """The store could not be opened: the located reason, and the three ways out."""

    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start_problem")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle("surveytool")
        self.setText(self.tr("The store could not be opened."))
        self.setInformativeText(reason)
        self.open_button = self._button(self.tr("Open another store…"), "open_another")
        self.new_button = self._button(self.tr("New store…"), "new_store")
        self.quit_button = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.quit_button.setObjectName("quit")
        self.setDefaultButton(self.open_button)
        self.setEscapeButton(self.quit_button)

    def _button(self, text: str, name: str) -> QPushButton:
        button = self.addButton(text, QMessageBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        return button

    def choose(self) -> Choice:
        self.exec()
        clicked = self.clickedButton()
        if clicked is self.open_button:
            return Choice.OPEN
        if clicked is self.new_button:
            return Choice.NEW
        return Choice.QUIT  # Quit, Esc, or the window closed


def open_first_store(path: Path | None, *, smoke: bool = False) -> Store | None:
    """The store to start with: ``path`` (default: the user data folder's), or the one the
    user chooses after it was refused; None when the user quits (or, in ``smoke``, at once)."""
    while True:
        try:
            return Store.open(path)
        except UserError as error:  # StoreUnusable, StoreError, StoreLocked: located
            logger.warning("store not opened at start: %s", error)
            reason = error.text(i18n.current())
        if smoke:
            print(reason, file=sys.stderr)
            return None
        chosen = choose_another(reason, path if path is not None else default_path())
        if chosen is None:
            return None
        path = chosen


def choose_another(reason: str, refused: Path) -> Path | None:
    """Ask until the user names a store to try (None: quit). A file dialog cancelled goes
    back to the problem, so there is always a way out and never a dead end."""
    while True:
        choice = StartProblem(reason).choose()
        if choice is Choice.QUIT:
            logger.info("the user quit at the start problem")
            return None
        folder = str(_existing_folder(refused))
        if choice is Choice.OPEN:
            title = _tr("Open store")
            path, _ = QFileDialog.getOpenFileName(None, title, folder, STORE_FILTER)
        else:  # an existing file chosen here (Qt asked to replace it) is opened, never emptied
            title = _tr("New store")
            path, _ = QFileDialog.getSaveFileName(None, title, folder, STORE_FILTER)
        if path:
            chosen = Path(path) if Path(path).suffix else Path(path).with_suffix(".sqlite")
            logger.info("the user chose %s after the start problem", chosen)
            return chosen


def _tr(text: str) -> str:
    return QCoreApplication.translate("StartProblem", text)


def _existing_folder(path: Path) -> Path:
    """Where the file dialogs start: the refused file's folder, or the nearest folder above
    it that exists (an unwritable data folder may not exist at all)."""
    for folder in path.parents:
        if folder.is_dir():
            return folder
    return Path.home()


def settings_unsaved(settings: QSettings) -> bool:
    """Could the preferences not be written? (Only ``sync`` finds out.)"""
    settings.sync()
    return settings.status() == QSettings.Status.AccessError


def say_if_settings_unsaved(window: QMainWindow, settings: QSettings) -> bool:
    """A warning in the log and one line in the status bar when the preferences cannot be
    written: the app works, it only forgets them (recent stores, the welcome choices)."""
    if not settings_unsaved(settings):
        return False
    where = settings.fileName()
    logger.warning("preferences cannot be written to %s: they will not be remembered", where)
    line = _tr("Preferences cannot be saved in {file}: they will not be remembered.")
    window.statusBar().showMessage(line.format(file=where))
    return True
