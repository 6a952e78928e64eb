"""What the office does with the case it picked: open it at the question, approve, reject,
revoke an approval, justify a warning. Mixed into ``OfficeWorkspace``; the case is the one of
the selected failure, or else the household picked in "By household" (clean ones included).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

if TYPE_CHECKING:
    from surveytool.ui.office import OfficeWorkspace


class CaseActions:
    """Decisions on the picked case (texts in the OfficeWorkspace translation context)."""

    def selected_failure(self: OfficeWorkspace) -> object | None:
        rows = self.failure_view.selectionModel().selectedRows()
        return self.failures.payload[rows[0].row()] if rows else None

    def selected_case(self: OfficeWorkspace) -> tuple[str, str] | None:
        """(case uuid, household id) of the selected failure, or else of the household picked
        in "By household", if that case is in the store."""
        failure = self.selected_failure()
        hh_id = (failure.hh_id if failure is not None else None) or self.household  # type: ignore[attr-defined]
        if self.source is not None or hh_id not in self.case_of:
            return None
        return self.case_of[hh_id], hh_id  # type: ignore[index]

    def _enable_decisions(self: OfficeWorkspace) -> None:
        """Decisions need a selected case of this store (a folder's cases are elsewhere)."""
        case = self.selected_case()
        for button in self._decision_buttons():
            button.setEnabled(case is not None)
        failure = self.selected_failure()
        self.justify_button.setEnabled(
            case is not None and getattr(failure, "severity", "") == "warning"
        )

    def _on_open_clicked(self: OfficeWorkspace) -> None:
        case = self.selected_case()
        if case is not None:
            self.sig_open_case_requested.emit(case[0], self.selected_failure())

    def _after_decision(self, message: str, case: tuple[str, str]) -> None:
        """Show what happened and the case's status as the store now holds it."""
        if message:
            self.status.setText(message)
        uuid, hh_id = case
        self.status_of[hh_id] = self.store.case(uuid).status
        self.failures.rows = [
            (*row[:2], self.status_of.get(str(row[0]), row[2]), *row[3:])
            for row in self.failures.rows
        ]
        self.by_household.rows = [
            (row[0], self.status_of.get(str(row[0]), row[1]), *row[2:])
            for row in self.by_household.rows
        ]
        self.failures.refresh()
        self.by_household.refresh()

    def approve_selected(self: OfficeWorkspace) -> None:
        case = self.selected_case()
        if case is not None:
            message = self.decisions.approve(self.form, self.rules, *case, self.language)
            self._after_decision(message, case)

    def reject_selected(self: OfficeWorkspace) -> None:
        case = self.selected_case()
        if case is not None:
            self._after_decision(self.decisions.reject(*case), case)

    def revoke_selected(self: OfficeWorkspace) -> None:
        case = self.selected_case()
        if case is not None:
            self._after_decision(self.decisions.revoke(*case), case)

    def justify(self: OfficeWorkspace, note: str) -> bool:
        """Accept the selected warning with ``note``."""
        failure = self.selected_failure()
        case = self.selected_case()
        if case is None or getattr(failure, "severity", "") != "warning":
            return False
        if not self.decisions.justify(case[0], failure.rule, failure.line_no, note):  # type: ignore[union-attr]
            return False
        self.show_failures(None)
        return True

    def _on_justify_clicked(self: OfficeWorkspace) -> None:
        note, ok = QInputDialog.getText(
            self,  # type: ignore[arg-type]
            QCoreApplication.translate("OfficeWorkspace", "Justify warning"),
            QCoreApplication.translate("OfficeWorkspace", "Why is this answer right?"),
        )
        if ok:
            self.justify(note)
