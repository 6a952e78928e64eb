"""The local store on a real SQLite file: events, statuses, locking, migrations, crashes."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from surveytool.casework import replay
from surveytool.interview import Address
from surveytool.store import OFFICE, Store, StoreError, StoreLocked, SurveyKey
from surveytool.store.crashcheck import run as crash_run
from surveytool.store.schema import VERSION

DATA = Path(__file__).parent / "data"
KEY = SurveyKey("CMR", "2026", "C001", 1)


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "store.sqlite") as opened:
        yield opened


def test_pragmas_are_wal_full_sync_and_foreign_keys(store: Store):
    connection = store.connection
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert connection.execute("PRAGMA user_version").fetchone()[0] == VERSION


def test_answers_are_events_and_replay_gives_the_latest(store: Store):
    case = store.create_case("lfs_migration", "2026.1", KEY, "E01")
    store.record_roster(case, "add", "persons", 1, "E01")
    store.record_answer(case, "persons#1/age", 40, "E01")
    store.record_answer(case, "persons#1/age", 41, "E01")
    store.record_answer(case, "hh_size", 1, "E01")
    store.record_answer(case, "hh_size", None, "E01")
    events = store.events(case)
    assert [e.kind for e in events] == ["status", "add", "set", "set", "set", "set"]
    assert all(e.at and e.enumerator == "E01" for e in events)  # paradata: time and who
    answers, instances = replay(events)
    assert answers == {Address("age", "persons", 1): 41}
    assert instances == {"persons": [1]}


def test_status_transitions_are_events_and_illegal_ones_are_refused(store: Store):
    case = store.create_case("lfs_migration", "2026.1", KEY, "E01")
    assert store.case(case).status == "new"
    with pytest.raises(StoreError, match="cannot become complete"):
        store.set_status(case, "complete", "E01")
    store.record_answer(case, "hh_size", 3, "E01")
    assert store.case(case).status == "in_progress"
    store.set_status(case, "complete", "E01")
    store.set_status(case, "rejected", "S01", comment="Ages of children missing", role=OFFICE)
    assert store.case(case).comment == "Ages of children missing"
    with pytest.raises(StoreError):
        store.set_status(case, "approved", "S01", role=OFFICE)
    store.set_status(case, "in_progress", "E01")
    statuses = [e.value for e in store.events(case) if e.kind == "status"]
    assert [s["to"] for s in statuses] == ["in_progress", "complete", "rejected", "in_progress"]


def test_duplicate_household_key_is_refused(store: Store):
    store.create_case("lfs_migration", "2026.1", KEY, "E01")
    with pytest.raises(StoreError, match="exists already"):
        store.create_case("lfs_migration", "2026.1", KEY, "E02")


def test_list_filter_and_count(store: Store):
    for household in range(1, 31):
        case = store.create_case("f", "1", SurveyKey("CMR", "2026", "C9", household), "E")
        if household % 3 == 0:
            store.record_answer(case, "hh_size", 1, "E")
    assert store.count_cases() == 30
    assert store.count_cases(status="in_progress") == 10
    assert [c.key.household for c in store.cases(search="C9-2", limit=5)] == [2, 20, 21, 22, 23]
    assert len(store.cases(limit=10, offset=25)) == 5


_HOLDER = """
import sys, time
from surveytool.store import Store
store = Store.open(sys.argv[1])
print("ready", flush=True)
time.sleep(60)
"""


def test_second_writer_is_refused_readers_still_work(tmp_path: Path):
    path = tmp_path / "store.sqlite"
    with Store.open(path) as store:
        store.create_case("f", "1", KEY, "E")
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreLocked) as refused:
            Store.open(path)
        assert "already open for writing by" in str(refused.value)
        assert f"process {holder.pid}" in str(refused.value)
        with Store.open(path, readonly=True) as reader:
            assert reader.count_cases() == 1
    finally:
        holder.kill()
        holder.wait()
    with Store.open(path) as store:  # the lock died with its holder
        assert store.count_cases() == 1


def test_store_of_schema_1_is_migrated_on_open(tmp_path: Path):
    path = tmp_path / "old.sqlite"
    shutil.copy(DATA / "store_v1.sqlite", path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 1
    with Store.open(path) as store:
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == VERSION
        case = store.cases()[0]
        assert case.key == SurveyKey("CMR", "2026", "C001", 7) and case.n_errors == 0
        answers, instances = replay(store.events(case.uuid))
        assert answers[Address("person_name", "persons", 1)] == "Ngono Marie"
        assert instances == {"persons": [1]}
        store.save_snapshot(case.uuid, 5, {"hh_size": 2}, instances, 0)
        assert store.integrity_check() == "ok"


def test_not_a_store_gives_a_located_message(tmp_path: Path):
    path = tmp_path / "notes.sqlite"
    path.write_text("this is not a database")
    with pytest.raises(StoreError) as refused:
        Store.open(path)
    assert str(path) in str(refused.value)
    with Store.open(tmp_path / "fresh.sqlite"):  # and the lock of the failed open was released
        pass
    with Store.open(path.with_name("other.sqlite")):
        pass


def test_killed_writer_never_loses_a_committed_answer(tmp_path: Path):
    """50 SIGKILLs at random moments; every reported answer survives, the file stays sound."""
    report = crash_run(tmp_path / "crash.sqlite", kills=50, seed=7, max_delay=0.15)
    assert report.integrity_failures == 0
    assert report.lost == 0
    assert report.reported > 50  # the child did write between kills


def test_migration_3_renames_the_position_of_old_justifications(tmp_path: Path):
    """Justifications written before schema 3 named the position after one survey's
    variable; the migration keeps them, under the generic name."""
    from surveytool.store.schema import migrate

    path = tmp_path / "old.sqlite"
    connection = sqlite3.connect(path, isolation_level=None)
    migrate(connection, target=2)
    connection.execute(
        "INSERT INTO cases (uuid, form_id, form_version, country, round, cluster, household, "
        "created_at, updated_at) VALUES ('c1', 'f', '1', 'CMR', '2026', 'C1', 1, 't', 't')"
    )
    old_key = "line" + "_no"  # as schema 2 wrote it
    connection.execute(
        "INSERT INTO events (case_uuid, at, enumerator, kind, path, value) "
        "VALUES ('c1', 't', 'S1', 'justify', 'R15d', ?)",
        (f'{{"{old_key}": "2", "note": "two jobs"}}',),
    )
    connection.close()
    with Store.open(path) as store:
        assert store.justifications() == {("c1", "R15d", "2"): "two jobs"}
