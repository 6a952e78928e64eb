"""Interview engine and demo generator timings.

(a) Recompute after one answer, households of 10 and 50 persons: median and 99th
    percentile over many answers, beside a full recomputation of the same household
    (the baseline the incremental engine must beat), measured in the same run.
(b) Creating N demo households in a store (simulated interviews + one transaction each),
    beside writing the same events with no simulation (the storage share of the cost).

Usage: .venv/bin/python benchmarks/bench_interview.py [--households 10000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from surveytool.common import resource_path
from surveytool.demo import generate, simulate
from surveytool.demo.answers import Household
from surveytool.demo.people import household
from surveytool.form import Form, load
from surveytool.interview import Interview
from surveytool.store import Store, SurveyKey
from surveytool.store.bulk import write_case


def big_household(form: Form, persons: int, seed: int) -> Interview:
    rng = random.Random(seed)
    people: list = []
    while len(people) < persons:
        people += household(rng, "CMR", 2026)
    h = Household("CMR", 2026, "C0001", 1, date(2026, 5, 4), "E001", tuple(people[:persons]))
    return simulate(form, h, rng).interview


def answer_timings(interview: Interview, answers: int, seed: int) -> tuple[list[float], float]:
    """Re-give existing answers (alternating values) and time each; also one full recompute."""
    rng = random.Random(seed)
    given = [(a, v) for a, v in interview.answers.items() if isinstance(v, int | str)]
    timings = []
    for _ in range(answers):
        address, value = rng.choice(given)
        for new in (None, value):  # clear then restore: two real changes
            start = time.perf_counter()
            interview.answer(address, new)
            timings.append(time.perf_counter() - start)
    full = []
    for _ in range(5):
        start = time.perf_counter()
        interview.recompute_all()
        full.append(time.perf_counter() - start)
    return timings, statistics.median(full)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=10_000)
    parser.add_argument("--answers", type=int, default=500)
    args = parser.parse_args()
    form = load(resource_path("forms", "lfs_migration.xlsx"))

    print("(a) recompute after one answer")
    for persons in (10, 50):
        interview = big_household(form, persons, seed=persons)
        timings, full = answer_timings(interview, args.answers, seed=1)
        median = statistics.median(timings)
        print(
            f"    {persons:>2} persons, {len(interview.answers)} answers: median "
            f"{median * 1e3:6.3f} ms, p99 {percentile(timings, 0.99) * 1e3:6.3f} ms; full "
            f"recompute {full * 1e3:7.2f} ms; ratio median/full {median / full:5.3f}"
        )

    print(f"(b) {args.households:,} demo households into a store")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.sqlite"
        start = time.perf_counter()
        with Store.open(path) as store:
            counts = generate(store, form, country="CMR", households=args.households, seed=2)
        elapsed = time.perf_counter() - start
        with Store.open(path, readonly=True) as store:
            cases = store.cases(limit=200)
            events = {c.uuid: store.events(c.uuid) for c in cases}
        copy = Path(folder) / "copy.sqlite"
        start = time.perf_counter()
        with Store.open(copy) as target:
            for case in cases:
                rows = [
                    (e.at, e.kind, e.path, e.value) for e in events[case.uuid] if e.kind != "status"
                ]
                write_case(
                    target,
                    form_id=case.form_id,
                    form_version=case.form_version,
                    key=SurveyKey("CMR", "2026", case.key.cluster, case.key.household),
                    enumerator=case.enumerator_id,
                    events=rows,
                    statuses=[(rows[0][0], "in_progress"), (rows[-1][0], "complete")],
                )
        storage = (time.perf_counter() - start) / len(cases)
        per_household = elapsed / args.households
        print(
            f"    {elapsed:8.1f} s in all, {per_household * 1e3:6.1f} ms per household "
            f"({counts['complete']} complete); storage alone {storage * 1e3:5.2f} ms per "
            f"household; ratio total/storage {per_household / storage:5.1f}"
        )


if __name__ == "__main__":
    main()
