"""The fast indicator engine gives exactly the figures of the first one (issue 13, P2).

The engine was rewritten for speed (reading text columns as dictionary codes, one pass over
the records per table and basis, the areas and sexes of a pass summed together). Every cell
of every table must stay the same to the last bit: the digest below is that of the full
result frames (every column, the check columns too), notes and sources, computed with the
engine as it was at commit 6776740 on the folder of ``tests/test_indicators.py``.

When the inputs change on purpose (the tables spec, the demo generator or the harmonised
export, the REC membership file), the digest changes with them: recompute it with
``digest(...)`` below and say in the commit why the figures moved.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from test_indicators import COUNTRIES, SPEC, write_merged

from surveytool.demo.generate import generate
from surveytool.merge.indicators import TableResult, compute_tables
from surveytool.package.harmonised import plan_harmonised
from surveytool.package.keys import KeyRing
from surveytool.store import Store
from surveytool.tables.csv_files import csv_bytes

KEYS = ["ref_area", "source", "indicator", "sex", "classif1", "classif2", "time"]
BEFORE = "ef2c76b042918dc8bdb5fe0ed243da9b5a8672bd06f5983b964a72b74083dcf4"


def digest(results: list[TableResult]) -> str:
    """SHA-256 of every table's id, notes, sources and full frame, rows sorted by their keys
    (the row order is not part of the contract; the CSV writers sort)."""
    found = hashlib.sha256()
    for result in results:
        found.update(f"{result.id}\n{result.notes}\n{result.sources}\n".encode())
        frame = result.frame.sort_values(KEYS, kind="stable").reset_index(drop=True)
        found.update(csv_bytes(frame))
    return found.hexdigest()


@pytest.fixture(scope="module")
def merged(tmp_path_factory, form, rules) -> Path:
    folder = tmp_path_factory.mktemp("office")
    office = KeyRing.create("INS", "office", folder / "keys")
    with Store.open(folder / "office.sqlite") as store:
        generate(store, form, country="SEN", households=110, seed=11)
        for row in store.cases(status="complete"):
            store.set_status(row.uuid, "approved", "officer", role="office")
        tables = plan_harmonised(store, form, rules, office).tables
    return write_merged(folder / "merged", tables, COUNTRIES)


def test_every_figure_is_what_the_first_engine_gave(merged):
    results = compute_tables(merged, SPEC)
    found = digest(results)
    assert found == BEFORE, found
