"""One page of the entry screen: the questions of one section for one person (or the household).

Rows show and hide live with relevance, and only the rows an answer changed are redrawn.
"Requires an answer" waits until the enumerator has passed the question (entered a later
one, or left the page forward) or asked to mark the case complete: a page that opens all
red tells nothing. The page moves the cursor question by question (``move_focus``); what
happens beyond its first or last question is the entry screen's business.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from surveytool.form.model import Group
from surveytool.interview import Address, Interview
from surveytool.ui.page_flow import (
    CASE_PAGE,
    Key,
    on_instance,
    path_of,
    questions_on,
    repeat_of_page,
    section_address,
    title,
)
from surveytool.ui.question_row import (
    ERROR_STYLE,
    PIPED,
    WARNING_STYLE,
    EntryState,
    QuestionRow,
)

__all__ = ["EntryState", "FormPage", "QuestionRow", "tab_step"]


def tab_step(event: QEvent) -> int:
    """1 for Tab, -1 for Shift+Tab (Backtab), 0 for any other event."""
    if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
        return 0
    if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return 0
    if event.key() == Qt.Key.Key_Backtab:
        return -1
    if event.key() == Qt.Key.Key_Tab:
        return -1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
    return 0


class FormPage(QWidget):
    sig_answer_given = Signal(object, object)
    """(address, raw value): the enumerator answered a question on this page."""
    sig_leave = Signal(int)
    """Tab (1) past the last question, Shift+Tab (-1) before the first: the next page."""
    sig_row_focused = Signal(object)
    """(QuestionRow): the cursor entered this question (the view scrolls it into sight)."""

    def __init__(
        self,
        interview: Interview,
        group: Group,
        instance: Key | None,
        state: EntryState,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("form_page")
        self.interview = interview
        self.group = group
        self.instance = instance
        self.repeat = repeat_of_page(interview, group.name)
        self.state = state
        self.rows: dict[Address, QuestionRow] = {}
        self.current: QuestionRow | None = None
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setObjectName("page_title")
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        for question in questions_on(interview, group):
            if question.type == "calculate":
                continue
            address = interview.address(question.name, instance)
            row = QuestionRow(interview, address, state, self)
            self.rows[address] = row
            layout.addWidget(row)
            self._wire(row)
            row.sig_input_replaced.connect(lambda r=row: self._wire(r))
        layout.addStretch()
        self._title_names = frozenset(PIPED.findall(" ".join(group.label.values())))
        self.refresh_title()
        self.show_findings()

    def _wire(self, row: QuestionRow) -> None:
        if row.input is None:
            return
        address = row.address
        row.input.sig_answered.connect(lambda value: self.sig_answer_given.emit(address, value))
        row.input.sig_accepted.connect(lambda: self._on_input_accepted(address))
        explain = row.input.explain
        row.input.sig_unreadable.connect(lambda: row.show_refused(explain()))
        for widget in row.input.focus_widgets():
            widget.installEventFilter(self)

    def _on_input_accepted(self, address: Address) -> None:
        """Enter: the next question, or the next page after the last one."""
        row = self.rows.get(address)
        widget = row.input.focus_target() if row is not None and row.input is not None else None
        if not self.move_focus(widget, +1):
            self.sig_leave.emit(1)

    def refresh_title(self) -> None:
        """The section's piped label; a repeat's own questions (a page of one instance, not a
        section) show the repeat's label after the instance's position: "2. Former member"."""
        if self.group.name == CASE_PAGE:  # the questions in no group: the form's own title
            settings = self.interview.form.settings
            self.title.setText(settings.title or self.interview.form.form_id)
            return
        address = section_address(self.interview, self.group, self.instance)
        text = title(self.interview.label(address))
        if self.repeat == self.group.name and self.instance is not None:
            path = path_of(self.repeat, self.instance)  # a trip's: its member's, then its own
            position = self.interview.position(self.repeat, path[-1][1], path[:-1])
            text = f"{position}. {text}"
        self.title.setText(text)

    # -- refreshing -------------------------------------------------------------------------
    def refresh(self, changed: frozenset[Address] | set[Address] | None = None) -> None:
        """Redraw the rows ``changed`` names (every row when None) and those showing one of
        the changed names in their texts or options; then the rule findings."""
        if changed is None:
            rows = list(self.rows.values())
            self.refresh_title()
        else:
            names = {a.name for a in changed if on_instance(a, self.instance)}
            rows = [r for r in self.rows.values() if r.address in changed or r.watched & names]
            if self._title_names & names:
                self.refresh_title()
        for row in rows:
            row.refresh(self.interview)
        self.show_findings()

    def show_findings(self) -> None:
        """Rule findings (batch rules checked live) under the question they point at, once
        every answer a rule compares has been given."""
        if isinstance(self.instance, tuple):  # live rules check the top-level levels
            return
        findings = self.interview.rule_findings(self.instance, self.repeat, answered_only=True)
        rows_by_name = {address.name: row for address, row in self.rows.items()}
        shown: dict[QuestionRow, tuple[str, str]] = {}
        for finding in findings:
            row = self.rows.get(finding.address)
            if row is None and finding.address.instance is None:
                row = rows_by_name.get(finding.address.name)  # a household rule, roster variable
            if row is None or row in shown:
                continue
            error = finding.severity == "error"
            style = ERROR_STYLE if error else WARNING_STYLE
            shown[row] = (style, ("⚠ " if error else "ℹ ") + finding.message)
        for row in self.rows.values():
            row.set_finding(shown.get(row))

    def set_editable(self, editable: bool) -> None:
        for row in self.rows.values():
            row.set_editable(editable)

    def commit_pending(self) -> None:
        for row in self.rows.values():
            if row.input is not None:
                row.input.commit()

    # -- the cursor -------------------------------------------------------------------------
    def stops(self) -> list[QuestionRow]:
        """The questions the cursor stops at: shown, with an input the enumerator may use."""
        return [
            row
            for row in self.rows.values()
            if row.input is not None
            and row.input.takes_answers
            and not row.isHidden()
            and row.input.isEnabled()
        ]

    def row_of(self, widget: QWidget | None) -> QuestionRow | None:
        while widget is not None and widget is not self:
            if isinstance(widget, QuestionRow):
                return widget
            widget = widget.parentWidget()
        return None

    def focus(self, address: Address | None = None, *, last: bool = False) -> bool:
        """Put the cursor on ``address``; else on the last question (``last``) or the first
        unanswered one (or the first). False when the page has nowhere to stop."""
        stops = self.stops()
        if not stops:
            return False
        target = next((row for row in stops if row.address == address), None)
        if target is None and last:
            target = stops[-1]
        if target is None:
            unanswered = (row for row in stops if self.interview.value(row.address) is None)
            target = next(unanswered, stops[0])
        self._enter(target, Qt.FocusReason.OtherFocusReason)
        return True

    def move_focus(self, widget: QWidget | None, step: int) -> bool:
        """From the question holding ``widget`` to the next (1) or previous (-1) stop, after
        committing what is typed there. False when there is none on this page."""
        current = self.row_of(widget) or self.current
        if current is not None and current.input is not None:
            current.input.commit()  # may show or hide questions below: look after it
        stops = self.stops()
        order = list(self.rows.values())
        here = order.index(current) if current in order else -1
        if step > 0:
            ahead = [row for row in stops if order.index(row) > here]
        else:
            ahead = [row for row in reversed(stops) if 0 <= order.index(row) < here]
        if not ahead:
            return False
        reason = Qt.FocusReason.TabFocusReason if step > 0 else Qt.FocusReason.BacktabFocusReason
        self._enter(ahead[0], reason)
        return True

    def _enter(self, row: QuestionRow, reason: Qt.FocusReason) -> None:
        assert row.input is not None
        row.input.focus_target().setFocus(reason)
        if row is not self.current:  # setFocus is silent while the window is inactive
            self._on_row_entered(row)

    def pass_all(self) -> None:
        """The enumerator left the page forward: every question on it was passed."""
        for row in self.rows.values():
            self._pass(row)

    def _pass(self, row: QuestionRow) -> None:
        if row.address not in self.state.passed:
            self.state.passed.add(row.address)
            row.render_message()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            row = self.row_of(watched)
            if row is not None and row is not self.current:
                self._on_row_entered(row)
        step = tab_step(event)
        if step and isinstance(watched, QWidget):  # question by question, not widget by widget
            if not self.move_focus(watched, step):
                self.sig_leave.emit(step)
            return True
        return super().eventFilter(watched, event)

    def _on_row_entered(self, row: QuestionRow) -> None:
        """The question left, and every shown question above the one entered, were passed."""
        previous, self.current = self.current, row
        if previous is not None:
            previous.set_current(False)
            self._pass(previous)
        row.set_current(True)
        for other in self.rows.values():
            if other is row:
                break
            if not other.isHidden():
                self._pass(other)
        self.sig_row_focused.emit(row)
