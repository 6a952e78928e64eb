"""A calculation's results as a batch column, and a batch's column compared with them.

A calculation gives numbers, text, booleans or, through ``if()``, a mix with blanks; a
batch column holds text. Both sides are handled per distinct value (a column holds few), so
a million records cost a few array lookups, and compared as XPath writes values: the text
'2026' equals the number 2026, a blank only equals a blank.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from surveytool.expr.values import number_to_string


def as_column(values: np.ndarray, rows: np.ndarray | None, index: pd.Index) -> pd.Series:
    """A calculation's results (for ``rows``; None: every row of ``index``) as a batch
    column, blank elsewhere: numbers (whole ones as integers), text as categories, booleans
    and mixed results as objects; '' and NaN are blank. Each distinct result is classified
    once."""
    size = len(index)

    def spread(part: np.ndarray, blank: object) -> np.ndarray:
        if rows is None:
            return part
        whole = np.full(size, blank, dtype=part.dtype)
        whole[rows] = part
        return whole

    if values.dtype == object:
        codes, uniques = pd.factorize(values, use_na_sentinel=True)
        kinds = [_kind(value) for value in uniques]
        present = {kind for kind in kinds if kind != "blank"}
        if present == {"text"}:
            categories = [
                value for value, kind in zip(uniques, kinds, strict=True) if kind == "text"
            ]
            lookup = np.cumsum([kind == "text" for kind in kinds]) - 1
            lookup = np.append(np.where(np.array(kinds) == "text", lookup, -1), -1)
            found = spread(lookup[codes].astype(np.int32), -1)
            made = pd.Categorical.from_codes(found, categories=pd.Index(categories))
            return pd.Series(made, index=index)
        if present - {"number"}:
            objects = np.array(
                [None if k == "blank" else v for v, k in zip(uniques, kinds, strict=True)] + [None],
                dtype=object,
            )
            return pd.Series(spread(objects[codes], None), index=index, dtype=object)
        numbers = np.array(
            [np.nan if k == "blank" else float(v) for v, k in zip(uniques, kinds, strict=True)]
            + [np.nan]
        )
        values = numbers[codes]
    elif values.dtype == bool:
        return pd.Series(spread(values.astype(object), None), index=index, dtype=object)
    numbers = spread(np.asarray(values, dtype=np.float64), np.nan)
    missing = np.isnan(numbers)
    finite = numbers[~missing]
    if np.all(finite == np.floor(finite)) and np.all(np.abs(finite) < 2**53):
        whole = np.where(missing, 0, numbers).astype(np.int64)
        return pd.Series(pd.arrays.IntegerArray(whole, missing), index=index)
    return pd.Series(pd.arrays.FloatingArray(np.where(missing, 0.0, numbers), missing), index=index)


def _kind(value: object) -> str:
    """What one result of a calculation is: blank ('' or NaN), number, text or other."""
    if value is None or (isinstance(value, str) and value == ""):
        return "blank"
    if isinstance(value, bool | np.bool_):
        return "other"
    if isinstance(value, int | float | np.number):
        return "blank" if np.isnan(value) else "number"
    return "text" if isinstance(value, str) else "other"


def disagreeing(given: pd.Series, computed: pd.Series) -> np.ndarray:
    """Rows where the batch's value is not the computed one: numbers compare as numbers
    (text '2026' equals 2026), text as text, a blank only equals a blank. Each distinct
    value is converted once (a column holds few), rows are compared as codes."""
    given_codes, given_texts = _distinct_texts(given)
    if pd.api.types.is_numeric_dtype(computed.dtype):
        given_numbers = pd.to_numeric(pd.Series(given_texts, dtype=object), errors="coerce")
        have = np.append(given_numbers.to_numpy(dtype=np.float64, na_value=np.nan), np.nan)
        got = have[given_codes]
        wanted = computed.to_numpy(dtype=np.float64, na_value=np.nan)
        blank_given = np.append(np.array([t is None for t in given_texts], bool), True)
        blank_given = blank_given[given_codes]
        with np.errstate(invalid="ignore"):
            close = np.abs(got - wanted) <= 1e-9 * np.maximum(1.0, np.abs(wanted))
        blank_wanted = np.isnan(wanted)
        same = (blank_given & blank_wanted) | (~blank_given & ~blank_wanted & close)
        return np.flatnonzero(~same)
    vocabulary: dict[str, int] = {}

    def ids(codes: np.ndarray, texts: list[str | None]) -> np.ndarray:
        found = [-1 if t is None else vocabulary.setdefault(t, len(vocabulary)) for t in texts]
        by_code: np.ndarray = np.array([*found, -1], dtype=np.int64)[codes]  # -1: a blank
        return by_code

    computed_codes, computed_texts = _distinct_texts(computed)
    return np.flatnonzero(ids(given_codes, given_texts) != ids(computed_codes, computed_texts))


def _distinct_texts(series: pd.Series) -> tuple[np.ndarray, list[str | None]]:
    """Each row's code into the column's distinct values (-1: missing), and each distinct
    value as XPath writes it (2026.0 as '2026', booleans as 'true'/'false'; None: blank)."""

    def text(value: object) -> str | None:
        if value is None or value is pd.NA or (isinstance(value, str) and not value.strip()):
            return None
        if isinstance(value, bool | np.bool_):
            return "true" if value else "false"
        if isinstance(value, int | float | np.number):
            number = float(value)
            return None if np.isnan(number) else number_to_string(number)
        return str(value).strip()

    if isinstance(series.dtype, pd.CategoricalDtype):  # as read: the codes are there already
        codes, uniques = series.cat.codes.to_numpy(), series.cat.categories
    else:
        codes, uniques = pd.factorize(series, use_na_sentinel=True)
    return codes, [text(value) for value in uniques]
