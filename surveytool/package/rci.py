"""RCI_i, the recruitment cost index of one worker (SDG 10.7.1; spec 7.1, I16-I19).

C_i is what the worker or the family paid plus what the employer deducted from wages; E_i is
the first month's earnings; RCI_i = C_i / E_i, in months of earnings. Which columns hold the
amounts is the derivation's ``parameters``; the readings are the spec's:

* paid (I17): nothing paid (``paid_any`` = 2) is 0; paid (= 1) is the sum of the components
  when every one is reported, else the total when it is reported, else unknown; ``paid_any``
  don't know or blank is unknown. (Rule R20 judges amounts the other way round, total first;
  here the components win, as I17 says.)
* deducted: no deduction (``wage_deduction_flag`` 2 or blank) adds 0; a deduction adds its
  amount (unknown when the amount is not reported); don't know is unknown. A deduction is in
  its own currency, else in the earnings' (I18).
* E_i must be reported and above 0 (I16).
* Currencies (I19): when every amount is in the earnings' currency the ratio needs no
  conversion; otherwise each amount is converted to USD with the rates table
  (``validate.rates``, local units per USD) for the year of ``rate_year`` (the start of the
  job). A record without such a rate is left blank and counted in a note, never guessed.

Records outside the universe (``rc_eligible``) are the derivation's business: this computes
every record given.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from surveytool.common.catalogue import message
from surveytool.validate.cells import numbers, text, years
from surveytool.validate.rates import Rates

YES, NO, DONT_KNOW = 1.0, 2.0, 8.0

_UNKNOWN = message(
    "package.derive.rci_unknown",
    "RCI_i: {count} record(s) with unknown costs or earnings left blank",
)
_NO_RATE = message(
    "package.derive.rci_no_rate",
    "RCI_i: {count} record(s) with costs and earnings in different currencies left blank "
    "(no exchange rate for their currency and year)",
)
_RATES = message("package.derive.rci_rates", "RCI_i: exchange rates from {rates}")
_CONVERTED = message(
    "package.derive.rci_converted",
    "RCI_i: {count} record(s) in different currencies converted to USD",
)


def rci(
    records: pd.DataFrame, p: Mapping[str, Any], rates: Rates | None
) -> tuple[np.ndarray, tuple[str, ...]]:
    """RCI_i of every record (NaN where unknown) and the notes on what was left blank."""
    rows = len(records)
    paid_any = numbers(records, str(p["paid_any"]))
    parts = np.column_stack(
        [numbers(records, str(name)) for name in p["cost_parts"]] or [np.full(rows, np.nan)]
    )
    every_part = ~np.isnan(parts).any(axis=1)
    total = numbers(records, str(p["cost_total"]))
    reported = np.where(every_part, parts.sum(axis=1), total)
    paid = np.where(paid_any == NO, 0.0, np.where(paid_any == YES, reported, np.nan))
    flag = numbers(records, str(p["wage_deduction_flag"]))
    amount = numbers(records, str(p["wage_deduction"]))
    deducted = np.where(flag == YES, amount, np.where(flag == DONT_KNOW, np.nan, 0.0))
    earnings = numbers(records, str(p["earnings"]))
    earnings = np.where(earnings > 0, earnings, np.nan)
    known = ~np.isnan(paid) & ~np.isnan(deducted) & ~np.isnan(earnings)

    earn_cur = _codes(records, str(p["earnings_currency"]))
    cost_cur = _codes(records, str(p["cost_currency"]))
    own = _codes(records, str(p["wage_deduction_currency"]))
    deduct_cur = np.where(pd.notna(own), own, earn_cur)
    same = known & _agree(paid, cost_cur, earn_cur) & _agree(deducted, deduct_cur, earn_cur)
    with np.errstate(invalid="ignore", divide="ignore"):
        values = np.where(same, (paid + deducted) / earnings, np.nan)

    notes: list[str] = []
    if (~known).any():
        notes.append(_UNKNOWN.text(count=int((~known).sum())))
    other = np.flatnonzero(known & ~same)
    if len(other) == 0:
        return values, tuple(notes)
    year = years(records, str(p["rate_year"]))
    converted = np.full(len(other), np.nan)
    if rates is not None:
        cost_usd = _usd(paid, cost_cur, year, other, rates)
        deduct_usd = _usd(deducted, deduct_cur, year, other, rates)
        earn_usd = _usd(earnings, earn_cur, year, other, rates)
        with np.errstate(invalid="ignore", divide="ignore"):
            converted = (cost_usd + deduct_usd) / earn_usd
        notes.append(_RATES.text(rates=rates.describe()))
    values[other] = converted
    done = int((~np.isnan(converted)).sum())
    if done:
        notes.append(_CONVERTED.text(count=done))
    if done < len(other):
        notes.append(_NO_RATE.text(count=len(other) - done))
    return values, tuple(notes)


def _codes(records: pd.DataFrame, name: str) -> np.ndarray:
    return text(records, name).to_numpy(dtype=object)


def _agree(amount: np.ndarray, currency: np.ndarray, earnings: np.ndarray) -> np.ndarray:
    """A zero amount needs no currency; any other is in the earnings' currency."""
    same: np.ndarray = pd.notna(currency) & pd.notna(earnings) & (currency == earnings)
    agree: np.ndarray = (amount == 0) | same
    return agree


def _usd(
    amount: np.ndarray, currency: np.ndarray, year: np.ndarray, rows: np.ndarray, rates: Rates
) -> np.ndarray:
    """``amount`` of ``rows`` in USD (0 stays 0 whatever its currency; NaN without a rate)."""
    found: dict[tuple[object, float], float] = {}
    out = np.empty(len(rows))
    for i, row in enumerate(rows.tolist()):
        if amount[row] == 0:
            out[i] = 0.0
            continue
        pair = (currency[row], float(year[row]))
        if pair not in found:
            found[pair] = rates.rate(*pair) if not np.isnan(pair[1]) else np.nan
        out[i] = amount[row] / found[pair]
    return out
