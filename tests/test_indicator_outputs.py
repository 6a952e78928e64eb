"""The indicator outputs: the workbook read back with openpyxl (sheets, headings, every figure
and flag, a chart per table, the metadata sheet), the ILOSTAT CSV read back with pandas, the
same bytes for the same inputs, and text that a spreadsheet would run kept inert."""

from __future__ import annotations

import io
import itertools
import math
import re
import zipfile
from dataclasses import dataclass, field
from xml.etree import ElementTree

import numpy as np
import openpyxl
import pandas as pd
import pytest

from surveytool.merge.labels import TableLabels
from surveytool.merge.outputs import (
    ILOSTAT_COLUMNS,
    ilostat_csv_bytes,
    write_ilostat_csv,
    write_xlsx,
    xlsx_bytes,
)
from surveytool.merge.outputs_sheet import panel_title

CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart"
LIVE = '=HYPERLINK("http://x","click")'


@dataclass(frozen=True)
class Result:
    """A table as the engine gives it (the contract's ``TableResult``), built by hand."""

    id: str
    title: dict[str, str]
    universe: dict[str, str]
    notes: list[str]
    sources: list[str]
    frame: pd.DataFrame = field(repr=False)


def long_frame(table: str, measures: list[str], classif1: list[str], seed: int) -> pd.DataFrame:
    """A table's long frame: two countries, a REC and Africa, both bases, T/M/F."""
    rng = np.random.default_rng(seed)
    areas = [("SEN", "SEN-2026"), ("CMR", "CMR-2025"), ("ECOWAS", ""), ("AFR", "")]
    rows = []
    for (area, source), c2, c1, measure, sex in itertools.product(
        areas, ["CBR", "NONMIG_CBR", "CCT", "NONMIG_CCT"], classif1, measures, "TMF"
    ):
        n = int(rng.integers(0, 100))
        rows.append(
            {
                "ref_area": area,
                "source": source,
                "indicator": f"{table}_{measure}",
                "sex": sex,
                "classif1": c1,
                "classif2": c2,
                "time": "2025" if area == "CMR" else "2026",
                "obs_value": float(rng.random() * (10**6 if measure == "N" else 100)),
                "obs_status": "U" if n < 30 else "",
                "note": "mixed reference years: CMR 2025, SEN 2026" if area == "AFR" else "",
                "numerator": float(n),
                "denominator": float(n + 1),
                "n_obs": n,
            }
        )
    frame = pd.DataFrame(rows)
    frame.loc[3, ["obs_value", "obs_status"]] = (math.nan, "N")  # a cell not computed
    return frame


AGES = ["AGE_YTHADULT_Y15-24", "AGE_YTHADULT_Y25-54", "AGE_YTHADULT_TOTAL"]


@pytest.fixture(scope="module")
def results() -> list[Result]:
    t3 = long_frame("T3", ["LF", "LFPR"], AGES, 3)
    t3.loc[5, "note"] = LIVE
    return [
        Result(
            "T3",
            {"en": "Migrant workers and LFPR", "fr": "Travailleurs migrants et TAP"},
            {"en": "Usual residents aged 15+", "fr": "Résidents habituels de 15 ans et plus"},
            ["Non-resident foreign workers are not measured (I5).", LIVE],
            ["SEN-2026", "CMR-2025"],
            t3,
        ),
        Result(
            "T10",
            {"en": "Mean monthly earnings"},
            {"en": "Employees"},
            [],
            ["SEN-2026"],
            long_frame("T10", ["N", "MEAN_USD"], [""], 10),
        ),
    ]


METADATA = {
    "merged": "au-2026",
    "rates": {"file": "rates.csv", "sha256": "ab" * 32},
    "packages": [
        {
            "country": "SEN",
            "round": "2026",
            "package_id": "pkg-sen",
            "form_id": "lfs_migration",
            "form_version": "2026011501",
            "reference_period": "2026",
            "reference_date": "2026-07-01",
            "sender": {"name": "ANSD", "fingerprint": "f" * 16},
        }
    ],
    "rec_membership": [{"rec": "ECOWAS", "country": "SEN", "on": "2026-07-01"}],
    "caveats": ["CEN-SAD's current membership after the 2013 treaty is unresolved"],
}


def read_panels(sheet) -> dict[tuple[str, ...], tuple[object, object]]:
    """Every figure of a table sheet by (panel, area, source, period, classif1, measure, sex),
    with its flag, found the way a reader finds it: under the panel's heading and column
    heads (the classification's code in column ``classif1``, a measure's id on the last line
    of its head)."""
    rows = list(sheet.iter_rows(values_only=True))
    found: dict[tuple[str, ...], tuple[object, object]] = {}
    index = 0
    while index < len(rows):
        if rows[index][0] == "Code" and index > 0:
            panel = rows[index - 1][0]
            measures, sexes = rows[index], rows[index + 1]
            index += 2
            while index < len(rows) and rows[index][0]:
                row = rows[index]
                measure = None
                assert measures[5] == "classif1"
                for column in range(6, measures.index("Note"), 2):
                    head = measures[column]
                    if head:  # "Labour force\nT3_LF" with labels, "LF" without
                        measure = head.split("\n")[1].split("_", 1)[1] if "\n" in head else head
                    found[(panel, row[0], *row[2:4], row[5], measure, sexes[column])] = (
                        row[column],
                        row[column + 1],
                    )
                index += 1
        index += 1
    return found


def test_workbook_has_a_sheet_per_table_with_heading_and_every_figure(results, tmp_path):
    path = write_xlsx(results, METADATA, tmp_path / "tables.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["T3", "T10", "metadata"]
    sheet = book["T3"]
    heading = [row[0] for row in sheet.iter_rows(max_row=10, values_only=True)]
    assert heading[:3] == [
        "T3  Migrant workers and LFPR",
        "Universe: Usual residents aged 15+",
        "Sources: SEN-2026; CMR-2025",
    ]
    assert "Note: Non-resident foreign workers are not measured (I5)." in heading
    assert any(text and text.strip().startswith("U: unreliable") for text in heading)
    sexes = {"T": "Total", "M": "Men", "F": "Women"}
    for result in results:
        shown = read_panels(book[result.id])
        frame = result.frame
        assert len(shown) == len(frame)
        for row in frame.itertuples():
            key = (
                panel_title(row.classif2, "en"),
                row.ref_area,
                row.source or None,
                row.time,
                row.classif1 or None,
                row.indicator.split("_", 1)[1],
                sexes[row.sex],
            )
            value, flag = shown[key]
            if math.isnan(row.obs_value):
                assert value is None
            else:
                # 16 significant digits (openpyxl's %.16g; Excel keeps 15), only shown rounded
                assert value == pytest.approx(row.obs_value, rel=1e-15)
            assert (flag or "") == row.obs_status


def test_every_table_sheet_has_a_bar_chart_of_its_own_figures(results):
    data = xlsx_bytes(results, METADATA)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        charts = sorted(name for name in names if re.fullmatch(r"xl/charts/chart\d+\.xml", name))
        assert len(charts) == len(results)
        for chart, result in zip(charts, results, strict=True):
            space = ElementTree.fromstring(archive.read(chart))
            bars = space.find(f".//{{{CHART}}}barChart")
            assert bars is not None
            assert bars.find(f"{{{CHART}}}barDir").get("val") == "bar"  # horizontal
            references = [f.text for f in bars.iter(f"{{{CHART}}}f")]
            assert references  # categories and values read this table's sheet
            assert all(text.startswith(f"'{result.id}'!") for text in references)
        for number in (1, 2):  # each table sheet draws; the metadata sheet does not
            rels = archive.read(f"xl/worksheets/_rels/sheet{number}.xml.rels").decode()
            assert "drawing" in rels
        assert "xl/worksheets/_rels/sheet3.xml.rels" not in names


def test_chart_figures_are_the_main_measure_for_both_sexes_by_area(results):
    book = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(results, METADATA)))
    sheet = book["T3"]
    cells = {cell.value: cell for row in sheet.iter_rows() for cell in row if cell.value}
    heading = cells["Chart: LF, Total, AGE_YTHADULT_TOTAL"]  # the total classification
    row, column = heading.row, heading.column
    assert sheet.cell(row + 1, column + 1).value == panel_title("CBR", "en")
    frame = results[0].frame
    for offset, area in enumerate(["SEN", "CMR", "ECOWAS", "AFR"]):
        assert sheet.cell(row + 2 + offset, column).value == area
        wanted = frame[
            (frame.ref_area == area)
            & (frame.indicator == "T3_LF")
            & (frame.sex == "T")
            & (frame.classif1 == "AGE_YTHADULT_TOTAL")
            & (frame.classif2 == "CBR")
        ].obs_value.item()
        assert sheet.cell(row + 2 + offset, column + 1).value == pytest.approx(wanted, rel=1e-15)


def test_metadata_sheet_names_packages_memberships_rates_and_version(results, tmp_path):
    from surveytool import __version__

    book = openpyxl.load_workbook(write_xlsx(results, METADATA, tmp_path / "t.xlsx"))
    rows = [row for row in book["metadata"].iter_rows(values_only=True)]
    text = [cell for row in rows for cell in row if cell is not None]
    assert f"Made with surveytool {__version__}" in text
    assert f"Exchange rates: rates.csv (SHA-256 {'ab' * 32})" in text
    assert ("T10", "Mean monthly earnings") in [row[:2] for row in rows]
    package = next(row for row in rows if row[0] == "SEN")
    assert package[:7] == (
        "SEN",
        "2026",
        "pkg-sen",
        "lfs_migration",
        "2026011501",
        "2026",
        "2026-07-01",
    )
    assert "ANSD" in package
    assert ("ECOWAS", "SEN", "2026-07-01") in [row[:3] for row in rows]
    assert METADATA["caveats"][0] in text


def test_workbook_in_french_takes_the_french_title_and_falls_back_to_english(results):
    book = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(results, {}, language="fr")))
    assert book["T3"]["A1"].value == "T3  Travailleurs migrants et TAP"
    assert book["T10"]["A1"].value == "T10  Mean monthly earnings"
    assert len(book.sheetnames) == 3


def test_text_a_spreadsheet_would_run_is_inert_in_both_files(results):
    data = xlsx_bytes(results, METADATA)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert "<f>" not in archive.read(name).decode()
    book = openpyxl.load_workbook(io.BytesIO(data))
    texts = [c.value for row in book["T3"].iter_rows() for c in row if isinstance(c.value, str)]
    assert "'" + LIVE in texts  # the frame's note, beside its row's figures
    assert all(not text.startswith("=") for text in texts)
    csv = pd.read_csv(io.BytesIO(ilostat_csv_bytes(results)), dtype=str, keep_default_na=False)
    assert "'" + LIVE in set(csv.note)


def test_ilostat_csv_has_exactly_the_layout_and_the_frames_figures(results, tmp_path):
    path = write_ilostat_csv(results, tmp_path / "tables.csv")
    read = pd.read_csv(
        path, dtype={"time": str}, keep_default_na=False, na_values={"obs_value": [""]}
    )
    assert tuple(read.columns) == ILOSTAT_COLUMNS
    expected = pd.concat([r.frame for r in results], ignore_index=True)[list(ILOSTAT_COLUMNS)]
    keys = [c for c in ILOSTAT_COLUMNS if c not in ("obs_value", "note")]
    both = read.merge(expected, on=keys, suffixes=("", "_frame"), validate="one_to_one")
    assert len(both) == len(expected) == len(read)
    assert (both.obs_value.isna() == both.obs_value_frame.isna()).all()
    known = both.obs_value.notna()
    assert (both.obs_value[known] == both.obs_value_frame[known]).all()  # shortest repr: exact
    assert ((both.note == both.note_frame) | (both.note == "'" + both.note_frame)).all()
    assert list(pd.unique(read.indicator.str.split("_").str[0])) == ["T3", "T10"]  # T3 < T10


def test_same_inputs_give_the_same_bytes_whatever_the_row_order(results, tmp_path):
    first = write_xlsx(results, METADATA, tmp_path / "a.xlsx").read_bytes()
    second = write_xlsx(results, METADATA, tmp_path / "b.xlsx").read_bytes()
    assert first == second
    csv_a = write_ilostat_csv(results, tmp_path / "a.csv").read_bytes()
    csv_b = write_ilostat_csv(results, tmp_path / "b.csv").read_bytes()
    assert csv_a == csv_b
    shuffled = [
        Result(
            r.id, r.title, r.universe, r.notes, r.sources, r.frame.sample(frac=1, random_state=1)
        )
        for r in reversed(results)
    ]
    assert ilostat_csv_bytes(shuffled) == csv_a


def test_a_table_without_figures_says_so_and_draws_nothing():
    empty = Result(
        "T9",
        {"en": "Origin x destination"},
        {"en": "Migrant workers"},
        [],
        [],
        long_frame("T9", ["N"], [""], 9).iloc[0:0],
    )
    data = xlsx_bytes([empty], {})
    book = openpyxl.load_workbook(io.BytesIO(data))
    texts = [row[0] for row in book["T9"].iter_rows(values_only=True)]
    assert "No figures were computed for this table." in texts
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert not [name for name in archive.namelist() if name.startswith("xl/charts/")]
    assert ilostat_csv_bytes([empty]).decode() == ",".join(ILOSTAT_COLUMNS) + "\n"


# --- from a merged folder: metadata, the engine's tables, the command -----------------------


@pytest.fixture(scope="module")
def merged(tmp_path_factory, form):
    """Two countries' harmonised packages merged by the AU (real keys, zips, Parquet)."""
    from surveytool.demo.generate import generate
    from surveytool.merge import merge_packages
    from surveytool.package.harmonised import plan_harmonised, write_harmonised
    from surveytool.package.keys import KeyRing
    from surveytool.store import Store

    folder = tmp_path_factory.mktemp("outputs")
    office = KeyRing.create("INS", "office", folder / "office")
    au = KeyRing.create("AU statistics", "au", folder / "au")
    au.trust(office.identity)
    paths = []
    for country, households, seed in (("SEN", 6, 1), ("CMR", 4, 2)):
        with Store.open(folder / f"{country}.sqlite") as store:
            generate(store, form, country=country, households=households, seed=seed)
            for row in store.cases(status="complete"):
                store.set_status(row.uuid, "approved", "officer", role="office")
            plan = plan_harmonised(store, form, None, office)
            paths.append(write_harmonised(store, plan, office, folder / f"{country}.zip").path)
    out = folder / "merged"
    merge_packages(paths, out, au)
    return out


def test_metadata_of_a_merged_folder_names_its_packages_and_rec_periods(merged):
    from surveytool.form import codelists
    from surveytool.merge import registry
    from surveytool.merge.outputs_metadata import folder_metadata

    rates = merged.parent / "rates.csv"
    rates.write_text("currency,year,lcu_per_usd,source\nXOF,2026,600,IMF IFS\n", encoding="utf-8")
    metadata = folder_metadata(merged, rates, ["IMF IFS"])
    entries = registry(merged)
    assert [p["package_id"] for p in metadata["packages"]] == [e["package_id"] for e in entries]
    assert metadata["rates"]["file"] == "rates.csv" and len(metadata["rates"]["sha256"]) == 64
    for entry in entries:
        day = entry["reference_date"]
        shown = {m["REC"] for m in metadata["rec_membership"] if m["country"] == entry["country"]}
        assert shown == set(codelists.recs_of(entry["country"], day))
        assert all(m["reference date"] == day for m in metadata["rec_membership"]
                   if m["country"] == entry["country"])  # fmt: skip
    assert any(m["REC"] == "ECOWAS" and m["country"] == "SEN" for m in metadata["rec_membership"])
    assert any(line.startswith("CEN-SAD") for line in metadata["caveats"])  # both are members
    book = openpyxl.load_workbook(io.BytesIO(xlsx_bytes([], metadata)))
    text = [c for row in book["metadata"].iter_rows(values_only=True) for c in row if c]
    assert all(e["package_id"] in text for e in entries)
    assert "Series of the rates: IMF IFS" in text


def _command(argv: list[str]) -> tuple[int, str]:
    """``surveytool indicators`` as the lead wires it (``add_commands``), errors as main
    prints them."""
    import argparse
    import contextlib

    from surveytool.cli.indicators import add_commands
    from surveytool.common.errors import UserError

    parser = argparse.ArgumentParser(prog="surveytool")
    spoken = argparse.ArgumentParser(add_help=False)
    spoken.add_argument("--language", default="en")
    add_commands(parser.add_subparsers(), spoken)
    args = parser.parse_args(["indicators", *argv])
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        try:
            status = args.run(args)
        except UserError as error:
            return 1, error.text(args.language)
    return status, printed.getvalue()


def test_command_refuses_an_empty_merged_folder_saying_what_to_do(tmp_path):
    status, said = _command(["--merged", str(tmp_path), "--out", str(tmp_path / "t.xlsx")])
    assert status == 1
    assert "holds no packages" in said and "merge the countries" in said
    assert not (tmp_path / "t.xlsx").exists()


def test_command_writes_the_engines_tables_from_a_merged_folder_the_same_twice(merged, tmp_path):
    from surveytool.common import resource_path
    from surveytool.merge.indicators.engine import compute_tables

    argv = ["--merged", str(merged), "--out", str(tmp_path / "a.xlsx"), "--csv"]
    status, said = _command([*argv, str(tmp_path / "a.csv")])
    assert status == 0 and "a.xlsx" in said and "a.csv" in said and "flags:" in said
    spec = resource_path("forms", "lfs_migration.tables.yaml")
    results = compute_tables(merged, spec)
    labels = TableLabels.of(merged, spec, "en")
    book = openpyxl.load_workbook(tmp_path / "a.xlsx")
    assert book.sheetnames == [r.id for r in results] + ["metadata"]
    sexes = {"T": "Total", "M": "Men", "F": "Women"}
    for result in results:
        shown = read_panels(book[result.id])
        filled = {key: cell for key, cell in shown.items() if cell != (None, None)}
        assert len(filled) <= len(result.frame) > 0  # a cell the engine has no row for is blank
        for row in result.frame.itertuples():
            value, flag = shown[
                (
                    panel_title(row.classif2, "en", labels),
                    row.ref_area,
                    row.source or None,
                    row.time,
                    row.classif1 or None,
                    row.indicator.split("_", 1)[1],
                    sexes[row.sex],
                )
            ]
            assert (flag or "") == row.obs_status
            assert value == pytest.approx(row.obs_value, rel=1e-15, nan_ok=True) or (
                value is None and math.isnan(row.obs_value)
            )
    read = pd.read_csv(tmp_path / "a.csv", dtype={"time": str}, keep_default_na=False,
                       na_values={"obs_value": [""]})  # fmt: skip
    assert tuple(read.columns) == ILOSTAT_COLUMNS
    assert len(read) == sum(len(r.frame) for r in results)
    assert set(read.ref_area) >= {"SEN", "CMR", "ECOWAS", "ECCAS", "AFR"}
    status, _ = _command([*argv, str(tmp_path / "b.csv"), "--out", str(tmp_path / "b.xlsx")])
    assert (tmp_path / "a.xlsx").read_bytes() == (tmp_path / "b.xlsx").read_bytes()
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()


def test_men_and_women_are_tabulated_from_a_real_merged_folder(merged):
    """Packages carry sex as integer codes, read back as numbers: men and women must still
    be found (a text comparison of 1.0 with "1" once left every table with totals only)."""
    from surveytool.common import resource_path
    from surveytool.merge.indicators.engine import compute_tables

    results = compute_tables(merged, resource_path("forms", "lfs_migration.tables.yaml"))
    t3 = next(r for r in results if r.id == "T3").frame
    assert {"T", "M", "F"} <= set(t3["sex"])
    for area in set(t3["ref_area"]):
        total = t3[(t3.ref_area == area) & (t3.indicator == "T3_LF") & (t3.classif1 == "")]
        by_sex = total.pivot_table(index="classif2", columns="sex", values="obs_value")
        assert (by_sex["M"] + by_sex["F"] <= by_sex["T"] + 1e-6).all(), area


def test_the_workbook_speaks_in_labels_beside_the_codes(merged):
    """In French: panels, measure heads, the chart and the classification read as words
    (from the spec and the merged dictionary), each code kept beside its label."""
    from surveytool.common import resource_path
    from surveytool.merge.indicators.engine import compute_tables

    spec = resource_path("forms", "lfs_migration.tables.yaml")
    results = compute_tables(merged, spec)
    labels = TableLabels.of(merged, spec, "fr")
    book = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(results, {}, "fr", labels)))
    t3 = [row for row in book["T3"].iter_rows(values_only=True)]
    texts = {cell for row in t3 for cell in row if isinstance(cell, str)}
    assert "Migrants (pays de naissance) (CBR)" in texts
    assert "Non-migrants (nationalité) (NONMIG_CCT)" in texts
    assert "Taux d'activité (%)\nT3_LFPR" in texts
    assert any(t.startswith("Graphique") and t.endswith("Main-d'œuvre, Total") for t in texts)
    ages = {row[5]: row[4] for row in t3 if row[5] and str(row[5]).startswith("AGE_")}
    assert ages["AGE_AGGREGATE_Y15-24"] == "15-24" and ages["AGE_AGGREGATE_YGE65"] == "65+"
    assert all(row[4] == "Total" for row in t3 if row[0] and row[2] and row[5] is None)
    for result in results:  # every classification of every sheet beside a label of its own
        for row in book[result.id].iter_rows(values_only=True):
            if row[0] and len(row) > 5 and row[5] and row[5] != "classif1":
                assert row[4] == labels.classification(row[5]) != row[5], row[5]
