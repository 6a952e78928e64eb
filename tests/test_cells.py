"""Spreadsheet-executable text made inert, and the mark taken off again exactly; and a name
entered as ``=HYPERLINK(..)`` comes out inert in every CSV and XLSX we write (read back with
the csv module and openpyxl: a text cell starting with an apostrophe, never a formula)."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from package_demo import demo_store, demo_tables

from surveytool.common.cells import inert, inert_frame, is_live, restore
from surveytool.form.render import build_workbook
from surveytool.package.codebook import codebook_xlsx
from surveytool.package.tabular import csv_bytes
from surveytool.tables import write_csv
from surveytool.validate.report import Failure, Failures, Report, RuleSummary
from surveytool.validate.report_xlsx import write_xlsx


@pytest.mark.parametrize(
    "text",
    ['=HYPERLINK("http://x","y")', "+A1", "-x", "@SUM(A1)", "\tcmd", "\rcmd", "=1", "+1=1", "-1|x"],
)
def test_text_a_spreadsheet_would_run_gets_an_apostrophe(text):
    assert is_live(text)
    assert inert(text) == "'" + text
    assert restore(inert(text)) == text


@pytest.mark.parametrize(
    "text",
    ["Amina", "-5", "+2.5", "1e3", "-.5", "'quoted", "a=b", "", "+237 6 99 12 34 56", "-(1)"],
)
def test_safe_text_and_plain_numbers_are_left_alone(text):
    assert not is_live(text)
    assert inert(text) == text
    assert restore(text) == text


def test_apostrophes_before_a_formula_get_one_more_so_restore_is_exact():
    assert inert("'=x") == "''=x"
    assert restore("''=x") == "'=x"
    assert restore("'=x") == "=x"


def test_nul_is_dropped():
    assert inert("a\x00b") == "ab"
    assert inert("\x00=x") == "'=x"


TEXT = st.text(alphabet=st.sampled_from(list("'=+-@\t\r1.e ab")), max_size=8)


@given(TEXT)
def test_restore_undoes_inert_and_nothing_inert_writes_is_live(text):
    assert restore(inert(text)) == text
    assert not is_live(inert(text))


@given(TEXT, TEXT)
def test_inert_never_makes_two_texts_one(a, b):
    if a != b:
        assert inert(a) != inert(b)


def test_inert_frame_changes_text_columns_only():
    frame = pd.DataFrame(
        {
            "name": pd.Series(["=cmd", "Ana", None], dtype="str"),
            "age": pd.Series([-1, 30, None], dtype="Int64"),
            "code": pd.Categorical(["-x", "1", "-x"]),
        }
    )
    out = inert_frame(frame)
    assert out["name"].tolist()[:2] == ["'=cmd", "Ana"] and pd.isna(out["name"].iloc[2])
    assert out["age"].equals(frame["age"])
    assert out["code"].tolist() == ["'-x", "1", "'-x"]
    assert frame["name"].iloc[0] == "=cmd"  # the caller's frame is untouched
    safe = pd.DataFrame({"name": pd.Series(["Ana"], dtype="str")})
    assert inert_frame(safe) is safe


# --- every CSV and XLSX we write ----------------------------------------------------------

HOSTILE = ['=HYPERLINK("http://x","y")', "+cmd", "-cmd", "@SUM(A1)", "\tcmd", "\rcmd"]


@pytest.fixture(scope="module")
def hostile_tables(form, tmp_path_factory) -> dict[str, pd.DataFrame]:
    """Demo tables whose person names are text a spreadsheet would run."""
    tables = demo_tables(demo_store(tmp_path_factory.mktemp("hostile") / "s.sqlite", form), form)
    persons = tables["persons"].copy()
    names = [HOSTILE[i % len(HOSTILE)] for i in range(len(persons))]
    persons["person_name"] = pd.Series(names, dtype="str")
    return {**tables, "persons": persons}


def test_the_tables_csv_holds_names_inert(hostile_tables, tmp_path):
    write_csv(hostile_tables, tmp_path)
    with (tmp_path / "persons.csv").open(encoding="utf-8", newline="") as handle:
        names = [row["person_name"] for row in csv.DictReader(handle)]
    expected = hostile_tables["persons"]["person_name"].tolist()
    assert names == ["'" + name for name in expected]


def test_the_package_csv_holds_names_inert(hostile_tables):
    data = csv_bytes(hostile_tables["persons"])
    names = [row["person_name"] for row in csv.DictReader(io.StringIO(data.decode(), newline=""))]
    assert all(name.startswith("'") and not is_live(name) for name in names)


def assert_inert_cells(path_or_bytes: Path | bytes, sheet: str, texts: list[str]) -> None:
    """Each of ``texts`` is a cell of ``sheet`` read back as text with an apostrophe first,
    and no text cell of the sheet could run."""
    source = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    cells = [c for row in openpyxl.load_workbook(source)[sheet].iter_rows() for c in row]
    by_value = {c.value: c for c in cells if isinstance(c.value, str)}
    for text in texts:
        cell = by_value.get("'" + text)
        assert cell is not None, (text, sorted(by_value))
        assert cell.data_type == "s"
    assert not [value for value in by_value if is_live(value)]


def test_the_validation_workbook_holds_entered_text_inert(tmp_path):
    hostile = HOSTILE[0]
    failure = Failure(
        rule="person.name_check",
        severity="warning",
        level="person",
        hh_id="=1+1",
        line_no="1",
        variables=("person_name",),
        values={"person_name": hostile},
        message="-look at this",
        justification="@officer: fine",
    )
    summary = [RuleSummary("person.name_check", "warning", "person", 1, 1, note="+note")]
    write_xlsx(Report(summary, Failures([failure])), tmp_path / "report.xlsx")
    texts = ["=1+1", "-look at this", "@officer: fine"]
    assert_inert_cells(tmp_path / "report.xlsx", "failures", texts)
    assert_inert_cells(tmp_path / "report.xlsx", "summary", ["+note"])
    cells = openpyxl.load_workbook(tmp_path / "report.xlsx")["failures"]["G2"]
    assert "=HYPERLINK(" in cells.value and cells.data_type == "s"  # in the values' JSON


def test_the_codebook_holds_hostile_labels_inert(hostile_tables, form):
    @dataclass(frozen=True)
    class Derived:
        name: str = "odd"
        level: str = "person"
        labels: Mapping[str, str] = field(default_factory=lambda: {"en": HOSTILE[0]})
        type: str = "integer"
        choices: Mapping[str, Mapping[str, str]] = field(
            default_factory=lambda: {"1": {"en": "@SUM(A1)"}}
        )

    data = codebook_xlsx(form, hostile_tables, [Derived()])
    assert_inert_cells(data, "variables", [HOSTILE[0]])
    assert_inert_cells(data, "values", ["@SUM(A1)"])


def test_a_form_written_from_its_markdown_keeps_text_exact_and_never_a_formula(tmp_path):
    """The form workbook is the author's text, so it is not marked: pinned to text only."""
    markdown = "| survey |\n| | type | name | label |\n| | text | q1 | =1+1 |\n"
    build_workbook(markdown, tmp_path / "form.xlsx")
    cell = openpyxl.load_workbook(tmp_path / "form.xlsx")["survey"]["C2"]
    assert (cell.value, cell.data_type) == ("=1+1", "s")
