"""The office's decisions on one case, through the core's rules (``surveytool.casework.review``).

The store decides what is allowed; this module only asks the person for what a decision
needs (a justification, a reason) and shows refusals in the interface language. A move is
checked before anyone is asked for a reason, so nobody types a reason for nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from surveytool.casework import review as core
from surveytool.store import OFFICE, StatusRefused, Store
from surveytool.store.statuses import Blocker
from surveytool.ui import i18n
from surveytool.ui.office_models import severity_word

if TYPE_CHECKING:  # validation loads pandas: only when a decision needs a check's label
    from surveytool.form.model import Form
    from surveytool.validate import RuleSet

WHO = "office"
SHOWN_IN_QUESTION = 8  # warnings listed in the justification question; the rest counted


class RefusalDialog(QDialog):
    """Why a decision was refused, with the list of problems behind it (errors of a case
    that cannot be approved). Opened window-modal, never blocking the event loop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refusal_dialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.items = QListWidget(self)
        self.items.setObjectName("refusal_items")
        self.items.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Decision refused"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_refusal(self, text: str, items: Sequence[str]) -> None:
        self.text.setText(text)
        self.items.clear()
        self.items.addItems(list(items))
        self.items.setVisible(bool(items))
        if items:
            self.resize(max(self.width(), 560), 360)
        else:  # a sentence alone needs no room for a list
            self.adjustSize()
        self.open()


class CaseDecisions(QObject):
    """Approve, reject, revoke or justify on behalf of the office workspace (``parent``).

    Every method returns the sentence for the workspace's status line, or "" when the person
    cancelled; refusals are also shown in ``dialog``."""

    def __init__(self, store: Store, parent: QWidget) -> None:
        super().__init__(parent)
        self.store = store
        self.widget = parent
        self.dialog = RefusalDialog(parent)

    def _refused(self, error: StatusRefused, items: Sequence[str] = ()) -> str:
        text = error.text(i18n.current())
        self.dialog.show_refusal(text, items)
        return text

    def _item(self, item: Blocker, form: Form, rules: RuleSet | None, language: str) -> str:
        """One problem of a refusal: severity, check and its question, line, and message (the
        core words it in the language it was asked for: ours)."""
        from surveytool.validate.labels import check_label

        rule = item.rule
        label = check_label(rule, form, rules, language)
        check = f"{rule} — {label}" if label else rule
        line = item.line_no
        where = self.tr("{check}, line {line}").format(check=check, line=line) if line else check
        return f"{severity_word(item.severity)} · {where}: {item.message}"

    def approve(
        self, form: Form, rules: RuleSet | None, case_uuid: str, key: str, language: str = "en"
    ) -> str:
        """Approve; errors refuse it (listed), unjustified warnings ask for one note first."""

        def listed(items: list[Blocker]) -> list[str]:
            return [self._item(item, form, rules, language) for item in items]

        try:
            core.approve(self.store, form, case_uuid, WHO, rules, language=language)
        except StatusRefused as refused:
            if refused.reason != "needs_justification":
                return self._refused(refused, listed(refused.items))
            note = self._ask_justification(listed(refused.items))
            if note is None:
                return ""
            if not note:
                return self._refused(refused, listed(refused.items))
            for item in refused.items:
                self.store.record_justification(case_uuid, item.rule, item.line_no, note, WHO)
            try:
                core.approve(
                    self.store, form, case_uuid, WHO, rules, justified_ok=True, language=language
                )
            except StatusRefused as again:
                return self._refused(again, listed(again.items))
        return self.tr("Household {key} approved.").format(key=key)

    def _ask_justification(self, items: Sequence[str]) -> str | None:
        """One note for all the listed warnings; None when the person cancelled."""
        listed = [f"• {item}" for item in items[:SHOWN_IN_QUESTION]]
        if len(items) > SHOWN_IN_QUESTION:
            listed.append(self.tr("and {count} more").format(count=len(items) - SHOWN_IN_QUESTION))
        question = "\n".join(
            [
                self.tr("Approving this case needs a justification of its warnings:"),
                *listed,
                self.tr("Why are these answers right?"),
            ]
        )
        note, ok = QInputDialog.getText(self.widget, self.tr("Justify warnings"), question)
        return note.strip() if ok else None

    def reject(self, case_uuid: str, key: str) -> str:
        """Ask for the reason only when the case may be rejected; an empty reason is refused."""
        refused = core.check(self.store, case_uuid, "rejected", OFFICE)
        if refused is not None:
            return self._refused(refused)
        comment, ok = QInputDialog.getMultiLineText(
            self.widget, self.tr("Reject case"), self.tr("What must the enumerator fix?")
        )
        if not ok:
            return ""
        try:
            core.reject(self.store, case_uuid, WHO, comment)
        except StatusRefused as error:
            return self._refused(error)
        return self.tr("Household {key} rejected: sent back to the enumerator.").format(key=key)

    def revoke(self, case_uuid: str, key: str) -> str:
        """Withdraw an approval: the case is complete again, under review."""
        refused = core.check(self.store, case_uuid, "complete", OFFICE)
        if refused is not None:
            return self._refused(refused)
        comment, ok = QInputDialog.getText(
            self.widget, self.tr("Revoke approval"), self.tr("Why is the approval withdrawn?")
        )
        if not ok:
            return ""
        try:
            core.revoke(self.store, case_uuid, WHO, comment)
        except StatusRefused as error:
            return self._refused(error)
        return self.tr("Household {key}: approval revoked, the case is under review again.").format(
            key=key
        )

    def justify(self, case_uuid: str, rule: str, line_no: str | None, note: str) -> bool:
        """Accept one warning with a reason (a store event the reports carry)."""
        if not note.strip():
            return False
        self.store.record_justification(case_uuid, rule, line_no, note.strip(), WHO)
        return True
