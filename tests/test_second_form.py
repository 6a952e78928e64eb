"""A second survey, shaped differently, goes through the whole tool without a code change:
forms check -> interview -> store -> tables -> validate -> the desktop window.

``tests/forms/farm_survey.md`` has a root level "farm" (table ``farms``, keyed by
``farm_id``) and a repeat "plots" counted by ``n_plots`` and numbered by ``plot_no``, with its
own rules file. A test also fails if the labour migration module's names creep back into
``surveytool/`` outside ``demo/``.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from surveytool.casework import CaseSession, key_answers, open_interviews
from surveytool.form import load
from surveytool.form.levels import levels
from surveytool.interview import Address
from surveytool.store import Store, SurveyKey
from surveytool.tables import CaseData, flatten, write_csv
from surveytool.validate import load_rules, read_data
from surveytool.validate.batch import validate_frames

HERE = Path(__file__).parent
FORM = HERE / "forms" / "farm_survey.md"
RULES = HERE / "forms" / "farm_survey.yaml"
ROOT = HERE.parent
#: names of the labour migration module that the code must not know
MODULE_NAMES = re.compile(
    r"['\"](persons|absentees|person_name|hh_id|line_no|abs_line|country_iso3|survey_year|"
    r"hh_no|lfs_migration[a-z_.]*)['\"]"
)


@pytest.fixture(scope="module")
def farm_form():
    return load(FORM)


@pytest.fixture(scope="module")
def farm_rules(farm_form):
    return load_rules(RULES, farm_form)


def test_forms_check_accepts_it(tmp_path: Path):
    result = subprocess.run(
        [sys.executable, "-m", "surveytool.launcher", "forms", "check", str(FORM)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "farm_survey" in result.stdout


def test_its_levels_come_from_its_settings(farm_form):
    shape = [
        (lv.name, lv.table, lv.repeat, lv.key, lv.position, lv.parent) for lv in levels(farm_form)
    ]
    assert shape == [
        ("farm", "farms", None, "farm_id", None, None),
        ("plot", "plots", "plots", "farm_id", "plot_no", "farm"),
    ]


def make_store(path: Path, form) -> str:
    """One farm of three plots entered through a session, as the entry screen does."""
    with Store.open(path) as store:
        key = SurveyKey("CMR", "2026", "Z1", 7)
        case = store.create_case(form.form_id, form.version, key, "A9")
        session = CaseSession(store, form, case, "A9")
        for address, value in key_answers(form, key, "A9"):
            session.answer(address, value)
        session.answer(Address("zone"), "Z1")
        session.answer(Address("farm_no"), 7)
        session.answer(Address("n_plots"), 3)
        plots = session.interview.instances("plots")
        assert len(plots) == 3  # made by the count
        answers = [("maize", 1.5, 4000), ("cassava", 0.5, 60000), ("fallow", 2.0, None)]
        for uid, (crop, area, harvest) in zip(plots, answers, strict=True):
            session.answer(Address("crop", "plots", uid), crop)
            session.answer(Address("area_ha", "plots", uid), area)
            if harvest is not None:
                session.answer(Address("harvest_kg", "plots", uid), harvest)
        assert session.mark_complete() == []
        session.close()
        return case


def test_interview_store_tables_and_validation(tmp_path: Path, farm_form, farm_rules):
    store_path = tmp_path / "farms.sqlite"
    make_store(store_path, farm_form)
    with Store.open(store_path, readonly=True) as store:
        cases = [CaseData(row.uuid, row.status, i) for row, i in open_interviews(store, farm_form)]
    tables = flatten(farm_form, cases)
    assert set(tables) == {"farms", "plots"}
    assert tables["farms"]["farm_id"].tolist() == ["Z1/7"]
    assert list(tables["plots"].columns[:3]) == ["case_uuid", "farm_id", "plot_no"]
    assert tables["plots"]["plot_no"].tolist() == [1, 2, 3]
    folder = tmp_path / "csv"
    write_csv(tables, folder)
    frames = read_data(folder, farm_form)
    report = validate_frames(farm_form, farm_rules, frames)
    f01 = [(f.hh_id, f.line_no, f.level) for f in report.failures if f.rule == "F01"]
    assert f01 == [("Z1/7", "2", "plot")]  # 60 t on half a hectare
    assert report.errors == 0
    same = validate_frames(farm_form, farm_rules, read_data(store_path, farm_form))
    assert [(f.rule, f.hh_id, f.line_no) for f in same.failures] == [
        (f.rule, f.hh_id, f.line_no) for f in report.failures
    ]


def test_a_farm_level_rule_and_a_plot_file_with_an_unknown_farm(
    tmp_path: Path, farm_form, farm_rules
):
    store_path = tmp_path / "farms.sqlite"
    make_store(store_path, farm_form)
    frames = read_data(store_path, farm_form)
    plots = frames["plots"].copy()
    plots["crop"] = "fallow"  # F02: nothing cropped
    stray = plots.iloc[[0]].copy()
    stray["farm_id"] = "Z9/1"
    frames["plots"] = __import__("pandas").concat([plots, stray], ignore_index=True)
    report = validate_frames(farm_form, farm_rules, frames)
    rules = {(f.rule, f.level) for f in report.failures}
    assert ("F02", "farm") in rules
    assert ("plot.household_missing", "plot") in rules


def test_the_window_opens_the_case_at_its_roster(qtbot, tmp_path: Path, farm_form, farm_rules):
    from surveytool.ui.main_window import MainWindow

    store_path = tmp_path / "farms.sqlite"
    case = make_store(store_path, farm_form)
    with Store.open(store_path) as store:
        window = MainWindow(store, farm_form, rules=farm_rules)
        qtbot.addWidget(window)
        window.show()
        view = window.open_case(case)
        assert view is not None
        pages = view.pages()
        assert ("plots", None) in pages
        view.close_case()
        window.close()


def test_no_module_name_in_the_code():
    found = []
    for path in sorted((ROOT / "surveytool").rglob("*.py")):
        if "demo" in path.relative_to(ROOT / "surveytool").parts:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if MODULE_NAMES.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not found, "names of one survey in the code:\n" + "\n".join(found)
