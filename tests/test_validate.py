"""Batch validation on real CSV files: clean demo data passes, every injected defect is caught."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from demo_batch import demo_batch, read_text, text_tables

from surveytool.cli import main
from surveytool.validate import (
    build_schemas,
    read_data,
    validate_tables,
)


@pytest.fixture(scope="module")
def clean(tmp_path_factory) -> Path:
    return demo_batch(tmp_path_factory.mktemp("batch"), households=80, seed=21)


frames = text_tables


def write(folder: Path, households: pd.DataFrame, persons: pd.DataFrame) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    households.to_csv(folder / "households.csv", index=False)
    persons.to_csv(folder / "persons.csv", index=False)
    return folder


def test_clean_demo_data_has_no_error(clean: Path, form, rules):
    data = read_data(clean, form)
    report = validate_tables(form, rules, data["households"], data["persons"])
    assert report.errors == 0, [f for f in report.failures if f.severity == "error"][:5]
    assert len(report.summary) > 250  # form checks and rules all ran
    assert main(["validate", str(clean)]) == 0


def _person_row(persons: pd.DataFrame, **where: str) -> int:
    mask = pd.Series(True, index=persons.index)
    for column, value in where.items():
        mask &= persons[column] == value
    assert mask.any(), where
    return int(mask.to_numpy().nonzero()[0][0])


def test_each_injected_defect_is_reported_at_error_level_and_nothing_else(
    clean: Path, tmp_path: Path, form, rules
):
    households, persons = frames(clean)
    adult = _person_row(persons, work_wage="1")
    child = int((pd.to_numeric(persons["age"]) < 10).to_numpy().nonzero()[0][0])
    employee = _person_row(persons, status_icse93="1")
    injected = {
        (persons.at[adult, "hh_id"], persons.at[adult, "line_no"], "hours_usual.constraint"): ("hours_usual", "200"),
        (persons.at[child, "hh_id"], persons.at[child, "line_no"], "work_wage.outside_universe"): ("work_wage", "1"),
        (persons.at[employee, "hh_id"], persons.at[employee, "line_no"], "earn_status.choice"): ("earn_status", "7"),
    }  # fmt: skip
    name_row = _person_row(persons, relationship="3")
    injected[
        (persons.at[name_row, "hh_id"], persons.at[name_row, "line_no"], "person_name.required")
    ] = ("person_name", None)
    typed_row = _person_row(persons, relationship="2")
    injected[(persons.at[typed_row, "hh_id"], persons.at[typed_row, "line_no"], "age.type")] = (
        "age",
        "forty",
    )
    for (hh_id, line_no, _), (column, value) in injected.items():
        row = persons.index[(persons.hh_id == hh_id) & (persons.line_no == line_no)][0]
        persons.at[row, column] = value
    folder = write(tmp_path / "defects", households, persons)
    data = read_data(folder, form)
    report = validate_tables(form, rules, data["households"], data["persons"])
    found = {(f.hh_id, f.line_no, f.rule) for f in report.failures if f.severity == "error"}
    for key in injected:
        assert key in found, f"{key} not reported"
    (unreadable,) = [f for f in report.failures if f.rule == "age.type"]
    assert unreadable.values == {"age": "forty"}  # the text that was there, not a blank
    # A defect may cascade to other checks of the same person (an unreadable age leaves the
    # age empty) or of the same household, but never to anyone else.
    persons_hit = {(h, line) for h, line, _ in injected}
    assert {(h, line) for h, line, _ in found if line is not None} <= persons_hit
    assert {h for h, line, _ in found if line is None} <= {h for h, _ in persons_hit}


def test_household_rule_two_heads(clean: Path, tmp_path: Path, form, rules):
    households, persons = frames(clean)
    second = _person_row(persons, relationship="2")
    hh_id = persons.at[second, "hh_id"]
    persons.at[second, "relationship"] = "1"
    data = read_data(write(tmp_path / "heads", households, persons), form)
    report = validate_tables(form, rules, data["households"], data["persons"])
    heads = [f for f in report.failures if f.rule == "R01b"]
    assert [(f.hh_id, f.level, f.severity) for f in heads] == [(hh_id, "household", "error")]


def test_json_report_has_summary_and_one_failure_per_record_and_rule(clean: Path, tmp_path: Path):
    households, persons = frames(clean)
    persons.loc[persons.index[persons["hours_usual"].notna()][:3], "hours_usual"] = "500"
    folder = write(tmp_path / "json", households, persons)
    report_path = tmp_path / "report.json"
    assert main(["validate", str(folder), "--json", str(report_path)]) == 1
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert {"summary", "failures"} <= set(report)
    entry = next(s for s in report["summary"] if s["id"] == "hours_usual.constraint")
    assert entry["severity"] == "error" and entry["checked"] == len(persons)
    failures = [f for f in report["failures"] if f["rule"] == "hours_usual.constraint"]
    keys = [(f["hh_id"], f["line_no"]) for f in failures]
    assert len(keys) == len(set(keys)) == entry["failed"]
    assert set(failures[0]) >= {
        "rule",
        "severity",
        "level",
        "hh_id",
        "line_no",
        "variables",
        "values",
        "message",
    }


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        ("missing_column", "key column is missing"),
        ("missing_answer_column", "column(s) of form"),
        ("semicolons", "delimiter"),
        ("latin1", "UTF-8"),
        ("empty", "empty"),
        ("header_only", "no rows"),
        ("ragged", "not a readable CSV"),
        ("duplicate_household", "duplicate key"),
    ],
)
def test_unusable_input_exits_2_with_a_located_message(
    clean: Path, tmp_path: Path, capsys, damage, words
):
    households, persons = frames(clean)
    folder = write(tmp_path / damage, households, persons)
    target = folder / "persons.csv"
    if damage == "missing_column":
        persons.drop(columns=["line_no"]).to_csv(target, index=False)
    elif damage == "missing_answer_column":
        persons.drop(columns=["sex", "age"]).to_csv(target, index=False)
    elif damage == "semicolons":
        persons.to_csv(target, index=False, sep=";")
    elif damage == "latin1":
        persons.iloc[:5].assign(person_name="Amélie").to_csv(
            target, index=False, encoding="latin-1"
        )
    elif damage == "empty":
        target.write_text("")
    elif damage == "header_only":
        target.write_text(",".join(persons.columns) + "\n")
    elif damage == "ragged":
        lines = persons.to_csv(index=False).splitlines()
        lines[7] += ",surplus,cells"
        target.write_text("\n".join(lines) + "\n")
    elif damage == "duplicate_household":
        target = folder / "households.csv"
        pd.concat([households, households.iloc[[0]]]).to_csv(target, index=False)
    assert main(["validate", str(folder)]) == 2
    error = capsys.readouterr().err
    assert words in error and target.name in error


def test_a_repeated_line_number_is_r01_on_each_record_and_the_rest_is_validated(
    clean: Path, tmp_path: Path
):
    """Two members with one line number: R01a reports both records, the batch is judged."""
    households, persons = frames(clean)
    twin = persons.iloc[[3]].copy()
    twin["person_name"] = "Twin of " + twin["person_name"]
    folder = write(tmp_path / "twins", households, pd.concat([persons, twin]))
    report_path = tmp_path / "report.json"
    assert main(["validate", str(folder), "--json", str(report_path)]) == 1
    failures = json.loads(report_path.read_text())["failures"]
    r01a = [(f["hh_id"], f["line_no"], f["level"]) for f in failures if f["rule"] == "R01a"]
    hh_id, line = str(persons.iloc[3]["hh_id"]), str(persons.iloc[3]["line_no"])
    assert r01a == [(hh_id, line, "person"), (hh_id, line, "person")]
    assert {f["rule"] for f in failures} - {"R01a"}, "the other checks ran too"


def test_schemas_export_named_serialisable_checks(form, rules, tmp_path: Path):
    schemas = build_schemas(form, rules)
    assert set(schemas) == {"household", "person", "absentee"}
    assert "abs_year_left.constraint" in schemas["absentee"].to_yaml()
    text = schemas["person"].to_yaml()
    assert "expression_holds" in text and "R05" in text and "age.constraint" in text
    assert main(["schema", "export", "--out", str(tmp_path)]) == 0
    assert (tmp_path / "person.schema.yaml").read_text(encoding="utf-8") == text


def test_xlsx_report_has_summary_chart_and_filtered_failures(clean: Path, tmp_path: Path):
    from openpyxl import load_workbook

    households, persons = frames(clean)
    employed = persons.index[persons["hours_usual"].notna()][:4]
    persons.loc[employed, "hours_usual"] = "500"
    folder = write(tmp_path / "xlsx", households, persons)
    path = tmp_path / "report.xlsx"
    assert main(["validate", str(folder), "--xlsx", str(path)]) == 1
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["summary", "failures"]
    summary, failures = workbook["summary"], workbook["failures"]
    rows = {row[0]: row for row in summary.iter_rows(min_row=2, values_only=True)}
    assert rows["hours_usual.constraint"][1:5] == ("error", "person", len(persons), 4)
    assert len(summary._charts) == 1
    checks = [row[0] for row in failures.iter_rows(min_row=2, values_only=True)]
    assert checks.count("hours_usual.constraint") == 4 and failures.auto_filter.ref
    assert not list(tmp_path.glob("*.partial"))


def test_chunked_reading_keeps_text_and_order(clean: Path):
    """Read in chunks as categories: the same cells as one plain text read, codes unparsed."""
    from surveytool.validate.inputs import _read_as_categories

    path = clean / "persons.csv"
    whole = read_text(path)
    chunked = _read_as_categories(path, block=4096)  # many blocks, categories unified
    assert all(isinstance(t, pd.CategoricalDtype) for t in chunked.dtypes)
    pd.testing.assert_frame_equal(
        chunked.astype(object).where(chunked.notna(), None),
        whole.astype(object).where(whole.notna(), None),
    )


@pytest.mark.parametrize("as_category", [False, True])
def test_typing_flags_text_that_is_not_a_number_of_the_question_type(form, as_category: bool):
    from surveytool.validate.typed import typed_frame

    ages = pd.Series(["15", "15.5", "abc", "inf", "1e30", None, "007", "15"], dtype=object)
    incomes = pd.Series(["10.5", "x", None, "-3", "1e3", "2", "0", "10.5"], dtype=object)
    frame = pd.DataFrame({"hh_id": "H1", "line_no": "1", "age": ages, "earn_amount": incomes})
    if as_category:
        frame = frame.astype("category")
    typed, failures = typed_frame(form, frame, "persons")
    assert list(failures["age"].rows) == [1, 2, 3, 4]
    assert failures["age"].text.iloc[2] == "abc"
    assert typed["age"].tolist() == [15, pd.NA, pd.NA, pd.NA, pd.NA, pd.NA, 7, 15]
    assert str(typed["age"].dtype) == "Int64"
    assert list(failures["earn_amount"].rows) == [1]
    assert typed["earn_amount"].tolist() == [10.5, pd.NA, pd.NA, -3.0, 1000.0, 2.0, 0.0, 10.5]


def test_absentee_records_are_validated_at_their_own_level(clean: Path, tmp_path: Path):
    """Section I (former members abroad): its checks run per absentee, located by abs_line."""
    households, persons = frames(clean)
    absentees = pd.read_csv(clean / "absentees.csv", dtype=str, keep_default_na=False)
    assert len(absentees) >= 2, "the demo batch should have former members abroad"
    absentees.loc[0, "abs_year_left"] = "2099"  # after the survey year
    absentees.loc[1, "abs_age"] = "old"
    folder = write(tmp_path / "absent", households, persons)
    absentees.to_csv(folder / "absentees.csv", index=False)
    report_path = tmp_path / "report.json"
    assert main(["validate", str(folder), "--json", str(report_path)]) == 1
    failures = json.loads(report_path.read_text(encoding="utf-8"))["failures"]
    found = {(f["hh_id"], f["line_no"], f["rule"], f["level"]) for f in failures}
    first, second = absentees.iloc[0], absentees.iloc[1]
    assert (first.hh_id, first.abs_line, "abs_year_left.constraint", "absentee") in found
    assert (second.hh_id, second.abs_line, "abs_age.type", "absentee") in found
    assert {f["level"] for f in failures if f["severity"] == "error"} == {"absentee"}


def test_a_batch_without_absentees_is_still_validated(clean: Path, tmp_path: Path):
    households, persons = frames(clean)
    folder = write(tmp_path / "no_absentees", households, persons)
    assert main(["validate", str(folder)]) == 0
    (folder / "absentees.csv").write_text(
        (clean / "absentees.csv").read_text(encoding="utf-8").splitlines()[0] + "\n"
    )
    assert main(["validate", str(folder)]) == 0  # a header and no rows: nobody abroad


def test_persons_of_a_missing_household_are_reported_once_each(clean: Path, tmp_path: Path):
    households, persons = frames(clean)
    lost = households.iloc[3]["hh_id"]
    folder = write(tmp_path / "orphans", households.drop(index=3), persons)
    report_path = tmp_path / "report.json"
    assert main(["validate", str(folder), "--json", str(report_path)]) == 1
    failures = json.loads(report_path.read_text(encoding="utf-8"))["failures"]
    errors = [f for f in failures if f["severity"] == "error"]
    members = persons[persons["hh_id"] == lost]["line_no"].tolist()
    assert sorted((f["hh_id"], f["line_no"]) for f in errors) == sorted((lost, m) for m in members)
    assert {f["rule"] for f in errors} == {"person.household_missing"}


def test_a_rule_at_absentee_level_runs_per_former_member(clean: Path, form, rules):
    from dataclasses import replace

    template = next(r for r in rules.rules if r.id == "R27")
    rule = replace(
        template,
        id="XA",
        level="absentee",
        expression="${abs_age} = '' or ${abs_age} < 30",
        variables=("abs_age",),
    )
    data = read_data(clean, form)
    report = validate_tables(
        form,
        replace(rules, rules=(*rules.rules, rule)),
        data["households"],
        data["persons"],
        data["absentees"],
    )
    absentees = pd.read_csv(clean / "absentees.csv", dtype=str, keep_default_na=False)
    old = absentees[pd.to_numeric(absentees["abs_age"], errors="coerce") >= 30]
    assert len(old) > 0, "the demo batch should have an absentee aged 30 or more"
    found = {(f.hh_id, f.line_no) for f in report.failures if f.rule == "XA"}
    assert found == set(zip(old["hh_id"], old["abs_line"], strict=True))
    assert {f.level for f in report.failures if f.rule == "XA"} == {"absentee"}


def test_statuses_are_chosen_like_the_office_does():
    from surveytool.validate.batch import UnknownStatus, parse_statuses
    from surveytool.validate.inputs import REVIEW_STATUSES

    assert parse_statuses(None) == parse_statuses([]) == REVIEW_STATUSES == ("complete", "approved")
    assert parse_statuses(["all"]) == ("new", "in_progress", "complete", "approved", "rejected")
    assert parse_statuses(["rejected,complete", "in-progress"]) == (
        "in_progress",
        "complete",
        "rejected",
    )
    with pytest.raises(UnknownStatus, match="unknown status 'done'"):
        parse_statuses(["complete,done"])


def test_validate_a_store_takes_the_cases_sent_for_review_unless_told(tmp_path: Path, capsys):
    store = tmp_path / "mixed.sqlite"
    demo = ["demo", "--store", str(store), "--households", "15", "--seed", "3"]
    assert main([*demo, "--in-progress", "0.4"]) == 0
    capsys.readouterr()
    reports = {}
    for name, options in {
        "default": [],
        "review": ["--status", "complete", "--status", "approved"],
        "all": ["--status", "all"],
        "in_progress": ["--status", "in_progress"],
    }.items():
        path = tmp_path / f"{name}.json"
        main(["validate", str(store), "--json", str(path), *options])
        reports[name] = json.loads(path.read_text(encoding="utf-8"))
        out = capsys.readouterr().out
        assert "case(s) with status" in out
    assert reports["default"] == reports["review"]
    households = {name: {f["hh_id"] for f in r["failures"]} for name, r in reports.items()}
    assert households["in_progress"] and households["in_progress"] <= households["all"]
    assert not households["in_progress"] & households["default"]  # complete cases only
    errors = {n: sum(f["severity"] == "error" for f in r["failures"]) for n, r in reports.items()}
    assert errors["all"] == errors["default"] + errors["in_progress"] > errors["default"]
    assert main(["validate", str(store), "--status", "done"]) == 2
    assert "unknown status 'done'" in capsys.readouterr().err
