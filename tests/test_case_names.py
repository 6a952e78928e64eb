"""A case's name (issue 15, point 5): the form's ``instance_name`` evaluated over the case's
answers is kept with the case when it is saved, shown in the case list beside the survey key
and found by the case list's search. The form is ``tests/forms/features/loading_instance_name.md``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from surveytool.casework import CaseSession
from surveytool.form import load
from surveytool.interview import Address
from surveytool.store import Store, SurveyKey
from surveytool.store.schema import VERSION

FEATURES = Path(__file__).parent / "forms" / "features"
KEY = SurveyKey("CMR", "2026", "C0001", 7)


@pytest.fixture
def named_case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SURVEYTOOL_CACHE", str(tmp_path / "cache"))
    form = load(FEATURES / "loading_instance_name.md")
    with Store.open(tmp_path / "cases.sqlite") as store:
        case = store.create_case(form.form_id, form.version, KEY, "E01")
        session = CaseSession(store, form, case, "E01")
        session.answer(Address("respondent"), "Ngo Mbarga")
        session.answer(Address("age"), 41)
        yield store, session


def test_a_saved_case_carries_its_name_and_is_found_by_it(named_case):
    store, session = named_case
    assert store.case(session.case_uuid).name == ""  # not saved yet: the list shows none
    session.close()
    (row,) = store.cases()
    assert row.name == "Ngo Mbarga (41)"
    assert [c.uuid for c in store.cases(search="mbarga")] == [session.case_uuid]
    assert store.count_cases(search="C0001") == 1  # the key is still searched


def test_a_name_follows_the_answers_and_a_replay_without_a_form_keeps_it(named_case):
    store, session = named_case
    session.close()
    session.answer(Address("age"), 42)
    session.close()
    assert store.case(session.case_uuid).name == "Ngo Mbarga (42)"
    store.save_snapshot(session.case_uuid, session.last_seq, {}, {}, 0)
    assert store.case(session.case_uuid).name == "Ngo Mbarga (42)"


def test_the_store_schema_holds_case_names():
    assert VERSION >= 6


def test_the_case_list_shows_the_name_beside_the_key(named_case, qtbot):
    from surveytool.ui.case_model import CaseTableModel

    store, session = named_case
    session.close()
    model = CaseTableModel(store)
    shown = model.data(model.index(0, 0))
    assert shown is not None and "Ngo Mbarga (41)" in str(shown) and "C0001" in str(shown)


def test_the_open_case_shows_its_name_in_its_title(named_case, qtbot):
    from surveytool.ui.case_bar import CaseBar

    store, session = named_case
    bar = CaseBar()
    qtbot.addWidget(bar)
    bar.show_case(store.case(session.case_uuid), editable=True)
    assert bar.title.text() == "Household CMR-2026-C0001-7"  # not saved yet: no name
    session.close()
    bar.show_case(store.case(session.case_uuid), editable=True)
    assert bar.title.text() == "Household CMR-2026-C0001-7 \u00b7 Ngo Mbarga (41)"
