"""Recruitment costs against first-month earnings (RCI_i of SDG 10.7.1), for rule R20f.

C_i is the total the worker or the family paid (or, without a total, the sum of its
components) plus what the employer deducted from wages; E_i is the first month's earnings.
Each amount has its own currency (a deduction without one is taken in the currency of the
costs, as the spec's C_i formula does): when they all agree the ratio needs no conversion
(spec I19); otherwise every amount is converted to USD with the office's rate for its currency
and the year the rules file names, and a record with no such rate is counted, not judged.
Which columns hold these amounts is the rule's ``parameters`` (see ``builtin_parameters``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from surveytool.common.catalogue import SOURCE_LANGUAGE, message
from surveytool.validate.cells import numbers, text, years
from surveytool.validate.notes import few, joined

if TYPE_CHECKING:
    from surveytool.validate.rates import Rates
    from surveytool.validate.rules import Rule

_OWN_CURRENCY_MISSING = message(
    "validate.note.deduction_currency",
    "{column} not in the batch: deductions taken in the currency of the costs",
)
_NO_RATES = message(
    "validate.note.no_rates",
    "{count} record(s) with costs and earnings in different currencies not judged "
    "(no exchange-rate table yet)",
)
_RATES_USED = message("validate.note.rates_used", "exchange rates: {rates}")
_IN_USD = message(
    "validate.note.compared_in_usd", "{count} record(s) in different currencies compared in USD"
)
_WITHOUT_RATE = message(
    "validate.note.without_rate",
    "{count} record(s) in different currencies without a rate for their currency and year "
    "not judged ({lacking})",
)
_UNKNOWN_YEAR = message("validate.note.unknown_year", "unknown year")
_NO_CURRENCY = message("validate.note.no_currency", "no currency ({year})")


@dataclass(frozen=True, slots=True)
class Costs:
    """Per record: the amounts paid and earned, their currencies and the year of the rate."""

    paid: np.ndarray  # the total, or the sum of the components; NaN when none is reported
    paid_currency: np.ndarray
    deducted: np.ndarray  # NaN when nothing is reported
    deducted_currency: np.ndarray
    earnings: np.ndarray
    earnings_currency: np.ndarray
    year: np.ndarray
    note: str = ""  # an assumption the data forced (a currency column not collected)

    @classmethod
    def read(cls, rule: Rule, records: pd.DataFrame, language: str = SOURCE_LANGUAGE) -> Costs:
        """The amounts of ``records`` from the columns the rule names; a note in ``language``
        says what a missing optional column made us assume."""
        p = rule.parameters
        total = numbers(records, str(p["cost_total"]))
        parts = np.column_stack(
            [numbers(records, name) for name in p["cost_parts"]] or [np.full(len(records), np.nan)]
        )
        any_part = ~np.isnan(parts).all(axis=1)
        summed = np.where(any_part, np.nansum(parts, axis=1), np.nan)
        paid_currency = _codes(records, str(p["cost_currency"]))
        deducted_currency, note = paid_currency, ""
        own = p.get("wage_deduction_currency")
        if isinstance(own, str) and own in records.columns:  # blank: as the costs (spec C_i)
            given = _codes(records, own)
            deducted_currency = np.where(pd.notna(given), given, paid_currency)
        elif isinstance(own, str):
            note = _OWN_CURRENCY_MISSING.text(language, column=own)
        return cls(
            paid=np.where(np.isnan(total), summed, total),
            paid_currency=paid_currency,
            deducted=numbers(records, str(p["wage_deduction"])),
            deducted_currency=deducted_currency,
            earnings=numbers(records, str(p["earnings"])),
            earnings_currency=_codes(records, str(p["earnings_currency"])),
            year=years(records, str(p["rate_year"])),
            note=note,
        )


@dataclass(frozen=True, slots=True)
class Verdict:
    failing: np.ndarray  # row positions
    note: str


def over_months(
    costs: Costs,
    eligible: np.ndarray,
    months: float,
    rates: Rates | None,
    language: str = SOURCE_LANGUAGE,
) -> Verdict:
    """Records whose costs exceed ``months`` months of first-month earnings; the verdict's
    note (what was not judged, and with which rates) is in ``language``."""
    paid, deducted = ~np.isnan(costs.paid), ~np.isnan(costs.deducted)
    judged = eligible & (paid | deducted) & (costs.earnings > 0)
    same = (
        judged
        & (~paid | _equal(costs.paid_currency, costs.earnings_currency))
        & (~deducted | _equal(costs.deducted_currency, costs.earnings_currency))
    )
    total = np.where(paid, costs.paid, 0.0) + np.where(deducted, costs.deducted, 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        failing = same & (total / costs.earnings > months)
    two = judged & ~same
    notes = [costs.note] if costs.note else []
    if rates is None:
        unjudged = int(two.sum())
        if unjudged:
            notes.append(_NO_RATES.text(language, count=unjudged))
        return Verdict(np.flatnonzero(failing), joined(notes))
    rows = np.flatnonzero(two)
    paid_rate = _rates(rates, costs.paid_currency, costs.year, rows)
    deducted_rate = _rates(rates, costs.deducted_currency, costs.year, rows)
    earnings_rate = _rates(rates, costs.earnings_currency, costs.year, rows)
    sub_paid, sub_deducted = paid[rows], deducted[rows]
    known = (
        (~sub_paid | ~np.isnan(paid_rate))
        & (~sub_deducted | ~np.isnan(deducted_rate))
        & ~np.isnan(earnings_rate)
    )
    with np.errstate(invalid="ignore", divide="ignore"):
        usd_costs = np.where(sub_paid, costs.paid[rows] / paid_rate, 0.0) + np.where(
            sub_deducted, costs.deducted[rows] / deducted_rate, 0.0
        )
        usd_earnings = costs.earnings[rows] / earnings_rate
        over = known & (usd_costs / usd_earnings > months)
    failing[rows[over]] = True
    notes.insert(0, _RATES_USED.text(language, rates=rates.describe()))
    if known.any():
        notes.append(_IN_USD.text(language, count=int(known.sum())))
    if (~known).any():
        lacking = _lacking(costs, rows[~known], rates, language)
        notes.append(_WITHOUT_RATE.text(language, count=int((~known).sum()), lacking=lacking))
    return Verdict(np.flatnonzero(failing), joined(notes))


def _codes(records: pd.DataFrame, name: str) -> np.ndarray:
    return text(records, name).to_numpy(dtype=object)


def _equal(one: np.ndarray, other: np.ndarray) -> np.ndarray:
    """Same code on both sides; a blank currency matches nothing."""
    present = pd.notna(one) & pd.notna(other)
    same: np.ndarray = present & (one == other)
    return same


def _rates(rates: Rates, currencies: np.ndarray, year: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """The rate of each of ``rows`` (NaN where the file has none); pairs looked up once."""
    found: dict[tuple[object, float], float] = {}
    values = np.empty(len(rows), dtype=np.float64)
    for i, row in enumerate(rows.tolist()):
        pair = (currencies[row], float(year[row]))
        if pair not in found:
            found[pair] = rates.rate(*pair) if not np.isnan(pair[1]) else np.nan
        values[i] = found[pair]
    return values


def _lacking(
    costs: Costs, rows: np.ndarray, rates: Rates, language: str = SOURCE_LANGUAGE, shown: int = 5
) -> str:
    """The currency-years the rates file lacks for ``rows``, the most frequent first."""
    lacking: dict[str, int] = {}
    for row in rows.tolist():
        year = costs.year[row]
        when = _UNKNOWN_YEAR.text(language) if np.isnan(year) else str(int(year))
        amounts = (
            (costs.paid[row], costs.paid_currency[row]),
            (costs.deducted[row], costs.deducted_currency[row]),
            (costs.earnings[row], costs.earnings_currency[row]),
        )
        for amount, code in amounts:
            if np.isnan(amount):
                continue
            if not isinstance(code, str):
                label = _NO_CURRENCY.text(language, year=when)
            elif np.isnan(rates.rate(code, year)):
                label = f"{code} {when}"
            else:
                continue
            lacking[label] = lacking.get(label, 0) + 1
    ordered = sorted(lacking, key=lambda label: -lacking[label])
    return few(ordered, language, shown)
