"""Spreadsheet-executable text made inert, and the mark taken off again exactly."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from surveytool.common.cells import inert, inert_frame, is_live, restore


@pytest.mark.parametrize(
    "text", ['=HYPERLINK("http://x","y")', "+1+2", "-x", "@SUM(A1)", "\tcmd", "\rcmd", "=1"]
)
def test_text_a_spreadsheet_would_run_gets_an_apostrophe(text):
    assert is_live(text)
    assert inert(text) == "'" + text
    assert restore(inert(text)) == text


@pytest.mark.parametrize("text", ["Amina", "-5", "+2.5", "1e3", "-.5", "'quoted", "a=b", ""])
def test_safe_text_and_plain_numbers_are_left_alone(text):
    assert not is_live(text)
    assert inert(text) == text
    assert restore(text) == text


def test_apostrophes_before_a_formula_get_one_more_so_restore_is_exact():
    assert inert("'=x") == "''=x"
    assert restore("''=x") == "'=x"
    assert restore("'=x") == "=x"


def test_nul_is_dropped():
    assert inert("a\x00b") == "ab"
    assert inert("\x00=x") == "'=x"


TEXT = st.text(alphabet=st.sampled_from(list("'=+-@\t\r1.e ab")), max_size=8)


@given(TEXT)
def test_restore_undoes_inert_and_nothing_inert_writes_is_live(text):
    assert restore(inert(text)) == text
    assert not is_live(inert(text))


@given(TEXT, TEXT)
def test_inert_never_makes_two_texts_one(a, b):
    if a != b:
        assert inert(a) != inert(b)


def test_inert_frame_changes_text_columns_only():
    frame = pd.DataFrame(
        {
            "name": pd.Series(["=cmd", "Ana", None], dtype="str"),
            "age": pd.Series([-1, 30, None], dtype="Int64"),
            "code": pd.Categorical(["-x", "1", "-x"]),
        }
    )
    out = inert_frame(frame)
    assert out["name"].tolist()[:2] == ["'=cmd", "Ana"] and pd.isna(out["name"].iloc[2])
    assert out["age"].equals(frame["age"])
    assert out["code"].tolist() == ["'-x", "1", "'-x"]
    assert frame["name"].iloc[0] == "=cmd"  # the caller's frame is untouched
    safe = pd.DataFrame({"name": pd.Series(["Ana"], dtype="str")})
    assert inert_frame(safe) is safe
