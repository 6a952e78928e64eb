"""The AU workspace's long steps as jobs (``workers.Job``): merge packages, compute the tables,
export them. Each is the core's own function (the ones ``surveytool merge`` and
``surveytool indicators`` call) run off the UI thread; nothing here touches a widget.

A merged folder's *state* names what the tables were computed from (its registry and
dictionary, the rates file, the language of the notes): equal states give equal tables, so
the workspace keeps the tables of each state and recomputes only when the state changes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from surveytool.ui.workers import Job

if TYPE_CHECKING:
    from surveytool.common.progress import Progress
    from surveytool.merge.indicators import TableResult
    from surveytool.merge.labels import TableLabels
    from surveytool.merge.report import MergeReport

CSV, XLSX = "csv", "xlsx"


@dataclass(frozen=True)
class Computed:
    """The tables of one folder state, in the spec's order, and what their codes mean in
    the state's language (None: the codes are shown as they are)."""

    state: str
    results: list[TableResult]
    labels: TableLabels | None = None


def folder_state(folder: Path, rates: Path | None, language: str) -> str:
    """A digest of what the tables of ``folder`` depend on (module docstring)."""
    from surveytool.merge.folder import REGISTRY, VARIABLES

    digest = hashlib.sha256(f"{Path(folder).resolve()}\0{language}\0".encode())
    for path in (folder / REGISTRY, folder / VARIABLES, rates):
        if path is not None and path.is_file():
            digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def merge_job(paths: Sequence[Path], folder: Path, keys_folder: Path | None) -> Job:
    """Verify and merge ``paths`` into ``folder`` with this workstation's keys; the result is
    the ``MergeReport``. Cancelling stops between two packages (those merged stay)."""
    chosen = [Path(p) for p in paths]

    def work(progress: Progress) -> MergeReport:
        from surveytool.merge import merge_packages
        from surveytool.package.keys import KeyRing

        ring = KeyRing.open(keys_folder)
        return merge_packages(chosen, folder, ring, progress=progress)

    return Job(work, name="au merge")


def tables_job(folder: Path, rates: Path | None, language: str) -> Job:
    """Every table of the folder's spec; the result is a ``Computed``. The engine has no
    step to stop at, so the job is not cancellable."""
    state = folder_state(folder, rates, language)

    def work(progress: Progress) -> Computed:
        from surveytool.merge.indicators import compute_tables
        from surveytool.merge.labels import TableLabels
        from surveytool.merge.specs import tables_spec_for
        from surveytool.validate.rates import load_rates

        progress.update(0, 0, "")
        spec = tables_spec_for(folder)
        loaded = load_rates(rates) if rates is not None else None
        results = compute_tables(folder, spec, loaded, language=language)
        return Computed(state, results, TableLabels.of(folder, spec, language))

    return Job(work, name="au tables")


def export_job(
    results: Sequence[TableResult],
    folder: Path,
    rates: Path | None,
    out: Path,
    kind: str,
    language: str,
    labels: TableLabels | None = None,
) -> Job:
    """Write ``results`` to ``out``: the workbook (with the folder's metadata sheet, its
    codes worded by ``labels``, read from the folder when None) or the ILOSTAT CSV (codes
    only). The result is ``out``."""
    tables = list(results)

    def work(progress: Progress) -> Path:
        from surveytool.merge.outputs import write_ilostat_csv, write_xlsx

        progress.update(0, 0, "")
        if kind == CSV:
            return write_ilostat_csv(tables, out)
        from surveytool.merge.outputs_metadata import folder_metadata
        from surveytool.validate.rates import load_rates

        sources = load_rates(rates).sources if rates is not None else ()
        metadata = folder_metadata(folder, rates, sources)
        words = labels
        if words is None:
            from surveytool.merge.labels import TableLabels
            from surveytool.merge.specs import tables_spec_for

            words = TableLabels.of(folder, tables_spec_for(folder), language)
        return write_xlsx(tables, metadata, out, language=language, labels=words)

    return Job(work, name=f"au export {kind}")
