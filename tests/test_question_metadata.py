"""Metadata filled by the tool (issue 15, point 1 and brief point 3): start, end, today,
deviceid and username are written as answers (events in the store) when a case is opened,
changed and completed, never typed; the workstation's id is stable. Walked with the feature
form ``tests/forms/features/types_metadata.md`` through a real store, the flat tables and
validation."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from surveytool.casework import CaseSession
from surveytool.common.device import device_id
from surveytool.form import Form, load
from surveytool.interview import Address, Interview
from surveytool.interview.metadata import metadata_answers
from surveytool.store import Store, SurveyKey
from surveytool.tables import CaseData, flatten
from surveytool.validate.run import validate_tables

FORM = Path(__file__).parent / "forms" / "features" / "types_metadata.md"
STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d")
DEVICE = "surveytool:0123456789abcdef0123456789abcdef"


@pytest.fixture
def form() -> Form:
    return load(FORM)


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "cases.sqlite") as opened:
        yield opened


def session_of(store: Store, form: Form, case: str) -> CaseSession:
    return CaseSession(store, form, case, "E07", device_id=DEVICE)


def test_opening_a_case_fills_start_today_device_and_user_once(store: Store, form: Form) -> None:
    case = store.create_case(form.form_id, form.version, SurveyKey("X", "1", "C", 1), "E07")
    session = session_of(store, form, case)
    value = session.interview.value
    started = value(Address("started"))
    assert isinstance(started, str) and STAMP.fullmatch(started)
    assert value(Address("day")) == started[:10]
    assert value(Address("device")) == value(Address("imei")) == DEVICE
    assert value(Address("user")) == "E07"
    assert value(Address("ended")) is None  # nothing changed yet
    assert value(Address("sim")) is None and value(Address("mail")) is None  # no SIM, no account
    paths = [event.path for event in store.events(case) if event.kind == "set"]
    assert set(paths) == {"started", "day", "device", "imei", "user"}
    session.close()
    again = CaseSession(store, form, case, "E09", device_id="surveytool:other")
    assert again.interview.value(Address("started")) == started  # the first opening's
    assert again.interview.value(Address("user")) == "E07"
    count = len([event for event in store.events(case) if event.kind == "set"])
    assert count == len(paths)  # reopening wrote nothing


def test_end_is_written_after_a_change_and_at_completion(store: Store, form: Form) -> None:
    case = store.create_case(form.form_id, form.version, SurveyKey("X", "1", "C", 2), "E07")
    session = session_of(store, form, case)
    session.close()
    assert session.interview.value(Address("ended")) is None  # opened and closed unchanged
    session = session_of(store, form, case)
    session.answer(Address("name"), "Amina")
    session.close()
    ended = session.interview.value(Address("ended"))
    assert isinstance(ended, str) and STAMP.fullmatch(ended)
    session = session_of(store, form, case)
    assert session.mark_complete() == []
    assert [e.path for e in store.events(case) if e.kind == "set"][-1] == "ended"
    table = flatten(form, [CaseData(case, "complete", session.interview)])["households"]
    assert table["device"][0] == DEVICE and STAMP.fullmatch(table["started"][0])
    report = validate_tables(form, None, table)
    assert [f.rule for f in report.failures] == []


def test_a_read_only_case_gets_no_metadata(store: Store, form: Form) -> None:
    case = store.create_case(form.form_id, form.version, SurveyKey("X", "1", "C", 3), "E07")
    session_of(store, form, case).mark_complete()
    count = len(store.events(case))
    session_of(store, form, case).close()
    assert len(store.events(case)) == count


def test_metadata_answers_at_each_moment() -> None:
    interview = Interview(load(FORM))
    now = datetime(2026, 3, 1, 9, 15).astimezone()
    opened = dict(metadata_answers(interview, "open", now=now, device_id=DEVICE, username="E1"))
    assert {address.name for address in opened} == {"started", "day", "device", "imei", "user"}
    assert opened[Address("started")].startswith("2026-03-01T09:15:00.000")
    closed = metadata_answers(interview, "complete", now=now)
    assert [address.name for address, _ in closed] == ["ended"]


def test_batch_validation_reads_metadata_with_their_types(form: Form) -> None:
    table = flatten(form, [CaseData("c1", "complete", Interview(form))])["households"]
    table["started"] = ["yesterday"]
    table["day"] = ["2026-02-30"]
    rules = [f.rule for f in validate_tables(form, None, table).failures]
    assert sorted(rules) == ["day.type", "started.type"]


def test_the_workstation_id_is_made_once_and_kept(tmp_path: Path) -> None:
    first = device_id(tmp_path)
    assert re.fullmatch(r"surveytool:[0-9a-f]{32}", first)
    assert device_id(tmp_path) == first
    (tmp_path / "device-id").write_text("damaged", encoding="ascii")
    assert device_id(tmp_path) != first  # a damaged file is replaced, never an error
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="ascii")
    assert device_id(blocked).startswith("surveytool:")  # an unwritable folder: this run's
