"""Batch validation of N persons (and their households) from demo data.

The full validation (every form check and every rule) is timed, with its peak memory, beside
a hand-written vectorised pandas implementation of a subset of the same checks measured in
the same run, and our engine on exactly that subset (the ratio compares like with like).

Usage: .venv/bin/python benchmarks/bench_validate.py [--persons 1000000] [--csv FOLDER]

With ``--csv`` the tables go through CSV files and the validator's reader first (the
reading is timed on its own line), as in ``surveytool validate FOLDER``.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

import numpy as np
import pandas as pd
from demo_data import simulated_tables

from surveytool.common import resource_path
from surveytool.form import load
from surveytool.validate import default_rules_path, load_rules, read_data, validate_tables
from surveytool.validate.rules import Rule, RuleSet


def scaled(form: object, persons_wanted: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Copies of simulated households with new keys until there are enough persons.

    The columns are text categories, as ``surveytool validate`` reads CSV files."""
    tables = simulated_tables(form)  # type: ignore[arg-type]
    copies = int(np.ceil(persons_wanted / len(tables["persons"])))
    big_h = _copied(tables["households"], copies)
    big_p = _copied(tables["persons"], copies).iloc[:persons_wanted]
    cut = big_p["hh_id"].iloc[-1]  # the household cut in two by the row limit: drop it whole
    big_p = big_p[big_p["hh_id"] != cut].reset_index(drop=True)
    big_h = big_h[big_h["hh_id"].isin(set(big_p["hh_id"]))].reset_index(drop=True)
    return big_h, big_p


def _copied(frame: pd.DataFrame, copies: int) -> pd.DataFrame:
    """``copies`` copies of the text of ``frame``, each with its own household ids."""
    text = frame.astype(str).where(frame.notna(), None)
    columns = {}
    for name in text.columns:
        if name == "hh_id":
            ids = [f"{hh_id}-{copy}" for copy in range(copies) for hh_id in text[name]]
            columns[name] = pd.Categorical(ids)
        else:
            base = pd.Categorical(text[name])
            codes = np.tile(base.codes, copies)
            columns[name] = pd.Categorical.from_codes(codes, dtype=base.dtype)
    return pd.DataFrame(columns)


#: the checks written both ways: (id, XLSForm expression, pandas by hand -> failing mask)
SUBSET = [
    (
        "age",
        "${age} = '' or (${age} >= 0 and ${age} <= 120)",
        lambda p, age, hours: age.notna() & ~age.between(0, 120),
    ),
    (
        "hours",
        "${hours_usual} = '' or (${hours_usual} >= 0 and ${hours_usual} <= 168)",
        lambda p, age, hours: hours.notna() & ~hours.between(0, 168),
    ),
    (
        "work_wage_universe",
        "${work_wage} = '' or (${age} >= 15 and ${usual_resident} = 1)",
        lambda p, age, hours: (
            p["work_wage"].notna() & ~((age >= 15) & (p["usual_resident"] == "1"))
        ),
    ),
    (
        "sex_codes",
        "${sex} = '' or ${sex} = '1' or ${sex} = '2'",
        lambda p, age, hours: p["sex"].notna() & ~p["sex"].isin(["1", "2"]),
    ),
    (
        "birth_country_universe",
        "${birth_country} = '' or ${birthplace} = 2",
        lambda p, age, hours: p["birth_country"].notna() & (p["birthplace"] != "2"),
    ),
    (
        "birth_country_foreign",
        "${birth_country} != ${country_iso3}",
        lambda p, age, hours: p["birth_country"] == p["country_iso3"],
    ),
    (
        "citizenship_universe",
        "${citizenship_country} = '' or ${citizenship} = 2 or ${citizenship} = 3",
        lambda p, age, hours: p["citizenship_country"].notna() & ~p["citizenship"].isin(["2", "3"]),
    ),
    (
        "prev_country_foreign",
        "${prev_country} != ${country_iso3}",
        lambda p, age, hours: p["prev_country"] == p["country_iso3"],
    ),
]


def by_hand(households: pd.DataFrame, persons: pd.DataFrame) -> dict[str, int]:
    """The SUBSET checks written directly in pandas (join, convert, compare, count)."""
    country = households.set_index("hh_id")["country_iso3"].astype(str)
    p = persons.assign(country_iso3=persons["hh_id"].astype(str).map(country))
    age, hours = p["age"].astype(float), p["hours_usual"].astype(float)
    return {name: int(mask(p, age, hours).sum()) for name, _, mask in SUBSET}


def subset_rules(rules: RuleSet) -> RuleSet:
    kept = tuple(
        Rule(
            id=name,
            level="person",
            severity="error",
            expression=expression,
            variables=(),
            message={"en": name},
        )
        for name, expression, _ in SUBSET
    )
    return RuleSet(rules.form_id, kept, {}, rules.source)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=1_000_000)
    parser.add_argument(
        "--csv",
        type=Path,
        help="also write the tables to this folder as CSV (once) and time reading them back "
        "as `surveytool validate FOLDER` does",
    )
    args = parser.parse_args()
    form = load(resource_path("forms", "lfs_migration.xlsx"))
    rules = load_rules(default_rules_path(form), form)
    households, persons = scaled(form, args.persons)
    print(f"{len(persons):,} persons in {len(households):,} households")
    if args.csv is not None:
        households, persons = read_back(form, households, persons, args.csv)

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory before validating (the input tables themselves): {before:,.0f} MB")
    start = time.perf_counter()
    report = validate_tables(form, rules, households, persons)
    full = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"full validation: {full:6.1f} s, {len(report.summary)} checks, "
        f"{report.errors} errors, {report.warnings} warnings; peak memory {peak:,.0f} MB"
    )

    hand, engine = [], []
    for _ in range(3):  # best of three: the machine is shared
        start = time.perf_counter()
        hand_counts = by_hand(households, persons)
        hand.append(time.perf_counter() - start)
        start = time.perf_counter()
        ours = validate_tables(form, subset_rules(rules), households, persons, with_form=False)
        engine.append(time.perf_counter() - start)
    engine_counts = {s.id: s.failed for s in ours.summary if s.id in hand_counts}
    assert engine_counts == hand_counts, (engine_counts, hand_counts)
    print(
        f"same {len(SUBSET)} checks (best of 3): validator {min(engine):6.2f} s vs pandas by hand "
        f"{min(hand):6.2f} s; ratio {min(engine) / min(hand):5.2f} "
        f"(failure counts agree: {sum(hand_counts.values())})"
    )


def read_back(
    form: object, households: pd.DataFrame, persons: pd.DataFrame, folder: Path
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The tables as CSV files read by the validator's reader (written once per size)."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = folder / f"persons-{len(persons)}.stamp"
    if not stamp.exists():
        households.to_csv(folder / "households.csv", index=False)
        persons.to_csv(folder / "persons.csv", index=False)
        stamp.touch()
    start = time.perf_counter()
    data = read_data(folder, form)  # type: ignore[arg-type]
    print(f"reading the CSV files ({folder}): {time.perf_counter() - start:6.1f} s")
    return data["households"], data["persons"]


if __name__ == "__main__":
    main()
