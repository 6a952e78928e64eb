"""One input widget per question type; each reports a finished answer with ``sig_answered``.

Text-like inputs commit when editing finishes (Enter, Tab, focus loss) and on ``commit()``,
which the form calls before closing, so nothing typed is ever lost.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QDoubleValidator, QIntValidator, QRegularExpressionValidator
from PySide6.QtWidgets import (
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

RADIO_LIMIT = 12  # longer lists get a searchable combo box


class AnswerInput(QWidget):
    sig_answered = Signal(object)
    """The enumerator finished an answer: the raw value (None clears it)."""

    def set_value(self, value: object) -> None:
        raise NotImplementedError

    def commit(self) -> None:
        """Report what is typed but not yet reported (before closing or leaving the page)."""

    def focus_target(self) -> QWidget:
        return self


class LineInput(AnswerInput):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addStretch()
        self._reported = ""
        self._month_only = False
        if question.type == "integer":
            self.edit.setValidator(QIntValidator(-(10**9), 10**9, self))
            self.edit.setMaximumWidth(160)
        elif question.type == "decimal":
            validator = QDoubleValidator(self)
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
            self.edit.setValidator(validator)
            self.edit.setMaximumWidth(200)
        elif question.type == "date":
            month = (question.appearance or "").startswith("month-year")
            self._month_only = month
            pattern = r"\d{0,4}(-\d{0,2})?" if month else r"\d{0,4}(-\d{0,2}(-\d{0,2})?)?"
            self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), self))
            self.edit.setPlaceholderText(self.tr("YYYY-MM") if month else self.tr("YYYY-MM-DD"))
            self.edit.setMaximumWidth(160)
        self.edit.editingFinished.connect(self.commit)

    def set_value(self, value: object) -> None:
        text = "" if value is None else str(value)
        if self._month_only and len(text) == 10:
            text = text[:7]
        self._reported = text
        if self.edit.text() != text:
            self.edit.setText(text)

    def commit(self) -> None:
        text = self.edit.text().strip()
        if text != self._reported:
            self._reported = text
            self.sig_answered.emit(text or None)

    def focus_target(self) -> QWidget:
        return self.edit


class RadioInput(AnswerInput):
    def __init__(
        self, choices: list[Choice], labels: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for choice in choices:
            button = QRadioButton(labels[choice.value], self)
            self.group.addButton(button)
            self.buttons[choice.value] = button
            layout.addWidget(button)
        self.group.buttonClicked.connect(self._on_group_clicked)

    def _on_group_clicked(self, button: QRadioButton) -> None:
        for value, candidate in self.buttons.items():
            if candidate is button:
                self.sig_answered.emit(value)

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


class ComboInput(AnswerInput):
    """A long list (countries, occupations): type to search, pick with the keyboard."""

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
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setMinimumWidth(320)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addStretch()
        self.combo.activated.connect(self._on_combo_activated)

    def _on_combo_activated(self, index: int) -> None:
        self.sig_answered.emit(self.combo.itemData(index))

    def set_value(self, value: object) -> None:
        index = self.combo.findData(None if value is None else str(value))
        self.combo.setCurrentIndex(max(index, 0))

    def focus_target(self) -> QWidget:
        return self.combo


class CheckInput(AnswerInput):
    def __init__(
        self, choices: list[Choice], labels: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for choice in choices:
            box = QCheckBox(labels[choice.value], self)
            box.toggled.connect(self._on_box_toggled)
            self.boxes[choice.value] = box
            layout.addWidget(box)
        self._setting = False

    def _on_box_toggled(self) -> None:
        if not self._setting:
            picked = [value for value, box in self.boxes.items() if box.isChecked()]
            self.sig_answered.emit(" ".join(picked) or None)

    def set_value(self, value: object) -> None:
        picked = set(str(value).split()) if value else set()
        self._setting = True
        for code, box in self.boxes.items():
            box.setChecked(code in picked)
        self._setting = False

    def focus_target(self) -> QWidget:
        return next(iter(self.boxes.values()), self)


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
