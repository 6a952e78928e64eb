"""De-identification: no entered name, phone or address in any byte of what a harmonised
package holds; keyed pseudonyms that still join the levels."""

from __future__ import annotations

import io
import re
import zipfile

import pandas as pd
import pyarrow.parquet as pq
import pytest
from package_tables import awkward, demo_tables

from surveytool.form.levels import levels
from surveytool.package.deidentify import deidentify, dropped_columns, pseudonym, pseudonym_columns
from surveytool.package.renderings import render

KEY = bytes(range(32))


@pytest.fixture(scope="module")
def raw(tmp_path_factory, form):
    return demo_tables(tmp_path_factory.mktemp("demo"), form)


@pytest.fixture(scope="module")
def clean(raw, form):
    return deidentify(raw, form, KEY)


def _entered(raw, form) -> set[str]:
    """Every value entered for a direct identifier in the demo."""
    direct = {q.name for q in form.questions() if q.is_direct_identifier}
    found = {
        str(value)
        for frame in raw.values()
        for name in direct & set(frame.columns)
        for value in frame[name].dropna()
    }
    assert len(found) > 50  # names, phones and addresses of 30 households
    return found


def _readable(name: str, data: bytes) -> list[bytes]:
    """The member's bytes and every decoded form of them: the members of a zip (XLSX), the
    values and metadata of a Parquet file (its pages are compressed)."""
    found = [data]
    if name.endswith(".xlsx"):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            found += [archive.read(member) for member in archive.namelist()]
    if name.endswith(".parquet"):
        table = pq.read_table(io.BytesIO(data))
        found.append(repr(table.to_pylist()).encode())
        found.append(repr(table.schema).encode() + repr(table.schema.metadata).encode())
    return found


def _leaks(members: dict[str, bytes], values: set[str]) -> dict[str, set[str]]:
    leaks: dict[str, set[str]] = {}
    for name, data in members.items():
        for blob in _readable(name, data):
            hits = {value for value in values if value.encode() in blob}
            if hits:
                leaks.setdefault(name, set()).update(hits)
    return leaks


def test_no_entered_identifier_in_any_rendering(raw, clean, form):
    entered = _entered(raw, form)
    assert _leaks(render(clean, form), entered) == {}


def test_the_scan_finds_identifiers_left_in(raw, form):
    """The scan can fail: renderings of the tables before de-identification leak in every
    format (so a leak in any of them would be seen)."""
    leaks = _leaks(render(raw, form), _entered(raw, form))
    assert {name.rsplit(".", 1)[1] for name in leaks} == {"parquet", "dta", "sav", "xlsx"}


def test_original_keys_are_gone(raw, clean, form):
    originals = {
        str(value)
        for frame in raw.values()
        for name in pseudonym_columns(form)
        if name in frame.columns and name != "hh_no"  # small numbers occur in any file
        for value in frame[name].dropna()
    }
    assert _leaks(render(clean, form), originals) == {}


def test_direct_identifiers_are_dropped_and_keys_hashed(raw, clean, form):
    assert dropped_columns(form) == {"person_name", "hh_address", "hh_phone"}
    for table, frame in clean.items():
        assert not set(frame.columns) & dropped_columns(form)
        assert list(frame.columns) == [c for c in raw[table].columns if c in frame.columns]
        for name in pseudonym_columns(form):
            if name in frame.columns:
                assert (
                    frame[name].dropna().map(lambda v: bool(re.fullmatch("[0-9a-f]{32}", v))).all()
                )
    households = clean["households"]
    assert households["hh_id"].is_unique and households["case_uuid"].is_unique


def test_pseudonyms_still_join_the_levels(raw, clean, form):
    root = levels(form)[0]
    keys = ["case_uuid", root.key]
    for level in levels(form)[1:]:
        before = raw[level.table].merge(raw[root.table][[*keys, "hh_size"]], on=keys)
        after = clean[level.table].merge(clean[root.table][[*keys, "hh_size"]], on=keys)
        assert len(after) == len(before) == len(raw[level.table])
        assert after["hh_size"].tolist() == before["hh_size"].tolist()
        assert after[level.position].tolist() == before[level.position].tolist()


def test_pseudonyms_are_keyed_and_separated_by_column(raw, form):
    one, other = deidentify(raw, form, KEY), deidentify(raw, form, b"\x01" * 32)
    assert not set(one["households"]["hh_id"]) & set(other["households"]["hh_id"])
    value = raw["households"]["hh_id"].iloc[0]
    assert one["households"]["hh_id"].iloc[0] == pseudonym(KEY, "hh_id", value)
    # psu and cluster hold the same value in the demo; their pseudonyms differ
    assert (raw["households"]["psu"] == raw["households"]["cluster"]).all()
    assert not (one["households"]["psu"] == one["households"]["cluster"]).any()
    assert one["households"]["hh_no"].iloc[0] == pseudonym(KEY, "hh_no", "1")


def test_calculates_reading_a_direct_identifier_go_too(tmp_path):
    form, tables = awkward(tmp_path)
    assert dropped_columns(form) == {"owner", "greeting", "greeting_len", "flagged"}
    assert pseudonym_columns(form) == ("case_uuid", "site_id", "zone", "site_no")
    clean = deidentify(tables, form, KEY)["sites"]
    assert {"owner", "greeting", "greeting_len", "flagged"}.isdisjoint(clean.columns)
    assert clean["site_no"].tolist() == [pseudonym(KEY, "site_no", n) for n in ("1", "2", "1")]
    assert clean["remarks"].equals(tables["sites"]["remarks"])
    assert _leaks(render({"sites": clean}, form), {"Ama Owusu", "Kofi Mensah", "North/1"}) == {}


def test_blanks_stay_blank_and_a_short_key_is_refused(tmp_path):
    form, tables = awkward(tmp_path)
    frame = tables["sites"].assign(zone=pd.Series(["North", None, "South"], dtype="str"))
    clean = deidentify({"sites": frame}, form, KEY)["sites"]
    assert clean["zone"].isna().tolist() == [False, True, False]
    with pytest.raises(ValueError):
        deidentify(tables, form, b"short")
