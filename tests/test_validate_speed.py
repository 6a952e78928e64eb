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


# --- failures, reports and console on a batch with one column wrong on every record ---------


@pytest.fixture(scope="module")
def labelled(tmp_path_factory) -> Path:
    """A demo batch whose sex column holds labels instead of codes on every person."""
    from demo_batch import demo_batch, text_tables

    folder = demo_batch(tmp_path_factory.mktemp("speed"), households=40, seed=8)
    households, persons = text_tables(folder)
    persons["sex"] = persons["sex"].map({"1": "Male", "2": "Female"})
    persons.loc[0, "age"] = "forty"  # a type failure: the text found is reported
    employed = persons.index[persons["hours_usual"].notna()][:2]
    persons.loc[employed, "hours_usual"] = "500"  # a number reported as a number
    households.loc[0, "interview_date"] = "05/02/2026"  # a household failure, no position
    out = folder.parent / "labelled"
    out.mkdir()
    households.to_csv(out / "households.csv", index=False)
    persons.to_csv(out / "persons.csv", index=False)
    return out


@pytest.fixture(scope="module")
def labelled_report(labelled: Path, form, rules):
    from surveytool.validate import read_data
    from surveytool.validate.batch import validate_frames

    return validate_frames(form, rules, read_data(labelled, form))


def test_a_check_failing_everywhere_is_one_block_listed_only_when_read(
    labelled: Path, labelled_report
):
    from demo_batch import read_text

    from surveytool.validate.report import FailureBlock

    persons = read_text(labelled / "persons.csv")
    report = labelled_report
    (block,) = [b for b in report.failures.blocks if getattr(b, "rule", "") == "sex.choice"]
    assert isinstance(block, FailureBlock) and len(block) == len(persons)
    assert report.errors == sum(s.failed for s in report.summary if s.severity == "error")
    listed = [f for f in report.failures if f.rule == "sex.choice"]
    assert [(f.hh_id, f.line_no, f.values) for f in listed] == [
        (h, line, {"sex": sex})
        for h, line, sex in zip(persons["hh_id"], persons["line_no"], persons["sex"], strict=True)
    ]
    assert listed[0] is next(f for f in report.failures if f.rule == "sex.choice")


def test_json_is_complete_and_written_piece_by_piece(labelled_report):
    import io
    import json

    out = io.StringIO()
    labelled_report.write_json(out, rows=7)  # many pieces per check
    written = json.loads(out.getvalue())
    assert written == json.loads(json.dumps(labelled_report.to_dict(), default=str))
    assert len(written["failures"]) == len(labelled_report.failures)
    found = {f["rule"]: f for f in written["failures"]}
    assert found["age.type"]["values"] == {"age": "forty"}
    assert found["hours_usual.constraint"]["values"]["hours_usual"] == 500
    assert found["interview_date.type"]["line_no"] is None


def test_xlsx_lists_a_set_number_per_check_with_the_full_count(labelled_report, tmp_path: Path):
    from openpyxl import load_workbook

    from surveytool.validate.report_xlsx import write_xlsx

    path = tmp_path / "report.xlsx"
    write_xlsx(labelled_report, path, per_check=25)
    workbook = load_workbook(path, read_only=True)
    summary = {row[0]: row for row in workbook["summary"].iter_rows(min_row=2, values_only=True)}
    total = summary["sex.choice"][4]
    assert total > 25
    assert (
        summary["sex.choice"][5] == 25
        and f"first 25 of {total:,} listed" in summary["sex.choice"][6]
    )
    checks = [row[0] for row in workbook["failures"].iter_rows(min_row=2, values_only=True)]
    assert checks.count("sex.choice") == 25
    small = {s.id: s.failed for s in labelled_report.summary if 0 < s.failed <= 25}
    assert all(checks.count(check) == failed for check, failed in small.items())


def test_console_says_once_that_a_column_is_wrong_throughout(labelled: Path, capsys):
    from demo_batch import read_text

    from surveytool.cli import main

    persons = read_text(labelled / "persons.csv")
    assert main(["validate", str(labelled)]) == 1
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.startswith("systematic:")]
    assert lines == [
        f"systematic: sex.choice fails on all {len(persons):,} person records: the column "
        "is wrong throughout, e.g. 'Male', 'Female'; fix it at the source"
    ] or lines == [
        f"systematic: sex.choice fails on all {len(persons):,} person records: the column "
        "is wrong throughout, e.g. 'Female', 'Male'; fix it at the source"
    ]
