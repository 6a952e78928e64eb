"""The AU workspace on real packages: two demo countries' harmonised packages (real keys, zips,
Parquet) merged through the window, a tampered one refused with its reason, the continental
tables computed in a job and browsed with the engine's own numbers, filtered by REC, country
and sex, drawn as a chart, and exported through the core's writers.

File dialogs are Qt's and are patched to return a path (as a person would pick one); the
rest runs for real: jobs on the thread pool, the merge, the indicator engine, the writers.
"""

from __future__ import annotations

import math
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from surveytool.common import resource_path
from surveytool.demo.generate import generate
from surveytool.merge import merge_packages
from surveytool.merge.indicators import compute_tables
from surveytool.package.harmonised import plan_harmonised, write_harmonised
from surveytool.package.keys import KeyRing
from surveytool.package.zipfiles import read_zip, zip_bytes
from surveytool.store import Store
from surveytool.ui.au_chart import COLOURS
from surveytool.ui.au_jobs import Computed
from surveytool.ui.au_models import VALUE_ROLE, FiguresModel, figure_text
from surveytool.ui.au_workspace import FOLDER_KEY, AUWorkspace
from surveytool.ui.main_window import MainWindow

JOB_TIMEOUT = 60_000


@pytest.fixture(scope="module")
def made(tmp_path_factory, form):
    """An office's keys trusted by the AU's; SEN's and CMR's packages; CMR's tampered (one
    byte of persons.csv changed under the signed manifest); the two merged by the core."""
    folder = tmp_path_factory.mktemp("au")
    office = KeyRing.create("INS", "office", folder / "office")
    au = KeyRing.create("AU statistics", "au", folder / "au")
    au.trust(office.identity)
    paths = {}
    for country, households, seed in (("SEN", 6, 1), ("CMR", 4, 2)):
        with Store.open(folder / f"{country}.sqlite") as store:
            generate(store, form, country=country, households=households, seed=seed)
            for row in store.cases(status="complete"):
                store.set_status(row.uuid, "approved", "officer", role="office")
            plan = plan_harmonised(store, form, None, office)
            paths[country] = write_harmonised(store, plan, office, folder / f"{country}.zip").path
    members = read_zip(paths["CMR"].read_bytes(), "CMR.zip", lambda name: True)
    data = bytearray(members["persons.csv"])
    data[-2] = ord("7") if data[-2] != ord("7") else ord("8")
    members["persons.csv"] = bytes(data)
    paths["tampered"] = folder / "CMR-tampered.zip"
    paths["tampered"].write_bytes(zip_bytes(members))
    merged = folder / "merged"
    merge_packages([paths["SEN"], paths["CMR"]], merged, au)
    spec = resource_path("forms", "lfs_migration.tables.yaml")
    engine = {r.id: r for r in compute_tables(merged, spec)}
    return {"folder": folder, "au": au, "paths": paths, "merged": merged, "engine": engine}


@pytest.fixture
def window(qtbot, tmp_path, form, made):
    with Store.open(tmp_path / "au.sqlite") as store:
        settings = QSettings(str(tmp_path / "au.ini"), QSettings.Format.IniFormat)
        shown = MainWindow(store, form, settings=settings)
        shown.exchange.keys_folder = made["au"].folder
        qtbot.addWidget(shown)
        shown.tabs.setCurrentWidget(shown.au)
        yield shown
        qtbot.waitUntil(lambda: not shown.au.busy(), timeout=JOB_TIMEOUT)


def wait(qtbot, au: AUWorkspace) -> None:
    qtbot.waitUntil(lambda: not au.busy(), timeout=JOB_TIMEOUT)


def shown_box(widget, name: str) -> QMessageBox:
    boxes = [b for b in widget.findChildren(QMessageBox, name) if b.isVisible()]
    assert boxes, f"no {name} box is shown"
    return boxes[-1]


def tables(qtbot, au: AUWorkspace, folder: Path) -> None:
    au.set_folder(folder)
    au.pages.setCurrentWidget(au.browser)
    wait(qtbot, au)
    assert au.browser.results, "no tables were computed"


def computed_before(qtbot, au: AUWorkspace, made) -> None:
    """The fixture's tables given to the workspace as if it had computed them for this folder
    state (the job itself is tested once, in the T3 test): the engine takes seconds."""
    au.set_folder(made["merged"])
    au.computed[au.state()] = Computed(au.state(), list(made["engine"].values()))
    au.pages.setCurrentWidget(au.browser)
    assert not au.busy() and au.browser.results


def cells(model: FiguresModel) -> dict[tuple[str, ...], tuple[float, str]]:
    """Every figure the view shows: (panel, area, source, time, classif1, indicator) ->
    (the number behind it, the text shown)."""
    found = {}
    for row, line in enumerate(model.shown.rows):
        for position, indicator in enumerate(model.shown.measures):
            index = model.index(row, model.STUB + position)
            key = (line.panel, line.area, line.source, line.time, line.classif1, indicator)
            found[key] = (index.data(VALUE_ROLE), index.data())
    return found


def test_packages_are_merged_listed_and_a_tampered_one_refused_with_its_reason(
    qtbot, tmp_path, monkeypatch, window, made
):
    au = window.au
    au.set_folder(tmp_path / "continental")
    paths = made["paths"]
    picked = [str(paths["SEN"]), str(paths["CMR"])]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (picked, ""))
    au.add_button.click()
    wait(qtbot, au)
    box = shown_box(au, "au_merge_summary")
    assert box.icon() == QMessageBox.Icon.Information
    assert "2 merged" in box.text() and "SEN.zip: merged" in box.text()
    box.done(0)
    model = au.packages
    assert model.rowCount() == 2
    shown = [[model.index(r, c).data() for c in range(7)] for r in range(2)]
    assert [row[0] for row in shown] == ["Cameroon (CMR)", "Senegal (SEN)"]
    assert all(row[1:4] == ["2026", "2026.1", "2026"] and row[4] == "INS" for row in shown)
    assert [row[5] for row in shown] == ["CMR.zip", "SEN.zip"]
    assert all(row[6] == "merged" for row in shown)

    au.add_packages([paths["tampered"]])
    wait(qtbot, au)
    box = shown_box(au, "au_merge_summary")
    assert box.icon() == QMessageBox.Icon.Warning
    assert "1 refused" in box.text() and "CMR-tampered.zip" in box.text()
    box.done(0)
    assert model.rowCount() == 3  # the two merged, then the refusal with its reason
    refused = [model.index(2, c).data() for c in range(7)]
    assert refused[5] == "CMR-tampered.zip" and refused[6].startswith("refused: ")
    assert model.index(2, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert [model.index(r, 6).data() for r in range(2)] == ["merged before"] * 2

    again = AUWorkspace(au.settings, lambda: None)  # the folder is remembered
    qtbot.addWidget(again)
    assert au.settings.value(FOLDER_KEY) == str(tmp_path / "continental")
    assert again.folder == tmp_path / "continental" and again.packages.rowCount() == 3


def test_the_browser_shows_t3_with_the_engines_numbers_and_flags(qtbot, window, made):
    au = window.au
    tables(qtbot, au, made["merged"])
    browser = au.browser
    assert [r.id for r in browser.results] == list(made["engine"])
    browser.choose("T3")
    engine = made["engine"]["T3"]
    assert "labour force participation rate" in browser.heading.text()
    assert "Universe: Usual residents of working age (15+)" in browser.about.text()
    shown = cells(browser.model)
    frame = engine.frame[engine.frame.sex == "T"]
    assert len(frame) > 50
    for row in frame.itertuples():
        key = (row.classif2, row.ref_area, row.source, row.time, row.classif1, row.indicator)
        value, text = shown[key]
        assert value == pytest.approx(row.obs_value, rel=1e-12, nan_ok=True)
        if row.obs_status:
            assert text.endswith(row.obs_status)
        if not math.isnan(row.obs_value):
            assert text.split(" ")[0] != ""
    # switching tables is instant: no job, the same computation
    browser.choose("T15")
    assert not au.busy() and browser.current() is made_result(browser, "T15")
    assert au.show_tables() is None


def made_result(browser, table: str):
    return next(r for r in browser.results if r.id == table)


def test_rec_country_and_sex_filters_narrow_the_rows(qtbot, window, made):
    au = window.au
    computed_before(qtbot, au, made)
    browser = au.browser
    browser.choose("T3")
    everything = {line.area for line in browser.model.shown.rows}
    assert everything == {"SEN", "CMR", "CEN-SAD", "ECCAS", "ECOWAS", "AFR"}
    browser.choose("T3", rec="ECCAS")
    assert {line.area for line in browser.model.shown.rows} == {"ECCAS", "CMR"}
    browser.choose("T3", rec="ECOWAS")
    assert {line.area for line in browser.model.shown.rows} == {"ECOWAS", "SEN"}
    browser.choose("T3", country="SEN")
    assert {line.area for line in browser.model.shown.rows} == {"SEN"}
    frame = made["engine"]["T3"].frame
    sexes = [browser.sex.itemData(i) for i in range(browser.sex.count())]
    assert sexes == [s for s in "TMF" if (frame.sex == s).any()]  # only those it has
    for sex in sexes:
        browser.choose("T3", sex=sex)
        assert browser.choice().sex == sex
        shown = cells(browser.model)
        picked = frame[frame.sex == sex]
        for row in picked.itertuples():
            key = (row.classif2, row.ref_area, row.source, row.time, row.classif1, row.indicator)
            assert shown[key][0] == pytest.approx(row.obs_value, nan_ok=True)
        assert sum(1 for _ in picked.itertuples()) <= len(shown)


def test_the_chart_draws_the_main_measure_by_area_both_directions(qtbot, window, made):
    au = window.au
    computed_before(qtbot, au, made)
    browser = au.browser
    browser.choose("T3")
    chart = browser.chart.chart
    assert chart is not None and chart.measure == "T3_LF" and chart.classif1 == ""
    assert chart.areas == ["CMR", "SEN", "CEN-SAD", "ECCAS", "ECOWAS", "AFR"]
    frame = made["engine"]["T3"].frame
    total = frame[(frame.indicator == "T3_LF") & (frame.sex == "T") & (frame.classif1 == "")]
    first = chart.series[0]
    expected = total[total.classif2 == first.panel].set_index("ref_area").obs_value
    assert first.values == pytest.approx([expected[a] for a in chart.areas])
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        browser.chart.setLayoutDirection(direction)
        browser.chart.resize(520, browser.chart.sizeHint().height())
        before = browser.chart.painted
        image = browser.chart.grab().toImage()
        assert browser.chart.painted == before + 1
        colours = {image.pixelColor(x, y).rgb() for x in range(0, 520, 2)
                   for y in range(0, image.height(), 3)}  # fmt: skip
        assert COLOURS[0].rgb() in colours and COLOURS[1].rgb() in colours


def test_export_writes_the_workbook_and_the_csv(qtbot, tmp_path, monkeypatch, window, made):
    au = window.au
    computed_before(qtbot, au, made)
    workbook, csv = tmp_path / "tables.xlsx", tmp_path / "tables"
    for button, out in ((au.xlsx_button, workbook), (au.csv_button, csv)):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, out=out, **k: (str(out), ""))
        button.click()
        wait(qtbot, au)
        shown_box(au, "au_exported").done(0)
    engine = made["engine"]
    assert openpyxl.load_workbook(workbook).sheetnames == [*engine, "metadata"]
    read = pd.read_csv(csv.with_suffix(".csv"), dtype={"time": str}, keep_default_na=False)
    assert len(read) == sum(len(r.frame) for r in engine.values())
    assert set(read.indicator) >= {"T3_LFPR", "T15_RCI_MEAN"}


def test_an_empty_folder_says_what_to_do(qtbot, tmp_path, window):
    au = window.au
    au.set_folder(tmp_path / "empty")
    au.pages.setCurrentWidget(au.browser)
    wait(qtbot, au)
    box = shown_box(au, "au_message")
    assert "holds no packages" in box.text()
    box.done(0)
    QApplication.processEvents()


def test_figures_are_written_the_interface_languages_way():
    assert figure_text(2621.666, 1, QLocale("en")) == "2,621.7"
    assert figure_text(2621.666, 1, QLocale("fr")).replace("\u202f", " ") == "2 621,7"
    assert figure_text(41.5269, 2, QLocale("ar")) == "41.53"  # 0-9 as in ui.numbers
    assert figure_text(math.nan, 1, QLocale("en")) == ""


def test_the_figures_have_a_heading_per_column(qtbot, window, made):
    au = window.au
    computed_before(qtbot, au, made)
    au.browser.choose("T3")
    model = au.browser.model
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    measures = [m.split("_", 1)[1] for m in model.shown.measures]
    assert heads == ["Area", "Period", "Classification", "Panel", *measures, "Note"]
    first = model.shown.rows[0]
    row = [model.index(0, c).data() for c in range(model.STUB)]
    assert row == [first.area, first.time, first.classif1 or "Total", first.panel]
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Cameroon"


def test_the_browser_shows_labels_with_codes_in_the_tooltips(qtbot, window, made):
    """Measures, classifications and panels read as words (the spec's and the merged
    dictionary's, here in French), each code in its tooltip as the CSV writes it."""
    from surveytool.merge.labels import TableLabels

    au = window.au
    au.set_folder(made["merged"])
    spec = resource_path("forms", "lfs_migration.tables.yaml")
    labels = TableLabels.of(made["merged"], spec, "fr")
    au.computed[au.state()] = Computed(au.state(), list(made["engine"].values()), labels)
    au.pages.setCurrentWidget(au.browser)
    browser = au.browser
    browser.choose("T3")
    model = browser.model
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Taux d'activité (%)" in heads and "Main-d'œuvre" in heads
    column = heads.index("Taux d'activité (%)")
    tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == "T3_LFPR"
    rows = {line.classif1: r for r, line in enumerate(model.shown.rows) if line.panel == "CBR"}
    young = model.index(rows["AGE_AGGREGATE_Y15-24"], 2)
    assert young.data() == "15-24"
    assert young.data(Qt.ItemDataRole.ToolTipRole) == "AGE_AGGREGATE_Y15-24"
    assert model.index(rows["AGE_AGGREGATE_YGE65"], 2).data() == "65+"
    assert model.index(rows[""], 3).data() == "Migrants (pays de naissance)"
    nonmigrants = next(r for r, line in enumerate(model.shown.rows) if line.panel == "NONMIG_CCT")
    assert model.index(nonmigrants, 3).data() == "Non-migrants (nationalité)"
    assert browser.chart.title.startswith("Main-d'œuvre")
    assert set(browser.chart.panels.values()) >= {"Migrants (pays de naissance)"}
    browser.choose("T6")
    labelled = {line.classif1: model.index(r, 2).data() for r, line in enumerate(model.shown.rows)}
    for code, shown in labelled.items():
        assert shown == (labels.classification(code) if code else "Total") != code
