"""Columns of a batch read as the built-in checks compare them: numbers, codes and years.

Typed frames hold numbers as numbers, text as categories, dates as dates; a computed column
may still be text. These read any of them the one way a check needs, each distinct category
once.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def numbers(frame: pd.DataFrame, name: str) -> np.ndarray:
    """A column as floats (NaN for blanks and text that is no number); categories of a text
    column are read once each."""
    series = frame[name]
    if isinstance(series.dtype, pd.CategoricalDtype):
        distinct = pd.to_numeric(pd.Series(series.cat.categories.astype(str)), errors="coerce")
        values = np.append(distinct.to_numpy(dtype=np.float64, na_value=np.nan), np.nan)
        return values[series.cat.codes.to_numpy()]
    if pd.api.types.is_bool_dtype(series.dtype):
        series = series.astype("Float64")
    return pd.to_numeric(series, errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)


def text(frame: pd.DataFrame, name: str) -> pd.Series:
    """A column as text (None for blanks), e.g. codes to group or compare by."""
    series = frame[name].astype(object)
    return series.where(series.notna(), None)


def years(frame: pd.DataFrame, name: str) -> np.ndarray:
    """The year of a date, a month-year (``YYYY-MM``) or a year column, NaN when unknown."""
    series = frame[name]
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        year: np.ndarray = series.dt.year.to_numpy(dtype=np.float64, na_value=np.nan)
        return year
    if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype):
        return numbers(frame, name)
    cells = pd.Series(text(frame, name).to_numpy(), dtype=object)
    head = cells.where(cells.isna(), cells.astype(str).str.strip().str[:4])
    return pd.to_numeric(head, errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)
