"""Unexpected exceptions and Qt's own complaints go to the log; the user sees one apology.

Three doors let a bug out of a PySide6 app: an exception in a slot or a Python override
of a Qt method (PySide6 hands it to ``sys.excepthook`` and carries on), an exception in a
Python thread (``threading.excepthook``) and Qt's messages (``qInstallMessageHandler``).
``CrashReporter`` watches all three. A bug is logged with its traceback and shown as ONE
friendly dialog with the log's path; more bugs while that dialog is open only raise its
counter (a slot failing on every repaint must not bury the screen in dialogs). A
``UserError`` that escapes (expected, located) is a plain message, never the apology.

Hazard: the hooks may run on any thread and while Qt is half torn down. The reporter only
logs there and hands the message to the UI thread through a queued signal; it never
writes to ``sys.stderr`` when it is ``None`` (``pythonw`` on Windows).
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any, TypeGuard, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMessageLogContext,
    QObject,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from shiboken6 import isValid

from surveytool.common import logs
from surveytool.common.errors import UserError
from surveytool.ui import i18n

logger = logging.getLogger("surveytool.crash")
qt_logger = logging.getLogger("qt")
REPEATS_LOGGED = 20  # the same Qt message is logged this often, then counted silently
QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_W = TypeVar("_W", bound=QWidget)
#: the three doors' keepers before ours: sys.excepthook, threading.excepthook, Qt's handler
_QtHandler = Callable[[QtMsgType, QMessageLogContext, str], Any]
_Hooks = tuple[
    Callable[[type[BaseException], BaseException, TracebackType | None], Any],
    Callable[[threading.ExceptHookArgs], object],
    _QtHandler | None,
]


def bug_message(path: Path | None = None) -> str:
    """The apology, in the interface language: what the user needs to know, nothing more."""
    return QCoreApplication.translate(
        "CrashReporter",
        "Something went wrong. Your answers are saved. Details were written to {path}.",
    ).format(path=path or logs.log_path())


class CrashDialog(QMessageBox):
    """The apology; ``count`` says how many problems were logged since it opened."""

    def __init__(self, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crash_dialog")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setStandardButtons(QMessageBox.StandardButton.Close)
        self.log_path = log_path
        self.count = 1
        self.retranslate_ui()

    def add_one(self) -> None:
        self.count += 1
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("surveytool: a problem"))
        self.setText(bug_message(self.log_path))
        more = self.count - 1
        self.setInformativeText(
            self.tr("{count} more problem(s) were logged since.").format(count=more) if more else ""
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class CrashReporter(QObject):
    sig_problem = Signal(str, bool)
    """(message, is_bug) for the UI thread; emitted from any thread by the hooks."""

    def __init__(self, log_path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path or logs.log_path()
        self.dialog: CrashDialog | None = None
        self.message_box: QMessageBox | None = None
        self.bugs = 0
        self._qt_seen: Counter[str] = Counter()
        self._previous: _Hooks | None = None
        self.sig_problem.connect(self._on_problem)

    # -- installing -----------------------------------------------------------------------
    def install(self) -> CrashReporter:
        """Take over the three doors; ``uninstall`` gives them back (tests)."""
        previous_qt = qInstallMessageHandler(self._qt_message)
        self._previous = (sys.excepthook, threading.excepthook, previous_qt)
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook
        return self

    def uninstall(self) -> None:
        if self._previous is None:
            return
        sys.excepthook, threading.excepthook, previous_qt = self._previous
        qInstallMessageHandler(previous_qt)
        self._previous = None

    # -- the hooks (any thread) -----------------------------------------------------------
    def handle_exception(
        self,
        exc_type: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
        where: str = "",
    ) -> None:
        """Log ``error`` and ask the UI thread to tell the user, once per burst."""
        if isinstance(error, UserError):
            logger.info("user error%s: %s", f" in {where}" if where else "", error)
            self.sig_problem.emit(error.text(i18n.current()), False)
            return
        suffix = f" in {where}" if where else ""
        logger.error("unexpected exception%s", suffix, exc_info=(exc_type, error, tb))
        if sys.stderr is not None:  # a developer's console; absent under pythonw
            traceback.print_exception(exc_type, error, tb, file=sys.stderr)
        self.sig_problem.emit(bug_message(self.log_path), True)

    def _excepthook(
        self, exc_type: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, error, tb)
            return
        self.handle_exception(exc_type, error, tb)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "a thread"
        self.handle_exception(args.exc_type, args.exc_value, args.exc_traceback, f"thread {name}")

    def _qt_message(self, mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        """Qt's warnings to the log, with the Python stack that led to them (rarely the
        same place twice; a message repeated in a loop is logged ``REPEATS_LOGGED`` times)."""
        self._qt_seen[message] += 1
        if self._qt_seen[message] > REPEATS_LOGGED:
            return
        level = QT_LEVELS.get(mode, logging.WARNING)
        where = f" ({context.file}:{context.line}, {context.function})" if context.file else ""
        stack = ""
        if level >= logging.WARNING:
            stack = "\nPython stack:\n" + "".join(traceback.format_stack(limit=12)[:-1])
        qt_logger.log(level, "%s%s%s", message, where, stack)
        if mode == QtMsgType.QtFatalMsg:
            for handler in logging.getLogger().handlers:
                handler.flush()  # Qt aborts the process when this returns

    # -- the UI thread --------------------------------------------------------------------
    def _on_problem(self, message: str, is_bug: bool) -> None:
        if QApplication.instance() is None:
            return
        parent = QApplication.activeWindow()
        if not is_bug:
            if not _shown(self.message_box):
                self.message_box = QMessageBox(parent)
                self.message_box.setObjectName("user_error_dialog")
                self.message_box.setIcon(QMessageBox.Icon.Warning)
                self.message_box.setWindowTitle("surveytool")
            self.message_box.setText(message)
            self.message_box.show()
            return
        self.bugs += 1
        if _shown(self.dialog):
            self.dialog.add_one()
            return
        self.dialog = CrashDialog(self.log_path, parent)
        self.dialog.show()


def _shown(widget: _W | None) -> TypeGuard[_W]:
    """Visible and not deleted with its parent window (a closed case, a switched store)."""
    return widget is not None and isValid(widget) and widget.isVisible()


def install(log_path: Path | None = None) -> CrashReporter:
    """Set up the reporter for the running application (kept alive by the application)."""
    app = QCoreApplication.instance()
    reporter = CrashReporter(log_path, app)
    return reporter.install()
