"""Columns computed at tabulation time, where an expression cannot say it (spec I16-I19).

Each built-in is survey-independent: the columns it reads are the ``parameters`` of a
``computed:`` entry of the tables spec. Each adds the column ``<name>`` and companions that
say why a value is missing, so that a cell can be flagged ``X`` (I10, I19) instead of a
record silently dropped:

* ``recruitment_cost_index``: RCI_i with the package's own function (``package.rci``, the
  one the harmonised export used), but with the AU's rates file. ``<name>_known`` is 1 when
  C_i and E_i are known (I16, I17), ``<name>_samecur`` when no conversion was needed (I19's
  ``*_samecur`` measures), ``<name>_norate`` when a conversion was needed and the rates file
  has no rate: such a record is in the universe but has no value; ``<name>_paid`` when
  C_i > 0 (known even without a rate). Parameters: those of the
  derivation (``package.derive_builtins``), plus ``where`` (a column: only records where it
  is 1 are computed, the others are blank) and ``value`` (the package's RCI_i column: its
  value wins where present, because the office computed it from the amounts before they
  were top-coded; the AU's computation fills only what the office could not convert).
* ``usd``: an amount in US dollars at the rate of a year (rates in local units per USD);
  ``<name>_norate`` is 1 when the amount is present and the rate missing. Parameters:
  ``amount``, ``currency``, ``year`` (columns).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import numpy as np
import pandas as pd

from surveytool.merge.indicators.spec import Computed
from surveytool.package.rci import rci
from surveytool.validate.cells import numbers
from surveytool.validate.rates import Rates


class _AnyRate(Mapping[tuple[str, int], float]):
    """A rate of 1 for every currency and year: with it, ``rci`` values every record whose
    costs and earnings are known, which tells known records from unknown ones."""

    def __getitem__(self, key: tuple[str, int]) -> float:
        return 1.0

    def __iter__(self) -> Iterator[tuple[str, int]]:
        return iter(())

    def __len__(self) -> int:
        return 0

    def get(self, key: object, default: object = None) -> float:
        return 1.0


_ANY = Rates(_AnyRate(), (), "")


def add_computed(
    frame: pd.DataFrame, computed: tuple[Computed, ...], rates: Rates | None
) -> pd.DataFrame:
    """``frame`` with every computed column (and its companions) added."""
    for item in computed:
        made = BUILTINS[item.builtin](frame, item.parameters, rates)
        frame = frame.assign(**{_name(item.name, k): v for k, v in made.items()})
    return frame


def _name(stem: str, suffix: str) -> str:
    return stem if not suffix else f"{stem}_{suffix}"


def _recruitment_cost_index(
    frame: pd.DataFrame, p: Mapping[str, Any], rates: Rates | None
) -> dict[str, np.ndarray]:
    rows = np.arange(len(frame))
    if p.get("where"):
        rows = np.flatnonzero(numbers(frame, str(p["where"])) == 1)
    records = frame.iloc[rows]
    same, _ = rci(records, p, None)
    anyway, _ = rci(records, p, _ANY)
    value, _ = rci(records, p, rates) if rates is not None else (same, ())
    if p.get("value") and str(p["value"]) in records.columns:
        # the package's own RCI_i was computed before top-coding the amounts: it wins
        packaged = numbers(records, str(p["value"]))
        value = np.where(np.isnan(packaged), value, packaged)
    out = {k: np.full(len(frame), np.nan) for k in ("", "known", "samecur", "norate", "paid")}
    known = ~np.isnan(anyway)
    out[""][rows] = value
    out["known"][rows] = known.astype(float)
    out["samecur"][rows] = (~np.isnan(same)).astype(float)
    out["norate"][rows] = (known & np.isnan(value)).astype(float)
    out["paid"][rows] = np.where(known, anyway > 0, np.nan)
    return out


def _usd(frame: pd.DataFrame, p: Mapping[str, Any], rates: Rates | None) -> dict[str, np.ndarray]:
    amount = numbers(frame, str(p["amount"]))
    year = numbers(frame, str(p["year"]))
    currency = frame[str(p["currency"])].astype(object)
    keys = pd.DataFrame({"c": currency, "y": year})
    group = keys.groupby(["c", "y"], dropna=False, sort=False).ngroup().to_numpy()
    _, first = np.unique(group, return_index=True)
    found = np.array([_rate(rates, currency.iat[i], year[i]) for i in first.tolist()])
    rate = found[group] if len(found) else np.full(len(frame), np.nan)
    with np.errstate(invalid="ignore", divide="ignore"):
        value = amount / rate
    return {"": value, "norate": (~np.isnan(amount) & np.isnan(value)).astype(float)}


def _rate(rates: Rates | None, currency: object, year: float) -> float:
    if rates is None:
        return 1.0 if currency == "USD" else float("nan")
    return rates.rate(currency, year)


BUILTINS = {"recruitment_cost_index": _recruitment_cost_index, "usd": _usd}
