"""Disclosure control: k-anonymity over the key variables the derivations file names, with the
household's columns joined, and top-coding at a percentile; both pure."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from surveytool.common import resource_path
from surveytool.package.derive import load_derivations
from surveytool.package.disclosure import disclosure_report, k_anonymity, topcode

SETTINGS = {
    "level": "person",
    "k": 3,
    "key_variables": ["sex", "stratum"],
    "smallest_shown": 2,
    "topcode": {"percentile": 90, "variables": ["earn_amount", "age", "not_there"]},
}


def _tables() -> dict[str, pd.DataFrame]:
    households = pd.DataFrame(
        {
            "case_uuid": pd.Series(["h1", "h2", "h3"], dtype="str"),
            "stratum": pd.Series(["urban", "rural", None], dtype="str"),
        }
    )
    persons = pd.DataFrame(
        {
            "case_uuid": pd.Series(["h1"] * 4 + ["h2"] * 3 + ["h3"] * 3, dtype="str"),
            "sex": pd.Series(["1", "1", "1", "2", "1", "1", "2", "2", "2", None], dtype="str"),
            "age": pd.Series(list(range(20, 30)), dtype="Int64"),
            "earn_amount": pd.Series([float(v) for v in range(1, 10)] + [None], dtype="Float64"),
        }
    )
    return {"households": households, "persons": persons, "absentees": persons.iloc[:0]}


def test_k_anonymity_counts_cells_with_households_joined(form):
    report = k_anonymity(_tables(), form, SETTINGS)
    # cells: (1,urban) 3, (2,urban) 1, (1,rural) 2, (2,rural) 1, (2,blank) 2, (blank,blank) 1
    assert report["records"] == 10 and report["cells"] == 6
    assert report["smallest_cell"] == 1
    assert report["cells_below_k"] == 5 and report["records_below_k"] == 7
    assert report["smallest_cells"] == [1, 1]
    assert report["key_variables"] == ["sex", "stratum"] and report["missing_variables"] == []


def test_topcoding_replaces_values_above_the_percentile(form):
    tables = _tables()
    before = tables["persons"].copy()
    coded = topcode(tables, form, SETTINGS)
    limit = float(np.percentile(np.arange(1.0, 10.0), 90))  # 8.2, linear interpolation
    assert coded["persons"]["earn_amount"].tolist()[:9] == [*map(float, range(1, 9)), limit]
    assert pd.isna(coded["persons"]["earn_amount"].iloc[9])
    assert coded["persons"]["age"].dtype == "Int64" and coded["persons"]["age"].max() == 28
    pd.testing.assert_frame_equal(tables["persons"], before)  # pure
    report = disclosure_report(tables, form, SETTINGS)["topcoding"]
    assert report["variables"]["earn_amount"] == {
        "table": "persons", "threshold": pytest.approx(limit), "values_above": 1,
    }  # fmt: skip
    assert report["variables"]["age"]["threshold"] == 28.0
    assert report["absent_variables"] == ["not_there"]
    json.dumps(disclosure_report(tables, form, SETTINGS))  # JSON-able


def test_the_shipped_settings_name_the_spec_key_variables(form):
    derivations = load_derivations(resource_path("forms", "lfs_migration.derived.yaml"), form)
    settings = derivations.disclosure
    assert settings["key_variables"] == ["sex", "age_group", "birth_country", "stratum", "hh_size"]
    assert settings["k"] == 5 and settings["topcode"]["percentile"] == 99
    assert {"earn_amount", "rc_cost_total", "rci"} <= set(settings["topcode"]["variables"])
