"""Classifications: each record's raw code (an integer into a list of raw labels), and how a
raw label becomes the output codes of a row's area.

Raw codes keep the records' groupings small (the distinct values of a column, bands, the
combinations a multiple choice takes, origin countries); the output codes are decided on
the summed cells, once per distinct raw label and area: a multiple choice counts in each of
its codes, an origin country falls in a group relative to the row's area (I14).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from surveytool.merge.indicators.areas import Area, origin_group, origin_recs
from surveytool.merge.indicators.data import Survey
from surveytool.merge.indicators.spec import Classification

Mapper = Callable[[Area, Survey, str | None], tuple[str, ...]]


def factorize(values: pd.Series | np.ndarray) -> tuple[np.ndarray, list[str]]:
    """Codes (-1 for blank) and the labels as text: whole numbers without a decimal point."""
    series = values if isinstance(values, pd.Series) else pd.Series(values)
    if isinstance(series.dtype, pd.CategoricalDtype):
        codes = series.cat.codes.to_numpy().astype(np.int64)
        labels = [_text(v) for v in series.cat.categories]
        return _dedupe(codes, labels)
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    labels = [_text(v) for v in uniques]
    return _dedupe(codes.astype(np.int64), labels)


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _dedupe(codes: np.ndarray, labels: list[str]) -> tuple[np.ndarray, list[str]]:
    """Merge labels that read the same once as text (1 and 1.0; '' is blank)."""
    distinct: dict[str, int] = {}
    remap = np.empty(len(labels) + 1, dtype=np.int64)
    for i, label in enumerate(labels):
        remap[i] = -1 if label == "" else distinct.setdefault(label, len(distinct))
    remap[len(labels)] = -1
    return remap[np.where(codes < 0, len(labels), codes)], list(distinct)


def raw_codes(
    c: Classification, frame: pd.DataFrame, evaluate: Callable[[str], pd.Series]
) -> tuple[np.ndarray, list[str]]:
    """Each record's raw code and the raw labels of classification ``c``."""
    if c.kind == "expression":
        return factorize(evaluate(c.source))
    column = frame[c.source] if c.source in frame.columns else pd.Series(np.nan, frame.index)
    if c.kind == "bands":
        numbers = pd.to_numeric(column.astype(object), errors="coerce").to_numpy(float)
        band = np.searchsorted(np.asarray(c.edges), numbers, side="right") - 1
        band[np.isnan(numbers)] = -1
        return band.astype(np.int64), list(c.labels)
    return factorize(column)


def mapper(c: Classification, unknown: frozenset[str]) -> Mapper:
    """Raw label -> the output codes (without the prefix) in a row's area."""
    if c.kind == "origin_group":
        return lambda area, survey, raw: (origin_group(area, survey, raw, unknown),)
    if c.kind == "origin_rec":
        return lambda area, survey, raw: origin_recs(survey, raw, unknown)
    if c.kind == "multiple":
        return lambda area, survey, raw: tuple(
            code for part in (raw or "").split() if (code := c.codes.get(part, part))
        )
    if c.codes:
        return lambda area, survey, raw: (
            (c.codes[raw],) if raw is not None and raw in c.codes else ()
        )
    return lambda area, survey, raw: (raw,) if raw else ()


def relative(c: Classification) -> bool:
    """Whether the output codes depend on the row's area (then they are mapped per area)."""
    return c.kind in ("origin_group", "origin_rec")


def declared(c: Classification) -> list[str]:
    """The output codes every area shows even when empty (bands and code maps)."""
    if c.kind == "bands":
        return list(c.labels)
    if c.codes and c.kind != "multiple":
        return list(dict.fromkeys(c.codes.values()))
    return []
