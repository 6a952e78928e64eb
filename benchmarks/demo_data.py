"""Realistic flat tables for benchmarks: simulated households, resampled to any size.

Simulating a million persons through the interview engine would take hours, so a few
thousand households are simulated once (cached under benchmarks/.cache) and their person
rows are drawn with replacement up to the wanted size.
"""

from __future__ import annotations

import hashlib
import pickle
import random
import sys
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from surveytool.demo.answers import Household
from surveytool.demo.generate import simulate
from surveytool.demo.people import household
from surveytool.form import Form
from surveytool.tables import CaseData, flatten

CACHE = Path(__file__).resolve().parent / ".cache"


def simulated_tables(form: Form, households: int = 1500, seed: int = 11) -> dict[str, pd.DataFrame]:
    CACHE.mkdir(exist_ok=True)
    cached = CACHE / f"tables-{form.version}-{_generator_stamp()}-{households}-{seed}.pickle"
    if cached.exists():
        return pickle.loads(cached.read_bytes())
    rng = random.Random(seed)
    cases = []
    for number in range(1, households + 1):
        people = tuple(household(rng, "CMR", 2026))
        day = date(2026, 1, 1).replace(month=rng.randint(1, 10), day=rng.randint(1, 28))
        h = Household("CMR", 2026, f"C{(number - 1) // 12 + 1:04d}", number, day, "E001", people)
        cases.append(CaseData(f"case-{number}", "complete", simulate(form, h, rng).interview))
        if number % 250 == 0:
            print(f"  simulated {number}/{households} households", file=sys.stderr, flush=True)
    tables = flatten(form, cases)
    cached.write_bytes(pickle.dumps(tables))
    return tables


def _generator_stamp() -> str:
    """Changes when the demo generator does, so that a stale cache is not reused."""
    import surveytool.demo as demo

    digest = hashlib.sha1()
    for source in sorted(Path(demo.__file__).parent.glob("*.py")):
        digest.update(source.read_bytes())
    return digest.hexdigest()[:10]


def person_rows(form: Form, rows: int, seed: int = 5) -> pd.DataFrame:
    """``rows`` person rows joined with their household's columns."""
    tables = simulated_tables(form)
    joined = tables["persons"].merge(
        tables["households"], on=["case_uuid", "hh_id"], suffixes=("", "_hh")
    )
    picks = np.random.default_rng(seed).integers(0, len(joined), rows)
    return joined.iloc[picks].reset_index(drop=True)
