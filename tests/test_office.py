"""The office workspace on a real store: validate in the background, review, decide."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from surveytool.casework import CaseSession, review
from surveytool.demo import generate
from surveytool.store import Store
from surveytool.ui.main_window import MainWindow
from surveytool.ui.office import OfficeWorkspace


@pytest.fixture
def store(tmp_path: Path, form):
    with Store.open(tmp_path / "office.sqlite") as opened:
        generate(opened, form, country="CMR", households=12, seed=8)
        yield opened


@pytest.fixture
def mixed_store(tmp_path: Path, form):
    """Complete cases and cases still in progress (with unanswered questions)."""
    with Store.open(tmp_path / "mixed.sqlite") as opened:
        generate(opened, form, country="CMR", households=12, seed=8, in_progress_share=0.4)
        yield opened


def edit_complete_case(store: Store, form, uuid: str, name: str, value: object) -> None:
    """The enumerator reopens a complete case, changes the first relevant ``name`` and sends
    it again. The session checks no batch rule, so a rule-level problem gets through, as
    with a case completed before the rule was written."""
    review.reopen(store, uuid, "E01", "fix")
    session = CaseSession(store, form, uuid, "E01")
    if session.interview.form.question(name).repeat is None:
        addresses = [session.interview.address(name)]
    else:
        addresses = [
            session.interview.address(name, uid) for uid in session.interview.instances("persons")
        ]
    relevant = [a for a in addresses if session.interview.is_relevant(a)]
    target = relevant[1] if name == "relationship" else relevant[0]  # a second head
    session.answer(target, value)
    assert session.mark_complete() == []
    session.close()
    assert store.case(uuid).status == "complete"


def break_one_case(store: Store, form) -> tuple[str, str]:
    """A second head in the first household: rule R01b (an error) must flag it."""
    row = store.cases(status="complete")[0]
    edit_complete_case(store, form, row.uuid, "relationship", "1")
    return row.uuid, str(row.key)


def long_hours(store: Store, form) -> str:
    """90 usual hours a week for the first employed person of a complete case (R15d, a
    warning); the case's uuid."""
    for row in store.cases(status="complete"):
        session = CaseSession(store, form, row.uuid, "E01")
        employed = [
            uid
            for uid in session.interview.instances("persons")
            if session.interview.is_relevant(session.interview.address("hours_usual", uid))
        ]
        if employed:
            edit_complete_case(store, form, row.uuid, "hours_usual", 90)
            return row.uuid
    raise AssertionError("no employed person in the demo store")


def wait_for_job(qtbot, office: OfficeWorkspace, timeout: int) -> None:
    """Until the office's job has finished or failed and its slots ran. (A waitSignal set up
    after the job started can miss a job that fails at once.)"""
    qtbot.waitUntil(lambda: office.job is None, timeout=timeout)


def validated(qtbot, office: OfficeWorkspace, statuses: tuple[str, ...] | None = None):
    if statuses is not None:
        office.set_statuses(statuses)
    office.report = None
    assert office.run_validation() is not None
    wait_for_job(qtbot, office, 120_000)
    assert office.report is not None, office.status.text()
    return office


def workspace(qtbot, store: Store, form, rules) -> OfficeWorkspace:
    office = OfficeWorkspace(store)
    office.set_form(form, rules)
    qtbot.addWidget(office)
    return office


def select_failure(office: OfficeWorkspace, rule: str, hh_id: str | None = None) -> object:
    office.show_failures(rule)
    for row, failure in enumerate(office.failures.payload):
        if hh_id is None or failure.hh_id == hh_id:
            office.failure_view.selectRow(row)
            return failure
    raise AssertionError(f"no failure of {rule} for {hh_id}")


def cli_report(store: Store, tmp_path: Path, *options: str) -> dict:
    from surveytool.cli import main

    path = tmp_path / "report.json"
    main(["validate", str(store.path), "--json", str(path), *options])
    return json.loads(path.read_text(encoding="utf-8"))


def as_json(report) -> dict:
    return json.loads(json.dumps(report.to_dict(), ensure_ascii=False, default=str))


def test_the_office_and_the_command_line_give_the_same_report(
    qtbot, mixed_store: Store, form, rules, tmp_path: Path
):
    office = workspace(qtbot, mixed_store, form, rules)
    from surveytool.validate.inputs import REVIEW_STATUSES

    assert office.statuses() == REVIEW_STATUSES  # the CLI's default too
    by_default = validated(qtbot, office)
    assert as_json(by_default.report) == cli_report(mixed_store, tmp_path)
    default_errors = by_default.report.errors
    complete = mixed_store.count_cases(status="complete")
    assert len(office.case_of) == complete < mixed_store.count_cases()
    everything = validated(
        qtbot, office, ("new", "in_progress", "complete", "approved", "rejected")
    )
    assert "all" in office.status_button.text()
    assert as_json(everything.report) == cli_report(mixed_store, tmp_path, "--status", "all")
    assert everything.report.errors > default_errors  # the cases in progress lack answers
    assert len(office.case_of) == mixed_store.count_cases()
    in_progress = validated(qtbot, office, ("in_progress",))
    assert as_json(in_progress.report) == cli_report(
        mixed_store, tmp_path, "--status", "in_progress"
    )
    assert set(office.status_of.values()) == {"in_progress"}


def test_validation_runs_off_the_ui_thread_on_its_own_read_only_store(
    qtbot, store: Store, form, rules, monkeypatch
):
    opened: list[tuple[bool, bool]] = []  # (read-only, on the UI thread) of each store opened
    real_open = Store.open.__func__

    def spy(cls, path=None, *, readonly=False):
        opened.append((readonly, threading.current_thread() is threading.main_thread()))
        return real_open(cls, path, readonly=readonly)

    monkeypatch.setattr(Store, "open", classmethod(spy))
    office = workspace(qtbot, store, form, rules)
    assert office.run_validation() is not None
    assert not office.validate_button.isEnabled()  # busy, but the window still responds
    wait_for_job(qtbot, office, 120_000)
    assert opened == [(True, False)]
    assert office.validate_button.isEnabled()
    assert "error" in office.status.text()
    # a small store has no occupation group of 200 earners: R19e says so, it does not pass,
    # and the note names the check, its question and why, on screen (not in a tooltip)
    assert office.notes.isVisibleTo(office)
    notes = office.notes.text()
    assert "check(s) not fully run" in notes
    assert "R19e — " in notes and "groups of fewer than 200 not judged" in notes


def test_checks_show_the_label_of_their_question(qtbot, store: Store, form, rules):
    break_one_case(store, form)
    office = validated(qtbot, workspace(qtbot, store, form, rules))
    shown = [office.by_check.displayed(row, 0) for row in range(office.by_check.rowCount())]
    head = next(text for text in shown if text.startswith("R01b"))
    assert head == "R01b — What is …'s relationship to the head of household (reference person)?"
    office.set_language("fr")  # the interface language; labels follow without a new run
    head = office.by_check.displayed(shown.index(head), 0)
    assert head.startswith("R01b — Quel est le lien de parenté de … avec le chef de ménage")


def test_reject_and_the_enumerator_sees_why(qtbot, store: Store, form, rules, monkeypatch):
    uuid, key = break_one_case(store, form)
    window = MainWindow(store, form, rules=rules)
    qtbot.addWidget(window)
    window.show()
    office = validated(qtbot, window.office)
    select_failure(office, "R01b")
    assert office.failures.rows[0][0] == key
    assert office.failures.displayed(0, 2) == "Complete"
    monkeypatch.setattr(
        QInputDialog,
        "getMultiLineText",
        staticmethod(lambda *args, **kwargs: ("Two heads: check the relationships.", True)),
    )
    office.reject_selected()
    assert store.case(uuid).status == "rejected"
    assert store.case(uuid).comment == "Two heads: check the relationships."
    assert office.failures.displayed(0, 2) == "Rejected"  # the row shows the new status
    assert key in office.status.text()
    # "Open case at question" lands on the relationship question of the household's roster.
    office._on_open_clicked()
    view = window.form_view
    assert view is not None and window.tabs.currentIndex() == 0
    assert view.returned.isVisibleTo(window) and "Two heads" in view.returned.text()
    qtbot.waitUntil(  # navigation may be queued after the event that asked for it
        lambda: any(address.name == "relationship" for address in window.form_view.page.rows)
    )
    window.close()


def test_approve_is_refused_with_the_list_of_errors(qtbot, store: Store, form, rules):
    uuid, _ = break_one_case(store, form)
    office = validated(qtbot, workspace(qtbot, store, form, rules))
    select_failure(office, "R01b")
    events = len(store.events(uuid))
    office.approve_selected()
    assert store.case(uuid).status == "complete"  # nothing changed
    assert len(store.events(uuid)) == events
    dialog = office.decisions.dialog
    assert dialog.isVisible() and "error(s) to fix first" in dialog.text.text()
    listed = [dialog.items.item(i).text() for i in range(dialog.items.count())]
    assert any("R01b" in line and line.startswith("error") for line in listed)
    assert office.failures.displayed(0, 2) == "Complete"
    dialog.close()


def test_approve_asks_one_justification_for_the_warnings_then_approves(
    qtbot, store: Store, form, rules, monkeypatch
):
    uuid = long_hours(store, form)
    office = validated(qtbot, workspace(qtbot, store, form, rules))
    hh_id = next(h for h, case in office.case_of.items() if case == uuid)
    failure = select_failure(office, "R15d", hh_id)
    asked: list[str] = []

    def answer(parent, title, label, *args, **kwargs):
        asked.append(label)
        return "Confirmed with the respondent by phone.", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer))
    office.approve_selected()
    assert len(asked) == 1 and "R15d" in asked[0]  # the warnings are listed in the question
    assert store.case(uuid).status == "approved"
    notes = store.justifications()
    assert notes[(uuid, "R15d", failure.line_no)] == "Confirmed with the respondent by phone."
    row = next(i for i, f in enumerate(office.failures.payload) if f is failure)
    assert office.failures.displayed(row, 2) == "Approved"
    # and the approval can be withdrawn: the case is under review again
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", True)))
    office.revoke_selected()
    assert store.case(uuid).status == "complete"
    assert office.failures.displayed(row, 2) == "Complete"


def test_reject_asks_nothing_when_the_case_cannot_be_rejected(
    qtbot, mixed_store: Store, form, rules, monkeypatch
):
    office = validated(qtbot, workspace(qtbot, mixed_store, form, rules), ("in_progress",))
    failure = office.report.failures[0]
    select_failure(office, failure.rule, failure.hh_id)
    uuid = office.case_of[failure.hh_id]
    asked: list[object] = []
    monkeypatch.setattr(
        QInputDialog,
        "getMultiLineText",
        staticmethod(lambda *args, **kwargs: asked.append(args) or ("a reason", True)),
    )
    office.reject_selected()
    assert asked == []  # refused before anyone typed a reason
    assert mixed_store.case(uuid).status == "in_progress"
    assert "cannot become rejected" in office.decisions.dialog.text.text()
    # a complete case may be rejected, but not without a reason
    complete = mixed_store.cases(status="complete")[0]
    office = validated(qtbot, office, ("complete",))
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: ("   ", True))
    )
    office.case_of["X"] = complete.uuid  # a clean case has no failure row to select
    office.decisions.reject(complete.uuid, "X")
    assert mixed_store.case(complete.uuid).status == "complete"
    assert "Say why" in office.decisions.dialog.text.text()


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
    office = workspace(qtbot, store, form, rules)
    assert office.run_validation(folder) is not None
    wait_for_job(qtbot, office, 120_000)
    assert office.status.text().startswith("batch: ")
    assert ("age.type", "error") in [(f.rule, f.severity) for f in office.report.failures]
    office.failure_view.selectRow(0)
    assert office.selected_case() is None  # its cases are not in this store
    assert not office.approve_button.isEnabled() and not office.reject_button.isEnabled()


def test_an_unusable_folder_says_where(qtbot, store: Store, form, rules, tmp_path: Path):
    (tmp_path / "empty").mkdir()
    office = workspace(qtbot, store, form, rules)
    assert office.run_validation(tmp_path / "empty") is not None
    wait_for_job(qtbot, office, 60_000)
    assert "households.csv" in office.status.text()
    assert office.folder_button.isEnabled()


FRENCH = {
    "error": "erreur",
    "warning": "avertissement",
    "household": "ménage",
    "person": "personne",
    "absentee": "absent",
    "Complete": "Complet",
    "In progress": "En cours",
    "Check": "Contrôle",
    "Severity": "Gravité",
    "Level": "Niveau",
    "Status": "Statut",
    "Validate the store": "Valider la base",
}


def french_catalogue(folder: Path) -> Path:
    """The office's strings as pyside6-lupdate extracts them, a few translated, compiled: a
    string not wrapped for translation (or in the wrong context) cannot change language."""
    import subprocess
    import sys
    import xml.etree.ElementTree as ET

    ui = Path(__file__).resolve().parents[1] / "surveytool" / "ui"
    sources = [*sorted(ui.glob("office*.py")), ui / "case_model.py"]
    tools = Path(sys.executable).parent
    ts, qm = folder / "office_fr.ts", folder / "office_fr.qm"
    subprocess.run(
        [tools / "pyside6-lupdate", *sources, "-target-language", "fr_FR", "-ts", ts],
        check=True,
        capture_output=True,
    )
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        if source in FRENCH and translation is not None:
            translation.text = FRENCH[source]
            translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([tools / "pyside6-lrelease", ts, "-qm", qm], check=True, capture_output=True)
    return qm


def test_a_french_interface_shows_no_english_word_in_the_office(
    qtbot, store: Store, form, rules, tmp_path: Path
):
    from PySide6.QtCore import QCoreApplication, QTranslator

    break_one_case(store, form)  # an error at household level
    long_hours(store, form)  # a warning at person level
    office = validated(qtbot, workspace(qtbot, store, form, rules))
    office.show_failures(None)
    shown = {
        office.by_check.displayed(r, c) for r in range(office.by_check.rowCount()) for c in (1, 2)
    }
    assert {"error", "warning", "household", "person"} <= shown
    translator = QTranslator()
    assert translator.load(str(french_catalogue(tmp_path)))
    QCoreApplication.installTranslator(translator)  # Qt sends LanguageChange to every widget
    try:
        office.set_language("fr")
        qtbot.waitUntil(lambda: office.validate_button.text() == "Valider la base")
        words = {
            office.by_check.displayed(r, c)
            for r in range(office.by_check.rowCount())
            for c in (1, 2)
        }
        words |= {
            office.failures.displayed(r, c)
            for r in range(office.failures.rowCount())
            for c in (2, 4)
        }
        assert {"erreur", "avertissement", "ménage", "personne", "Complet"} <= words
        assert not words & {"error", "warning", "household", "person", "absentee", "Complete"}
        headers = [office.by_check.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
        assert headers == ["Contrôle", "Gravité", "Niveau"]
        assert "Complet" in office.status_button.text()
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_clean_household_is_approved_from_by_household(qtbot, store: Store, form, rules):
    """Most cases have no failure row at all: the office picks them by household."""
    break_one_case(store, form)
    office = OfficeWorkspace(store)
    qtbot.addWidget(office)
    office.set_form(form, rules)
    office.show()
    office.run_validation()
    wait_for_job(qtbot, office, timeout=60_000)
    households = office.by_household.rows
    assert len(households) == len(store.cases(status="complete"))
    clean = next(row for row in households if row[2] == 0 and row[3] == 0)
    office.left.setCurrentWidget(office.household_view)
    view = office.household_view
    index = office.by_household.index(households.index(clean), 0)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert office.failures.rowCount() == 0  # nothing to show, and still a case to decide
    assert office.approve_button.isEnabled()
    qtbot.mouseClick(office.approve_button, Qt.MouseButton.LeftButton)
    uuid = office.case_of[str(clean[0])]
    assert store.case(uuid).status == "approved"
    assert office.by_household.rows[households.index(clean)][1] == "approved"
