"""The Exchange menu on real stores, real keys and real packages: an enumerator's batch goes
through the dialogs into an office store; conflicts are shown side by side and resolved;
the harmonised package's disclosure report is read before anything is written.

File dialogs are Qt's and are patched to return a path (as a person would pick one); the
rest runs for real: jobs on the thread pool, the store, the package code.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
)

from surveytool.casework import CaseSession, review
from surveytool.demo import generate
from surveytool.package.batch import export_batch
from surveytool.package.keys import KeyRing
from surveytool.store import Store
from surveytool.store.exchange import conflicts, import_log
from surveytool.ui.exchange_batch import ExportBatchDialog
from surveytool.ui.exchange_conflicts import ConflictsDialog
from surveytool.ui.exchange_disclosure import DisclosureDialog
from surveytool.ui.exchange_jobs import ImportRun, import_packages_job
from surveytool.ui.exchange_keys import KeysDialog
from surveytool.ui.exchange_log import ImportLogDialog
from surveytool.ui.main_window import MainWindow

JOB_TIMEOUT = 60_000


@pytest.fixture
def keys(tmp_path: Path) -> dict[str, KeyRing]:
    """An enumerator's and an office's keys, each trusting the other; the office's public
    key file where the enumerator keeps it."""
    enumerator = KeyRing.create("Amina Njoya", "enumerator", tmp_path / "enumerator_keys")
    office = KeyRing.create("Yaoundé office", "office", tmp_path / "office_keys")
    office.trust(enumerator.identity)
    enumerator.trust(office.identity)
    office.identity.write(tmp_path / "office.pub")
    return {"enumerator": enumerator, "office": office}


def make_window(qtbot, tmp_path: Path, store: Store, form, rules, ring: KeyRing) -> MainWindow:
    settings = QSettings(str(tmp_path / f"{ring.identity.role}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, form, rules=rules, settings=settings)
    window.exchange.keys_folder = ring.folder
    qtbot.addWidget(window)
    return window


@pytest.fixture
def enumerator_window(qtbot, tmp_path: Path, form, rules, keys):
    with Store.open(tmp_path / "enumerator.sqlite") as store:
        generate(store, form, country="CMR", households=5, seed=3)
        yield make_window(qtbot, tmp_path, store, form, rules, keys["enumerator"])


@pytest.fixture
def office_window(qtbot, tmp_path: Path, form, rules, keys):
    with Store.open(tmp_path / "office.sqlite") as store:
        yield make_window(qtbot, tmp_path, store, form, rules, keys["office"])


def wait(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.exchange.job is None, timeout=JOB_TIMEOUT)


def message_box(window: MainWindow, name: str) -> QMessageBox:
    boxes = [b for b in window.findChildren(QMessageBox, name) if b.isVisible()]
    assert boxes, f"no {name} box is shown"
    return boxes[-1]


def close_boxes(window: MainWindow) -> list[str]:
    """Close every message box shown; their texts."""
    texts = []
    for box in window.findChildren(QMessageBox):
        if box.isVisible():
            texts.append(box.text())
            box.done(0)
    QApplication.processEvents()
    return texts


def export_through_dialog(qtbot, window: MainWindow, tmp_path: Path, name: str) -> Path:
    """Exchange ▸ Export batch…, the office key and the file typed, Export clicked."""
    window.exchange.menu.export_batch.trigger()
    dialog = window.exchange.dialog
    assert isinstance(dialog, ExportBatchDialog)
    assert dialog.all_unsent.isChecked()
    dialog.office_key.setText(str(tmp_path / "office.pub"))
    assert "Yaoundé office" in dialog.office.text()  # whom the batch is sealed for
    out = tmp_path / name
    dialog.out.setText(str(out))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible(), dialog.error.text()
    wait(qtbot, window)
    return out


def import_through_menu(qtbot, window: MainWindow, monkeypatch, files: list[Path]) -> str:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *args, **kw: ([str(f) for f in files], "")
    )
    window.exchange.menu.import_packages.trigger()
    wait(qtbot, window)
    return message_box(window, "import_summary").text()


def test_a_batch_goes_from_the_enumerator_to_the_office(
    qtbot, tmp_path, monkeypatch, enumerator_window, office_window
):
    enumerator, office = enumerator_window, office_window
    sent = {str(row.key) for row in enumerator.store.cases(status="complete")}
    assert len(sent) == 5
    out = export_through_dialog(qtbot, enumerator, tmp_path, "batch1.zip")
    assert out.is_file()
    assert "Batch 1" in message_box(enumerator, "exchange_info").text()
    close_boxes(enumerator)
    settings = enumerator.recent.settings
    assert settings.value("exchange/office_key") == str(tmp_path / "office.pub")  # remembered

    summary = import_through_menu(qtbot, office, monkeypatch, [out])
    assert "batch1.zip: imported" in summary
    assert "5 added" in summary
    close_boxes(office)
    model = office.cases.model
    assert {str(model.case_at(r).key) for r in range(model.rowCount())} == sent

    office.exchange.menu.import_log.trigger()
    log = office.exchange.dialog
    assert isinstance(log, ImportLogDialog)
    assert log.model.rowCount() == 1
    assert log.model.displayed(0, 1) == "batch1.zip"
    assert log.model.displayed(0, 2) == "imported"
    assert log.model.displayed(0, 3).startswith("Amina Njoya (")  # the sender's trusted name

    # the same package again changes nothing, and the log says so
    summary = import_through_menu(qtbot, office, monkeypatch, [out])
    assert "batch1.zip: already imported" in summary
    close_boxes(office)
    assert [a.verdict for a in import_log(office.store)] == ["already imported", "imported"]
    assert office.store.count_cases() == 5

    # the office's receipt, back on the enumerator's workstation: the cases leave
    receipt = tmp_path / "batch1.receipt.json"
    assert receipt.is_file()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **kw: (str(receipt), ""))
    enumerator.exchange.menu.import_receipt.trigger()
    wait(qtbot, enumerator)
    assert "5 case(s) received by the office" in message_box(enumerator, "exchange_info").text()
    close_boxes(enumerator)
    assert enumerator.cases.model.rowCount() == 0


def test_only_the_selected_cases_when_several_are_picked(qtbot, tmp_path, enumerator_window):
    window = enumerator_window
    table = window.cases.table
    table.selectRow(0)
    table.selectionModel().select(
        window.cases.model.index(2, 0),
        table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
    )
    window.exchange.menu.export_batch.trigger()
    dialog = window.exchange.dialog
    assert isinstance(dialog, ExportBatchDialog)
    assert dialog.only_selected.isChecked()
    dialog.office_key.setText(str(tmp_path / "office.pub"))
    dialog.out.setText(str(tmp_path / "two.zip"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait(qtbot, window)
    assert "2 case(s)" in message_box(window, "exchange_info").text()
    close_boxes(window)


def test_a_refused_package_is_a_plain_message_and_a_log_row(
    qtbot, tmp_path, monkeypatch, office_window
):
    bad = tmp_path / "not_a_package.zip"
    bad.write_bytes(b"PK\x03\x04 this is not a zip")
    summary = import_through_menu(qtbot, office_window, monkeypatch, [bad])
    assert summary.startswith("not_a_package.zip: ")
    assert "imported" not in summary.split(": ", 1)[1]
    close_boxes(office_window)
    assert [a.verdict for a in import_log(office_window.store)] == ["refused"]
    assert office_window.store.count_cases() == 0


def edit_and_send_again(store: Store, form, uuid: str, address: str) -> None:
    """A complete case reopened, its address changed, completed again."""
    review.reopen(store, uuid, "E01", "fix")
    session = CaseSession(store, form, uuid, "E01")
    session.answer(session.interview.address("hh_address"), address)
    assert session.mark_complete() == []
    session.close()


def test_conflicts_side_by_side_resolved_both_ways(
    qtbot, tmp_path, monkeypatch, form, enumerator_window, office_window
):
    enumerator, office = enumerator_window, office_window
    first = export_through_dialog(qtbot, enumerator, tmp_path, "batch1.zip")
    close_boxes(enumerator)
    import_through_menu(qtbot, office, monkeypatch, [first])
    close_boxes(office)
    one, two = (row.uuid for row in enumerator.store.cases()[:2])
    for uuid in (one, two):  # both sides change the same cases
        edit_and_send_again(enumerator.store, form, uuid, "Quartier 7, enumerator")
        edit_and_send_again(office.store, form, uuid, "Quartier 9, office")
    second = export_through_dialog(qtbot, enumerator, tmp_path, "batch2.zip")
    close_boxes(enumerator)
    summary = import_through_menu(qtbot, office, monkeypatch, [second])
    assert "2 conflict(s)" in summary
    close_boxes(office)

    office.exchange.menu.conflicts.trigger()
    dialog = office.exchange.dialog
    assert isinstance(dialog, ConflictsDialog)
    assert dialog.list_model.rowCount() == 2
    qtbot.waitUntil(lambda: dialog.job is None, timeout=JOB_TIMEOUT)
    rows = [
        tuple(dialog.diff_model.displayed(r, c) for c in range(5))
        for r in range(dialog.diff_model.rowCount())
    ]
    [address_row] = [row for row in rows if row[2].endswith("(hh_address)")]
    assert address_row[:2] == ("household", "—")
    assert address_row[3:] == ("Quartier 9, office", "Quartier 7, enumerator")
    assert all(row[3] != row[4] for row in rows)  # differences only

    first_case = dialog.current
    assert first_case is not None
    dialog.keep_ours.click()
    box = dialog.findChild(QMessageBox, "confirm_resolve")
    box.button(QMessageBox.StandardButton.Yes).click()
    assert dialog.list_model.rowCount() == 1
    qtbot.waitUntil(lambda: dialog.job is None, timeout=JOB_TIMEOUT)
    second_case = dialog.current
    assert second_case is not None and second_case.id != first_case.id

    dialog.take_theirs.click()
    box = dialog.findChild(QMessageBox, "confirm_resolve")
    box.button(QMessageBox.StandardButton.No).click()  # asked first: No changes nothing
    assert dialog.list_model.rowCount() == 1
    dialog.take_theirs.click()
    [box] = [b for b in dialog.findChildren(QMessageBox, "confirm_resolve") if b.isVisible()]
    box.button(QMessageBox.StandardButton.Yes).click()
    assert dialog.list_model.rowCount() == 0
    assert conflicts(office.store) == []

    def address(uuid: str) -> str:
        values = [e.value for e in office.store.events(uuid) if e.path == "hh_address"]
        return str(values[-1])

    assert address(first_case.case_uuid) == "Quartier 9, office"  # kept ours
    assert address(second_case.case_uuid) == "Quartier 7, enumerator"  # took theirs
    dialog.reject()


def test_keys_created_on_first_use_exported_and_trusted(qtbot, tmp_path, monkeypatch, form):
    with Store.open(tmp_path / "new.sqlite") as store:
        window = MainWindow(
            store, form, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        )
        qtbot.addWidget(window)
        window.exchange.keys_folder = tmp_path / "keys"
        window.exchange.menu.import_packages.trigger()  # no key yet: the Keys dialog opens
        dialog = window.exchange.dialog
        assert isinstance(dialog, KeysDialog)
        assert dialog.create_button.isVisibleTo(dialog)
        assert not dialog.export_button.isEnabled()
        close_boxes(window)
        assert dialog.create_key("Douala office", "office")
        assert dialog.ring is not None
        fingerprint = dialog.ring.identity.fingerprint
        assert fingerprint[:4] in dialog.own.text() and "Douala office" in dialog.own.text()
        assert not dialog.create_button.isVisibleTo(dialog)

        assert dialog.export_key(tmp_path / "douala")
        assert (tmp_path / "douala.pub").is_file()
        close_boxes(dialog)

        other = KeyRing.create("Enumerator 7", "enumerator", tmp_path / "other")
        other.identity.write(tmp_path / "e7.pub")
        box = dialog.ask_trust(tmp_path / "e7.pub")
        assert box is not None and other.identity.fingerprint[:4] in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()
        assert dialog.trusted_model.rowCount() == 1
        assert dialog.trusted_model.displayed(0, 0) == "Enumerator 7"
        assert [k.name for k in KeyRing.open(tmp_path / "keys").trusted()] == ["Enumerator 7"]
        dialog.reject()


def test_cancel_stops_between_two_packages(qtbot, tmp_path, form, keys, monkeypatch, office_window):
    """Cancel asked while the first package imports: it is imported whole, the second is
    not tried. (The job runs on this thread, so the moment of the cancel is exact.)"""
    with Store.open(tmp_path / "sender.sqlite") as sender:
        generate(sender, form, country="CMR", households=2, seed=9)
        uuids = [row.uuid for row in sender.cases()]
        files = [tmp_path / "one.zip", tmp_path / "two.zip"]
        for uuid, out in zip(uuids, files, strict=True):
            export_batch(sender, form, None, keys["enumerator"], out, cases=[uuid])
    job = import_packages_job(office_window.store, form, keys["office"], files)
    results: list[ImportRun] = []
    seen: list[tuple[int, int, str]] = []

    def on_progress(done: int, total: int, message: str) -> None:
        seen.append((done, total, message))
        if done == 3:  # the first package's last step
            job.progress.cancel_requested = True

    job.signals.sig_progress.connect(on_progress)
    job.signals.sig_finished.connect(results.append)
    job.run()
    [run] = results
    assert [o.file for o in run.outcomes] == files[:1]
    assert run.outcomes[0].verdict == "imported"
    assert run.skipped == files[1:]
    assert seen[0] == (0, 6, "1/2 one.zip")
    assert office_window.store.count_cases() == 1


def test_the_progress_dialog_cancel_asks_the_job_to_stop(qtbot, tmp_path, office_window, keys):
    window = office_window
    files = [tmp_path / f"missing{n}.zip" for n in range(3)]
    job = window.exchange.import_packages(keys["office"], files)
    assert job is not None
    dialog = window.exchange.runner.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.findChild(QPushButton).click()  # Cancel
    assert job.progress.cancel_requested
    wait(qtbot, window)
    summary = message_box(window, "import_summary").text()
    tried = summary.count("missing")
    assert 0 <= tried <= 3
    close_boxes(window)


def test_the_disclosure_report_is_read_before_anything_is_written(
    qtbot, tmp_path, monkeypatch, form, keys, office_window
):
    pytest.importorskip("surveytool.package.harmonised")
    window = office_window
    generate(window.store, form, country="CMR", households=8, seed=12)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "cmr-2026.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **kw: (str(out), ""))

    assert window.exchange.plan_harmonised(keys["office"], include="complete") is not None
    wait(qtbot, window)
    dialog = window.exchange.dialog
    assert isinstance(dialog, DisclosureDialog), close_boxes(window)
    smallest = dialog.smallest_cell()
    assert isinstance(smallest, int) and smallest >= 1
    assert dialog.smallest.text() == f"Smallest cell: {smallest} record(s)"
    assert "8 case(s)" in dialog.summary.text()
    assert list(folder.iterdir()) == []  # shown, nothing written
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert window.exchange.plan is None
    assert list(folder.iterdir()) == []  # cancelled: still nothing

    window.exchange.plan_harmonised(keys["office"], include="complete")
    wait(qtbot, window)
    dialog = window.exchange.dialog
    assert isinstance(dialog, DisclosureDialog)
    assert list(folder.iterdir()) == []
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # Write…
    wait(qtbot, window)
    assert out.is_file()
    text = message_box(window, "exchange_info").text()
    assert str(out) in text and f"smallest key cell {smallest}" in text
    close_boxes(window)
