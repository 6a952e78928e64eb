"""Whole-column values for the vectorised evaluator, with the conversions of ``values.py``.

A ``Column`` holds one value per row and, per row, its XPath type: string, number or
boolean. Most columns have one type throughout; an answer column with blanks is mixed
(a blank is the empty string, whatever the question type), and so is the result of
``if()``. Conversions are computed on demand and cached.

Conversions of text run the scalar function once per distinct value when a column has few
distinct values (codes, dates), which keeps both evaluators identical by construction; text
with many distinct values uses regular expressions over the whole column.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from surveytool.expr import values as v
from surveytool.expr.column_text import (
    DISTINCT_LIMIT,
    map_distinct,
    numbers_to_strings,
    strings_to_numbers,
)

STR, NUM, BOOL = 0, 1, 2

Kind = int | np.ndarray


class Column:
    """One value per row; conversions are computed on demand and kept.

    Text is held as codes into its distinct values whenever that is known (categorical
    answers, constants, results mapped per distinct value), so most string operations touch
    a few hundred values instead of every row; the row-by-row strings are built only when an
    operation needs them. Constants are read-only broadcast views: no memory per row.
    """

    __slots__ = ("_blanks", "_bool", "_constant", "_factors", "_num", "_str", "kind", "size")

    def __init__(
        self,
        kind: Kind,
        size: int,
        num: np.ndarray | None = None,
        text: np.ndarray | None = None,
        truth: np.ndarray | None = None,
    ) -> None:
        self.kind = kind
        self.size = size
        self._num = num
        self._str = text
        self._bool = truth
        self._factors: tuple[np.ndarray, np.ndarray] | None = None
        self._constant = False
        self._blanks: np.ndarray | None = None  # rows that are '' in a column of numbers

    # -- constructors -------------------------------------------------------------------
    @classmethod
    def numbers(cls, array: np.ndarray) -> Column:
        return cls(NUM, len(array), num=np.asarray(array, dtype=np.float64))

    @classmethod
    def strings(cls, array: np.ndarray) -> Column:
        return cls(STR, len(array), text=np.asarray(array, dtype=object))

    @classmethod
    def booleans(cls, array: np.ndarray) -> Column:
        return cls(BOOL, len(array), truth=np.asarray(array, dtype=bool))

    @classmethod
    def factorized(cls, codes: np.ndarray, uniques: np.ndarray) -> Column:
        """Strings as ``uniques[codes]``; ``uniques`` holds each string once and code -1 is
        the last of them (so categorical codes, where -1 is missing, can end with '')."""
        column = cls(STR, len(codes))
        column._factors = (codes, np.asarray(uniques, dtype=object))
        return column

    @classmethod
    def constant(cls, value: v.Value, size: int) -> Column:
        if isinstance(value, bool):
            return cls.booleans(np.broadcast_to(np.bool_(value), (size,)))
        if isinstance(value, float):
            return cls.numbers(np.broadcast_to(np.float64(value), (size,)))
        column = cls.factorized(np.broadcast_to(np.intp(0), (size,)), np.array([value], object))
        column._constant = True
        return column

    @classmethod
    def mixed(
        cls, kind: np.ndarray, num: np.ndarray, text: np.ndarray, truth: np.ndarray
    ) -> Column:
        return cls(kind, len(kind), num=num, text=text, truth=truth)

    @classmethod
    def numbers_with_blanks(cls, numbers: np.ndarray) -> Column:
        """An answered number column: NaN rows are unanswered (''), the rest are numbers."""
        return cls.numbers_or_blank(numbers, np.isnan(numbers))

    @classmethod
    def numbers_or_blank(cls, numbers: np.ndarray, blanks: np.ndarray) -> Column:
        """Numbers but for the ``blanks`` rows, '' (NaN in ``numbers``): an answered number
        column, or ``if()`` choosing between numbers and '' (text made only if asked for)."""
        if not blanks.any():
            return cls.numbers(numbers)
        kind = np.where(blanks, np.int8(STR), np.int8(NUM))
        truth = (numbers != 0) & ~np.isnan(numbers)
        column = cls(kind, len(numbers), num=numbers, truth=truth)
        column._blanks = blanks
        return column

    def numbers_and_blanks(self) -> tuple[np.ndarray, np.ndarray] | None:
        """(numbers, rows that are '') if every row is a number or '', else None."""
        if self.uniform() == NUM:
            return self.as_num(), np.broadcast_to(np.False_, (self.size,))
        if self.is_empty_literal():
            return np.broadcast_to(np.nan, (self.size,)), np.broadcast_to(np.True_, (self.size,))
        if self._blanks is not None:  # set only where the other rows are numbers
            return self.as_num(), self._blanks
        return None

    @classmethod
    def from_series(cls, series: pd.Series) -> Column:
        """An answer column: blanks (NA, NaN, None, '') are empty strings."""
        if isinstance(series.dtype, pd.CategoricalDtype):
            categories = series.cat.categories
            if categories.dtype == object or pd.api.types.is_string_dtype(categories.dtype):
                return _from_categorical(series)
            series = series.astype(object)
        missing = series.isna().to_numpy()
        if pd.api.types.is_datetime64_any_dtype(series.dtype):  # as ODK writes date-times
            return cls.strings(np.array([v.from_answer(x) for x in series.tolist()], object))
        if pd.api.types.is_bool_dtype(series.dtype) and not missing.any():
            return cls.booleans(series.to_numpy(dtype=bool))
        if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(
            series.dtype
        ):
            return cls.numbers_with_blanks(series.to_numpy(dtype=np.float64, na_value=np.nan))
        if series.dtype == object and not missing.all():
            return _from_objects(series)
        text = series.astype(object).where(~missing, "").to_numpy(dtype=object)
        return cls.strings(text)

    # -- conversions --------------------------------------------------------------------
    def uniform(self) -> int | None:
        return self.kind if isinstance(self.kind, int) else None

    def constant_text(self) -> str | None:
        """The string of a string constant (a literal), else None."""
        if not self._constant or self._factors is None:
            return None
        return str(self._factors[1][0])

    def is_empty_literal(self) -> bool:
        """A constant empty string (the literal ``''``)."""
        return self.constant_text() == ""

    def empty_mask(self) -> np.ndarray:
        """Rows equal to '' under XPath ``=``: empty strings, and false booleans (compared as
        booleans); a number never equals '' (NaN)."""
        kind = self.uniform()
        if kind == STR:
            return self.text_equal_to("")
        if kind == NUM:
            return np.zeros(self.size, dtype=bool)
        if kind == BOOL:
            return ~self.as_bool()
        if self._blanks is not None:
            return self._blanks.copy()
        kinds = self.kinds()
        result = np.zeros(self.size, dtype=bool)
        string_rows = kinds == STR
        if string_rows.any():
            result |= string_rows & (self.as_str() == "")
        boolean_rows = kinds == BOOL
        if boolean_rows.any():
            result |= boolean_rows & ~self.as_bool()
        return result

    def text_equal_to(self, value: str) -> np.ndarray:
        """Row-wise ``string view == value``, per distinct string when the codes are known."""
        if self._factors is not None:
            codes, uniques = self._factors
            matches = np.flatnonzero(uniques == value)
            if len(matches) == 1:  # a comparison of small codes: far cheaper than a lookup
                found: np.ndarray = codes == matches[0]
                if matches[0] == len(uniques) - 1:
                    found = found | (codes < 0)
                return found
            equal: np.ndarray = (uniques == value)[codes]
            return equal
        return np.asarray(self.as_str() == value, dtype=bool)

    def factors(self) -> tuple[np.ndarray, np.ndarray]:
        """(codes, distinct strings) of the string view, computed once per column."""
        if self._factors is None:
            self._factors = pd.factorize(self.as_str(), use_na_sentinel=False)
        return self._factors

    def map_text(
        self,
        function: Callable[[str], object],
        dtype: type,
        whole: Callable[[np.ndarray], np.ndarray] | None = None,
    ) -> np.ndarray:
        """``function`` of each row's string, run once per distinct string when there are
        few; otherwise ``whole`` (a whole-column version) or a loop over the rows."""
        mapped = map_distinct(self.factors(), function, dtype)
        if mapped is not None:
            return mapped
        if whole is not None:
            return whole(self.as_str())
        return np.array([function(s) for s in self.as_str()], dtype=dtype)

    def map_strings(self, function: Callable[[str], str]) -> Column:
        """A string column of ``function`` of each row's string (substr, labels)."""
        codes, uniques = self.factors()
        if len(uniques) > DISTINCT_LIMIT:
            return Column.strings(np.array([function(s) for s in self.as_str()], dtype=object))
        mapped = np.array([function(u) for u in uniques], dtype=object)
        new_codes, new_uniques = pd.factorize(mapped, use_na_sentinel=False)
        if len(new_codes) == 0:
            return Column.strings(np.empty(self.size, dtype=object))
        return Column.factorized(new_codes[codes], new_uniques)

    def as_num(self) -> np.ndarray:
        if self._num is None:
            if self.uniform() == BOOL:
                self._num = self.as_bool().astype(np.float64)
            else:
                self._num = self.map_text(
                    v.to_number, np.float64, lambda text: strings_to_numbers(text, self.factors())
                )
        return self._num

    def as_str(self) -> np.ndarray:
        if self._str is None:
            if self._factors is not None:
                codes, uniques = self._factors
                self._str = uniques[codes] if len(uniques) else np.empty(0, dtype=object)
            elif self.uniform() == BOOL:
                self._str = np.where(self.as_bool(), "true", "false").astype(object)
            else:
                text = numbers_to_strings(self.as_num())
                if self._blanks is not None:
                    text[self._blanks] = ""
                self._str = text
        return self._str

    def as_bool(self) -> np.ndarray:
        if self._bool is None:
            if self.uniform() == NUM:
                numbers = self.as_num()
                self._bool = (numbers != 0) & ~np.isnan(numbers)
            else:
                self._bool = self.map_text(bool, bool)
        return self._bool

    def values(self) -> np.ndarray:
        """Each row's value as a Python object (float, str or bool), for mixed-type results."""
        kinds = self.kinds()
        result = self.as_num().astype(object)
        text_rows = kinds == STR
        if self._blanks is not None:
            result[self._blanks] = ""
        elif text_rows.any():
            result[text_rows] = self.as_str()[text_rows]
        boolean_rows = kinds == BOOL
        if boolean_rows.any():
            result[boolean_rows] = self.as_bool()[boolean_rows].tolist()
        return result

    def kinds(self) -> np.ndarray:
        if isinstance(self.kind, int):
            return np.full(self.size, self.kind, dtype=np.int8)
        return self.kind


def _from_categorical(series: pd.Series) -> Column:
    """Categorical text (how batch data is read): its codes are the factors, no row strings."""
    codes = series.cat.codes.to_numpy()
    uniques = list(np.asarray(series.cat.categories, dtype=object))
    if "" in uniques:  # '' is both a category and the blank: keep each string once
        codes = np.where(codes < 0, uniques.index(""), codes)
    else:
        uniques.append("")  # code -1 (missing) is the last distinct value: ''
    return Column.factorized(codes, np.array(uniques, dtype=object))


def where(condition: np.ndarray, yes: Column, no: Column) -> Column:
    """Row-wise choice between two columns, keeping each row's type (for if() and coalesce())."""
    if yes.uniform() is not None and yes.uniform() == no.uniform():
        kind = yes.uniform()
        if kind == NUM:
            return Column.numbers(np.where(condition, yes.as_num(), no.as_num()))
        if kind == BOOL:
            return Column.booleans(np.where(condition, yes.as_bool(), no.as_bool()))
        if yes._factors is not None and no._factors is not None:
            return _where_factorized(condition, yes._factors, no._factors)
        return Column.strings(np.where(condition, yes.as_str(), no.as_str()))
    yes_numbers, no_numbers = yes.numbers_and_blanks(), no.numbers_and_blanks()
    if yes_numbers is not None and no_numbers is not None:  # if(..., number, ''): no text yet
        return Column.numbers_or_blank(
            np.where(condition, yes_numbers[0], no_numbers[0]),
            np.where(condition, yes_numbers[1], no_numbers[1]),
        )
    return Column.mixed(
        np.where(condition, yes.kinds(), no.kinds()).astype(np.int8),
        np.where(condition, yes.as_num(), no.as_num()),
        np.where(condition, yes.as_str(), no.as_str()).astype(object),
        np.where(condition, yes.as_bool(), no.as_bool()),
    )


def _where_factorized(
    condition: np.ndarray,
    yes: tuple[np.ndarray, np.ndarray],
    no: tuple[np.ndarray, np.ndarray],
) -> Column:
    """if() over two code-held string columns: codes into the union of their strings."""
    (yes_codes, yes_uniques), (no_codes, no_uniques) = yes, no
    remap, uniques = pd.factorize(np.concatenate([yes_uniques, no_uniques]), use_na_sentinel=False)
    picked_yes = remap[: len(yes_uniques)][yes_codes]  # code -1 picks the last of each side
    picked_no = remap[len(yes_uniques) :][no_codes]
    return Column.factorized(np.where(condition, picked_yes, picked_no), uniques)


def _from_objects(series: pd.Series) -> Column:
    """Object columns may mix Python numbers and text: type each value like the scalar side."""
    answers = [v.from_answer(item) for item in series.tolist()]
    converted = [item if not isinstance(item, list) else "" for item in answers]
    kind = np.array(
        [BOOL if isinstance(x, bool) else NUM if isinstance(x, float) else STR for x in converted],
        dtype=np.int8,
    )
    if (kind == STR).all():
        return Column.strings(np.array(converted, dtype=object))
    num = np.array([v.to_number(x) for x in converted], dtype=np.float64)
    text = np.array([v.to_string(x) for x in converted], dtype=object)
    truth = np.array([v.to_boolean(x) for x in converted], dtype=bool)
    return Column.mixed(kind, num, text, truth)
