"""From partial sums to the table's cells: areas, sexes, totals, values and flags.

A country row sums its survey's partial sums; a REC or Africa row sums its members' (I9):
weighted numerators, denominators and unweighted counts, then divides, never averaging
rates. Raw codes become output codes per area (``classify.mapper``); the total over a
classification is summed from the raw codes, so a record in several codes (a multiple
choice, an origin in two RECs) counts once in it. Flags (I10): ``X`` not computed (a
record without weight, I3, or without exchange rate, I19), ``N`` empty denominator, ``U``
fewer than ``threshold`` unweighted observations (the numerator's for counts and totals, the
denominator's for rates, means and medians).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import product

import numpy as np
import pandas as pd

from surveytool.common.catalogue import message
from surveytool.merge.indicators.areas import Area
from surveytool.merge.indicators.classify import Mapper
from surveytool.merge.indicators.data import Survey
from surveytool.merge.indicators.median import weighted_median
from surveytool.merge.indicators.partial import QUANTITIES, Partial
from surveytool.merge.indicators.spec import Classification, Measure

ILOSTAT_COLUMNS = (
    "ref_area",
    "source",
    "indicator",
    "sex",
    "classif1",
    "classif2",
    "time",
    "obs_value",
    "obs_status",
    "note",
)
"""The ILOSTAT long layout, in its order (spec §8.2, issue 13 point 4)."""
COLUMNS = (*ILOSTAT_COLUMNS, "numerator", "denominator", "n_obs")
"""A result frame: the ILOSTAT columns, then what the checks and aggregates read."""
_NO_WEIGHT = message("indicators.note.no_weight", "{count} record(s) without a weight (I3)")
_NO_RATE = message("indicators.note.no_rate", "{count} record(s) without an exchange rate")
_NOT_AGGREGATED = message(
    "indicators.note.not_aggregated", "not aggregated across countries (national units)"
)


@dataclass(frozen=True)
class Dim:
    classification: Classification
    labels: list[str]  # raw labels
    mapper: Mapper


@dataclass(frozen=True)
class Layout:
    """What the cells of one pass are classified by and labelled with."""

    table: str
    first: list[Dim]  # classif1's dimensions (crossed)
    second: Dim | None  # a dimension shown in classif2 (status none only)
    statuses: tuple[str, str]  # classif2 of status 0 and 1 ("CBR", "NONMIG_CBR")
    threshold: int


def cells(
    partial: Partial,
    measures: Sequence[Measure],
    layout: Layout,
    areas: Sequence[Area],
    surveys: Sequence[Survey],
) -> pd.DataFrame:
    """The long rows of one pass (one basis, one classification set) for every area."""
    member = pd.DataFrame(
        [(i, s) for i, area in enumerate(areas) for s in area.surveys], columns=["area", "s"]
    )
    sums = partial.sums.merge(member, on="s")
    dims = [*layout.first, *([layout.second] if layout.second else [])]
    quantities = [f"{i}_{q}" for i in range(len(measures)) for q in QUANTITIES]
    pieces = []
    for keep_first, keep_second in product((False, True), (False, True)):
        if (keep_first and not layout.first) or (keep_second and layout.second is None):
            continue
        kept = [j for j in range(len(layout.first)) if keep_first]
        kept += [len(layout.first)] if keep_second else []
        keys = ["area", "sex", "st", *[f"c{j}" for j in kept]]
        summed = _by_sex(_mapped(sums, kept, dims, areas, surveys))
        frame = summed.groupby(keys, sort=True)[quantities].sum().reset_index()
        for i in range(len(measures)):
            if i in partial.medians:
                pooled = _by_sex(
                    _mapped(partial.medians[i].merge(member, on="s"), kept, dims, areas, surveys)
                )
                found = weighted_median(pooled, keys).rename(columns={"median": f"{i}_median"})
                frame = frame.merge(found, on=keys, how="left")
        frame["classif1"] = _codes(frame, layout.first, range(len(layout.first)), keep_first)
        if layout.second is not None:
            second = layout.second.classification
            frame["cls2"] = (
                _codes(frame, [layout.second], [len(layout.first)], True)
                if keep_second
                else second.prefix + "_" + second.total
            )
        else:
            frame["cls2"] = ""
        frame["whole"] = not keep_first
        pieces.append(frame.drop(columns=[f"c{j}" for j in kept]))
    table = pd.concat(pieces, ignore_index=True)
    return _rows(table, measures, layout, areas)


def _mapped(
    frame: pd.DataFrame,
    kept: list[int],
    dims: list[Dim],
    areas: Sequence[Area],
    surveys: Sequence[Survey],
) -> pd.DataFrame:
    """``frame`` with the output code ``c<j>`` of each kept dimension (one row per code)."""
    for j in kept:
        dim, column = dims[j], f"d{j}"
        distinct = frame[["area", "s", column]].drop_duplicates()
        rows = []
        for a, s, raw in distinct.itertuples(index=False):
            label = dim.labels[raw] if raw >= 0 else None
            rows += [(a, s, raw, code) for code in dim.mapper(areas[a], surveys[s], label)]
        table = pd.DataFrame(rows, columns=["area", "s", column, f"c{j}"])
        frame = frame.merge(table, on=["area", "s", column])
    return frame


def _by_sex(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows for both sexes together (T), men (M) and women (F); unknown sex counts in T."""
    x = frame["x"].to_numpy()
    joined: pd.DataFrame = pd.concat(
        [frame.assign(sex="T"), frame[x == 1].assign(sex="M"), frame[x == 2].assign(sex="F")],
        ignore_index=True,
    )
    return joined


def _codes(frame: pd.DataFrame, dims: list[Dim], columns: Sequence[int], keep: bool) -> pd.Series:
    if not keep or not dims:
        return pd.Series("", index=frame.index, dtype=object)
    parts = [
        dim.classification.prefix + "_" + frame[f"c{j}"].astype(str)
        for dim, j in zip(dims, columns, strict=True)
    ]
    joined = parts[0]
    for part in parts[1:]:
        joined = joined + "+" + part
    return joined.astype(object)


def _rows(
    table: pd.DataFrame, measures: Sequence[Measure], layout: Layout, areas: Sequence[Area]
) -> pd.DataFrame:
    area = table["area"].to_numpy()
    aggregate = np.array([a.kind != "country" for a in areas])[area]
    out = []
    for i, m in enumerate(measures):
        frame = table[table["sex"].isin(m.sexes)]
        if m.status != "split":
            frame = frame[frame["st"] == 0]
        q = {name: frame[f"{i}_{name}"].to_numpy(dtype=np.float64) for name in QUANTITIES}
        agg = aggregate[frame.index.to_numpy()]
        wd, nd = q["wd"], q["nd"]
        if m.distribution:
            wd, nd = _whole(frame, i)
        with np.errstate(invalid="ignore", divide="ignore"):
            if m.kind in ("ratio", "mean"):
                value, n, numerator, denominator = m.scale * q["wn"] / wd, nd, q["wn"], wd
            elif m.kind == "median":
                value, n = frame[f"{i}_median"].to_numpy(dtype=np.float64), nd
                numerator = denominator = np.full(len(frame), np.nan)
            else:
                value, n, numerator, denominator = (
                    q["wn"],
                    q["nn"],
                    q["wn"],
                    np.full(len(frame), np.nan),
                )
        empty = (
            (nd == 0) | (wd == 0)
            if m.kind in ("ratio", "mean", "median")
            else np.zeros(len(frame), bool)
        )
        blocked = (q["xw"] > 0) | (q["xr"] > 0) | (agg & (not m.aggregate))
        status = np.where(
            blocked, "X", np.where(empty, "N", np.where(n < layout.threshold, "U", ""))
        )
        value = np.where(blocked | empty, np.nan, value)
        notes = _notes(frame, q, agg, m, areas)
        st = frame["st"].to_numpy()
        if m.status == "none":
            classif2 = frame["cls2"].to_numpy(dtype=object)
        else:
            classif2 = np.where(st == 0, layout.statuses[0], layout.statuses[1]).astype(object)
        out.append(
            pd.DataFrame(
                {
                    "ref_area": [areas[a].code for a in frame["area"]],
                    "source": [areas[a].source for a in frame["area"]],
                    "indicator": f"{layout.table}_{m.id}",
                    "sex": frame["sex"].to_numpy(dtype=object),
                    "classif1": frame["classif1"].to_numpy(dtype=object),
                    "classif2": classif2,
                    "time": [areas[a].time for a in frame["area"]],
                    "obs_value": value,
                    "obs_status": status,
                    "note": notes,
                    "numerator": numerator,
                    "denominator": denominator,
                    "n_obs": n,
                }
            )
        )
    if not out:
        return pd.DataFrame(columns=list(COLUMNS))
    joined: pd.DataFrame = pd.concat(out, ignore_index=True)
    return joined


def _whole(frame: pd.DataFrame, i: int) -> tuple[np.ndarray, np.ndarray]:
    """The denominator of a distribution: the classification's total row of the same area,
    sex, status and classif2."""
    keys = ["area", "sex", "st", "cls2"]
    whole = frame[frame["whole"]].set_index(keys)[[f"{i}_wd", f"{i}_nd"]]
    found = whole.reindex(pd.MultiIndex.from_frame(frame[keys]))
    return found[f"{i}_wd"].to_numpy(dtype=np.float64), found[f"{i}_nd"].to_numpy(dtype=np.float64)


def _notes(
    frame: pd.DataFrame,
    q: dict[str, np.ndarray],
    agg: np.ndarray,
    m: Measure,
    areas: Sequence[Area],
) -> list[str]:
    notes = []
    for a, xw, xr, is_agg in zip(frame["area"], q["xw"], q["xr"], agg, strict=True):
        parts = []
        if xw > 0:
            parts.append(_NO_WEIGHT.text(count=int(xw)))
        if xr > 0:
            parts.append(_NO_RATE.text(count=int(xr)))
        if is_agg and not m.aggregate:
            parts.append(_NOT_AGGREGATED.text())
        if areas[a].note:
            parts.append(areas[a].note)
        notes.append("; ".join(parts))
    return notes
