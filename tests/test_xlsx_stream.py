"""The streaming XLSX writer read back by openpyxl, pandas and LibreOffice.

Each workbook is written by ``common.xlsx_stream.frames_xlsx`` and read by real readers: text
cells come back as ``cell_text`` made them, typed as strings and never formulas, numbers as
the same numbers, blanks as empty cells; the same cells openpyxl itself writes
(``common.xlsx.append_row``) read back the same where openpyxl keeps them; the bytes depend
on the content only."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from surveytool.common import xlsx_stream
from surveytool.common.xlsx import append_row, workbook_bytes
from surveytool.common.xlsx_stream import TEXT_LIMIT, cell_text, column_letter, frames_xlsx

AWKWARD_TEXT = [
    "plain",
    '=HYPERLINK("http://example.invalid","click")',
    "+cmd|' /C calc'!A0",
    "-5",
    "+237 6 99 12 34 56",
    "a & b < c > d \"q\" 'a'",
    "line\nbreak",
    "carriage\rreturn and\r\nboth",
    "tab\there\x01bell\x1f",
    "  leading and trailing  ",
    "x_x000D_y and _X0041_",
    "é" * 40_000,
    "emoji \U0001f600 العربية",
    "",
    None,
]


def _frame() -> pd.DataFrame:
    rows = len(AWKWARD_TEXT)
    return pd.DataFrame(
        {
            "text": pd.Series(AWKWARD_TEXT, dtype="str"),
            "count": pd.Series([*range(rows - 3), 3_000_000_000, -(2**62), None], dtype="Int64"),
            "amount": pd.Series(
                [
                    *(1.25, 1e-9, 0.1, 1 / 3, 123456.789012345, 3.0, -0.5, 1e16, 2.0**53 + 2),
                    *(float(f"{2 / 3:.15g}"), 1e300, -1e-300, float("inf"), float("nan"), None),
                ],
                dtype="Float64",
            ),
            "flag": pd.Series([True, False] * 7 + [None], dtype="boolean"),
        }
    )


def _read(data: bytes, sheet: str | None = None) -> list[list[object]]:
    book = load_workbook(io.BytesIO(data))
    rows = []
    for row in book[sheet or book.sheetnames[0]].iter_rows():
        for cell in row:
            assert cell.data_type in ("s", "n", "b") or cell.value is None, cell
            if isinstance(cell.value, str):
                assert cell.data_type == "s"
        rows.append([cell.value for cell in row])
    return rows


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        return {name: archive.read(name) for name in archive.namelist()}


def _expected(value: object) -> object:
    if value is None or value is pd.NA:
        return None
    if isinstance(value, str):
        return cell_text(value) or None
    if isinstance(value, float) and value in (float("inf"), float("-inf")):
        return None
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)  # as openpyxl writes a whole float (%.16g) and reads it
    return value


def test_openpyxl_reads_back_every_cell_as_written():
    frame = _frame()
    rows = _read(frames_xlsx([("data", frame)]))
    assert rows[0] == ["text", "count", "amount", "flag"]
    assert len(rows) == len(frame) + 1
    for back, (_, row) in zip(rows[1:], frame.astype(object).iterrows(), strict=True):
        wanted = [_expected(None if pd.isna(v) else v) for v in row]
        assert back == wanted
        assert [type(v) for v in back] == [type(v) for v in wanted]
    texts = [row[0] for row in rows[1:]]
    assert texts[1] == "'" + AWKWARD_TEXT[1] and texts[2] == "'" + AWKWARD_TEXT[2]
    assert texts[3:5] == ["-5", "+237 6 99 12 34 56"]  # plain numbers and phones untouched
    assert texts[7] == "carriage\rreturn and\r\nboth"  # &#13;: XML would make them \n
    assert texts[8] == "tab\therebell"
    assert texts[10] == "x_x000D_y and _X0041_"  # Excel's escape escaped, read as typed
    assert len(texts[11]) == TEXT_LIMIT
    assert rows[6][2] == 3 and isinstance(rows[6][2], int)  # a whole float, as openpyxl
    assert rows[14][1] == -(2**62)  # exact: openpyxl's %.16g would round it


def test_no_formula_and_shared_strings_counted():
    members = _members(frames_xlsx([("data", _frame())]))
    sheet = members["xl/worksheets/sheet1.xml"].decode()
    assert "<f>" not in sheet and "<f " not in sheet and "inlineStr" not in sheet
    strings = members["xl/sharedStrings.xml"].decode()
    count, unique = map(int, re.search(r'count="(\d+)" uniqueCount="(\d+)"', strings).groups())
    assert count == sheet.count('t="s"')
    assert unique == strings.count("<si>") == len(set(re.findall(r"t=\"s\"><v>(\d+)</v>", sheet)))
    assert "_x005F_x000D_" in strings and "&#13;" in strings


def test_pandas_reads_the_tables_back():
    frame = _frame()
    back = pd.read_excel(io.BytesIO(frames_xlsx([("data", frame)])), sheet_name="data")
    assert back["text"].tolist()[:13] == [cell_text(v) for v in AWKWARD_TEXT[:13]]
    assert back["count"].tolist()[:12] == list(range(12))
    amounts = frame["amount"].astype(object).tolist()[:12]
    assert back["amount"].tolist()[:12] == amounts
    assert back["flag"].tolist()[:14] == [True, False] * 7


def test_same_as_openpyxl_writes_where_openpyxl_keeps_the_cell():
    """openpyxl turns a carriage return into a line feed and cannot read its own infinity;
    everything else reads back the same from both writers."""
    kept = [v for v in AWKWARD_TEXT if v is None or "\r" not in v]
    frame = _frame()
    frame = frame[frame["text"].isin(kept) | frame["text"].isna()].iloc[:-2]
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    append_row(sheet, list(frame.columns))
    for _, row in frame.astype(object).iterrows():
        append_row(sheet, [None if pd.isna(v) else v for v in row])
    theirs = _read(workbook_bytes(book))
    ours = _read(frames_xlsx([("Sheet", frame)]))
    assert ours == [[None if v == "" else v for v in row] for row in theirs]


def test_many_sheets_blocks_and_an_empty_table(monkeypatch):
    monkeypatch.setattr(xlsx_stream, "BLOCK_ROWS", 3)
    numbers = pd.DataFrame({f"c{n}": range(n, n + 10) for n in range(30)})
    empty = pd.DataFrame({"only": pd.Series([], dtype="str")})
    listing = pd.DataFrame([["a", 1, None], ["b", "2", 2.5]], columns=["x", "y", "z"], dtype=object)
    data = frames_xlsx([("numbers", numbers), ("empty", empty), ("a & <b>", listing)])
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["numbers", "empty", "a & <b>"]
    assert _read(data, "numbers") == [list(numbers.columns), *numbers.to_numpy().tolist()]
    assert _read(data, "empty") == [["only"]]
    assert _read(data, "a & <b>") == [["x", "y", "z"], ["a", 1, None], ["b", "2", 2.5]]
    assert column_letter(30) == "AD" and column_letter(16384) == "XFD"


def test_bytes_depend_on_the_content_only():
    first = frames_xlsx([("data", _frame())])
    assert first == frames_xlsx([("data", _frame().copy())])
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    assert core.count(xlsx_stream.FIXED_TIME) == 2


@pytest.mark.parametrize("name", ["", "a" * 32, "a/b", "x[1]", "'quoted'", "DATA"])
def test_invalid_or_repeated_sheet_names_are_refused(name):
    frame = pd.DataFrame({"a": [1]})
    with pytest.raises(ValueError):
        frames_xlsx([("data", frame), (name, frame)])
    assert load_workbook(io.BytesIO(frames_xlsx([("a" * 31, frame)]))).sheetnames == ["a" * 31]


def test_a_value_with_no_cell_type_is_refused():
    with pytest.raises(TypeError):
        frames_xlsx([("data", pd.DataFrame({"when": [pd.Timestamp("2025-01-01")]}))])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(), min_size=1, max_size=8))
def test_any_text_reads_back_as_cell_text(texts):
    frame = pd.DataFrame({"t": pd.Series(texts, dtype=object)})
    back = [row[0] for row in _read(frames_xlsx([("t", frame)]))[1:]]
    assert back == [cell_text(t) or None for t in texts]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_it(tmp_path: Path):
    frame = _frame().iloc[[0, 1, 5, 6, 10]]
    path = tmp_path / "book.xlsx"
    path.write_bytes(frames_xlsx([("data", frame)]))
    result = subprocess.run(
        ["soffice", "--headless", "--convert-to", "csv", "--outdir", str(tmp_path), str(path)],
        capture_output=True,
        check=False,
        timeout=120,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader((tmp_path / "book.csv").open(encoding="utf-8", newline="")))
    assert rows[0] == ["text", "count", "amount", "flag"]
    assert [row[0] for row in rows[1:]] == [cell_text(v) for v in frame["text"]]
    assert [row[1] for row in rows[1:]] == ["0", "1", "5", "6", "10"]
    assert rows[1][2] == "1.25" and rows[3][2] == "3"
    assert rows[1][3] == "TRUE" and rows[2][3] == "FALSE"
