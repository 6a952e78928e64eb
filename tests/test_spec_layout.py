"""A batch in the specification's layout is validated, not refused (issue 10 point 3).

Another capture tool exports sections 0 and A-H as ../shared/spec/lfs_migration_module.md
lists them: without the form's calculated columns, without the questions the form adds to
the spec, and without optional section I. Built here from a demo batch written to CSV files.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from demo_batch import demo_batch, read_text

from surveytool.validate import read_data, validate_tables
from surveytool.validate.batch import validate_frames

#: questions of the form that the spec does not list: the currencies of E11 and F11
#: (reading 19) and section I's filter questions (the spec lists only its roster)
FORM_ONLY = {
    "hh_remit_recv_currency": "household",
    "rc_wage_deduct_currency": "person",
    "abs_any": "household",
    "abs_count": "household",
}
KEYS = ("hh_id", "line_no", "abs_line")  # calculated by the form, part of the spec's layout


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> Path:
    return demo_batch(tmp_path_factory.mktemp("spec_layout"), households=150, seed=5)


def spec_layout(
    form, source: Path, target: Path, *, absentees: bool = False, drop: tuple[str, ...] = ()
) -> Path:
    """The batch as the spec lays it out: no calculate but the keys, no form-only question,
    no section I file (unless ``absentees``); ``drop`` leaves out more columns."""
    calculated = [q.name for q in form.questions() if q.type == "calculate" and q.name not in KEYS]
    gone = {*calculated, *FORM_ONLY, *drop}
    target.mkdir(parents=True)
    for name in ("households", "persons", *(("absentees",) if absentees else ())):
        table = read_text(source / f"{name}.csv")
        table.drop(columns=[c for c in table.columns if c in gone]).to_csv(
            target / f"{name}.csv", index=False
        )
    return target


def test_a_spec_layout_batch_validates_and_lists_the_columns_not_collected(
    batch: Path, tmp_path: Path, form
):
    folder = spec_layout(form, batch, tmp_path / "spec")
    report_path = tmp_path / "report.json"
    command = Path(sys.executable).with_name("surveytool")
    result = subprocess.run(
        [str(command), "validate", str(folder), "--json", str(report_path)],
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode in (0, 1), result.stderr
    summary = {s["id"]: s for s in json.loads(report_path.read_text("utf-8"))["summary"]}
    lines = {i: s for i, s in summary.items() if i.endswith(".not_collected")}
    assert set(lines) == {f"{name}.not_collected" for name in FORM_ONLY}
    for name, level in FORM_ONLY.items():
        line = lines[f"{name}.not_collected"]
        assert (line["severity"], line["level"]) == ("warning", level)
        assert "not collected" in line["note"] and name in result.stdout
    assert summary["R19f"]["checked"] == 0 and "rc_wage_deduct_currency" in summary["R19f"]["note"]
    assert "employed.calculated" not in summary, "computed, not compared: the batch lacks it"
    assert summary["R12"]["checked"] == len(read_text(batch / "persons.csv"))


def test_only_the_checks_of_the_columns_not_collected_are_skipped(
    batch: Path, tmp_path: Path, form, rules
):
    """Damaged the same way, the spec-layout batch gets every failure the full batch gets,
    but those of the columns it lacks (and of section I, which it lacks)."""
    persons = read_text(batch / "persons.csv")
    rng = np.random.default_rng(2)
    for column in ("age", "work_wage", "arrival_year", "citizenship", "rc_cost_currency"):
        rows = persons.index[rng.choice(len(persons), size=20, replace=False)]
        persons.loc[rows, column] = persons[column].sample(20, random_state=4).array
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    for name in ("households", "absentees"):
        (damaged / f"{name}.csv").write_bytes((batch / f"{name}.csv").read_bytes())
    persons.to_csv(damaged / "persons.csv", index=False)
    spec = spec_layout(form, damaged, tmp_path / "spec")

    full = failures(validate_frames(form, rules, read_data(damaged, form)))
    judged = failures(validate_frames(form, rules, read_data(spec, form)))

    assert judged <= full and len(judged) > 100
    for rule, level, *_ in full - judged:
        assert (
            level == "absentee"
            or rule.endswith(".calculated")
            or rule in ("R19b", "R19f")
            or rule.split(".")[0] in FORM_ONLY
        ), rule


def failures(report) -> set[tuple]:
    return {
        (f.rule, f.level, f.hh_id, f.line_no, json.dumps(f.values, sort_keys=True, default=str))
        for f in report.failures
    }


def test_a_missing_column_the_spec_requires_is_unusable_input_listing_every_one(
    batch: Path, tmp_path: Path, form, capsys
):
    from surveytool.cli import main

    folder = spec_layout(form, batch, tmp_path / "short", drop=("psu", "sex", "age"))
    assert main(["validate", str(folder)]) == 2
    error = capsys.readouterr().err
    assert "3 column(s)" in error
    assert "households.csv: psu" in error and "persons.csv: sex, age" in error


def test_section_i_without_its_filter_questions_is_still_checked_where_it_can_be(
    batch: Path, tmp_path: Path, form, rules
):
    """The absentees file without abs_any/abs_count: their relevance cannot be judged, so
    the checks that need it are skipped (and named), the codes are still checked."""
    folder = spec_layout(form, batch, tmp_path / "section_i", absentees=True)
    absentees = read_text(folder / "absentees.csv")
    assert len(absentees) > 5
    absentees.loc[absentees.index[0], "abs_sex"] = "7"
    absentees.to_csv(folder / "absentees.csv", index=False)

    report = validate_frames(form, rules, read_data(folder, form))
    summary = {s.id: s for s in report.summary}
    assert summary["abs_sex.choice"].failed == 1
    assert "abs_sex.required" in summary["abs_any.not_collected"].note


def test_a_calculate_reading_a_column_not_collected_is_not_made_nor_checked(
    batch: Path, tmp_path: Path, form, rules
):
    """With arrival_month optional and left out, recent_arrival cannot be computed: the
    question whose relevance reads it (D10) is not judged, and the note says why; a batch that
    gives recent_arrival keeps its value."""
    optional = replace(rules, optional_columns=rules.optional_columns | {"arrival_month"})
    households, persons = (read_text(batch / f"{n}.csv") for n in ("households", "persons"))

    lacking = persons.drop(columns=["arrival_month", "recent_arrival"])
    report = validate_tables(form, optional, households, lacking)
    summary = {s.id: s for s in report.summary}
    note = summary["arrival_month.not_collected"].note
    assert "not calculated: recent_arrival" in note and "intends_stay_12m.required" in note
    assert summary["R09"].checked == 0 and "arrival_month" in summary["R09"].note
    assert "intends_stay_12m.required" not in summary

    kept = validate_tables(form, optional, households, persons.drop(columns=["arrival_month"]))
    line = next(s for s in kept.summary if s.id == "recent_arrival.calculated")
    assert line.checked == 0 and "kept as given" in line.note
    assert "intends_stay_12m.required" in {s.id for s in kept.summary}


def test_a_built_in_whose_question_relevance_reads_a_column_not_collected_judges_every_answer(
    batch: Path, form, rules
):
    """birth_country applies when birthplace = 2: with birthplace not collected the country
    code check (R26a) cannot know where it applies, so it judges every code given."""
    optional = replace(rules, optional_columns=rules.optional_columns | {"birthplace"})
    households, persons = (read_text(batch / f"{n}.csv") for n in ("households", "persons"))
    persons.loc[persons.index[0], "birth_country"] = "QQQ"

    report = validate_tables(form, optional, households, persons.drop(columns=["birthplace"]))
    summary = {s.id: s for s in report.summary}
    assert "birth_country.outside_universe" in summary["birthplace.not_collected"].note
    flagged = [f for f in report.failures if f.values.get("birth_country") == "QQQ"]
    assert {f.rule for f in flagged} == {"R26a", "birth_country.choice"}
