"""Text conversions over whole columns, identical to ``values.py`` row by row.

Survey columns hold a few distinct values, so each conversion runs the scalar function once
per distinct string or number and spreads the result back; above ``DISTINCT_LIMIT``
distinct values, whole-column regular expressions and numpy take over.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from surveytool.expr import datetimes
from surveytool.expr import values as v

#: above this many distinct values, text conversions use whole-column regexes
DISTINCT_LIMIT = 20_000


def strings_to_numbers(
    text: np.ndarray, factors: tuple[np.ndarray, np.ndarray] | None = None
) -> np.ndarray:
    """``number()`` over a column of strings, identical to ``values.to_number``."""
    codes, uniques = factors if factors is not None else pd.factorize(text, use_na_sentinel=False)
    if len(uniques) <= DISTINCT_LIMIT:
        converted = np.array([v.to_number(u) for u in uniques], dtype=np.float64)
        return converted[codes] if len(converted) else np.empty(0, dtype=np.float64)
    series = pd.Series(text, dtype=object).str.strip()
    result = np.full(len(text), np.nan)
    numeric = series.str.fullmatch(v.NUMBER_TEXT.pattern).to_numpy(dtype=bool)
    result[numeric] = series[numeric].astype(np.float64).to_numpy()
    dated = series.str.fullmatch(v.DATE_TEXT.pattern).to_numpy(dtype=bool)
    if dated.any():
        days = pd.to_datetime(series[dated], format="%Y-%m-%d", errors="coerce")
        result[dated] = (days - pd.Timestamp("1970-01-01")).dt.days.to_numpy(dtype=np.float64)
    timed = series.str.fullmatch(datetimes.DATE_TIME_TEXT.pattern).to_numpy(dtype=bool)
    if timed.any():  # start/end stamps: each one distinct, read one by one as the scalar side
        result[timed] = [datetimes.date_time_days(text) for text in series[timed]]
    return result


def numbers_to_strings(numbers: np.ndarray) -> np.ndarray:
    """``string()`` over a column of numbers, identical to ``values.number_to_string``."""
    codes, uniques = pd.factorize(numbers, use_na_sentinel=False)
    if len(uniques) <= DISTINCT_LIMIT:
        converted = np.array([v.number_to_string(float(u)) for u in uniques], dtype=object)
        return converted[codes] if len(converted) else np.empty(0, dtype=object)
    with np.errstate(invalid="ignore"):
        integral = np.isfinite(numbers) & (numbers == np.trunc(numbers))
        small = integral & (np.abs(numbers) < 1e15)
    result = numbers.astype(str).astype(object)
    result[small] = numbers[small].astype(np.int64).astype(str)
    unusual = ~small & (np.char.find(result.astype(str), "e") >= 0)
    unusual |= integral & ~small
    result[unusual] = [v.number_to_string(float(x)) for x in numbers[unusual]]
    result[np.isnan(numbers)] = "NaN"
    result[numbers == np.inf] = "Infinity"
    result[numbers == -np.inf] = "-Infinity"
    return result


def string_lengths(text: np.ndarray) -> np.ndarray:
    mapped = map_distinct(text, len, np.float64)
    if mapped is not None:
        return mapped
    return pd.Series(text, dtype=object).str.len().to_numpy(dtype=np.float64)


def map_distinct(
    text: np.ndarray | tuple[np.ndarray, np.ndarray],
    function: Callable[[str], object],
    dtype: type,
) -> np.ndarray | None:
    """``function`` applied once per distinct string and spread back over the column.

    Survey columns hold codes and short answers with few distinct values, so this is far
    cheaper than a per-row string operation. Returns None when the column has too many
    distinct values to be worth it (the caller then uses a whole-column operation). ``text`` is
    the column, or its (codes, distinct strings) when the caller has them already.
    """
    if isinstance(text, tuple):
        codes, uniques = text
    else:
        codes, uniques = pd.factorize(text, use_na_sentinel=False)
    if len(uniques) > DISTINCT_LIMIT:
        return None
    mapped: np.ndarray = np.array([function(u) for u in uniques], dtype=dtype)
    return mapped[codes] if len(mapped) else np.empty(0, dtype=dtype)
