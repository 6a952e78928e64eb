"""The main window's menu bar (File, Language, Help) and the list of recent stores.

The menus are built once and retranslated in place on a language change, so the ticks of
the current languages and the recent stores survive it. The actions are plain attributes;
the main window wires them to its slots in one place (``MainWindow._connect_signals``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from surveytool.ui import shortcuts as keys
from surveytool.ui.i18n import languages

RECENT_KEY = "recent_stores"
RECENT_LIMIT = 5


def default_settings() -> QSettings:
    """The user's settings file (``~/.config/surveytool/surveytool.ini`` on Linux)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "surveytool", "surveytool"
    )


class RecentStores:
    """The last ``RECENT_LIMIT`` stores opened, newest first, kept in ``QSettings``."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def paths(self) -> list[Path]:
        value = self.settings.value(RECENT_KEY, [])
        # an INI file holding one path gives a str; anything else is not ours: ignored
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(item) for item in items if isinstance(item, str) and item]

    def add(self, path: Path) -> None:
        path = Path(path).resolve()
        kept = [p for p in self.paths() if p != path]
        self.settings.setValue(RECENT_KEY, [str(p) for p in [path, *kept][:RECENT_LIMIT]])
        self.settings.sync()


class Menus(QObject):
    """Every action of the menu bar. ``retranslate_ui`` sets their texts."""

    def __init__(self, window: QMainWindow, recent: RecentStores) -> None:
        super().__init__(window)
        self.recent = recent
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_store = QAction(window)
        self.new_store.setObjectName("action_new_store")  # no key: Ctrl+N adds a member
        self.open_store = QAction(window)
        self.open_store.setObjectName("action_open_store")
        self.open_store.setShortcut(QKeySequence("Ctrl+O"))
        self.recent_menu = QMenu(window)
        self.recent_menu.setObjectName("recent_stores")
        self.demo = QAction(window)
        self.demo.setObjectName("action_demo")
        self.quit = QAction(window)
        self.quit.setObjectName("action_quit")
        self.quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.file_menu.addAction(self.new_store)
        self.file_menu.addAction(self.open_store)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.demo)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)

        self.language_menu = bar.addMenu("")
        self.ui_menu = self.language_menu.addMenu("")
        self.form_menu = self.language_menu.addMenu("")
        self.ui_group, self.form_group = QActionGroup(window), QActionGroup(window)
        for code, name in languages().items():  # each language in its own name: not translated
            for group, menu in ((self.ui_group, self.ui_menu), (self.form_group, self.form_menu)):
                action = QAction(name, window, checkable=True)
                action.setData(code)
                group.addAction(action)
                menu.addAction(action)

        self.help_menu = bar.addMenu("")
        self.shortcuts = QAction(window)
        self.shortcuts.setObjectName("action_shortcuts")
        self.shortcuts.setShortcuts([QKeySequence(k) for k in keys.HELP])
        self.about = QAction(window)
        self.about.setObjectName("action_about")
        self.welcome = QAction(window)
        self.welcome.setObjectName("action_welcome")
        self.open_demo = QAction(window)
        self.open_demo.setObjectName("action_open_demo")
        self.help_menu.addAction(self.shortcuts)
        self.help_menu.addAction(self.welcome)
        self.help_menu.addAction(self.open_demo)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about)
        self.refresh_recent()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.new_store.setText(self.tr("&New store…"))
        self.open_store.setText(self.tr("&Open store…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.demo.setText(self.tr("&Generate demo households…"))
        self.quit.setText(self.tr("&Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.ui_menu.setTitle(self.tr("&Interface"))
        self.form_menu.setTitle(self.tr("&Questionnaire"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts.setText(self.tr("&Keyboard shortcuts"))
        self.welcome.setText(self.tr("&Welcome page…"))
        self.open_demo.setText(self.tr("Open the &demo store"))
        self.about.setText(self.tr("&About surveytool"))
        self._retranslate_recent()

    def refresh_recent(self) -> None:
        """One action per recent store that still exists; the path is the action's data."""
        self.recent_menu.clear()
        for path in self.recent.paths():
            if path.is_file():
                action = self.recent_menu.addAction(str(path))
                action.setData(str(path))
        self._retranslate_recent()

    def _retranslate_recent(self) -> None:
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    def recent_actions(self) -> list[QAction]:
        return list(self.recent_menu.actions())

    def tick(self, ui_language: str, form_language: str, form_languages: tuple[str, ...]) -> None:
        """Tick the current languages; questionnaire languages the form lacks are greyed."""
        for action in self.ui_group.actions():
            action.setChecked(action.data() == ui_language)
        for action in self.form_group.actions():
            action.setChecked(action.data() == form_language)
            action.setEnabled(not form_languages or action.data() in form_languages)

    def set_writing(self, busy: bool) -> None:
        """While a job writes to the store, no other store can be opened and no job started."""
        for action in (self.new_store, self.open_store, self.demo, self.open_demo):
            action.setEnabled(not busy)
        self.recent_menu.setEnabled(not busy and bool(self.recent_menu.actions()))
