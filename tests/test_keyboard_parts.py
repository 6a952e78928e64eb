"""Each keyboard rule of the entry screens on its own: every key goes to what has the focus.

Set-up (a case, a few answers) goes through the store or the session; what is tested is done
with keys only.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import Keyboard, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from surveytool.interview import Address
from surveytool.store import Store, SurveyKey
from surveytool.ui.form_page import FormPage, QuestionRow
from surveytool.ui.form_view import FormView
from surveytool.ui.inputs import CheckInput, ComboInput, RadioInput
from surveytool.ui.main_window import MainWindow
from surveytool.ui.roster import RosterWidget

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot, form, tmp_path: Path):
    store = Store.open(tmp_path / "keys.sqlite")
    window = MainWindow(store, form)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    settle()
    yield window
    window.close()
    store.close()


def new_case(window: MainWindow, cluster: str = "C1", number: int = 1) -> str:
    form = window.form
    key = SurveyKey("CMR", "2026", cluster, number)
    return window.store.create_case(form.form_id, form.version, key, "E01")


def open_case(window: MainWindow, case: str) -> FormView:
    view = window.open_case(case)
    assert view is not None
    settle()
    return view


def focused_row() -> QuestionRow | None:
    widget = QApplication.focusWidget()
    while widget is not None and not isinstance(widget, QuestionRow):
        widget = widget.parentWidget()
    return widget


def with_members(view: FormView, *names: str) -> list[int]:
    for name in names:
        uid = view.session.add_person("persons")
        view.session.answer(view.interview.address("person_name", uid), name)
    view.rebuild_navigator()
    return view.interview.instances("persons")


def test_page_opens_on_first_unanswered_question(window):
    case = new_case(window)
    view = open_case(window, case)
    view.session.answer(Address("country_iso3"), "CMR")
    view.open_page(("section_0", None))
    settle()
    assert focused_row().address == Address("survey_year")
    view.session.answer(Address("survey_year"), 2026)
    view.open_page(("section_0", None))
    settle()
    assert focused_row().address == Address("survey_quarter")


def test_enter_after_arrows_on_a_radio_answers_and_moves_on(window):
    view = open_case(window, new_case(window))
    (uid,) = with_members(view, "Awa")
    view.show_address(view.interview.address("sex", uid))
    settle()
    row = focused_row()
    assert row is not None and isinstance(row.input, RadioInput)
    keys = Keyboard()
    keys.press(Qt.Key.Key_Down)  # arrows pick, as on any desktop
    assert view.interview.value(row.address) == "2"
    keys.press(Qt.Key.Key_Up)
    assert view.interview.value(row.address) == "1"
    keys.press(Qt.Key.Key_Down)
    assert view.interview.value(row.address) == "2"
    keys.press(Qt.Key.Key_Return)  # on the second option now, not the first
    assert view.interview.value(row.address) == "2"
    assert focused_row().address.name == "birth_date"
    keys.press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    keys.press(Qt.Key.Key_1)  # the n-th option by its number
    assert view.interview.value(row.address) == "1"
    keys.press(Qt.Key.Key_Return)
    assert focused_row().address.name == "birth_date"


def test_enter_on_an_unanswered_radio_passes_it_without_answering(window):
    view = open_case(window, new_case(window))
    (uid,) = with_members(view, "Awa")
    view.show_address(view.interview.address("sex", uid))
    settle()
    keys = Keyboard()
    keys.press(Qt.Key.Key_Return)
    assert view.interview.value(view.interview.address("sex", uid)) is None
    assert focused_row().address.name == "birth_date"
    sex = view.page.rows[view.interview.address("sex", uid)]
    assert sex.has_message()  # passed: now it says an answer is required


def test_tab_moves_question_by_question_and_across_pages(window):
    view = open_case(window, new_case(window))
    (uid,) = with_members(view, "Awa")
    for name, value in (("sex", 2), ("age", 30), ("usual_resident", 1)):
        view.session.answer(view.interview.address(name, uid), value)
    view.session.answer(view.interview.address("search_methods", uid), None)
    view.show_address(view.interview.address("relationship", uid))
    settle()
    keys = Keyboard()
    keys.press(Qt.Key.Key_Tab)  # not to the second option of the radio group
    assert focused_row().address.name == "usual_resident"
    stops = [row.address.name for row in view.page.stops()]
    for _ in range(len(stops) - stops.index("usual_resident") - 1):
        keys.press(Qt.Key.Key_Tab)
    assert focused_row().address.name == stops[-1] == "respondent_line"
    keys.press(Qt.Key.Key_Tab)  # beyond the last question: the member's next page
    assert view.current == ("section_b", uid)
    assert focused_row().address.name == "work_wage"
    keys.press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back: the last question
    assert view.current == ("section_a", uid)
    assert focused_row().address.name == "respondent_line"
    assert window.tabs.tabBar().hasFocus() is False


def test_tab_in_a_select_multiple_leaves_the_question_arrows_stay_inside(window):
    view = open_case(window, new_case(window))
    (uid,) = with_members(view, "Awa")
    for name, value in (("age", 30), ("usual_resident", 1), ("work_wage", 2)):
        view.session.answer(view.interview.address(name, uid), value)
    for name in ("work_business", "work_family", "temp_absent"):
        view.session.answer(view.interview.address(name, uid), 2)
    view.session.answer(view.interview.address("sought_work_4w", uid), 1)
    methods = view.interview.address("search_methods", uid)
    view.show_address(methods)
    settle()
    row = focused_row()
    assert row.address == methods and isinstance(row.input, CheckInput)
    keys = Keyboard()
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Space)
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Space)
    codes = list(row.input.buttons)
    assert view.interview.value(methods) == f"{codes[1]} {codes[3]}"
    assert focused_row() is row
    keys.press(Qt.Key.Key_Tab)
    assert focused_row().address.name == "future_start" or focused_row() is not row


def test_enter_in_a_searchable_list_takes_the_highlighted_entry(window):
    view = open_case(window, new_case(window))
    view.show_address(Address("country_iso3"))
    settle()
    row = focused_row()
    assert isinstance(row.input, ComboInput)
    keys = Keyboard()
    keys.type("nigeri")
    assert QApplication.activePopupWidget() is not None  # the matches, as one types
    keys.press(Qt.Key.Key_Return)
    assert view.interview.value(Address("country_iso3")) == "NGA"
    assert focused_row().address == Address("survey_year")
    keys.press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    keys.type("ger")  # several countries: Down, Down highlights the second one
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Down)
    popup = QApplication.activePopupWidget()
    second = popup.model().index(1, 0).data()
    assert popup.currentIndex().data() == second
    keys.press(Qt.Key.Key_Return)
    assert view.interview.value(Address("country_iso3")) == second[-4:-1]
    keys.press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    before = view.interview.value(Address("country_iso3"))
    keys.press(Qt.Key.Key_Down)  # opens the list: a stray arrow changes nothing
    keys.press(Qt.Key.Key_Escape)
    assert view.interview.value(Address("country_iso3")) == before


def test_focused_question_is_scrolled_into_view(window):
    window.resize(900, 360)
    view = open_case(window, new_case(window))
    settle()
    keys = Keyboard()
    bar = view.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0, "the page should be taller than the window"
    for _ in range(len(view.page.stops()) - 1):
        keys.press(Qt.Key.Key_Tab)
        row = focused_row()
        assert row is not None, QApplication.focusWidget()
        top = row.mapTo(view.scroll_area.viewport(), row.rect().topLeft()).y()
        assert 0 <= top < view.scroll_area.viewport().height(), row.address
    assert bar.value() > 0


def test_roster_from_the_keyboard(window):
    view = open_case(window, new_case(window))
    view.open_page(("persons", None))
    settle()
    roster = view.page
    assert isinstance(roster, RosterWidget) and roster.table.hasFocus()
    keys = Keyboard()
    keys.press(Qt.Key.Key_Return)  # "Open member" with nobody: says so
    assert roster.notice.isVisible() and view.current == ("persons", None)
    keys.press(Qt.Key.Key_Insert)  # adds and opens the new member
    first = view.interview.instances("persons")[0]
    assert view.current == ("section_a", first)
    assert focused_row().address.name == "person_name"
    keys.type("Awa")
    keys.press(Qt.Key.Key_PageUp)  # back to the roster
    assert isinstance(view.page, RosterWidget)
    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    keys.type("Binta")
    keys.press(Qt.Key.Key_PageUp)
    a, b = view.interview.instances("persons")
    roster = view.page
    assert roster.selected_instance() == b
    keys.press(Qt.Key.Key_Up, ALT)
    assert view.interview.instances("persons") == [b, a]
    assert roster.selected_instance() == b
    keys.press(Qt.Key.Key_Down, ALT)
    assert view.interview.instances("persons") == [a, b]
    keys.press(Qt.Key.Key_Return)  # opens the selected member
    assert view.current == ("section_a", b)
    keys.press(Qt.Key.Key_PageUp)
    keys.press(Qt.Key.Key_Delete)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    keys.press(Qt.Key.Key_Return)  # the default is to keep the member
    assert view.interview.instances("persons") == [a, b]
    keys.press(Qt.Key.Key_Delete)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    while "Remove" not in Keyboard.target().text():  # Tab to the other button
        keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Space)
    assert view.interview.instances("persons") == [a]
    assert isinstance(view.page, RosterWidget) and view.page.table.hasFocus()


def test_case_list_down_and_enter(window):
    for number in (1, 2, 3):
        new_case(window, "C7", number)
    window.cases.refresh()
    settle()
    keys = Keyboard()
    assert QApplication.focusWidget() is window.cases.search
    keys.press(Qt.Key.Key_Down)
    assert window.cases.table.hasFocus()
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Return)
    qtbot_wait(lambda: window.form_view is not None)
    assert window.form_view.key_text() == str(window.cases.model.case_at(1).key)
    keys.press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # back to the list
    assert window.form_view is None
    assert QApplication.focusWidget() is window.cases.table  # where the enumerator was
    keys.press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.cases.search
    keys.type("C7-2")
    keys.press(Qt.Key.Key_Return)  # the only match opens
    assert window.form_view is not None and window.form_view.key_text().endswith("C7-2")


def qtbot_wait(condition) -> None:
    for _ in range(50):
        settle()
        if condition():
            return
    raise AssertionError("timed out")


def test_new_case_dialog_starts_on_the_cluster(window):
    keys = Keyboard()
    keys.press(Qt.Key.Key_Insert)
    dialog = window.cases.dialog
    assert dialog is not None and dialog.isVisible()
    assert QApplication.focusWidget() is dialog.cluster
    keys.type("C9")  # no country changed by typing
    assert dialog.country.currentData() == "CMR"
    assert dialog.cluster.text() == "C9"
    keys.press(Qt.Key.Key_Escape)


def test_page_keys_and_mark_complete_key(window):
    view = open_case(window, new_case(window))
    view.session.answer(Address("psu"), "C1")  # in progress: it may be asked to complete
    keys = Keyboard()
    keys.press(Qt.Key.Key_PageDown)
    assert view.current == ("persons", None)
    keys.press(Qt.Key.Key_PageUp)
    assert view.current == ("section_0", None)
    keys.press(Qt.Key.Key_F10)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and dialog.objectName() == "problems_dialog"
    keys.press(Qt.Key.Key_Return)  # opens the first problem's question
    assert isinstance(view.page, FormPage) and focused_row() is not None
    assert focused_row().has_message()  # after "Mark complete" every missing answer shows


def test_shortcuts_dialog_lists_every_key_the_screens_use(qtbot):
    from surveytool.ui import shortcuts

    dialog = shortcuts.ShortcutsDialog()
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "shortcuts_dialog"
    assert dialog.table.rowCount() == len(shortcuts.SHORTCUTS)
    listed = {dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())}
    used = (
        shortcuts.NEXT_PAGE
        + shortcuts.PREVIOUS_PAGE
        + shortcuts.CASE_LIST
        + shortcuts.ADD_MEMBER
        + shortcuts.NEW_CASE
        + shortcuts.HELP
        + ("Ctrl+Enter", "F10")
    )
    assert set(used) <= listed
