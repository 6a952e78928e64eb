"""Writing flat tables as CSV files (UTF-8, each file whole or not at all)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd


def write_csv(tables: dict[str, pd.DataFrame], folder: Path) -> list[Path]:
    """One ``<name>.csv`` per table; each file appears complete or not at all."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in tables.items():
        target = folder / f"{name}.csv"
        partial = folder / f".{name}.csv.partial"
        frame.to_csv(partial, index=False, encoding="utf-8")
        partial.replace(target)
        written.append(target)
    return written
