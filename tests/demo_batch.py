"""A demo batch as an enumerator's export arrives: a demo store written out as flat CSV files."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from surveytool.cli import main


def demo_batch(folder: Path, households: int, seed: int) -> Path:
    """Simulate ``households`` complete cases into a store and export them; the CSV folder."""
    store = folder / "demo.sqlite"
    demo = ["demo", "--store", str(store), "--households", str(households), "--seed", str(seed)]
    assert main(demo) == 0
    assert main(["tables", "--store", str(store), "--out", str(folder / "csv")]) == 0
    return folder / "csv"


def read_text(path: Path) -> pd.DataFrame:
    """A flat CSV file as text, blanks as None: what a plain reader of the batch sees."""
    return pd.read_csv(path, dtype=str, keep_default_na=False).replace("", None)


def text_tables(folder: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    return read_text(folder / "households.csv"), read_text(folder / "persons.csv")
