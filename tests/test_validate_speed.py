"""Batch validation at scale (issue 10, point 8): the Arrow CSV reader keeps text as written and
locates what it refuses; failures are built column-wise; the XLSX report is capped per check
while the JSON stays complete; a systematic failure is one console line. Behaviour only: the
figures are benchmarks/bench_validate.py's."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from surveytool.validate.csv_text import UnreadableCsv, read_text_table


def _csv(tmp_path: Path, raw: bytes, name: str = "persons.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(raw)
    return path


def test_every_cell_is_text_as_written_and_only_empty_is_blank(tmp_path: Path):
    """Codes keep their zeros, 'NA' and 'null' are answers, quoted empty is blank too; the
    byte-order mark Excel writes is not part of the first name; a quoted cell may hold a
    newline or a comma."""
    raw = (
        '\ufeffhh_id,code,note\n01,007,NA\n02,,null\n03,"","two\nlines, one cell"\n04,1.50,\n'
    ).encode()
    frame = read_text_table(_csv(tmp_path, raw))
    assert list(frame.columns) == ["hh_id", "code", "note"]
    assert all(isinstance(dtype, pd.CategoricalDtype) for dtype in frame.dtypes)
    cells = frame.astype(object).where(frame.notna(), None).to_numpy().tolist()
    assert cells == [
        ["01", "007", "NA"],
        ["02", None, "null"],
        ["03", None, "two\nlines, one cell"],
        ["04", "1.50", None],
    ]


def test_categories_of_many_blocks_are_unified_with_small_codes(tmp_path: Path):
    """A file parsed in many blocks reads as one set of categories per column, in row order,
    with one-byte codes for a column of few answers."""
    rows = [f"H{n:05d},{n % 3 + 1},{'x' * (n % 7)}" for n in range(5000)]
    path = _csv(tmp_path, ("hh_id,sex,text\n" + "\n".join(rows) + "\n").encode())
    frame = read_text_table(path, block=4096)
    assert frame["hh_id"].tolist() == [f"H{n:05d}" for n in range(5000)]
    assert frame["sex"].tolist() == [str(n % 3 + 1) for n in range(5000)]
    assert sorted(frame["sex"].cat.categories) == ["1", "2", "3"]
    assert frame["sex"].cat.codes.dtype.itemsize == 1
    assert frame["text"].isna().sum() == len(range(0, 5000, 7))


@pytest.mark.parametrize(
    ("raw", "words", "row", "column"),
    [
        (b"", "empty", None, None),
        (b"\n\n  \n", "empty", None, None),
        (b"a,b,c\n1,2,3\n4,5,6\n7,8,9,10\n1,2,3\n", "4 cells, the header names 3", 4, None),
        (b'a,b\n1,"x\ny"\n2,3,4\n', "3 cells", 4, None),
        (b"a,b\n1,x\n2,Am\xe9lie\n3,y\n", "UTF-8", 3, None),
        (b"a,b,a\n1,2,3\n", "appears twice", 1, "a"),
    ],
)
def test_unreadable_files_are_refused_with_their_row(tmp_path: Path, raw, words, row, column):
    with pytest.raises(UnreadableCsv) as refused:
        read_text_table(_csv(tmp_path, raw))
    assert words in refused.value.message
    assert refused.value.location.row == row
    assert refused.value.location.column == column
    assert refused.value.location.file.endswith("persons.csv")


def test_a_header_without_rows_reads_as_no_records(tmp_path: Path):
    frame = read_text_table(_csv(tmp_path, b"hh_id,line_no\n"))
    assert list(frame.columns) == ["hh_id", "line_no"] and frame.empty
