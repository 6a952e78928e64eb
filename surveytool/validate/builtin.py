"""Rules that need reference data or the whole batch rather than one record's expression.

Code lists (ISCO, ISIC, ISO 3166, AU members), duplicates within a household, REC membership
at the survey's reference date, earnings outliers within occupation group and sex, and the
recruitment cost indicator. Each returns the failing row positions and, when part of the
records could not be judged, a note saying which and why; a rule naming a built-in that
does not exist is reported in the summary as not run, never as passed.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from surveytool.form import codelists
from surveytool.validate.rules import Rule, RuleSet
from surveytool.validate.typed import as_categories


@dataclass(frozen=True, slots=True)
class Outcome:
    rows: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))
    note: str = ""  # what was left unjudged, shown beside the rule's summary line
    ran: bool = True


Builtin = Callable[[Rule, pd.DataFrame], np.ndarray | Outcome]

#: an outlier needs a distribution: below this many earners a group's 0.5 % is no one
OUTLIER_MIN_GROUP = 200
#: months of first-month earnings above which recruitment costs are implausible (R20)
RCI_MONTHS = 24
_COST_PARTS = ("fee", "docs", "visa", "medical", "training", "travel_intl", "travel_dom", "other")


def _none() -> np.ndarray:
    return np.empty(0, dtype=np.int64)


def _not_in(values: pd.Series, allowed: set[str]) -> np.ndarray:
    """Rows holding a value outside ``allowed``: each distinct value is looked up once."""
    values = as_categories(values)
    if isinstance(values.dtype, pd.CategoricalDtype):
        wrong = ~pd.Index(values.cat.categories.astype(str)).isin(allowed)
        codes = values.cat.codes.to_numpy()
        return np.flatnonzero((codes >= 0) & np.append(wrong, False)[codes])
    return np.flatnonzero((values.notna() & ~values.astype(str).isin(allowed)).to_numpy())


def _codes(kind: str) -> Builtin:
    def check(rule: Rule, frame: pd.DataFrame) -> np.ndarray:
        allowed = {code for code, _ in codelists.builtin_list(f"{kind}.csv", ["en"]) or []}
        failing = [_not_in(frame[v], allowed) for v in rule.variables if v in frame.columns]
        return np.unique(np.concatenate(failing)) if failing else _none()

    return check


def _au_member(rule: Rule, frame: pd.DataFrame) -> np.ndarray:
    members = set(codelists.au_members())
    failing = [_not_in(frame[v], members) for v in rule.variables if v in frame.columns]
    return np.unique(np.concatenate(failing)) if failing else _none()


def _unique_in_household(rule: Rule, persons: pd.DataFrame) -> np.ndarray:
    """Persons sharing the rule's variables (e.g. line_no) within one household."""
    columns = [v for v in rule.variables if v in persons.columns]
    if not columns:
        return _none()
    duplicated = persons.duplicated(["hh_id", *columns], keep=False)
    return np.flatnonzero(duplicated.to_numpy())


def _numbers(frame: pd.DataFrame, name: str) -> np.ndarray:
    if name not in frame.columns:
        return np.full(len(frame), np.nan)
    return pd.to_numeric(frame[name], errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)


def _text(frame: pd.DataFrame, name: str) -> pd.Series:
    if name not in frame.columns:
        return pd.Series([None] * len(frame), index=frame.index, dtype=object)
    return frame[name].astype(object)


def reference_date(year: float, quarter: float) -> datetime.date | None:
    """The middle of the survey's quarter (of the year, for an annual survey)."""
    if np.isnan(year) or not 1 <= year <= 9999:
        return None
    if np.isnan(quarter) or quarter not in (1, 2, 3, 4):
        return datetime.date(int(year), 7, 1)
    return datetime.date(int(year), 3 * int(quarter) - 1, 15)


def _rec_membership_at_date(rule: Rule, households: pd.DataFrame) -> Outcome:
    """Households whose survey country belongs to no REC at the reference date (tables
    group countries by the RECs they belonged to then)."""
    keys = pd.DataFrame(
        {
            "country": _text(households, "country_iso3"),
            "year": _numbers(households, "survey_year"),
            "quarter": _numbers(households, "survey_quarter"),
        }
    )
    judged = keys["country"].notna().to_numpy() & ~np.isnan(keys["year"].to_numpy())
    failing = np.zeros(len(keys), dtype=bool)
    for (country, year, quarter), rows in (
        keys[judged].groupby(["country", "year", "quarter"], dropna=False).groups.items()
    ):
        on = reference_date(year, quarter)
        if on is None or not codelists.recs_of(str(country), on):
            failing[keys.index.get_indexer(rows)] = True
    unjudged = int((~judged).sum())
    note = f"{unjudged} household(s) without survey country or year not judged" if unjudged else ""
    return Outcome(np.flatnonzero(failing), note)


def _earnings_outlier_p995(rule: Rule, persons: pd.DataFrame) -> Outcome:
    """Earnings above the 99.5th or below the 0.5th percentile of their group: country x ISCO
    major group x sex x currency (amounts in different currencies are not comparable)."""
    amount = _numbers(persons, "earn_amount")
    groups = pd.DataFrame(
        {
            "country": _text(persons, "country_iso3").fillna(""),
            "major": _text(persons, "isco08").str[:1],
            "sex": _text(persons, "sex"),
            "currency": _text(persons, "earn_currency"),
            "amount": amount,
        }
    )
    earners = groups.dropna()
    key = ["country", "major", "sex", "currency"]
    sizes = earners.groupby(key)["amount"].transform("size")
    large = earners[sizes.to_numpy() >= OUTLIER_MIN_GROUP]
    failing = np.zeros(len(groups), dtype=bool)
    if len(large):
        by_group = large.groupby(key)["amount"]
        low = by_group.transform("quantile", 0.005).to_numpy()
        high = by_group.transform("quantile", 0.995).to_numpy()
        values = large["amount"].to_numpy()
        outside = (values < low) | (values > high)
        failing[groups.index.get_indexer(large.index[outside])] = True
    small = len(earners) - len(large)
    note = (
        f"{small} earner(s) in groups of fewer than {OUTLIER_MIN_GROUP} not judged" if small else ""
    )
    return Outcome(np.flatnonzero(failing), note)


def recruitment_costs(persons: pd.DataFrame) -> np.ndarray:
    """C_i in the cost currency: the total paid (or the sum of its parts) plus wage deductions."""
    total = _numbers(persons, "rc_cost_total")
    parts = np.column_stack([_numbers(persons, f"rc_cost_{part}") for part in _COST_PARTS])
    any_part = ~np.isnan(parts).all(axis=1)
    summed = np.where(any_part, np.nansum(parts, axis=1), np.nan)
    costs = np.where(np.isnan(total), summed, total)
    deducted = _numbers(persons, "rc_wage_deduct_amt")
    return np.where(
        np.isnan(deducted), costs, np.where(np.isnan(costs), deducted, costs + deducted)
    )


def _rci_over_24_months(rule: Rule, persons: pd.DataFrame) -> Outcome:
    """Recruitment costs above 24 months of first-month earnings (RCI_i, SDG 10.7.1).

    Costs and earnings in one currency are compared directly; in two currencies they need
    the exchange-rate table, which is not shipped yet, so those records are counted in the
    note rather than judged."""
    costs, earnings = recruitment_costs(persons), _numbers(persons, "rc_earn_first_month")
    cost_currency = _text(persons, "rc_cost_currency")
    earn_currency = _text(persons, "rc_earn_currency")
    both = ~np.isnan(costs) & (earnings > 0)
    same = both & (cost_currency == earn_currency).to_numpy()
    with np.errstate(invalid="ignore", divide="ignore"):
        failing = same & (costs / earnings > RCI_MONTHS)
    unjudged = int((both & ~same).sum())
    note = (
        f"{unjudged} record(s) with costs and earnings in different currencies not judged "
        "(no exchange-rate table yet)"
        if unjudged
        else ""
    )
    return Outcome(np.flatnonzero(failing), note)


#: household columns the person built-ins read (joined to each person)
HOUSEHOLD_COLUMNS_READ = frozenset({"country_iso3"})

#: built-ins that read the roster even when their rule is reported per household
ROSTER_BUILTINS = frozenset({"unique_in_household"})


BUILTINS: dict[str, Builtin] = {
    "isco08_code_exists": _codes("isco08"),
    "isic4_code_exists": _codes("isic4"),
    "iso3166_code_exists": _codes("iso3166"),
    "au_member": _au_member,
    "unique_in_household": _unique_in_household,
    "rec_membership_at_date": _rec_membership_at_date,
    "earnings_outlier_p995": _earnings_outlier_p995,
    "rci_over_24_months": _rci_over_24_months,
}


def run(
    rules: RuleSet,
    households: pd.DataFrame,
    persons: pd.DataFrame,
    absentees: pd.DataFrame | None = None,
) -> dict[str, Outcome]:
    """rule id -> its outcome; a rule naming an unknown built-in is reported as not run."""
    results = {}
    for rule in rules.rules:
        if rule.check is None:
            continue
        function = BUILTINS.get(rule.check)
        if function is None:
            results[rule.id] = Outcome(note=f"built-in '{rule.check}' not implemented", ran=False)
            continue
        if rule.check in ROSTER_BUILTINS and rule.level == "household":
            failing = persons.iloc[function(rule, persons)]["hh_id"].unique()  # type: ignore[index]
            outcome = Outcome(np.flatnonzero(households["hh_id"].isin(failing).to_numpy()))
        else:
            frames = {"household": households, "person": persons, "absentee": absentees}
            found = function(rule, frames[rule.level])  # type: ignore[arg-type]
            outcome = found if isinstance(found, Outcome) else Outcome(found)
        results[rule.id] = outcome
    return results
