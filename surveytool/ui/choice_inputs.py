"""The inputs of choice questions: radio buttons, check boxes, a searchable list.

Radio buttons: arrows move and pick (as on every desktop), digits 1-9 pick the n-th option,
Space picks the focused one, Enter keeps the answer and moves on. Check boxes: arrows move
between the boxes, Space ticks. A long list (countries, occupations) is searched by typing:
Enter takes the highlighted entry, or the first one the text finds. Every part is guarded
against the mouse wheel.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from surveytool.form.model import Choice
from surveytool.ui.input_base import ENTER_KEYS, AnswerInput, pressed
from surveytool.ui.wheel_guard import guard


class _ButtonsInput(AnswerInput):
    """Options as buttons, one below the other: arrows move between them."""

    buttons: dict[str, QAbstractButton]

    def _setup_buttons(self) -> None:
        for button in self.buttons.values():
            button.installEventFilter(self)
            guard(button)

    def focus_widgets(self) -> list[QWidget]:
        return list(self.buttons.values())

    def _focused_index(self, watched: QObject) -> int:
        order = list(self.buttons.values())
        return order.index(watched) if watched in order else 0

    def _button_at(self, index: int) -> QAbstractButton | None:
        order = list(self.buttons.values())
        return order[index] if 0 <= index < len(order) else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter keeps the answer and moves on; an arrow stays inside the question (Qt would
        leave it through focusNextPrevChild); other keys go to ``_on_key``."""
        key = pressed(event)
        if key is None:
            return super().eventFilter(watched, event)
        if key.key() in ENTER_KEYS:
            self.sig_accepted.emit()
            return True
        step = self._arrow_step(key.key())
        if step:
            self._on_arrow(self._button_at(self._focused_index(watched) + step))
            return True
        if self._on_key(key.key()):
            return True
        return super().eventFilter(watched, event)

    def _on_arrow(self, target: QAbstractButton | None) -> None:
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def _on_key(self, key: int) -> bool:
        """A key the question handles itself (True), or not (False)."""
        return False


class RadioInput(_ButtonsInput):
    """A short list. Arrows move and pick (as radio buttons do on every desktop), digits 1-9
    pick the n-th option, Space picks the focused option, Enter keeps the answer and moves on
    (never picks: an Enter to pass a question must not answer it)."""

    def __init__(
        self, choices: list[Choice], labels: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QAbstractButton] = {}
        for number, choice in enumerate(choices, start=1):
            button = QRadioButton(labels[choice.value], self)
            if number <= 9:
                button.setToolTip(str(number))
            self.group.addButton(button)
            self.buttons[choice.value] = button
            layout.addWidget(button)
        self.group.buttonClicked.connect(self._on_group_clicked)
        self._setup_buttons()

    def _on_group_clicked(self, button: QAbstractButton) -> None:
        for value, candidate in self.buttons.items():
            if candidate is button:
                self.sig_answered.emit(value)

    def _pick(self, button: QAbstractButton | None) -> None:
        if button is None:
            return
        button.setFocus(Qt.FocusReason.TabFocusReason)
        if not button.isChecked():
            button.click()  # buttonClicked: the answer is given

    def _on_arrow(self, target: QAbstractButton | None) -> None:
        self._pick(target)  # on a radio question an arrow picks, as on every desktop

    def _on_key(self, key: int) -> bool:
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self._pick(self._button_at(key - Qt.Key.Key_1))
            return True
        return False

    def set_value(self, value: object) -> None:
        button = self.buttons.get("" if value is None else str(value))
        if button is not None:
            button.setChecked(True)
        elif (checked := self.group.checkedButton()) is not None:
            self.group.setExclusive(False)
            checked.setChecked(False)
            self.group.setExclusive(True)

    def focus_target(self) -> QWidget:
        checked = self.group.checkedButton()
        return checked or next(iter(self.buttons.values()), self)


class CheckInput(_ButtonsInput):
    """Several answers: arrows move between the boxes, Space ticks, Enter moves on."""

    def __init__(
        self, choices: list[Choice], labels: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QAbstractButton] = {}
        for choice in choices:
            box = QCheckBox(labels[choice.value], self)
            box.toggled.connect(self._on_box_toggled)
            self.buttons[choice.value] = box
            layout.addWidget(box)
        self.boxes = self.buttons
        self._setting = False
        self._setup_buttons()

    def _on_box_toggled(self) -> None:
        if not self._setting:
            picked = [value for value, box in self.buttons.items() if box.isChecked()]
            self.sig_answered.emit(" ".join(picked) or None)

    def set_value(self, value: object) -> None:
        picked = set(str(value).split()) if value else set()
        self._setting = True
        for code, box in self.buttons.items():
            box.setChecked(code in picked)
        self._setting = False

    def focus_target(self) -> QWidget:
        return next(iter(self.buttons.values()), self)


class ComboInput(AnswerInput):
    """A long list (countries, occupations): type to search, Enter takes the highlighted entry
    (or the first one the typed text finds) and moves on. Up and Down open the list instead of
    stepping through it, so a stray arrow never changes a country."""

    def __init__(
        self, choices: list[Choice], labels: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItem("", None)
        for choice in choices:
            self.combo.addItem(f"{labels[choice.value]} ({choice.value})", choice.value)
        completer = self.combo.completer()
        assert completer is not None  # an editable combo box makes its own
        self.completer: QCompleter = completer
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setMinimumWidth(320)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addStretch()
        self._reported: object = None
        self.combo.activated.connect(self._on_combo_activated)
        self.combo.installEventFilter(self)
        self._popup().installEventFilter(self)  # after the completer's own filter: first
        guard(self.combo)

    def _popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None  # QCompleter.popup() makes its list when it has none yet
        return popup

    def _on_combo_activated(self, index: int) -> None:
        self._report(self.combo.itemData(index))

    def _report(self, value: object) -> None:
        if value != self._reported:
            self._reported = value
            self.sig_answered.emit(value)

    def set_value(self, value: object) -> None:
        index = self.combo.findData(None if value is None else str(value))
        self._reported = self.combo.itemData(max(index, 0))
        self.combo.setCurrentIndex(max(index, 0))

    def _choose(self, text: str) -> None:
        """Take the entry ``text`` names: itself, else the first the search finds; an empty
        text clears the answer; a text that finds nothing changes nothing."""
        text = text.strip()
        if not text:
            self.combo.setCurrentIndex(0)
            self._report(None)
            return
        index = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            self.completer.setCompletionPrefix(text)
            if self.completer.completionCount() > 0:
                self.completer.setCurrentRow(0)
                index = self.combo.findText(
                    self.completer.currentCompletion(), Qt.MatchFlag.MatchFixedString
                )
        if index > 0:
            self.combo.setCurrentIndex(index)
            self._report(self.combo.itemData(index))
        else:
            self.combo.setCurrentIndex(self.combo.findData(self._reported) if self._reported else 0)

    def commit(self) -> None:
        current = self.combo.itemText(self.combo.currentIndex())
        if self.combo.currentText() != current:
            self._choose(self.combo.currentText())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        key = pressed(event)
        if key is None:
            return super().eventFilter(watched, event)
        popup = self._popup()
        if watched is popup and key.key() in (*ENTER_KEYS, Qt.Key.Key_Tab):
            index = popup.currentIndex()
            text = str(index.data()) if index.isValid() else self.combo.currentText()
            popup.hide()
            self._choose(text)
            self.sig_accepted.emit()
            return True
        if watched is self.combo and key.key() in ENTER_KEYS:
            self._choose(self.combo.currentText())
            self.sig_accepted.emit()
            return True
        if watched is self.combo and key.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.combo.showPopup()
            return True
        return super().eventFilter(watched, event)

    def focus_target(self) -> QWidget:
        return self.combo
