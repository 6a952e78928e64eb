"""What the office does with the case it picked: open it at the question, approve, reject,
revoke an approval, justify a warning; the case is the one of the selected failure, or else
the household picked in "By household" (clean ones included).

Each function takes the workspace first and is bound as a method in ``OfficeWorkspace``'s
class body, so both type-check against the one class. Texts are in the OfficeWorkspace
translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

if TYPE_CHECKING:
    from surveytool.ui.office import OfficeWorkspace
    from surveytool.validate import Failure


def selected_failure(workspace: OfficeWorkspace) -> Failure | None:
    rows = workspace.failure_view.selectionModel().selectedRows()
    return workspace.failures.payload[rows[0].row()] if rows else None


def selected_case(workspace: OfficeWorkspace) -> tuple[str, str] | None:
    """(case uuid, household id) of the selected failure, or else of the household picked
    in "By household", if that case is in the store."""
    failure = workspace.selected_failure()
    hh_id = (failure.hh_id if failure is not None else None) or workspace.household
    if workspace.source is not None or hh_id is None or hh_id not in workspace.case_of:
        return None
    return workspace.case_of[hh_id], hh_id


def enable_decisions(workspace: OfficeWorkspace) -> None:
    """Decisions need a selected case of this store (a folder's cases are elsewhere)."""
    case = workspace.selected_case()
    for button in workspace._decision_buttons():
        button.setEnabled(case is not None)
    failure = workspace.selected_failure()
    workspace.justify_button.setEnabled(
        case is not None and failure is not None and failure.severity == "warning"
    )


def on_open_clicked(workspace: OfficeWorkspace) -> None:
    case = workspace.selected_case()
    if case is not None:
        workspace.sig_open_case_requested.emit(case[0], workspace.selected_failure())


def after_decision(workspace: OfficeWorkspace, message: str, case: tuple[str, str]) -> None:
    """Show what happened and the case's status as the store now holds it."""
    if message:
        workspace.status.setText(message)
    uuid, hh_id = case
    workspace.status_of[hh_id] = workspace.store.case(uuid).status
    workspace.failures.rows = [
        (*row[:2], workspace.status_of.get(str(row[0]), row[2]), *row[3:])
        for row in workspace.failures.rows
    ]
    workspace.by_household.rows = [
        (row[0], workspace.status_of.get(str(row[0]), row[1]), *row[2:])
        for row in workspace.by_household.rows
    ]
    workspace.failures.refresh()
    workspace.by_household.refresh()


def approve_selected(workspace: OfficeWorkspace) -> None:
    case = workspace.selected_case()
    if case is not None and workspace.form is not None:  # a case comes from a validation
        message = workspace.decisions.approve(
            workspace.form, workspace.rules, *case, workspace.language
        )
        workspace._after_decision(message, case)


def reject_selected(workspace: OfficeWorkspace) -> None:
    case = workspace.selected_case()
    if case is not None:
        workspace._after_decision(workspace.decisions.reject(*case), case)


def revoke_selected(workspace: OfficeWorkspace) -> None:
    case = workspace.selected_case()
    if case is not None:
        workspace._after_decision(workspace.decisions.revoke(*case), case)


def justify(workspace: OfficeWorkspace, note: str) -> bool:
    """Accept the selected warning with ``note``."""
    failure = workspace.selected_failure()
    case = workspace.selected_case()
    if case is None or failure is None or failure.severity != "warning":
        return False
    if not workspace.decisions.justify(case[0], failure.rule, failure.line_no, note):
        return False
    workspace.show_failures(None)
    return True


def on_justify_clicked(workspace: OfficeWorkspace) -> None:
    note, ok = QInputDialog.getText(
        workspace,
        QCoreApplication.translate("OfficeWorkspace", "Justify warning"),
        QCoreApplication.translate("OfficeWorkspace", "Why is this answer right?"),
    )
    if ok:
        workspace.justify(note)
