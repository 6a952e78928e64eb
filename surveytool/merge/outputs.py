"""The indicator tables written out: a workbook for readers, an ILOSTAT long CSV for machines.

* ``write_xlsx``: one sheet per table (``outputs_sheet``: heading, universe, sources, notes,
  flags legend, the figures in panels with each flag beside its figure, a bar chart) and a
  metadata sheet (``outputs_metadata``: packages, REC membership, rates file, version).
* ``write_ilostat_csv``: the same figures in ILOSTAT's long layout, exactly the columns
  ``ILOSTAT_COLUMNS`` (spec §8.2), through the project's canonical CSV writer
  (``tables.csv_files.csv_bytes``: text made inert, decimals as Python's shortest repr, a
  blank for a figure not computed). The engine's check columns (numerator, denominator,
  n_obs) are not written.

Same inputs, same bytes: the workbook through ``common.xlsx.workbook_bytes`` (fixed document
and zip dates), the CSV sorted by its keys with a natural order (``T2`` before ``T10``),
whatever order the engine produced the rows in. Both files are written to a temporary name
and renamed, so a reader never sees half a file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from surveytool.common.catalogue import message
from surveytool.merge.indicators.cells import ILOSTAT_COLUMNS
from surveytool.merge.outputs_sheet import Table, write_sheet

if TYPE_CHECKING:
    import pandas as pd

    from surveytool.merge.labels import TableLabels


_METADATA = message("indicators.xlsx.metadata_sheet", "metadata")
_DIGITS = re.compile(r"([0-9]+)")

__all__ = [
    "ILOSTAT_COLUMNS",
    "Table",
    "ilostat_csv_bytes",
    "ilostat_frame",
    "write_ilostat_csv",
    "write_xlsx",
    "xlsx_bytes",
]


def write_xlsx(
    results: Sequence[Table],
    metadata: Mapping[str, Any],
    path: Path,
    language: str = "en",
    labels: TableLabels | None = None,
) -> Path:
    """The workbook of ``results`` at ``path`` (whole or not at all); returns ``path``."""
    _replace(Path(path), xlsx_bytes(results, metadata, language, labels))
    return Path(path)


def xlsx_bytes(
    results: Sequence[Table],
    metadata: Mapping[str, Any],
    language: str = "en",
    labels: TableLabels | None = None,
) -> bytes:
    """The workbook's bytes: one sheet per table, named by its id, then the metadata sheet.
    ``labels`` (``merge.labels.TableLabels.of`` the folder and spec, in ``language``) word
    the measures, panels and classifications; without them the codes show as they are."""
    from openpyxl import Workbook

    from surveytool.common.xlsx import workbook_bytes
    from surveytool.form.codelists import countries, recs
    from surveytool.merge.outputs_metadata import write_metadata

    names = {**countries(language), **recs()}
    workbook = Workbook()
    first = workbook.worksheets[0]
    for index, result in enumerate(results):
        sheet = first if index == 0 else workbook.create_sheet()
        sheet.title = result.id
        write_sheet(sheet, result, language, names, labels)
    about = workbook.create_sheet() if results else first
    about.title = _METADATA.text(language)
    write_metadata(about, results, metadata, language)
    return workbook_bytes(workbook)


def write_ilostat_csv(results: Sequence[Table], path: Path) -> Path:
    """The ILOSTAT long CSV of ``results`` at ``path`` (whole or not at all); returns ``path``."""
    _replace(Path(path), ilostat_csv_bytes(results))
    return Path(path)


def ilostat_csv_bytes(results: Sequence[Table]) -> bytes:
    """The canonical CSV bytes of ``ilostat_frame(results)``."""
    from surveytool.tables.csv_files import csv_bytes

    return csv_bytes(ilostat_frame(results))


def ilostat_frame(results: Sequence[Table]) -> pd.DataFrame:
    """Every table's rows in the ILOSTAT columns, text blanks as ``""``, sorted by
    (ref_area, source, indicator, sex, classif1, classif2, time) in natural order."""
    import numpy as np
    import pandas as pd

    parts = [result.frame.loc[:, list(ILOSTAT_COLUMNS)] for result in results]
    if not parts:
        return pd.DataFrame({name: pd.Series(dtype=object) for name in ILOSTAT_COLUMNS}).assign(
            obs_value=pd.Series(dtype="float64")
        )[list(ILOSTAT_COLUMNS)]
    frame = pd.concat(parts, ignore_index=True)
    for name in ILOSTAT_COLUMNS:
        if name != "obs_value":
            frame[name] = frame[name].fillna("").astype(str)
    frame["obs_value"] = pd.to_numeric(frame["obs_value"], errors="coerce").astype("float64")
    keys = ("ref_area", "source", "indicator", "sex", "classif1", "classif2", "time")
    ranks = [_natural_ranks(frame[name]) for name in keys]
    order = np.lexsort(ranks[::-1])  # lexsort sorts by its last key first
    return frame.iloc[order].reset_index(drop=True)


def _natural_ranks(column: pd.Series) -> Any:
    """Each cell's rank among the column's distinct values in natural order (digits as
    numbers: ``T2`` < ``T10``, ``Y5-9`` < ``Y10-14``), ties broken by the plain text."""
    import pandas as pd

    codes, found = pd.factorize(column)
    uniques = [str(value) for value in found]
    ordered = sorted(range(len(uniques)), key=lambda i: (_natural(uniques[i]), uniques[i]))
    rank = pd.Series(range(len(ordered)), index=ordered).sort_index().to_numpy()
    return rank[codes]


def _natural(text: str) -> tuple[tuple[int, int | str], ...]:
    return tuple(
        (1, int(part)) if part.isdigit() else (0, part) for part in _DIGITS.split(text) if part
    )


def _replace(path: Path, data: bytes) -> None:
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(data)
    partial.replace(path)
