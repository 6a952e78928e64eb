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
    # the order of sort_values([*keys, value], kind="stable"): the keys' sorted ranks as one
    # number, then two stable sorts (by value, then by key)
    combined = np.zeros(len(frame), dtype=np.int64)
    for k in keys:
        rank, size = _ranks(frame[k])
        if size * (int(combined.max(initial=0)) + 1) >= 1 << 62:  # never with real keys
            combined = np.unique(combined, return_inverse=True)[1].astype(np.int64)
        combined = combined * size + rank
    v = frame[value].to_numpy(dtype=np.float64)
    by_value = np.argsort(v, kind="stable")
    order = by_value[np.argsort(combined[by_value], kind="stable")]
    ordered_key = combined[order]
    group = np.r_[0, np.cumsum(ordered_key[1:] != ordered_key[:-1])]  # as ngroup(sort=False)
    w = frame[weight].to_numpy(dtype=np.float64)[order]
    v = v[order]
    count = int(group.max()) + 1
    cumulative = np.cumsum(w)
    starts = np.r_[0, np.flatnonzero(np.diff(group)) + 1]
    within = cumulative - (cumulative - w)[starts][group]
    total = np.bincount(group, weights=w, minlength=count)
    half = total[group] / 2
    tolerance = 1e-12 * np.maximum(total[group], 1e-300)
    reached = within >= half - tolerance
    positions = np.flatnonzero(reached)
    owners = group[positions]
    leading = np.r_[True, owners[1:] != owners[:-1]] if len(positions) else np.zeros(0, bool)
    chosen = np.full(count, -1, dtype=np.int64)
    chosen[owners[leading]] = positions[leading]
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
    heads = {k: frame[k].take(order[starts]).to_numpy() for k in keys}
    return pd.DataFrame({**heads, "median": median})


def _ranks(column: pd.Series) -> tuple[np.ndarray, int]:
    """Each value's rank among the column's sorted distinct values (blank last), and the
    number of ranks."""
    codes, uniques = pd.factorize(column, sort=True, use_na_sentinel=True)
    return np.where(codes < 0, len(uniques), codes).astype(np.int64), len(uniques) + 1
