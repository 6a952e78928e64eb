"""Choices from outside the workbook (issue 15, point 2): the external_choices sheet, CSV and
XML files beside the form, search() appearances and the media column.

Each feature form of ``tests/forms/features`` is loaded, walked in the interview (choice
filters and searches over the external lists), flattened to tables and validated in batch:
an answer that is not on its external list fails its ``.choice`` check there too.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from surveytool.form import Form, FormError, load
from surveytool.interview import Address, AnswerStatus, Interview
from surveytool.tables import CaseData, flatten
from surveytool.validate.run import validate_tables

FEATURES = Path(__file__).parent / "forms" / "features"


def feature(name: str) -> Form:
    return load(FEATURES / f"{name}.md")


def offered(interview: Interview, name: str) -> list[str]:
    return [choice.value for choice in interview.choices(Address(name))]


def root_table(form: Form, *interviews: Interview) -> pd.DataFrame:
    cases = [CaseData(f"case-{n}", "complete", i) for n, i in enumerate(interviews)]
    return next(iter(flatten(form, cases).values()))


def choice_failures(form: Form, table: pd.DataFrame) -> dict[str, list[object]]:
    report = validate_tables(form, None, table)
    found: dict[str, list[object]] = {}
    for failure in report.failures:
        if failure.rule.endswith(".choice"):
            found.setdefault(failure.rule, []).append(failure.values[failure.variables[0]])
    return found


def copy_feature(tmp_path: Path, name: str, *files: str) -> Path:
    for file in (f"{name}.md", *files):
        shutil.copy(FEATURES / file, tmp_path / file)
    return tmp_path / f"{name}.md"


def problems_of(path: Path) -> list[str]:
    with pytest.raises(FormError) as caught:
        load(path)
    return [problem.text() for problem in caught.value.problems]


# -- the external_choices sheet ---------------------------------------------------------------
def test_select_one_external_reads_the_external_choices_sheet_with_its_languages() -> None:
    form = feature("external_choices")
    district = form.choices_for(form.question("district"))
    assert district is not None and district.source == "external_choices"
    assert district.values() == ("101", "102", "201")
    assert district.labels("fr")["201"] == "District côtier"
    assert district.location.sheet == "external_choices" and district.location.row == 2
    assert dict(district.choices[0].filters) == {"region": "n"}


def test_external_choices_are_filtered_in_the_interview_and_checked_in_batch() -> None:
    form = feature("external_choices")
    interview = Interview(form)
    assert offered(interview, "district") == []
    interview.answer(Address("region"), "n")
    assert offered(interview, "district") == ["101", "102"]
    assert interview.answer(Address("district"), "102").status is AnswerStatus.OK
    refused = interview.answer(Address("district"), "999")
    assert refused.status is AnswerStatus.INVALID
    table = root_table(form, interview)
    assert table["district"].tolist() == ["102"]
    assert choice_failures(form, table) == {}
    table.loc[0, "district"] = "999"  # a batch file edited by hand
    assert choice_failures(form, table) == {"district.choice": ["999"]}


# -- files beside the form ----------------------------------------------------------------------
def test_select_from_csv_and_xml_files_beside_the_form() -> None:
    form = feature("external_files")
    crops = form.choices_for(form.question("crop"))
    markets = form.choices_for(form.question("markets"))
    assert crops is not None and crops.source == "crops.csv"
    assert crops.values() == ("0110", "0120", "0230")  # codes are text: zeros kept
    assert crops.labels("fr")["0230"] == "Manioc"
    assert markets is not None and markets.source == "markets.xml"
    assert markets.labels("en") == {
        "m1": "Central market",
        "m2": "Bridge market",
        "m3": "Harbour market",
    }
    assert set(form.data_files) == {"crops", "markets"}


def test_choice_filters_over_file_columns_in_interview_tables_and_validation() -> None:
    form = feature("external_files")
    interview = Interview(form)
    assert offered(interview, "crop") == ["0110", "0120"]
    assert offered(interview, "markets") == []
    interview.answer(Address("district"), "101")
    assert offered(interview, "markets") == ["m1", "m2"]
    interview.answer(Address("crop"), "0120")
    interview.answer(Address("markets"), "m1 m2")
    table = root_table(form, interview)
    assert table.loc[0, ["crop", "markets"]].tolist() == ["0120", "m1 m2"]
    assert choice_failures(form, table) == {}
    table.loc[0, "markets"] = "m1 m9"
    assert choice_failures(form, table) == {"markets.choice": ["m1 m9"]}


def test_a_missing_file_is_a_located_problem_at_load(tmp_path: Path) -> None:
    path = copy_feature(tmp_path, "external_files", "crops.csv")  # markets.xml left behind
    (problem,) = problems_of(path)
    assert "sheet 'survey', row 3, column A 'type'" in problem
    assert "'markets.xml'" in problem and "not beside the form" in problem


def test_a_file_without_its_value_column_is_refused(tmp_path: Path) -> None:
    path = copy_feature(tmp_path, "external_files", "markets.xml")
    (tmp_path / "crops.csv").write_text("code,label\n1,Maize\n", encoding="utf-8")
    (problem,) = problems_of(path)
    assert "row 2" in problem and "no column 'name'" in problem and "code, label" in problem


# -- search() -------------------------------------------------------------------------------------
def test_search_lists_the_csv_rows_through_the_columns_the_choices_row_names() -> None:
    form = feature("external_search")
    products = form.choices_for(form.question("product"))
    assert products is not None and products.source == "products.csv"
    # sorted by the sortby column, each code once, labels as Collect builds them
    assert products.values() == ("p1", "p2", "p3", "p4")
    assert products.choices[0].label_in("default") == "Millet (price: 1)"


def test_search_filters_as_collect_does() -> None:
    form = feature("external_search")
    interview = Interview(form)
    assert offered(interview, "product") == ["p1", "p2", "p3", "p4"]  # startswith ''
    assert offered(interview, "staple") == ["p1", "p3", "p4"]  # matches ignores case
    interview.answer(Address("initial"), "mi")
    assert offered(interview, "product") == ["p1", "p2"]
    assert offered(interview, "cheap_staple") == ["p1", "p2"]  # contains, and price = 1
    interview.answer(Address("initial"), "ai")
    assert offered(interview, "cheap_staple") == ["p4"]
    assert interview.answer(Address("product"), "p3").status is AnswerStatus.OK
    table = root_table(form, interview)
    assert table.loc[0, "product"] == "p3"
    table.loc[0, "staple"] = "p9"
    assert choice_failures(form, table) == {"staple.choice": ["p9"]}


def test_search_mistakes_are_located(tmp_path: Path) -> None:
    path = copy_feature(tmp_path, "external_search", "products.csv")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("'startswith', 'label'", "'near', 'label'"), encoding="utf-8")
    (problem,) = problems_of(path)
    assert "row 3, column D 'appearance'" in problem and "'near'" in problem
    path.write_text(text.replace("| product | code |", "| product | sku |"), encoding="utf-8")
    (problem,) = problems_of(path)
    assert "sheet 'choices', row 2" in problem and "no column 'sku'" in problem


# -- the media column -------------------------------------------------------------------------------
def test_media_columns_are_kept_per_language_and_a_missing_file_only_warns() -> None:
    form = feature("media_labels")
    roof = form.question("roof")
    assert dict(roof.media["image"]) == {"en": "media_house.png", "fr": "media_house.png"}
    assert roof.media["audio"]["en"] == "media_roof_question.mp3"
    choices = form.choices_for(roof)
    assert choices is not None
    assert dict(choices.choices[0].media["image"]) == {
        "en": "media_house.png",
        "fr": "media_house.png",
    }
    assert not choices.choices[1].media
    warned = [w.text() for w in form.warnings if "not beside the form" in w.text()]
    assert warned == [
        "media_labels.md, sheet 'survey', row 2: the audio file 'media_roof_question.mp3' is "
        "not beside the form: the question shows without it"
    ]
    interview = Interview(form)
    assert interview.answer(Address("roof"), "1").status is AnswerStatus.OK
    table = root_table(form, interview)
    assert table.loc[0, "roof"] == "1"
    assert choice_failures(form, table) == {}


def test_forms_check_names_the_lists_and_files_from_outside_the_workbook(capsys) -> None:
    from surveytool.cli import main

    assert main(["forms", "check", str(FEATURES / "external_files.md")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[5] == "  choice lists: 0 on the choices sheet; built-in: none"
    assert lines[6] == (
        "  from outside the workbook: crops (crops.csv, 3 codes), markets (markets.xml, 3 codes)"
    )
    assert lines[7] == "  data files beside the form: crops.csv (3 rows), markets.xml (3 rows)"


def test_the_parameters_column_names_the_value_and_label_columns(tmp_path: Path) -> None:
    (tmp_path / "staff.csv").write_text("id,full_name,team\nE1,Ada,a\nE2,Bea,b\n", "utf-8")
    (tmp_path / "staff.md").write_text(
        "| survey |\n"
        "| | type | name | label | parameters | choice_filter |\n"
        "| | select_one_from_file staff.csv | who | Who | value=id label=full_name | team = 'b' |\n",
        encoding="utf-8",
    )
    form = load(tmp_path / "staff.md")
    staff = form.choices_for(form.question("who"))
    assert staff is not None and staff.labels("default") == {"E1": "Ada", "E2": "Bea"}
    assert offered(Interview(form), "who") == ["E2"]


def test_an_xml_file_with_entities_is_refused_unread(tmp_path: Path) -> None:
    path = copy_feature(tmp_path, "external_files", "crops.csv")
    (tmp_path / "markets.xml").write_text(
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]>'
        "<root><item><name>&a;</name><label>x</label></item></root>",
        encoding="utf-8",
    )
    (problem,) = problems_of(path)
    assert "sheet 'survey', row 3" in problem and "'markets.xml' cannot be read" in problem


def test_select_from_a_geojson_file_lists_its_features_by_id_and_title() -> None:
    form = feature("external_geojson")
    wells = form.choices_for(form.question("well"))
    assert wells is not None and wells.source == "wells.geojson"
    assert wells.labels("default") == {"w1": "North well", "w2": "South well"}
    assert wells.choices[0].filters["geometry"] == "6.45 3.38 0 0"  # as ODK writes a point
    interview = Interview(form)
    interview.answer(Address("min_depth"), 20)
    assert offered(interview, "well") == ["w2"]
    interview.answer(Address("well"), "w2")
    table = root_table(form, interview)
    assert table.loc[0, "well"] == "w2"
    table.loc[0, "well"] = "w7"
    assert choice_failures(form, table) == {"well.choice": ["w7"]}


def test_a_csv_saved_in_a_windows_code_page_is_refused_with_how_to_save_it(tmp_path: Path) -> None:
    path = copy_feature(tmp_path, "external_files", "markets.xml")
    (tmp_path / "crops.csv").write_bytes("name,label\n1,Maïs\n".encode("cp1252"))
    (problem,) = problems_of(path)
    assert "row 2" in problem and "'crops.csv' is not UTF-8 text" in problem


def test_a_value_with_a_space_is_refused_for_a_select_multiple(tmp_path: Path) -> None:
    path = copy_feature(tmp_path, "external_files", "crops.csv")
    markets = (FEATURES / "markets.xml").read_text(encoding="utf-8")
    (tmp_path / "markets.xml").write_text(markets.replace("<name>m2<", "<name>m 2<"), "utf-8")
    (problem,) = problems_of(path)
    assert "row 3" in problem and "'m 2' with a space" in problem
