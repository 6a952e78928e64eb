"""`surveytool validate FOLDER` on N persons from CSV, over the floor of merely reading the files.

Two batches of the same demo households (copies with new keys until there are N persons):
a clean one, and one with a column wrong on every record (``sex`` holding the labels 'Male'
and 'Female' instead of the codes, as an export with labels gives it). Each is validated as
the command does it (read the folder, run every check and rule, build the report), each run in
its own process so that its peak memory is its own. The floor is
``pandas.read_csv(engine="pyarrow", dtype=str)`` of the same files, measured in the same run
(the machine is shared: only ratios measured side by side mean something).

Targets (issue 10, point 8): clean <= 3x the floor and < 3 GB; the wrong-column batch <= 2x
the clean time and < 4 GB.

Usage: .venv/bin/python benchmarks/bench_validate.py [--persons 1000000] [--csv FOLDER]
       [--repeat 2] [--by-hand]

The CSV files are written once per size (under benchmarks/.cache unless --csv says where).
``--by-hand`` also compares the engine with hand-written pandas on a subset of the checks.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from demo_data import CACHE, simulated_tables

from surveytool.common import resource_path
from surveytool.form import Form, load
from surveytool.validate import default_rules_path, load_rules, validate_tables
from surveytool.validate.rules import Rule, RuleSet

FILES = ("households.csv", "persons.csv")
WRONG_COLUMN = ("sex", {"1": "Male", "2": "Female"})
TARGETS = {"clean_over_floor": 3.0, "clean_mb": 3000, "wrong_over_clean": 2.0, "wrong_mb": 4000}


def scaled(form: Form, persons_wanted: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Copies of simulated households with new keys until there are enough persons.

    The columns are text categories, as ``surveytool validate`` reads CSV files."""
    tables = simulated_tables(form)
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


def write_batches(form: Form, persons: int, folder: Path) -> tuple[Path, Path]:
    """The clean and the wrong-column batch as CSV folders, written once per size."""
    clean, wrong = folder / "clean", folder / "wrong"
    stamp = folder / f"persons-{persons}.stamp"
    if stamp.exists():
        return clean, wrong
    households, people = scaled(form, persons)
    column, labels = WRONG_COLUMN
    for target, table in (
        (clean, people),
        (wrong, people.assign(**{column: people[column].astype(object).map(labels)})),
    ):
        target.mkdir(parents=True, exist_ok=True)
        households.to_csv(target / "households.csv", index=False)
        table.to_csv(target / "persons.csv", index=False)
    stamp.touch()
    return clean, wrong


def phase(kind: str, folder: Path) -> dict[str, float]:
    """One measurement, in this process: seconds and peak memory (MB)."""
    form = load(resource_path("forms", "lfs_migration.xlsx"))
    rules = load_rules(default_rules_path(form), form)
    start = time.perf_counter()
    result: dict[str, float] = {}
    if kind == "floor":
        for name in FILES:
            result[name] = len(pd.read_csv(folder / name, engine="pyarrow", dtype=str))
    else:
        from surveytool.validate.batch import validate_path
        from surveytool.validate.report import systematic

        report = validate_path(folder, form, rules).report
        systematic(report)  # what the console adds to the summary
        result.update(errors=report.errors, warnings=report.warnings)
    result["seconds"] = time.perf_counter() - start
    result["mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def measured(kind: str, folder: Path) -> dict[str, float]:
    """``phase`` in a child process (its own peak memory)."""
    command = [sys.executable, __file__, "--phase", kind, str(folder)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=1_000_000)
    parser.add_argument("--csv", type=Path, help="folder for the CSV batches (kept)")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each (best time kept)")
    parser.add_argument("--by-hand", action="store_true", help="also the by-hand comparison")
    parser.add_argument("--phase", nargs=2, metavar=("KIND", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        print(json.dumps(phase(args.phase[0], Path(args.phase[1]))))
        return
    form = load(resource_path("forms", "lfs_migration.xlsx"))
    folder = args.csv or CACHE / f"validate-{args.persons}"
    clean, wrong = write_batches(form, args.persons, folder)
    runs: dict[str, list[dict[str, float]]] = {"floor": [], "clean": [], "wrong": []}
    for _ in range(args.repeat):  # interleaved: a busy moment hits all three alike
        runs["floor"].append(measured("floor", clean))
        runs["clean"].append(measured("validate", clean))
        runs["wrong"].append(measured("validate", wrong))
    best = {name: min(r["seconds"] for r in found) for name, found in runs.items()}
    peak = {name: max(r["mb"] for r in found) for name, found in runs.items()}
    counted = runs["floor"][0]
    print(
        f"{counted['persons.csv']:,.0f} persons in {counted['households.csv']:,.0f} households "
        f"({folder}); best time and highest peak of {args.repeat} run(s) each"
    )
    print(
        f"floor, pandas.read_csv(engine='pyarrow', dtype=str): {best['floor']:6.2f} s, "
        f"peak {peak['floor']:,.0f} MB"
    )
    for name in ("clean", "wrong"):
        last = runs[name][-1]
        print(
            f"validate {name:<5}: {best[name]:6.2f} s = {best[name] / best['floor']:4.1f}x the "
            f"floor, peak {peak[name]:,.0f} MB; {last['errors']:,.0f} errors, "
            f"{last['warnings']:,.0f} warnings"
        )
    checks = [
        ("clean <= 3x floor", best["clean"] / best["floor"] <= TARGETS["clean_over_floor"]),
        ("clean < 3 GB", peak["clean"] < TARGETS["clean_mb"]),
        ("wrong <= 2x clean", best["wrong"] / best["clean"] <= TARGETS["wrong_over_clean"]),
        ("wrong < 4 GB", peak["wrong"] < TARGETS["wrong_mb"]),
    ]
    print(f"wrong-column / clean: {best['wrong'] / best['clean']:4.2f}x")
    print("targets: " + "; ".join(f"{name} {'met' if ok else 'MISSED'}" for name, ok in checks))
    if args.by_hand:
        by_hand_comparison(form, args.persons)


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


def by_hand_comparison(form: Form, persons_wanted: int) -> None:
    """The engine on the SUBSET checks beside the same checks in plain pandas (best of 3)."""
    rules = load_rules(default_rules_path(form), form)
    households, persons = scaled(form, persons_wanted)
    hand, engine = [], []
    for _ in range(3):
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


if __name__ == "__main__":
    main()
