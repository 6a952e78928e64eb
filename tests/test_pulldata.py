"""pulldata() against a CSV beside the form (issue 15, point 2): the form's data files are
read once at load, checked there (a missing file or column is a located problem, not a blank
during the interview), and handed to expressions through ``EvalContext.external`` by the
interview and by batch validation alike.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from surveytool.expr import EvalContext, ExprError
from surveytool.form import FormError, load
from surveytool.form.external import FormData, with_data_files

FEATURES = Path(__file__).parent / "forms" / "features"


def test_the_form_data_files_answer_pulldata_lookups() -> None:
    form = load(FEATURES / "external_files.md")
    data = FormData(form.data_files)
    assert data.pulldata("crops", "label::English (en)", "name", "0230") == "Cassava"
    assert data.pulldata("markets", "district", "name", "m3") == "201"
    assert data.pulldata("crops", "kind", "name", "9999") == ""  # no such key: blank
    with pytest.raises(ExprError, match="no column 'price'"):
        data.pulldata("crops", "price", "name", "0110")
    with pytest.raises(ExprError, match=r"prices\.csv"):
        data.pulldata("prices", "price", "code", "007")


def test_interview_and_batch_contexts_carry_the_data_files() -> None:
    from surveytool.interview import Interview

    form = load(FEATURES / "external_files.md")
    external = Interview(form).context().external
    assert external is not None
    assert external.pulldata("crops", "kind", "name", "0110") == "cereal"
    given = EvalContext()
    assert with_data_files(given, {}) is given  # a form without files: nothing to add
    mine = FormData({})
    assert with_data_files(EvalContext(external=mine), form.data_files).external is mine


def copy_feature(tmp_path: Path, name: str, *files: str) -> Path:
    for file in (f"{name}.md", *files):
        shutil.copy(FEATURES / file, tmp_path / file)
    return tmp_path / f"{name}.md"


def problems_of(path: Path) -> list[str]:
    with pytest.raises(FormError) as caught:
        load(path)
    return [problem.text() for problem in caught.value.problems]


def test_pulldata_in_the_interview_tables_and_batch_validation() -> None:
    from surveytool.interview import Address, AnswerStatus, Interview
    from surveytool.tables import CaseData, flatten
    from surveytool.validate.run import validate_tables

    form = load(FEATURES / "pulldata_prices.md")
    assert set(form.data_files) == {"prices"}
    interview = Interview(form)
    interview.answer(Address("item_code"), "008")  # codes are text: "008", not 8
    assert interview.value(Address("unit_price")) == "0.5"  # the first row of the key, as text
    assert interview.label(Address("quantity")) == "How many Salt?"
    refused = interview.answer(Address("quantity"), 5)  # more than max_qty
    assert (refused.status, refused.message) == (AnswerStatus.CONSTRAINT_VIOLATED, "At most Salt")
    assert interview.answer(Address("quantity"), 3).status is AnswerStatus.OK
    assert interview.value(Address("total")) == 1.5
    table = next(iter(flatten(form, [CaseData("c1", "complete", interview)]).values()))
    assert table.loc[0, ["item_name", "quantity", "total"]].tolist() == ["Salt", 3, 1.5]
    assert validate_tables(form, None, table).failures == []
    table.loc[0, "quantity"] = 7  # edited by hand after the interview
    rules = sorted(failure.rule for failure in validate_tables(form, None, table).failures)
    assert rules == ["quantity.constraint", "total.calculated"]


def test_a_missing_data_file_or_column_is_refused_at_load(tmp_path: Path) -> None:
    path = copy_feature(tmp_path, "pulldata_prices")
    (problem,) = problems_of(path)  # one file, reported once, where it is first named
    assert "sheet 'survey', row 3, column D 'calculation'" in problem
    assert "'prices.csv'" in problem and "not beside the form" in problem
    (tmp_path / "prices.csv").write_text("code,label,price\n007,Soap,1.25\n", encoding="utf-8")
    (problem,) = problems_of(path)
    assert "row 5, column E 'constraint'" in problem and "no column 'max_qty'" in problem


def test_the_harmonised_package_carries_the_data_files_beside_the_form() -> None:
    from surveytool.common.resources import shipped_form
    from surveytool.package.form_files import form_file_members

    members = form_file_members(load(FEATURES / "external_files.md"))
    assert members == {
        "form_files/crops.csv": (FEATURES / "crops.csv").read_bytes(),
        "form_files/markets.xml": (FEATURES / "markets.xml").read_bytes(),
    }
    assert form_file_members(load(shipped_form())) == {}


def test_instance_paths_look_rows_up_in_files_and_choice_lists() -> None:
    """``instance('x')/root/item[k = v]/c`` (a csv-external file, a select's geojson file,
    a choice list of the form) reads as pulldata('x', 'c', 'k', v)."""
    from surveytool.interview import Address, Interview
    from surveytool.tables import CaseData, flatten
    from surveytool.validate.run import validate_tables

    form = load(FEATURES / "external_instance.md")
    assert form.question("price").calculation.source.startswith("instance('prices')")  # type: ignore[union-attr]
    assert {n: d.file for n, d in form.data_files.items()} == {
        "prices": "prices.csv",
        "wells": "wells.geojson",
        "crop": "",  # the choice list, not a file
    }
    interview = Interview(form)
    interview.answer(Address("crop"), "wh")
    interview.answer(Address("item"), "007")
    interview.answer(Address("well"), "w2")
    assert interview.label(Address("summary")) == (
        "Wheat is sown in the dry season; 007 costs 1.25; the well is at 6.5 3.4 0 0"
    )
    table = next(iter(flatten(form, [CaseData("c1", "complete", interview)]).values()))
    assert table.loc[0, ["crop_season", "price", "well_at"]].tolist() == [
        "dry season",
        "1.25",
        "6.5 3.4 0 0",
    ]
    assert validate_tables(form, None, table).failures == []
    table.loc[0, "price"] = "3"  # not what the lookup gives
    assert [f.rule for f in validate_tables(form, None, table).failures] == ["price.calculated"]


def test_an_instance_path_to_a_missing_column_is_refused_at_load(tmp_path: Path) -> None:
    path = copy_feature(tmp_path, "external_instance", "prices.csv", "wells.geojson")
    text = path.read_text(encoding="utf-8").replace("]/season |", "]/harvest |")
    path.write_text(text, encoding="utf-8")
    (problem,) = problems_of(path)
    assert "row 4, column D 'calculation'" in problem
    assert "the choice list 'crop' has no column 'harvest'" in problem


def test_surveytool_validate_finds_the_data_files_beside_the_form(tmp_path: Path, capsys) -> None:
    """The batch side loads the form from its folder, as the app does, so its pulldata()
    reads the same CSV: a quantity above the file's max_qty fails in the CSV tables too."""
    from surveytool.cli import main
    from surveytool.interview import Address, Interview
    from surveytool.tables import CaseData, flatten

    form = load(FEATURES / "pulldata_prices.md")
    interview = Interview(form)
    interview.answer(Address("item_code"), "008")
    interview.answer(Address("quantity"), 3)
    for name, table in flatten(form, [CaseData("c1", "complete", interview)]).items():
        table.loc[0, "quantity"] = 7  # max_qty of 008 is 4
        table.to_csv(tmp_path / f"{name}.csv", index=False)
    assert main(["validate", "--form", str(FEATURES / "pulldata_prices.md"), str(tmp_path)]) == 1
    report = capsys.readouterr().out
    assert "quantity.constraint" in report and "total.calculated" in report
