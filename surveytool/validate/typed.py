"""Batch tables in the types validation works on: text as categories, numbers as numbers.

A survey column holds a few distinct answers repeated over every record, so text is kept as
pandas categories: a million persons cost a byte or two a cell, and every answer is read once
per distinct value, by the same function live entry uses (``form.answers.read_answer``), so a
batch accepts and refuses what the screen accepts and refuses, with the same values.

Cells of a number, date or month-year question that cannot be read become blank and are
reported as type failures, with the text that was there. Select answers are made canonical
(codes stripped; several codes once each, in list order); codes that are not in the list
stay as given, for the form's ``<name>.choice`` check to report. Text that is only spaces is
no answer, as on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

import numpy as np
import pandas as pd

from surveytool.form.answer_types import RangeSpec
from surveytool.form.answers import LARGEST_WHOLE, Read, answer_kind, question_reader, reader
from surveytool.form.model import Form, Question
from surveytool.validate import threads

NUMBER_TYPES = ("integer", "decimal")
DATE_KINDS = ("date", "month-year")
SELECT_KINDS = ("select_one", "select_multiple")


@dataclass(frozen=True, slots=True)
class TypeFailures:
    """Per question of the wrong type: the failing row positions and the text found there.

    ``kind`` is the question's type (``date`` for a month-year question too)."""

    kind: str
    rows: np.ndarray
    text: pd.Series


def as_categories(series: pd.Series) -> pd.Series:
    """Text (object or string dtype) as categories; categories and numbers stay as they are."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        return series
    if series.dtype == object or pd.api.types.is_string_dtype(series.dtype):
        return series.astype("category")
    return series


def typed_frame(
    form: Form, frame: pd.DataFrame, repeat: str | None
) -> tuple[pd.DataFrame, dict[str, TypeFailures]]:
    """The frame with text as categories and numbers parsed; failures per question name.

    The columns of a large frame are typed on two threads (``threads.py``): most of a number
    column's time is the gathers through its codes, which release the GIL (a million
    persons: 0.5 s -> 0.3 s)."""
    questions = {q.name: q for q in form.questions() if q.repeat == repeat}

    def one_column(
        name: str,
    ) -> tuple[pd.Series | pd.api.extensions.ExtensionArray, TypeFailures | None]:
        series = as_categories(frame[name].reset_index(drop=True))
        question = questions.get(name)
        choices = form.choices_for(question) if question is not None else None
        codes = None if choices is None else dict.fromkeys(choices.values())
        column, bad = typed_column(question, series, codes)
        if bad.any() and question is not None:
            return column, TypeFailures(question.type, np.flatnonzero(bad), series)
        return column, None

    names = list(frame.columns)
    done = threads.each(one_column, names, threads=len(frame) >= threads.LARGE)
    columns = {name: column for name, (column, _) in zip(names, done, strict=True)}
    failures = {name: found for name, (_, found) in zip(names, done, strict=True) if found}
    return pd.DataFrame(columns, index=pd.RangeIndex(len(frame)), copy=False), failures


def typed_column(
    question: Question | None, series: pd.Series, codes: Collection[str] | None = None
) -> tuple[pd.Series | pd.api.extensions.ExtensionArray, np.ndarray]:
    """One column as ``question``'s values, and the rows to report as type failures.

    ``codes`` are the question's list codes in list order, for a select question."""
    kind = "computed" if question is None else answer_kind(question)
    if kind in NUMBER_TYPES:
        return _numbers(series, kind)
    if kind == "range" and question is not None:
        return _range_numbers(series, question)
    if not isinstance(series.dtype, pd.CategoricalDtype) or kind == "computed":
        return series, _no(len(series))
    if kind == "text":
        return _without_blank_text(series), _no(len(series))
    read = reader(kind, codes)
    keep = kind in SELECT_KINDS  # a refused code stays, for the .choice check to report
    values, refused = _read_distinct(series, read, keep_refused=keep)
    rows = series.cat.codes.to_numpy()
    bad = _no(len(rows)) if keep or not refused.any() else _rows_of(refused, rows)
    return _recode(series, values), bad


def _read_distinct(
    series: pd.Series, read: Callable[[object], Read], keep_refused: bool = False
) -> tuple[list[object], np.ndarray]:
    """Each category read once: its value (None: blank, or refused unless kept), and which
    categories were refused."""
    values: list[object] = []
    refused = np.zeros(len(series.cat.categories), dtype=bool)
    for position, raw in enumerate(series.cat.categories.tolist()):
        value, reason = read(raw)
        if reason is not None:
            refused[position] = True
            value = raw if keep_refused else None
        values.append(value)
    return values, refused


def _rows_of(refused: np.ndarray, codes: np.ndarray) -> np.ndarray:
    """Per row: does it hold a refused category (code -1, a blank, reads False)?"""
    rows: np.ndarray = np.append(refused, False)[codes]
    return rows


def _recode(series: pd.Series, values: list[object]) -> pd.Series:
    """The column with category ``i`` replaced by ``values[i]`` (None: blank); categories
    that read the same are merged. Unchanged categories keep the column as it is."""
    categories = series.cat.categories.tolist()
    if len(values) == len(categories) and all(
        value is not None and value == old for value, old in zip(values, categories, strict=True)
    ):
        return series
    merged = pd.Index(list(dict.fromkeys(v for v in values if v is not None)))
    lookup = merged.get_indexer(pd.Index(values, dtype=object)) if values else np.empty(0, int)
    codes = np.append(lookup, -1)[series.cat.codes.to_numpy()]
    return pd.Series(pd.Categorical.from_codes(codes, categories=merged), name=series.name)


def _without_blank_text(series: pd.Series) -> pd.Series:
    """Text answers as given, except that text of spaces only is no answer."""
    categories = series.cat.categories
    if len(categories) == 0 or pd.api.types.is_numeric_dtype(categories.dtype):
        return series
    blank = np.fromiter((str(c).strip() == "" for c in categories), bool, len(categories))
    return series.cat.remove_categories(categories[blank]) if blank.any() else series


def _numbers(series: pd.Series, kind: str) -> tuple[pd.api.extensions.ExtensionArray, np.ndarray]:
    """Numbers with a mask of blanks, and the rows whose text is not a number of that type.

    Categorical text is read once per distinct value; the rows are then two lookups. A column
    that is numbers already is judged by the same rule: finite, and whole within 2**53 for an
    integer question."""
    whole = kind == "integer"
    if isinstance(series.dtype, pd.CategoricalDtype):
        values, wrong = _read_distinct(series, reader(kind))
        numbers = [v if isinstance(v, int | float) else None for v in values]  # None: blank
        distinct = np.array([np.nan if v is None else float(v) for v in numbers], dtype=np.float64)
        codes = series.cat.codes.to_numpy()  # -1 (blank) reads the last entry appended below
        bad = _rows_of(wrong, codes) if wrong.any() else _no(len(codes))
        missing = np.append(np.isnan(distinct), True)[codes]
        usable = np.append(np.where(np.isnan(distinct), 0.0, distinct), 0.0)
    else:
        given = pd.to_numeric(series, errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)
        wrong = _not_of_type(given, whole)
        bad = series.notna().to_numpy() & wrong
        missing = np.isnan(given) | wrong
        usable, codes = np.where(missing, 0.0, given), None
    if whole:
        integers = usable.astype(np.int64)
        return pd.arrays.IntegerArray(integers if codes is None else integers[codes], missing), bad
    return pd.arrays.FloatingArray(usable if codes is None else usable[codes], missing), bad


def _range_numbers(
    series: pd.Series, question: Question
) -> tuple[pd.api.extensions.ExtensionArray, np.ndarray]:
    """A range question's numbers, each distinct value judged by the range's own reader
    (bounds and step), numbers given as numbers too: the screen's spin box allows no other."""
    if not isinstance(series.dtype, pd.CategoricalDtype):
        series = series.astype("category")
    values, wrong = _read_distinct(series, question_reader(question))
    codes = series.cat.codes.to_numpy()
    bad = _rows_of(wrong, codes) if wrong.any() else _no(len(codes))
    numbers = [float(v) if isinstance(v, int | float) else np.nan for v in values]
    distinct = np.array(numbers, dtype=np.float64)
    missing = np.append(np.isnan(distinct), True)[codes]
    usable = np.append(np.where(np.isnan(distinct), 0.0, distinct), 0.0)[codes]
    if RangeSpec.of(dict(question.parameters)).whole:
        return pd.arrays.IntegerArray(usable.astype(np.int64), missing), bad
    return pd.arrays.FloatingArray(usable, missing), bad


def _not_of_type(values: np.ndarray, whole: bool) -> np.ndarray:
    """Numbers that are no answer of the type: NaN (blank) aside, infinities, and fractions or
    values beyond 2**53 for integers (as ``read_integer`` judges a number)."""
    with np.errstate(invalid="ignore"):
        wrong: np.ndarray = np.isinf(values)
        if whole:
            wrong |= (values != np.floor(values)) | (np.abs(values) > LARGEST_WHOLE)
    not_answers: np.ndarray = wrong & ~np.isnan(values)
    return not_answers


def _no(size: int) -> np.ndarray:
    return np.zeros(size, dtype=bool)


def positions(keys: pd.Series, table_keys: pd.Series) -> np.ndarray:
    """For each of ``keys``, its row in ``table_keys`` (unique), or -1 when absent."""
    if len(keys) == 0:  # a level without records (no absentees): no index of every key
        return np.empty(0, dtype=np.intp)
    if isinstance(keys.dtype, pd.CategoricalDtype) and isinstance(
        table_keys.dtype, pd.CategoricalDtype
    ):
        rows = _rows_by_category(table_keys)
        if rows is not None:
            found = table_keys.cat.categories.get_indexer(keys.cat.categories)
            matched: np.ndarray = np.append(rows[found], -1)[keys.cat.codes.to_numpy()]
            return matched
    index = pd.Index(np.asarray(table_keys, dtype=object))
    if isinstance(keys.dtype, pd.CategoricalDtype):
        found = index.get_indexer(pd.Index(np.asarray(keys.cat.categories, dtype=object)))
        by_row: np.ndarray = np.append(found, -1)[keys.cat.codes.to_numpy()]
        return by_row
    found_rows: np.ndarray = index.get_indexer(pd.Index(np.asarray(keys, dtype=object)))
    return found_rows


def _rows_by_category(table_keys: pd.Series) -> np.ndarray | None:
    """Per category of ``table_keys``, its row (-1: none; one more -1 at the end, for the
    code -1 of a category not found), or None if a key is blank or on several rows (the
    general path then judges them as it always has).

    Keys read from CSV are categories on both sides, so matching the categories once (216,000
    households) replaces a lookup of a million keys made Python strings (0.11 s -> 4 ms)."""
    codes = table_keys.cat.codes.to_numpy()
    if len(codes) and (codes.min() < 0 or np.bincount(codes).max() > 1):
        return None
    rows = np.full(len(table_keys.cat.categories) + 1, -1, dtype=np.intp)
    rows[codes] = np.arange(len(codes))
    return rows


def join_households(
    persons: pd.DataFrame,
    households: pd.DataFrame,
    columns: list[str] | None = None,
    rows: np.ndarray | None = None,
    *,
    key: str,
) -> pd.DataFrame:
    """Records of a level with their root record's columns (``_hh`` added where a name is
    taken): a left join on ``key`` by row positions (``rows``, if already known), keeping
    categories and numbers."""
    if rows is None:
        rows = positions(persons[key], households[key])
    names = households.columns if columns is None else columns
    wanted = [c for c in names if c != key and c in households.columns]
    added = {
        (f"{name}_hh" if name in persons.columns else name): households[name].array.take(
            rows, allow_fill=True
        )
        for name in wanted
    }
    return pd.concat([persons, pd.DataFrame(added, index=persons.index, copy=False)], axis=1)


def split_orphans(
    frame: pd.DataFrame, households: pd.DataFrame, key: str
) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """The records whose root record (``key``) is in the batch, the positions of those whose
    key matches none (reported once each: their other checks would only be noise), and each
    kept record's root row (for ``join_households``)."""
    rows = positions(frame[key], households[key])
    orphan = rows < 0
    if not orphan.any():
        return frame, np.empty(0, dtype=np.int64), rows
    return frame[~orphan].reset_index(drop=True), np.flatnonzero(orphan), rows[~orphan]
