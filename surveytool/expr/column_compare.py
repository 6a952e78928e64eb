"""Comparing and joining whole columns: XPath ``=`` row by row and ``concat()``.

Split from ``columns.py`` (the column type and its conversions); these read a column's
distinct values where it holds them, so they use its codes directly.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from surveytool.expr import values as v
from surveytool.expr.columns import BOOL, NUM, Column


def equals(left: Column, right: Column) -> np.ndarray:
    """XPath ``=`` row by row: booleans first, then numbers, then strings."""
    for column, other in ((left, right), (right, left)):
        if other.is_empty_literal():  # ``${x} = ''``: the commonest test, kept cheap
            return column.empty_mask()
    lk, rk = left.uniform(), right.uniform()
    if lk is not None and rk is not None:
        if BOOL in (lk, rk):
            return np.asarray(left.as_bool() == right.as_bool())
        if NUM in (lk, rk):
            return numbers_equal(left.as_num(), right.as_num())
        return _text_equal(left, right)
    lkinds, rkinds = left.kinds(), right.kinds()
    any_bool = (lkinds == BOOL) | (rkinds == BOOL)
    any_num = ((lkinds == NUM) | (rkinds == NUM)) & ~any_bool
    result = np.zeros(left.size, dtype=bool)
    if any_bool.any():
        result[any_bool] = (left.as_bool() == right.as_bool())[any_bool]
    if any_num.any():
        result[any_num] = numbers_equal(left.as_num(), right.as_num())[any_num]
    text_rows = ~(any_bool | any_num)
    if text_rows.any():
        result[text_rows] = _text_equal(left, right)[text_rows]
    return result


def numbers_equal(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``values.numbers_equal`` row by row: JavaRosa's tolerance of 1e-12."""
    with np.errstate(invalid="ignore"):
        return np.asarray((a == b) | (np.abs(a - b) < v.TOLERANCE))


def concatenated(parts: list[Column]) -> Column:
    """concat() row by row. When every part holds its distinct strings (answers read as
    categories, literals, substrings of them), each distinct combination is joined once: a
    million rows of dates cost a few array operations, not a million string additions."""
    known = [part._factors for part in parts if part._factors is not None]
    widths = [max(len(uniques), 1) for _, uniques in known]
    if len(known) < len(parts) or not parts or float(np.prod(widths, dtype=float)) >= 2.0**62:
        result = np.full(parts[0].size if parts else 0, "", dtype=object)
        for part in parts:
            result = result + part.as_str()
        return Column.strings(result)
    combined = np.zeros(parts[0].size, dtype=np.int64)
    for (codes, _), width in zip(known, widths, strict=True):  # mixed radix: one int a row
        combined = combined * width + np.where(codes < 0, width - 1, codes)
    new_codes, combinations = pd.factorize(combined)
    pieces = []
    for (_, uniques), width in zip(reversed(known), reversed(widths), strict=True):
        pieces.append(np.asarray(uniques, dtype=object)[combinations % width].astype(str))
        combinations = combinations // width
    joined = np.array(["".join(row) for row in zip(*reversed(pieces), strict=True)], object)
    return Column.factorized(new_codes, joined)


def _text_equal(left: Column, right: Column) -> np.ndarray:
    """String views compared row by row, through the distinct values where they are known."""
    for column, other in ((left, right), (right, left)):
        value = other.constant_text()
        if value is not None:
            return column.text_equal_to(value)
    if left._factors is not None and right._factors is not None:
        left_codes, left_uniques = left._factors
        right_codes, right_uniques = right._factors
        same = pd.Index(left_uniques).get_indexer(pd.Index(right_uniques))
        mine = np.arange(len(left_uniques))  # code -1 means the last distinct value
        return np.asarray(mine[left_codes] == same[right_codes])
    return np.asarray(left.as_str() == right.as_str(), dtype=bool)
