"""Renderings of the harmonised tables read back with their own readers equal the tables.

Each format is read by its own reader (pyarrow through pandas, pyreadstat with its metadata,
openpyxl) and compared with the input table, column by column. What "equal" means where a
format cannot hold the tables' types (the choices made in ``surveytool.package.statfiles``
and ``renderings``):

* Parquet: the same frame, dtypes included;
* Stata / SPSS: numbers (coded answers with integer codes included) as floats, NaN for a
  blank; text equal with ``""`` for a blank; names that do not fit rewritten by
  ``rendered_names``; variable and value labels as the form gives them (Stata's cut at 80);
* XLSX: numbers as numbers, text as ``xlsx_text`` makes it (inert, no control characters),
  blanks as empty cells, every text cell typed as a string and no formula anywhere.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pyreadstat
import pytest
from openpyxl import load_workbook
from package_tables import LONG, awkward, demo_tables

from surveytool.common import resource_path
from surveytool.package.deidentify import deidentify
from surveytool.package.derive import derive, load_derivations
from surveytool.package.labels import Labels, labels_of
from surveytool.package.renderings import WORKBOOK, render, xlsx_text
from surveytool.package.statfiles import cut, cut_bytes, rendered_names


@pytest.fixture(scope="module")
def demo(tmp_path_factory, form):
    tables = demo_tables(tmp_path_factory.mktemp("demo"), form)
    return deidentify(tables, form, b"k" * 32)


@pytest.fixture(scope="module")
def odd(tmp_path_factory):
    return awkward(tmp_path_factory.mktemp("odd"))


def _cases(demo, form, odd):
    return [(form, demo), odd]


def _numbers(column: pd.Series) -> np.ndarray:
    return pd.to_numeric(column.astype(object), errors="coerce").astype(np.float64).to_numpy()


def _texts(column: pd.Series) -> list[str]:
    return [str(v) if pd.notna(v) else "" for v in column.astype(object)]


def _is_number(name: str, column: pd.Series, labels: Labels) -> bool:
    return name in labels.numeric or pd.api.types.is_numeric_dtype(column.dtype)


@pytest.mark.parametrize("which", ["demo", "odd"])
def test_parquet_reads_back_as_the_table(which, demo, odd, form):
    used_form, tables = (form, demo) if which == "demo" else odd
    members = render(tables, used_form)
    for name, frame in tables.items():
        data = members[f"renderings/{name}.parquet"]
        back = pd.read_parquet(io.BytesIO(data))
        pd.testing.assert_frame_equal(back, frame.reset_index(drop=True))


def test_parquet_fields_carry_labels(odd):
    import pyarrow.parquet as pq

    form, tables = odd
    schema = pq.read_schema(io.BytesIO(render(tables, form)["renderings/sites.parquet"]))
    kind = schema.field("kind").metadata
    assert kind[b"label"].decode().startswith("Kind of site")
    assert json.loads(kind[b"value_labels"]) == {"1": "Farm", "2": "Shop", "10": "Other"}


@pytest.mark.parametrize("kind", ["dta", "sav"])
@pytest.mark.parametrize("which", ["demo", "odd"])
def test_stata_and_spss_read_back_as_the_table(kind, which, demo, odd, form, tmp_path):
    used_form, tables = (form, demo) if which == "demo" else odd
    members = render(tables, used_form)
    read = pyreadstat.read_dta if kind == "dta" else pyreadstat.read_sav
    for name, frame in tables.items():
        path = tmp_path / f"{name}.{kind}"
        path.write_bytes(members[f"renderings/{name}.{kind}"])
        back, meta = read(str(path))
        names = rendered_names(frame.columns, kind)
        assert list(back.columns) == [names[c] for c in frame.columns]
        labels = labels_of(used_form, frame.columns)
        for column in frame.columns:
            got, expected = back[names[column]], frame[column]
            if _is_number(column, expected, labels):
                np.testing.assert_array_equal(_numbers(got), _numbers(expected), err_msg=column)
            else:
                assert _texts(got) == _texts(expected), column
            label = labels.variables[column]
            label = cut(label, 80) if kind == "dta" else cut_bytes(label, 256)
            assert (meta.column_names_to_labels[names[column]] or "") == label, column
            if column in labels.numeric:
                size = 32_000 if kind == "dta" else 120
                values = {
                    float(code): cut_bytes(text, size)
                    for code, text in labels.value_labels(column).items()
                }
                assert meta.variable_value_labels[names[column]] == values, column


def test_awkward_values_survive_stata_and_spss(odd, tmp_path):
    """The odd table's hard cases, named: long text, a long name, a label cut, big numbers."""
    form, tables = odd
    members = render(tables, form)
    for kind, read in (("dta", pyreadstat.read_dta), ("sav", pyreadstat.read_sav)):
        path = tmp_path / f"sites.{kind}"
        path.write_bytes(members[f"renderings/sites.{kind}"])
        back, _ = read(str(path))
        assert back["remarks"][0] == "é" * 3000  # beyond str2045: strL / very long string
        short = rendered_names([LONG], kind)[LONG]
        assert (len(short) <= 32) if kind == "dta" else short == LONG
        assert back[short].isna().tolist() == [False, True, False]
        assert back["big"][0] == 3_000_000_000  # beyond Stata's long: a double
        assert back["kind"].tolist()[:2] == [1.0, 10.0]
        assert back["lettered"].tolist() == ["01", "X", ""]  # text codes stay text
    assert "lettered" not in labels_of(form, ["lettered"]).numeric


def test_names_are_rewritten_only_when_they_do_not_fit():
    names = rendered_names(["sex", "in", "_n", "a-b", "1st", LONG, LONG + "_2"], "dta")
    assert names["sex"] == "sex"
    assert names["in"] == "v_in" and names["_n"] == "v__n"
    assert names["a-b"] == "a_b" and names["1st"] == "v_1st"
    assert len(names[LONG]) == 32 and len(names[LONG + "_2"]) == 32
    assert names[LONG] != names[LONG + "_2"]
    assert rendered_names(["_x", "WITH"], "sav") == {"_x": "v__x", "WITH": "v_WITH"}


@pytest.mark.parametrize("which", ["demo", "odd"])
def test_xlsx_reads_back_as_the_tables_and_runs_nothing(which, demo, odd, form):
    used_form, tables = (form, demo) if which == "demo" else odd
    data = render(tables, used_form)[WORKBOOK]
    workbook = load_workbook(io.BytesIO(data))
    assert workbook.sheetnames == [*tables, "labels"]
    for name, frame in tables.items():
        rows = list(workbook[name].iter_rows())
        assert [cell.value for cell in rows[0]] == list(frame.columns)
        assert len(rows) == len(frame) + 1
        for index, column in enumerate(frame.columns):
            cells = [row[index] for row in rows[1:]]
            for cell, value in zip(cells, frame[column].astype(object), strict=True):
                assert cell.data_type != "f"
                if pd.isna(value):
                    assert cell.value is None, column
                elif isinstance(value, str):
                    assert (cell.value, cell.data_type) == (xlsx_text(value), "s"), column
                else:
                    assert cell.value == value, column
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = b"".join(archive.read(n) for n in archive.namelist() if n.endswith(".xml"))
    assert b"<f>" not in xml and b"<f " not in xml


def test_xlsx_formula_text_is_inert_and_labels_sheet_lists_codes(odd):
    form, tables = odd
    workbook = load_workbook(io.BytesIO(render(tables, form)[WORKBOOK]))
    owners = [row[0].value for row in workbook["sites"].iter_rows(min_row=2, min_col=6)]
    assert owners[2] == '\'=HYPERLINK("x")'
    labels = [tuple(c.value for c in row) for row in workbook["labels"].iter_rows()]
    assert labels[0] == ("variable", "label", "code", "value label")
    assert ("kind", None, "10", "Other") in labels
    assert ("lettered", None, "01", "Zero one") in labels
    assert ("case_uuid", "Case identifier", None, None) in labels


def test_renderings_are_deterministic(demo, form):
    assert render(demo, form) == render(demo, form)


def test_sheet_names_fit_excel(odd, tmp_path: Path):
    form, tables = odd
    frame = tables["sites"]
    many = {"labels": frame, "a" * 40: frame, "a" * 40 + "b": frame, "x/y": frame}
    workbook = load_workbook(io.BytesIO(render(many, form)[WORKBOOK]))
    assert workbook.sheetnames == ["labels", "a" * 31, "a" * 29 + "_2", "x_y", "labels_2"]


def test_derived_variables_are_labelled_in_every_format(tmp_path, tmp_path_factory, form):
    derivations = load_derivations(resource_path("forms", "lfs_migration.derived.yaml"), form)
    tables = demo_tables(tmp_path_factory.mktemp("derived"), form, households=8, seed=3)
    derived = derive(tables, form, derivations, None)
    members = render(derived, form, derivations.variables)
    path = tmp_path / "persons.dta"
    path.write_bytes(members["renderings/persons.dta"])
    back, meta = pyreadstat.read_dta(str(path))
    assert meta.column_names_to_labels["lfs_status"] == "Labour force status (ILO ilo_lfs)"
    assert meta.variable_value_labels["lfs_status"][2.0] == "Unemployed"
    assert meta.variable_value_labels["isco_major"][9.0] == "Elementary occupations"
    np.testing.assert_array_equal(_numbers(back["rci"]), _numbers(derived["persons"]["rci"]))
    assert _texts(back["origin_group"]) == _texts(derived["persons"]["origin_group"])
    workbook = load_workbook(io.BytesIO(members[WORKBOOK]), read_only=True)
    labels = {tuple(row) for row in workbook["labels"].iter_rows(values_only=True)}
    assert ("origin_group", None, "same_rec", "Same REC as the survey country") in labels
