"""The store's refusals and errors are catalogued: the same refusal reads in any language, the
command line's English is unchanged in meaning, and the office's blockers are worded in the
caller's language rather than the form's default."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from surveytool.casework import review
from surveytool.common.catalogue import message
from surveytool.common.errors import Problem
from surveytool.store import StatusRefused, Store, StoreError
from surveytool.store.errors import NEWER, NO_CASE
from surveytool.store.lock import HELD, StoreLocked, WriterLock
from surveytool.store.statuses import STATUS_NAMES, edit_refusal, refusal


def test_a_refusal_reads_in_any_language_with_its_status_names_translated():
    refused = refusal("complete", "approved", "enumerator")
    assert refused is not None and refused.reason == "not_allowed"
    assert str(refused) == "A case that is complete cannot become approved."
    assert refused.text("fr") == "Un cas complet ne peut pas devenir approuvé."
    assert refused.problem.values["status"] is STATUS_NAMES["complete"]


def test_a_read_only_case_says_how_to_change_it():
    approved, complete = edit_refusal("approved"), edit_refusal("complete")
    assert approved is not None and complete is not None
    assert "only after the office rejects it" in str(approved)
    assert str(complete) == "This case is complete: reopen it before changing an answer."
    assert complete.text("pt") == "Este caso está completo: reabra-o antes de alterar uma resposta."


def test_a_problem_renders_catalogued_values_in_its_own_language():
    sentence = message("test.sentence", "{what} now")
    problem = Problem(sentence, {"what": STATUS_NAMES["rejected"], "count": 2})
    assert problem.text() == "rejected now"
    assert problem.text("fr") == "rejeté now"


def test_an_unknown_case_is_a_catalogued_store_error(tmp_path: Path):
    with Store.open(tmp_path / "store.sqlite") as store, pytest.raises(StoreError) as refused:
        store.case("nope")
    assert refused.value.problem.template is NO_CASE
    assert str(refused.value) == "no case nope in this store"


def test_a_store_from_a_newer_surveytool_says_so(tmp_path: Path):
    path = tmp_path / "newer.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version = 999")
    with pytest.raises(StoreError) as refused:
        Store.open(path)
    assert refused.value.problem.template is NEWER
    assert refused.value.problem.values["found"] == 999
    assert "not a usable surveytool store: this store was written by a newer" in str(refused.value)
    assert str(path) in str(refused.value)


def test_a_held_lock_names_its_holder(tmp_path: Path):
    first, second = WriterLock(tmp_path / "s.sqlite"), WriterLock(tmp_path / "s.sqlite")
    first.acquire()
    try:
        with pytest.raises(StoreLocked) as refused:
            second.acquire()
        assert refused.value.problem.template is HELD
        assert "already open for writing by" in str(refused.value)
    finally:
        first.release()


@pytest.fixture
def demo_store(tmp_path: Path, form):
    from surveytool.demo import generate

    with Store.open(tmp_path / "demo.sqlite") as opened:
        generate(opened, form, country="CMR", households=2, seed=3, year=2026)
        yield opened


def test_the_office_reads_blockers_in_its_own_language(demo_store, form, rules):
    case = demo_store.cases(status="complete")[0].uuid
    demo_store.set_status(case, "in_progress", "E1")
    demo_store.record_answer(case, "hh_size", 0, "E1")  # breaks hh_size's constraint
    demo_store.set_status(case, "complete", "E1")
    with pytest.raises(StatusRefused) as french:
        review.approve(demo_store, form, case, "S1", rules, language="fr")
    with pytest.raises(StatusRefused) as english:
        review.approve(demo_store, form, case, "S1", rules)
    first_fr, *rules_fr = french.value.items
    first_en, *rules_en = english.value.items
    assert first_fr.rule == first_en.rule == "hh_size"
    assert first_fr.message == "Saisissez un nombre compris entre 1 et 50."
    assert first_en.message == "Enter a number from 1 to 50."
    assert [r.rule for r in rules_fr] == [r.rule for r in rules_en]  # the rules' too, translated
    assert all(fr.message != en.message for fr, en in zip(rules_fr, rules_en, strict=True))
    assert french.value.text("fr").startswith("Le cas ne peut pas être approuvé")
