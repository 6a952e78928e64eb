"""Repeats anywhere in the form get their pages, rosters read their columns from the form.

Section I of the shipped form holds the repeat ``absentees`` inside the group ``section_i``,
its questions directly in the repeat and its rows made from ``abs_count``; a second, made-up
form with a repeat ``visits`` inside a group (questions directly in it and in a group of it,
rows added by the enumerator) must work without a code change.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from gui_helpers import Keyboard, answer, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from surveytool.casework.session import CaseSession
from surveytool.form import load
from surveytool.form.model import Question, Repeat
from surveytool.interview import Address, Interview
from surveytool.store import Store, SurveyKey
from surveytool.ui import page_flow
from surveytool.ui.form_page import FormPage, QuestionRow
from surveytool.ui.main_window import MainWindow
from surveytool.ui.roster import RosterWidget
from surveytool.ui.roster_columns import RosterColumns, short_label

ANSWERED_TYPES = {"text", "integer", "decimal", "select_one", "select_multiple", "date"}

VISITS = """
| survey |
| | type | name | label::English (en) | label::Français (fr) | required | relevant | read_only | calculation |
| | begin_group | farm | Farm | Ferme | | | | |
| | text | farm_name | Name of the farm? | Nom de la ferme ? | yes | | | |
| | integer | plots | How many plots does ${farm_name} have? | Combien de parcelles ? | | | | |
| | begin_repeat | visits | Visits | Visites | | | | |
| | calculate | visit_no | | | | | | position(..) |
| | date | visit_date | Date of the visit? | Date de la visite ? | yes | | | |
| | select_one crop | crop | Main crop seen on ${farm_name}'s plots? | Culture principale ? | | | | |
| | decimal | yield_kg | Harvest expected (kg) | Récolte attendue (kg) | | | | |
| | begin_group | visit_notes | Notes on visit ${visit_no} | Notes | | ${crop} != '' | | |
| | text | remark | Remark | Remarque | | | | |
| | end_group | | | | | | | |
| | end_repeat | | | | | | | |
| | text | farmer_phone | Farmer's telephone | Téléphone | | | | |
| | end_group | | | | | | | |
| | begin_group | closing | Closing | Clôture | | | | |
| | text | comment | Any comment? | Un commentaire ? | | | | |
| | end_group | | | | | | | |
| choices |
| | list_name | name | label::English (en) | label::Français (fr) |
| | crop | 1 | Maize | Maïs |
| | crop | 2 | Cassava | Manioc |
| settings |
| | form_id | version | default_language |
| | farm_visits | 2026.1 | English (en) |
"""


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "nested.sqlite") as store:
        yield store


@pytest.fixture
def visits_form(tmp_path: Path):
    path = tmp_path / "visits.md"
    path.write_text(VISITS.strip() + "\n", encoding="utf-8")
    return load(path)


def make_window(qtbot, store: Store, form) -> MainWindow:
    window = MainWindow(store, form)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    settle()
    return window


def open_new_case(window: MainWindow, form):
    key = SurveyKey("CMR", "2026", "C1", 1)
    case = window.store.create_case(form.form_id, form.version, key, "E01")
    view = window.open_case(case)
    assert view is not None
    settle()
    return case, view


def focused_row() -> QuestionRow | None:
    widget = QApplication.focusWidget()
    while widget is not None and not isinstance(widget, QuestionRow):
        widget = widget.parentWidget()
    return widget


def headers(roster: RosterWidget) -> list[str]:
    model = roster.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def first_questions(form, repeat: str, count: int = 4) -> list[Question]:
    """The repeat's first questions an enumerator answers, found by walking the form here."""
    assert isinstance(form.element(repeat), Repeat)
    found = []
    for question in form.questions():
        inside = question.repeat == repeat
        if inside and question.type in ANSWERED_TYPES and not question.read_only:
            found.append(question)
    return found[:count]


def header_of(label: str) -> str:
    """A label as a column header: piped names out, up to its question mark."""
    text = re.sub(r"\$\{[^}]*\}('s)?", " ", label).split("?")[0]
    return " ".join(text.split()).rstrip(" :")


def stored_answers(store: Store, case: str) -> dict[str, object]:
    return {e.path: e.value for e in store.events(case) if e.kind == "set"}


# -- section I: former members abroad --------------------------------------------------------
def test_section_i_pages_follow_the_form(form):
    interview = Interview(form)
    top = [page for page in page_flow.pages(interview) if page[1] is None]
    assert top.index(("absentees", None)) == top.index(("section_i", None)) + 1
    group = form.element("section_i")
    on_page = [q.name for q in page_flow.questions_on(interview, group)]
    assert on_page == ["abs_any", "abs_count"]  # the repeat's questions are not on it
    assert not page_flow.relevant(interview, ("absentees", None))  # abs_any not yet 1
    interview.answer(Address("abs_any"), "1")
    interview.answer(Address("abs_count"), 2)
    first, second = interview.instances("absentees")
    assert page_flow.member_pages(interview, "absentees", second) == [("absentees", second)]
    assert page_flow.page_of(interview, interview.address("abs_age", second)) == (
        "absentees",
        second,
    )
    roster = ("absentees", None)
    assert page_flow.neighbour(interview, ("section_i", None), 1) == roster
    assert page_flow.neighbour(interview, ("absentees", first), 1) == roster
    assert page_flow.neighbour(interview, roster, -1) == ("section_i", None)
    assert page_flow.neighbour(interview, roster, 1) is None  # the last page of the form


def test_former_members_abroad_entered_from_the_keyboard(qtbot, store, form):
    window = make_window(qtbot, store, form)
    case, view = open_new_case(window, form)
    view.show_address(Address("abs_any"))
    settle()
    page = view.page
    assert isinstance(page, FormPage) and view.current == ("section_i", None)
    assert {a.name for a in page.rows} == {"abs_any", "abs_count"}
    keys = Keyboard()
    assert focused_row().address == Address("abs_any")
    keys.press(Qt.Key.Key_1)  # yes
    keys.press(Qt.Key.Key_Return)
    assert focused_row().address == Address("abs_count")
    keys.type("2")
    keys.press(Qt.Key.Key_Return)  # the last question of the section: on to the roster

    roster = view.page
    assert view.current == ("absentees", None) and isinstance(roster, RosterWidget)
    assert roster.model.rowCount() == 2 and roster.table.hasFocus()
    assert roster.counted and "How many former members" in roster.count_hint.text()
    assert not roster.add_button.isVisibleTo(roster)
    assert not any(button.isEnabled() for button in roster.row_buttons())
    assert roster.chain() == [roster.table, roster.open_button]
    first, second = view.interview.instances("absentees")
    keys.press(Qt.Key.Key_Insert)  # no row can be added by hand: the count makes them
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # nor moved
    keys.press(Qt.Key.Key_Delete)  # nor removed (no question asked either)
    assert QApplication.activeModalWidget() is None
    assert view.interview.instances("absentees") == [first, second]
    assert view.current == ("absentees", None) and roster.selected_instance() == second

    keys.press(Qt.Key.Key_Return)  # opens the second former member
    assert view.current == ("absentees", second)
    page = view.page
    assert isinstance(page, FormPage) and page.title.text().startswith("2. ")
    assert focused_row().address == view.interview.address("abs_sex", second)
    keys.press(Qt.Key.Key_2)  # female
    keys.press(Qt.Key.Key_Return)
    keys.type("31")
    keys.press(Qt.Key.Key_Return)
    answer(page, view.interview.address("abs_relationship", second), "3")
    answer(page, view.interview.address("abs_country", second), "FRA")
    keys.press(Qt.Key.Key_Tab)
    assert focused_row().address == view.interview.address("abs_year_left", second)
    keys.type("2019")
    keys.press(Qt.Key.Key_Return)
    for _ in ("abs_reason", "abs_working", "abs_sends_money"):
        keys.press(Qt.Key.Key_1)
        keys.press(Qt.Key.Key_Return)
    # after the instance's last question, back on the roster, on the same row
    assert view.current == ("absentees", None)
    roster = view.page
    assert isinstance(roster, RosterWidget) and roster.selected_instance() == second
    assert [roster.model.index(1, c).data() for c in range(5)] == [
        "2",
        "Female",
        "31",
        "Son or daughter",
        "France",
    ]
    item = view.navigator.people[("absentees", second)]
    assert item.text(0) == "2. Female"
    assert view.navigator.people[("absentees", first)].text(0) == "1"

    stored = stored_answers(store, case)
    assert stored[f"absentees#{second}/abs_sex"] == "2"
    assert stored[f"absentees#{second}/abs_age"] == 31
    assert stored[f"absentees#{second}/abs_relationship"] == "3"
    assert stored[f"absentees#{second}/abs_country"] == "FRA"
    assert stored[f"absentees#{second}/abs_year_left"] == 2019
    assert not any(path.startswith(f"absentees#{first}/") for path in stored)

    # read back from the event log alone (no snapshot yet): the counted rows come back
    again = CaseSession(store, form, case, "E01").interview
    assert again.instances("absentees") == [first, second]
    assert again.display_value(again.address("abs_age", second)) == "31"


def test_no_former_members_skips_their_roster(qtbot, store, form):
    window = make_window(qtbot, store, form)
    _, view = open_new_case(window, form)
    view.show_address(Address("abs_any"))
    settle()
    assert view.navigator.items[("absentees", None)].isDisabled()
    keys = Keyboard()
    keys.press(Qt.Key.Key_2)  # nobody
    keys.press(Qt.Key.Key_Return)  # past the last page: the "Mark complete" button
    assert view.current == ("section_i", None)
    assert QApplication.focusWidget() is view.complete_button
    keys.press(Qt.Key.Key_PageUp)  # back: the previous case section, not a roster
    assert view.current == ("section_f_hh", None)


def test_the_counted_roster_follows_the_count(qtbot, store, form):
    window = make_window(qtbot, store, form)
    _, view = open_new_case(window, form)
    view.session.answer(Address("abs_any"), "1")
    view.rebuild_navigator()
    view.open_page(("absentees", None))
    settle()
    keys = Keyboard()
    keys.press(Qt.Key.Key_Return)  # no row yet: says where the rows come from
    roster = view.page
    assert isinstance(roster, RosterWidget) and roster.notice.text() == roster.count_hint.text()
    view.show_address(Address("abs_count"))
    settle()
    keys.type("3")
    keys.press(Qt.Key.Key_Return)
    assert view.current == ("absentees", None) and view.page.model.rowCount() == 3
    assert view.navigator.items[("absentees", None)].childCount() == 3


# -- roster columns from the form ------------------------------------------------------------
def test_short_label():
    assert short_label("How old is ${person_name} in completed years?") == (
        "How old is in completed years"
    )
    assert short_label("What is ${person_name}'s date of birth?") == "What is date of birth"
    assert short_label("Quel est le sexe de ${person_name} ?") == "Quel est le sexe de"
    assert short_label("ما اسم فرد الأسرة رقم ${line_no}؟") == "ما اسم فرد الأسرة رقم"
    assert short_label("${abs_line}?", "abs_line") == "abs_line"
    assert short_label("Harvest expected (kg)") == "Harvest expected (kg)"


def test_persons_roster_columns_come_from_the_form(qtbot, store, form):
    window = make_window(qtbot, store, form)
    _, view = open_new_case(window, form)
    uid = view.session.add_person("persons")
    view.session.answer(view.interview.address("sex", uid), "2")
    view.session.answer(view.interview.address("age", uid), 40)
    view.rebuild_navigator()
    view.open_page(("persons", None))
    settle()
    roster = view.page
    assert isinstance(roster, RosterWidget) and not roster.counted
    assert roster.add_button.isVisibleTo(roster) and roster.add_button.isEnabled()
    questions = first_questions(form, "persons")
    assert [q.name for q in questions][:2] == ["person_name", "sex"]
    assert headers(roster)[1:] == [header_of(q.label_in("en")) for q in questions]
    cells = {q.name: roster.model.index(0, c + 1).data() for c, q in enumerate(questions)}
    assert cells["sex"] == form.choice_lists["sex"].labels("en")["2"]
    assert cells["age"] == "40" and cells["person_name"] == ""
    assert view.navigator.people[("persons", uid)].text(0) == "member 1"
    window.set_form_language("fr")
    settle()
    roster = view.page
    assert headers(roster)[1:] == [header_of(q.label_in("fr")) for q in questions]
    assert roster.model.index(0, 2).data() == form.choice_lists["sex"].labels("fr")["2"]


def test_absentees_roster_columns(form):
    interview = Interview(form)
    names = [q.name for q in first_questions(form, "absentees")]
    assert names == ["abs_sex", "abs_age", "abs_relationship", "abs_country"]
    columns = RosterColumns(interview, "absentees")
    assert [q.name for q in columns.questions] == names
    assert columns.name is None  # no text question: an instance is named by its first column


# -- a second, differently shaped form --------------------------------------------------------
def test_visits_form_pages(visits_form):
    interview = Interview(visits_form)
    assert page_flow.pages(interview) == [("farm", None), ("visits", None), ("closing", None)]
    uid = interview.add_instance("visits")
    assert page_flow.pages(interview) == [
        ("farm", None),
        ("visits", None),
        ("visits", uid),
        ("visit_notes", uid),
        ("closing", None),
    ]
    on_farm = [q.name for q in page_flow.questions_on(interview, visits_form.element("farm"))]
    assert on_farm == ["farm_name", "plots", "farmer_phone"]
    own = [q.name for q in page_flow.questions_on(interview, visits_form.element("visits"))]
    assert own == ["visit_no", "visit_date", "crop", "yield_kg"]
    assert page_flow.member_pages(interview, "visits", uid) == [("visits", uid)]  # no crop yet
    interview.answer(interview.address("crop", uid), "1")
    assert page_flow.member_pages(interview, "visits", uid) == [
        ("visits", uid),
        ("visit_notes", uid),
    ]


def test_visits_form_entered_from_the_keyboard(qtbot, store, visits_form):
    window = make_window(qtbot, store, visits_form)
    case, view = open_new_case(window, visits_form)
    assert view.current == ("farm", None)
    keys = Keyboard()
    keys.type("Green Acres")
    keys.press(Qt.Key.Key_Return)
    keys.type("3")
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Return)  # no telephone: on to the visits roster
    roster = view.page
    assert view.current == ("visits", None) and isinstance(roster, RosterWidget)
    assert not roster.counted and roster.add_button.isVisibleTo(roster)
    assert headers(roster) == [
        "Line",
        "Date of the visit",
        "Main crop seen on plots",
        "Harvest expected (kg)",
        "Remark",
    ]
    keys.press(Qt.Key.Key_Insert)  # adds a visit and opens it
    (first,) = view.interview.instances("visits")
    assert view.current == ("visits", first)
    assert focused_row().address == view.interview.address("visit_date", first)
    keys.type("2026-03-02")
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_2)  # cassava
    keys.press(Qt.Key.Key_Return)
    keys.type("120.5")
    keys.press(Qt.Key.Key_Return)  # the notes page applies now that a crop is given
    assert view.current == ("visit_notes", first)
    keys.type("Dry")
    keys.press(Qt.Key.Key_Return)  # back on the roster
    roster = view.page
    assert view.current == ("visits", None) and isinstance(roster, RosterWidget)
    assert [roster.model.index(0, c).data() for c in range(5)] == [
        "1",
        "2026-03-02",
        "Cassava",
        "120.5",
        "Dry",
    ]
    assert view.navigator.people[("visits", first)].text(0) == "1. Dry"
    assert view.navigator.people[("visits", first)].childCount() == 2
    keys.press(Qt.Key.Key_Insert)
    second = view.interview.instances("visits")[1]
    keys.press(Qt.Key.Key_PageUp)  # back to the roster, the new visit selected
    keys.press(Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # moved first
    assert view.interview.instances("visits") == [second, first]
    keys.press(Qt.Key.Key_Tab)
    while QApplication.focusWidget() in roster_buttons(view):
        keys.press(Qt.Key.Key_Tab)  # past the buttons: the next page of the case
    assert view.current == ("closing", None)
    stored = stored_answers(store, case)
    assert stored["farm_name"] == "Green Acres" and stored["plots"] == 3
    assert stored[f"visits#{first}/crop"] == "2"
    assert stored[f"visits#{first}/yield_kg"] == 120.5
    assert stored[f"visits#{first}/remark"] == "Dry"
    rosters = [e.kind for e in store.events(case) if e.kind in ("add", "move")]
    assert rosters == ["add", "add", "move"]


def roster_buttons(view) -> list:
    page = view.page
    return page.buttons() if isinstance(page, RosterWidget) else []
