"""The desktop app driven with pytest-qt on a real store file (offscreen)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from gui_helpers import answer, fill, settle, type_text
from household_answers import CHILD, FINAL, HEAD, HOUSEHOLD, MIGRANT, MIGRANT_REST
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from surveytool.interview import Address
from surveytool.store import Store, SurveyKey
from surveytool.ui import i18n
from surveytool.ui.case_model import CaseTableModel
from surveytool.ui.form_page import FormPage
from surveytool.ui.main_window import MainWindow
from surveytool.ui.roster import RosterWidget


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "enumerator.sqlite"


def open_window(qtbot, store: Store, form) -> MainWindow:
    window = MainWindow(store, form)
    qtbot.addWidget(window)
    window.show()
    return window


def create_case_by_keyboard(qtbot, window: MainWindow) -> None:
    QTest.keyClick(window.cases.new_button, Qt.Key.Key_Space)
    dialog = window.cases.dialog
    qtbot.waitUntil(dialog.isVisible)
    QTest.keyClick(dialog.country, Qt.Key.Key_Tab)
    dialog.cluster.setFocus()
    type_text(dialog.cluster, "C014")
    dialog.household.setFocus()
    dialog.household.selectAll()
    type_text(dialog.household, "7")
    dialog.enumerator.setFocus()
    type_text(dialog.enumerator, "E07")
    QTest.keyClick(dialog.enumerator, Qt.Key.Key_Return)  # OK is the default button
    qtbot.waitUntil(lambda: window.form_view is not None)


def test_whole_household_by_keyboard_then_reopen(qtbot, form, store_path: Path):
    store = Store.open(store_path)
    window = open_window(qtbot, store, form)
    create_case_by_keyboard(qtbot, window)
    view = window.form_view
    assert view.interview.value(Address("hh_id")) == "CMR-2026-C014-7"
    fill(view, HOUSEHOLD)
    assert "Saved" in view.saved.text()

    for count in range(1, 4):  # "Add member" adds and opens the new member's first page
        view.open_page(("persons", None))
        roster = view.page
        assert isinstance(roster, RosterWidget)
        QTest.keyClick(roster.add_button, Qt.Key.Key_Space)
        settle()
        assert roster.model.rowCount() == count
        assert view.current == ("section_a", view.interview.instances("persons")[-1])
    head, child, migrant = view.interview.instances("persons")
    fill(view, HEAD, head)
    fill(view, CHILD, child)
    assert not view.interview.is_relevant(view.interview.address("work_wage", child))
    fill(view, MIGRANT, migrant)

    # A constraint message appears beside the question, then goes when the answer is fixed.
    total = view.interview.address("rc_cost_total", migrant)
    view.show_address(total)
    settle()
    page = view.page
    assert isinstance(page, FormPage)
    answer(page, total, 0)
    message = page.rows[total].message
    assert message.isVisibleTo(page) and message.text().strip("⚠ ")
    answer(page, total, 195000)
    assert not page.rows[total].message.isVisibleTo(page)
    fill(view, MIGRANT_REST, migrant)

    # Marking complete too early is refused with clickable problems.
    problems = view.request_complete()
    assert problems, "household-level questions are still open"
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "problems_dialog")
    first = dialog.list.item(0)
    dialog.list.itemActivated.emit(first)
    settle()
    assert (
        isinstance(view.page, FormPage) and first.data(Qt.ItemDataRole.UserRole) in view.page.rows
    )
    fill(view, FINAL)
    assert view.request_complete() == []
    case_uuid = view.session.case_uuid
    assert store.case(case_uuid).status == "complete"
    window.close()
    store.close()

    # Reopen the app on the same store: every answer is there.
    store = Store.open(store_path)
    window = open_window(qtbot, store, form)
    assert window.cases.model.rowCount() == 1
    view = window.open_case(case_uuid)
    interview = view.interview
    for uid, answers in ((head, HEAD), (child, CHILD), (migrant, MIGRANT | MIGRANT_REST)):
        for name, value in answers.items():
            stored = interview.value(interview.address(name, uid))
            assert _same(stored, value), (name, stored, value)
    assert interview.value(interview.address("person_name", head)) == "Aïcha Ngono"
    assert interview.value(interview.address("rc_cost_total", migrant)) == 195000
    assert interview.value(interview.address("remit_channels", migrant)) == "2 3"
    assert interview.can_complete()
    window.close()
    store.close()


def _same(stored: object, given: object) -> bool:
    if isinstance(given, int | float) and not isinstance(stored, str):
        return stored is not None and float(stored) == float(given)  # type: ignore[arg-type]
    return str(stored).startswith(str(given))  # '2025-03' was stored as '2025-03-01'


def test_closing_mid_question_loses_nothing(qtbot, form, store_path: Path):
    store = Store.open(store_path)
    case = store.create_case(form.form_id, form.version, SurveyKey("CMR", "2026", "C1", 1), "E")
    window = open_window(qtbot, store, form)
    view = window.open_case(case)
    view.show_address(Address("hh_address"))
    settle()
    page = view.page
    answer(page, Address("hh_address"), "Rue de la Réunification", enter=False)  # no Enter
    window.close()  # mid-question
    store.close()
    with Store.open(store_path, readonly=True) as reader:
        values = [e.value for e in reader.events(case) if e.path == "hh_address"]
    assert values == ["Rue de la Réunification"]


def test_arabic_renders_with_real_glyphs_right_to_left(qtbot, form):
    app = QApplication.instance()
    i18n.install(app, "ar")
    try:
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        labels = [q.label["ar"] for q in list(form.questions())[:40] if q.label.get("ar")]
        assert labels
        for text in labels:
            layout = QTextLayout(text, QFont())
            layout.beginLayout()
            line = layout.createLine()
            line.setLineWidth(2000)
            layout.endLayout()
            indexes = [i for run in layout.glyphRuns() for i in run.glyphIndexes()]
            assert indexes and 0 not in indexes, f"missing glyphs in {text!r}"
    finally:
        i18n.install(app, "en")
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_case_list_model_with_50000_cases(qtbot, tmp_path: Path, qtmodeltester):
    path = tmp_path / "big.sqlite"
    with Store.open(path) as store, store.transaction():
        for number in range(1, 50_001):
            key = SurveyKey("CMR", "2026", f"C{(number - 1) // 12 + 1:04d}", number)
            store.create_case("lfs_migration", "2026.1", key, "E01")
    with Store.open(path, readonly=True) as store:
        model = CaseTableModel(store)
        assert model.total == 50_000 and model.rowCount() < 1000  # lazy: one page
        assert model.canFetchMore()
        model.fetchMore()
        assert model.rowCount() == 400
        model.set_filter(search="C0417")
        assert model.total == 12
        model.set_filter(status="complete")
        assert model.total == 0
        model.set_filter()
        qtmodeltester.check(model, force_py=True)


def test_smoke_command_opens_and_exits(tmp_path: Path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "surveytool.launcher",
            "gui",
            "--smoke",
            "--store",
            str(tmp_path / "smoke.sqlite"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "loaded: True" in result.stdout


def test_demo_generation_runs_off_the_ui_thread(qtbot, form, store_path: Path):
    store = Store.open(store_path)
    window = open_window(qtbot, store, form)
    seen: list[int] = []
    job = window.generate_demo(20)
    assert job is not None
    job.signals.sig_progress.connect(lambda done, total, message: seen.append(done))
    assert not window.cases.isEnabled()  # the list waits while the worker writes
    with qtbot.waitSignal(job.signals.sig_finished, timeout=60_000):
        pass
    qtbot.waitUntil(window.cases.isEnabled)
    assert window.cases.model.total == 20
    assert window.progress.isHidden()
    window.close()
    store.close()


def test_rule_findings_show_beside_the_question(qtbot, form, store_path: Path):
    from surveytool.validate import default_rules_path, load_rules

    rules = load_rules(default_rules_path(form), form)
    store = Store.open(store_path)
    case = store.create_case(form.form_id, form.version, SurveyKey("CMR", "2026", "C2", 1), "E")
    window = MainWindow(store, form, rules=rules)
    qtbot.addWidget(window)
    window.show()
    view = window.open_case(case)
    for _ in range(2):
        view.open_page(("persons", None))
        QTest.keyClick(view.page.add_button, Qt.Key.Key_Space)
        settle()
    first, second = view.interview.instances("persons")
    fill(view, {"person_name": "Awa Diallo", "sex": 2, "age": 40, "relationship": 1}, first)
    fill(view, {"person_name": "Fatou Diallo", "sex": 2, "age": 38, "relationship": 1}, second)
    relationship = view.interview.address("relationship", first)
    view.show_address(relationship)
    settle()
    row = view.page.rows[relationship]
    assert row.message.isVisibleTo(view.page) and "head" in row.message.text().lower()
    problems = view.request_complete()
    assert any(getattr(p, "rule", None) == "R01b" for p in problems)
    window.close()
    store.close()
