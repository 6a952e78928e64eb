"""Statuses protect the data: every move allowed and refused, edits of complete and approved
cases through the store and through ``CaseSession``, and the office's review functions."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from surveytool.casework import CaseSession, review
from surveytool.interview import Address
from surveytool.store import (
    ALLOWED,
    EDITABLE,
    ENUMERATOR,
    OFFICE,
    STATUSES,
    StatusRefused,
    Store,
    SurveyKey,
)
from surveytool.store.statuses import ROLES

KEY = SurveyKey("CMR", "2026", "C001", 1)


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "store.sqlite") as opened:
        yield opened


def case_in(store: Store, status: str, number: int = 1) -> str:
    """A case brought to ``status`` by the allowed path (each step an event)."""
    case = store.create_case(
        "lfs_migration", "2026.1", SurveyKey("CMR", "2026", "C1", number), "E1"
    )
    if status == "new":
        return case
    store.record_answer(case, "hh_size", 2, "E1")
    if status == "in_progress":
        return case
    store.set_status(case, "complete", "E1")
    if status == "approved":
        store.set_status(case, "approved", "S1", role=OFFICE)
    elif status == "rejected":
        store.set_status(case, "rejected", "S1", "Check the ages", role=OFFICE)
    return case


MOVES = list(itertools.product(STATUSES, STATUSES, ROLES))


@pytest.mark.parametrize(("old", "new", "role"), MOVES)
def test_every_status_move_is_allowed_or_refused_as_the_table_says(store, old, new, role):
    case = case_in(store, old)
    before = store.events(case)
    allowed = role in ALLOWED.get((old, new), frozenset())
    if allowed:
        store.set_status(case, new, "someone", "a reason", role=role)
        assert store.case(case).status == new
        last = store.events(case)[-1]
        assert last.kind == "status"
        assert last.value == {"from": old, "to": new, "comment": "a reason"}
    else:
        with pytest.raises(StatusRefused) as refused:
            store.set_status(case, new, "someone", "a reason", role=role)
        assert refused.value.reason == "not_allowed"
        assert (refused.value.status, refused.value.wanted) == (old, new)
        assert store.case(case).status == old
        assert store.events(case) == before  # a refusal changes nothing


def test_the_allowed_moves_are_the_documented_ones():
    assert {move: set(roles) for move, roles in ALLOWED.items()} == {
        ("new", "in_progress"): {ENUMERATOR},
        ("rejected", "in_progress"): {ENUMERATOR},
        ("in_progress", "complete"): {ENUMERATOR},
        ("complete", "in_progress"): {ENUMERATOR},
        ("complete", "approved"): {OFFICE},
        ("complete", "rejected"): {OFFICE},
        ("approved", "rejected"): {OFFICE},
        ("approved", "complete"): {OFFICE},
    }


@pytest.mark.parametrize("old", ["complete", "approved"])
def test_rejecting_needs_a_reason_and_asks_nothing_first(store, old):
    case = case_in(store, old)
    assert review.check(store, case, "rejected", OFFICE) is None  # the move itself is allowed
    with pytest.raises(StatusRefused) as refused:
        review.reject(store, case, "S1", "   ")
    assert refused.value.reason == "comment_required"
    assert store.case(case).status == old
    review.reject(store, case, "S1", "Ages of the children")
    assert store.case(case).comment == "Ages of the children"


def test_check_refuses_before_a_reason_is_asked(store):
    case = case_in(store, "in_progress")
    refused = review.check(store, case, "rejected", OFFICE)
    assert refused is not None and refused.reason == "not_allowed"


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("kind", ["set", "add", "remove", "move"])
def test_edits_are_refused_unless_the_case_is_editable(store, status, kind):
    case = case_in(store, status)
    before = store.events(case)

    def edit() -> None:
        if kind == "set":
            store.record_answer(case, "hh_size", 5, "E1")
        else:
            store.record_roster(case, kind, "persons", 1, "E1", 1 if kind == "move" else None)

    if status in EDITABLE:
        edit()
        assert store.case(case).status == "in_progress"  # the first edit opens the case
    else:
        with pytest.raises(StatusRefused) as refused:
            edit()
        assert refused.value.reason == "read_only"
        assert store.events(case) == before
        assert store.case(case).status == status


def test_a_fix_after_rejection_keeps_the_office_reason(store):
    case = case_in(store, "rejected")
    store.record_answer(case, "hh_size", 3, "E1")
    row = store.case(case)
    assert (row.status, row.comment) == ("in_progress", "Check the ages")


def test_the_office_may_justify_on_a_complete_case(store):
    case = case_in(store, "complete")
    store.record_justification(case, "R15d", "1", "works two jobs", "S1")
    assert store.case(case).status == "complete"


# -- through CaseSession ---------------------------------------------------------------------


def test_a_complete_case_is_read_only_in_a_session_until_reopened(store, form):
    case = store.create_case(form.form_id, form.version, KEY, "E1")
    session = CaseSession(store, form, case, "E1")
    uid = session.add_person("persons")
    session.answer(Address("person_name", "persons", uid), "Awa")
    store.set_status(case, "complete", "E1")  # as mark complete does, without the checks
    session = CaseSession(store, form, case, "E1")
    assert not session.editable
    answers, events = dict(session.interview.answers), store.events(case)
    with pytest.raises(StatusRefused) as refused:
        session.answer(Address("person_name", "persons", uid), "Fatou")
    assert refused.value.reason == "read_only"
    for action in (
        lambda: session.add_person("persons"),
        lambda: session.remove_person(uid, "persons"),
        lambda: session.move_person(uid, 1, "persons"),
    ):
        with pytest.raises(StatusRefused):
            action()
    assert session.interview.answers == answers  # memory unchanged
    assert session.interview.instances("persons") == [uid]
    assert store.events(case) == events  # log unchanged
    with pytest.raises(StatusRefused):
        session.mark_complete()  # complete already: refused, not a traceback
    session.reopen()
    assert session.editable and session.status == "in_progress"
    session.answer(Address("person_name", "persons", uid), "Fatou")
    assert store.events(case)[-1].value == "Fatou"
    assert [e.value["to"] for e in store.events(case) if e.kind == "status"] == [
        "in_progress",
        "complete",
        "in_progress",
    ]


def test_an_approved_case_changes_only_after_the_office_rejects_it(store, form):
    case = store.create_case(form.form_id, form.version, KEY, "E1")
    session = CaseSession(store, form, case, "E1")
    session.answer(Address("hh_no"), 1)
    store.set_status(case, "complete", "E1")
    store.set_status(case, "approved", "S1", role=OFFICE)
    session = CaseSession(store, form, case, "E1")
    with pytest.raises(StatusRefused) as refused:
        session.reopen()
    assert refused.value.reason == "not_allowed"
    with pytest.raises(StatusRefused):
        session.answer(Address("hh_no"), 2)
    review.reject(store, case, "S1", "Household number is wrong")
    assert session.editable
    session.answer(Address("hh_no"), 2)
    assert session.interview.value(Address("hh_no")) == 2


def test_a_failed_write_leaves_the_interview_as_it_was(store, form):
    case = store.create_case(form.form_id, form.version, KEY, "E1")
    session = CaseSession(store, form, case, "E1")
    session.answer(Address("hh_no"), 1)
    store.connection.execute(
        "CREATE TRIGGER full BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    with pytest.raises(Exception, match="disk full"):
        session.answer(Address("hh_no"), 7)
    assert session.interview.value(Address("hh_no")) == 1
    assert session.interview.answers[Address("hh_no")] == 1


# -- the office's review ----------------------------------------------------------------------


@pytest.fixture
def demo_store(tmp_path: Path, form):
    from surveytool.demo import generate

    with Store.open(tmp_path / "demo.sqlite") as opened:
        generate(opened, form, country="CMR", households=4, seed=3, year=2026)
        yield opened


def _reopen_and_answer(store: Store, case: str, path: str, value: object) -> None:
    store.set_status(case, "in_progress", "E1")
    store.record_answer(case, path, value, "E1")
    store.set_status(case, "complete", "E1")


def test_approving_a_case_with_an_error_is_refused_and_changes_nothing(demo_store, form, rules):
    case = demo_store.cases(status="complete")[0].uuid
    _reopen_and_answer(demo_store, case, "hh_size", None)  # a required answer removed
    before = demo_store.events(case)
    with pytest.raises(StatusRefused) as refused:
        review.approve(demo_store, form, case, "S1", rules)
    assert refused.value.reason == "has_errors"
    assert [item.rule for item in refused.value.items] == ["hh_size"]
    assert demo_store.case(case).status == "complete"
    assert demo_store.events(case) == before


def _employed_person(store: Store, form, case: str) -> int:
    from surveytool.casework import load_interview

    interview, _ = load_interview(store, form, case)
    for uid in interview.instances("persons"):
        if interview.value(Address("hours_usual", "persons", uid)) is not None:
            return interview.position("persons", uid), uid
    pytest.skip("no employed person in this demo household")


def test_approving_with_an_unjustified_warning_needs_the_justification(demo_store, form, rules):
    case = next(
        row.uuid
        for row in demo_store.cases(status="complete")
        if _has_worker(demo_store, form, row.uuid)
    )
    line, uid = _employed_person(demo_store, form, case)
    _reopen_and_answer(demo_store, case, f"persons#{uid}/hours_usual", 90)  # R15d: > 84 hours
    with pytest.raises(StatusRefused) as refused:
        review.approve(demo_store, form, case, "S1", rules)
    assert refused.value.reason == "needs_justification"
    assert [(w.rule, w.line_no) for w in refused.value.items] == [("R15d", str(line))]
    assert demo_store.case(case).status == "complete"
    demo_store.record_justification(case, "R15d", str(line), "two jobs, checked by phone", "S1")
    review.approve(demo_store, form, case, "S1", rules)
    assert demo_store.case(case).status == "approved"


def test_approving_with_justified_ok_records_the_decision(demo_store, form, rules):
    case = next(
        row.uuid
        for row in demo_store.cases(status="complete")
        if _has_worker(demo_store, form, row.uuid)
    )
    _, uid = _employed_person(demo_store, form, case)
    _reopen_and_answer(demo_store, case, f"persons#{uid}/hours_usual", 90)
    review.approve(demo_store, form, case, "S1", rules, justified_ok=True)
    assert demo_store.case(case).status == "approved"
    review.revoke(demo_store, case, "S1")
    assert demo_store.case(case).status == "complete"


def _has_worker(store: Store, form, case: str) -> bool:
    from surveytool.casework import load_interview

    interview, _ = load_interview(store, form, case)
    return any(
        interview.value(Address("hours_usual", "persons", uid)) is not None
        for uid in interview.instances("persons")
    )


def test_rows_made_by_a_count_are_events_and_a_dropped_row_stays_dropped(store, form):
    """abs_count 3 -> 2 in one session, back to 3 in the next: row 3 comes back empty."""
    case = store.create_case(form.form_id, form.version, KEY, "E1")
    session = CaseSession(store, form, case, "E1")
    session.answer(Address("abs_any"), 1)
    session.answer(Address("abs_count"), 3)
    third = session.interview.instances("absentees")[2]
    session.answer(Address("abs_age", "absentees", third), 30)
    session.answer(Address("abs_count"), 2)
    session.close()
    kinds = [(e.kind, e.path) for e in store.events(case) if e.kind in ("add", "remove")]
    assert kinds[-1] == ("remove", f"absentees#{third}")
    store.connection.execute("DELETE FROM snapshots")  # rebuilt from the events alone
    session = CaseSession(store, form, case, "E1")
    assert len(session.interview.instances("absentees")) == 2
    session.answer(Address("abs_count"), 3)
    new = session.interview.instances("absentees")[2]
    assert session.interview.value(Address("abs_age", "absentees", new)) is None
    session.close()
    store.connection.execute("DELETE FROM snapshots")
    again = CaseSession(store, form, case, "E1")
    assert again.interview.instances("absentees") == session.interview.instances("absentees")
    assert again.interview.value(Address("abs_age", "absentees", new)) is None
