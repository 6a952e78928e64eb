"""Driving the entry screen like an enumerator: keyboard for text, space for options."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from surveytool.interview import Address
from surveytool.ui.form_page import FormPage
from surveytool.ui.form_view import FormView
from surveytool.ui.inputs import CheckInput, ComboInput, LineInput, RadioInput


def type_text(widget: QWidget, text: str) -> None:
    """Type any text; qtbot.keyClicks is ASCII-only (platform.md), so send each character."""
    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )


def answer(page: FormPage, address: Address, value: object, enter: bool = True) -> None:
    row = page.rows[address]
    assert row.isVisibleTo(page), f"{address} is not shown"
    widget = row.input
    if isinstance(widget, LineInput):
        widget.edit.setFocus()
        widget.edit.selectAll()
        QTest.keyClick(widget.edit, Qt.Key.Key_Backspace)
        type_text(widget.edit, str(value))
        if enter:
            QTest.keyClick(widget.edit, Qt.Key.Key_Return)
    elif isinstance(widget, RadioInput):
        button = widget.buttons[str(value)]
        button.setFocus()
        QTest.keyClick(button, Qt.Key.Key_Space)
    elif isinstance(widget, CheckInput):
        for code in str(value).split():
            box = widget.boxes[code]
            box.setFocus()
            QTest.keyClick(box, Qt.Key.Key_Space)
    elif isinstance(widget, ComboInput):
        combo = widget.combo
        combo.setFocus()
        index = combo.findData(str(value))
        assert index > 0, f"{value} not in the list of {address}"
        combo.setCurrentIndex(index)
        combo.activated.emit(index)  # what picking the highlighted entry does
    else:
        raise AssertionError(f"no input for {address}")
    QApplication.processEvents()


def settle() -> None:
    """Let queued work run: page changes wait for the event that asked for them to end."""
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def fill(view: FormView, answers: dict[str, object], instance: int | None = None) -> None:
    """Open each page holding the named questions (as a navigator click does) and answer."""
    for name, value in answers.items():
        address = view.interview.address(name, instance)
        view.show_address(address)
        settle()
        page = view.page
        assert isinstance(page, FormPage), f"{address} is not on a question page"
        answer(page, address, value)


class Keyboard:
    """Keys only, each to whatever has the focus, as a real keyboard sends them: the open
    popup (a completer's list) or dialog first, else the focused widget. Counts keystrokes."""

    def __init__(self) -> None:
        self.count = 0

    @staticmethod
    def target() -> QWidget:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            return popup
        modal = QApplication.activeModalWidget()
        if modal is not None:
            return modal.focusWidget() or modal
        focus = QApplication.focusWidget()
        assert focus is not None, "nothing has the keyboard focus"
        return focus

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        QTest.keyClick(self.target(), key, modifier)
        self.count += 1
        settle()

    def type(self, text: str) -> None:
        for char in text:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                self.target(),
                Qt.Key.Key_unknown,
                char,
                Qt.KeyboardModifier.NoModifier,
            )
            self.count += 1
            settle()
