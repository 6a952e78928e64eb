"""Tables from a store file, and their CSV files (UTF-8, written whole or not at all)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from surveytool.common.progress import NullProgress, Progress
from surveytool.form.model import Form
from surveytool.interview import Address, Interview
from surveytool.store import Store
from surveytool.store.session import replay
from surveytool.tables.flat import CaseData, flatten


def store_tables(
    store: Store, form: Form, progress: Progress | None = None, status: str | None = None
) -> dict[str, pd.DataFrame]:
    """Every case of ``form`` in the store (optionally of one status), as flat tables."""
    progress = progress or NullProgress()
    rows = [c for c in store.cases(status=status) if c.form_id == form.form_id]

    def cases() -> object:
        for index, row in enumerate(rows):
            last_seq, stored, instances = store.snapshot(row.uuid)
            base = {Address.parse(path): value for path, value in stored.items()}
            answers, ids = replay(store.events(row.uuid, after=last_seq), base, instances)  # type: ignore[arg-type]
            interview = Interview.restore(form, answers, ids)
            progress.update(index + 1, len(rows), str(row.key))
            yield CaseData(row.uuid, row.status, interview)

    return flatten(form, cases())  # type: ignore[arg-type]


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
