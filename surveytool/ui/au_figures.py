"""What the AU table browser shows of one indicator table: the rows a filter keeps, the figures
laid out one line per (panel, area, survey, classification) with a column per measure, and
the series its chart draws.

The layout is the workbook's (``merge.outputs_sheet.pivot``: the engine's own order, areas
then surveys then classifications), so the screen and the exported sheet read alike; the
browser shows one sex at a time, so the columns are the measures. Plain data, no Qt: the
models and the chart only paint it.
"""

from __future__ import annotations

import datetime
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from surveytool.form import codelists
from surveytool.form.calendar import reference_date

if TYPE_CHECKING:
    import pandas as pd

ALL = ""  # a filter that keeps everything
AFRICA = "AFR"
MAX_SERIES = 4
"""Panels (classif2) drawn side by side in a chart at most: more bars per area cannot be read."""


@dataclass(frozen=True, slots=True)
class Filter:
    """The browser's choice: a REC (its row and its members' rows), a country, a sex."""

    rec: str = ALL
    country: str = ALL
    sex: str = "T"


@dataclass(frozen=True, slots=True)
class FigureRow:
    """One line of the table: where it is, and per measure its figure and flag."""

    panel: str  # classif2 ("" when the table has none)
    area: str  # ISO3, REC code or AFR
    source: str
    time: str
    classif1: str
    values: tuple[float, ...]  # one per ``Figures.measures``, NaN where none
    flags: tuple[str, ...]
    note: str


@dataclass(frozen=True, slots=True)
class Figures:
    """The rows of a filtered table and the measures that are its columns."""

    measures: list[str]  # indicator ids ("T3_LF"), in the engine's order
    rows: list[FigureRow] = field(default_factory=list)
    decimals: list[int] = field(default_factory=list)  # per measure, as the workbook shows it


@dataclass(frozen=True, slots=True)
class Series:
    """One bar per area: the table's main measure for one panel."""

    panel: str
    values: list[float]  # per ``Chart.areas``, NaN where none
    flags: list[str]


@dataclass(frozen=True, slots=True)
class Chart:
    measure: str
    classif1: str
    areas: list[str]  # area codes, each with its period when an area has several
    series: list[Series]


def reference_day(time: str) -> datetime.date | None:
    """A survey's reference date from its period (``2026``, ``2025Q2``), by the engine's
    rule (spec reading I2, ``form.calendar.reference_date``)."""
    year, _, quarter = time.partition("Q")
    if not year.isdigit():
        return None
    return reference_date(float(year), float(quarter) if quarter.isdigit() else None)


def kept(frame: pd.DataFrame, chosen: Filter) -> pd.DataFrame:
    """The rows of ``frame`` the filter keeps. A REC keeps its own row and the rows of the
    countries that were its members at each survey's reference date; a country keeps its own
    rows only; the sex keeps one of T, M, F."""
    import numpy as np

    areas = frame["ref_area"].astype(str).to_numpy()
    keep = np.array(frame["sex"].astype(str) == chosen.sex, dtype=bool)  # Arrow: read-only
    if chosen.country:
        keep &= areas == chosen.country
    if chosen.rec:
        times = frame["time"].astype(str).to_numpy()
        member = np.fromiter(
            (
                area == chosen.rec or chosen.rec in _recs(area, time)
                for area, time in zip(areas, times, strict=True)
            ),
            dtype=bool,
            count=len(areas),
        )
        keep &= member
    return frame.loc[keep]


def _recs(area: str, time: str) -> frozenset[str]:
    day = reference_day(time)
    if len(area) != 3 or area == AFRICA or day is None:
        return frozenset()
    try:
        return codelists.recs_of(area, day)
    except ValueError:  # a REC code of three letters, or a code no list knows
        return frozenset()


def sexes_of(frame: pd.DataFrame) -> list[str]:
    """The sexes a table has figures for, T, M, F first."""
    import pandas as pd

    found = [str(s) for s in pd.unique(frame["sex"].astype(str))]
    return [s for s in ("T", "M", "F") if s in found] + [s for s in found if s not in "TMF"]


def areas_of(frame: pd.DataFrame) -> tuple[list[str], list[str]]:
    """The RECs and the countries that have rows in ``frame``, each in the engine's order."""
    import pandas as pd

    recs = set(codelists.recs())
    found = [str(a) for a in pd.unique(frame["ref_area"].astype(str))]
    return [a for a in found if a in recs], [a for a in found if a not in recs and a != AFRICA]


def figures(frame: pd.DataFrame) -> Figures:
    """``frame`` (one sex) laid out as lines of measures, panel by panel."""
    import numpy as np

    from surveytool.merge.outputs_sheet import number_format, pivot

    panels = pivot(frame)
    measures: list[str] = []
    for panel in panels:
        measures += [m for m in panel.measures if m not in measures]
    rows: list[FigureRow] = []
    columns: list[list[float]] = [[] for _ in measures]
    for panel in panels:
        width = len(panel.sexes)
        where = {m: i * width for i, m in enumerate(panel.measures)}  # the first sex present
        for index, (area, source, time, classif1) in enumerate(panel.rows):
            values, flags = [], []
            for position, measure in enumerate(measures):
                column = where.get(measure)
                value = math.nan if column is None else float(panel.values[index, column])
                values.append(value)
                flags.append("" if column is None else str(panel.flags[index, column]))
                columns[position].append(value)
            rows.append(
                FigureRow(
                    panel.code,
                    area,
                    source,
                    time,
                    classif1,
                    tuple(values),
                    tuple(flags),
                    panel.notes[index],
                )
            )
    formats = [number_format(np.asarray(c, dtype=float)) for c in columns]
    return Figures(measures, rows, [_decimals(f) for f in formats])


def _decimals(excel_format: str) -> int:
    """``#,##0`` -> 0, ``#,##0.0`` -> 1, ``0.00`` -> 2: the workbook's precision."""
    _, _, fraction = excel_format.partition(".")
    return len(fraction)


def chart(shown: Figures) -> Chart | None:
    """The main measure (the table's first) by area for the classification's total (none,
    else a code naming a total, else the first), one series per panel; None without rows."""
    if not shown.rows or not shown.measures:
        return None
    codes = [row.classif1 for row in shown.rows]
    classif1 = "" if "" in codes else next((c for c in codes if "TOTAL" in c.upper()), codes[0])
    picked = [row for row in shown.rows if row.classif1 == classif1]
    panels = list(dict.fromkeys(row.panel for row in picked))[:MAX_SERIES]
    keys = list(dict.fromkeys((row.area, row.time) for row in picked if row.panel in panels))
    periods: dict[str, int] = {}
    for area, _ in keys:
        periods[area] = periods.get(area, 0) + 1
    lookup = {(row.panel, row.area, row.time): row for row in picked}
    series = []
    for panel in panels:
        found = [lookup.get((panel, area, time)) for area, time in keys]
        series.append(
            Series(
                panel,
                [math.nan if row is None else row.values[0] for row in found],
                ["" if row is None else row.flags[0] for row in found],
            )
        )
    areas = [area if periods[area] == 1 else f"{area} {time}" for area, time in keys]
    return Chart(shown.measures[0], classif1, areas, series)
