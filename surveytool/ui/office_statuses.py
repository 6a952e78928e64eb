"""Which cases of the store the office validates: a button with one tick per status.

The same choice as ``surveytool validate --status``, with the same default (the cases sent
for review: complete and approved), so the office and the command line can be compared.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from surveytool.store import STATUSES
from surveytool.ui.office_models import status_word

REVIEWED = ("complete", "approved")  # as surveytool.validate.inputs.REVIEW_STATUSES (no pandas)


class StatusSelector(QToolButton):
    """``Cases: Complete, Approved ▾``; never an empty selection (it falls back to the
    default)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("validate_statuses")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = QMenu(self)
        self.status_actions: dict[str, QAction] = {}
        for status in STATUSES:
            action = self.status_menu.addAction("")
            action.setCheckable(True)
            action.setChecked(status in REVIEWED)
            self.status_actions[status] = action
        self.status_menu.addSeparator()
        self.all_action = self.status_menu.addAction("")
        self.review_action = self.status_menu.addAction("")
        self.setMenu(self.status_menu)
        self.status_menu.triggered.connect(self._on_menu_triggered)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setToolTip(self.tr("Which cases of the store to validate"))
        for status, action in self.status_actions.items():
            action.setText(status_word(status))
        self.all_action.setText(self.tr("All statuses"))
        self.review_action.setText(self.tr("Sent for review (complete, approved)"))
        chosen = self.statuses()
        if chosen == tuple(STATUSES):
            words = self.tr("all")
        else:
            words = ", ".join(status_word(s) for s in chosen)
        self.setText(self.tr("Cases: {statuses}").format(statuses=words))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def statuses(self) -> tuple[str, ...]:
        """The chosen statuses, in the store's order."""
        return tuple(s for s, action in self.status_actions.items() if action.isChecked())

    def set_statuses(self, statuses: Iterable[str]) -> None:
        wanted = set(statuses) or set(REVIEWED)
        for status, action in self.status_actions.items():
            action.setChecked(status in wanted)
        self.retranslate_ui()

    def _on_menu_triggered(self, action: QAction) -> None:
        if action is self.all_action:
            self.set_statuses(STATUSES)
        elif action is self.review_action:
            self.set_statuses(REVIEWED)
        else:  # a status ticked or unticked
            self.set_statuses(self.statuses())
