"""Batch tables in the types validation works on: text as categories, numbers as numbers.

A survey column holds a few distinct answers repeated over every record, so text is kept as
pandas categories: a million persons cost a byte or two a cell, and every text test (a code
list, a number read from text, a date) runs once per distinct value. Cells that are not of
their question's type become type failures, with the text that was there.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from surveytool.form.model import Form

NUMBER_TYPES = ("integer", "decimal")
_LARGEST_WHOLE = 2.0**53  # beyond this a double no longer holds every whole number


@dataclass(frozen=True, slots=True)
class TypeFailures:
    """Per question of the wrong type: the failing row positions and the text found there."""

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
    """The frame with text as categories and numbers parsed; failures per question name."""
    questions = {q.name: q for q in form.questions() if q.repeat == repeat}
    columns: dict[str, object] = {}
    failures: dict[str, TypeFailures] = {}
    for name in frame.columns:
        series = as_categories(frame[name].reset_index(drop=True))
        question = questions.get(name)
        kind = question.type if question is not None else ""
        if kind in NUMBER_TYPES:
            columns[name], bad = _numbers(series, whole=kind == "integer")
        elif kind == "date" and isinstance(series.dtype, pd.CategoricalDtype):
            columns[name], bad = _dates(series)
        else:
            columns[name] = series
            continue
        if bad.any():
            failures[name] = TypeFailures(kind, np.flatnonzero(bad), series)
    return pd.DataFrame(columns, index=pd.RangeIndex(len(frame)), copy=False), failures


def _numbers(series: pd.Series, whole: bool) -> tuple[pd.api.extensions.ExtensionArray, np.ndarray]:
    """Numbers with a mask of blanks, and the rows whose text is not a number of that type.

    Categorical text is judged once per distinct value; the rows are then two lookups."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        texts = pd.Series(np.asarray(series.cat.categories, dtype=object))
        distinct = pd.to_numeric(texts, errors="coerce").to_numpy(dtype=np.float64)
        wrong = _not_of_type(distinct, whole)
        codes = series.cat.codes.to_numpy()  # -1 (blank) reads the last entry appended below
        bad = (codes >= 0) & np.append(wrong, False)[codes] if wrong.any() else _no(len(codes))
        missing = np.append(np.isnan(distinct) | wrong, True)[codes]
        usable = np.append(np.where(np.isnan(distinct) | wrong, 0.0, distinct), 0.0)
    else:
        values = pd.to_numeric(series, errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)
        wrong = _not_of_type(values, whole)
        bad = series.notna().to_numpy() & wrong
        missing = np.isnan(values) | wrong
        usable, codes = np.where(missing, 0.0, values), None
    if whole:
        integers = usable.astype(np.int64)
        return pd.arrays.IntegerArray(integers if codes is None else integers[codes], missing), bad
    return pd.arrays.FloatingArray(usable if codes is None else usable[codes], missing), bad


def _not_of_type(values: np.ndarray, whole: bool) -> np.ndarray:
    """Text that gave no number (NaN), infinities, and fractions or huge values for integers."""
    with np.errstate(invalid="ignore"):
        wrong = np.isnan(values) | np.isinf(values)
        if whole:
            wrong |= (values != np.floor(values)) | (np.abs(values) > _LARGEST_WHOLE)
    return wrong


def _no(size: int) -> np.ndarray:
    return np.zeros(size, dtype=bool)


def _dates(series: pd.Series) -> tuple[pd.Series, np.ndarray]:
    categories = series.cat.categories
    parsed = pd.to_datetime(
        pd.Series(np.asarray(categories, dtype=object)), format="%Y-%m-%d", errors="coerce"
    )
    wrong = parsed.isna().to_numpy()
    codes = series.cat.codes.to_numpy()
    bad = (codes >= 0) & np.append(wrong, False)[codes]
    return series.cat.remove_categories(categories[wrong]), bad


def positions(keys: pd.Series, table_keys: pd.Series) -> np.ndarray:
    """For each of ``keys``, its row in ``table_keys`` (unique), or -1 when absent."""
    index = pd.Index(np.asarray(table_keys, dtype=object))
    if isinstance(keys.dtype, pd.CategoricalDtype):
        found = index.get_indexer(pd.Index(np.asarray(keys.cat.categories, dtype=object)))
        return np.append(found, -1)[keys.cat.codes.to_numpy()]
    return index.get_indexer(pd.Index(np.asarray(keys, dtype=object)))


def join_households(
    persons: pd.DataFrame,
    households: pd.DataFrame,
    columns: list[str] | None = None,
    rows: np.ndarray | None = None,
) -> pd.DataFrame:
    """Persons with their household's columns (``_hh`` added where a name is taken): a left
    join by row positions (``rows``, if already known), keeping categories and numbers."""
    if rows is None:
        rows = positions(persons["hh_id"], households["hh_id"])
    names = households.columns if columns is None else columns
    wanted = [c for c in names if c != "hh_id" and c in households.columns]
    added = {
        (f"{name}_hh" if name in persons.columns else name): households[name].array.take(
            rows, allow_fill=True
        )
        for name in wanted
    }
    return pd.concat([persons, pd.DataFrame(added, index=persons.index, copy=False)], axis=1)


def split_orphans(
    frame: pd.DataFrame, households: pd.DataFrame
) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """The records whose household is in the batch, the positions of those whose hh_id
    matches no household (reported once each: their other checks would only be noise), and
    each kept record's household row (for ``join_households``)."""
    rows = positions(frame["hh_id"], households["hh_id"])
    orphan = rows < 0
    if not orphan.any():
        return frame, np.empty(0, dtype=np.int64), rows
    return frame[~orphan].reset_index(drop=True), np.flatnonzero(orphan), rows[~orphan]
