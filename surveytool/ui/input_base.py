"""What every answer input shares: the signals it gives and the keys inside one question.

Enter accepts the answer and asks to move on (``sig_accepted``); arrows move between the
options of a choice question. Ctrl and Alt combinations are left to the shortcuts.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def pressed(event: QEvent) -> QKeyEvent | None:
    """The key event, when ``event`` is a key press without Ctrl or Alt (those are shortcuts)."""
    if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
        return None
    held = event.modifiers() & (
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    return None if held else event


class AnswerInput(QWidget):
    sig_answered = Signal(object)
    """The enumerator finished an answer: the raw value (None clears it)."""
    sig_accepted = Signal()
    """Enter: the enumerator is done with this question and wants the next one."""
    sig_unreadable = Signal()
    """What is typed cannot be read as an answer (``explain`` says why): nothing was given."""
    #: False for an input that only shows a value (metadata, what phones record): no stop
    takes_answers = True

    def set_value(self, value: object) -> None:
        raise NotImplementedError

    def commit(self) -> None:
        """Report what is typed but not yet reported (before closing or leaving the page)."""

    def explain(self) -> str:
        """Why what is typed is not an answer (after ``sig_unreadable``), in the interface
        language; "" for an input whose every entry reads as an answer."""
        return ""

    def focus_target(self) -> QWidget:
        """Where the cursor goes when the question is entered."""
        return self

    def focus_widgets(self) -> list[QWidget]:
        """Every part that can hold the keyboard focus."""
        return [self.focus_target()]

    def _arrow_step(self, key: int) -> int:
        """-1 for the previous option, +1 for the next, 0 for another key (right to left aware)."""
        backward = Qt.Key.Key_Right if self.isRightToLeft() else Qt.Key.Key_Left
        forward = Qt.Key.Key_Left if self.isRightToLeft() else Qt.Key.Key_Right
        if key in (Qt.Key.Key_Up, backward):
            return -1
        if key in (Qt.Key.Key_Down, forward):
            return 1
        return 0
