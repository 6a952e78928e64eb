"""One question on a page: its piped label and hint, its input, and one message under it.

The message is, in order of precedence: why a typed text was refused (it stays in the
field), the engine's error for the answer (a constraint, or "requires an answer" once the
enumerator has passed the question or asked to complete), then a live rule finding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from surveytool.expr import ref_uses
from surveytool.form.checks import expressions_of
from surveytool.form.model import Question
from surveytool.interview import Address, AnswerStatus, Interview
from surveytool.ui.inputs import AnswerInput, LineInput, make_input
from surveytool.ui.media_view import MediaStrip, decorate_choices, form_folder

CURRENT_BACKGROUND = QColor("#e4ecf9")
ERROR_STYLE = "color: #b00020; font-weight: bold;"
WARNING_STYLE = "color: #8a5a00;"
PIPED = re.compile(r"\$\{\s*([^}\s]+)\s*\}")


@dataclass
class EntryState:
    """What the screen remembers about the enumerator's progress through one open case."""

    passed: set[Address] = field(default_factory=set)  # questions the enumerator went past
    reveal_all: bool = False  # "Mark complete" was asked: every missing answer is shown
    editable: bool = True  # False for a complete or approved case: inputs are disabled


class QuestionRow(QFrame):
    sig_input_replaced = Signal()
    """The options changed, so the input was rebuilt: connect the new one."""

    def __init__(
        self,
        interview: Interview,
        address: Address,
        state: EntryState,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        question = interview.graph.elements[address.name]
        assert isinstance(question, Question)
        self.question: Question = question
        self.address = address
        self.state = state
        self.setObjectName(f"row_{address}")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 6, 4, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.message = QLabel(self)
        self.message.setObjectName("question_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.folder = form_folder(interview.form.source)  # where its media files are
        self.media = MediaStrip(question.media, self.folder, self) if question.media else None
        for widget in (self.label, self.media, self.hint, self.message):
            if widget is not None:
                self._layout.addWidget(widget)
        self.input: AnswerInput | None = None
        self._options: tuple[tuple[str, str], ...] | None = None
        self.refused: str | None = None  # why the text in the field was not taken
        self.finding: tuple[str, str] | None = None  # (style, text) of a live rule finding
        self._status: tuple[AnswerStatus, str | None] = (AnswerStatus.OK, None)
        self.watched = _watched_names(interview, question)
        self.refresh(interview)

    # -- building ---------------------------------------------------------------------------
    def _build_input(self, interview: Interview) -> None:
        """(Re)build the input when its options changed (choice filter, piped option labels)."""
        if self.question.type in ("note", "calculate"):
            return
        choices = interview.choices(self.address)
        default = interview.form.settings.default_language
        options = tuple(
            (c.value, interview.pipe(c.label_in(interview.language, default), self.address))
            for c in choices
        )
        if options == self._options:
            return
        self._options = options
        old = self.input
        had_focus = old is not None and old.isAncestorOf(self.focusWidget())
        self.input = make_input(self.question, choices, dict(options))
        self.input.setParent(self)
        decorate_choices(self.input, choices, interview.language, default, self.folder)
        self._layout.insertWidget(self._layout.indexOf(self.message), self.input)
        self.set_editable(self.state.editable)
        if old is not None:
            old.hide()
            old.deleteLater()  # never deleted inside its own event
            self.sig_input_replaced.emit()
            if had_focus:
                self.input.focus_target().setFocus()

    def set_current(self, current: bool) -> None:
        """Shade the question the cursor is in: a radio or check box shows its focus faintly,
        and a heads-down enumerator must see at a glance where the next key goes."""
        self.setAutoFillBackground(current)
        self.setFrameShape(QFrame.Shape.Box if current else QFrame.Shape.NoFrame)
        if current:
            palette = self.palette()
            palette.setColor(QPalette.ColorRole.Window, CURRENT_BACKGROUND)
            self.setPalette(palette)

    def set_editable(self, editable: bool) -> None:
        if self.input is not None:
            self.input.setEnabled(editable and not self.question.read_only)

    # -- showing ----------------------------------------------------------------------------
    def refresh(self, interview: Interview) -> None:
        self.setVisible(interview.is_relevant(self.address))
        self._build_input(interview)
        required = self.question.required is not None and self.question.type != "note"
        self.label.setText(interview.label(self.address) + (" *" if required else ""))
        if self.media is not None:
            self.media.show_for(interview.language, interview.form.settings.default_language)
        hint = interview.hint(self.address)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        if self.input is not None:
            self.input.set_value(interview.value(self.address))
        self._status = interview.status.get(self.address, (AnswerStatus.OK, None))
        self.render_message()

    def show_refused(self, message: str | None) -> None:
        """The engine refused the typed text (``message``), or took it (None)."""
        self.refused = message
        if isinstance(self.input, LineInput):
            self.input.keep_refused(message is not None)
        self.render_message()

    def set_finding(self, finding: tuple[str, str] | None) -> None:
        if finding != self.finding:
            self.finding = finding
            self.render_message()

    def render_message(self) -> None:
        status, message = self._status
        waiting = status is AnswerStatus.REQUIRED_BUT_EMPTY and not (
            self.state.reveal_all or self.address in self.state.passed
        )
        if self.refused is not None:
            self._show(ERROR_STYLE, "⚠ " + self.refused)
        elif status not in (AnswerStatus.OK, AnswerStatus.INVALID) and not waiting:
            self._show(ERROR_STYLE, "⚠ " + (message or ""))
        elif self.finding is not None:
            self._show(*self.finding)
        else:
            self.message.clear()
            self.message.hide()

    def _show(self, style: str, text: str) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)
        self.message.show()

    def has_message(self) -> bool:
        return not self.message.isHidden() and bool(self.message.text())


def _watched_names(interview: Interview, question: Question) -> frozenset[str]:
    """Names whose change alters this row beyond its own state: piped into its label, hint
    or options, or read by its choice filter or search()."""
    texts = [*question.label.values(), *question.hint.values()]
    choice_list = interview.form.choices_for(question)
    if choice_list is not None:
        texts += [text for choice in choice_list.choices for text in choice.label.values()]
    names = {name for text in texts for name in PIPED.findall(text)}
    for column, expression in expressions_of(question):
        if column == "choice_filter":
            names |= {name for name, _ in ref_uses(expression.tree)}
    if question.search is not None:  # search('file', 'contains', 'col', ${typed})
        names |= {name for e in question.search.expressions() for name, _ in ref_uses(e.tree)}
    return frozenset(names)
