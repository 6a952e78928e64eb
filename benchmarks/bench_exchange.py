"""Exchange packages on 100,000 persons: export batch, import, harmonised plan and write, and
each rendering, beside writing the same tables with plain pandas in the same run.

The field store: a pool of simulated complete households (the interview engine, as the demo
does it) written again under new keys until the persons wanted are there, each case as the
demo writes it (its events, its statuses, its snapshot). Simulating 22,000 households would
take an hour; the store is made once per size and kept under benchmarks/.cache, and each run
works on a copy (an export marks the cases as sent).

Steps, timed one after the other in this process (the machine is shared: only the ratios
measured side by side mean something):
  export batch (sealed for the office) -> import into an empty office store -> approve every
  case -> plan harmonised -> write harmonised;
  then each rendering of the planned tables (canonical CSV, Parquet, Stata, SPSS, XLSX) beside
  ``DataFrame.to_csv`` and ``DataFrame.to_parquet`` of the same tables (best of ``--repeat``).

Usage: .venv/bin/python benchmarks/bench_exchange.py [--persons 100000] [--repeat 2]
"""

from __future__ import annotations

import argparse
import io
import json
import pickle
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pandas as pd
from demo_data import CACHE, _generator_stamp

from surveytool.common import resource_path
from surveytool.demo import simulate
from surveytool.demo.answers import Household
from surveytool.demo.people import household
from surveytool.form import Form, load
from surveytool.form.levels import levels
from surveytool.package import container
from surveytool.package.batch import export_batch
from surveytool.package.harmonised import plan_harmonised, write_harmonised
from surveytool.package.importing import IMPORTED, import_package
from surveytool.package.keys import KeyRing
from surveytool.package.labels import labels_of
from surveytool.package.renderings import parquet_bytes, xlsx_bytes
from surveytool.package.statfiles import spss_bytes, stata_bytes
from surveytool.package.tabular import csv_bytes, read_csv_bytes
from surveytool.store import Store, SurveyKey
from surveytool.store.bulk import write_case
from surveytool.validate import default_rules_path, load_rules

POOL = 400  # distinct simulated households, reused under new keys
YEAR = 2026


def simulated_pool(form: Form, size: int = POOL, seed: int = 17) -> list[dict[str, Any]]:
    """``size`` complete simulated households (events, answers, instances), cached."""
    CACHE.mkdir(exist_ok=True)
    cached = CACHE / f"exchange-pool-{form.version}-{_generator_stamp()}-{size}-{seed}.pickle"
    if cached.exists():
        return pickle.loads(cached.read_bytes())
    rng, pool = random.Random(seed), []
    while len(pool) < size:
        people = tuple(household(rng, "CMR", YEAR))
        day = date(YEAR, 1, 1) + timedelta(days=rng.randint(0, 300))
        h = Household("CMR", YEAR, "C0001", 1, day, f"E{rng.randint(1, 40):03d}", people)
        case = simulate(form, h, rng)
        if not case.complete:
            continue
        pool.append(
            {
                "enumerator": h.enumerator,
                "events": case.events,
                "persons": len(people),
                "answers": {str(a): v for a, v in case.interview.answers.items()},
                "instances": {n: case.interview.instances(n) for n in case.interview.graph.repeats},
                "problems": len(case.interview.problems()),
            }
        )
        if len(pool) % 100 == 0:
            print(f"  simulated {len(pool)}/{size} households", file=sys.stderr, flush=True)
    cached.write_bytes(pickle.dumps(pool))
    return pool


def field_store(form: Form, persons: int) -> tuple[Path, int, int]:
    """A store of complete cases holding at least ``persons`` persons (made once, cached);
    its path, households and persons."""
    pool = simulated_pool(form)
    stamp = f"{form.version}-{_generator_stamp()}-{persons}"
    path = CACHE / f"exchange-field-{stamp}.sqlite"
    counts = CACHE / f"exchange-field-{stamp}.counts"
    if path.exists() and counts.exists():
        households, people = map(int, counts.read_text().split())
        return path, households, people
    path.unlink(missing_ok=True)
    households = people = 0
    start = time.perf_counter()
    with Store.open(path) as store, store.transaction():
        while people < persons:
            case = pool[households % len(pool)]
            households += 1
            people += case["persons"]
            cluster, number = f"C{(households - 1) // 12 + 1:04d}", (households - 1) % 12 + 1
            keyed = {"cluster": cluster, "psu": cluster, "hh_no": number}  # hh_id is made of them
            events = [
                (at, kind, path, keyed.get(path, value) if kind == "set" else value)
                for at, kind, path, value in case["events"]
            ]
            write_case(
                store,
                form_id=form.form_id,
                form_version=form.version,
                key=SurveyKey("CMR", str(YEAR), cluster, number),
                enumerator=case["enumerator"],
                events=events,
                statuses=[(events[0][0], "in_progress"), (events[-1][0], "complete")],
                snapshot=(case["answers"] | keyed, case["instances"], case["problems"]),
            )
    print(
        f"  field store: {households:,} households written in {time.perf_counter() - start:.0f} s",
        file=sys.stderr,
    )
    counts.write_text(f"{households} {people}")
    return path, households, people


def timed(step: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    result = step()
    return result, time.perf_counter() - start


def best(step: Callable[[], Any], repeat: int) -> tuple[Any, float]:
    runs = [timed(step) for _ in range(repeat)]
    return runs[-1][0], min(seconds for _, seconds in runs)


def _each(
    tables: dict[str, pd.DataFrame], write: Callable[[str, pd.DataFrame], bytes]
) -> Callable[[], int]:
    """A step writing every table with ``write``; it returns the bytes written."""
    return lambda: sum(len(write(name, frame)) for name, frame in tables.items())


def _to_csv(_: str, frame: pd.DataFrame) -> bytes:
    return frame.to_csv(index=False).encode("utf-8")


def _to_parquet(_: str, frame: pd.DataFrame) -> bytes:
    sink = io.BytesIO()
    frame.to_parquet(sink, index=False)
    return sink.getvalue()


def baselines(tables: dict[str, pd.DataFrame], repeat: int) -> dict[str, tuple[int, float]]:
    """Plain pandas writing ``tables``: (bytes, best seconds) of to_csv and to_parquet."""
    return {
        "to_csv": best(_each(tables, _to_csv), repeat),
        "to_parquet": best(_each(tables, _to_parquet), repeat),
    }


def renderings(tables: dict[str, pd.DataFrame], form: Form, derived: Any, repeat: int) -> None:
    """Each format of the planned tables, all tables together, beside plain pandas."""
    labels = {name: labels_of(form, frame.columns, derived) for name, frame in tables.items()}
    title = form.settings.title

    def each(write: Callable[[str, pd.DataFrame], bytes]) -> Callable[[], int]:
        return _each(tables, write)

    steps: dict[str, Callable[[], int]] = {
        "DataFrame.to_csv (baseline)": each(_to_csv),
        "DataFrame.to_parquet (baseline)": each(_to_parquet),
        "CSV canonical": each(lambda name, frame: csv_bytes(frame)),
        "Parquet (zstd, labels)": each(lambda name, frame: parquet_bytes(frame, labels[name])),
        "Stata 118 (.dta)": each(lambda name, frame: stata_bytes(frame, labels[name], title)),
        "SPSS (.sav)": each(lambda name, frame: spss_bytes(frame, labels[name], title)),
        "XLSX (+ labels sheet)": lambda: len(xlsx_bytes(tables, labels)),
    }
    measured = {name: best(step, repeat) for name, step in steps.items()}
    csv_s = measured["DataFrame.to_csv (baseline)"][1]
    parquet_s = measured["DataFrame.to_parquet (baseline)"][1]
    rows = {name: len(frame) for name, frame in tables.items()}
    print(f"\nrenderings of the harmonised tables ({rows}), best of {repeat}:")
    print(f"{'format':<34}{'seconds':>9}{'MB':>9}{'/ to_csv':>10}{'/ to_parquet':>14}")
    for name, (size, seconds) in measured.items():
        print(
            f"{name:<34}{seconds:9.2f}{size / 1e6:9.1f}"
            f"{seconds / csv_s:9.1f}x{seconds / parquet_s:13.1f}x"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each rendering (best)")
    args = parser.parse_args()
    form = load(resource_path("forms", "lfs_migration.xlsx"))
    rules = load_rules(default_rules_path(form), form)
    source, households, persons = field_store(form, args.persons)
    print(f"{persons:,} persons in {households:,} complete households")
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        enumerator = KeyRing.create("Enumerator 7", "enumerator", folder / "keys_e")
        office = KeyRing.create("INS", "office", folder / "keys_o")
        office.trust(enumerator.identity)
        field = folder / "field.sqlite"
        shutil.copyfile(source, field)
        batch = folder / "batch.sealed"
        lines: list[tuple[str, float, int | None]] = []
        with Store.open(field) as store:
            done, seconds = timed(
                lambda: export_batch(
                    store, form, rules, enumerator, batch, encrypt_to=office.identity
                )
            )
        lines.append(
            (f"export batch, sealed ({done.cases:,} cases)", seconds, batch.stat().st_size)
        )
        field_base = baselines(batch_tables(batch, office, form), args.repeat)
        with Store.open(folder / "office.sqlite") as store:
            outcome, seconds = timed(lambda: import_package(store, form, batch, office))
            assert outcome.verdict == IMPORTED, outcome.text()
            lines.append(("import into an empty office store", seconds, None))
            _, seconds = timed(lambda: _approve_all(store))
            lines.append(("approve every case (one transaction)", seconds, None))
            plan, seconds = timed(lambda: plan_harmonised(store, form, rules, office))
            lines.append(("harmonised: plan (flatten, derive, de-identify)", seconds, None))
            out = folder / "harmonised.zip"
            _, seconds = timed(lambda: write_harmonised(store, plan, office, out))
            lines.append(
                ("harmonised: write (CSV, renderings, codebook)", seconds, out.stat().st_size)
            )
        harmonised_base = baselines(plan.tables, args.repeat)
        print(f"\n{'step':<50}{'seconds':>9}{'MB':>9}{'/ to_csv':>10}{'/ to_parquet':>14}")
        for index, (name, seconds, size) in enumerate(lines):
            base = field_base if index < 2 else harmonised_base  # the tables the step handles
            shown = f"{size / 1e6:9.1f}" if size is not None else f"{'':>9}"
            ratios = f"{seconds / base['to_csv'][1]:9.1f}x{seconds / base['to_parquet'][1]:13.1f}x"
            print(f"{name:<50}{seconds:9.2f}{shown}{ratios}")
        for label, base in (("field tables", field_base), ("harmonised tables", harmonised_base)):
            print(
                f"baseline on the {label}: to_csv {base['to_csv'][1]:.2f} s "
                f"({base['to_csv'][0] / 1e6:.1f} MB), to_parquet {base['to_parquet'][1]:.2f} s "
                f"({base['to_parquet'][0] / 1e6:.1f} MB)"
            )
        renderings(plan.tables, form, plan.derivations.variables, args.repeat)


def batch_tables(batch: Path, office: KeyRing, form: Form) -> dict[str, pd.DataFrame]:
    """The level tables the batch holds, typed as its descriptor says (what the export
    flattened: the baseline writes these again)."""
    opened = container.open_package(batch, office)
    fields = {
        r["path"]: r["schema"]["fields"]
        for r in json.loads(opened.members["datapackage.json"])["resources"]
    }
    return {
        level.table: read_csv_bytes(
            opened.members[f"{level.table}.csv"], level.table, fields[f"{level.table}.csv"]
        )
        for level in levels(form)
    }


def _approve_all(store: Store) -> None:
    with store.transaction():
        for row in store.cases(status="complete"):
            store.set_status(row.uuid, "approved", "officer", role="office")


if __name__ == "__main__":
    main()
