"""What the entry screen writes to the open case: answers, roster changes, mark complete,
reopen. Each goes through ``CaseSession``, which the store may refuse (a complete or approved
case is read-only): a refusal becomes one sentence in the bar above the case, never a
traceback, and the screen shows again what the store holds.

Each function takes the view first and is bound as a method in ``FormView``'s class body
(the screen and its navigation live there), so both type-check against the one class. The
texts name their translation context ("CaseWrites") themselves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from surveytool.casework.files import answer_with_file
from surveytool.interview import Address, AnswerStatus
from surveytool.interview.address import Path
from surveytool.store import StoreError
from surveytool.ui.form_page import FormPage
from surveytool.ui.inputs import LineInput
from surveytool.ui.media_inputs import ChosenFile
from surveytool.ui.menus import default_settings
from surveytool.ui.preferences import Preferences
from surveytool.ui.problems_dialog import ProblemsDialog
from surveytool.ui.roster import RosterWidget

if TYPE_CHECKING:
    from surveytool.interview import Problem
    from surveytool.interview.live_rules import Finding
    from surveytool.ui.form_view import FormView


# -- answering --------------------------------------------------------------------------
def on_page_answer_given(view: FormView, address: Address, value: object) -> None:
    page = view.page
    row = page.rows.get(address) if isinstance(page, FormPage) else None
    try:
        if isinstance(value, ChosenFile):  # kept with the case, then answered by its name
            limit = Preferences(default_settings()).attachment_limit
            result = answer_with_file(view.session, address, value.path, limit)
        else:
            result = view.session.answer(address, value)
    except StoreError as error:
        view.say_refused(error)
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
    view.navigator.apply_changes(result.changed)
    view.mark_saved()
    if not view.notice.isHidden():
        view.say("")  # an older refusal or hint no longer applies
    if not view.bar.shows_status("in_progress"):
        view.refresh_status()  # new or rejected: the first answer makes it in progress


def mark_saved(view: FormView) -> None:
    view.bar.mark_saved()


def on_roster_add(view: FormView, repeat: str, outer: Path = ()) -> None:
    """Add an instance to a roster (``outer``: the instance holding a nested roster)."""
    try:
        uid = view.session.add_person(repeat, outer)
    except StoreError as error:
        view.say_refused(error)
        return
    view._after_roster_change()
    view.open_member(repeat, uid, outer)


def on_roster_remove(view: FormView, repeat: str, uid: int, outer: Path = ()) -> None:
    instances = view.interview.instances(repeat, outer)
    index = instances.index(uid) if uid in instances else 0
    try:
        view.session.remove_person(uid, repeat, outer)
    except StoreError as error:
        view.say_refused(error)
        return
    view._after_roster_change()
    left = view.interview.instances(repeat, outer)
    if isinstance(view.page, RosterWidget) and left:
        view.page.select(left[min(index, len(left) - 1)])


def on_roster_move(view: FormView, repeat: str, uid: int, position: int, outer: Path = ()) -> None:
    try:
        view.session.move_person(uid, position, repeat, outer)
    except StoreError as error:
        view.say_refused(error)
        return
    view._after_roster_change()


def after_roster_change(view: FormView) -> None:
    if isinstance(view.page, RosterWidget):
        view.page.model.reload()
    view.mark_saved()
    view.rebuild_navigator()
    if not view.bar.shows_status("in_progress"):
        view.refresh_status()


# -- completion and leaving -------------------------------------------------------------
def request_complete(view: FormView) -> list[Problem | Finding]:
    """Mark the case complete, or list what must be solved first (each opens its question)."""
    if isinstance(view.page, FormPage):
        view.page.commit_pending()
    view.state.reveal_all = True  # from now on every missing answer shows
    if isinstance(view.page, FormPage):
        for row in view.page.rows.values():
            row.render_message()
    try:
        if view.session.status == "new":  # nothing answered yet: say what is missing
            problems = view._blocking_problems() or view.session.mark_complete()
        else:
            problems = view.session.mark_complete()
    except StoreError as error:
        view.say_refused(error)
        return []
    if problems:
        view.problems_dialog = ProblemsDialog(
            view,
            view.interview,
            problems,
            view.show_address,
        )
        view.problems_dialog.open()
        return problems
    view.mark_saved()
    view.refresh_status()
    view.say(
        QCoreApplication.translate(
            "CaseWrites", "Marked complete. The case is now read-only; Reopen to change it."
        )
    )
    return []


def blocking_problems(view: FormView) -> list[Problem | Finding]:
    problems: list[Problem | Finding] = list(view.interview.problems())
    return problems + [f for f in view.interview.rule_findings() if f.severity == "error"]


def reopen(view: FormView) -> None:
    try:
        view.session.reopen()
    except StoreError as error:
        view.say_refused(error)
        return
    view.refresh_status()
    view.say(
        QCoreApplication.translate("CaseWrites", "Reopened: the answers can be changed again.")
    )
