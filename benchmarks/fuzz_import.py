"""The import fuzz soak: tests/test_package_fuzz.py's mutation loop, for many more inputs.

N mutated batch packages (default 20,000) go through ``import_package`` on one office store,
exactly as the suite's 1,000 do (the same mutations, the same checks: imported only with the
valid package's cases, already, or refused with the case data unchanged); then M mutated CSV
files through ``read_csv_bytes`` and ``read_data``. An input is drawn from its own
``random.Random(seed + i)``, so a crash printed here is replayed with ``--seed`` and ``--from``.
A failed check or an exception is counted, its input saved under benchmarks/.cache/fuzz-crashes
and its traceback printed once per place; the run goes on (and exits with status 1).

Usage: .venv/bin/python benchmarks/fuzz_import.py [--packages 20000] [--csv 2000] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path

from demo_data import CACHE

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from test_package_fuzz import (  # the tests folder is not a package
    OfficeStore,
    csv_inputs,
    make_packages,
    mutate,
    mutate_csv,
    read_csv_folder,
    read_one_csv,
)

from surveytool.common import resource_path
from surveytool.form import load
from surveytool.validate import default_rules_path, load_rules

CRASHES = CACHE / "fuzz-crashes"


class Tally:
    """Verdicts by kind, and the crashes (one traceback printed per place)."""

    def __init__(self) -> None:
        self.verdicts: Counter[str] = Counter()
        self.by_kind: Counter[tuple[str, str]] = Counter()
        self.places: set[tuple[str, str, int]] = set()
        self.crashes = 0

    def run(self, kind: str, index: int, data: bytes, suffix: str, step: Callable[[], str]) -> None:
        try:
            verdict = step()
        except Exception as error:  # a failed check included: counted, kept, shown once
            verdict = "CRASH"
            self.crashes += 1
            CRASHES.mkdir(parents=True, exist_ok=True)
            saved = CRASHES / f"{kind}-{index}{suffix}"
            saved.write_bytes(data)
            last = traceback.extract_tb(error.__traceback__)[-1]
            place = (type(error).__name__, last.filename, last.lineno or 0)
            if place not in self.places:
                self.places.add(place)
                print(f"-- crash on input {index} ({kind}), saved as {saved}:", file=sys.stderr)
                traceback.print_exception(error, file=sys.stderr)
        self.verdicts[verdict] += 1
        self.by_kind[(kind, verdict)] += 1

    def print(self, what: str, count: int, seconds: float) -> None:
        print(
            f"{what}: {count:,} in {seconds:.1f} s ({1000 * seconds / max(count, 1):.1f} ms each)"
        )
        print("  verdicts: " + ", ".join(f"{v} {n:,}" for v, n in sorted(self.verdicts.items())))
        kinds = sorted({kind for kind, _ in self.by_kind})
        for kind in kinds:
            found = {v: n for (k, v), n in self.by_kind.items() if k == kind}
            print(f"  {kind:<15}" + ", ".join(f"{v} {n:,}" for v, n in sorted(found.items())))
        print(f"  crashes: {self.crashes}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--packages", type=int, default=20_000)
    parser.add_argument("--csv", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--from", dest="start", type=int, default=0, help="first input number")
    args = parser.parse_args()
    form = load(resource_path("forms", "lfs_migration.xlsx"))
    rules = load_rules(default_rules_path(form), form)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        packages = make_packages(folder, form, rules)
        print(
            f"valid package: {len(packages.plain):,} bytes plain, {len(packages.sealed):,} sealed"
        )
        office, tally = OfficeStore(packages, form), Tally()
        start = time.perf_counter()
        for index in range(args.start, args.start + args.packages):
            kind, sealed, data = mutate(random.Random(args.seed + index), packages)
            suffix = ".sealed" if sealed else ".zip"
            tally.run(kind, index, data, suffix, partial(office.feed, kind, sealed, data))
        office.close()
        tally.print("packages", args.packages, time.perf_counter() - start)
        inputs = csv_inputs(packages, form)
        batch = folder / "batch"
        batch.mkdir()
        tabular, folders = Tally(), Tally()
        start = time.perf_counter()
        for index in range(args.start, args.start + args.csv):
            rng = random.Random(args.seed + index)
            name = rng.choice(sorted(inputs))
            data, fields = inputs[name]
            mutated = mutate_csv(rng, data)
            tabular.run(name, index, mutated, ".csv", partial(read_one_csv, mutated, name, fields))
            for other, (original, _) in inputs.items():
                (batch / other).write_bytes(mutated if other == name else original)
            folders.run(name, index, mutated, ".csv", partial(read_csv_folder, batch, form))
        seconds = time.perf_counter() - start
        tabular.print("CSV files, read_csv_bytes", args.csv, seconds)
        folders.print("the same files, read_data (time above is both)", args.csv, seconds)
    if tally.crashes + tabular.crashes + folders.crashes:
        sys.exit(1)


if __name__ == "__main__":
    main()
