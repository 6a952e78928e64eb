"""Nested repeats on the entry screen (issue 15, point 3), from the keyboard.

A member's trips get a roster page of their own among the member's pages, right after the
page holding the repeat; Enter opens a trip, the trip's last question returns to the trips'
roster, and the walk goes on through the member's pages back to the members' roster. The
navigator shows the trips' roster under its member, and the trips under it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import Keyboard, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from surveytool.form import Form, load
from surveytool.interview import Address, Interview
from surveytool.store import Store, SurveyKey
from surveytool.ui import page_flow
from surveytool.ui.form_page import FormPage, QuestionRow
from surveytool.ui.main_window import MainWindow
from surveytool.ui.roster import RosterWidget

FEATURES = Path(__file__).parent / "forms" / "features"


@pytest.fixture(scope="module")
def form() -> Form:
    return load(FEATURES / "nested_trips.md")


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "trips.sqlite") as opened:
        yield opened


def focused_row() -> QuestionRow | None:
    widget = QApplication.focusWidget()
    while widget is not None and not isinstance(widget, QuestionRow):
        widget = widget.parentWidget()
    return widget


def member(uid: int) -> tuple[tuple[str, int], ...]:
    return (("members", uid),)


def test_pages_of_a_member_hold_its_trips_roster(form: Form) -> None:
    interview = Interview(form)
    awa = interview.add_instance("members")
    interview.answer(Address("n_trips", "members", awa), 2)
    trips = ("trips", member(awa))
    first = ("trips", (*member(awa), ("trips", 1)))
    assert page_flow.is_roster(interview, trips) and not page_flow.is_roster(interview, first)
    assert page_flow.member_pages(interview, "members", awa) == [("members", awa), trips]
    pages = page_flow.pages(interview)
    assert pages.index(trips) == pages.index(("members", awa)) + 1
    assert pages.index(first) == pages.index(trips) + 1
    assert page_flow.roster_of(interview, first) == trips
    assert page_flow.roster_of(interview, trips) == ("members", None)
    assert page_flow.neighbour(interview, ("members", awa), 1) == trips
    assert page_flow.neighbour(interview, first, 1) == trips  # back to the trips' roster
    assert page_flow.neighbour(interview, trips, 1) == ("members", None)
    assert page_flow.neighbour(interview, trips, -1) == ("members", awa)
    where = Address("destination", "trips", 2, member(awa))
    assert page_flow.page_of(interview, where) == ("trips", (*member(awa), ("trips", 2)))
    assert page_flow.relevant(interview, trips)


def test_member_and_trips_entered_from_the_keyboard(qtbot, store: Store, form: Form) -> None:
    window = MainWindow(store, form)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    settle()
    case = store.create_case(form.form_id, form.version, SurveyKey("CMR", "2026", "C1", 1), "E1")
    view = window.open_case(case)
    assert view is not None
    settle()
    keys = Keyboard()
    view.show_address(Address("hh_id"))
    settle()
    keys.type("H1")
    keys.press(Qt.Key.Key_Return)  # the last question of the section: on to the roster
    settle()
    assert view.current == ("members", None) and isinstance(view.page, RosterWidget)
    keys.press(Qt.Key.Key_Insert)  # a member, opened at once
    settle()
    awa = view.interview.instances("members")[0]
    assert view.current == ("members", awa)
    for text in ("Awa", "30", "2"):  # name, age, number of trips
        keys.type(text)
        keys.press(Qt.Key.Key_Return)
        settle()
    trips = view.page  # the member's last question: on to the member's trips
    assert view.current == ("trips", member(awa)) and isinstance(trips, RosterWidget)
    assert trips.title.text() == "Trips of Awa"
    assert trips.counted and "How many trips did Awa make" in trips.count_hint.text()
    assert trips.model.rowCount() == 2 and trips.table.hasFocus()
    keys.press(Qt.Key.Key_Return)  # opens the first trip
    settle()
    first = (*member(awa), ("trips", 1))
    assert view.current == ("trips", first)
    page = view.page
    assert isinstance(page, FormPage) and page.title.text() == "1. Trips of Awa"
    assert focused_row().address == Address("destination", "trips", 1, member(awa))
    assert focused_row().label.text().startswith("Destination of trip 1 of Awa")
    keys.type("Kribi")
    keys.press(Qt.Key.Key_Return)
    keys.type("150")
    keys.press(Qt.Key.Key_Return)
    settle()
    assert focused_row().address == Address("mode", "trips", 1, member(awa))
    keys.press(Qt.Key.Key_2)  # by bus
    keys.press(Qt.Key.Key_Return)
    keys.type("1")  # companions: Awa is an adult
    keys.press(Qt.Key.Key_Return)
    settle()
    assert view.current == ("trips", member(awa))  # back on the roster, the next trip chosen
    roster = view.page
    assert isinstance(roster, RosterWidget) and roster.selected_instance() == 2
    assert roster.model.data(roster.model.index(0, 1)) == "Kribi"
    # the navigator: the trips' roster under Awa, the trips under it
    navigator = view.navigator
    item = navigator.items[("trips", member(awa))]
    assert item.parent() is navigator.people[("members", awa)]
    assert item.childCount() == 2 and item.child(0).text(0).startswith("1.")
    # stored with path addresses; the member's calculation over its trips follows
    stored = {e.path: e.value for e in store.events(case) if e.kind == "set"}
    assert stored["members#1/trips#1/destination"] == "Kribi"
    assert view.interview.value(Address("far_trips", "members", awa)) == 1  # 150 km
    # past the trips' roster (Tab beyond its buttons): on to the members' roster
    roster.sig_leave.emit(1)
    settle()
    assert view.current == ("members", None)
    assert isinstance(view.page, RosterWidget) and view.page.selected_instance() == awa
