"""The function library and node-set reads in real forms (issue 15, point 4): two feature
forms walked through the interview, the flat tables and batch validation.

* ``functions_library.md``: dates (format-date, decimal-date-time), text (normalize-space,
  substring-before/after, translate, substring, digest), numbers (sqrt, pow, round),
  selects (selected-at, checklist) and distance() in calculations, constraints, relevance.
* ``roster_read_outside.md``: a household roster read from outside it, as ODK forms do:
  join(), max(), indexed-repeat(), count-non-empty(), and ``${age} >= 60`` compared with
  XPath's node-set rule (true if any member is 60 or older).
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from surveytool.form import Form, load
from surveytool.interview import Address, AnswerStatus, Interview

FEATURES = Path(__file__).parent / "forms" / "features"
TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def library_form() -> Form:
    return load(FEATURES / "functions_library.md")


@pytest.fixture(scope="module")
def roster_form() -> Form:
    return load(FEATURES / "roster_read_outside.md")


def answered_library(form: Form) -> Interview:
    interview = Interview(form, today=TODAY)
    assert interview.answer(Address("visit"), "2026-11-02").status is AnswerStatus.OK
    assert interview.answer(Address("full_name"), "  awa   diallo ").status is AnswerStatus.OK
    assert interview.answer(Address("side"), 12.5).status is AnswerStatus.OK
    assert interview.answer(Address("crops"), "beans maize rice").status is AnswerStatus.OK
    return interview


def test_library_in_the_interview(library_form: Form) -> None:
    interview = answered_library(library_form)
    value = interview.value
    assert value(Address("visit_label")) == "2 Nov 2026"
    assert value(Address("visit_week")) == "Mon"
    assert value(Address("family")) == "diallo"
    assert value(Address("initial")) == "A"
    assert value(Address("plot_area")) == 156.3  # 156.25 rounded half up, as JavaRosa
    assert value(Address("first_crop")) == "maize"  # kept in the order of the choices
    assert interview.is_relevant(Address("many_crops"))
    expected_key = hashlib.sha256(b"awa diallo").hexdigest()
    assert value(Address("name_key")) == expected_key
    assert value(Address("field_walk")) == 111  # a thousandth of a degree on the equator
    assert interview.context().form_version == "2026.11"  # version() reads the settings
    interview.answer(Address("full_name"), "Bintou Ba")  # once() keeps the first name given
    assert value(Address("family")) == "Ba"
    assert value(Address("name_as_first_given")) == "awa diallo"
    refused = interview.answer(Address("visit"), "2026-11-24")
    assert (refused.status, refused.message) == (
        AnswerStatus.CONSTRAINT_VIOLATED,
        "Not in the future",
    )
    assert interview.answer(Address("side"), 120).status is AnswerStatus.CONSTRAINT_VIOLATED
    assert interview.answer(Address("full_name"), "Awa").status is (
        AnswerStatus.CONSTRAINT_VIOLATED
    )
    interview.answer(Address("crops"), "maize")
    assert not interview.is_relevant(Address("many_crops"))


def test_library_through_tables_and_validation(library_form: Form) -> None:
    from surveytool.expr import EvalContext
    from surveytool.tables import CaseData, flatten
    from surveytool.validate.run import validate_tables

    interview = answered_library(library_form)
    table = next(iter(flatten(library_form, [CaseData("c1", "complete", interview)]).values()))
    assert table.loc[0, ["visit_label", "family", "plot_area", "first_crop"]].tolist() == [
        "2 Nov 2026",
        "diallo",
        156.3,
        "maize",
    ]
    context = EvalContext(today=TODAY)
    # uuid() is not made again in batch: the collected id is kept, and what reads it agrees
    assert table.loc[0, "record_tag"] == "R-" + table.loc[0, "record_id"][:8]
    assert validate_tables(library_form, None, table, context=context).failures == []
    table.loc[0, "side"] = 101.0  # edited after the interview: sqrt(101) > 10
    table.loc[0, "full_name"] = "Awa"
    rules = sorted(
        f.rule for f in validate_tables(library_form, None, table, context=context).failures
    )
    assert "side.constraint" in rules
    assert "full_name.constraint" in rules
    assert "plot_area.calculated" in rules


def household(form: Form, ages: list[int]) -> tuple[Interview, list[int]]:
    interview = Interview(form, today=TODAY)
    assert interview.answer(Address("size"), len(ages)).status is AnswerStatus.OK
    uids = interview.instances("members")
    assert len(uids) == len(ages)
    names = ["Awa", "Bola", "Chidi"][: len(ages)]
    for uid, first_name, age in zip(uids, names, ages, strict=True):
        interview.answer(Address("first_name", "members", uid), first_name)
        interview.answer(Address("age", "members", uid), age)
    return interview, uids


def test_roster_read_from_outside_in_the_interview(roster_form: Form) -> None:
    interview, uids = household(roster_form, [34, 67, 5])
    value = interview.value
    assert value(Address("names")) == "Awa, Bola, Chidi"
    assert value(Address("eldest_age")) == 67
    assert value(Address("head_name")) == "Awa"
    assert value(Address("named")) == 3
    assert value(Address("any_elderly")) == "yes"
    assert interview.is_relevant(Address("elderly_note"))
    assert interview.is_relevant(Address("pension"))
    assert interview.answer(Address("pension"), 4).status is AnswerStatus.CONSTRAINT_VIOLATED
    # Bola's age corrected: nobody is 60 or older any more, the note and question go
    interview.answer(Address("age", "members", uids[1]), 59)
    assert value(Address("any_elderly")) == "no"
    assert not interview.is_relevant(Address("elderly_note"))
    assert not interview.is_relevant(Address("pension"))
    assert value(Address("eldest_age")) == 59


def test_roster_read_from_outside_through_tables_and_validation(roster_form: Form) -> None:
    from surveytool.tables import CaseData, flatten
    from surveytool.validate.run import validate_tables

    interview, _ = household(roster_form, [34, 67, 5])
    interview.answer(Address("pension"), 1)
    tables = flatten(roster_form, [CaseData("c1", "complete", interview)])
    root, members = tables.values()
    assert root.loc[0, ["names", "eldest_age", "head_name", "any_elderly"]].tolist() == [
        "Awa, Bola, Chidi",
        67,
        "Awa",
        "yes",
    ]
    assert members["age"].tolist() == [34, 67, 5]
    assert validate_tables(roster_form, None, root, members).failures == []
    members.loc[members["age"] == 67, "age"] = 57  # edited after the interview
    rules = sorted(f.rule for f in validate_tables(roster_form, None, root, members).failures)
    assert "any_elderly.calculated" in rules
    assert "eldest_age.calculated" in rules
