"""Text that must read left to right inside a right-to-left interface (Arabic).

A path, a date and time, a household key such as ``CMR-2026-C0001-1`` or a key's fingerprint
is a run of Latin letters, digits and punctuation; set among Arabic words, the Unicode
bidirectional algorithm moves its leading slash or trailing number to the other end
(``1-CMR-2026-C0001``). Wrapped in isolates, each stays whole and in its own order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"  # left-to-right / first-strong isolate; pop


def right_to_left() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def ltr(text: object) -> str:
    """``text`` (a path, a file name, a date, a key) kept whole and left to right."""
    return f"{LRI}{text}{PDI}" if right_to_left() else str(text)


def isolated(value: object) -> object:
    """A text value put into a sentence (a name, a key's fingerprint) kept whole, in its own
    direction (Latin or Arabic); numbers and other values as they are."""
    return f"{FSI}{value}{PDI}" if isinstance(value, str) and value else value
