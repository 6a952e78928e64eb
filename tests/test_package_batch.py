"""Batch packages end to end: a demo store -> a sealed batch -> an empty office store, compared
case by case; re-imports, replays, gaps, tampering and receipts, each checked against the
store's case-data checksum."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from surveytool.common.errors import UserError
from surveytool.common.progress import Cancelled
from surveytool.demo.generate import generate
from surveytool.package import container
from surveytool.package.batch import export_batch
from surveytool.package.importing import ALREADY, IMPORTED, REFUSED, import_package, import_receipt
from surveytool.package.keys import KeyRing
from surveytool.store import Store
from surveytool.store.exchange import case_data_checksum, conflicts, import_log


@pytest.fixture
def rings(tmp_path):
    enumerator = KeyRing.create("Enumerator 7", "enumerator", tmp_path / "keys_e")
    office = KeyRing.create("INS", "office", tmp_path / "keys_o")
    other_office = KeyRing.create("Other NSO", "office", tmp_path / "keys_x")
    office.trust(enumerator.identity)
    enumerator.trust(office.identity)
    return enumerator, office, other_office


@pytest.fixture
def field_store(tmp_path, form):
    path = tmp_path / "field.sqlite"
    with Store.open(path) as store:
        generate(store, form, country="CMR", households=8, seed=3, in_progress_share=0.25)
    return path


def _events(store: Store, uuid: str) -> list[tuple]:
    return [(e.at, e.enumerator, e.kind, e.path, e.value) for e in store.events(uuid)]


def _export(field_store, form, rules, ring, out, **options):
    with Store.open(field_store) as store:
        return export_batch(store, form, rules, ring, out, **options)


def test_round_trip_keeps_every_answer_status_and_event(tmp_path, form, rules, rings, field_store):
    enumerator, office, _ = rings
    out = tmp_path / "batch1.sealed"
    done = _export(field_store, form, rules, enumerator, out, encrypt_to=office.identity)
    assert done.sealed and done.sequence == 1 and done.cases >= 1
    office_path = tmp_path / "office.sqlite"
    with Store.open(office_path) as store:
        outcome = import_package(store, form, out, office)
        assert outcome.verdict == IMPORTED, outcome.text()
        assert outcome.counts is not None and outcome.counts.added == done.cases
        assert outcome.receipt is not None and outcome.receipt.is_file()
    with Store.open(field_store, readonly=True) as field, Store.open(office_path) as store:
        sent = [row for row in field.cases() if row.status == "complete"]
        assert len(sent) == done.cases
        for row in sent:
            there = store.case(row.uuid)
            assert there == row  # key, form, status, dates, enumerator, comment
            assert _events(store, row.uuid) == _events(field, row.uuid)
        unsent = [row.uuid for row in field.cases() if row.status != "complete"]
        assert unsent and not any(r.uuid in unsent for r in store.cases())


def test_export_marks_and_never_changes_cases(tmp_path, form, rules, rings, field_store):
    enumerator, _, _ = rings
    with Store.open(field_store) as store:
        before = case_data_checksum(store)
    _export(field_store, form, rules, enumerator, tmp_path / "b1.zip")
    with Store.open(field_store) as store:
        assert case_data_checksum(store) == before
    with pytest.raises(UserError, match="no complete case waits"):
        _export(field_store, form, rules, enumerator, tmp_path / "b2.zip")
    assert not (tmp_path / "b2.zip").exists()


def test_twice_replay_gap_and_receipt(tmp_path, form, rules, rings, field_store):
    enumerator, office, _ = rings
    first = tmp_path / "b1.zip"
    _export(field_store, form, rules, enumerator, first)
    with Store.open(field_store) as store:  # one more case completed: batch 2, then batch 3
        waiting = next(r for r in store.cases() if r.status == "in_progress")
        store.set_status(waiting.uuid, "complete", "E7")
    second = tmp_path / "b2.zip"
    _export(field_store, form, rules, enumerator, second)
    office_path = tmp_path / "office.sqlite"
    with Store.open(office_path) as store:
        # batch 2 before batch 1: a gap, refused, nothing written
        empty = case_data_checksum(store)
        gap = import_package(store, form, second, office)
        assert gap.verdict == REFUSED and "comes next" in gap.text()
        assert case_data_checksum(store) == empty
        assert import_package(store, form, first, office).verdict == IMPORTED
        after_first = case_data_checksum(store)
        twice = import_package(store, form, first, office)
        assert twice.verdict == ALREADY and case_data_checksum(store) == after_first
        assert import_package(store, form, second, office).verdict == IMPORTED
        settled = case_data_checksum(store)
        verdicts = [attempt.verdict for attempt in import_log(store)]
        assert verdicts.count(REFUSED) == 1 and verdicts.count(IMPORTED) == 2
    # a replay: batch 1 re-signed as a new package with an old number
    with zipfile.ZipFile(first) as old:
        manifest = __import__("json").loads(old.read("manifest.json"))
        members = {n: old.read(n) for n in old.namelist() if not n.startswith("manifest.")}
    for field in ("members", "device"):
        manifest.pop(field)
    manifest["package_id"] = "00000000-0000-4000-8000-000000000000"
    data, _ = container.build(manifest, members, enumerator)
    replay = tmp_path / "replay.zip"
    replay.write_bytes(data)
    with Store.open(office_path) as store:
        refused = import_package(store, form, replay, office)
        assert refused.verdict == REFUSED and "replay" in refused.text()
        assert case_data_checksum(store) == settled
    # the receipt of batch 1 takes its cases out of the field store
    receipt = first.with_name("b1.receipt.json")
    with Store.open(field_store) as store:
        sent_uuids = {r.uuid for r in store.cases() if r.status == "complete"}
        outcome = import_receipt(store, receipt, enumerator)
        assert outcome.removed and set(outcome.removed) <= sent_uuids
        left = {r.uuid for r in store.cases()}
        assert not set(outcome.removed) & left


def _tampered(source: Path, target: Path, member: str) -> Path:
    with zipfile.ZipFile(source) as old:
        members = {n: old.read(n) for n in old.namelist()}
    data = bytearray(members[member])
    data[len(data) // 2] ^= 0x01
    members[member] = bytes(data)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as new:
        for name, content in members.items():
            new.writestr(name, content)
    target.write_bytes(buffer.getvalue())
    return target


def test_every_tampered_package_is_refused_and_changes_nothing(
    tmp_path, form, rules, rings, field_store
):
    enumerator, office, other = rings
    plain = tmp_path / "b1.zip"
    _export(field_store, form, rules, enumerator, plain)
    office_path = tmp_path / "office.sqlite"
    with zipfile.ZipFile(plain) as package:
        names = package.namelist()
    bad = [_tampered(plain, tmp_path / f"t{i}.zip", name) for i, name in enumerate(names)]
    truncated = tmp_path / "short.zip"
    truncated.write_bytes(plain.read_bytes()[: plain.stat().st_size * 2 // 3])
    bad.append(truncated)
    sealed_for_other = tmp_path / "other.sealed"
    with zipfile.ZipFile(plain) as old:
        manifest = __import__("json").loads(old.read("manifest.json"))
        members = {n: old.read(n) for n in old.namelist() if not n.startswith("manifest.")}
    for field in ("members", "device"):
        manifest.pop(field)
    data, _ = container.build(manifest, members, enumerator, other.identity)
    sealed_for_other.write_bytes(data)
    bad.append(sealed_for_other)
    stranger = KeyRing.create("Stranger", "enumerator", tmp_path / "keys_s")
    untrusted = tmp_path / "untrusted.zip"
    untrusted.write_bytes(container.build(dict(manifest), members, stranger)[0])
    bad.append(untrusted)
    with Store.open(office_path) as store:
        before = case_data_checksum(store)
        for path in bad:
            outcome = import_package(store, form, path, office)
            assert outcome.verdict == REFUSED, path
            assert outcome.error is not None and outcome.error.text()
            assert case_data_checksum(store) == before, path
        assert len(import_log(store)) == len(bad)
        assert import_package(store, form, plain, office).verdict == IMPORTED


def test_a_case_changed_on_both_sides_is_a_conflict_never_an_overwrite(
    tmp_path, form, rules, rings, field_store
):
    enumerator, office, _ = rings
    first = tmp_path / "b1.zip"
    done = _export(field_store, form, rules, enumerator, first)
    office_path = tmp_path / "office.sqlite"
    with Store.open(office_path) as store:
        assert import_package(store, form, first, office).verdict == IMPORTED
        case = store.cases(status="complete")[0]
        store.set_status(case.uuid, "rejected", "officer", "check ages", role="office")
        ours = _events(store, case.uuid)
    with Store.open(field_store) as store:  # the enumerator reopens and completes it again
        store.set_status(case.uuid, "in_progress", "E7")
        store.record_answer(case.uuid, "hh_phone", "+237 699 000 111", "E7")
        store.set_status(case.uuid, "complete", "E7")
    second = tmp_path / "b2.zip"
    again = _export(field_store, form, rules, enumerator, second, cases=[case.uuid])
    assert again.sequence == done.sequence + 1
    with Store.open(office_path) as store:
        outcome = import_package(store, form, second, office)
        assert outcome.verdict == IMPORTED and outcome.counts.conflicts == 1
        assert _events(store, case.uuid) == ours  # untouched
        found = conflicts(store)
        assert [c.case_uuid for c in found] == [case.uuid]
    # the receipt does not confirm a case kept aside: it stays with the enumerator
    with Store.open(field_store) as store:
        outcome = import_receipt(store, second.with_name("b2.receipt.json"), enumerator)
        assert case.uuid not in outcome.removed
        assert store.case(case.uuid).status == "complete"


class _Stop:
    def update(self, done, total=None, message=""):
        return None

    @property
    def cancelled(self):
        return True


def test_a_cancelled_export_writes_and_records_nothing(tmp_path, form, rules, rings, field_store):
    enumerator, _, _ = rings
    with Store.open(field_store) as store, pytest.raises(Cancelled):
        export_batch(store, form, rules, enumerator, tmp_path / "b.zip", progress=_Stop())
    assert not (tmp_path / "b.zip").exists()
    done = _export(field_store, form, rules, enumerator, tmp_path / "b.zip")
    assert done.sequence == 1  # the number was not used up
