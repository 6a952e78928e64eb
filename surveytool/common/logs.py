"""Where our bugs go: one rotating log file per user, plus a crash file for hard faults.

A ``UserError`` is shown to the person who can fix it; anything else is our bug and must
reach a developer even from a machine with no console (the Windows GUI entry point runs
under ``pythonw``, where ``sys.stderr`` is ``None``). So the log is a file in the
platform's log folder (``platformdirs.user_log_path``), rotated so that it never grows past
a few megabytes, and ``faulthandler`` writes the Python stacks of a segmentation fault
beside it. ``SURVEYTOOL_LOG_DIR`` moves both (tests, a USB stick).

No Qt here: the CLI and the batch jobs may log too.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

LOG_NAME = "surveytool.log"
FAULTS_NAME = "faults.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


@dataclass(slots=True)
class _Installed:
    """What ``setup_logging`` installed, so that a second call keeps or replaces it."""

    handler: logging.Handler | None = None
    path: Path | None = None
    faults: IO[str] | None = None


_state = _Installed()


def log_dir() -> Path:
    """The folder of the log files: ``SURVEYTOOL_LOG_DIR`` or the platform's user log folder."""
    override = os.environ.get("SURVEYTOOL_LOG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_log_path

    return user_log_path("surveytool", appauthor=False)


def log_path() -> Path:
    """The log file in use (set up or not: where ``setup_logging`` writes, or would)."""
    return _state.path if _state.path is not None else log_dir() / LOG_NAME


def setup_logging(
    directory: Path | None = None,
    *,
    level: int = logging.INFO,
    max_bytes: int = MAX_BYTES,
    faults: bool = True,
) -> Path:
    """Send the root logger to a rotating file (``max_bytes`` x ``BACKUPS``); return its path.

    Idempotent: a second call with the same folder keeps the one handler; another folder
    replaces it (tests point each run at its own folder). A folder that cannot be created
    falls back to the system's temporary folder rather than losing the log. ``faults=False``
    leaves ``faulthandler`` alone (a test runner has its own)."""
    folder = directory or log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        import tempfile

        folder = Path(tempfile.gettempdir()) / "surveytool-logs"
        folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    root = logging.getLogger()
    current = _state.handler
    if current is not None:
        if _state.path == path:
            return path
        root.removeHandler(current)
        current.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=max_bytes, backupCount=BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    logging.captureWarnings(True)  # warnings.warn from libraries land in the log too
    _state.handler, _state.path = handler, path
    if faults:
        _enable_faulthandler(folder / FAULTS_NAME)
    return path


def _enable_faulthandler(path: Path) -> None:
    """A segmentation fault in Qt kills the process before any Python handler runs;
    faulthandler still writes every thread's Python stack to this file."""
    previous = _state.faults
    try:
        handle: IO[str] = path.open("a", encoding="utf-8")
    except OSError:
        return
    faulthandler.enable(file=handle, all_threads=True)
    if previous is not None:
        previous.close()
    _state.faults = handle


def shutdown_logging() -> None:
    """Detach and close our handler (tests; the app keeps it until the process ends)."""
    handler, faults = _state.handler, _state.faults
    _state.handler = _state.path = _state.faults = None
    if handler is not None:
        logging.getLogger().removeHandler(handler)
        handler.close()
    if faults is not None:
        faulthandler.disable()
        faults.close()
        if sys.__stderr__ is not None:  # back to the console, as Python's -X faulthandler does
            faulthandler.enable(file=sys.__stderr__, all_threads=True)
