"""Built-in checks judged over the whole batch: earnings outliers, RCI currencies, REC dates.

R19e needs a distribution (the 0.5th and 99.5th percentiles of a group), so its failing and
passing records are made here as a group of earners rather than one record each.
"""

from __future__ import annotations

import datetime

import numpy as np
import pandas as pd
import pytest

from surveytool.tables.flat import columns_of
from surveytool.validate import validate_tables
from surveytool.validate.builtin import OUTLIER_MIN_GROUP, reference_date


def earners(count: int, amounts: list[float], *, isco: str = "7112", sex: str = "1") -> list[dict]:
    """``count`` employees of one occupation group and sex, paid in CFA francs."""
    return [
        {"isco08": isco, "sex": sex, "earn_amount": str(amounts[i]), "earn_currency": "XOF"}
        for i in range(count)
    ]


def complete(frame: pd.DataFrame, form, repeat: str | None) -> pd.DataFrame:
    """The frame with every column of the flat layout (the ones not given are blank)."""
    names = [q.name for q in columns_of(form, repeat)]
    return frame.reindex(columns=list(dict.fromkeys(["hh_id", *names, *frame.columns])))


def validate_people(form, rules, people: list[dict]):
    households = pd.DataFrame(
        {
            "hh_id": [f"H{i}" for i in range(len(people))],
            "country_iso3": "SEN",
            "survey_year": "2026",
            "survey_quarter": "3",
        }
    )
    persons = pd.DataFrame(people).assign(hh_id=households["hh_id"], line_no="1")
    return validate_tables(
        form, rules, complete(households, form, None), complete(persons, form, "persons")
    )


def flagged(report, rule: str) -> set[str]:
    return {f.hh_id for f in report.failures if f.rule == rule}


def test_earnings_outliers_within_occupation_and_sex(form, rules):
    rng = np.random.default_rng(7)
    typical = list(np.round(rng.normal(100_000, 10_000, 400), -2))
    typical[17] = 2_000_000.0  # twenty times the typical wage: a missing decimal point?
    typical[203] = 500.0  # a daily wage recorded as monthly?
    women = earners(400, typical, sex="2")
    men = earners(400, [float(x) for x in np.round(rng.normal(60_000, 5_000, 400), -2)])
    report = validate_people(form, rules, women + men)
    hits = flagged(report, "R19e")
    assert {"H17", "H203"} <= hits
    # the percentile cut leaves about 1 % of each group (0.5 % each side), no more
    assert len(hits) <= 2 * 0.01 * 400 + 2
    (summary,) = [s for s in report.summary if s.id == "R19e"]
    assert summary.severity == "warning" and not summary.note
    assert all(f.severity == "warning" for f in report.failures if f.rule == "R19e")


def test_a_huge_wage_in_a_small_group_is_not_judged_but_counted(form, rules):
    small = earners(OUTLIER_MIN_GROUP - 1, [100_000.0] * 198 + [9_000_000.0])
    report = validate_people(form, rules, small)
    assert not flagged(report, "R19e")
    (summary,) = [s for s in report.summary if s.id == "R19e"]
    assert f"{OUTLIER_MIN_GROUP - 1} earner(s)" in summary.note


def test_recruitment_costs_in_two_currencies_are_counted_not_judged(form, rules):
    worker = {
        "rc_cost_total": "900000",
        "rc_cost_currency": "XOF",
        "rc_earn_first_month": "100",
        "rc_earn_currency": "EUR",
    }
    report = validate_people(form, rules, [worker])
    assert not flagged(report, "R20f")
    (summary,) = [s for s in report.summary if s.id == "R20f"]
    assert "1 record(s)" in summary.note and "exchange-rate" in summary.note
    assert summary.checked == 1


@pytest.mark.parametrize(
    ("year", "quarter", "expected"),
    [
        (2026, 1, datetime.date(2026, 2, 15)),
        (2026, 4, datetime.date(2026, 11, 15)),
        (2026, float("nan"), datetime.date(2026, 7, 1)),
        (float("nan"), 2, None),
    ],
)
def test_reference_date_is_the_middle_of_the_quarter(year, quarter, expected):
    assert reference_date(year, quarter) == expected


def test_rec_membership_follows_the_reference_date(form, rules):
    """Burkina Faso left ECOWAS on 29 January 2025 but stays in CEN-SAD: still in a REC."""
    households = pd.DataFrame(
        {
            "hh_id": ["before", "after", "nowhere", "no-year"],
            "country_iso3": ["BFA", "BFA", "FRA", "SEN"],
            "survey_year": ["2024", "2026", "2026", None],
            "survey_quarter": ["1", "3", "3", "3"],
        }
    )
    persons = pd.DataFrame({"hh_id": households["hh_id"], "line_no": "1"})
    report = validate_tables(
        form, rules, complete(households, form, None), complete(persons, form, "persons")
    )
    assert flagged(report, "R26d") == {"nowhere"}
    (summary,) = [s for s in report.summary if s.id == "R26d"]
    assert "1 household(s)" in summary.note
