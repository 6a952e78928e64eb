"""Hostile starts of the desktop app: a store that will not open gives one dialog with the
located reason and a way out (another store, a new one, quit: exit code 2), the preferences
file that cannot be written costs a status line, not the start, and a machine without a font
for the interface's script gets our shipped font, or English and a reason. Real files, real
widgets; the starts themselves run as separate processes with their own log, settings and
data folders."""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from surveytool.common.resources import resource_path
from surveytool.store import Store, SurveyKey
from surveytool.store.lock import WriterLock
from surveytool.store.schema import VERSION
from surveytool.ui import fonts
from surveytool.ui.fonts import FontAction, WritingSystem, decide, writing_system
from surveytool.ui.main_window import MainWindow
from surveytool.ui.start_problems import open_first_store, say_if_settings_unsaved

KEY = SurveyKey("CMR", "2026", "C001", 1)
Step = tuple[Callable[[QWidget], bool], Callable[[QWidget], None]]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def a_store(path: Path) -> Path:
    with Store.open(path) as store:
        store.create_case("lfs_migration", "2026.1", KEY, "E01")
    return path


def newer(path: Path) -> Path:
    a_store(path)
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {VERSION + 1}")
    connection.commit()
    connection.close()
    return path


@contextmanager
def answering(steps: list[Step], seen: list[str]) -> Iterator[None]:
    """Answer the modal dialogs as they come: each step waits for a dialog its test accepts,
    notes what it said, and acts on it (clicks, types, accepts) until the dialog closes."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if steps and widget is not None and widget.isVisible() and steps[0][0](widget):
            text = widget.informativeText() if isinstance(widget, QMessageBox) else None
            steps[0][1](widget)
            if widget.isVisible():  # not taken yet (a file dialog still listing its folder)
                return
            steps.pop(0)
            if text is not None:
                seen.append(text)

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    try:
        yield
    finally:
        timer.stop()
    assert not steps, f"{len(steps)} dialog(s) never came"


def problem(widget: QWidget) -> bool:
    return widget.objectName() == "start_problem"


def file_dialog(widget: QWidget) -> bool:
    return isinstance(widget, QFileDialog)


def click(name: str) -> Callable[[QWidget], None]:
    def act(widget: QWidget) -> None:
        button = widget.findChild(QPushButton, name)
        assert button is not None, name
        button.click()

    return act


def choose_file(path: Path) -> Callable[[QWidget], None]:
    def act(widget: QWidget) -> None:
        assert isinstance(widget, QFileDialog)
        name = widget.findChild(QLineEdit, "fileNameEdit")  # typed, as a user would
        assert name is not None
        name.setText(str(path))
        widget.accept()

    return act


def cancel(widget: QWidget) -> None:
    assert isinstance(widget, QFileDialog)
    widget.reject()


def press_escape(widget: QWidget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_Escape)


# -- a store that will not open: the dialog and its ways out -----------------------------------
def test_a_corrupt_store_offers_another_and_opens_the_one_chosen(qtbot, tmp_path: Path):
    corrupt = tmp_path / "survey.sqlite"
    corrupt.write_text("not a database\n", encoding="utf-8")
    before = sha256(corrupt)
    good = a_store(tmp_path / "good.sqlite")
    seen: list[str] = []
    with answering([(problem, click("open_another")), (file_dialog, choose_file(good))], seen):
        store = open_first_store(corrupt)
    assert store is not None and Path(store.path) == good and store.count_cases() == 1
    store.close()
    assert seen == [f"{corrupt}: not a surveytool store: not an SQLite file, it holds text"]
    assert sha256(corrupt) == before


def test_a_newer_store_offers_a_new_one_and_stays_untouched(qtbot, tmp_path: Path):
    path = newer(tmp_path / "newer.sqlite")
    before = sha256(path)
    seen: list[str] = []
    steps = [(problem, click("new_store")), (file_dialog, choose_file(tmp_path / "fresh"))]
    with answering(steps, seen):
        store = open_first_store(path)
    assert store is not None and Path(store.path) == tmp_path / "fresh.sqlite"
    assert store.count_cases() == 0
    store.close()
    assert "written by a newer surveytool" in seen[0] and str(path) in seen[0]
    assert sha256(path) == before and path.read_bytes()[18:20] == b"\x02\x02"  # still WAL


def test_an_unwritable_data_folder_asks_until_a_store_opens(qtbot, tmp_path: Path):
    """A cancelled file dialog goes back to the problem; a second bad choice is a second
    problem, named in turn; the loop ends only on a store or on Quit."""
    blocker = tmp_path / "data"
    blocker.write_text("", encoding="utf-8")
    foreign = tmp_path / "other.sqlite"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE accounts (id INTEGER)")
    connection.commit()
    connection.close()
    good = a_store(tmp_path / "good.sqlite")
    seen: list[str] = []
    steps: list[Step] = [
        (problem, click("open_another")),
        (file_dialog, cancel),
        (problem, click("open_another")),
        (file_dialog, choose_file(foreign)),
        (problem, click("open_another")),
        (file_dialog, choose_file(good)),
    ]
    with answering(steps, seen):
        store = open_first_store(blocker / "surveytool" / "surveytool.sqlite")
    assert store is not None and Path(store.path) == good
    store.close()
    assert f"cannot write in the folder {blocker / 'surveytool'}" in seen[0]
    assert seen[1] == seen[0]
    assert "belongs to another program (it holds tables accounts)" in seen[2]


@pytest.mark.parametrize("how", ["button", "escape"])
def test_quit_or_escape_ends_the_start(qtbot, tmp_path: Path, how: str):
    corrupt = tmp_path / "s.sqlite"
    corrupt.write_bytes(os.urandom(4096))
    with answering([(problem, click("quit") if how == "button" else press_escape)], []):
        assert open_first_store(corrupt) is None


def test_a_locked_store_is_the_same_dialog_with_its_holder(qtbot, tmp_path: Path):
    path = a_store(tmp_path / "s.sqlite")
    holder = WriterLock(path)
    holder.acquire()
    try:
        seen: list[str] = []
        with answering([(problem, click("quit"))], seen):
            assert open_first_store(path) is None
    finally:
        holder.release()
    assert "already open for writing by" in seen[0] and f"process {os.getpid()}" in seen[0]


# -- preferences that cannot be written ----------------------------------------------------------
def test_unwritable_preferences_cost_a_status_line_not_the_start(qtbot, tmp_path: Path, caplog):
    blocker = tmp_path / "config"
    blocker.write_text("", encoding="utf-8")
    settings = QSettings(str(blocker / "surveytool.ini"), QSettings.Format.IniFormat)
    store = Store.open(tmp_path / "s.sqlite")
    window = MainWindow(store, settings=settings)
    qtbot.addWidget(window)
    window.recent.add(Path(store.path))
    with caplog.at_level(logging.WARNING, logger="surveytool.ui.start_problems"):
        assert say_if_settings_unsaved(window, settings)
    assert "will not be remembered" in window.statusBar().currentMessage()
    assert str(blocker) in window.statusBar().currentMessage()
    assert "preferences cannot be written" in caplog.text
    writable = QSettings(str(tmp_path / "ok.ini"), QSettings.Format.IniFormat)
    writable.setValue("recent_stores", [str(store.path)])
    assert not say_if_settings_unsaved(window, writable)
    window.close()
    store.close()


# -- fonts ---------------------------------------------------------------------------------------
def test_each_interface_language_needs_its_script():
    assert writing_system("ar") == WritingSystem.Arabic
    assert {writing_system(code) for code in ("en", "fr", "pt")} == {WritingSystem.Latin}
    assert writing_system("en-xa") == WritingSystem.Latin  # a pseudo-language: Latin


def test_the_font_decision():
    arabic, latin = WritingSystem.Arabic, WritingSystem.Latin
    assert decide(arabic, {latin, arabic}, set()) is FontAction.SYSTEM
    assert decide(arabic, {latin}, {latin, arabic}) is FontAction.BUNDLED
    assert decide(arabic, {arabic}, {arabic}) is FontAction.SYSTEM  # installed fonts first
    assert decide(arabic, {latin}, set()) is FontAction.ENGLISH
    assert decide(latin, set(), {latin}) is FontAction.BUNDLED  # no font at all: ours


def test_the_shipped_font_shows_latin_and_arabic(qapp):
    folder = resource_path("resources", "fonts")
    assert (folder / "LICENSE-DejaVu.txt").is_file() and (folder / "SOURCES.md").is_file()
    shown = fonts.register(folder)
    assert {WritingSystem.Latin, WritingSystem.Arabic} <= shown["DejaVu Sans"]


# -- whole starts, each its own process ----------------------------------------------------------
def isolated(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of a start that touches none of the user's folders."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        SURVEYTOOL_LOG_DIR=str(tmp_path / "logs"),
        SURVEYTOOL_KEYS=str(tmp_path / "keys"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    env.update(extra)
    return env


def no_fonts(tmp_path: Path) -> str:
    """A fontconfig configuration that lists no font folder: Qt finds no system font."""
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><cachedir>{tmp_path / 'fontcache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    return str(conf)


def gui(tmp_path: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "surveytool.launcher", "gui", "--smoke", *args]
    return subprocess.run(
        command, check=False, capture_output=True, text=True, timeout=180, env=env
    )


def log_of(tmp_path: Path) -> str:
    return (tmp_path / "logs" / "surveytool.log").read_text(encoding="utf-8")


def test_smoke_in_arabic_on_a_machine_without_fonts_uses_the_shipped_font(tmp_path: Path):
    env = isolated(tmp_path, FONTCONFIG_FILE=no_fonts(tmp_path))
    done = gui(tmp_path, "--language", "ar", "--store", str(tmp_path / "s.sqlite"), env=env)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "font for ar (Arabic): the bundled DejaVu Sans" in log_of(tmp_path)


LAYOUT = r"""
    import sys
    from pathlib import Path
    from PySide6.QtGui import QTextLayout
    from PySide6.QtWidgets import QApplication
    from surveytool.ui import fonts, i18n

    app = QApplication([])
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    fonts.prepare(app, folder=folder)
    i18n.install(app, "ar")
    action = fonts.ensure(app, "ar", smoke=True)
    text = "\u0627\u0644\u0639\u0645\u0644 \u0648\u0627\u0644\u0647\u062c\u0631\u0629"
    layout = QTextLayout(text, app.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    glyphs = [i for run in layout.glyphRuns() for i in run.glyphIndexes()]
    print(action.value, i18n.current(), bool(glyphs) and 0 not in glyphs)
"""


def test_arabic_is_drawn_with_real_glyphs_when_no_font_is_installed(tmp_path: Path):
    env = isolated(tmp_path, FONTCONFIG_FILE=no_fonts(tmp_path))
    script = textwrap.dedent(LAYOUT)
    done = subprocess.run(
        [sys.executable, "-c", script],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["bundled", "ar", "True"]


def test_without_any_font_for_arabic_the_interface_opens_in_english(tmp_path: Path):
    env = isolated(tmp_path, FONTCONFIG_FILE=no_fonts(tmp_path))
    nothing = tmp_path / "no-shipped-fonts"
    nothing.mkdir()
    script = textwrap.dedent(LAYOUT).replace("print(action.value, i18n.current(), ", "print(")
    script = script.replace("bool(glyphs) and 0 not in glyphs)", "action.value, i18n.current())")
    done = subprocess.run(
        [sys.executable, "-c", script, str(nothing)],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["english", "en"]
    assert "No font on this computer can show Arabic" in done.stderr
    assert "the interface opens in English" in done.stderr


@pytest.mark.parametrize("kind", ["corrupt", "foreign", "newer", "unwritable"])
def test_smoke_with_a_store_that_will_not_open_says_why_and_exits_2(tmp_path: Path, kind: str):
    path = tmp_path / "s.sqlite"
    if kind == "corrupt":
        path.write_bytes(os.urandom(4096))
    elif kind == "foreign":
        connection = sqlite3.connect(path)
        connection.execute("CREATE TABLE accounts (id INTEGER)")
        connection.commit()
        connection.close()
    elif kind == "newer":
        newer(path)
    else:
        (tmp_path / "file").write_text("", encoding="utf-8")
        path = tmp_path / "file" / "s.sqlite"
    before = sha256(path) if path.is_file() else None
    done = gui(tmp_path, "--store", str(path), env=isolated(tmp_path))
    assert done.returncode == 2, done.stderr
    assert str(path) in done.stderr and "Traceback" not in done.stderr
    assert (sha256(path) if path.is_file() else None) == before


def test_the_default_store_in_an_unusable_data_folder_is_refused_by_name(tmp_path: Path):
    (tmp_path / "data").write_text("", encoding="utf-8")  # XDG_DATA_HOME is a file
    done = gui(tmp_path, env=isolated(tmp_path))
    assert done.returncode == 2, done.stderr
    folder = tmp_path / "data" / "surveytool"
    assert f"cannot write in the folder {folder}" in done.stderr
    assert "Traceback" not in done.stderr


def test_unwritable_preferences_do_not_stop_the_start(tmp_path: Path):
    (tmp_path / "config").write_text("", encoding="utf-8")  # XDG_CONFIG_HOME is a file
    done = gui(tmp_path, "--store", str(tmp_path / "s.sqlite"), env=isolated(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "preferences cannot be written" in log_of(tmp_path)


QUIT_AT_THE_PROBLEM = """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QPushButton
    from surveytool.ui.app import run

    app = QApplication([])

    def answer():
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.objectName() == "start_problem":
            widget.findChild(QPushButton, "quit").click()
            return
        if widget is not None:  # any page before it (the first-run welcome): go on
            widget.accept()
        QTimer.singleShot(50, answer)

    QTimer.singleShot(0, answer)
    sys.exit(run(Path(sys.argv[1]), language="en"))
"""


def test_quitting_at_the_start_problem_ends_the_app_with_2(tmp_path: Path):
    path = tmp_path / "s.sqlite"
    path.write_text("a note, not a store\n", encoding="utf-8")
    config = tmp_path / "config" / "surveytool"
    config.mkdir(parents=True)
    (config / "surveytool.ini").write_text("[welcome]\ndone=true\n", encoding="utf-8")
    script = textwrap.dedent(QUIT_AT_THE_PROBLEM)
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
        env=isolated(tmp_path),
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert "the user quit at the start problem" in log_of(tmp_path)
    assert path.read_text(encoding="utf-8") == "a note, not a store\n"
