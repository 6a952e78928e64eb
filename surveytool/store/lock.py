"""One writer per store file: an OS file lock beside the database, released even on a crash.

The operating system drops the lock when the holder dies (SIGKILL, power cut), so a
stale lock file never blocks anyone; its text only says who holds it, for the message.
"""

from __future__ import annotations

import getpass
import os
import socket
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from surveytool.common.catalogue import message
from surveytool.common.errors import Location, UserError

HELD = message(
    "store.lock.held",
    "this store is already open for writing by {holder}; close it there first (the "
    "command line can still read it meanwhile: surveytool validate, surveytool tables)",
)
SOMEONE = message("store.lock.someone", "another program")


class StoreLocked(UserError):
    """Another program is writing to this store."""


class WriterLock:
    def __init__(self, database: Path) -> None:
        self.path = database.with_name(database.name + ".lock")
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        handle = self.path.open("a+", encoding="utf-8")
        if not _try_lock(handle):
            handle.seek(0)
            holder = handle.read().strip() or SOMEONE
            handle.close()
            raise StoreLocked(HELD, Location(str(self.path.with_suffix(""))), holder=holder)
        handle.seek(0)
        handle.truncate()
        handle.write(_holder())
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            _unlock(self._handle)
            self._handle.close()
            self._handle = None


def _holder() -> str:
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"{getpass.getuser()}@{socket.gethostname()} (process {os.getpid()}, since {when})"


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
