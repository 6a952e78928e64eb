"""The bar above an open case: back to the list, the household, its status, when the last
answer was saved, Reopen (a complete case), Mark complete; under it one line saying what
just happened or what was refused, and the office's comment on a returned case.

It shows; the entry screen decides. Its buttons stay out of the Tab order, so Tab walks
the questions only; each has a key (``shortcuts``).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from surveytool.store import CaseRow, StoreError
from surveytool.ui import i18n
from surveytool.ui.case_model import status_label

ERROR_STYLE = "color: #b00020;"
DONE_STYLE = "color: #1b5e20; font-weight: bold;"


class CaseBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_bar")
        self.key = ""
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        self.status = QLabel(self)
        self.status.setObjectName("case_status")
        self.saved = QLabel(self)
        self.saved.setObjectName("saved_indicator")
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("back_to_cases")
        self.reopen_button = QPushButton(self)
        self.reopen_button.setObjectName("reopen_case")
        self.complete_button = QPushButton(self)
        self.complete_button.setObjectName("mark_complete")
        for button in (self.back_button, self.reopen_button):
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab stays among the questions
        self.notice = QLabel(self)
        self.notice.setObjectName("view_notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.returned = QLabel(self)
        self.returned.setObjectName("office_comment")
        self.returned.setStyleSheet(ERROR_STYLE)
        self.returned.setWordWrap(True)
        self._case: CaseRow | None = None
        row = QHBoxLayout()
        for widget in (self.back_button, self.title, self.status):
            row.addWidget(widget)
        row.addStretch()
        for widget in (self.saved, self.reopen_button, self.complete_button):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.notice)
        layout.addWidget(self.returned)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._show_title()
        self.back_button.setText(self.tr("Back to cases"))
        self.back_button.setToolTip(self.tr("Ctrl+L"))
        self.reopen_button.setText(self.tr("Reopen"))
        self.reopen_button.setToolTip(self.tr("Reopen the case to change answers"))
        self.complete_button.setText(self.tr("Mark complete"))
        self.complete_button.setToolTip(self.tr("Ctrl+Enter or F10"))
        if self._case is not None:
            self.show_case(self._case, self.complete_button.isEnabled())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_case(self, case: CaseRow, editable: bool) -> None:
        """The case's key and status; Reopen for a complete case; the office's comment."""
        self._case = case
        if self.key != str(case.key):
            self.key = str(case.key)
        self._show_title()
        self.status.setText("· " + status_label(case.status))
        self.reopen_button.setVisible(case.status == "complete")
        self.complete_button.setEnabled(editable)
        comment = case.comment if case.status == "rejected" else ""
        if comment:
            self.returned.setText(
                self.tr("Returned by the office: {comment}").format(comment=comment)
            )
        self.returned.setVisible(bool(comment))

    def _show_title(self) -> None:
        """The title: "Household <key>", then the case's name when the form names cases
        (instance_name, as last saved)."""
        title = self.tr("Household {key}").format(key=self.key)
        name = self._case.name if self._case is not None else ""
        self.title.setText(f"{title} \u00b7 {name}" if name else title)

    def shows_status(self, status: str) -> bool:
        return self._case is not None and self._case.status == status

    def mark_saved(self) -> None:
        self.saved.setText(self.tr("Saved {time}").format(time=datetime.now().strftime("%H:%M:%S")))

    def say(self, text: str, *, error: bool = False) -> None:
        """One line under the bar: a refusal (red) or what just happened (green)."""
        self.notice.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def say_refused(self, error: StoreError) -> None:
        self.say(error.text(i18n.current()), error=True)  # worded by the core, in our language
