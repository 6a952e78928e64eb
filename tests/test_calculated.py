"""The form's calculates in batch validation: computed as the interview engine computes them,
recomputed when a batch brings them, and a disagreement reported on its own (issue 10 point 2).

A demo batch is exported to real CSV files, damaged as another capture tool might have
written it, and validated from those files.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from demo_batch import demo_batch, read_text

from surveytool.cli import main
from surveytool.expr.values import number_to_string
from surveytool.form.answers import answer_kind, read_answer
from surveytool.form.levels import levels
from surveytool.interview import Address, Interview
from surveytool.validate import read_data
from surveytool.validate.calculated import calculate
from surveytool.validate.typed import split_orphans, typed_frame

FILES = ("households.csv", "persons.csv", "absentees.csv")


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> Path:
    return demo_batch(tmp_path_factory.mktemp("calculated"), households=120, seed=11)


def calculates(form) -> list:
    """The form's calculates but the key columns (hh_id, line_no, abs_line)."""
    keys = {"hh_id", "line_no", "abs_line"}
    return [q for q in form.questions() if q.type == "calculate" and q.name not in keys]


def copy_batch(
    source: Path, target: Path, drop: tuple[str, ...] | list[str] = (), **changed: pd.DataFrame
) -> Path:
    """The batch's files in ``target``, without the columns ``drop``; ``changed`` replaces a
    file's table (by file stem)."""
    target.mkdir(parents=True)
    for name in FILES:
        if not (source / name).is_file():
            continue
        table = changed.get(Path(name).stem, read_text(source / name))
        table.drop(columns=[c for c in drop if c in table.columns]).to_csv(
            target / name, index=False
        )
    return target


def validate(folder: Path, tmp_path: Path) -> tuple[int, dict]:
    report = tmp_path / f"{folder.name}.json"
    status = main(["validate", str(folder), "--json", str(report)])
    return status, json.loads(report.read_text(encoding="utf-8"))


def findings(report: dict) -> set[tuple]:
    return {
        (f["rule"], f["hh_id"], f["line_no"], json.dumps(f["values"], sort_keys=True))
        for f in report["failures"]
    }


def test_a_wrong_employed_column_is_its_own_error_and_r12_reads_the_calculated_value(
    batch: Path, tmp_path: Path
):
    """Another tool says 'employed' for a member whose answers say not employed but who has
    a main job section: trusting the column hid R12; the recomputed value shows it."""
    persons = read_text(batch / "persons.csv")
    employees = persons.index[(persons["employed"] == "1") & (persons["work_wage"] == "1")]
    row = employees[0]
    for question in ("work_wage", "work_business", "work_family", "temp_absent"):
        persons.loc[row, question] = "2"
    assert persons.loc[row, "occ_title"] is not None and persons.loc[row, "employed"] == "1"
    folder = copy_batch(batch, tmp_path / "stale_employed", persons=persons)
    status, report = validate(folder, tmp_path)

    assert status == 1
    member = (persons.loc[row, "hh_id"], persons.loc[row, "line_no"])
    here = {f["rule"]: f for f in report["failures"] if (f["hh_id"], f["line_no"]) == member}
    assert "R12" in here, sorted(here)
    wrong = here["employed.calculated"]
    assert wrong["severity"] == "error" and wrong["values"] == {"employed": "1"}
    summary = {s["id"]: s for s in report["summary"]}
    assert summary["employed.calculated"]["failed"] == 1
    assert summary["employed.calculated"]["checked"] == len(persons)


def test_a_helper_calculation_that_differs_is_a_warning(batch: Path, tmp_path: Path):
    persons = read_text(batch / "persons.csv")
    persons.loc[persons.index[:3], "birth_year"] = "1900"
    status, report = validate(copy_batch(batch, tmp_path / "birth_year", persons=persons), tmp_path)
    wrong = [f for f in report["failures"] if f["rule"] == "birth_year.calculated"]
    assert status == 0 and len(wrong) == 3
    assert {f["severity"] for f in wrong} == {"warning"}


def test_a_batch_without_calculated_columns_validates_as_one_with_them(
    batch: Path, tmp_path: Path, form
):
    """Same failures, values included, whether the batch brings the calculates or not; the
    batch is damaged first so that there are failures to compare."""
    persons = read_text(batch / "persons.csv")
    rng = np.random.default_rng(3)
    for column in ("age", "work_wage", "arrival_year", "birthplace", "rc_first_job_employee"):
        rows = rng.choice(len(persons), size=25, replace=False)
        persons.loc[persons.index[rows], column] = persons[column].sample(25, random_state=1).array
    with_them = copy_batch(batch, tmp_path / "with", persons=persons)
    without = copy_batch(
        batch, tmp_path / "without", drop=[q.name for q in calculates(form)], persons=persons
    )
    status_with, report_with = validate(with_them, tmp_path)
    status_without, report_without = validate(without, tmp_path)

    assert status_with == status_without == 1
    calculated = {f for f in findings(report_with) if f[0].endswith(".calculated")}
    assert findings(report_with) - calculated == findings(report_without)
    assert len(findings(report_without)) > 50


def test_calculates_are_the_engines_even_on_answers_outside_their_universe(
    batch: Path, tmp_path: Path, form
):
    """Answers copied into blank cells (mostly where the question does not apply): the batch's
    calculates equal what the interview engine computes for each household from the same
    answers, since both read an answer outside its universe as blank."""
    households = read_text(batch / "households.csv")
    persons = read_text(batch / "persons.csv")
    rng = np.random.default_rng(7)
    answered = [q.name for q in form.questions() if q.repeat == "persons" and q.calculation is None]
    for column in answered:
        present = persons[column].dropna()
        blank = persons.index[persons[column].isna()]
        if len(present) and len(blank):
            rows = rng.choice(blank, size=min(len(blank), 12), replace=False)
            persons.loc[rows, column] = rng.choice(present.to_numpy(), size=len(rows))
    folder = copy_batch(batch, tmp_path / "outside", persons=persons)
    computed = batch_calculates(form, folder)

    names = [q.name for q in calculates(form)]
    compared = 0
    for hh_id, members in persons.groupby("hh_id", sort=False):
        household = households[households["hh_id"] == hh_id].iloc[0]
        interview = engine(form, household, members)
        for name in names:
            question = form.question(name)
            if question.repeat is None:
                expected = [text(interview.value(Address(name)))]
                got = [computed["household"].loc[hh_id, name]]
            else:
                uids = interview.instances("persons")
                expected = [text(interview.value(Address(name, "persons", u))) for u in uids]
                got = computed["person"].loc[[hh_id], name].tolist()
            assert [text(v) for v in got] == expected, (hh_id, name)
            compared += len(expected)
    assert compared > 2000


def batch_calculates(form, folder: Path) -> dict[str, pd.DataFrame]:
    """The calculates validation computes for a folder, indexed by household id."""
    frames = read_data(folder, form)
    root, below = levels(form)[0], levels(form)[1:]
    households, _ = typed_frame(form, frames[root.table], None)
    records, rows = {root.name: households}, {}
    for level in below:
        frame = frames.get(level.table, pd.DataFrame(columns=[root.key]))
        kept, _, rows[level.name] = split_orphans(frame, households, root.key)
        records[level.name], _ = typed_frame(form, kept, level.repeat)
    result = calculate(form, records, key=root.key, root_rows=rows).records
    return {name: frame.set_index(root.key) for name, frame in result.items()}


def engine(form, household: pd.Series, members: pd.DataFrame) -> Interview:
    """The household as the interview engine holds it: every answer of the files given."""
    answers = {}
    for question in form.questions():
        if question.calculation is not None or question.type == "note":
            continue
        choices = form.choices_for(question)
        codes = None if choices is None else choices.values()
        kind = answer_kind(question)
        if question.repeat is None:
            cells = [(Address(question.name), household.get(question.name))]
        elif question.repeat == "persons":
            cells = [
                (Address(question.name, "persons", uid), value)
                for uid, value in enumerate(members[question.name].tolist(), start=1)
            ]
        else:
            continue
        for address, raw in cells:
            value, _ = read_answer(kind, raw, codes)
            if value is not None:
                answers[address] = value
    instances = {"persons": list(range(1, len(members) + 1))}
    return Interview.restore(form, answers, instances)


def text(value: object) -> str | None:
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | np.number):
        return number_to_string(float(value))
    return str(value)
