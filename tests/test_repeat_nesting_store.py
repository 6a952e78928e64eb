"""Nested repeats through the store: events with path addresses, close and reopen a case.

Members and their trips are entered through ``CaseSession`` on a real SQLite store; the
trips a member's ``n_trips`` makes are roster events (``members#1/trips#2``) as a top-level
repeat's are (``members#1``), so a case reopens the same from its snapshot and from its
events alone, and a member removed takes its trips with it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from surveytool.casework import CaseSession, load_interview, replay, review
from surveytool.form import Form, load
from surveytool.interview import Address
from surveytool.store import Store, SurveyKey

FEATURES = Path(__file__).parent / "forms" / "features"
KEY = SurveyKey("CMR", "2026", "C001", 1)


@pytest.fixture(scope="module")
def form() -> Form:
    return load(FEATURES / "nested_trips.md")


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "nested.sqlite") as opened:
        yield opened


def member(uid: int) -> tuple[tuple[str, int], ...]:
    return (("members", uid),)


def trip(name: str, member_uid: int, trip_uid: int) -> Address:
    return Address(name, "trips", trip_uid, member(member_uid))


def enter(session: CaseSession) -> tuple[int, int]:
    session.answer(Address("hh_id"), "H1")
    awa, bola = session.add_person("members"), session.add_person("members")
    for uid, name, age, trips in ((awa, "Awa", 30, 2), (bola, "Bola", 12, 1)):
        session.answer(Address("member_name", "members", uid), name)
        session.answer(Address("age", "members", uid), age)
        session.answer(Address("n_trips", "members", uid), trips)
    session.answer(trip("destination", awa, 1), "Kribi")
    session.answer(trip("distance_km", awa, 1), 150)
    session.answer(trip("destination", awa, 2), "Buea")
    session.answer(trip("destination", bola, 1), "Limbe")
    return awa, bola


def test_trips_are_roster_events_with_path_addresses(store: Store, form: Form) -> None:
    case = store.create_case(form.form_id, form.version, KEY, "E01")
    session = CaseSession(store, form, case, "E01")
    enter(session)
    paths = [(e.kind, e.path) for e in store.events(case) if e.kind != "status"]
    assert ("add", "members#1") in paths
    assert ("add", "members#1/trips#2") in paths
    assert ("add", "members#2/trips#1") in paths
    assert ("set", "members#1/trips#2/destination", "Buea") in [
        (e.kind, e.path, e.value) for e in store.events(case)
    ]
    # the trip rows are recorded after the member row that holds them
    assert paths.index(("add", "members#1")) < paths.index(("add", "members#1/trips#1"))


def test_a_case_reopens_the_same_from_snapshot_and_from_events(store: Store, form: Form) -> None:
    case = store.create_case(form.form_id, form.version, KEY, "E01")
    session = CaseSession(store, form, case, "E01")
    awa, bola = enter(session)
    session.answer(Address("n_trips", "members", awa), 1)  # drops Awa's second trip
    session.move_person(bola, 1, "members")
    before = session.interview
    session.close()
    reopened = CaseSession(store, form, case, "E01").interview
    answers, rosters = replay(store.events(case))  # no snapshot: the events alone
    assert rosters == before.rosters_text() == reopened.rosters_text()
    assert rosters == {"members": [bola, awa], "members#1/trips": [1], "members#2/trips": [1]}
    assert answers == before.answers == reopened.answers
    assert trip("destination", awa, 2) not in answers
    assert reopened.value(trip("destination", bola, 1)) == "Limbe"
    assert reopened.value(Address("member_km", "members", awa)) == 150
    assert reopened.label(trip("destination", awa, 1)) == "Destination of trip 1 of Awa"


def test_removing_a_member_removes_its_trips_for_good(store: Store, form: Form) -> None:
    case = store.create_case(form.form_id, form.version, KEY, "E01")
    session = CaseSession(store, form, case, "E01")
    awa, bola = enter(session)
    session.remove_person(awa, "members")
    session.close()
    interview, _ = load_interview(store, form, case)
    assert interview.rosters_text() == {"members": [bola], "members#2/trips": [1]}
    assert not [a for a in interview.answers if a.path[:1] == member(awa)]
    # a trip the count adds later in another session is an event of that session
    again = CaseSession(store, form, case, "E01")
    again.answer(Address("n_trips", "members", bola), 2)
    again.answer(trip("destination", bola, 2), "Douala")
    again.close()
    interview, _ = load_interview(store, form, case)
    assert interview.instances("trips", member(bola)) == [1, 2]
    assert interview.value(trip("destination", bola, 2)) == "Douala"
    assert [e.path for e in store.events(case)][-3:] == [
        "members#2/n_trips",
        "members#2/trips#2",
        "members#2/trips#2/destination",
    ]


def test_the_office_sees_a_trip_located_as_batch_reports_locate_it(
    store: Store, form: Form
) -> None:
    case = store.create_case(form.form_id, form.version, KEY, "E01")
    session = CaseSession(store, form, case, "E01")
    _, bola = enter(session)
    session.move_person(bola, 1, "members")
    session.close()
    errors, _ = review.blockers(store, form, case)
    lines = {(blocker.rule, blocker.line_no) for blocker in errors}
    assert ("distance_km", "2.2") in lines  # Awa (now second), her second trip
    assert ("distance_km", "1.1") in lines  # Bola, moved first
    assert ("member_name", None) not in lines


def test_conflict_comparison_names_a_nested_record_by_its_member_and_its_own_line(
    store: Store, form: Form
) -> None:
    """Exchange ▸ Conflicts compares two versions record by record: each member's trip 1 is
    its own record ("1.1", "2.1"), so a trip changed in one version is found once and named
    by its member's line and its own, never mixed with another member's trip 1."""
    from surveytool.package.compare import compare

    key = SurveyKey("CMR", "2026", "C1", 1)
    uuid = store.create_case(form.form_id, form.version, key, "E01")
    session = CaseSession(store, form, uuid, "E01")
    _, bola = enter(session)
    before = store.events(uuid)
    session.answer(trip("destination", bola, 1), "Douala")
    differences = compare(form, before, store.events(uuid))
    changed = [(d.level, d.record, d.variable) for d in differences]
    assert len(changed) == 1 and changed[0][2] == "destination"
    assert changed[0][1].count(".") == 1  # member.trip
