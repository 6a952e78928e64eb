"""The entry screen keeps the app alive and the data as the enumerator meant it (offscreen).

A wheel turn over a list never changes an answer; a double click on a roster row never kills
the app; numbers are read and shown in the interface's locale; messages wait until they mean
something; a complete or approved case cannot be edited, and says so.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import Keyboard, settle
from PySide6.QtCore import QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from surveytool.interview import Address
from surveytool.store import OFFICE, Store, SurveyKey
from surveytool.ui.form_page import FormPage
from surveytool.ui.form_view import FormView
from surveytool.ui.inputs import ComboInput, LineInput
from surveytool.ui.main_window import MainWindow
from surveytool.ui.roster import RosterWidget


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "entry.sqlite") as store:
        yield store


def make_window(qtbot, store: Store, form, size: tuple[int, int] = (1000, 700)) -> MainWindow:
    window = MainWindow(store, form)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    settle()
    return window


def new_case(store: Store, form, number: int = 1) -> str:
    key = SurveyKey("CMR", "2026", "C1", number)
    return store.create_case(form.form_id, form.version, key, "E01")


def open_at(window: MainWindow, case: str, address: Address) -> FormView:
    view = window.open_case(case)
    assert view is not None
    view.show_address(address)
    settle()
    return view


def wheel(widget: QWidget, notches: int) -> None:
    """A wheel turn with the pointer over ``widget`` (negative: towards the user)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(widget.rect().center())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    settle()


def test_wheel_over_an_unfocused_list_scrolls_the_page(qtbot, store, form):
    window = make_window(qtbot, store, form, (900, 380))
    case = new_case(store, form)
    view = open_at(window, case, Address("survey_year"))
    view.session.answer(Address("country_iso3"), "NGA")
    view.page.refresh()
    combo = view.page.rows[Address("country_iso3")].input
    assert isinstance(combo, ComboInput) and not combo.combo.hasFocus()
    bar = view.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    for target in (combo.combo.lineEdit(), combo.combo):  # what is under the pointer
        wheel(target, -6)  # six notches turned Nigeria into Oman (issue 9)
    assert view.interview.value(Address("country_iso3")) == "NGA"
    assert combo.combo.currentData() == "NGA"
    assert bar.value() > 0  # the page scrolled instead
    events = [e for e in store.events(case) if e.path == "country_iso3"]
    assert [e.value for e in events] == ["NGA"]
    assert combo.combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel gives no focus


def test_wheel_over_the_list_the_page_put_the_cursor_on_changes_nothing(qtbot, store, form):
    """A page puts the cursor on its first question itself: the enumerator did not choose it."""
    window = make_window(qtbot, store, form, (900, 380))
    case = new_case(store, form)
    view = window.open_case(case)
    view.session.answer(Address("country_iso3"), "CMR")
    view.open_page(("section_0", None), Address("country_iso3"))
    settle()
    combo = view.page.rows[Address("country_iso3")].input
    assert combo.combo.hasFocus()
    for target in (combo.combo.lineEdit(), combo.combo):
        wheel(target, -6)
    assert view.interview.value(Address("country_iso3")) == "CMR"
    assert combo.combo.currentData() == "CMR"


def test_wheel_over_the_new_case_dialog_changes_nothing(qtbot, store, form):
    window = make_window(qtbot, store, form)
    Keyboard().press(Qt.Key.Key_Insert)
    dialog = window.cases.dialog
    wheel(dialog.country, -6)
    wheel(dialog.year, 3)
    assert dialog.country.currentData() == "CMR" and dialog.year.value() == 2026
    dialog.reject()


def test_double_click_on_a_roster_row_opens_the_member_and_the_app_lives(qtbot, store, form):
    window = make_window(qtbot, store, form)
    view = window.open_case(new_case(store, form))
    for _ in range(3):
        view.session.add_person("persons")
    first, second, third = view.interview.instances("persons")
    for uid in (first, second, third, second, first):
        view.open_page(("persons", None))
        settle()
        roster = view.page
        assert isinstance(roster, RosterWidget)
        row = view.interview.instances("persons").index(uid)
        where = roster.table.visualRect(roster.model.index(row, 1)).center()
        QTest.mouseClick(roster.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
        QTest.mouseDClick(roster.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
        settle()
        assert view.current == ("section_a", uid)
    QTest.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    settle()
    assert window.form_view is None and window.isVisible()


def test_comma_decimal_in_french(qtbot, store, form):
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        window = make_window(qtbot, store, form)
        case = new_case(store, form)
        view = window.open_case(case)
        view.session.answer(Address("hh_remit_recv_12m"), 1)
        view.session.answer(Address("hh_remit_recv_amt_status"), 1)
        amount = Address("hh_remit_recv_amt")
        view.show_address(amount)
        settle()
        keys = Keyboard()
        keys.type("2,5")
        keys.press(Qt.Key.Key_Return)
        assert view.interview.value(amount) == 2.5
        keys.press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        keys.press(Qt.Key.Key_End)
        keys.press(Qt.Key.Key_Backspace)
        keys.press(Qt.Key.Key_Backspace)
        keys.press(Qt.Key.Key_Backspace)
        keys.type("500 000")  # a French thousands separator
        keys.press(Qt.Key.Key_Return)
        assert view.interview.value(amount) == 500000
        view.open_page(("section_f_hh", None))
        settle()
        assert view.page.rows[amount].input.edit.text() == "500000"  # not 500000.0
        view.session.answer(amount, 1234.75)
        view.page.refresh()
        assert view.page.rows[amount].input.edit.text() == "1234,75"
    finally:
        QLocale.setDefault(QLocale.c())


def test_comma_decimal_in_english_says_why_not(qtbot, store, form):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        window = make_window(qtbot, store, form)
        view = window.open_case(new_case(store, form))
        view.session.answer(Address("hh_remit_recv_12m"), 1)
        view.session.answer(Address("hh_remit_recv_amt_status"), 1)
        amount = Address("hh_remit_recv_amt")
        view.show_address(amount)
        settle()
        keys = Keyboard()
        keys.type("2,5")
        keys.press(Qt.Key.Key_Return)
        row = view.page.rows[amount]
        assert view.interview.value(amount) is None
        assert row.has_message() and "2.5" in row.message.text()  # an example of the right way
        assert row.input.edit.text() == "2,5"
    finally:
        QLocale.setDefault(QLocale.c())


def test_requires_an_answer_only_once_passed(qtbot, store, form):
    window = make_window(qtbot, store, form)
    view = window.open_case(new_case(store, form))
    settle()
    page = view.page
    assert isinstance(page, FormPage)
    assert not any(row.has_message() for row in page.rows.values())  # a page opens calm
    keys = Keyboard()
    first = page.current
    keys.press(Qt.Key.Key_Tab)  # passes the first question unanswered
    assert first.has_message()
    assert "requires" in first.message.text()
    later = [row for row in page.stops() if row is not first and row is not page.current]
    assert not any(row.has_message() for row in later)
    keys.press(Qt.Key.Key_F10)  # asking to complete shows every missing answer
    settle()
    QApplication.activeModalWidget().reject()
    assert all(
        row.has_message()
        for row in page.stops()
        if row.question.required is not None and view.interview.value(row.address) is None
    )


def test_an_invalid_date_stays_visible_with_its_reason(qtbot, store, form):
    window = make_window(qtbot, store, form)
    case = new_case(store, form)
    view = open_at(window, case, Address("interview_date"))
    row = view.page.rows[Address("interview_date")]
    keys = Keyboard()
    keys.type("2026-13-45")
    keys.press(Qt.Key.Key_Return)
    assert isinstance(row.input, LineInput)
    assert row.input.edit.text() == "2026-13-45"  # not wiped
    assert row.has_message() and "2026-13-45" in row.message.text()
    assert view.interview.value(Address("interview_date")) is None
    keys.press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    keys.press(Qt.Key.Key_End)
    for _ in range(5):
        keys.press(Qt.Key.Key_Backspace)
    keys.type("11-10")
    keys.press(Qt.Key.Key_Return)
    assert view.interview.value(Address("interview_date")) == "2026-11-10"
    assert not row.has_message()


def test_complete_case_is_read_only_until_reopened(qtbot, store, form):
    case = new_case(store, form)
    store.set_status(case, "in_progress", "E01")
    store.set_status(case, "complete", "E01")
    window = make_window(qtbot, store, form)
    view = window.open_case(case)
    settle()
    assert "Complete" in view.status.text()
    assert view.reopen_button.isVisibleTo(view) and not view.complete_button.isEnabled()
    page = view.page
    assert isinstance(page, FormPage)
    assert page.stops() == [] and all(
        not row.input.isEnabled() for row in page.rows.values() if row.input is not None
    )
    QTest.mouseClick(view.reopen_button, Qt.MouseButton.LeftButton)
    settle()
    assert store.case(case).status == "in_progress"
    assert view.page.stops() and not view.reopen_button.isVisibleTo(view)
    assert "Reopened" in view.notice.text()


def test_refused_edit_is_a_message_not_a_traceback(qtbot, store, form):
    case = new_case(store, form)
    window = make_window(qtbot, store, form)
    view = open_at(window, case, Address("psu"))
    store.set_status(case, "in_progress", "E01")  # meanwhile, the case was sent as complete
    store.set_status(case, "complete", "E01")
    Keyboard().type("C1")
    Keyboard().press(Qt.Key.Key_Return)
    assert view.notice.isVisible() and "reopen" in view.notice.text().lower()
    assert view.interview.value(Address("psu")) is None
    assert [e for e in store.events(case) if e.path == "psu"] == []


def test_approved_case_cannot_be_reopened_by_the_enumerator(qtbot, store, form):
    case = new_case(store, form)
    store.set_status(case, "in_progress", "E01")
    store.set_status(case, "complete", "E01")
    store.set_status(case, "approved", "office", role=OFFICE)
    window = make_window(qtbot, store, form)
    view = window.open_case(case)
    settle()
    assert "Approved" in view.status.text()
    assert not view.reopen_button.isVisibleTo(view) and not view.complete_button.isEnabled()
    Keyboard().press(Qt.Key.Key_F10)
    assert "approved" in view.notice.text().lower()
    view.open_page(("persons", None))
    settle()
    assert not view.page.add_button.isEnabled()


def test_an_answer_redraws_only_what_it_changed(qtbot, store, form):
    window = make_window(qtbot, store, form)
    view = window.open_case(new_case(store, form))
    uid = view.session.add_person("persons")
    view.rebuild_navigator()
    view.show_address(view.interview.address("person_name", uid))
    settle()
    page = view.page
    resident = page.rows[view.interview.address("usual_resident", uid)]
    person_item = view.navigator.people[("persons", uid)]
    resident.label.setText("untouched")
    keys = Keyboard()
    keys.press(Qt.Key.Key_Tab)  # to "sex"
    keys.press(Qt.Key.Key_2)
    assert view.interview.value(view.interview.address("sex", uid)) == "2"
    assert resident.label.text() == "untouched"  # nothing of it changed: not redrawn
    keys.press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    keys.type("Awa")
    keys.press(Qt.Key.Key_Return)
    assert "Awa" in resident.label.text()  # its label shows the name: redrawn
    assert "Awa" in page.title.text() and not page.title.text().endswith(":")
    assert view.navigator.people[("persons", uid)] is person_item and "Awa" in person_item.text(0)


def test_questionnaire_language_switch_keeps_the_page_and_question(qtbot, store, form):
    window = make_window(qtbot, store, form)
    view = open_at(window, new_case(store, form), Address("hh_address"))
    window.set_form_language("fr")
    settle()
    assert window.form_view is view and view.current == ("section_0", None)
    assert view.page.current.address == Address("hh_address")
    assert view.page.rows[Address("hh_address")].label.text().startswith("Adresse")
