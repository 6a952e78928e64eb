"""The whole chain of issue 12's acceptance: a field store -> batch package -> office store ->
approve -> harmonised package, then every rendering read back with its own reader against the
canonical CSVs, ``frictionless validate``, no entered identifier in any byte, and formula text
inert in every CSV and XLSX written on the way."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pyarrow.parquet as pq
import pyreadstat
import pytest

from surveytool.casework import open_interviews
from surveytool.common.cells import restore
from surveytool.demo.generate import generate
from surveytool.form.levels import levels
from surveytool.package import container
from surveytool.package.batch import export_batch
from surveytool.package.harmonised import plan_harmonised, write_harmonised
from surveytool.package.importing import IMPORTED, import_package
from surveytool.package.keys import KeyRing
from surveytool.package.tabular import read_csv_bytes
from surveytool.store import Store
from surveytool.tables import CaseData, flatten

FORMULA = '=HYPERLINK("http://example.invalid/x","click")'
NAME_FORMULA = '=HYPERLINK("http://example.invalid/name","me")'


@pytest.fixture(scope="module")
def chain(tmp_path_factory, form, rules):
    """Run the chain once; every test reads what it left."""
    folder = tmp_path_factory.mktemp("chain")
    enumerator = KeyRing.create("Enumerator 7", "enumerator", folder / "keys_e")
    office = KeyRing.create("INS", "office", folder / "keys_o")
    au = KeyRing.create("AU statistics", "au", folder / "keys_au")
    office.trust(enumerator.identity)
    au.trust(office.identity)
    field = folder / "field.sqlite"
    with Store.open(field) as store:
        generate(store, form, country="CMR", households=14, seed=5)
        case = store.cases()[0]
        store.set_status(case.uuid, "in_progress", "E7")
        store.record_answer(case.uuid, "persons#1/person_name", NAME_FORMULA, "E7")
        worker = _employed_person(store, form, case.uuid)
        store.record_answer(case.uuid, f"persons#{worker}/occ_title", FORMULA, "E7")
        store.set_status(case.uuid, "complete", "E7")
        entered = flatten(
            form, [CaseData(r.uuid, r.status, i) for r, i in open_interviews(store, form)]
        )
        batch = folder / "batch.sealed"
        export_batch(store, form, rules, enumerator, batch, encrypt_to=office.identity)
    office_store = folder / "office.sqlite"
    with Store.open(office_store) as store:
        assert import_package(store, form, batch, office).verdict == IMPORTED
        for row in store.cases(status="complete"):
            store.set_status(row.uuid, "approved", "officer", role="office")
        plan = plan_harmonised(store, form, rules, office)
        out = folder / "harmonised.zip"
        assert not out.exists()  # the plan writes nothing
        write_harmonised(store, plan, office, out)
    opened = container.open_package(out, au, kind="harmonised")
    plain_batch = folder / "batch.zip"  # the same cases unsealed, to read the batch's CSVs
    with Store.open(field) as store:
        uuids = [r.uuid for r in store.cases()]
    return {
        "folder": folder,
        "entered": entered,
        "opened": opened,
        "plan": plan,
        "batch": batch,
        "office": office,
        "field": field,
        "plain_batch": plain_batch,
        "uuids": uuids,
        "enumerator": enumerator,
    }


def _employed_person(store, form, uuid) -> int:
    for row, interview in open_interviews(store, form, only={uuid}):
        tables = flatten(form, [CaseData(row.uuid, row.status, interview)])
        persons = tables["persons"]
        working = persons[persons["occ_title"].notna()]
        assert len(working), "the demo case has no one with an occupation"
        return int(working["line_no"].iloc[0])
    raise AssertionError


def _typed(opened, table: str) -> pd.DataFrame:
    package = json.loads(opened.members["datapackage.json"])
    resource = next(r for r in package["resources"] if r["path"] == f"{table}.csv")
    return read_csv_bytes(opened.members[f"{table}.csv"], table, resource["schema"]["fields"])


def test_parquet_equals_the_canonical_tables(chain, form):
    opened = chain["opened"]
    for level in levels(form):
        canonical = _typed(opened, level.table)
        parquet = pq.read_table(
            io.BytesIO(opened.members[f"renderings/{level.table}.parquet"])
        ).to_pandas()
        assert list(parquet.columns) == list(canonical.columns)
        assert len(parquet) == len(canonical)
        for name in canonical.columns:
            _same(canonical[name], parquet[name], name)


@pytest.mark.parametrize("suffix", ["dta", "sav"])
def test_stata_and_spss_equal_the_canonical_tables_with_value_labels(chain, form, suffix, tmp_path):
    opened = chain["opened"]
    reader = pyreadstat.read_dta if suffix == "dta" else pyreadstat.read_sav
    persons = None
    for level in levels(form):
        path = tmp_path / f"{level.table}.{suffix}"
        path.write_bytes(opened.members[f"renderings/{level.table}.{suffix}"])
        frame, meta = reader(str(path))
        canonical = _typed(opened, level.table)
        assert len(frame) == len(canonical)
        by_name = dict(zip(meta.column_names, frame.columns, strict=True))
        for name in canonical.columns:
            column = by_name.get(name) or by_name.get(name[:32])
            assert column is not None, name
            _same(canonical[name], frame[column], name)
        if level.table == "persons":
            persons = meta
    assert persons is not None
    sex_labels = persons.variable_value_labels.get("sex")
    assert sex_labels and {1, 2} <= set(int(code) for code in sex_labels)
    assert persons.column_names_to_labels.get("sex")


def test_xlsx_equals_the_canonical_tables_and_formulas_are_inert(chain, form):
    opened = chain["opened"]
    book = openpyxl.load_workbook(io.BytesIO(opened.members["renderings/tables.xlsx"]))
    assert "labels" in book.sheetnames
    seen_formula = False
    for level in levels(form):
        canonical = _typed(opened, level.table)
        sheet = book[level.table[:31]]
        rows = list(sheet.iter_rows())
        header = [cell.value for cell in rows[0]]
        assert header == list(canonical.columns)
        for r, cells in enumerate(rows[1:]):
            for name, cell in zip(header, cells, strict=True):
                value = cell.value
                if isinstance(value, str):
                    assert cell.data_type == "s"
                    if value.startswith("'="):
                        seen_formula = True
                    value = restore(value)
                _same(canonical[name].iloc[[r]], pd.Series([value]), name)
    assert seen_formula, "the occupation entered as a formula is in the XLSX, inert"


def test_frictionless_validates_the_package(chain, tmp_path):
    frictionless = pytest.importorskip("frictionless")
    opened = chain["opened"]
    for name, data in opened.members.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["type", "note"])[:5]


def _scannable(members: dict[str, bytes]) -> list[tuple[str, bytes]]:
    found = []
    for name, data in members.items():
        found.append((name, data))
        if name.endswith(".xlsx"):
            with zipfile.ZipFile(io.BytesIO(data)) as book:
                found += [(f"{name}:{inner}", book.read(inner)) for inner in book.namelist()]
        if name.endswith(".parquet"):
            table = pq.read_table(io.BytesIO(data))
            text = "\n".join(str(v) for column in table.columns for v in column.to_pylist())
            found.append((f"{name}:values", text.encode()))
    return found


def test_no_entered_direct_identifier_is_in_any_byte(chain, form):
    entered = chain["entered"]
    values: set[str] = set()
    for question in form.questions():
        if not question.is_direct_identifier:
            continue
        for table in entered.values():
            if question.name in table.columns:
                values |= {str(v) for v in table[question.name].dropna() if len(str(v)) >= 6}
    assert len(values) > 20  # names, addresses and phones of 14 households
    # the uuids of the cases and the household ids are replaced too
    values |= set(chain["uuids"])
    values |= {str(v) for v in entered["households"]["hh_id"].dropna()}
    members = dict(chain["opened"].members)
    members["<the whole file>"] = (chain["folder"] / "harmonised.zip").read_bytes()
    for name, data in _scannable(members):
        for value in values:
            assert value.encode() not in data, f"{value!r} in {name}"


def test_formula_injection_is_inert_in_the_batch_csv_and_harmonised_csv(chain, form):
    opened = chain["opened"]
    persons = opened.members["persons.csv"].decode()
    assert "'" + FORMULA.replace('"', '""') in persons
    assert f'"{FORMULA.replace(chr(34), chr(34) * 2)}' not in persons
    assert "example.invalid/name" not in persons  # the name is a direct identifier: gone
    # the batch, unsealed by the office: the name entered as a formula is inert there too
    office = chain["office"]
    sealed = container.open_package(chain["batch"], office, kind="batch")
    batch_persons = sealed.members["persons.csv"].decode()
    for formula in (FORMULA, NAME_FORMULA):
        quoted = formula.replace('"', '""')
        assert "'" + quoted in batch_persons
        assert f'"{quoted}' not in batch_persons


def test_the_disclosure_report_is_in_the_package(chain):
    report = json.loads(chain["opened"].members["disclosure.json"])
    anonymity = report["k_anonymity"]
    assert anonymity["smallest_cell"] == chain["plan"].smallest_cell >= 1
    assert anonymity["records"] > 0 and anonymity["key_variables"]
    assert report["topcoding"]["percentile"] == 99


def _same(expected: pd.Series, actual: pd.Series, name: str) -> None:
    left = expected.reset_index(drop=True)
    right = actual.reset_index(drop=True)
    if pd.api.types.is_numeric_dtype(left.dtype):
        a = pd.to_numeric(left, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        b = pd.to_numeric(right, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        assert np.allclose(a, b, equal_nan=True, rtol=0, atol=0), name
        return
    a = ["" if v is None or (isinstance(v, float) and np.isnan(v)) or v is pd.NA else str(v)
         for v in left.tolist()]
    b = ["" if v is None or (isinstance(v, float) and np.isnan(v)) or v is pd.NA else str(v)
         for v in right.tolist()]
    assert a == b, name


def test_paths(chain):
    assert Path(chain["folder"] / "harmonised.zip").is_file()
