"""One store, one writer: answers given on the UI thread while a demo-generation job writes
and a validation job reads, each on its own connection; the event log and the snapshot agree
afterwards and nothing failed with "database is locked"."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from surveytool.casework import CaseSession, replay
from surveytool.interview import Address
from surveytool.store import Store, SurveyKey

pytest.importorskip("PySide6")

from surveytool.ui.workers import Job, start


def test_answers_while_a_demo_job_writes_and_a_validation_job_reads(
    qtbot, tmp_path: Path, form, rules
):
    from surveytool.demo import generate
    from surveytool.validate.batch import validate_store

    path = tmp_path / "store.sqlite"
    store = Store.open(path)
    try:
        generate(store, form, country="CMR", households=3, seed=1, year=2026)
        case = store.create_case(
            form.form_id, form.version, SurveyKey("CMR", "2026", "Z9", 1), "E1"
        )
        session = CaseSession(store, form, case, "E1")
        threads: set[str] = set()

        def demo(progress: object) -> dict[str, int]:
            threads.add(threading.current_thread().name)
            try:
                return generate(store, form, country="CMR", households=25, seed=7, year=2026)
            finally:
                store.release_thread()

        def validation(progress: object) -> int:
            threads.add(threading.current_thread().name)
            with Store.open(path, readonly=True) as reader:
                result = validate_store(reader, form, rules, statuses=("in_progress", "complete"))
            return result.report.errors  # type: ignore[attr-defined]

        outcomes: dict[str, object] = {}
        jobs = [Job(demo), Job(validation)]
        for name, job in zip(("demo", "validation"), jobs, strict=True):
            job.signals.sig_finished.connect(lambda value, n=name: outcomes.__setitem__(n, value))
            job.signals.sig_failed.connect(lambda message, n=name: outcomes.__setitem__(n, message))
            start(job)

        answered_while_running = 0
        given = 0
        uid = 0
        while len(outcomes) < 2 or given < 40:
            if given % 4 == 0:
                uid = session.add_person("persons")
            name = Address("person_name", "persons", uid)
            session.answer(name, f"Person {given}")
            session.answer(Address("age", "persons", uid), 20 + given % 50)
            session.answer(Address("hh_no"), given + 1)
            given += 1
            if len(outcomes) < 2:
                answered_while_running += 1
            qtbot.wait(1)
            assert given < 5_000, "the jobs never finished"
        assert isinstance(outcomes["demo"], dict), outcomes["demo"]  # no failure message
        assert isinstance(outcomes["validation"], int), outcomes["validation"]
        print(f"answers given while the jobs ran: {answered_while_running}")
        assert answered_while_running > 0
        assert threading.main_thread().name not in threads  # the jobs ran elsewhere
        session.close()

        events = store.events(case)
        from_log, roster = replay(events)
        assert from_log == session.interview.answers
        assert roster["persons"] == session.interview.instances("persons")
        last_seq, snapshot, instances = store.snapshot(case)
        assert last_seq == events[-1].seq
        assert snapshot == {str(a): v for a, v in from_log.items()}
        assert instances["persons"] == roster["persons"]
        assert store.count_cases() == 3 + 1 + 25
        assert store.integrity_check() == "ok"
    finally:
        store.close()


def test_no_connection_crosses_threads(tmp_path: Path):
    with Store.open(tmp_path / "store.sqlite") as store:
        seen: list[object] = []
        worker = threading.Thread(target=lambda: seen.append(store.connection))
        worker.start()
        worker.join()
        assert seen[0] is not store.connection
        with pytest.raises(Exception, match="thread"):
            seen[0].execute("SELECT 1")  # sqlite3 itself refuses a connection from another thread
