"""Typed flat tables of a small demo store, as a package is built from them (shared by the
package tests)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from surveytool.casework import open_interviews
from surveytool.demo import generate
from surveytool.form import Form
from surveytool.store import Store
from surveytool.tables import CaseData, flatten


def demo_store(path: Path, form: Form, households: int = 12, seed: int = 5) -> Path:
    """A store of ``households`` simulated cases (some still in progress)."""
    with Store.open(path) as store:
        generate(
            store, form, country="CMR", households=households, seed=seed, in_progress_share=0.2
        )
    return path


def demo_tables(path: Path, form: Form) -> dict[str, pd.DataFrame]:
    """The store's cases flattened: one typed table per level (Int64, Float64, str)."""
    with Store.open(path, readonly=True) as store:
        cases = [
            CaseData(row.uuid, row.status, interview)
            for row, interview in open_interviews(store, form)
        ]
    return flatten(form, cases)
