"""One coercion for live entry and batch (issue 10, point 5).

The interview (``Interview.answer``) and the batch reader (``typed_frame`` on a real
DataFrame, then the form's ``.choice`` check for select answers) must accept and refuse the
same raw texts and give the same values, for a question of every kind of the shipped form.
"""

from __future__ import annotations

import functools
import json
import math
import shutil
from pathlib import Path

import pandas as pd
import pytest
from demo_batch import demo_batch, read_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from surveytool.cli import main
from surveytool.common import resource_path
from surveytool.form import load
from surveytool.form.answers import answer_kind, read_answer
from surveytool.form.model import Form, Question
from surveytool.interview import AnswerStatus, Interview
from surveytool.validate.schema import codes_in_list
from surveytool.validate.typed import typed_frame

KINDS = ("integer", "decimal", "date", "month-year", "select_one", "select_multiple", "text")
SELECTS = ("select_one", "select_multiple")


def question_of(form: Form, kind: str) -> Question:
    """The form's first question of ``kind`` asked in a repeat (no roster side effects)."""
    return next(q for q in form.questions() if q.repeat and answer_kind(q) == kind)


# --------------------------------------------------------------------------- raw texts
_SPACE = st.sampled_from(["", "", " ", "  ", "\t", "\u00a0"])


@st.composite
def number_texts(draw: st.DrawFn) -> str:
    """Numbers as people and programs write them: signs, spaces, leading zeros, decimals,
    exponents, commas, and things that only look like numbers."""
    sign = draw(st.sampled_from(["", "", "+", "-", "--"]))
    digits = draw(st.sampled_from(["", "0", "00", "007"])) + str(draw(st.integers(0, 10**17)))
    fraction = draw(st.sampled_from(["", "", ".", ".0", ".5", ".25", ",5", ".000"]))
    exponent = draw(st.sampled_from(["", "", "e3", "E-2", "e+05", "e400", "e"]))
    return draw(_SPACE) + sign + digits + fraction + exponent + draw(_SPACE)


@st.composite
def date_texts(draw: st.DrawFn) -> str:
    """Dates and month-years, real and not: 2026-13-45, 2026-02-30, 2019-05, 20190501."""
    year = draw(st.sampled_from(["0000", "1500", "1676", "1900", "2019", "2024", "2262", "9999"]))
    month = draw(st.sampled_from(["00", "01", "02", "05", "12", "13", "5"]))
    day = draw(st.sampled_from(["00", "01", "15", "28", "29", "30", "31", "32", "45", "1"]))
    shape = draw(st.sampled_from(["{y}-{m}-{d}", "{y}-{m}", "{y}{m}{d}", "{y}", "{d}/{m}/{y}"]))
    return draw(_SPACE) + shape.format(y=year, m=month, d=day) + draw(_SPACE)


def code_texts(codes: tuple[str, ...]) -> st.SearchStrategy[str]:
    """Codes of the list and others, alone or several, with stray spaces and repeats."""
    code = st.one_of(st.sampled_from(codes), st.sampled_from(["7", "99", "x", "01", "1.0"]))
    return st.lists(code, min_size=1, max_size=4).flatmap(
        lambda picked: _SPACE.map(lambda space: space + " ".join(picked) + space)
    )


def raw_texts(codes: tuple[str, ...]) -> st.SearchStrategy[str | None]:
    return st.one_of(
        st.none(),
        st.sampled_from(["", " ", "inf", "NaN", "1 000", "0x10", "\u0663", "forty"]),
        number_texts(),
        date_texts(),
        code_texts(codes),
        st.text(max_size=6),
    )


# --------------------------------------------------------------------------- both readers
def live(interview: Interview, question: Question, raws: list[str | None]) -> list[tuple]:
    """(accepted, stored value) per raw text, answered one after the other on screen."""
    instance = interview.instances(question.repeat)[0]
    address = interview.address(question.name, instance)
    seen = []
    for raw in raws:
        result = interview.answer(address, raw)
        accepted = result.status is not AnswerStatus.INVALID
        seen.append((accepted, interview.answers.get(address) if accepted else None))
    return seen


def batch(form: Form, question: Question, raws: list[str | None], storage: str) -> list[tuple]:
    """(accepted, typed value) per row of a real batch column holding the raw texts."""
    column = pd.Series(raws, dtype="string" if storage == "string" else object)
    frame = pd.DataFrame({"hh_id": "H1", question.name: column})
    if storage == "category":
        frame = frame.astype("category")
    typed, failures = typed_frame(form, frame, question.repeat)
    refused = set(failures[question.name].rows) if question.name in failures else set()
    choices = form.choices_for(question)
    if question.type in SELECTS and choices is not None:
        holds = codes_in_list(
            typed,
            rule=f"{question.name}.choice",
            column=question.name,
            codes=list(choices.values()),
            multiple=question.type == "select_multiple",
        )
        refused |= set((~holds.to_numpy(dtype=bool)).nonzero()[0])
    values = [None if pd.isna(v) else v for v in pd.Series(typed[question.name]).tolist()]
    return [
        (row not in refused, None if row in refused else values[row]) for row in range(len(raws))
    ]


@functools.cache
def shipped() -> tuple[Form, Interview]:
    """The shipped form and one case with an instance of each repeat (no hypothesis
    argument: its repr would be the whole form)."""
    form = load(resource_path("forms", "lfs_migration.xlsx"))
    case = Interview(form)
    for repeat in case.graph.repeats:
        case.add_instance(repeat)
    return form, case


@pytest.mark.parametrize("kind", KINDS)
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_live_entry_and_batch_accept_the_same_texts_with_the_same_values(
    kind: str, data: st.DataObject
):
    form, interview = shipped()
    question = question_of(form, kind)
    choices = form.choices_for(question)
    codes = choices.values() if choices is not None else ("1", "2")
    raws = data.draw(st.lists(raw_texts(codes), min_size=1, max_size=20), label="raws")
    storage = data.draw(st.sampled_from(["object", "category", "string"]), label="storage")
    assert batch(form, question, raws, storage) == live(interview, question, raws)


@pytest.mark.parametrize("kind", ["integer", "decimal"])
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(numbers=st.lists(st.one_of(st.floats(), st.integers(-(2**53), 2**53)), min_size=1))
def test_a_column_of_numbers_is_judged_like_a_number_given_live(
    kind: str, numbers: list[float | int]
):
    """A batch built in memory (numbers, not text) follows the same rule as live entry."""
    form = shipped()[0]
    question = question_of(form, kind)
    frame = pd.DataFrame({question.name: pd.Series(numbers, dtype="float64")})
    typed, failures = typed_frame(form, frame, question.repeat)
    refused = set(failures[question.name].rows) if question.name in failures else set()
    got = [None if pd.isna(v) else v for v in typed[question.name].tolist()]
    for row, number in enumerate(frame[question.name].tolist()):
        value, reason = read_answer(kind, number)
        assert (row in refused) == (reason is not None), number
        assert got[row] == value or (value is None and got[row] is None), number


@pytest.mark.parametrize(
    ("kind", "raw", "value"),
    [
        ("month-year", "2019-05", "2019-05-01"),  # what the interview has always stored
        ("month-year", " 2019-05-17 ", "2019-05-17"),
        ("date", "2026-02-28", "2026-02-28"),
        ("integer", "007", 7),
        ("integer", "1e3", 1000),
        ("integer", "-5.0", -5),
        ("decimal", "+.5", 0.5),
        ("decimal", "1e+05", 100000.0),
        ("text", "  ", None),
    ],
)
def test_readings_that_both_sides_accept(kind: str, raw: str, value: object):
    assert read_answer(kind, raw) == (value, None)


@pytest.mark.parametrize(
    ("kind", "raw"),
    [
        ("date", "2019-05"),  # a date question needs its day
        ("date", "2026-02-30"),
        ("date", "20190501"),
        ("month-year", "2026-13"),
        ("integer", "5.5"),
        ("integer", str(2**53 + 1)),
        ("decimal", "1,5"),  # the decimal point is '.'
        ("decimal", "1 000"),
        ("decimal", "inf"),
    ],
)
def test_readings_that_both_sides_refuse(kind: str, raw: str):
    value, reason = read_answer(kind, raw)
    assert value is None and reason


# --------------------------------------------------------------------------- a real batch
@pytest.fixture(scope="module")
def month_batch(tmp_path_factory) -> Path:
    """A demo batch whose month-year answers are written as the spec writes them, YYYY-MM."""
    folder = demo_batch(tmp_path_factory.mktemp("months"), households=25, seed=5)
    persons = read_text(folder / "persons.csv")
    for name in ("job_start", "rc_job_start"):
        assert persons[name].notna().any(), f"the demo batch should answer {name}"
        persons[name] = persons[name].str.slice(0, 7)
    persons.to_csv(folder / "persons.csv", index=False)
    return folder


def _report(folder: Path, path: Path) -> tuple[int, dict]:
    code = main(["validate", str(folder), "--json", str(path)])
    return code, json.loads(path.read_text(encoding="utf-8"))


def test_a_month_year_answer_of_yyyy_mm_is_no_type_error_in_a_batch(
    month_batch: Path, tmp_path: Path
):
    code, report = _report(month_batch, tmp_path / "report.json")
    rules = {f["rule"] for f in report["failures"]}
    assert not {"job_start.type", "rc_job_start.type"} & rules
    assert code == 0, sorted(rules)


def test_a_month_year_after_the_interview_still_breaks_its_check(month_batch: Path, tmp_path: Path):
    """The month is read as its first day, so the form's date checks still compare it."""
    folder = tmp_path / "late"
    shutil.copytree(month_batch, folder)
    persons = read_text(folder / "persons.csv")
    row = persons.index[persons["job_start"].notna()][0]
    persons.loc[row, "job_start"] = "2099-01"
    persons.to_csv(folder / "persons.csv", index=False)
    code, report = _report(folder, tmp_path / "report.json")
    found = {(f["rule"], f["hh_id"], f["line_no"]) for f in report["failures"]}
    assert ("job_start.constraint", persons.at[row, "hh_id"], persons.at[row, "line_no"]) in found
    assert code == 1 and not any(f["rule"].endswith(".type") for f in report["failures"])


def test_no_answer_is_the_same_everywhere():
    for kind in KINDS:
        for blank in (None, "", "   ", math.nan):
            assert read_answer(kind, blank) == (None, None), (kind, blank)
