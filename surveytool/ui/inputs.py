"""One input widget per question type; each reports a finished answer with ``sig_answered``.

Keys inside one question are handled here, the same way for every type: Enter accepts the
answer and asks to move on (``sig_accepted``); arrows move between the options of a choice
question (and pick the option, for a single choice); digits 1-9 pick the n-th option; Space
ticks a box. Moving between questions (Tab, Shift+Tab) is the page's business. Text-like
inputs commit when editing finishes (Enter, Tab, focus loss) and on ``commit()``, which the
form calls before closing, so nothing typed is ever lost. Every focusable part is guarded
against the mouse wheel (``wheel_guard``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from surveytool.form.model import Choice, Question
from surveytool.ui.numbers import example, format_number, parse_number
from surveytool.ui.wheel_guard import guard

RADIO_LIMIT = 12  # longer lists get a searchable combo box
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_NUMBER_TEXT = r"[+-]?[0-9\s\x{00a0}\x{202f}.,']*"


def _pressed(event: QEvent) -> QKeyEvent | None:
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

    def set_value(self, value: object) -> None:
        raise NotImplementedError

    def commit(self) -> None:
        """Report what is typed but not yet reported (before closing or leaving the page)."""

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


class LineInput(AnswerInput):
    """Text, whole numbers, decimals and dates typed in a line. A number is read in the
    interface's locale; what cannot be read is still reported (as text), so the engine
    refuses it and the text stays in the field beside the reason (``explain``)."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = question.type
        self.edit = QLineEdit(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addStretch()
        self._reported = ""
        self._kept = False  # the field shows a refused text: the store's value must not wipe it
        self._month_only = (question.appearance or "").startswith("month-year")
        if self.kind in ("integer", "decimal"):
            number = QRegularExpression(_NUMBER_TEXT)
            self.edit.setValidator(QRegularExpressionValidator(number, self))
            self.edit.setMaximumWidth(200)
        elif self.kind == "date":
            pattern = (
                r"\d{0,4}(-\d{0,2})?" if self._month_only else r"\d{0,4}(-\d{0,2}(-\d{0,2})?)?"
            )
            self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), self))
            self.edit.setMaximumWidth(160)
        self.edit.editingFinished.connect(self.commit)
        self.edit.installEventFilter(self)
        guard(self.edit)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self.kind == "date":
            self.edit.setPlaceholderText(
                self.tr("YYYY-MM") if self._month_only else self.tr("YYYY-MM-DD")
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def text_of(self, value: object) -> str:
        if value is None:
            return ""
        if self.kind in ("integer", "decimal"):
            return format_number(value, self.locale())
        text = str(value)
        return text[:7] if self._month_only and len(text) == 10 else text

    def set_value(self, value: object) -> None:
        if self._kept:
            return  # a refused text stays visible until the enumerator changes it
        text = self.text_of(value)
        self._reported = text
        if self.edit.text() != text:
            self.edit.setText(text)

    def keep_refused(self, refused: bool) -> None:
        """The engine refused what is typed (``True``): keep showing it; ``False``: it was taken."""
        self._kept = refused

    def commit(self) -> None:
        text = self.edit.text().strip()
        if text == self._reported:
            return
        self._reported = text
        self._kept = False
        if text and self.kind in ("integer", "decimal"):
            number = parse_number(text, self.locale(), whole=self.kind == "integer")
            if number is None:  # the engine would guess (a comma as a decimal point): ask
                self._kept = True
                self.sig_unreadable.emit()
                return
            self.sig_answered.emit(number)
            return
        self.sig_answered.emit(text or None)

    def explain(self) -> str:
        """Why the text in the field is not an answer, in the interface language."""
        text = self.edit.text().strip()
        if self.kind == "integer":
            return self.tr("“{text}” is not a whole number; it was not saved.").format(text=text)
        if self.kind == "decimal":
            return self.tr(
                "“{text}” is not a number: write it like {example}; it was not saved."
            ).format(text=text, example=example(self.locale()))
        if self.kind == "date" and self._month_only:
            return self.tr(
                "“{text}” is not a month: write it as YYYY-MM; it was not saved."
            ).format(text=text)
        if self.kind == "date":
            return self.tr(
                "“{text}” is not a date: write it as YYYY-MM-DD; it was not saved."
            ).format(text=text)
        return self.tr("“{text}” cannot be an answer here; it was not saved.").format(text=text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        key = _pressed(event)
        if key is not None and key.key() in ENTER_KEYS:
            self.commit()
            self.sig_accepted.emit()
            return True
        return super().eventFilter(watched, event)

    def focus_target(self) -> QWidget:
        return self.edit


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
        return order.index(watched) if watched in order else 0  # type: ignore[arg-type]

    def _button_at(self, index: int) -> QAbstractButton | None:
        order = list(self.buttons.values())
        return order[index] if 0 <= index < len(order) else None


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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        key = _pressed(event)
        if key is None:
            return super().eventFilter(watched, event)
        if key.key() in ENTER_KEYS:
            self.sig_accepted.emit()
            return True
        step = self._arrow_step(key.key())
        if step:
            self._pick(self._button_at(self._focused_index(watched) + step))
            return True
        if Qt.Key.Key_1 <= key.key() <= Qt.Key.Key_9:
            self._pick(self._button_at(key.key() - Qt.Key.Key_1))
            return True
        return super().eventFilter(watched, event)

    def set_value(self, value: object) -> None:
        button = self.buttons.get("" if value is None else str(value))
        if button is not None:
            button.setChecked(True)
        elif self.group.checkedButton() is not None:
            self.group.setExclusive(False)
            self.group.checkedButton().setChecked(False)
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        key = _pressed(event)
        if key is None:
            return super().eventFilter(watched, event)
        if key.key() in ENTER_KEYS:
            self.sig_accepted.emit()
            return True
        step = self._arrow_step(key.key())
        if step:  # Qt would leave the question on an arrow (focusNextPrevChild): stay inside
            target = self._button_at(self._focused_index(watched) + step)
            if target is not None:
                target.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

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
        self.completer = self.combo.completer()
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
        self.completer.popup().installEventFilter(self)  # after the completer's own filter: first
        guard(self.combo)

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
        key = _pressed(event)
        if key is None:
            return super().eventFilter(watched, event)
        popup = self.completer.popup()
        if watched is popup and key.key() in (*ENTER_KEYS, Qt.Key.Key_Tab):
            index = popup.currentIndex()
            text = str(index.data()) if index.isValid() else self.combo.lineEdit().text()
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


def make_input(question: Question, choices: list[Choice], labels: dict[str, str]) -> AnswerInput:
    """``labels`` maps each choice to its text, already translated and piped."""
    if question.type == "select_one":
        long_list = len(choices) > RADIO_LIMIT or (question.appearance or "") in (
            "search",
            "minimal",
        )
        return ComboInput(choices, labels) if long_list else RadioInput(choices, labels)
    if question.type == "select_multiple":
        return CheckInput(choices, labels)
    return LineInput(question)
