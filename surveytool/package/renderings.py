"""The harmonised tables in the formats analysts open: Parquet, Stata, SPSS and XLSX.

``render`` gives the ``renderings/`` members of a harmonised package, one file per level and
format (``renderings/<table>.parquet``, ``.dta``, ``.sav``) and one workbook
``renderings/tables.xlsx`` with a sheet per level and a ``labels`` sheet (variable, label,
code, value label). The canonical CSVs stay the reference; each rendering reads back equal
to them with its own reader (tests/test_package_renderings.py), within what the format holds:

* **Parquet** keeps the tables' own types (nullable integers, floats, text; codes as text, so
  ``0110`` keeps its zero); each field carries its label and value labels as field metadata
  (``label``, ``value_labels`` as JSON). Bytes are deterministic for one pyarrow version.
* **Stata / SPSS**: see ``statfiles`` (numbers, coded answers with value labels, text with
  ``""`` for blank, names that do not fit rewritten).
* **XLSX**: text cells are made inert (``common.cells.inert``) and typed as strings, so no
  cell is ever a formula; numbers are numbers; blanks are empty cells. Characters XML cannot
  hold (control characters) are dropped and a text cell keeps at most Excel's 32,767
  characters. Sheet names keep 31 characters. The workbook's dates are fixed (1980-01-01,
  like the package's zip entries), so the same tables give the same bytes.

Variable labels are in English (``language``), value labels too; the codebook has all four.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator, Mapping, Sequence

import pandas as pd

from surveytool.common.xlsx_stream import TEXT_LIMIT, cell_text, frames_xlsx
from surveytool.form.model import Form
from surveytool.package.derive import DerivedVariable
from surveytool.package.labels import Labels, labels_of
from surveytool.package.statfiles import spss_bytes, stata_bytes

FOLDER = "renderings"
WORKBOOK = f"{FOLDER}/tables.xlsx"
LABELS_SHEET = "labels"
XLSX_TEXT_LIMIT = TEXT_LIMIT
FIXED_TIME = "1980-01-01T00:00:00Z"
_SHEET_NAME = 31
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def render(
    tables: Mapping[str, pd.DataFrame],
    form: Form,
    derived: Sequence[DerivedVariable] = (),
    language: str = "en",
) -> dict[str, bytes]:
    """Member name -> bytes of every rendering of ``tables`` (table name -> frame)."""
    members: dict[str, bytes] = {}
    labelled = {
        name: labels_of(form, frame.columns, derived, language) for name, frame in tables.items()
    }
    for name, frame in tables.items():
        title = f"{form.settings.title}: {name}"
        members[f"{FOLDER}/{name}.parquet"] = parquet_bytes(frame, labelled[name])
        members[f"{FOLDER}/{name}.dta"] = stata_bytes(frame, labelled[name], title)
        members[f"{FOLDER}/{name}.sav"] = spss_bytes(frame, labelled[name], title)
    members[WORKBOOK] = xlsx_bytes(tables, labelled)
    return members


def parquet_bytes(frame: pd.DataFrame, labels: Labels) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(frame.reset_index(drop=True), preserve_index=False)
    fields = []
    for field in table.schema:
        meta = {"label": labels.variables.get(field.name, "")}
        if labels.value_labels(field.name):
            meta["value_labels"] = json.dumps(
                dict(labels.value_labels(field.name)), ensure_ascii=False
            )
        fields.append(field.with_metadata(meta))
    table = table.cast(pa.schema(fields, metadata=table.schema.metadata))
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue()


def xlsx_bytes(tables: Mapping[str, pd.DataFrame], labels: Mapping[str, Labels]) -> bytes:
    """One sheet per table, then the labels sheet; deterministic bytes.

    Written by ``common.xlsx_stream`` (openpyxl's write-only mode took a minute for 100,000
    persons): text cells shared strings made by ``xlsx_text``, never a formula."""
    used: set[str] = set()
    sheets = [(sheet_name(name, used), frame) for name, frame in tables.items()]
    header, *rows = labels_rows(tables, labels)
    listing = pd.DataFrame(rows, columns=list(header), dtype=object)
    sheets.append((sheet_name(LABELS_SHEET, used), listing))
    return frames_xlsx(sheets)


def labels_rows(
    tables: Mapping[str, pd.DataFrame], labels: Mapping[str, Labels]
) -> Iterator[tuple[str, str, str, str]]:
    """The labels sheet: a header, then per variable (first appearance, once) its label and
    one row per code."""
    yield ("variable", "label", "code", "value label")
    seen: set[str] = set()
    for name, frame in tables.items():
        for column in map(str, frame.columns):
            if column in seen:
                continue
            seen.add(column)
            yield (column, labels[name].variables.get(column, ""), "", "")
            for code, text in labels[name].value_labels(column).items():
                yield (column, "", code, text)


def sheet_name(name: str, used: set[str]) -> str:
    """A valid, unused sheet name (Excel: 31 characters, none of ``[]:*?/\\``)."""
    base = _SHEET_FORBIDDEN.sub("_", name)[:_SHEET_NAME] or "sheet"
    candidate, number = base, 1
    while candidate.lower() in used:
        number += 1
        suffix = f"_{number}"
        candidate = base[: _SHEET_NAME - len(suffix)] + suffix
    used.add(candidate.lower())
    return candidate


def xlsx_text(value: str) -> str:
    """Text as an XLSX cell holds it: inert, without XML-illegal characters, cut at the limit."""
    return cell_text(value)
