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


class Records:
    """The records of one pass's universe, with their columns and masks cut out once (a
    table and basis has several classification sets; they share these)."""

    def __init__(
        self,
        frame: pd.DataFrame,
        rows: np.ndarray,
        status: np.ndarray,
        mask: Callable[[str], np.ndarray],
        values: Callable[[str], np.ndarray],
    ) -> None:
        self.rows = rows
        self.s = frame[SURVEY].to_numpy()[rows]
        self.x = frame[SEX].to_numpy()[rows]
        self.st = status[rows]
        self.w = frame[WEIGHT].to_numpy()[rows]
        self.no_weight = frame[NO_WEIGHT].to_numpy()[rows]
        self.any_no_weight = bool(self.no_weight.any())
        self._mask, self._values = mask, values
        self._masks: dict[str, np.ndarray] = {}
        self._numbers: dict[str, np.ndarray] = {}

    def mask(self, text: str) -> np.ndarray:
        if text not in self._masks:
            self._masks[text] = self._mask(text)[self.rows]
        return self._masks[text]

    def values(self, name: str) -> np.ndarray:
        if name not in self._numbers:
            self._numbers[name] = self._values(name)[self.rows]
        return self._numbers[name]


def partial_sums(
    records: Records, dims: list[np.ndarray], measures: list[Measure], surveys: int
) -> Partial:
    """Sums over ``records`` (the table's universe) by survey, sex, status and ``dims``
    (raw codes of every record, -1 blank), for each measure (its expressions resolved).

    A sum two measures share (the same base, or a count's numerator, which is its base) is
    summed once; the ``X`` counts are summed only when some record lacks a weight or a rate.
    Every sum is ``numpy.bincount`` in the records' order, so figures do not depend on how
    the measures are grouped."""
    rows, s, x, st = records.rows, records.s, records.x, records.st
    cut = [d[rows] for d in dims]
    blanks = [int(d.max(initial=0)) + 1 for d in dims]
    raw = [np.where(c < 0, blank, c) for c, blank in zip(cut, blanks, strict=True)]
    ranges = [max(surveys, 1), 3, 2, *[blank + 1 for blank in blanks]]
    key = np.ravel_multi_index((s, x, st, *raw), ranges) if len(rows) else np.zeros(0, int)
    inverse, uniques = _factorized(key, int(np.prod(ranges, dtype=np.float64)))
    n = len(uniques)
    parts = np.unravel_index(uniques, ranges) if n else [np.zeros(0, int)] * len(ranges)
    columns: dict[str, np.ndarray] = {"s": parts[0], "x": parts[1], "st": parts[2]}
    for i, (blank, part) in enumerate(zip(blanks, parts[3:], strict=True)):
        columns[f"d{i}"] = np.where(part == blank, -1, part)
    w = records.w
    medians: dict[int, pd.DataFrame] = {}
    zeros = np.zeros(n)
    summed: dict[tuple[str, ...], np.ndarray] = {}

    def total(
        name: tuple[str, ...], chosen: np.ndarray, weighted: bool, value: np.ndarray | None = None
    ) -> np.ndarray:
        """The ``chosen`` records' count, or sum of weights (times ``value``), per cell;
        summed once per ``name``. The same bits as a bincount over every record with the
        others weighing 0.0: adding 0.0 changes no sum."""
        if name not in summed:
            at = inverse[chosen]
            if not weighted:
                summed[name] = np.bincount(at, minlength=n).astype(np.float64)
            else:
                weights = w[chosen]
                if value is not None:
                    weights = weights * np.nan_to_num(value[chosen])
                summed[name] = np.bincount(at, weights=weights, minlength=n)
        return summed[name]

    for i, m in enumerate(measures):
        base = records.mask(m.base)
        sums: dict[str, np.ndarray] = {}
        if m.kind in ("count", "ratio"):
            sums["wd"] = total(("w", m.base), base, True)
            sums["nd"] = total(("n", m.base), base, False)
            if m.kind == "ratio":
                top = base & records.mask(m.numerator)
                sums["wn"] = total(("w", m.base, m.numerator), top, True)
                sums["nn"] = total(("n", m.base, m.numerator), top, False)
            else:
                sums["wn"], sums["nn"] = sums["wd"], sums["nd"]
        else:
            value = records.values(m.value)
            present = base & ~np.isnan(value)
            sums["wn"] = total(("wv", m.base, m.value), present, True, value)
            sums["nn"] = total(("nv", m.base, m.value), present, False)
            sums["wd"] = total(("wp", m.base, m.value), present, True)
            sums["nd"] = sums["nn"]
            if m.kind == "median":
                keep = present & ~records.no_weight
                medians[i] = pd.DataFrame(
                    {
                        "s": s[keep],
                        "x": x[keep],
                        "st": st[keep],
                        **{f"d{j}": c[keep].astype(np.int64) for j, c in enumerate(cut)},
                        "value": value[keep],
                        "weight": w[keep],
                    }
                )
        sums["xw"] = (
            total(("xw", m.base), base & records.no_weight, False)
            if records.any_no_weight
            else zeros
        )
        if m.unavailable:
            unavailable = records.mask(m.unavailable)
            sums["xr"] = total(("xr", m.base, m.unavailable), base & unavailable, False)
        else:
            sums["xr"] = zeros
        for name in QUANTITIES:
            columns[f"{i}_{name}"] = sums[name]
    return Partial(pd.DataFrame(columns), medians)


def _factorized(key: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """``pandas.factorize(key, sort=True)``; by counting when the keys' range is small
    (a few times the records), which is much faster than hashing."""
    if size > max(4 * len(key), 1 << 16):
        inverse, uniques = pd.factorize(key, sort=True)
        return inverse, uniques
    uniques = np.flatnonzero(np.bincount(key, minlength=size))
    lookup = np.zeros(size, dtype=np.intp)
    lookup[uniques] = np.arange(len(uniques))
    return lookup[key], uniques
