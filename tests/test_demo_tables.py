"""Demo data and flat tables: every generated row obeys the form's own relevance and constraints.

The check is independent of the interview engine that produced the data: it reads the CSV
files back and evaluates the form's expressions over them with the vectorised evaluator.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from surveytool.cli import main
from surveytool.expr import Table
from surveytool.form import Form, Question
from surveytool.interview.graph import graph_of
from surveytool.store import Store

HOUSEHOLDS = 60


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, dict[str, pd.DataFrame]]:
    folder = tmp_path_factory.mktemp("demo")
    store = folder / "demo.sqlite"
    assert (
        main(
            [
                "demo",
                "--store",
                str(store),
                "--country",
                "CMR",
                "--households",
                str(HOUSEHOLDS),
                "--seed",
                "3",
                "--in-progress",
                "0.1",
            ]
        )
        == 0
    )
    assert main(["tables", "--store", str(store), "--out", str(folder / "out")]) == 0
    tables = {
        name: pd.read_csv(folder / "out" / f"{name}.csv", dtype=str, keep_default_na=False).replace(
            "", None
        )
        for name in ("households", "persons", "absentees")
    }
    return store, tables


def test_demo_store_has_the_requested_households_with_statuses(demo):
    store_path, tables = demo
    with Store.open(store_path, readonly=True) as store:
        assert store.count_cases() == HOUSEHOLDS
        assert (
            store.count_cases(status="complete") + store.count_cases(status="in_progress")
            == HOUSEHOLDS
        )
        assert 1 <= store.count_cases(status="in_progress") <= HOUSEHOLDS // 4
        unfinished = store.cases(status="in_progress")
        assert all(case.n_errors > 0 for case in unfinished)  # stopped part-way, not just labelled
        assert all(case.n_errors == 0 for case in store.cases(status="complete"))
        events = store.events(store.cases(limit=1)[0].uuid)
        times = [e.at for e in events]
        assert times == sorted(times) and len(set(times)) > 10  # paradata: answers over time
    assert len(tables["households"]) == HOUSEHOLDS


def test_tables_have_the_flat_layout(demo, form: Form):
    _, tables = demo
    persons = tables["persons"]
    assert list(persons.columns[:3]) == ["case_uuid", "hh_id", "line_no"]
    assert not persons.duplicated(["hh_id", "line_no"]).any()
    assert set(persons["hh_id"]) == set(tables["households"]["hh_id"])
    for name in ("person_name", "age", "birthplace", "isco08", "rc_cost_fee", "ever_worked_abroad"):
        assert name in persons.columns
    assert persons["search_methods"].dropna().str.fullmatch(r"[0-9]+( [0-9]+)*").all()


def test_demo_is_plausible(demo):
    _, tables = demo
    persons = tables["persons"]
    sizes = persons.groupby("hh_id").size()
    assert 3 <= sizes.mean() <= 7
    migrants = (persons["int_migrant"] == "1").mean()
    assert 0.05 <= migrants <= 0.35
    assert (persons["relationship"] == "1").groupby(persons["hh_id"]).sum().eq(1).all()
    assert persons["rc_cost_fee"].notna().any(), "some recruitment-cost respondents"
    assert (persons["ever_worked_abroad"] == "1").any(), "some return migrants"
    assert {"1", "0"} <= set(persons["employed"].dropna())


def _relevance(form: Form, name: str) -> list[str]:
    """The relevant expressions that decide whether ``name`` is asked: its own and its groups'."""
    graph = graph_of(form)
    found, current = [], name
    while current is not None:
        expression = getattr(graph.elements[current], "relevant", None)
        if expression is not None:
            found.append(expression.source)
        current = graph.parent.get(current)
    return found


def test_every_row_obeys_relevance_and_constraints(demo, form: Form):
    _, tables = demo
    households, persons = tables["households"], tables["persons"]
    levels = {
        None: Table(households, children=persons, key="case_uuid"),
        "persons": Table(
            persons.merge(households, on=["case_uuid", "hh_id"], suffixes=("", "_hh")),
            position="line_no",
            children=persons,
            key="case_uuid",
        ),
        "absentees": Table(
            tables["absentees"].merge(households, on=["case_uuid", "hh_id"]), position="abs_line"
        ),
    }
    checked = 0
    for question in form.questions():
        if question.type == "note":
            continue
        table = levels[question.repeat]
        answered = table.frame[question.name].notna().to_numpy()
        for source in _relevance(form, question.name):
            asked = table.evaluate(source).to_numpy()
            assert not (answered & ~asked).any(), f"{question.name} answered outside {source}"
        if question.constraint is not None:
            table.current = question.name
            holds = table.evaluate(question.constraint.source).to_numpy()
            assert holds[answered].all(), f"{question.name} breaks {question.constraint.source}"
            table.current = None
        checked += int(answered.sum())
    assert checked > 10_000


def test_required_questions_are_answered_in_complete_cases(demo, form: Form):
    _, tables = demo
    households, persons = tables["households"], tables["persons"]
    complete = persons[
        persons["case_uuid"].isin(households.loc[households.status == "complete", "case_uuid"])
    ]
    table = Table(
        complete.merge(households, on=["case_uuid", "hh_id"]),
        position="line_no",
        children=persons,
        key="case_uuid",
    )
    for question in form.questions():
        if question.repeat != "persons" or question.required is None or question.read_only:
            continue
        if question.type in ("calculate", "note"):
            continue
        asked = pd.Series(True, index=table.frame.index)
        for source in _relevance(form, question.name):
            asked &= table.evaluate(source)
        missing = asked & table.frame[question.name].isna()
        assert not missing.any(), f"{question.name} missing in {int(missing.sum())} complete rows"


def test_tables_command_reports_a_bad_store(tmp_path: Path, capsys):
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not sqlite")
    # 2: a store that cannot be used is unusable input, as for validate (1: errors found)
    assert main(["tables", "--store", str(bad), "--out", str(tmp_path / "out")]) == 2
    assert "bad.sqlite: not a surveytool store" in capsys.readouterr().err
    assert not (tmp_path / "out" / "persons.csv").exists()


def test_question_columns_are_typed(form: Form):
    from surveytool.tables.flat import dtype_of

    assert dtype_of(form.question("age"), []) == "Int64"
    assert dtype_of(form.question("earn_amount"), []) == "Float64"
    assert dtype_of(form.question("isco08"), []) == "str"
    assert dtype_of(form.question("employed"), [0, 1, None]) == "Int64"
    assert isinstance(form.question("age"), Question)
