"""The store's side of exchange on real SQLite files: an enumerator's store sends, an office's
store imports (added, same, updated, conflicts, all or nothing), receipts remove cases."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from surveytool.store import OFFICE, Event, Store, StoreError, SurveyKey
from surveytool.store.exchange import (
    IncomingCase,
    apply_receipt,
    case_data_checksum,
    conflict,
    conflicts,
    events_digest,
    import_cases,
    import_log,
    last_received,
    log_import,
    next_sequence,
    received,
    record_sent,
    resolve_conflict,
    sent_packages,
    unexported_complete,
)
from surveytool.store.schema import VERSION, migrate

FORM = ("lfs_migration", "2026.1")
SENDER = "ab" * 16


@pytest.fixture
def field(tmp_path: Path) -> Iterator[Store]:
    """The enumerator's store."""
    with Store.open(tmp_path / "field.sqlite") as opened:
        yield opened


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "office.sqlite") as opened:
        yield opened


def key(household: int) -> SurveyKey:
    return SurveyKey("CMR", "2026", "C001", household)


def filled(store: Store, household: int, size: int = 3, complete: bool = True) -> str:
    case = store.create_case(*FORM, key(household), "E01")
    store.record_roster(case, "add", "persons", 1, "E01")
    store.record_answer(case, "persons#1/person_name", "Ngono Marie", "E01")
    store.record_answer(case, "hh_size", size, "E01")
    if complete:
        store.set_status(case, "complete", "E01")
    return case


def version(store: Store, case: str) -> IncomingCase:
    """The case as a package would carry it."""
    return IncomingCase(store.case(case), store.events(case))


def history(store: Store, case: str) -> list[tuple[object, ...]]:
    return [(e.at, e.enumerator, e.kind, e.path, e.value) for e in store.events(case)]


def send(office: Store, cases: list[IncomingCase], sequence: int = 1, package: str = ""):
    package = package or f"package-{sequence}"
    return import_cases(office, package, f"digest-{package}", SENDER, "batch", sequence, cases)


# -- digests ---------------------------------------------------------------------------------
def test_events_digest_ignores_local_numbering_but_not_content(field: Store, office: Store):
    office.create_case(*FORM, key(99), "E02")  # moves the office's event numbers on
    office.record_answer(office.cases()[0].uuid, "hh_size", 1, "E02")
    case = filled(field, 1)
    send(office, [version(field, case)])
    theirs, ours = field.events(case), office.events(case)
    assert [e.seq for e in theirs] != [e.seq for e in ours]
    assert events_digest(theirs) == events_digest(ours)
    changed = [*theirs[:-1], dataclasses.replace(theirs[-1], value={"to": "approved"})]
    assert events_digest(changed) != events_digest(theirs)
    assert events_digest(theirs[:-1]) != events_digest(theirs)


def test_case_data_checksum_sees_rows_and_events(field: Store):
    case = filled(field, 1, complete=False)
    before = case_data_checksum(field)
    assert case_data_checksum(field) == before
    field.save_snapshot(case, 1, {"hh_size": 3}, {}, 0)  # derived data is not case data
    assert case_data_checksum(field) == before
    field.record_answer(case, "hh_size", 4, "E01")
    assert case_data_checksum(field) != before


# -- office: import ----------------------------------------------------------------------------
def test_import_adds_cases_as_sent_and_records_the_package(field: Store, office: Store):
    cases = [filled(field, n) for n in (1, 2)]
    counts = send(office, [version(field, case) for case in cases])
    assert (counts.added, counts.same, counts.updated, counts.conflicts) == (2, 0, 0, 0)
    assert counts.outcomes == dict.fromkeys(cases, "added")
    for case in cases:
        assert office.case(case) == field.case(case)  # status, dates, enumerator, comment
        assert history(office, case) == history(field, case)
    package = received(office, "package-1")
    assert package is not None
    assert (package.sender, package.sequence, package.added) == (SENDER, 1, 2)
    assert last_received(office, SENDER, "batch") == package
    assert last_received(office, SENDER, "harmonised") is None


def test_importing_again_changes_nothing(field: Store, office: Store):
    case = filled(field, 1)
    send(office, [version(field, case)])
    before = case_data_checksum(office)
    with pytest.raises(StoreError, match="already imported on 20"):
        send(office, [version(field, case)])
    with pytest.raises(StoreError, match="number 1 was already imported"):
        send(office, [version(field, case)], package="a-new-id")
    counts = send(office, [version(field, case)], sequence=2)  # same case in a later package
    assert (counts.added, counts.same, counts.conflicts) == (0, 1, 0)
    assert case_data_checksum(office) == before


def test_a_case_continued_by_the_enumerator_is_updated(field: Store, office: Store):
    case = filled(field, 1)
    first = version(field, case)
    send(office, [first])
    field.set_status(case, "in_progress", "E01")  # reopened
    field.record_answer(case, "hh_size", 4, "E01")
    field.set_status(case, "complete", "E01", comment="size corrected")
    snapshot_seq = office.events(case)[-1].seq
    office.save_snapshot(case, snapshot_seq, {"hh_size": 3}, {}, 0)
    counts = send(office, [version(field, case)], sequence=2)
    assert (counts.updated, counts.conflicts) == (1, 0)
    assert history(office, case) == history(field, case)
    assert office.case(case) == field.case(case)
    # the snapshot stays valid: opening replays the appended events after it
    assert office.snapshot(case)[0] == snapshot_seq
    assert [e.value for e in office.events(case, after=snapshot_seq) if e.kind == "set"] == [4]
    # and the older package, arriving late, brings nothing new
    assert send(office, [first], sequence=3).same == 1


def test_a_case_changed_at_the_office_is_a_conflict_and_keeps_both(field: Store, office: Store):
    case = filled(field, 1)
    send(office, [version(field, case)])
    office.set_status(case, "approved", "S01", role=OFFICE)
    field.set_status(case, "in_progress", "E01")
    field.record_answer(case, "hh_size", 5, "E01")
    ours_before = history(office, case)
    counts = send(office, [version(field, case)], sequence=2)
    assert counts.conflicts == 1 and counts.outcomes == {case: "conflict"}
    assert history(office, case) == ours_before and office.case(case).status == "approved"
    [found] = conflicts(office)
    assert (found.case_uuid, found.package_id, found.reason) == (case, "package-2", "changed_here")
    assert found.incoming.row.status == "in_progress"
    assert events_digest(found.incoming.events) == events_digest(field.events(case))
    # the same incoming version again is the same conflict, not a second one
    assert send(office, [version(field, case)], sequence=3).conflicts == 1
    assert len(conflicts(office)) == 1

    resolved = resolve_conflict(office, found.id, "theirs", "S01")
    assert history(office, case) == history(field, case)
    assert office.case(case).status == "in_progress"
    assert resolved.resolution == "theirs" and resolved.resolved_by == "S01"
    assert resolved.replaced is not None and resolved.local == resolved.replaced
    kept = [(e.at, e.enumerator, e.kind, e.path, e.value) for e in resolved.replaced.events]
    assert kept == ours_before and resolved.replaced.row.status == "approved"
    assert events_digest(resolved.incoming.events) == events_digest(field.events(case))
    assert office.snapshot(case)[0] == 0  # rebuilt from the events when opened
    assert conflicts(office) == [] and conflicts(office, unresolved=False) == [resolved]
    with pytest.raises(StoreError, match="already resolved"):
        resolve_conflict(office, found.id, "ours", "S02")
    # the case now continues the version kept: the enumerator's next change is an update
    field.record_answer(case, "hh_size", 6, "E01")
    assert send(office, [version(field, case)], sequence=4).updated == 1


def test_a_diverging_history_is_a_conflict_and_ours_keeps_the_case(
    field: Store, office: Store, tmp_path: Path
):
    case = filled(field, 1)
    send(office, [version(field, case)])
    with Store.open(tmp_path / "other.sqlite") as other:  # same uuid, another history
        other.create_case(*FORM, key(1), "E09", case_uuid=case)
        other.record_answer(case, "hh_size", 8, "E09")
        counts = send(office, [version(other, case)], sequence=2)
    assert counts.conflicts == 1
    before = case_data_checksum(office)
    [found] = conflicts(office)
    assert found.reason == "diverged"
    resolved = resolve_conflict(office, found.id, "ours", "S01")
    assert case_data_checksum(office) == before
    assert resolved.resolution == "ours" and resolved.replaced is None
    assert resolved.local is not None
    assert events_digest(resolved.local.events) == events_digest(field.events(case))
    assert resolved.incoming.events[-1].value == 8
    with pytest.raises(StoreError, match="'ours' or 'theirs'"):
        resolve_conflict(office, found.id, "both", "S01")
    with pytest.raises(StoreError, match="no conflict 99"):
        conflict(office, 99)


def test_a_case_of_the_same_uuid_made_here_is_not_overwritten(field: Store, office: Store):
    case = filled(field, 1)
    office.create_case(*FORM, key(1), "S01", case_uuid=case)
    office.record_answer(case, "hh_size", 2, "S01")
    before = case_data_checksum(office)
    assert send(office, [version(field, case)]).conflicts == 1
    assert conflicts(office)[0].reason == "not_imported"
    assert case_data_checksum(office) == before


def test_another_case_with_the_same_survey_key_is_a_conflict(field: Store, office: Store):
    held = filled(office, 1, size=2)  # entered at the office for the same household
    case = filled(field, 1)
    assert send(office, [version(field, case)]).outcomes == {case: "conflict"}
    [found] = conflicts(office)
    assert (found.reason, found.case_uuid, found.incoming.row.uuid) == ("key_taken", held, case)
    with pytest.raises(StoreError, match="no case"):
        office.case(case)
    ours = history(office, held)
    resolved = resolve_conflict(office, found.id, "theirs", "S01")
    assert [c.uuid for c in office.cases()] == [case]
    assert history(office, case) == history(field, case)
    assert resolved.replaced is not None and resolved.replaced.row.uuid == held
    kept = [(e.at, e.enumerator, e.kind, e.path, e.value) for e in resolved.replaced.events]
    assert kept == ours


def test_a_bad_case_anywhere_leaves_the_office_store_as_it_was(field: Store, office: Store):
    first = filled(field, 1)
    send(office, [version(field, first)])
    cases = [version(field, filled(field, n)) for n in (2, 3, 4)]
    sound = cases[2].events
    cases[2] = IncomingCase(cases[2].row, [sound[0], dataclasses.replace(sound[1], kind="erase")])
    before = case_data_checksum(office)
    with pytest.raises(StoreError, match="event 2 has a missing or mistyped kind"):
        send(office, cases, sequence=2)
    assert case_data_checksum(office) == before
    assert received(office, "package-2") is None
    origins = office.connection.execute("SELECT count(*) FROM case_origins").fetchone()[0]
    assert origins == 1
    assert office.count_cases() == 1
    cases[2] = IncomingCase(cases[2].row, [sound[0], dataclasses.replace(sound[1], at=None)])
    with pytest.raises(StoreError, match="event 2 has a missing or mistyped time"):
        send(office, cases, sequence=2)
    bad_row = dataclasses.replace(cases[2].row, status="lost")
    with pytest.raises(StoreError, match="unknown status 'lost'"):
        send(office, [cases[0], IncomingCase(bad_row, [])], sequence=2)
    assert case_data_checksum(office) == before
    cases[2] = version(field, cases[2].row.uuid)  # mended, the same package goes in
    assert send(office, cases, sequence=2).added == 3


def test_the_import_log_keeps_every_attempt(office: Store):
    log_import(office, "a.zip", None, None, "refused", "not a zip")
    log_import(office, "b.zip", "p2", SENDER, "imported", "2 added")
    entries = import_log(office)
    assert [(e.file, e.verdict, e.detail) for e in entries] == [
        ("b.zip", "imported", "2 added"),
        ("a.zip", "refused", "not a zip"),
    ]
    assert entries[0].package_id == "p2" and entries[1].sender is None
    assert [e.file for e in import_log(office, limit=1)] == ["b.zip"]


# -- enumerator: sent packages and receipts -------------------------------------------------------
def sent(store: Store, cases: list[str], sequence: int, digest: str) -> None:
    carried = {c: (store.events(c)[-1].seq, events_digest(store.events(c))) for c in cases}
    record_sent(
        store, f"p{sequence}", "batch", sequence, digest, f"/out/{sequence}.zip", "O", carried
    )


def test_sequence_and_unexported_cases_follow_what_was_sent(field: Store):
    assert next_sequence(field, "batch") == (1, None)
    one, two = filled(field, 1), filled(field, 2)
    filled(field, 3, complete=False)
    assert [c.uuid for c in unexported_complete(field)] == [one, two]
    before = case_data_checksum(field)
    sent(field, [one, two], 1, "d1")
    assert case_data_checksum(field) == before  # exporting changes no case
    assert next_sequence(field, "batch") == (2, "d1")
    assert next_sequence(field, "harmonised") == (1, None)
    assert unexported_complete(field) == []
    field.set_status(one, "in_progress", "E01")
    field.set_status(one, "complete", "E01")  # a new version of the case
    assert [c.uuid for c in unexported_complete(field)] == [one]
    with pytest.raises(StoreError, match="numbered 1 was already sent"):
        sent(field, [one], 1, "d1b")
    [package] = sent_packages(field)
    assert (package.sequence, package.cases, package.receipt_at) == (1, 2, None)


def test_a_receipt_removes_the_unchanged_cases_once(field: Store):
    one, two, three = (filled(field, n) for n in (1, 2, 3))
    sent(field, [one, two], 1, "d1")
    field.set_status(two, "in_progress", "E01")  # changed after it was sent
    outcome = apply_receipt(field, "p1", "d1", [one, two, three])
    assert (outcome.removed, outcome.changed_since, outcome.unknown) == ((one,), (two,), (three,))
    with pytest.raises(StoreError, match="no case"):
        field.case(one)
    assert field.events(one) == [] and field.snapshot(one)[0] == 0
    assert field.case(two).status == "in_progress" and field.case(three).status == "complete"
    [package] = sent_packages(field)
    assert package.receipt_at is not None
    before = case_data_checksum(field)
    again = apply_receipt(field, "p1", "d1", [one, two, three])
    assert (again.removed, again.already_removed, again.changed_since) == ((), (one,), (two,))
    assert case_data_checksum(field) == before
    assert sent_packages(field) == [package]


def test_a_receipt_for_another_package_changes_nothing(field: Store):
    one = filled(field, 1)
    sent(field, [one], 1, "d1")
    before = case_data_checksum(field)
    with pytest.raises(StoreError, match="never sent from here"):
        apply_receipt(field, "p7", "d1", [one])
    with pytest.raises(StoreError, match="another version of package p1"):
        apply_receipt(field, "p1", "forged", [one])
    assert case_data_checksum(field) == before and sent_packages(field)[0].receipt_at is None


# -- migration -------------------------------------------------------------------------------------
def test_a_version_3_store_keeps_its_data_and_gains_the_exchange_tables(tmp_path: Path):
    path = tmp_path / "v3.sqlite"
    connection = sqlite3.connect(path, isolation_level=None)
    migrate(connection, target=3)
    connection.execute(
        "INSERT INTO cases (uuid, form_id, form_version, country, round, cluster, household, "
        "status, created_at, updated_at) "
        "VALUES ('c1', 'f', '1', 'CMR', '2026', 'C1', 1, 'complete', 't0', 't1')"
    )
    connection.execute(
        "INSERT INTO events (case_uuid, at, enumerator, kind, path, value) "
        "VALUES ('c1', 't0', 'E1', 'set', 'hh_size', '2')"
    )
    connection.close()
    with Store.open(path) as store:
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == VERSION >= 4
        assert store.case("c1").status == "complete"
        assert store.events("c1") == [Event(1, "c1", "t0", "E1", "set", "hh_size", 2)]
        assert [c.uuid for c in unexported_complete(store)] == ["c1"]
        assert store.integrity_check() == "ok"
