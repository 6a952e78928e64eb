"""The welcome page (issue 14, point 5): asked once, keyboard first, remembered; the window
opens on the workspace chosen with the enumerator id filled in; Help opens the page again
and the demo store.

Settings are a real INI file in the test's folder, keys a real key folder
(``SURVEYTOOL_KEYS``), the demo store a real store under ``XDG_DATA_HOME``: nothing is
written to the user's own folders."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from surveytool.package.keys import KeyRing
from surveytool.store import Store, SurveyKey
from surveytool.ui import i18n
from surveytool.ui.exchange_batch import OFFICE_KEY_SETTING
from surveytool.ui.main_window import MainWindow
from surveytool.ui.preferences import Choices, Preferences
from surveytool.ui.welcome import WelcomeDialog, start


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The user's folders out of reach: keys, data (the demo store), settings, logs."""
    monkeypatch.setenv("SURVEYTOOL_KEYS", str(tmp_path / "keys"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("SURVEYTOOL_LOG_DIR", str(tmp_path / "logs"))
    yield
    app = QApplication.instance()
    if i18n.current() != "en":
        i18n.install(app, "en")  # other tests expect English, left to right


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def office_key(tmp_path: Path) -> Path:
    """The public key file an office hands its enumerators (made as the office makes it)."""
    office = KeyRing.create("Yaounde office", "office", tmp_path / "office-keys")
    path = tmp_path / "usb" / "office.pub"
    path.parent.mkdir()
    office.identity.write(path)
    return path


def page(qtbot, settings: QSettings, **options) -> WelcomeDialog:
    app = QApplication.instance()
    dialog = WelcomeDialog(
        Preferences(settings), switch_language=lambda code: i18n.install(app, code), **options
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    assert QTest.qWaitForWindowActive(dialog)
    return dialog


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(key: Qt.Key) -> None:
    QTest.keyClick(focused(), key)


def when_shown(act: Callable[[WelcomeDialog], None], seen: list[WelcomeDialog]) -> QTimer:
    """Run ``act`` on the welcome page once it is up (``start`` blocks in its exec)."""

    def check() -> None:
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, WelcomeDialog) and w.isVisible()
        ]
        if shown:
            timer.stop()
            seen.append(shown[0])
            shown[0].activateWindow()  # the keyboard goes to the active window
            QTest.qWaitForWindowActive(shown[0])
            try:
                act(shown[0])
            finally:
                if shown[0].isVisible():  # never leave the test blocked in exec()
                    shown[0].reject()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(20)
    return timer


# -- asked once ----------------------------------------------------------------------------
def test_the_first_start_asks_and_the_second_does_not(qtbot, settings):
    preferences = Preferences(settings)
    seen: list[WelcomeDialog] = []

    def choose_office(dialog: WelcomeDialog) -> None:
        assert focused() is dialog.radios["enumerator"]
        press(Qt.Key.Key_Down)  # the arrows move between the workspaces
        assert dialog.radios["office"].isChecked()
        assert not dialog.enumerator_box.isVisible()  # an office has no enumerator id
        press(Qt.Key.Key_Return)

    timer = when_shown(choose_office, seen)
    assert start(QApplication.instance(), None, preferences=preferences) == "en"
    timer.stop()
    assert len(seen) == 1 and seen[0].result() == QDialog.DialogCode.Accepted
    assert preferences.done and preferences.workspace == "office"

    timer = when_shown(lambda dialog: None, seen)
    assert start(QApplication.instance(), None, preferences=preferences) == "en"
    QTest.qWait(100)  # time for the page to show, had it been asked for
    timer.stop()
    assert len(seen) == 1  # not asked again


def test_quitting_the_page_ends_the_start_and_writes_nothing(qtbot, settings, tmp_path):
    preferences = Preferences(settings)
    seen: list[WelcomeDialog] = []

    def fill_then_quit(dialog: WelcomeDialog) -> None:
        QTest.keyClicks(dialog.enumerator, "E07")
        assert dialog.quit_button.text() == "&Quit"  # the first start: Quit, not Cancel
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        assert dialog.quit_button.text() == "&Quitter"  # the page follows the language at once
        press(Qt.Key.Key_Escape)

    timer = when_shown(fill_then_quit, seen)
    assert start(QApplication.instance(), None, preferences=preferences) is None
    timer.stop()
    assert seen and seen[0].result() == QDialog.DialogCode.Rejected
    settings.sync()
    assert settings.allKeys() == []
    assert not (tmp_path / "settings.ini").exists() or not (tmp_path / "settings.ini").read_text()
    assert not (tmp_path / "keys").exists()


def test_never_asked_in_a_smoke_check_and_the_language_is_remembered(qtbot, settings):
    preferences = Preferences(settings)
    app = QApplication.instance()
    assert start(app, None, ask=False, preferences=preferences) == "en"  # not done: not asked
    assert not preferences.done
    preferences.save(Choices("au", "fr"))
    assert start(app, None, preferences=preferences) == "fr"  # no --language: the one chosen
    assert i18n.current() == "fr"
    assert start(app, "pt", preferences=preferences) == "pt"  # --language wins
    assert i18n.current() == "pt"


# -- the enumerator, from the keyboard -----------------------------------------------------
def test_an_enumerator_fills_the_page_from_the_keyboard(qtbot, settings, office_key, tmp_path):
    dialog = page(qtbot, settings)
    assert focused() is dialog.radios["enumerator"]  # checked first: most users
    press(Qt.Key.Key_Tab)
    assert focused() is dialog.language
    press(Qt.Key.Key_Tab)
    assert focused() is dialog.enumerator
    QTest.keyClicks(focused(), "  E07 ")
    press(Qt.Key.Key_Tab)
    assert focused() is dialog.office_key
    QTest.keyClicks(focused(), str(office_key))
    office = KeyRing.open(tmp_path / "office-keys").identity
    shown = dialog.office_info.text().replace(" ", "")
    assert "Yaounde office" in dialog.office_info.text() and office.fingerprint in shown
    press(Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    ring = KeyRing.open(tmp_path / "keys")  # created for this workstation, named after its id
    assert (ring.identity.name, ring.identity.role) == ("E07", "enumerator")
    assert ring.trusted_key(office.fingerprint) == office
    preferences = Preferences(settings)
    assert preferences.done and preferences.workspace == "enumerator"
    assert preferences.enumerator_id == "E07"  # trimmed, as the new-case dialog does
    kept = Path(str(settings.value(OFFICE_KEY_SETTING)))
    assert kept.parent == ring.folder / "trusted"  # stays when the USB stick is gone
    office_key.unlink()
    assert KeyRing.open(tmp_path / "keys").trusted_key(office.fingerprint) is not None
    assert kept.read_bytes() == office.to_bytes()


def test_an_enumerator_without_an_id_is_told_beside_the_field(qtbot, settings):
    dialog = page(qtbot, settings)
    assert not dialog.enumerator_error.isVisible()
    press(Qt.Key.Key_Return)
    assert dialog.isVisible()  # refused, not closed
    assert dialog.enumerator_error.isVisible()
    assert dialog.enumerator_error.text() == "Enter your enumerator id."
    assert focused() is dialog.enumerator
    QTest.keyClicks(dialog.enumerator, "E12")
    press(Qt.Key.Key_Return)  # the key is optional now
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert Preferences(settings).office_key is None


@pytest.mark.parametrize("kind", ["text", "enumerator"])
def test_a_file_that_is_not_the_offices_key_is_refused_beside_the_field(
    qtbot, settings, tmp_path, kind
):
    if kind == "text":
        wrong = tmp_path / "notes.pub"
        wrong.write_text("the office's key is on the other stick\n", encoding="utf-8")
    else:
        wrong = tmp_path / "colleague.pub"
        KeyRing.create("E08", "enumerator", tmp_path / "colleague").identity.write(wrong)
    dialog = page(qtbot, settings)
    dialog.enumerator.setFocus()
    QTest.keyClicks(dialog.enumerator, "E07")
    press(Qt.Key.Key_Tab)
    QTest.keyClicks(focused(), str(wrong))
    press(Qt.Key.Key_Return)

    assert dialog.isVisible() and focused() is dialog.office_key
    assert dialog.office_error.isVisible()
    error = dialog.office_error.text()
    if kind == "text":
        assert "not a surveytool public key file" in error
    else:
        assert "E08" in error and "choose the key of the office" in error
    assert not Preferences(settings).done and not (tmp_path / "keys").exists()


# -- the language --------------------------------------------------------------------------
def test_choosing_a_language_retranslates_the_page_at_once(qtbot, settings):
    dialog = page(qtbot, settings)
    dialog.language.setFocus()
    french = dialog.language.findData("fr")
    while dialog.language.currentIndex() != french:  # the arrows, as a person picks it
        press(Qt.Key.Key_Down)
    assert i18n.current() == "fr"
    assert dialog.radios["enumerator"].text() == "Enquêteur"  # the tab's name, in French
    assert dialog.enumerator_label.text() == "&Code de l'enquêteur"
    assert dialog.language.itemText(french) == "Français"  # each language in its own name

    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    assert QApplication.instance().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.radios["enumerator"].text() == "الباحث الميداني"


# -- the window ----------------------------------------------------------------------------
@pytest.fixture
def store(tmp_path: Path):
    store = Store.open(tmp_path / "cases.sqlite")
    yield store
    store.close()


@pytest.fixture
def window_for(qtbot):
    """Opens a window; closes it and the store it shows at the end (File ▸ Open and the
    demo store replace the first one)."""
    windows: list[MainWindow] = []

    def open_window(store: Store, form, settings: QSettings) -> MainWindow:
        window = MainWindow(store, form, settings=settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield open_window
    for window in windows:
        window.close()
        window.store.close()


@pytest.mark.parametrize("workspace", ["enumerator", "office", "au"])
def test_the_window_opens_on_the_workspace_chosen(window_for, store, form, settings, workspace):
    Preferences(settings).save(Choices(workspace, "en", "E07" if workspace == "enumerator" else ""))
    window = window_for(store, form, settings)
    expected = {"enumerator": window.stack, "office": window.office, "au": window.au}
    assert window.tabs.currentWidget() is expected[workspace]


def test_the_new_case_dialog_starts_with_the_enumerator_id(
    qtbot, window_for, store, form, settings
):
    Preferences(settings).save(Choices("enumerator", "en", "E42"))
    window = window_for(store, form, settings)
    assert "E42" in window.enumerator_label.text()
    window.cases.new_button.click()
    dialog = window.cases.dialog
    assert dialog is not None and dialog.enumerator.text() == "E42"
    qtbot.waitUntil(lambda: focused() is dialog.cluster)
    QTest.keyClicks(dialog.cluster, "C0003")
    press(Qt.Key.Key_Return)
    (case,) = store.cases()
    assert case.enumerator_id == "E42" and case.key == SurveyKey("CMR", "2026", "C0003", 1)


def test_help_opens_the_page_again_and_the_window_follows(window_for, store, form, settings):
    Preferences(settings).save(Choices("enumerator", "en", "E07"))
    window = window_for(store, form, settings)
    assert window.menus.welcome in window.menus.help_menu.actions()
    window.menus.welcome.trigger()
    dialog = window.findChild(WelcomeDialog, "welcome")
    assert dialog is not None and dialog.isVisible()
    assert dialog.enumerator.text() == "E07" and dialog.radios["enumerator"].isChecked()
    assert dialog.quit_button.text() == "Cancel"  # the app goes on: nothing to quit

    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert window.tabs.tabText(0) == "Enquêteur"  # the window follows at once
    dialog.reject()
    assert i18n.current() == "en" and window.tabs.tabText(0) == "Enumerator"  # back

    window.menus.welcome.trigger()
    dialog = window.findChildren(WelcomeDialog)[-1]
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.radios["au"].setChecked(True)
    dialog.accept()
    assert window.tabs.currentWidget() is window.au
    assert i18n.current() == "fr" and window.menus.ui_group.checkedAction().data() == "fr"
    preferences = Preferences(settings)
    assert (preferences.workspace, preferences.language) == ("au", "fr")


# -- the demo store ------------------------------------------------------------------------
def test_help_creates_the_demo_store_then_just_opens_it(
    qtbot, window_for, store, form, settings, tmp_path
):
    window = window_for(store, form, settings)
    demo = tmp_path / "data" / "surveytool" / "demo" / "demo.sqlite"
    action = window.menus.open_demo
    assert action.objectName() == "action_open_demo" and action in window.menus.help_menu.actions()

    action.trigger()
    assert window.demo_store.job is not None and window.progress.isVisible()
    assert not action.isEnabled()  # one demo at a time; no other store meanwhile
    qtbot.waitUntil(lambda: Path(window.store.path) == demo, timeout=120_000)
    assert window.demo_store.job is None and action.isEnabled()
    counts = {s: window.store.count_cases(status=s) for s in ("complete", "in_progress")}
    assert sum(counts.values()) == 200 and counts["in_progress"] > 0
    assert window.cases.model.total == 200
    assert window.recent.paths()[0] == demo  # opened as File ▸ Open does
    assert sorted(p.name for p in demo.parent.iterdir() if "building" in p.name) == []

    window.open_store(tmp_path / "cases.sqlite")
    assert Path(window.store.path) == tmp_path / "cases.sqlite"
    action.trigger()  # the second time: opened, not written again
    assert window.demo_store.job is None
    assert Path(window.store.path) == demo and window.cases.model.total == 200
