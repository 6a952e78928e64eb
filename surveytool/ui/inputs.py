"""One input widget per question type; each reports a finished answer with ``sig_answered``.

Keys inside one question are handled by the input, the same way for every type: Enter
accepts the answer and asks to move on (``sig_accepted``); choice questions add arrows,
digits and Space (``choice_inputs``). Moving between questions (Tab, Shift+Tab) is the
page's business. The line input here (text, numbers, dates) commits when editing finishes
(Enter, Tab, focus loss) and on ``commit()``, which the form calls before closing, so
nothing typed is ever lost; a number is read in the interface's locale (``numbers``).
Every focusable part is guarded against the mouse wheel (``wheel_guard``). The types ODK
adds (times, places, ranges, files, rankings, metadata) have their inputs in ``type_inputs``
and ``media_inputs``; ``make_input`` picks the input of every type.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from surveytool.form.model import Choice, Question
from surveytool.ui.choice_inputs import CheckInput, ComboInput, RadioInput
from surveytool.ui.input_base import ENTER_KEYS, AnswerInput, pressed
from surveytool.ui.numbers import example, format_number, parse_number
from surveytool.ui.wheel_guard import guard

__all__ = ["AnswerInput", "CheckInput", "ComboInput", "LineInput", "RadioInput", "make_input"]

RADIO_LIMIT = 12  # longer lists get a searchable combo box
_NUMBER_TEXT = r"[+-]?[0-9\s\x{00a0}\x{202f}.,']*"


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
        key = pressed(event)
        if key is not None and key.key() in ENTER_KEYS:
            self.commit()
            self.sig_accepted.emit()
            return True
        return super().eventFilter(watched, event)

    def focus_target(self) -> QWidget:
        return self.edit


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
    return _typed_input(question, choices, labels) or LineInput(question)


def _typed_input(
    question: Question, choices: list[Choice], labels: dict[str, str]
) -> AnswerInput | None:
    """The input of a type ODK adds (``type_inputs``, ``media_inputs``), None for the rest.

    Imported here: those modules build on ``LineInput`` above."""
    from surveytool.form.model import MEDIA_TYPES, METADATA_TYPES, PHONE_ONLY_TYPES
    from surveytool.ui import media_inputs, type_inputs

    kind = question.type
    if kind in METADATA_TYPES or kind in PHONE_ONLY_TYPES:
        return media_inputs.ReadOnlyInput(question)
    if kind in MEDIA_TYPES:
        return media_inputs.FileInput(question)
    if kind == "rank":
        return media_inputs.RankInput(choices, labels)
    if kind == "range":
        return type_inputs.RangeInput(question)
    if kind == "acknowledge":
        return type_inputs.AcknowledgeInput()
    appearances = (question.appearance or "").split()
    rows = question.parameters.get("rows", "")
    if kind == "text" and ("multiline" in appearances or rows.isdigit()):
        return type_inputs.MultilineInput(int(rows) if rows.isdigit() else 4)
    numbers = kind == "text" and "numbers" in appearances
    if kind in ("time", "datetime", "geopoint", "geotrace", "geoshape", "barcode") or numbers:
        return type_inputs.TypedLineInput(question)
    return None
