"""From records to partial sums: one row per survey, sex, migrant status and raw codes.

Everything after this works on the partial sums (a few thousand rows however many persons):
this is the only pass over the records, with integer keys and ``numpy.bincount``. For each
measure it sums, over the records of its base: weights (numerator and denominator), counts
(unweighted), and the records that make a cell ``X`` (no weight, I3; no rate, I19).
Medians need the records themselves: their base's values and weights are kept aside.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from surveytool.merge.indicators.data import NO_WEIGHT, SEX, SURVEY, WEIGHT
from surveytool.merge.indicators.spec import Measure

QUANTITIES = ("wn", "nn", "wd", "nd", "xw", "xr")


@dataclass
class Partial:
    sums: pd.DataFrame  # s, x, st, d0.. then <measure index>_<quantity>
    medians: dict[int, pd.DataFrame]  # measure index -> s, x, st, d0.., value, weight


def partial_sums(
    frame: pd.DataFrame,
    rows: np.ndarray,
    status: np.ndarray,
    dims: list[np.ndarray],
    measures: list[Measure],
    mask: Callable[[str], np.ndarray],
    values: Callable[[str], np.ndarray],
    surveys: int,
) -> Partial:
    """Sums over ``rows`` (the table's universe) by survey, sex, ``status`` and ``dims``
    (raw codes, -1 blank), for each measure (its expressions already resolved)."""
    s = frame[SURVEY].to_numpy()[rows]
    x = frame[SEX].to_numpy()[rows]
    st = status[rows]
    raw = [np.where(d[rows] < 0, d.max(initial=0) + 1, d[rows]) for d in dims]
    ranges = [max(surveys, 1), 3, 2, *[int(d.max(initial=0)) + 2 for d in dims]]
    key = np.ravel_multi_index((s, x, st, *raw), ranges) if len(rows) else np.zeros(0, int)
    inverse, uniques = pd.factorize(key, sort=True)
    n = len(uniques)
    parts = np.unravel_index(uniques, ranges) if n else [np.zeros(0, int)] * len(ranges)
    columns: dict[str, np.ndarray] = {"s": parts[0], "x": parts[1], "st": parts[2]}
    for i, (d, part) in enumerate(zip(dims, parts[3:], strict=True)):
        blank = int(d.max(initial=0)) + 1
        columns[f"d{i}"] = np.where(part == blank, -1, part)
    w = frame[WEIGHT].to_numpy()[rows]
    no_weight = frame[NO_WEIGHT].to_numpy()[rows]
    medians: dict[int, pd.DataFrame] = {}

    def total(weights: np.ndarray) -> np.ndarray:
        return np.bincount(inverse, weights=weights, minlength=n)

    for i, m in enumerate(measures):
        base = mask(m.base)[rows]
        unavailable = mask(m.unavailable)[rows] if m.unavailable else np.zeros(len(rows), bool)
        sums: dict[str, np.ndarray] = {}
        if m.kind in ("count", "ratio"):
            top = base & mask(m.numerator)[rows] if m.kind == "ratio" else base
            sums["wn"], sums["nn"] = total(w * top), total(top)
            sums["wd"], sums["nd"] = total(w * base), total(base)
        else:
            value = values(m.value)[rows]
            present = base & ~np.isnan(value)
            sums["wn"] = total(np.where(present, w * np.nan_to_num(value), 0.0))
            sums["nn"] = total(present)
            sums["wd"], sums["nd"] = total(w * present), total(present)
            if m.kind == "median":
                keep = present & ~no_weight
                medians[i] = pd.DataFrame(
                    {
                        "s": s[keep],
                        "x": x[keep],
                        "st": st[keep],
                        **{f"d{j}": d[rows][keep] for j, d in enumerate(dims)},
                        "value": value[keep],
                        "weight": w[keep],
                    }
                )
        sums["xw"] = total(base & no_weight)
        sums["xr"] = total(base & unavailable)
        for name in QUANTITIES:
            columns[f"{i}_{name}"] = sums[name]
    return Partial(pd.DataFrame(columns), medians)
