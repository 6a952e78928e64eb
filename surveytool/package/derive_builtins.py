"""Named building blocks for derived variables where an XPath expression cannot say it.

Each built-in knows nothing of one survey: the columns it reads and its settings are the
``parameters`` of a derivation in the derivations file. Each takes the level's records (with
its root record's columns joined) and returns one value per record plus notes, vectorised:
distinct values (country and date combinations, codes) are looked up once each.

* ``rec_group``: a country's relation to the survey country at the survey's reference date
  (``validate.builtin.reference_date``): ``same_rec`` when both belong to at least one common
  REC, else ``other_au`` for an AU member, else ``non_africa``; an unknown or blank country is
  ``unknown`` (spec I14). Parameters: ``origin``, ``country``, ``year``, optional
  ``quarter`` (columns) and ``unknown`` (codes meaning "unknown country").
* ``rec_list``: the RECs a country belonged to at the reference date, space-separated.
  Parameters: ``origin``, ``year``, optional ``quarter``.
* ``lookup``: a code's value in a column of a shipped code list (``resources/codelists``).
  Parameters: ``column``, ``list`` (file name), ``key`` and ``value`` (its columns), optional
  ``prefix`` (match on the first characters, e.g. an ISIC division's two) and ``default``
  (the value for a blank or unknown code).
* ``recruitment_cost_index``: RCI_i of SDG 10.7.1 (spec 7.1 and I16-I19), see ``rci``.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from surveytool.form import codelists
from surveytool.form.calendar import reference_date
from surveytool.package.rci import rci
from surveytool.validate.cells import numbers, text
from surveytool.validate.rates import Rates


@dataclass(frozen=True, slots=True)
class Result:
    values: pd.Series  # aligned with the records
    notes: tuple[str, ...] = field(default=())


Builtin = Callable[[pd.DataFrame, Mapping[str, Any], Rates | None], Result]

#: the parameters each built-in needs (columns unless said otherwise) and may take
REQUIRED: dict[str, tuple[str, ...]] = {
    "rec_group": ("origin", "country", "year"),
    "rec_list": ("origin", "year"),
    "lookup": ("column", "list", "key", "value"),
    "recruitment_cost_index": (
        "cost_parts",
        "cost_total",
        "cost_currency",
        "paid_any",
        "wage_deduction_flag",
        "wage_deduction",
        "wage_deduction_currency",
        "earnings",
        "earnings_currency",
        "rate_year",
    ),
}
OPTIONAL: dict[str, tuple[str, ...]] = {
    "rec_group": ("quarter", "unknown"),
    "rec_list": ("quarter",),
    "lookup": ("prefix", "default"),
    "recruitment_cost_index": (),
}
#: parameters that are settings, not columns of the tables
SETTINGS = frozenset({"unknown", "list", "key", "value", "prefix", "default"})


def columns_read(name: str, parameters: Mapping[str, Any]) -> list[str]:
    """The columns a built-in reads, from its parameters."""
    found: list[str] = []
    for key, value in parameters.items():
        if key in SETTINGS:
            continue
        found += [str(v) for v in value] if isinstance(value, list) else [str(value)]
    return found


def _dates(records: pd.DataFrame, p: Mapping[str, Any]) -> pd.Series:
    """The reference date of each record (None when the year is unknown)."""
    year = numbers(records, str(p["year"]))
    quarter_column = p.get("quarter")
    quarter = (
        numbers(records, str(quarter_column))
        if isinstance(quarter_column, str) and quarter_column in records.columns
        else np.full(len(records), np.nan)
    )
    pairs = pd.DataFrame({"year": year, "quarter": quarter})
    distinct = pairs.drop_duplicates()
    dates = {
        (y, q): reference_date(y, q)
        for y, q in zip(distinct["year"], distinct["quarter"], strict=True)
    }
    return pd.Series(
        [dates[(y, q)] for y, q in zip(year, quarter, strict=True)], index=records.index
    )


def _recs(code: str, on: datetime.date) -> frozenset[str]:
    """RECs of a code from the data; a code that is no country is in none (the checks name it)."""
    try:
        return codelists.recs_of(code, on)
    except ValueError:
        return frozenset()


def rec_group(records: pd.DataFrame, p: Mapping[str, Any], rates: Rates | None) -> Result:
    unknown = frozenset(str(code) for code in p.get("unknown", ()))
    members = codelists.au_members()
    origin = text(records, str(p["origin"]))
    country = text(records, str(p["country"]))
    on = _dates(records, p)
    keys = pd.DataFrame({"origin": origin, "country": country, "on": on})
    found: dict[tuple[object, object, object], str] = {}
    for o, c, d in keys.drop_duplicates().itertuples(index=False):
        if not isinstance(o, str) or o in unknown:
            group = "unknown"
        elif isinstance(c, str) and d is not None and _recs(o, d) & _recs(c, d):
            group = "same_rec"
        elif o in members:
            group = "other_au"
        else:
            group = "non_africa"
        found[(o, c, d)] = group
    values = [found[key] for key in keys.itertuples(index=False, name=None)]
    return Result(pd.Series(values, index=records.index, dtype="str"))


def rec_list(records: pd.DataFrame, p: Mapping[str, Any], rates: Rates | None) -> Result:
    origin = text(records, str(p["origin"]))
    on = _dates(records, p)
    found: dict[tuple[object, object], str | None] = {}
    for o, d in zip(origin, on, strict=True):
        if (o, d) not in found:
            recs = _recs(o, d) if isinstance(o, str) and d is not None else frozenset()
            found[(o, d)] = " ".join(sorted(recs)) or None
    values = [found[(o, d)] for o, d in zip(origin, on, strict=True)]
    return Result(pd.Series(values, index=records.index, dtype="str"))


def lookup(records: pd.DataFrame, p: Mapping[str, Any], rates: Rates | None) -> Result:
    table = {row[str(p["key"])]: row[str(p["value"])] for row in codelists.rows(str(p["list"]))}
    prefix = p.get("prefix")
    default = p.get("default")
    codes = text(records, str(p["column"]))
    distinct = codes.dropna().unique()
    found = {
        code: table.get(str(code)[: int(prefix)] if prefix else str(code)) for code in distinct
    }
    values = codes.map(lambda code: found.get(code) if isinstance(code, str) else None)
    if default is not None:
        values = values.where(values.notna(), str(default))
    return Result(pd.Series(values.to_numpy(), index=records.index, dtype="str"))


def recruitment_cost_index(
    records: pd.DataFrame, p: Mapping[str, Any], rates: Rates | None
) -> Result:
    values, notes = rci(records, p, rates)
    return Result(pd.Series(values, index=records.index, dtype="Float64"), notes)


BUILTINS: dict[str, Builtin] = {
    "rec_group": rec_group,
    "rec_list": rec_list,
    "lookup": lookup,
    "recruitment_cost_index": recruitment_cost_index,
}
