"""Built-in checks judged over the whole batch: earnings outliers, RCI currencies, REC dates,
and the columns each built-in reads, named in the rules file.

R19e needs a distribution (the 0.5th and 99.5th percentiles of a group), so its failing and
passing records are made here as a group of earners rather than one record each.
"""

from __future__ import annotations

import ast
import datetime
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from recruits import complete, recruit, tables

from surveytool.common import resource_path
from surveytool.form.errors import FormError
from surveytool.validate import builtin, load_rules, validate_tables
from surveytool.validate.builtin import OUTLIER_MIN_GROUP, reference_date
from surveytool.validate.builtin_parameters import PARAMETERS


def earners(count: int, amounts: list[float], *, isco: str = "7112", sex: str = "1") -> list[dict]:
    """``count`` employees of one occupation group and sex, paid in CFA francs."""
    return [
        {"isco08": isco, "sex": sex, "earn_amount": str(amounts[i]), "earn_currency": "XOF"}
        for i in range(count)
    ]


def validate_people(form, rules, people: list[dict]):
    return validate_tables(form, rules, *tables(form, people))


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
    worker = recruit(
        rc_cost_total="900000",
        rc_cost_currency="XOF",
        rc_earn_first_month="100",
        rc_earn_currency="EUR",
    )
    report = validate_people(form, rules, [worker])
    assert not flagged(report, "R20f")
    (summary,) = [s for s in report.summary if s.id == "R20f"]
    assert summary.note == (
        "1 record(s) with costs and earnings in different currencies not judged "
        "(no exchange-rate table yet)"
    )
    assert summary.checked == 1


def test_costs_above_24_months_of_earnings_only_for_eligible_recruits(form, rules):
    """Spec reading 12: R20f applies only where rc_eligible = 1 (the same costs for a
    migrant who arrived too long ago for section E are not judged)."""
    amounts = {
        "rc_cost_total": "900000",
        "rc_cost_currency": "XOF",
        "rc_earn_first_month": "30000",  # 30 months of earnings
        "rc_earn_currency": "XOF",
    }
    report = validate_people(form, rules, [recruit(**amounts), recruit(eligible=False, **amounts)])
    assert flagged(report, "R20f") == {"H0"}


def test_wage_deductions_count_in_their_own_currency(form, rules):
    """C_i adds what the employer deducted; deducted in another currency than the earnings,
    it needs a rate like any other amount."""
    base = {"rc_earn_first_month": "100000", "rc_earn_currency": "XOF"}
    deducted = {"rc_wage_deduct_amt": "2500000", **base}
    report = validate_people(
        form,
        rules,
        [
            recruit(**deducted, rc_wage_deduct_currency="XOF"),  # 25 months: flagged
            recruit(**deducted, rc_wage_deduct_currency="EUR"),  # another currency: counted
        ],
    )
    assert flagged(report, "R20f") == {"H0"}
    (summary,) = [s for s in report.summary if s.id == "R20f"]
    assert summary.note.startswith("1 record(s) with costs and earnings in different")


# -- the columns a built-in reads come from the rules file ---------------------------------


def rules_copy(tmp_path: Path, old: str, new: str) -> Path:
    """The shipped rules file with one text replaced, saved under another name."""
    shipped = resource_path("validators", "lfs_migration.yaml")
    text = shipped.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path = tmp_path / "office_rules.yaml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "earnings: rc_earn_first_month",
            "earnings: rc_earn_1st_month",
            "parameter 'earnings' names 'rc_earn_1st_month', which is not in the form",
        ),
        (
            "      earnings: rc_earn_first_month\n",
            "",
            "check 'rci_over_24_months' needs the parameter 'earnings'",
        ),
        (
            "earnings: rc_earn_first_month",
            "earnings: rc_earn_first_month\n      pay: rc_earn_first_month",
            "check 'rci_over_24_months' has no parameter 'pay'",
        ),
        (
            "cost_total: rc_cost_total",
            "cost_total: [rc_cost_total]",
            "parameter 'cost_total' must name one variable",
        ),
    ],
    ids=["unknown variable", "missing parameter", "unknown parameter", "list for one"],
)
def test_a_parameter_the_form_cannot_satisfy_is_a_located_load_error(
    form, tmp_path, old, new, expected
):
    path = rules_copy(tmp_path, old, new)
    with pytest.raises(FormError) as raised:
        load_rules(path, form)
    (problem,) = raised.value.problems
    assert expected in problem.message
    assert problem.location.file == "office_rules.yaml" and problem.location.column == "R20f"
    assert problem.location.row is not None


def test_a_builtin_whose_column_is_not_in_the_batch_is_not_run(form, rules):
    """A batch that lacks a column a built-in reads (e.g. renamed by another capture tool)
    gets 'not run' with the column named, never a pass."""
    worker = recruit(
        rc_cost_total="900000",
        rc_cost_currency="XOF",
        rc_earn_first_month="1000",
        rc_earn_currency="XOF",
    )
    households, persons = tables(form, [worker])
    persons = persons.rename(columns={"rc_earn_first_month": "rc_earn_1st_month"})
    joined = persons.merge(households[["hh_id", "country_iso3"]], on="hh_id")
    outcomes = builtin.run(rules, {"household": households, "person": joined}, key="hh_id")
    r20f = outcomes["R20f"]
    assert not r20f.ran and r20f.note == "rc_earn_first_month not in the batch"
    assert outcomes["R19e"].ran and outcomes["R26d"].ran


def test_every_builtin_declares_its_parameters():
    assert set(builtin.BUILTINS) == set(PARAMETERS)


def test_no_variable_of_the_survey_is_written_in_the_builtin_checks(form, rules):
    """Column names come from the rules file: none of the form's or the rules' variables is
    a string in the built-in checks' code (a parameter's own name, such as ``sex``, is the
    check's vocabulary, not a column)."""
    declared = {name for p in PARAMETERS.values() for name in p.names}
    names = ({q.name for q in form.questions()} | set(rules.derived)) - declared
    folder = Path(builtin.__file__).parent
    for module in ("builtin.py", "builtin_parameters.py", "recruitment.py", "cells.py"):
        tree = ast.parse((folder / module).read_text(encoding="utf-8"))
        strings = {
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        }
        assert not strings & names, f"{module} names {sorted(strings & names)}"


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
