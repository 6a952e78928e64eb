"""The office workspace on a real store: validate in the background, review, decide."""

from __future__ import annotations

from pathlib import Path

import pytest

from surveytool.demo import generate
from surveytool.interview import Address
from surveytool.store import CaseSession, Store
from surveytool.ui.main_window import MainWindow


@pytest.fixture
def store(tmp_path: Path, form):
    with Store.open(tmp_path / "office.sqlite") as opened:
        generate(opened, form, country="CMR", households=12, seed=8)
        yield opened


def break_one_case(store: Store, form) -> tuple[str, str]:
    """A second head in the first household: rule R01b must flag it."""
    row = store.cases()[0]
    session = CaseSession(store, form, row.uuid, "E01")
    second = session.interview.instances("persons")[1]
    session.answer(session.interview.address("relationship", second), "1")
    session.close()
    return row.uuid, str(row.key)


def long_hours(store: Store, form) -> None:
    """Give the first employed person of a complete case 90 usual hours a week."""
    for row in store.cases(status="complete"):
        session = CaseSession(store, form, row.uuid, "E01")
        for uid in session.interview.instances("persons"):
            address = session.interview.address("hours_usual", uid)
            if session.interview.is_relevant(address):
                session.answer(address, 90)
                session.close()
                return
        session.close()
    raise AssertionError("no employed person in the demo store")


def wait_for_job(qtbot, window: MainWindow, timeout: int) -> None:
    """Until the office's job has finished or failed and its slots ran. (A waitSignal set up
    after the job started can miss a job that fails at once.)"""
    qtbot.waitUntil(lambda: window.office.job is None, timeout=timeout)


def validated(qtbot, window: MainWindow):
    job = window.office.run_validation()
    assert job is not None
    wait_for_job(qtbot, window, 120_000)
    qtbot.waitUntil(lambda: window.office.report is not None)
    return window.office


def test_review_reject_and_the_enumerator_sees_why(qtbot, store: Store, form, rules):
    uuid, key = break_one_case(store, form)
    window = MainWindow(store, form, rules=rules)
    qtbot.addWidget(window)
    window.show()
    office = validated(qtbot, window)
    checks = [office.by_check.rows[i][0] for i in range(office.by_check.rowCount())]
    assert "R01b" in checks
    office.show_failures("R01b")
    assert office.failures.rowCount() == 1 and office.failures.rows[0][0] == key
    office.failure_view.selectRow(0)
    assert office.decide("rejected", "Two heads: check the relationships.")
    assert store.case(uuid).status == "rejected"
    assert store.case(uuid).comment == "Two heads: check the relationships."
    # "Open case at question" lands on the relationship question of the household's roster.
    office._on_open_clicked()
    view = window.form_view
    assert view is not None and window.tabs.currentIndex() == 0
    assert view.returned.isVisibleTo(window) and "Two heads" in view.returned.text()
    assert any(address.name == "relationship" for address in view.page.rows)
    window.close()


def test_approve_a_clean_case_and_justify_a_warning(qtbot, store: Store, form, rules):
    window = MainWindow(store, form, rules=rules)
    qtbot.addWidget(window)
    window.show()
    office = validated(qtbot, window)
    assert office.report.errors == 0
    warnings = [f for f in office.report.failures if f.severity == "warning"]
    if warnings:
        office.show_failures(warnings[0].rule)
        office.failure_view.selectRow(0)
        assert office.justify("Confirmed with the respondent by phone.")
        uuid = office.case_of[warnings[0].hh_id]
        notes = store.justifications()
        assert notes[(uuid, warnings[0].rule, warnings[0].line_no)].startswith("Confirmed")
        assert [e.kind for e in store.events(uuid)][-1] == "justify"
    # Approve: pick any complete case through a failure row or directly through the store.
    complete = store.cases(status="complete")[0]
    store.set_status(complete.uuid, "approved", "office")
    assert store.case(complete.uuid).status == "approved"
    assert [e.value["to"] for e in store.events(complete.uuid) if e.kind == "status"][
        -1
    ] == "approved"
    window.close()


def test_validation_runs_off_the_ui_thread(qtbot, store: Store, form, rules):
    window = MainWindow(store, form, rules=rules)
    qtbot.addWidget(window)
    window.show()
    assert window.office.run_validation() is not None
    assert not window.office.validate_button.isEnabled()  # busy, but the window still responds
    wait_for_job(qtbot, window, 120_000)
    qtbot.waitUntil(window.office.validate_button.isEnabled)
    assert "error" in window.office.status.text()
    # a small store has no occupation group of 200 earners: R19e says so, it does not pass
    assert "not fully run" in window.office.status.text()
    assert "R19e: " in window.office.status.toolTip()
    assert Address("hh_id") is not None
    window.close()


def test_justified_warnings_travel_with_the_report(tmp_path: Path, store: Store, form, rules):
    from surveytool.cli import main as cli
    from surveytool.validate import read_data, validate_tables

    long_hours(store, form)  # R15d: more than 84 usual hours is a warning
    data = read_data(store.path, form)
    report = validate_tables(form, rules, data["households"], data["persons"])
    warning = next(f for f in report.failures if f.rule == "R15d")
    uuid = data["households"].set_index("hh_id").loc[warning.hh_id, "case_uuid"]
    store.record_justification(uuid, warning.rule, warning.line_no, "Checked by phone.", "office")
    data = read_data(store.path, form)
    again = validate_tables(
        form,
        rules,
        data["households"],
        data["persons"],
        justified=data["households"].attrs["justified"],
    )
    same = [
        f
        for f in again.failures
        if (f.hh_id, f.rule, f.line_no) == (warning.hh_id, warning.rule, warning.line_no)
    ]
    assert same and same[0].justification == "Checked by phone."
    report_path = tmp_path / "report.json"
    cli(["validate", str(store.path), "--json", str(report_path)])
    assert "Checked by phone." in report_path.read_text(encoding="utf-8")


def test_validate_a_folder_of_csv_files(qtbot, store: Store, form, rules, tmp_path: Path):
    """A batch not imported yet: reviewed from its CSV files, decided only in a store."""
    from surveytool.cli import main

    folder = tmp_path / "batch"
    assert main(["tables", "--store", str(store.path), "--out", str(folder)]) == 0
    persons = folder / "persons.csv"
    lines = persons.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    first = lines[1].split(",")
    first[header.index("age")] = "forty"
    persons.write_text("\n".join([lines[0], ",".join(first), *lines[2:]]) + "\n", "utf-8")
    window = MainWindow(store, form, rules=rules)
    qtbot.addWidget(window)
    job = window.office.run_validation(folder)
    assert job is not None
    wait_for_job(qtbot, window, 120_000)
    office = window.office
    assert office.status.text().startswith("batch: ")
    assert ("age.type", "error") in [(f.rule, f.severity) for f in office.report.failures]
    assert not office.approve_button.isEnabled() and not office.reject_button.isEnabled()
    office.failure_view.selectRow(0)
    assert office.decide("approved") is False  # its cases are not in this store
    window.close()


def test_an_unusable_folder_says_where(qtbot, store: Store, form, rules, tmp_path: Path):
    (tmp_path / "empty").mkdir()
    window = MainWindow(store, form, rules=rules)
    qtbot.addWidget(window)
    assert window.office.run_validation(tmp_path / "empty") is not None
    wait_for_job(qtbot, window, 60_000)
    assert "households.csv" in window.office.status.text()
    assert window.office.folder_button.isEnabled()
    window.close()
