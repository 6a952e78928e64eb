"""File questions (image, audio, video, file): the file is kept in the store, content-addressed
and size-limited, and the answer is its name (issue 15, point 1; brief point 2). Walked with
``tests/forms/features/types_media.md`` through a real store, the tables and validation."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from surveytool.casework import CaseSession
from surveytool.casework.files import answer_with_file
from surveytool.form import Form, load
from surveytool.interview import Address
from surveytool.store import Store, StoreError, SurveyKey
from surveytool.store.attachments import attach_bytes, case_files, file_content
from surveytool.tables import CaseData, flatten
from surveytool.validate.run import validate_tables

FORM = Path(__file__).parent / "forms" / "features" / "types_media.md"


@pytest.fixture
def form() -> Form:
    return load(FORM)


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "cases.sqlite") as opened:
        yield opened


def new_case(store: Store, form: Form, number: int = 1) -> str:
    return store.create_case(form.form_id, form.version, SurveyKey("X", "1", "C", number), "E1")


def test_a_photo_is_kept_with_the_case_and_the_answer_is_its_name(
    tmp_path: Path, store: Store, form: Form
) -> None:
    photo = tmp_path / "house.jpg"
    photo.write_bytes(b"\xff\xd8 a photo")
    case = new_case(store, form)
    session = CaseSession(store, form, case, "E1")
    answer_with_file(session, Address("house_photo"), photo)
    name = session.interview.value(Address("house_photo"))
    assert isinstance(name, str) and re.fullmatch(r"\d{13}\.jpg", name)  # as Collect names it
    assert file_content(store, case, name) == b"\xff\xd8 a photo"
    [kept] = case_files(store, case)
    assert kept.sha256 == hashlib.sha256(b"\xff\xd8 a photo").hexdigest()
    assert answer_with_file(session, Address("tour"), photo).status.value == "ok"
    assert session.interview.value(Address("tour")) == name  # the same content, the same file
    table = flatten(form, [CaseData(case, "in_progress", session.interview)])["households"]
    assert table["house_photo"][0] == name
    rules = [f.rule for f in validate_tables(form, None, table).failures]
    assert rules == []


def test_names_are_unique_per_case_and_content_is_stored_once(
    tmp_path: Path, store: Store, form: Form
) -> None:
    case, other = new_case(store, form, 1), new_case(store, form, 2)
    assert attach_bytes(store, case, "a.jpg", b"one").name == "a.jpg"
    assert attach_bytes(store, case, "a.jpg", b"two").name == "a-2.jpg"
    assert attach_bytes(store, case, "b.jpg", b"one").name == "a.jpg"  # same content, same file
    assert attach_bytes(store, other, "a.jpg", b"two").name == "a.jpg"
    count = store.connection.execute("SELECT count(*) FROM attachments").fetchone()[0]
    assert count == 2


def test_a_file_over_the_limit_is_refused_and_nothing_is_kept(
    tmp_path: Path, store: Store, form: Form
) -> None:
    big = tmp_path / "tour.mp4"
    big.write_bytes(b"x" * 2048)
    case = new_case(store, form)
    session = CaseSession(store, form, case, "E1")
    with pytest.raises(StoreError, match="larger than"):
        answer_with_file(session, Address("tour"), big, limit=1024)
    assert case_files(store, case) == []
    assert session.interview.value(Address("tour")) is None


def test_a_complete_case_takes_no_file(tmp_path: Path, store: Store, form: Form) -> None:
    photo = tmp_path / "late.jpg"
    photo.write_bytes(b"late")
    case = new_case(store, form)
    session = CaseSession(store, form, case, "E1")
    session.answer(Address("register"), "register.pdf")
    assert session.mark_complete() == []
    with pytest.raises(StoreError):
        answer_with_file(session, Address("house_photo"), photo)
    assert case_files(store, case) == []


def test_the_files_travel_inside_a_batch_package(tmp_path: Path, store: Store, form: Form) -> None:
    from surveytool.package.batch import export_batch
    from surveytool.package.importing import IMPORTED, import_package, import_receipt
    from surveytool.package.keys import KeyRing

    enumerator = KeyRing.create("Enumerator 7", "enumerator", tmp_path / "keys_e")
    office = KeyRing.create("INS", "office", tmp_path / "keys_o")
    office.trust(enumerator.identity)
    enumerator.trust(office.identity)
    photo = tmp_path / "house.jpg"
    photo.write_bytes(b"\xff\xd8 photo")
    case = new_case(store, form)
    session = CaseSession(store, form, case, "E1")
    answer_with_file(session, Address("house_photo"), photo)
    assert session.mark_complete() == []
    out = tmp_path / "batch.zip"
    export_batch(store, form, None, enumerator, out)
    with Store.open(tmp_path / "office.sqlite") as office_store:
        outcome = import_package(office_store, form, out, office)
        assert outcome.verdict == IMPORTED
        name = str(session.interview.value(Address("house_photo")))
        assert file_content(office_store, case, name) == b"\xff\xd8 photo"
    receipt = out.with_name(f"{out.stem}.receipt.json")
    import_receipt(store, receipt, enumerator)  # the office holds the case: it leaves here
    assert case_files(store, case) == []
    count = store.connection.execute("SELECT count(*) FROM attachments").fetchone()[0]
    assert count == 0
