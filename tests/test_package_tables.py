"""A package's tables: canonical CSV bytes that read back as the table written, and refusals
that say where a CSV is wrong."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

import frictionless
import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from package_demo import demo_store, demo_tables

from surveytool.common.errors import UserError
from surveytool.form.levels import levels
from surveytool.package.codebook import codebook_xlsx
from surveytool.package.datapackage import descriptor
from surveytool.package.tabular import csv_bytes, read_csv_bytes
from surveytool.tables.csv_files import csv_blocks

TYPES = {"Int64": "integer", "Float64": "number"}


def fields_of(frame: pd.DataFrame) -> list[dict[str, str]]:
    return [{"name": str(c), "type": TYPES.get(str(frame[c].dtype), "string")} for c in frame]


@pytest.fixture(scope="module")
def tables(form, tmp_path_factory) -> dict[str, pd.DataFrame]:
    path = demo_store(tmp_path_factory.mktemp("tables") / "demo.sqlite", form)
    return demo_tables(path, form)


def test_every_demo_table_reads_back_exactly(tables):
    assert set(tables) == {"households", "persons", "absentees"}
    for name, frame in tables.items():
        assert len(frame), name
        back = read_csv_bytes(csv_bytes(frame), f"{name}.csv", fields_of(frame))
        pd.testing.assert_frame_equal(back, frame)


def test_canonical_bytes_are_plain_utf8_lines_with_bare_integers(tables):
    frame = tables["persons"]
    data = csv_bytes(frame)
    assert data == csv_bytes(frame.copy())  # deterministic
    assert not data.startswith(b"\xef\xbb\xbf") and b"\r\n" not in data and data.endswith(b"\n")
    rows = list(csv.DictReader(io.StringIO(data.decode())))
    ages = [row["age"] for row in rows]
    assert all(age.isdigit() for age in ages if age), ages  # no "34.0"
    assert all(row[c] == "" for row in rows for c in frame if frame[c].isna().all())


def test_cells_are_quoted_only_when_they_must_be():
    frame = pd.DataFrame(
        {
            "n": pd.Series([1, None, -3], dtype="Int64"),
            "x": pd.Series([0.1, 2.0, None], dtype="Float64"),
            "t": pd.Series(["plain", 'say "hi", then\rgo', None], dtype="str"),
        }
    )
    assert csv_bytes(frame) == b'n,x,t\n1,0.1,plain\n,2.0,"say ""hi"", then\rgo"\n-3,,\n'


def test_a_lone_column_of_blanks_keeps_its_rows():
    frame = pd.DataFrame({"t": pd.Series([None, "a", None], dtype="str")})
    data = csv_bytes(frame)
    assert data == b't\n""\na\n""\n'
    pd.testing.assert_frame_equal(read_csv_bytes(data, "t.csv", fields_of(frame)), frame)


def test_live_text_is_written_inert_and_read_back_as_entered():
    entered = ['=HYPERLINK("http://x","y")', "+A1", "-x", "@SUM(A1)", "\tcmd", "\rcmd", "'=x"]
    frame = pd.DataFrame({"person_name": pd.Series(entered, dtype="str")})
    rows = list(csv.reader(io.StringIO(csv_bytes(frame).decode(), newline="")))[1:]
    assert [row[0] for row in rows] == ["'" + text for text in entered]
    back = read_csv_bytes(csv_bytes(frame), "p.csv", fields_of(frame))
    assert back["person_name"].tolist() == entered


TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("=+-@'\t\r\n,\" ;")),
        st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    ),
    min_size=1,
    max_size=12,
)


@st.composite
def frames(draw: st.DrawFn) -> pd.DataFrame:
    rows = draw(st.integers(0, 6))
    kinds = draw(st.lists(st.sampled_from(["Int64", "Float64", "str"]), min_size=1, max_size=4))
    data: dict[str, pd.Series] = {}
    for index, kind in enumerate(kinds):
        if kind == "Int64":
            values: st.SearchStrategy[object] = st.integers(-(2**63), 2**63 - 1)
        elif kind == "Float64":
            values = st.floats(allow_nan=False)
        else:
            values = TEXT
        cells = draw(st.lists(st.none() | values, min_size=rows, max_size=rows))
        data[f"c{index}"] = pd.Series(cells, dtype=kind)
    return pd.DataFrame(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(frames())
def test_any_table_of_the_flat_types_reads_back_exactly(frame):
    data = csv_bytes(frame)
    assert b"".join(csv_blocks(frame, rows=2)) == data  # written in blocks, the same bytes
    pd.testing.assert_frame_equal(read_csv_bytes(data, "t.csv", fields_of(frame)), frame)


def test_bytes_that_are_not_utf8_are_refused_with_their_line_and_byte():
    data = "a,b\n1,é\n2,caf".encode() + b"\xe9\n"
    with pytest.raises(UserError) as caught:
        read_csv_bytes(data, "persons.csv")
    assert str(caught.value).startswith("persons.csv, row 3: byte 6 of this line is not UTF-8")


@pytest.mark.parametrize(
    ("header", "says"),
    [
        (b"a,c\n", "the header lacks the column(s) the descriptor names: b"),
        (b"a,b,z\n", "the header names column(s) the descriptor does not: z"),
        (b"b,a\n", "not in the descriptor's order: expected a, b"),
        (b"a,a,b\n", "persons.csv, row 1, column a: a column name appears twice"),
    ],
)
def test_a_header_other_than_the_fields_is_refused(header, says):
    fields = [{"name": "a", "type": "integer"}, {"name": "b", "type": "string"}]
    with pytest.raises(UserError) as caught:
        read_csv_bytes(header + b"1,x\n", "persons.csv", fields)
    assert says in str(caught.value)


def test_an_empty_file_is_refused():
    with pytest.raises(UserError, match=r"persons\.csv: the file is empty"):
        read_csv_bytes(b"", "persons.csv", [{"name": "a"}])


def test_a_cell_its_type_cannot_hold_is_refused_where_it_is():
    fields = [{"name": "a", "type": "integer"}, {"name": "x", "type": "number"}]
    with pytest.raises(UserError) as caught:
        read_csv_bytes(b"a,x\n1,2.5\n2.0,3\n", "t.csv", fields)
    assert (
        str(caught.value)
        == "t.csv, row 3, column a: '2.0' is not a whole number (the column holds integers)"
    )
    with pytest.raises(UserError) as caught:
        read_csv_bytes(b"a,x\n1,2.5\n2,three\n", "t.csv", fields)
    assert "row 3, column x: 'three' is not a number" in str(caught.value)


def test_a_ragged_row_is_refused():
    with pytest.raises(UserError, match="not a readable CSV file"):
        read_csv_bytes(b"a,b\n1,2,3\n", "t.csv")


# --- datapackage.json ---------------------------------------------------------------------


def written_package(folder, form, tables, extra=None, change=None):
    """The level CSVs (and ``extra``) with their descriptor in ``folder``; ``change`` edits
    the members before the descriptor is made (so hashes agree with the edited bytes)."""
    members = {f"{name}.csv": csv_bytes(frame) for name, frame in tables.items()}
    members.update({path: csv_bytes(frame) for path, frame in (extra or {}).items()})
    if change:
        members = change(members)
    described = descriptor(form, tables, members, extra=extra or {})
    for name, data in members.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    path = folder / "datapackage.json"
    path.write_text(json.dumps(described, ensure_ascii=False, indent=2, sort_keys=True))
    return path, described


PARADATA = {
    "paradata/cases.csv": pd.DataFrame(
        {
            "uuid": pd.Series(["u1", "u2"], dtype="str"),
            "status": pd.Series(["complete", "complete"], dtype="str"),
            "n_errors": pd.Series([0, None], dtype="Int64"),
        }
    ),
    "paradata/events.csv": pd.DataFrame(
        {
            "case_uuid": pd.Series(["u1", "u1"], dtype="str"),
            "path": pd.Series(["person_name", "age"], dtype="str"),
            "value": pd.Series(['=HYPERLINK("http://x","y")', "34"], dtype="str"),
            "seconds": pd.Series([1.5, None], dtype="Float64"),
        }
    ),
}


def test_frictionless_validates_the_written_package(tables, form, tmp_path):
    path, described = written_package(tmp_path, form, tables, PARADATA)
    report = frictionless.validate(str(path))
    assert report.valid, report.flatten(["type", "message"])[:5]
    names = [resource["name"] for resource in described["resources"]]
    assert names == ["household", "person", "absentee", "paradata-cases", "paradata-events"]
    assert described["profile"] == "tabular-data-package"


def test_frictionless_catches_a_broken_foreign_key_and_a_changed_byte(tables, form, tmp_path):
    """The validation above is a real one: an orphan person and a file changed after the
    descriptor was made are both reported."""

    def orphan(members):
        data = members["persons.csv"]
        first = tables["persons"]["hh_id"].iloc[0].encode()
        return {**members, "persons.csv": data.replace(first, b"NO-SUCH-HOUSEHOLD", 1)}

    path, _ = written_package(tmp_path, form, tables, change=orphan)
    (tmp_path / "absentees.csv").write_bytes((tmp_path / "absentees.csv").read_bytes() + b"\n")
    errors = {error[0] for error in frictionless.validate(str(path)).flatten(["type"])}
    assert {"foreign-key", "hash-count"} <= errors, errors


def test_fields_are_typed_labelled_and_keyed_from_the_form(tables, form):
    members = {f"{name}.csv": csv_bytes(frame) for name, frame in tables.items()}
    described = descriptor(form, tables, members)
    household, person, absentee = described["resources"]
    assert household["path"] == "households.csv" and person["path"] == "persons.csv"
    assert person["bytes"] == len(members["persons.csv"])
    assert person["hash"] == "sha256:" + hashlib.sha256(members["persons.csv"]).hexdigest()
    fields = {f["name"]: f for f in person["schema"]["fields"]}
    assert [f["name"] for f in person["schema"]["fields"]] == list(tables["persons"].columns)
    assert fields["age"]["type"] == "integer"
    assert fields["birth_date"]["type"] == "date"
    assert fields["case_uuid"]["type"] == "string"
    assert fields["sex"]["type"] == "integer"
    male = fields["sex"]["categories"][0]
    assert male["value"] == 1 and male["label"] == "Male"
    assert set(male["labels"]) == {"fr", "ar", "pt"} and male["labels"]["fr"]
    assert fields["edu_level_nat"]["type"] == "string"  # a code 'X' among its codes
    assert {"value": "X"}.items() <= fields["edu_level_nat"]["categories"][0].items()
    assert fields["person_name"]["title"].startswith("What is the name")
    decimal = next(
        q.name for q in form.questions() if q.type == "decimal" and q.repeat == "persons"
    )
    assert fields[decimal]["type"] == "number"
    multiple = next(q.name for q in form.questions() if q.type == "select_multiple")
    level = next(
        r for r in described["resources"] for f in r["schema"]["fields"] if f["name"] == multiple
    )
    field = next(f for f in level["schema"]["fields"] if f["name"] == multiple)
    assert field["type"] == "string" and "categories" not in field and field["itemCategories"]
    assert household["schema"]["primaryKey"] == ["hh_id"]
    assert person["schema"]["primaryKey"] == ["hh_id", "line_no"]
    assert absentee["schema"]["primaryKey"] == ["hh_id", "abs_line"]
    assert person["schema"]["foreignKeys"] == [
        {"fields": ["hh_id"], "reference": {"resource": "household", "fields": ["hh_id"]}}
    ]
    assert "foreignKeys" not in household["schema"]
    assert all(r["schema"]["missingValues"] == [""] for r in described["resources"])
    assert descriptor(form, tables, members) == described  # the same input, the same descriptor


def test_a_level_csv_reads_back_through_its_descriptor_fields(tables, form):
    """What an importer does: the descriptor's types give numbers back as numbers and
    numeric codes as integers; text, dates and text codes stay text."""
    members = {f"{name}.csv": csv_bytes(frame) for name, frame in tables.items()}
    person = descriptor(form, tables, members)["resources"][1]
    back = read_csv_bytes(members["persons.csv"], "persons.csv", person["schema"]["fields"])
    frame = tables["persons"]
    assert str(back["sex"].dtype) == "Int64"
    assert back["sex"].equals(pd.to_numeric(frame["sex"]).astype("Int64"))
    same = [c for c in frame if str(back[c].dtype) == str(frame[c].dtype)]
    pd.testing.assert_frame_equal(back[same], frame[same])


# --- codebook.xlsx ------------------------------------------------------------------------


@dataclass(frozen=True)
class Derived:
    name: str
    level: str
    labels: Mapping[str, str]
    type: str = "integer"
    choices: Mapping[str, Mapping[str, str]] = field(default_factory=dict)


MIGRANT = Derived(
    "migrant_birth",
    "person",
    {"en": "Migrant by birth", "fr": "Migrant par la naissance"},
    choices={"1": {"en": "Migrant", "fr": "Migrant"}, "2": {"en": '=HYPERLINK("http://x","y")'}},
)


def sheet_rows(data: bytes, sheet: str) -> list[dict[str, object]]:
    book = openpyxl.load_workbook(io.BytesIO(data))
    rows = list(book[sheet].iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_the_codebook_lists_every_column_with_labels_universe_and_codes(tables, form):
    data = codebook_xlsx(form, tables, [MIGRANT])
    assert openpyxl.load_workbook(io.BytesIO(data)).sheetnames == ["variables", "values"]
    variables = sheet_rows(data, "variables")
    listed = [(row["level"], row["name"]) for row in variables]
    expected = [
        (level.name, str(name)) for level in levels(form) for name in tables[level.table].columns
    ]
    assert listed == [*expected, ("person", "migrant_birth")]
    by_name = {row["name"]: row for row in variables if row["level"] == "person"}
    sex = by_name["sex"]
    assert (sex["type"], sex["question"], sex["codes"]) == ("integer", "select_one", "sex")
    assert all(sex[f"label_{code}"] for code in ("en", "fr", "ar", "pt"))
    assert by_name["work_business"]["universe"] == (
        "(${work_wage} = 2) and (${age} >= ${wa_min} and ${usual_resident} = 1)"
    )
    assert by_name["line_no"]["universe"] is None  # asked of everyone: blank
    assert by_name["person_name"]["identifier"] == "direct"
    assert by_name["case_uuid"]["question"] == "key" and by_name["case_uuid"]["label_en"]
    derived = by_name["migrant_birth"]
    assert (derived["universe"], derived["question"], derived["label_fr"]) == (
        "derived",
        "derived",
        "Migrant par la naissance",
    )
    values = sheet_rows(data, "values")
    sex_codes = [(row["code"], row["label_en"]) for row in values if row["list"] == "sex"]
    assert sex_codes[:2] == [("1", "Male"), ("2", "Female")]
    assert len({row["list"] for row in values if row["list"] == "iso3166"}) == 1
    assert ("2", '\'=HYPERLINK("http://x","y")') in [
        (row["code"], row["label_en"]) for row in values if row["list"] == "migrant_birth"
    ]


def test_the_codebook_bytes_depend_on_the_content_only(tables, form):
    data = codebook_xlsx(form, tables)
    assert codebook_xlsx(form, tables) == data
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    assert "2000-01-01T00:00:00Z" in core and str(datetime.now().year) not in core
