"""The app shell: bugs reach the log and one apology, user errors stay plain messages, the
language switches in place, File opens other stores (or says plainly why not), About
shows where things are."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer, qWarning
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from surveytool.common import logs
from surveytool.common.errors import UserError
from surveytool.store import Store, SurveyKey
from surveytool.ui import i18n
from surveytool.ui.crash import CrashReporter, bug_message
from surveytool.ui.main_window import MainWindow
from surveytool.ui.workers import Job, start


@pytest.fixture
def log_file(tmp_path: Path):
    """A log of our own for the test; the handler is removed afterwards."""
    path = logs.setup_logging(tmp_path / "logs", faults=False)
    yield path
    logs.shutdown_logging()


@pytest.fixture
def reporter(log_file: Path, qapp):
    reporter = CrashReporter(log_file).install()
    yield reporter
    reporter.uninstall()
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() in {"crash_dialog", "user_error_dialog"}:
            widget.close()
            widget.deleteLater()


def log_text(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def shown(name: str) -> list:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]


def boom() -> None:
    raise ValueError("boom in a slot")


# -- bugs and user errors ------------------------------------------------------------------
@pytest.mark.qt_no_exception_capture
def test_bugs_in_slots_are_logged_and_one_dialog_tells_the_user(qtbot, reporter, log_file):
    button = QPushButton()
    qtbot.addWidget(button)
    button.clicked.connect(boom)
    for _ in range(3):  # a burst: a slot failing again and again
        button.click()
    QTimer.singleShot(0, boom)  # from the event loop, as in the running app
    qtbot.wait(50)
    text = log_text(log_file)
    assert text.count("Traceback (most recent call last)") == 4
    assert "ValueError: boom in a slot" in text
    dialogs = shown("crash_dialog")
    assert len(dialogs) == 1, "one apology per burst, not one per exception"
    assert str(log_file) in dialogs[0].text()
    assert "Your answers are saved" in dialogs[0].text()
    assert dialogs[0].count == 4 and "3 more" in dialogs[0].informativeText()
    assert reporter.bugs == 4
    dialogs[0].close()
    QTimer.singleShot(0, boom)  # after the user closed it, the next bug is told again
    qtbot.waitUntil(lambda: len(shown("crash_dialog")) == 1)


@pytest.mark.qt_no_exception_capture
def test_a_user_error_is_a_plain_message_not_the_apology(qtbot, reporter, log_file):
    def refuse() -> None:
        raise UserError("the file has no households sheet")

    QTimer.singleShot(0, refuse)
    qtbot.waitUntil(lambda: bool(shown("user_error_dialog")))
    message = shown("user_error_dialog")[0]
    assert message.text() == "the file has no households sheet"
    assert not shown("crash_dialog")
    assert "Traceback" not in log_text(log_file)


@pytest.mark.qt_no_exception_capture
def test_a_thread_bug_is_logged_and_told_on_the_ui_thread(qtbot, reporter, log_file):
    def work() -> None:
        raise RuntimeError("boom in a thread")

    thread = threading.Thread(target=work, name="worker-1")
    thread.start()
    thread.join(5)
    qtbot.waitUntil(lambda: bool(shown("crash_dialog")))
    text = log_text(log_file)
    assert "in thread worker-1" in text and "RuntimeError: boom in a thread" in text


@pytest.mark.qt_no_exception_capture
def test_without_a_console_nothing_is_written_to_a_missing_stderr(
    qtbot, reporter, log_file, monkeypatch
):
    monkeypatch.setattr(sys, "stderr", None)  # pythonw on Windows
    QTimer.singleShot(0, boom)
    qtbot.waitUntil(lambda: bool(shown("crash_dialog")))
    assert "ValueError: boom in a slot" in log_text(log_file)


def test_qt_warnings_go_to_the_log_with_the_python_stack(qtbot, reporter, log_file):
    qWarning("a warning from Qt, test_app_shell")
    text = log_text(log_file)
    assert "WARNING qt" in text and "a warning from Qt, test_app_shell" in text
    assert "test_qt_warnings_go_to_the_log" in text  # where in our code it came from
    assert not shown("crash_dialog")


def test_a_job_logs_its_bug_and_fails_with_the_apology(qtbot, log_file):
    def broken(progress: object) -> object:
        return {}["no such key"]

    job = Job(broken, name="broken job")
    with qtbot.waitSignal(job.signals.sig_failed, timeout=10_000) as failed:
        start(job)
    assert failed.args == [bug_message(log_file)]
    assert str(log_file) in failed.args[0]
    text = log_text(log_file)
    assert "job broken job failed" in text and "KeyError: 'no such key'" in text
    assert "Traceback" in text


def test_a_job_refused_by_a_user_error_says_why(qtbot, log_file):
    def refused(progress: object) -> object:
        raise UserError("no households.csv in the folder")

    job = Job(refused)
    with qtbot.waitSignal(job.signals.sig_failed, timeout=10_000) as failed:
        start(job)
    assert failed.args == ["no households.csv in the folder"]
    assert "Traceback" not in log_text(log_file)


def test_the_log_file_rotates(tmp_path: Path):
    path = logs.setup_logging(tmp_path / "rotating", max_bytes=2_000, faults=False)
    try:
        for number in range(200):
            logging.getLogger("surveytool.test").warning("line %d of a long run", number)
        files = sorted(p.name for p in path.parent.iterdir())
        assert files == [
            "surveytool.log",
            *(f"surveytool.log.{n}" for n in range(1, logs.BACKUPS + 1)),
        ]
        assert all(p.stat().st_size <= 2_200 for p in path.parent.iterdir())
    finally:
        logs.shutdown_logging()


# -- the main window -----------------------------------------------------------------------
KEY = SurveyKey("CMR", "2026", "C0012", 4)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def shell(qtbot, tmp_path: Path, form, settings):
    store = Store.open(tmp_path / "first.sqlite")
    store.create_case(form.form_id, form.version, KEY, "E07")
    window = MainWindow(store, form, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    window.store.close()
    i18n.install(QApplication.instance(), "en")  # other tests expect English, left to right


def test_language_switch_keeps_the_case_search_results_and_geometry(qtbot, shell, form):
    window = shell
    window.cases.search.setText("C0012")
    uuid = window.cases.model.case_at(0).uuid
    window.open_case(uuid)
    window.form_view.open_page(("persons", None))
    office, cases, geometry = window.office, window.cases, window.geometry()
    assert "CMR-2026-C0012-4" in window.windowTitle()

    window.set_ui_language("fr")
    assert window.tabs.tabText(0) == "Enquêteur"
    assert window.windowTitle().startswith("surveytool\xa0: module migration")
    assert "CMR-2026-C0012-4" in window.windowTitle()  # the case is still open
    assert window.form_view is not None and window.stack.currentWidget() is window.form_view
    assert window.form_view.session.case_uuid == uuid
    assert window.form_view.current == ("persons", None)  # on the page it was on
    assert window.form_view.interview.language == "fr"
    assert window.office is office and window.cases is cases  # nothing rebuilt
    assert window.cases.search.text() == "C0012"
    assert window.geometry() == geometry
    assert window.menus.ui_group.checkedAction().data() == "fr"
    assert window.menus.form_group.checkedAction().data() == "fr"

    window.set_ui_language("ar")
    assert QApplication.instance().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.form_view.session.case_uuid == uuid and window.geometry() == geometry

    window.set_ui_language("en")
    assert window.tabs.tabText(0) == "Enumerator"
    assert QApplication.instance().layoutDirection() == Qt.LayoutDirection.LeftToRight
    window.set_form_language("pt")  # the questionnaire alone, the interface stays English
    assert window.menus.ui_group.checkedAction().data() == "en"
    assert window.menus.form_group.checkedAction().data() == "pt"
    assert window.form_view.interview.language == "pt"


def test_store_path_and_enumerator_are_always_shown(qtbot, shell, form, tmp_path):
    window = shell
    assert str(tmp_path / "first.sqlite") in window.store_label.text()
    assert window.store_label.isVisible() and window.enumerator_label.isVisible()
    assert "not set" in window.enumerator_label.text()
    window.open_case(window.cases.model.case_at(0).uuid)
    assert "E07" in window.enumerator_label.text()
    window.statusBar().showMessage("a transient message")
    assert window.store_label.isVisible() and "first.sqlite" in window.store_label.text()


def test_file_open_another_store_and_back_through_recent(qtbot, shell, form, tmp_path):
    window = shell
    with Store.open(tmp_path / "second.sqlite") as other:
        for household in (1, 2):
            key = SurveyKey("CMR", "2026", "C0099", household)
            other.create_case(form.form_id, form.version, key, "E08")
    window.open_case(window.cases.model.case_at(0).uuid)
    assert window.open_store(tmp_path / "second.sqlite")
    assert window.form_view is None  # the open case was closed first
    assert Path(window.store.path) == tmp_path / "second.sqlite"
    assert window.cases.model.total == 2 and window.cases.isVisible()
    assert "second.sqlite" in window.store_label.text()
    with Store.open(tmp_path / "first.sqlite"):
        pass  # the first store was closed: its writer lock is free again
    recent = [a.data() for a in window.menus.recent_actions()]
    assert recent[0] == str((tmp_path / "second.sqlite").resolve())
    assert window.menus.file_menu.actions()[0].text().replace("&", "") == "New store…"

    window.open_store(tmp_path / "first.sqlite")
    recent = [a.data() for a in window.menus.recent_actions()]
    assert recent[:2] == [
        str((tmp_path / "first.sqlite").resolve()),
        str((tmp_path / "second.sqlite").resolve()),
    ]
    window.menus.recent_actions()[1].trigger()  # File > Open recent > second.sqlite
    assert Path(window.store.path) == tmp_path / "second.sqlite"
    assert window.cases.model.total == 2

    assert window.new_store(tmp_path / "third")
    assert Path(window.store.path) == tmp_path / "third.sqlite"
    assert window.cases.model.total == 0


def refusal_text(window) -> str:
    boxes = [b for b in window.findChildren(QMessageBox, "store_refused") if b.isVisible()]
    assert len(boxes) == 1
    text = boxes[0].text()
    boxes[0].close()
    return text


def test_a_locked_or_bad_store_is_a_plain_message_and_the_old_one_stays(qtbot, shell, tmp_path):
    window = shell
    first = Path(window.store.path)
    with Store.open(tmp_path / "busy.sqlite"):  # another program writes to it
        assert not window.open_store(tmp_path / "busy.sqlite")
        assert "already open for writing" in refusal_text(window)
    (tmp_path / "notes.sqlite").write_text("not a database at all " * 200, encoding="utf-8")
    assert not window.open_store(tmp_path / "notes.sqlite")
    assert "not a surveytool store: not an SQLite file, it holds text" in refusal_text(window)
    assert not window.open_store(tmp_path / "missing.sqlite")
    assert "There is no store" in refusal_text(window)
    assert not window.new_store(first)
    assert "exists already" in refusal_text(window)
    assert Path(window.store.path) == first
    assert window.store.count_cases() == 1  # still usable
    assert window.cases.model.total == 1


def test_about_shows_versions_and_paths(qtbot, shell, form, log_file):
    from surveytool import __version__

    dialog = shell.show_about()
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.texts()
    assert __version__ in text
    assert f"{form.form_id} {form.version}" in text
    assert str(shell.store.path) in text
    assert str(log_file) in text
    dialog.close()
    shortcuts = shell.show_shortcuts()
    assert shortcuts.objectName() == "shortcuts_dialog" and shortcuts.isVisible()
    shortcuts.close()


def test_while_the_demo_job_writes_store_switching_is_disabled(qtbot, shell, tmp_path):
    window = shell
    job = window.generate_demo(3)
    assert job is not None
    assert not window.cases.isEnabled()
    assert not window.menus.open_store.isEnabled() and not window.menus.demo.isEnabled()
    assert not window.open_store(tmp_path / "elsewhere.sqlite")  # refused, not switched
    assert "Wait until" in refusal_text(window)
    qtbot.waitUntil(lambda: window.job is None, timeout=60_000)
    assert window.cases.isEnabled() and window.menus.open_store.isEnabled()
    assert window.cases.model.total == 4
