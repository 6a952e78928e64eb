"""Derived variables of a harmonised export: the shipped derivations file, record by record
against the spec (7.1 and readings I7-I19), its loader's located refusals, and a second form
deriving from its own file without a code change."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from surveytool.form import load
from surveytool.form.errors import FormError
from surveytool.form.model import Form
from surveytool.package.derive import (
    default_derivations_path,
    derive,
    derive_with_notes,
    load_derivations,
)
from surveytool.tables.flat import columns_of, dtype_of
from surveytool.validate.rates import Rates

SPEC_VARIABLES = {
    "lfs_status", "in_lf", "wap", "imw_resident", "nrfw", "for_work_migrant_12m", "return_mw",
    "return_mw_5y", "years_since_arrival", "years_since_arrival_band", "origin_country",
    "origin_group", "origin_rec_list", "isco_major", "skill_level", "isic_section", "sector3",
    "isced_agg", "ste_icse18", "overeducated", "formal_ss_employee", "rci",
}  # fmt: skip
HOUSEHOLD = {
    "case_uuid": "c1", "hh_id": "CMR-2025-C1-1", "country_iso3": "CMR", "survey_year": 2025,
    "survey_quarter": 2, "wa_min": 15, "interview_year": 2025, "interview_month": 5,
    "stratum": "urban", "hh_size": 3,
}  # fmt: skip
ADULT = {"age": 30, "usual_resident": "1", "employed": 0, "unemployed": 0, "mig_cbr": 0,
         "mig_cct": 0, "int_migrant": 0, "rc_eligible": 0, "sex": "1"}  # fmt: skip


@pytest.fixture(scope="module")
def derivations(form):
    return load_derivations(default_derivations_path(form), form)


def _frame(form: Form, repeat: str | None, rows: list[dict[str, object]], keys: list[str]):
    """A level's table typed as ``flatten`` types it."""
    data = {key: pd.Series([row.get(key) for row in rows], dtype="str") for key in keys}
    for question in columns_of(form, repeat):
        values = [row.get(question.name) for row in rows]
        data[question.name] = pd.Series(values, dtype=dtype_of(question, values))
    return pd.DataFrame(data)


def _tables(form: Form, persons: list[dict[str, object]]) -> dict[str, pd.DataFrame]:
    people = [{"case_uuid": "c1", "hh_id": HOUSEHOLD["hh_id"], "line_no": i + 1} | ADULT | p
              for i, p in enumerate(persons)]  # fmt: skip
    return {
        "households": _frame(
            form, None, [HOUSEHOLD | {"status": "approved"}], ["case_uuid", "status"]
        ),
        "persons": _frame(form, "persons", people, ["case_uuid", "hh_id"]),
        "absentees": _frame(form, "absentees", [], ["case_uuid", "hh_id"]),
    }


def _derived(form, derivations, persons, name, rates=None):
    tables, _ = derive_with_notes(_tables(form, persons), form, derivations, rates)
    return [None if pd.isna(v) else v for v in tables["persons"][name]]


def test_the_shipped_file_derives_every_spec_variable(form, derivations):
    names = {v.name for v in derivations.variables}
    assert names >= SPEC_VARIABLES
    assert all(v.level == "person" and v.labels["en"] for v in derivations.variables)
    tables = derive(_tables(form, [{}]), form, derivations, None)
    assert list(tables["persons"].columns[-len(names) :]) == [v.name for v in derivations.variables]
    assert tables["households"].equals(_tables(form, [{}])["households"])


def test_labour_force_status(form, derivations):
    persons = [{"employed": 1}, {"unemployed": 1}, {}, {"age": 10}, {"usual_resident": "2"}]
    assert _derived(form, derivations, persons, "lfs_status") == [1, 2, 3, None, None]
    assert _derived(form, derivations, persons, "in_lf") == [1, 1, 0, None, None]
    assert _derived(form, derivations, persons, "wap") == [1, 1, 1, 0, 1]
    migrant = [{"employed": 1, "int_migrant": 1}, {"int_migrant": 1}, {"employed": 1}]
    assert _derived(form, derivations, migrant, "imw_resident") == [1, 0, 0]
    assert _derived(form, derivations, migrant, "nrfw") == [0, 0, 0]


def test_origin_groups_at_the_reference_date(form, derivations):
    born = {"mig_cbr": 1, "int_migrant": 1, "birthplace": "2"}
    persons = [born | {"birth_country": c} for c in ("GAB", "NGA", "FRA", "UNK", None)]
    persons.append({"birth_country": None})
    groups = _derived(form, derivations, persons, "origin_group")
    assert groups == ["same_rec", "other_au", "non_africa", "unknown", "unknown", None]
    assert _derived(form, derivations, persons, "origin_rec_list")[:3] == [
        "ECCAS", "CEN-SAD ECOWAS", None,
    ]  # fmt: skip
    stateless = [{"mig_cct": 1, "citizenship": "4"}, {"mig_cct": 1, "citizenship": "3",
                 "citizenship_country": "TCD"}]  # fmt: skip
    assert _derived(form, derivations, stateless, "origin_country_cct") == ["XXA", "TCD"]
    assert _derived(form, derivations, stateless, "origin_group_cct") == ["unknown", "same_rec"]


def test_arrivals_and_returns(form, derivations):
    work = {"int_migrant": 1, "mig_reason": "12"}
    persons = [
        work | {"arrival_year": 2024, "arrival_month": 6},  # 11 months before the interview
        work | {"arrival_year": 2024, "arrival_month": 5},  # 12 months: out
        work | {"arrival_year": 2025, "arrival_month": 98},  # month unknown, same year: in
        work | {"arrival_year": 2024, "arrival_month": 98},  # month unknown, year before: out
        {"int_migrant": 1, "mig_reason": "20", "arrival_year": 2025, "arrival_month": 1},
        work | {"arrival_year": 9998},
    ]
    assert _derived(form, derivations, persons, "for_work_migrant_12m") == [1, 0, 1, 0, 0, 0]
    assert _derived(form, derivations, persons, "years_since_arrival") == [1, 1, 0, 1, 0, None]
    assert _derived(form, derivations, persons, "years_since_arrival_band") == [
        2, 2, 1, 2, 1, None,
    ]  # fmt: skip
    back = [{"ever_worked_abroad": "1", "return_year": 2020}, {"ever_worked_abroad": "1",
            "return_year": 2019}, {"ever_worked_abroad": "2"}]  # fmt: skip
    assert _derived(form, derivations, back, "return_mw") == [1, 1, 0]
    assert _derived(form, derivations, back, "return_mw_5y") == [1, 0, 0]


def test_job_classifications(form, derivations):
    job = {"employed": 1, "status_icse93": "1", "contract_type": "2", "employer_pension": "1"}
    persons = [
        job | {"isco08": "2211", "isic4": "8610", "edu_isced": "7"},
        job | {"isco08": "9112", "isic4": "0111", "edu_isced": "9", "contract_type": "8"},
        job
        | {
            "isco08": "0110",
            "isic4": "35",
            "edu_isced": "X",
            "status_icse93": "3",
            "dependent_contr": "1",
        },
        job
        | {
            "isco08": "5221",
            "isic4": "4711",
            "edu_isced": "6",
            "status_icse93": "2",
            "incorporated": "2",
            "employer_pension": None,
        },
        {"edu_isced": None},
    ]
    assert _derived(form, derivations, persons, "isco_major") == [2, 9, 0, 5, None]
    assert _derived(form, derivations, persons, "skill_level") == [3, 1, 9, 2, None]
    assert _derived(form, derivations, persons, "isic_section") == ["Q", "A", "D", "G", None]
    assert _derived(form, derivations, persons, "sector3") == [3, 1, 2, 3, None]
    assert _derived(form, derivations, persons, "isced_agg") == [4, 5, 1, 4, 5]
    assert _derived(form, derivations, persons, "ste_icse18") == [42, None, 30, 12, None]
    assert _derived(form, derivations, persons, "overeducated") == [0, 0, 0, 1, None]
    assert _derived(form, derivations, persons, "formal_ss_employee") == [1, 1, 0, 0, None]


RECRUIT = {
    "rc_eligible": 1, "rc_paid_any": "1", "rc_cost_total": 300.0, "rc_cost_currency": "XAF",
    "rc_wage_deduct": "2", "rc_earn_first_month": 100.0, "rc_earn_currency": "XAF",
    "rc_job_start": "2024-03-01",
}  # fmt: skip
PARTS = ["rc_cost_fee", "rc_cost_docs", "rc_cost_visa", "rc_cost_medical", "rc_cost_training",
         "rc_cost_travel_intl", "rc_cost_travel_dom", "rc_cost_other"]  # fmt: skip


def test_recruitment_cost_index(form, derivations):
    rates = Rates({("XAF", 2024): 600.0, ("NGN", 2024): 1500.0}, ("test series",), "rates.csv")
    persons = [
        RECRUIT,  # same currency: 300 / 100
        RECRUIT | dict.fromkeys(PARTS, 10.0),  # every component reported: they win, 80 / 100
        RECRUIT | {"rc_paid_any": "2", "rc_cost_total": None},  # nothing paid: 0
        RECRUIT | {"rc_wage_deduct": "1", "rc_wage_deduct_amt": 50.0},  # deduction in XAF
        RECRUIT | {"rc_cost_currency": "NGN", "rc_cost_total": 1500.0},  # 1 USD / (100/600)
        RECRUIT | {"rc_cost_currency": "GHS"},  # no rate: blank
        RECRUIT | {"rc_paid_any": "8", "rc_cost_total": None},  # unknown: blank
        RECRUIT | {"rc_earn_first_month": 0.0},  # E_i must be > 0
        RECRUIT | {"rc_eligible": 0},
    ]
    tables, notes = derive_with_notes(_tables(form, persons), form, derivations, rates)
    got = tables["persons"]["rci"].to_numpy(dtype=np.float64, na_value=np.nan)
    expected = [3.0, 0.8, 0.0, 3.5, 6.0, np.nan, np.nan, np.nan, np.nan]
    np.testing.assert_allclose(got, expected)
    text = " | ".join(notes)
    assert "1 record(s) with costs and earnings in different currencies left blank" in text
    assert "2 record(s) with unknown costs or earnings left blank" in text
    assert "test series" in text
    _, without = derive_with_notes(_tables(form, persons), form, derivations, None)
    assert "2 record(s) with costs and earnings in different currencies" in " ".join(without)


@pytest.mark.parametrize(
    ("entry", "told"),
    [
        ("{name: x, level: person, expression: '${nowhere} + 1'}", "reads 'nowhere'"),
        ("{name: x, level: person, expression: 'if(1'}", "does not parse"),
        ("{name: x, level: person, builtin: magic}", "unknown built-in 'magic'"),
        ("{name: x, level: person, builtin: lookup, parameters: {column: age}}", "'list'"),
        ("{name: age, level: person, expression: '1'}", "'age' cannot be a derived variable"),
        ("{name: x, level: plot, expression: '1'}", "level must be one of"),
        ("{name: x, level: person, type: date, expression: '1'}", "type must be one of"),
        ("{name: x, level: person}", "exactly one of 'expression' and 'builtin'"),
        ("{name: x, level: household, expression: '${age}'}", "reads 'age'"),
        ("{name: x, level: person, expression: '${person_name}'}", "a direct identifier"),
    ],
)
def test_a_wrong_derivation_is_refused_with_its_line(form, tmp_path, entry, told):
    path = tmp_path / "bad.derived.yaml"
    path.write_text(f"derived:\n  - {{name: ok, level: person, expression: '1'}}\n  - {entry}\n")
    with pytest.raises(FormError) as caught:
        load_derivations(path, form)
    problems = caught.value.problems
    assert any(told in p.text() for p in problems), [p.text() for p in problems]
    assert all(p.location.row == 3 and p.location.file == str(path) for p in problems)


FARM_DERIVED = """\
derived:
  - name: yield_kg_ha
    level: plot
    type: number
    label: {en: Yield (kg per hectare)}
    universe: ${harvest_kg} != ''
    expression: ${harvest_kg} div ${area_ha}
  - name: big_farm
    level: plot
    type: integer
    expression: if(${n_plots} >= 3, 1, 0)
    choices: {1: {en: "Yes"}, 0: {en: "No"}}
disclosure: {level: plot, key_variables: [crop, zone]}
"""


def test_a_second_form_derives_from_its_own_file(tmp_path: Path):
    farm = load(Path(__file__).parent / "forms" / "farm_survey.md")
    path = tmp_path / "farm_survey.derived.yaml"
    path.write_text(FARM_DERIVED)
    derivations = load_derivations(path, farm)
    farms = _frame(farm, None, [{"case_uuid": "f1", "farm_id": "Z/1", "zone": "Z", "farm_no": 1,
                                 "n_plots": 3}], ["case_uuid", "status"])  # fmt: skip
    plots = _frame(
        farm,
        "plots",
        [{"case_uuid": "f1", "farm_id": "Z/1", "plot_no": i, "crop": c, "area_ha": a,
          "harvest_kg": h} for i, c, a, h in [(1, "maize", 2.0, 900), (2, "fallow", 1.0, None)]],
        ["case_uuid", "farm_id"],
    )  # fmt: skip
    tables = derive({"farms": farms, "plots": plots}, farm, derivations, None)
    assert tables["plots"]["yield_kg_ha"].tolist()[0] == 450.0
    assert tables["plots"]["yield_kg_ha"].isna().tolist() == [False, True]
    assert tables["plots"]["big_farm"].tolist() == [1, 1]


def test_every_derived_label_and_choice_speaks_every_language_of_the_form(form):
    """A harmonised package's codebook and Stata/SPSS labels read in each of the form's
    languages: the derivations file gives each of them (no silent English fallback)."""
    from surveytool.package.derive import default_derivations_path, load_derivations

    derivations = load_derivations(default_derivations_path(form), form)
    languages = set(form.language_codes)
    assert languages >= {"en", "fr", "ar", "pt"}
    for variable in derivations.variables:
        assert languages <= set(variable.labels), variable.name
        for code, labels in variable.choices.items():
            assert languages <= set(labels), (variable.name, code)
