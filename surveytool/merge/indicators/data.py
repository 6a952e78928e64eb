"""The microdata the tables read: one frame of persons with their household's columns, the
surveys they belong to (I1, I2) and each record's weight (I3).

Only the columns the spec reads are read (``merge.dataset.read_level`` pushes the
projection down to Parquet); a column no package has reads as blank. Text columns become
categoricals, so that every later comparison and grouping works on integer codes.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from surveytool.form.calendar import reference_date
from surveytool.merge.dataset import read_level, registry, variables
from surveytool.merge.indicators.spec import Spec, columns_read

SURVEY, WEIGHT, NO_WEIGHT, SEX = "_survey", "_weight", "_no_weight", "_sex"


@dataclass(frozen=True, slots=True)
class Survey:
    """A survey is a country and a year (I1); its quarters are pooled."""

    index: int
    country: str
    year: int
    quarters: tuple[int, ...]
    packages: tuple[str, ...]
    bases: tuple[str, ...]  # the packages' declared migrant_basis (birth, citizenship, both)

    @property
    def id(self) -> str:
        return f"{self.country}-{self.year}"

    @property
    def time(self) -> str:
        """``2026`` for annual or pooled data, ``2025Q2`` for one quarter (I1)."""
        if len(self.quarters) == 1:
            return f"{self.year}Q{self.quarters[0]}"
        return str(self.year)

    @property
    def reference(self) -> datetime.date:
        """1 July, or the 15th of the quarter's middle month for one quarter (I2): the rule
        validation and the harmonised package's REC groups use (``form.calendar``)."""
        quarter = self.quarters[0] if len(self.quarters) == 1 else None
        found = reference_date(float(self.year), None if quarter is None else float(quarter))
        return found or datetime.date(1, 7, 1)


@dataclass(frozen=True)
class Microdata:
    frame: pd.DataFrame  # the spec's columns, plus _survey, _weight, _no_weight, _sex
    surveys: tuple[Survey, ...]


def read_microdata(folder: Path, spec: Spec) -> Microdata:
    """The persons of ``folder`` with their household's columns, surveys and weights."""
    levels = variables(folder).get("levels", {})
    own = set(levels.get(spec.level, {}).get("variables", {}))
    root = set(levels.get(spec.root, {}).get("variables", {}))
    wanted = columns_read(spec)
    mine = sorted(wanted & own)
    theirs = sorted((wanted - own) & root)
    persons = read_level(
        folder, spec.level, [*mine, spec.key, "source_package"], categorical=mine, floats=mine
    )
    if theirs:
        households = read_level(
            folder, spec.root, [*theirs, spec.key], categorical=theirs, floats=theirs
        )
        at = pc.index_in(pa.array(persons[spec.key]), value_set=pa.array(households[spec.key]))
        rows = at.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)
        found = rows >= 0
        for name in theirs:
            column = households[name].iloc[np.maximum(rows, 0)].reset_index(drop=True)
            column = column.where(pd.Series(found)) if not found.all() else column
            if isinstance(column.dtype, pd.CategoricalDtype):
                column = column.cat.remove_unused_categories()
            persons[name] = column
    for name in sorted(wanted - own - root):
        persons[name] = np.nan
    frame = _categorical(persons)
    surveys, index = _surveys(frame, spec, registry(folder))
    weight, missing = _weights(frame, spec, surveys, index)
    frame[SURVEY] = index
    frame[WEIGHT] = weight
    frame[NO_WEIGHT] = missing
    frame[SEX] = _sex(frame, spec)
    return Microdata(frame, surveys)


def _categorical(frame: pd.DataFrame) -> pd.DataFrame:
    """Text columns as categoricals; integers as floats (NaN for blank). In place: the
    columns ``read_level`` already gave in that shape are not copied."""
    for name in list(frame.columns):
        column = frame[name]
        if column.dtype == np.float64 or isinstance(column.dtype, pd.CategoricalDtype):
            continue
        if pd.api.types.is_integer_dtype(column.dtype) or pd.api.types.is_float_dtype(column.dtype):
            frame[name] = column.astype(np.float64)
        elif column.isna().all():
            frame[name] = np.nan
        else:
            frame[name] = column.astype("category")
    return frame


def _numbers(frame: pd.DataFrame, name: str) -> np.ndarray:
    column = frame[name]
    if isinstance(column.dtype, pd.CategoricalDtype):
        values = pd.to_numeric(pd.Series(column.cat.categories.astype(str)), errors="coerce")
        table = np.append(values.to_numpy(dtype=np.float64), np.nan)
        return table[column.cat.codes.to_numpy()]
    return column.to_numpy(dtype=np.float64, na_value=np.nan)


def _surveys(
    frame: pd.DataFrame, spec: Spec, entries: list[dict[str, Any]]
) -> tuple[tuple[Survey, ...], np.ndarray]:
    """The surveys (country, year) and each record's survey index."""
    country = frame[spec.country].astype(object).to_numpy()
    year = _numbers(frame, spec.year)
    quarter = _numbers(frame, spec.quarter) if spec.quarter else np.full(len(frame), np.nan)
    keys = pd.DataFrame(
        {"country": country, "year": year, "quarter": quarter, "package": frame["source_package"]}
    )
    group = keys.groupby(["country", "year"], sort=True, dropna=False).ngroup().to_numpy()
    bases = _declared_bases(entries)
    surveys = []
    for number, part in keys.assign(group=group).groupby("group", sort=True):
        first = part.iloc[0]
        quarters = tuple(int(float(q)) for q in sorted(part["quarter"].dropna().unique()))
        packages = tuple(sorted(str(p) for p in part["package"].dropna().unique()))
        year_value = float(first["year"])
        surveys.append(
            Survey(
                index=int(str(number)),
                country=str(first["country"]),
                year=int(year_value) if not np.isnan(year_value) else 0,
                quarters=quarters,
                packages=packages,
                bases=tuple(sorted({bases.get(p, "") for p in packages} - {""})),
            )
        )
    return tuple(surveys), group


def _declared_bases(entries: list[dict[str, Any]]) -> dict[str, str]:
    """Package id -> its declared ``migrant_basis`` (spec 8 metadata)."""
    found: dict[str, str] = {}
    for entry in entries:
        metadata = entry.get("metadata")
        ident = entry.get("package_id") or entry.get("id") or entry.get("package")
        if isinstance(metadata, Mapping) and ident:
            found[str(ident)] = str(metadata.get("migrant_basis", ""))
    return found


def _weights(
    frame: pd.DataFrame, spec: Spec, surveys: tuple[Survey, ...], index: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The first non-blank weight column (I3), divided by the survey's number of quarters
    (I1); records with none get 0 and are marked, so the cells they fall in are ``X``."""
    weight = np.full(len(frame), np.nan)
    for name in spec.weights:
        blank = np.isnan(weight)
        weight[blank] = _numbers(frame, name)[blank]
    divisor = np.array([max(len(s.quarters), 1) for s in surveys], dtype=np.float64)
    if len(surveys):
        weight = weight / divisor[index]
    missing = np.isnan(weight)
    return np.where(missing, 0.0, weight), missing


def _sex(frame: pd.DataFrame, spec: Spec) -> np.ndarray:
    """0 unknown, 1 men, 2 women."""
    series = frame[spec.sex_column]
    out = np.zeros(len(frame), dtype=np.int64)
    if pd.api.types.is_numeric_dtype(series.dtype):  # 1.0 is the code "1", whatever the dtype
        numbers = pd.to_numeric(series, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        for number, code in ((1, "M"), (2, "F")):
            value = pd.to_numeric(pd.Series([spec.sex_codes.get(code)]), errors="coerce")[0]
            if not pd.isna(value):
                out[numbers == float(value)] = number
        return out
    column = series.astype(object).astype(str).to_numpy()
    for number, code in ((1, "M"), (2, "F")):
        value = spec.sex_codes.get(code)
        if value is not None:
            out[column == value] = number
    return out
