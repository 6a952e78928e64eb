"""The Exchange menu: what an enumerator sends, what the office receives and sends on.

Enumerator: Export batch…, Import receipt…. Office: Import packages…, Import log,
Conflicts…, Export harmonised package…. Both: Keys…. The menu retranslates itself on a
language change; ``exchange_actions.Exchange`` wires the actions to its slots.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget


class ExchangeMenu(QMenu):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("exchange_menu")
        self.enumerator_section = self.addSection("")
        self.export_batch = self._action("action_export_batch")
        self.import_receipt = self._action("action_import_receipt")
        self.office_section = self.addSection("")
        self.import_packages = self._action("action_import_packages")
        self.import_log = self._action("action_import_log")
        self.conflicts = self._action("action_conflicts")
        self.export_harmonised = self._action("action_export_harmonised")
        self.addSeparator()
        self.keys = self._action("action_keys")
        self.retranslate_ui()

    def _action(self, name: str) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        self.addAction(action)
        return action

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("E&xchange"))
        self.enumerator_section.setText(self.tr("Enumerator"))
        self.export_batch.setText(self.tr("&Export batch…"))
        self.import_receipt.setText(self.tr("Import &receipt…"))
        self.office_section.setText(self.tr("Office"))
        self.import_packages.setText(self.tr("&Import packages…"))
        self.import_log.setText(self.tr("Import &log"))
        self.conflicts.setText(self.tr("&Conflicts…"))
        self.export_harmonised.setText(self.tr("Export &harmonised package…"))
        self.keys.setText(self.tr("&Keys…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_busy(self, busy: bool) -> None:
        """While a job writes to the store, no exchange job starts (viewing stays open)."""
        for action in (
            self.export_batch,
            self.import_receipt,
            self.import_packages,
            self.export_harmonised,
        ):
            action.setEnabled(not busy)
