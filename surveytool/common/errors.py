"""The user's problems, kept apart from our bugs.

A ``UserError`` is something the person at the keyboard can fix (a bad form, a bad file):
it carries where the problem is and how to fix it, and is shown as a message, never as a
traceback. Anything else that escapes is our bug and goes to the log with an apology.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Location:
    """Where in a file a problem sits; every part is optional because not every file has sheets."""

    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        parts = []
        if self.file:
            parts.append(self.file)
        if self.sheet:
            parts.append(f"sheet '{self.sheet}'")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column {self.column}")
        return ", ".join(parts)


class UserError(Exception):
    """A problem in the user's input, with its location; the message says how to fix it."""

    def __init__(self, message: str, location: Location | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.location = location or Location()

    def __str__(self) -> str:
        where = str(self.location)
        return f"{where}: {self.message}" if where else self.message
