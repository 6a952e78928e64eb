"""Time the form's relevance and constraint expressions, scalar and vectorised.

(a) scalar: every relevant/constraint of the form for one household of 10 persons (each
    person-level expression once per person), as the entry screen would after opening a case;
(b) vectorised: every person-level relevant/constraint over N generated person rows.
Both are printed beside a hand-written baseline measured in the same run: plain Python for
(a) and plain pandas for (b), over a subset of the same expressions written by hand.

Usage: .venv/bin/python benchmarks/bench_expressions.py [--rows 1000000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import pandas as pd
from demo_data import person_rows

from surveytool.common import resource_path
from surveytool.expr import Table, compile_expression, values
from surveytool.expr.scalar import Env
from surveytool.form import Form, Question, load
from surveytool.form.checks import expressions_of
from surveytool.form.model import Element, Group

CHECKED = ("relevant", "constraint")

# Hand-written equivalents of a subset of the form's expressions, for the baselines.
# name -> (XLSForm expression, pandas implementation, plain-Python implementation)
SUBSET: dict[str, tuple[str, Callable[[pd.DataFrame], pd.Series], Callable[[dict], bool]]] = {
    "adult_resident": (
        "${age} >= ${wa_min} and ${usual_resident} = 1",
        lambda d: (d["age"] >= d["wa_min"]) & (d["usual_resident"] == "1"),
        lambda a: a["age"] is not None and a["age"] >= a["wa_min"] and a["usual_resident"] == "1",
    ),
    "not_at_work": (
        "${work_wage} = 2 and ${work_business} = 2",
        lambda d: (d["work_wage"] == "2") & (d["work_business"] == "2"),
        lambda a: a["work_wage"] == "2" and a["work_business"] == "2",
    ),
    "age_range": (
        "${age} >= 0 and ${age} <= 120",
        lambda d: d["age"].between(0, 120),
        lambda a: a["age"] is not None and 0 <= a["age"] <= 120,
    ),
    "born_abroad_or_lived": (
        "${birthplace} = 2 or ${ever_abroad_12m} = 1",
        lambda d: (d["birthplace"] == "2") | (d["ever_abroad_12m"] == "1"),
        lambda a: a["birthplace"] == "2" or a["ever_abroad_12m"] == "1",
    ),
    "recent_arrival": (
        "${arrival_year} >= ${survey_year} - 3 and ${arrival_year} != 9998",
        lambda d: (d["arrival_year"] >= d["survey_year"] - 3) & (d["arrival_year"] != 9998),
        lambda a: (
            a["arrival_year"] is not None
            and a["arrival_year"] >= a["survey_year"] - 3
            and a["arrival_year"] != 9998
        ),
    ),
    "search_abroad": (
        "selected(${search_methods}, '7')",
        lambda d: d["search_methods"].str.contains(r"(?:^|\s)7(?:\s|$)", regex=True),
        lambda a: "7" in (a["search_methods"] or "").split(),
    ),
    "foreign_citizen": (
        "${citizenship} = 3 or ${citizenship} = 4",
        lambda d: d["citizenship"].isin(["3", "4"]),
        lambda a: a["citizenship"] in ("3", "4"),
    ),
    "hours": (
        "${hours_actual} <= ${hours_usual} + 40",
        lambda d: d["hours_actual"] <= d["hours_usual"] + 40,
        lambda a: (
            a["hours_actual"] is not None
            and a["hours_usual"] is not None
            and a["hours_actual"] <= a["hours_usual"] + 40
        ),
    ),
}


def person_expressions(form: Form) -> list[str]:
    found = []
    for element in form.walk():
        in_repeat = isinstance(element, Question) and element.repeat == "persons"
        if in_repeat or (element.name != "persons" and _inside_persons(form, element.name)):
            found += [e.source for column, e in expressions_of(element) if column in CHECKED]
    return found


def _inside_persons(form: Form, name: str) -> bool:
    persons = form.element("persons")
    return any(child.name == name for child in _descendants(persons))


def _descendants(element: Element) -> list[Element]:
    children = list(element.children) if isinstance(element, Group) else []
    for child in list(children):
        children += _descendants(child)
    return children


def household_expressions(form: Form) -> list[str]:
    person_level = {e.name for e in _descendants(form.element("persons"))}
    return [
        e.source
        for element in form.walk()
        if element.name not in person_level and element.name != "persons"
        for column, e in expressions_of(element)
        if column in CHECKED
    ]


def median_time(function: Callable[[], object], repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def scalar_household(
    form: Form, people: pd.DataFrame
) -> tuple[Callable[[], None], tuple[Callable[[], None], Callable[[], None]], int]:
    """(every expression, (the SUBSET by the engine, the SUBSET by hand), evaluations)."""
    household = [compile_expression(e) for e in household_expressions(form)]
    person = [compile_expression(e) for e in person_expressions(form)]
    records = people.head(10).astype(object).where(people.head(10).notna(), None).to_dict("records")
    envs = [
        Env({k: values.from_answer(v) for k, v in record.items()}, position=i + 1)
        for i, record in enumerate(records)
    ]
    first = envs[0]

    def engine() -> None:
        for function in household:
            function(first)
        for env in envs:
            for function in person:
                function(env)

    hand = [python for _, _, python in SUBSET.values()]
    subset = [compile_expression(e) for e, _, _ in SUBSET.values()]

    def engine_subset() -> None:
        for env in envs:
            for function in subset:
                function(env)

    def by_hand() -> None:
        for record in records:
            for python in hand:
                python(record)

    return engine, (engine_subset, by_hand), len(household) + 10 * len(person)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    form = load(resource_path("forms", "lfs_migration.xlsx"))
    people = person_rows(form, args.rows)
    expressions = person_expressions(form)

    engine, (engine_subset, by_hand), evaluations = scalar_household(form, people)
    t_engine = median_time(engine, args.repeat * 20)
    t_subset = median_time(engine_subset, args.repeat * 20)
    t_hand = median_time(by_hand, args.repeat * 20)
    print(f"(a) scalar, one household of 10 persons: {evaluations} evaluations")
    print(f"    all relevance+constraint expressions: {t_engine * 1e3:8.3f} ms")
    print(f"    subset of {len(SUBSET)} x 10 persons, engine:    {t_subset * 1e6:8.1f} us")
    print(f"    subset of {len(SUBSET)} x 10 persons, by hand:   {t_hand * 1e6:8.1f} us")
    print(f"    ratio engine / hand-written: {t_subset / t_hand:5.2f}")

    def vector_all() -> None:
        table = Table(people, position="line_no", children=people, key="case_uuid")
        for expression in expressions:
            table.evaluate(expression)

    def vector_subset() -> None:
        table = Table(people)
        for expression, _, _ in SUBSET.values():
            table.evaluate(expression)

    def pandas_subset() -> None:
        for _, pandas_version, _ in SUBSET.values():
            pandas_version(people)

    for name, (expression, pandas_version, _) in SUBSET.items():
        ours = Table(people).evaluate(expression)
        theirs = pandas_version(people).fillna(False).astype(bool)
        assert (ours.to_numpy() == theirs.to_numpy()).all(), f"baseline disagrees on {name}"
    t_all = median_time(vector_all, args.repeat)
    t_vsub = median_time(vector_subset, args.repeat)
    t_pandas = median_time(pandas_subset, args.repeat)
    print(f"(b) vectorised over {args.rows:,} person rows")
    print(f"    all {len(expressions)} person-level expressions: {t_all:8.2f} s")
    print(f"    subset of {len(SUBSET)}, engine:      {t_vsub:8.3f} s")
    print(f"    subset of {len(SUBSET)}, pandas by hand: {t_pandas:8.3f} s")
    print(f"    ratio engine / hand-written: {t_vsub / t_pandas:5.2f}")


if __name__ == "__main__":
    main()
