"""One indicator table as a worksheet a statistician would publish: heading, figures, flags, chart.

The layout follows the statistical yearbooks (ILO, AU Report on Labour Migration Statistics):
a stub of rows, column heads of measures with Total / Men / Women under each, panels for the
breakdown a reader compares as a whole. Concretely, top to bottom:

* the heading: ``T3  <title>``, then the universe, the sources, the table's notes and the
  legend of the flags (``U``, ``N``, ``X``, spec I10);
* one **panel per ``classif2`` value** (the migrant basis and status per I6, T15's perspective
  per I21), in the engine's order, each opened by its own heading row (its label, then its
  code) and two header rows:
  ``Code | Area | Source | Period | Classification | classif1 | <measure> ... | Note`` over
  ``Total | flag | Men | flag | Women | flag`` for every measure;
* one row per (area, survey, period, ``classif1``), grouped by area (countries, then RECs,
  then Africa, as the engine lists them), then survey, then classification in the order
  the engine gave them (the total first, age bands in their natural order): sorting the
  codes would put ``AGE_10-14`` before ``AGE_5-9``. Each figure has its flag in the narrow
  column beside it, and the row's cell notes (members used, mixed periods) are in ``Note``.

Codes are worded by ``merge.labels.TableLabels`` (from the tables spec and the merged
folder's dictionary, in the workbook's language): a measure's head is its label over its
indicator id, a panel's heading its label with its code, and the classification's label
stands beside its code (column ``classif1``), so a reader can match the ILOSTAT CSV. Without
labels every code reads as itself.

Panels keep a sheet readable where one wide block would not: T3 on both bases with migrants
and non-migrants would otherwise be 4 x 2 measures x 3 sexes x 2 = 48 columns wide.

To the right of the panels stand the chart's figures (the table's main measure, its first,
for sex T and the table's total classification, one column per panel) and a horizontal bar
chart of them by area: horizontal bars keep 64 area names legible. The figures are stored to
16 significant digits (openpyxl's writer; Excel keeps 15, the CSV every digit); only their
display is rounded, by the size of the measure's largest value (``number_format``), since a
table's measures mix counts, percentages and ratios.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from surveytool.common.catalogue import Message, message
from surveytool.common.xlsx import append_row

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd
    from openpyxl.styles import Font
    from openpyxl.worksheet.worksheet import Worksheet

    from surveytool.merge.labels import TableLabels

SEXES = ("T", "M", "F")
STUB = ("ref_area", "source", "time", "classif1")
"""The frame's columns that identify a row of a panel (with the area's name shown beside)."""
STUB_COLUMNS = len(STUB) + 2
"""Columns before the figures: the stub, the area's name and the classification's label."""

SEX = {
    "T": message("indicators.xlsx.sex.total", "Total"),
    "M": message("indicators.xlsx.sex.men", "Men"),
    "F": message("indicators.xlsx.sex.women", "Women"),
}
_UNIVERSE = message("indicators.xlsx.universe", "Universe: {universe}")
_SOURCES = message("indicators.xlsx.sources", "Sources: {sources}")
_NOTE_LINE = message("indicators.xlsx.note_line", "Note: {note}")
_FLAGS = message("indicators.xlsx.flags", "Flags:")
FLAG_LEGEND: dict[str, Message] = {
    "U": message(
        "indicators.xlsx.flag.u",
        "U: unreliable, fewer than 30 unweighted observations (numerator of a count, "
        "denominator of a rate, mean or median)",
    ),
    "N": message("indicators.xlsx.flag.n", "N: not applicable, the denominator is empty"),
    "X": message(
        "indicators.xlsx.flag.x",
        "X: not computed (e.g. no exchange rate, or no weight): the note says why",
    ),
}
_CODE = message("indicators.xlsx.code", "Code")
AREA = message("indicators.xlsx.area", "Area")
_SOURCE = message("indicators.xlsx.source", "Source")
_PERIOD = message("indicators.xlsx.period", "Period")
_CLASSIFICATION = message("indicators.xlsx.classification", "Classification")
_FLAG = message("indicators.xlsx.flag", "flag")
_NOTE = message("indicators.xlsx.note", "Note")
_ALL = message("indicators.xlsx.all", "All persons in the universe")
_EMPTY = message("indicators.xlsx.empty", "No figures were computed for this table.")
_AFRICA = message("indicators.xlsx.africa", "Africa")
CLASSIF1 = "classif1"
"""The head of the classification codes' column: the ILOSTAT CSV's name for them."""


class Table(Protocol):
    """What the writers read of an indicator table (``merge.indicators.TableResult``)."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> Mapping[str, str]: ...
    @property
    def universe(self) -> Mapping[str, str]: ...
    @property
    def notes(self) -> Sequence[str]: ...
    @property
    def sources(self) -> Sequence[str]: ...
    @property
    def frame(self) -> pd.DataFrame: ...


@dataclass(frozen=True, slots=True)
class Panel:
    """One ``classif2`` value's figures pivoted: rows by stub, columns by (measure, sex)."""

    code: str
    rows: list[tuple[str, str, str, str]]  # (ref_area, source, time, classif1)
    measures: list[str]
    sexes: list[str]
    values: np.ndarray  # rows x (measures * sexes), NaN where none
    flags: np.ndarray  # same shape, "" where none
    notes: list[str]  # per row


def in_language(texts: Mapping[str, str], language: str) -> str:
    """The text in ``language``, else English, else any (a title given in one language)."""
    for code in (language, "en"):
        if texts.get(code):
            return texts[code]
    return next((text for text in texts.values() if text), "")


def write_sheet(
    sheet: Worksheet,
    table: Table,
    language: str,
    names: Mapping[str, str],
    labels: TableLabels | None = None,
) -> None:
    """Fill ``sheet`` with ``table`` (module docstring); ``names``: area code to its name;
    ``labels``: what the codes mean (None: codes as they are)."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from surveytool.merge.outputs_chart import chart

    rows = Rows(sheet)
    rows.add([f"{table.id}  {in_language(table.title, language)}"], Font(bold=True, size=13))
    universe = in_language(table.universe, language)
    rows.add([_UNIVERSE.text(language, universe=universe)])
    rows.add([_SOURCES.text(language, sources="; ".join(table.sources))])
    for note in table.notes:
        rows.add([_NOTE_LINE.text(language, note=note)])
    rows.add([_FLAGS.text(language)])
    for legend in FLAG_LEGEND.values():
        rows.add(["  " + legend.text(language)])
    panels = pivot(table.frame)
    if not panels:
        rows.add([])
        rows.add([_EMPTY.text(language)])
        return
    words = labels if labels is not None else _codes()
    first_row = rows.count + 2
    for panel in panels:
        rows.add([])
        _write_panel(rows, panel, language, names, words)
    width = STUB_COLUMNS + 2 * len(panels[0].sexes) * max(len(p.measures) for p in panels) + 1
    _layout(sheet, width)
    sheet.print_area = f"A1:{get_column_letter(width)}{rows.count}"  # the chart is for screens
    chart(sheet, panels, first_row, width + 2, language, words)


def _codes() -> TableLabels:
    from surveytool.merge.labels import TableLabels

    return TableLabels()


class Rows:
    """Rows appended to a sheet, counted here: ``Worksheet.max_row`` scans every cell."""

    def __init__(self, sheet: Worksheet) -> None:
        self.sheet, self.count = sheet, 0

    def add(self, values: Sequence[Any], font: Font | None = None) -> int:
        """Append ``values`` (through ``append_row``); bold them etc. with ``font``; the row."""
        append_row(self.sheet, values)
        self.count += 1
        if font is not None:
            for column in range(1, len(values) + 1):
                self.sheet.cell(row=self.count, column=column).font = font
        return self.count


def pivot(frame: pd.DataFrame) -> list[Panel]:
    """The long frame as panels, every order the frame's own (first appearance)."""
    import numpy as np
    import pandas as pd

    if frame.empty:
        return []
    frame = frame.reset_index(drop=True)
    text = {name: frame[name].fillna("").astype(str) for name in (*STUB, "classif2", "note")}
    indicator = frame["indicator"].astype(str)
    sex = frame["sex"].astype(str)
    sexes = [s for s in SEXES if (sex == s).any()]
    sexes += [s for s in pd.unique(sex) if s not in sexes]
    # rows grouped by area, then survey, then classification, each in first-appearance order
    area_codes, areas = pd.factorize(text["ref_area"])
    survey_codes, surveys = pd.MultiIndex.from_arrays([text["source"], text["time"]]).factorize()
    class_codes, classes = _classification_order(text["classif1"], area_codes)
    order = (area_codes * len(surveys) + survey_codes) * len(classes) + class_codes
    panels = []
    for code in pd.unique(text["classif2"]):
        picked = (text["classif2"] == code).to_numpy()
        found, row_codes = np.unique(order[picked], return_inverse=True)
        area_of, rest = np.divmod(found, len(surveys) * len(classes))
        survey_of, class_of = np.divmod(rest, len(classes))
        rows = [
            (str(areas[a]), *map(str, surveys[s]), str(classes[c]))
            for a, s, c in zip(area_of, survey_of, class_of, strict=True)
        ]
        measure_codes, measures = pd.factorize(indicator[picked])
        sex_codes = np.array([sexes.index(s) for s in sex[picked]], dtype=np.int64)
        columns = measure_codes * len(sexes) + sex_codes
        values = np.full((len(rows), len(measures) * len(sexes)), np.nan)
        flags = np.full(values.shape, "", dtype=object)
        numbers = pd.to_numeric(frame["obs_value"][picked], errors="coerce").to_numpy(float)
        values[row_codes, columns] = numbers
        flags[row_codes, columns] = frame["obs_status"][picked].fillna("").astype(str).to_numpy()
        notes: list[list[str]] = [[] for _ in rows]
        for row, note in zip(row_codes, text["note"][picked], strict=True):
            if note and note not in notes[row]:
                notes[row].append(note)
        panels.append(
            Panel(
                code=str(code),
                rows=rows,  # type: ignore[arg-type]
                measures=[str(m) for m in measures],
                sexes=sexes,
                values=values,
                flags=flags,
                notes=["; ".join(n) for n in notes],
            )
        )
    return panels


def _classification_order(codes: pd.Series, areas: np.ndarray) -> tuple[np.ndarray, list[str]]:
    """``classif1`` codes numbered in the engine's order, which lists each area's codes in
    the spec's order but leaves out empty cells (a country without migrants aged 15-24):
    the areas' sequences are merged (a topological order, ties by first appearance), so
    the bands of every area come out ``15-24, 25-54, 55-64, 65+``. Sequences that
    contradict each other fall back to first appearance."""
    import numpy as np
    import pandas as pd

    numbers, uniques = pd.factorize(codes)
    after: dict[int, set[int]] = {}
    before = [0] * len(uniques)
    for area in pd.unique(areas):
        sequence = pd.unique(numbers[areas == area])
        for first, then in itertools.pairwise(sequence):
            if then not in after.setdefault(int(first), set()):
                after[int(first)].add(int(then))
                before[int(then)] += 1
    ready = [code for code in range(len(uniques)) if not before[code]]
    heapq.heapify(ready)
    order: list[int] = []
    while ready:
        code = heapq.heappop(ready)
        order.append(code)
        for then in after.get(code, ()):
            before[then] -= 1
            if not before[then]:
                heapq.heappush(ready, then)
    if len(order) < len(uniques):  # a cycle: no order satisfies every area
        order = list(range(len(uniques)))
    rank = np.empty(len(uniques), dtype=np.int64)
    rank[order] = np.arange(len(order))
    return rank[numbers], [str(uniques[code]) for code in order]


def measure_name(indicator: str) -> str:
    """``T3_LFPR`` -> ``LFPR``: the measure of an ILOSTAT-style indicator id."""
    return indicator.split("_", 1)[1] if "_" in indicator else indicator


def panel_title(code: str, language: str, labels: TableLabels | None = None) -> str:
    """A panel's heading: what its ``classif2`` code means, with the code (``Migrants
    (country of birth) (CBR)``); the code alone when ``labels`` do not know it."""
    if not code:
        return _ALL.text(language)
    label = labels.panel(code) if labels is not None else code
    return code if label == code else f"{label} ({code})"


def measure_head(indicator: str, labels: TableLabels | None = None) -> str:
    """A measure's column head: its label, then its indicator id on a second line
    (``Labour force`` over ``T3_LF``); the measure's id alone when ``labels`` do not know it."""
    name = measure_name(indicator)
    label = labels.indicator(indicator) if labels is not None else name
    return name if label == name else f"{label}\n{indicator}"


def classification_label(code: str, language: str, labels: TableLabels | None = None) -> str:
    """A ``classif1`` code's label (``15-24``); "Total" for the row over every code."""
    if not code:
        return SEX["T"].text(language)
    return labels.classification(code) if labels is not None else code


def area_name(code: str, names: Mapping[str, str], language: str) -> str:
    """A country's or REC's name; Africa for ``AFR``; the code when neither is known."""
    return _AFRICA.text(language) if code == "AFR" else names.get(code, code)


def _write_panel(
    rows: Rows, panel: Panel, language: str, names: Mapping[str, str], labels: TableLabels
) -> None:
    from openpyxl.styles import Alignment, Font

    bold = Font(bold=True)
    sheet = rows.sheet
    rows.add([panel_title(panel.code, language, labels)], bold)
    stub = [head.text(language) for head in (_CODE, AREA, _SOURCE, _PERIOD, _CLASSIFICATION)]
    stub.append(CLASSIF1)
    first = len(stub) + 1
    span = 2 * len(panel.sexes)
    heads: list[Any] = list(stub)
    for measure in panel.measures:
        heads += [measure_head(measure, labels)] + [None] * (span - 1)
    heads.append(_NOTE.text(language))
    sexes = [SEX[s].text(language) if s in SEX else s for s in panel.sexes]
    top = rows.add(heads, bold)
    if any("\n" in str(head) for head in heads):
        sheet.row_dimensions[top].height = 45  # a label over its id: merged cells do not grow
    under = [x for s in sexes for x in (s, _FLAG.text(language))] * len(panel.measures)
    rows.add([None] * len(stub) + under, bold)
    centred = Alignment(horizontal="center", wrap_text=True)
    for row in (top, top + 1):
        for column in range(1, len(heads) + 1):
            sheet.cell(row=row, column=column).alignment = centred
    for index in range(len(panel.measures)):
        start = first + index * span
        sheet.merge_cells(
            start_row=top, start_column=start, end_row=top, end_column=start + span - 1
        )
    formats = [number_format(panel.values[:, i]) for i in range(panel.values.shape[1])]
    for index, (area, source, time, classif1) in enumerate(panel.rows):
        shown = classification_label(classif1, language, labels)
        cells: list[Any] = [area, area_name(area, names, language), source, time, shown, classif1]
        for value, flag in zip(panel.values[index], panel.flags[index], strict=True):
            cells += [float(value) if math.isfinite(value) else None, flag or None]
        row = rows.add([*cells, panel.notes[index] or None])
        for column, shown in enumerate(formats):
            sheet.cell(row=row, column=first + 2 * column).number_format = shown


def number_format(values: np.ndarray) -> str:
    """Display precision by the size of a column's largest figure (counts, percents, ratios)."""
    import numpy as np

    finite = values[np.isfinite(values)]
    largest = float(np.abs(finite).max()) if finite.size else 0.0
    if largest >= 1000:
        return "#,##0"
    return "#,##0.0" if largest >= 10 else "0.00"


def _layout(sheet: Worksheet, width: int) -> None:
    from openpyxl.utils import get_column_letter

    widths = {1: 9, 2: 26, 3: 14, 4: 9, 5: 30, 6: 14}
    for column in range(1, width + 1):
        flag = column > STUB_COLUMNS and column < width and (column - STUB_COLUMNS) % 2 == 0
        letter = get_column_letter(column)
        sheet.column_dimensions[letter].width = widths.get(column, 5 if flag else 12)
    sheet.column_dimensions[get_column_letter(width)].width = 40
    sheet.freeze_panes = "C1"  # codes and area names stay in view when scrolling right
    sheet.page_setup.orientation = "landscape"  # printed: as wide as the page, pages down
    from openpyxl.worksheet.properties import PageSetupProperties

    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
