"""The one protocol every long job receives, so the core never needs to know about threads.

The GUI adapts it to Qt signals on a worker thread; the CLI prints a bar; tests pass
``NullProgress``.
"""

from __future__ import annotations

from typing import Protocol

from surveytool.common.catalogue import message
from surveytool.common.errors import UserError


class Progress(Protocol):
    def update(self, done: int, total: int | None = None, message: str = "") -> None: ...

    @property
    def cancelled(self) -> bool: ...


class NullProgress:
    """A progress sink that ignores updates and is never cancelled."""

    def update(self, done: int, total: int | None = None, message: str = "") -> None:
        return None

    @property
    def cancelled(self) -> bool:
        return False


class Cancelled(UserError):
    """The user stopped a job between two of its steps; the job wrote nothing."""


CANCELLED = message("job.cancelled", "cancelled: nothing was written")


def stop_if_cancelled(progress: Progress) -> None:
    """Raise ``Cancelled`` if the user asked to stop: called by a job between steps, before
    anything is written."""
    if progress.cancelled:
        raise Cancelled(CANCELLED)
