"""The keyboard shortcuts of the entry screens, in one list, and the dialog that shows them.

The list is the single place that names each key: the widgets that implement a shortcut
take their key sequence from here (``key(...)``), and Help > Keyboard shortcuts shows the
same list, so the dialog cannot drift from what the keys really do.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

CONTEXT = "Shortcuts"


# (keys, description): keys in Qt's portable text form (QKeySequence), descriptions in English,
# marked for pyside6-lupdate and translated when shown (``shortcuts()``). QT_TRANSLATE_NOOP
# returns its text unchanged, but PySide6's stub says ``object``: hence ``str()`` below.
_MARKED: list[tuple[str, object]] = [
    ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "Accept the answer and go to the next question")),
    ("Tab", QT_TRANSLATE_NOOP("Shortcuts", "Next question (at the end of a page: the next page)")),
    ("Shift+Tab", QT_TRANSLATE_NOOP("Shortcuts", "Previous question (at the top: previous page)")),
    ("Up / Down", QT_TRANSLATE_NOOP("Shortcuts", "Move between the options of a question")),
    ("Space", QT_TRANSLATE_NOOP("Shortcuts", "Tick or untick the focused option")),
    ("Down", QT_TRANSLATE_NOOP("Shortcuts", "Searchable list: open it (typing searches it)")),
    ("1 … 9", QT_TRANSLATE_NOOP("Shortcuts", "Choose the n-th option of a single choice question")),
    ("PgDown", QT_TRANSLATE_NOOP("Shortcuts", "Next page")),
    ("PgUp", QT_TRANSLATE_NOOP("Shortcuts", "Previous page")),
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("Shortcuts", "Mark the case complete")),
    ("F10", QT_TRANSLATE_NOOP("Shortcuts", "Mark the case complete")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Back to the case list")),
    ("Ins", QT_TRANSLATE_NOOP("Shortcuts", "Roster: add a member and open it")),
    ("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "Roster: add a member and open it")),
    ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "Roster: open the selected member")),
    ("Alt+Up", QT_TRANSLATE_NOOP("Shortcuts", "Roster: move the selected member up")),
    ("Alt+Down", QT_TRANSLATE_NOOP("Shortcuts", "Roster: move the selected member down")),
    ("Del", QT_TRANSLATE_NOOP("Shortcuts", "Roster: remove the selected member (asks first)")),
    ("Down", QT_TRANSLATE_NOOP("Shortcuts", "Case list: from the search box into the list")),
    ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "Case list: open the selected case or only match")),
    ("Ctrl+Shift+N", QT_TRANSLATE_NOOP("Shortcuts", "Case list: new case")),
    ("Ins", QT_TRANSLATE_NOOP("Shortcuts", "Case list: new case")),
    ("F1", QT_TRANSLATE_NOOP("Shortcuts", "Show this list of keyboard shortcuts")),
]
SHORTCUTS: list[tuple[str, str]] = [(keys, str(text)) for keys, text in _MARKED]

# Key sequences the widgets use, named once (QKeySequence strings).
MARK_COMPLETE = ("Ctrl+Return", "Ctrl+Enter", "F10")
NEXT_PAGE = ("PgDown",)
PREVIOUS_PAGE = ("PgUp",)
CASE_LIST = ("Ctrl+L",)
ADD_MEMBER = ("Ins", "Ctrl+N")
NEW_CASE = ("Ctrl+Shift+N", "Ins")
HELP = ("F1",)


def shortcuts() -> list[tuple[str, str]]:
    """The list with its descriptions in the current interface language."""
    return [(keys, QCoreApplication.translate(CONTEXT, text)) for keys, text in SHORTCUTS]


class ShortcutsDialog(QDialog):
    """Help > Keyboard shortcuts: every key of the entry screens and what it does."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("shortcuts_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        rows = shortcuts()
        self.table.setRowCount(len(rows))
        for row, (keys, text) in enumerate(rows):
            key_item = QTableWidgetItem(keys)
            key_item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, 0, key_item)
            self.table.setItem(row, 1, QTableWidgetItem(text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
