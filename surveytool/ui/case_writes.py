"""What the entry screen writes to the open case: answers, roster changes, mark complete,
reopen. Each goes through ``CaseSession``, which the store may refuse (a complete or approved
case is read-only): a refusal becomes one sentence in the bar above the case, never a
traceback, and the screen shows again what the store holds.

A mixin of ``FormView`` (the screen and its navigation live there).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from surveytool.interview import Address, AnswerStatus
from surveytool.store import StoreError
from surveytool.ui.form_page import FormPage
from surveytool.ui.inputs import LineInput
from surveytool.ui.problems_dialog import ProblemsDialog
from surveytool.ui.roster import RosterWidget

if TYPE_CHECKING:
    from surveytool.ui.form_view import FormView


class CaseWrites:
    """Mixed into ``FormView``. Its texts name their context ("CaseWrites") themselves: a
    mixin's ``self.tr`` would look them up under another class's name."""

    # -- answering --------------------------------------------------------------------------
    def _on_page_answer_given(self: FormView, address: Address, value: object) -> None:
        page = self.page
        row = page.rows.get(address) if isinstance(page, FormPage) else None
        try:
            result = self.session.answer(address, value)
        except StoreError as error:
            self.say_refused(error)
            if isinstance(page, FormPage):
                page.refresh({address})  # back to what the store holds
            return
        if row is not None and result.status is AnswerStatus.INVALID:
            explain = row.input.explain() if isinstance(row.input, LineInput) else None
            row.show_refused(explain or result.message or "")
            return
        if row is not None and row.refused is not None:
            row.show_refused(None)
        if isinstance(page, FormPage):
            page.refresh(result.changed | {address})
        self.navigator.apply_changes(result.changed)
        self.mark_saved()
        if not self.notice.isHidden():
            self.say("")  # an older refusal or hint no longer applies
        if not self.bar.shows_status("in_progress"):
            self.refresh_status()  # new or rejected: the first answer makes it in progress

    def mark_saved(self: FormView) -> None:
        self.bar.mark_saved()

    def _on_roster_add(self: FormView, repeat: str) -> None:
        try:
            uid = self.session.add_person(repeat)
        except StoreError as error:
            self.say_refused(error)
            return
        self._after_roster_change()
        self.open_member(repeat, uid)

    def _on_roster_remove(self: FormView, repeat: str, uid: int) -> None:
        instances = self.interview.instances(repeat)
        index = instances.index(uid) if uid in instances else 0
        try:
            self.session.remove_person(uid, repeat)
        except StoreError as error:
            self.say_refused(error)
            return
        self._after_roster_change()
        left = self.interview.instances(repeat)
        if isinstance(self.page, RosterWidget) and left:
            self.page.select(left[min(index, len(left) - 1)])

    def _on_roster_move(self: FormView, repeat: str, uid: int, position: int) -> None:
        try:
            self.session.move_person(uid, position, repeat)
        except StoreError as error:
            self.say_refused(error)
            return
        self._after_roster_change()

    def _after_roster_change(self: FormView) -> None:
        if isinstance(self.page, RosterWidget):
            self.page.model.reload()
        self.mark_saved()
        self.rebuild_navigator()
        if not self.bar.shows_status("in_progress"):
            self.refresh_status()

    # -- completion and leaving -------------------------------------------------------------
    def request_complete(self: FormView) -> list[object]:
        """Mark the case complete, or list what must be solved first (each opens its question)."""
        if isinstance(self.page, FormPage):
            self.page.commit_pending()
        self.state.reveal_all = True  # from now on every missing answer shows
        if isinstance(self.page, FormPage):
            for row in self.page.rows.values():
                row.render_message()
        try:
            if self.session.status == "new":  # nothing answered yet: say what is missing
                problems = self._blocking_problems() or self.session.mark_complete()
            else:
                problems = self.session.mark_complete()
        except StoreError as error:
            self.say_refused(error)
            return []
        if problems:
            self.problems_dialog = ProblemsDialog(
                self,
                self.interview,
                problems,
                self.show_address,  # type: ignore[arg-type]
            )
            self.problems_dialog.open()
            return problems
        self.mark_saved()
        self.refresh_status()
        self.say(
            QCoreApplication.translate(
                "CaseWrites", "Marked complete. The case is now read-only; Reopen to change it."
            )
        )
        return []

    def _blocking_problems(self: FormView) -> list[object]:
        problems: list[object] = list(self.interview.problems())
        return problems + [f for f in self.interview.rule_findings() if f.severity == "error"]

    def reopen(self: FormView) -> None:
        try:
            self.session.reopen()
        except StoreError as error:
            self.say_refused(error)
            return
        self.refresh_status()
        self.say(
            QCoreApplication.translate("CaseWrites", "Reopened: the answers can be changed again.")
        )
