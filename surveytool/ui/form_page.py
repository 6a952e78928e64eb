"""One page of the entry screen: the questions of one section for one person (or the household).

Rows show and hide live with relevance; a message beside each question says what is wrong,
errors in red, warnings in amber. Enter and Tab move to the next visible question.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from surveytool.form.model import Element, Group, Question, Repeat
from surveytool.interview import Address, AnswerStatus, Interview
from surveytool.ui.inputs import AnswerInput, make_input

ERROR_STYLE = "color: #b00020; font-weight: bold;"
WARNING_STYLE = "color: #8a5a00;"


class QuestionRow(QFrame):
    def __init__(
        self, interview: Interview, address: Address, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.address = address
        self.question = interview.graph.elements[address.name]
        assert isinstance(self.question, Question)
        self.setObjectName(f"row_{address}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        layout.addWidget(self.label)
        layout.addWidget(self.hint)
        self.input: AnswerInput | None = None
        if self.question.type not in ("note", "calculate"):
            choices = interview.choices(address)
            default = interview.form.settings.default_language
            labels = {
                c.value: interview.pipe(c.label_in(interview.language, default), address)
                for c in choices
            }
            self.input = make_input(self.question, choices, labels)
            self.input.setEnabled(not self.question.read_only)
            layout.addWidget(self.input)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.refresh(interview)

    def refresh(self, interview: Interview) -> None:
        self.setVisible(interview.is_relevant(self.address))
        required = self.question.required is not None and self.question.type not in ("note",)
        self.label.setText(interview.label(self.address) + (" *" if required else ""))
        hint = interview.hint(self.address)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        if self.input is not None:
            self.input.set_value(interview.value(self.address))
        self.show_status(*interview.status.get(self.address, (AnswerStatus.OK, None)))

    def show_status(self, status: AnswerStatus, message: str | None) -> None:
        if status is AnswerStatus.OK:
            self.message.clear()
            self.message.hide()
            return
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText("⚠ " + (message or ""))
        self.message.show()


class FormPage(QWidget):
    sig_answer_given = Signal(object, object)
    """(address, raw value): the enumerator answered a question on this page."""
    sig_page_end = Signal()
    """Enter or Tab on the last visible question: move on to the next page."""

    def __init__(
        self,
        interview: Interview,
        group: Group,
        instance: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.interview = interview
        self.rows: dict[Address, QuestionRow] = {}
        layout = QVBoxLayout(self)
        title = QLabel(interview.label(_group_address(interview, group, instance)), self)
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        title.setWordWrap(True)
        layout.addWidget(title)
        for question in [*_questions(group), *_followers(interview, group)]:
            if question.type == "calculate":
                continue
            address = interview.address(question.name, instance)
            row = QuestionRow(interview, address, self)
            self.rows[address] = row
            layout.addWidget(row)
            if row.input is not None:
                row.input.sig_answered.connect(
                    lambda value, a=address: self.sig_answer_given.emit(a, value)
                )
                row.input.focus_target().installEventFilter(self)
        layout.addStretch()
        self.show_findings()

    def refresh(self, addresses: set[Address] | None = None) -> None:
        for address, row in self.rows.items():
            if addresses is None or address in addresses:
                row.refresh(self.interview)
        self.show_findings()

    def show_findings(self) -> None:
        """Rule findings (batch rules checked live) beside the question they point at."""
        first = next(iter(self.rows), None)
        instance = first.instance if first is not None else None
        repeat = first.repeat if first is not None and first.repeat else "persons"
        rows_by_name = {address.name: row for address, row in self.rows.items()}
        for finding in self.interview.rule_findings(instance, repeat):
            row = self.rows.get(finding.address)
            if row is None and finding.address.instance is None:
                row = rows_by_name.get(
                    finding.address.name
                )  # a household rule on a roster variable
            if row is None or (row.message.isVisibleTo(self) and row.message.text()):
                continue
            style = ERROR_STYLE if finding.severity == "error" else WARNING_STYLE
            row.message.setStyleSheet(style)
            row.message.setText(("⚠ " if finding.severity == "error" else "ℹ ") + finding.message)
            row.message.show()

    def commit_pending(self) -> None:
        for row in self.rows.values():
            if row.input is not None:
                row.input.commit()

    def focus(self, address: Address | None = None) -> bool:
        rows = [r for r in self.rows.values() if r.input is not None and r.isVisibleTo(self)]
        rows = [r for r in rows if r.input.isEnabled()]
        target = next((r for r in rows if r.address == address), rows[0] if rows else None)
        if target is None or target.input is None:
            return False
        target.input.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        advance_keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
        pressed = event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
        if pressed and event.key() in advance_keys:  # type: ignore[attr-defined]
            self._advance_from(watched)
            return True
        return super().eventFilter(watched, event)

    def _advance_from(self, watched: QObject) -> None:
        rows = [r for r in self.rows.values() if r.input is not None]
        current = next((r for r in rows if r.input.focus_target() is watched), None)
        if current is not None and current.input is not None:
            current.input.commit()  # Enter answers, then moves on
        visible = [r for r in rows if r.isVisibleTo(self) and r.input.isEnabled()]
        if current in visible:
            index = visible.index(current)
            if index + 1 < len(visible):
                visible[index + 1].input.focus_target().setFocus()  # type: ignore[union-attr]
                return
        self.sig_page_end.emit()


def _questions(element: Element) -> list[Question]:
    if isinstance(element, Question):
        return [element]
    found: list[Question] = []
    for child in element.children:
        if not isinstance(child, Repeat):
            found += _questions(child)
    return found


def _followers(interview: Interview, group: Group) -> list[Question]:
    """Questions that sit beside the group, before the next group, belong on its page."""
    parent = interview.graph.parent.get(group.name)
    siblings = (
        interview.form.children if parent is None else interview.graph.elements[parent].children  # type: ignore[union-attr]
    )
    index = next(i for i, element in enumerate(siblings) if element.name == group.name)
    found = []
    for element in siblings[index + 1 :]:
        if isinstance(element, Group):
            break
        found.append(element)
    return found


def _group_address(interview: Interview, group: Group, instance: int | None) -> Address:
    repeat = interview.graph.repeat_of.get(group.name)
    return Address(group.name, repeat, instance if repeat else None)
