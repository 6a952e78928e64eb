"""The weighted median of I20, for many groups at once.

The median is the smallest value whose cumulative weight share reaches one half; when the
share is exactly one half at a value, it is the midpoint of that value and the next one.
Aggregate rows pool the members' person-level values, so this runs on records, not cells.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def weighted_median(
    frame: pd.DataFrame, keys: list[str], value: str = "value", weight: str = "weight"
) -> pd.DataFrame:
    """One row per group of ``keys``: the keys and ``median`` (NaN for a weightless group)."""
    if frame.empty:
        return pd.DataFrame({**{k: frame[k] for k in keys}, "median": []})
    ordered = frame.sort_values([*keys, value], kind="stable")
    group = ordered.groupby(keys, sort=False, dropna=False).ngroup().to_numpy()
    w = ordered[weight].to_numpy(dtype=np.float64)
    v = ordered[value].to_numpy(dtype=np.float64)
    count = int(group.max()) + 1
    cumulative = np.cumsum(w)
    starts = np.r_[0, np.flatnonzero(np.diff(group)) + 1]
    within = cumulative - (cumulative - w)[starts][group]
    total = np.bincount(group, weights=w, minlength=count)
    half = total[group] / 2
    tolerance = 1e-12 * np.maximum(total[group], 1e-300)
    reached = within >= half - tolerance
    positions = np.flatnonzero(reached)
    first = pd.Series(positions).groupby(group[positions]).first()
    chosen = np.full(count, -1, dtype=np.int64)
    chosen[first.index.to_numpy()] = first.to_numpy()
    median = np.full(count, np.nan)
    ok = (chosen >= 0) & (total > 0)
    at = chosen[ok]
    median[ok] = v[at]
    nxt = np.minimum(at + 1, len(v) - 1)
    exact = (
        (np.abs(within[at] - half[at]) <= tolerance[at]) & (group[nxt] == group[at]) & (nxt != at)
    )
    median_ok = median[ok]
    median_ok[exact] = (v[at][exact] + v[nxt][exact]) / 2
    median[ok] = median_ok
    heads = {k: ordered[k].to_numpy()[starts] for k in keys}
    return pd.DataFrame({**heads, "median": median})
