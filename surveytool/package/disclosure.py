"""Disclosure control of a harmonised package: k-anonymity report and top-coding.

What is judged comes from the ``disclosure`` section of the derivations file, never from
code: the level whose records are judged (``level``, with the root record's columns joined,
so a person is judged with the household's region and size), the ``key_variables``, ``k``
(default 5), how many of the smallest cells to show (``smallest_shown``, default 10), and the
``topcode`` variables and ``percentile`` (default 99).

* **k-anonymity**: records are grouped by the key variables (a blank is a value of its own);
  the report gives the number of cells, the smallest cell, the cells and records below k and
  the sizes of the smallest cells, as counts only (their key values would themselves
  disclose).
* **Top-coding**: each variable's values above its percentile (linear interpolation over the
  values present) are replaced by the percentile; an integer column keeps integers, its
  threshold rounded down. The thresholds and the number of values replaced are in the report.

Both functions are pure: ``topcode`` returns new tables; the report is computed from the
tables given, so pass it the tables *before* top-coding (the thresholds are theirs).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from surveytool.form.levels import CASE_UUID, level_named, levels
from surveytool.form.model import Form

DEFAULT_K = 5
DEFAULT_PERCENTILE = 99.0
DEFAULT_SHOWN = 10


def disclosure_report(
    tables: Mapping[str, pd.DataFrame], form: Form, settings: Mapping[str, Any]
) -> dict[str, Any]:
    """The k-anonymity and top-coding report, JSON-able."""
    return {
        "k_anonymity": k_anonymity(tables, form, settings),
        "topcoding": topcoding_report(tables, settings),
    }


def k_anonymity(
    tables: Mapping[str, pd.DataFrame], form: Form, settings: Mapping[str, Any]
) -> dict[str, Any]:
    keys = [str(name) for name in settings.get("key_variables", ())]
    k = int(settings.get("k", DEFAULT_K))
    shown = int(settings.get("smallest_shown", DEFAULT_SHOWN))
    level = level_named(form, str(settings.get("level", levels(form)[0].name)))
    records = joined(tables, form, level.table, keys)
    missing = [name for name in keys if name not in records.columns]
    report: dict[str, Any] = {
        "level": level.name,
        "key_variables": keys,
        "k": k,
        "records": len(records),
        "missing_variables": missing,
    }
    present = [name for name in keys if name in records.columns]
    if not present or records.empty:
        return report | {
            "cells": 0,
            "smallest_cell": None,
            "cells_below_k": 0,
            "records_below_k": 0,
            "smallest_cells": [],
        }
    counts = np.sort(records.groupby(present, dropna=False, sort=False).size().to_numpy())
    below = counts[counts < k]
    return report | {
        "cells": len(counts),
        "smallest_cell": int(counts[0]),
        "cells_below_k": len(below),
        "records_below_k": int(below.sum()),
        "smallest_cells": [int(n) for n in counts[:shown]],
    }


def joined(
    tables: Mapping[str, pd.DataFrame], form: Form, table: str, names: list[str]
) -> pd.DataFrame:
    """The records of ``table`` with the root record's columns among ``names`` joined."""
    frame = tables[table]
    root = levels(form)[0].table
    wanted = [n for n in names if n not in frame.columns and n in tables[root].columns]
    if table == root or not wanted:
        return frame
    rows = pd.Index(tables[root][CASE_UUID]).get_indexer(frame[CASE_UUID])
    extra = {
        name: tables[root][name]
        .iloc[np.maximum(rows, 0)]
        .set_axis(frame.index)
        .where(pd.Series(rows >= 0, index=frame.index))
        for name in wanted
    }
    return frame.assign(**extra)


def thresholds(
    tables: Mapping[str, pd.DataFrame], settings: Mapping[str, Any]
) -> dict[str, tuple[str, float | None]]:
    """Variable -> (its table, its top-coding threshold; None without values)."""
    spec = settings.get("topcode") or {}
    percentile = float(spec.get("percentile", DEFAULT_PERCENTILE))
    found: dict[str, tuple[str, float | None]] = {}
    for name in map(str, spec.get("variables", ())):
        for table, frame in tables.items():
            if name in frame.columns:
                values = _numbers(frame[name])
                values = values[~np.isnan(values)]
                limit = float(np.percentile(values, percentile)) if len(values) else None
                if limit is not None and pd.api.types.is_integer_dtype(frame[name].dtype):
                    limit = float(math.floor(limit))
                found[name] = (table, limit)
                break
    return found


def topcoding_report(
    tables: Mapping[str, pd.DataFrame], settings: Mapping[str, Any]
) -> dict[str, Any]:
    spec = settings.get("topcode") or {}
    limits = thresholds(tables, settings)
    variables: dict[str, Any] = {}
    for name, (table, limit) in limits.items():
        values = _numbers(tables[table][name])
        above = int((values > limit).sum()) if limit is not None else 0
        variables[name] = {"table": table, "threshold": limit, "values_above": above}
    absent = [str(n) for n in spec.get("variables", ()) if str(n) not in limits]
    return {
        "percentile": float(spec.get("percentile", DEFAULT_PERCENTILE)),
        "variables": variables,
        "absent_variables": absent,
    }


def topcode(
    tables: Mapping[str, pd.DataFrame], form: Form, settings: Mapping[str, Any]
) -> dict[str, pd.DataFrame]:
    """New tables with each top-coded variable's values above its threshold replaced by it."""
    out = dict(tables)
    for name, (table, limit) in thresholds(tables, settings).items():
        if limit is None:
            continue
        column = out[table][name]
        over = pd.Series(_numbers(column) > limit, index=column.index)
        if over.any():
            out[table] = out[table].assign(**{name: column.mask(over, limit)})
    return out


def _numbers(column: pd.Series) -> np.ndarray:
    values: np.ndarray = pd.to_numeric(column, errors="coerce").to_numpy(
        dtype=np.float64, na_value=np.nan
    )
    return values
