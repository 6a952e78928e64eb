"""Why the case cannot be marked complete: one line per problem, each opens its question.

Enter or a double click on a line closes the dialog and opens the question's page; the
page change waits until the click is over (the entry screen queues it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from surveytool.interview import Address, Interview, Problem

if TYPE_CHECKING:
    from surveytool.interview.live_rules import Finding

ADDRESS_ROLE = Qt.ItemDataRole.UserRole


class ProblemsDialog(QDialog):
    def __init__(
        self,
        parent: QWidget,
        interview: Interview,
        problems: Sequence[Problem | Finding],
        show_address: Callable[[Address], None],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("problems_dialog")
        self.show_address = show_address
        self.count = len(problems)
        self.list = QListWidget(self)
        self.list.setObjectName("problems_list")
        for problem in problems:
            address = problem.address
            where = interview.label(address)
            if address.instance is not None and address.repeat:
                position = interview.position(address.repeat, address.instance)
                where = f"[{position}] {where}"
            item = QListWidgetItem(f"{where}\n    {problem.message}")
            item.setData(ADDRESS_ROLE, address)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(self._on_list_activated)
        self.list.itemDoubleClicked.connect(self._on_list_activated)
        self.label = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("The case cannot be marked complete"))
        self.label.setText(
            self.tr("{count} problem(s) must be solved first (Enter opens one):").format(
                count=self.count
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_list_activated(self, item: QListWidgetItem) -> None:
        self.accept()
        self.show_address(item.data(ADDRESS_ROLE))
