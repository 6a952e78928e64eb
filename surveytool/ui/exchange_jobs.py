"""The exchange's background jobs: export a batch, import packages or a receipt, plan and
write a harmonised package, compare the two versions of a conflict.

Each wraps one function of ``surveytool.package`` in a ``Job``; nothing here touches a
widget, so it is safe on the worker thread (style habit 8). A job uses the window's
``Store`` object, which gives the worker thread its own connection (and serialises its
writes with the UI thread's); the job closes that connection when it ends. The package
layer (pandas, cryptography) is imported inside the job, never when the window opens.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from surveytool.common.progress import Progress
from surveytool.form.model import Form
from surveytool.store import Store, StoreError
from surveytool.ui.workers import Job

if TYPE_CHECKING:
    from surveytool.package.batch import BatchExport
    from surveytool.package.compare import Difference
    from surveytool.package.harmonised import HarmonisedExport, HarmonisedPlan
    from surveytool.package.importing import ImportOutcome
    from surveytool.package.keys import KeyRing
    from surveytool.store.exchange import Conflict, ReceiptOutcome
    from surveytool.validate import RuleSet


@dataclass
class ImportRun:
    """What an import of several packages did: one outcome per package imported or refused,
    and the files not tried because the officer cancelled."""

    outcomes: list[ImportOutcome] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)


class _FileProgress:
    """One package's steps as a share of the whole run: file ``index`` of ``count``."""

    STEPS = 3

    def __init__(self, outer: Progress, index: int, count: int, name: str) -> None:
        self.outer, self.index, self.count, self.name = outer, index, count, name

    def update(self, done: int, total: int | None = None, message: str = "") -> None:
        share = min(done, self.STEPS) if total else 0
        self.outer.update(
            self.index * self.STEPS + share,
            self.count * self.STEPS,
            f"{self.index + 1}/{self.count} {self.name}",
        )

    @property
    def cancelled(self) -> bool:
        return self.outer.cancelled


def export_batch_job(
    store: Store,
    form: Form,
    rules: RuleSet | None,
    ring: KeyRing,
    out: Path,
    office_key: Path,
    cases: Sequence[str] | None,
) -> Job:
    """The batch package of ``cases`` (None: the complete cases not yet sent), sealed for
    the office whose public key file is ``office_key``."""

    def work(progress: Progress) -> BatchExport:
        from surveytool.package.batch import export_batch
        from surveytool.package.keys import Identity

        try:
            office = Identity.read(office_key)
            return export_batch(
                store,
                form,
                rules,
                ring,
                out,
                encrypt_to=office,
                cases=list(cases) if cases else None,
                progress=progress,
            )
        finally:
            store.release_thread()

    return Job(work, name="export batch")


def import_packages_job(
    store: Store, form: Form, ring: KeyRing, files: Sequence[Path], accept_gap: bool = False
) -> Job:
    """Import ``files`` one after the other; the officer may cancel between two packages (a
    package is imported whole or not at all, never half)."""

    def work(progress: Progress) -> ImportRun:
        from surveytool.package.importing import import_package

        run = ImportRun()
        try:
            for index, path in enumerate(files):
                if progress.cancelled:
                    run.skipped = list(files[index:])
                    break
                step = _FileProgress(progress, index, len(files), path.name)
                step.update(0, 1)
                run.outcomes.append(
                    import_package(store, form, path, ring, accept_gap=accept_gap, progress=step)
                )
            progress.update(len(files), len(files), "")
            return run
        finally:
            store.release_thread()

    return Job(work, name="import packages")


def import_receipt_job(store: Store, ring: KeyRing, path: Path) -> Job:
    def work(progress: Progress) -> ReceiptOutcome:
        from surveytool.package.importing import import_receipt

        try:
            return import_receipt(store, path, ring)
        finally:
            store.release_thread()

    return Job(work, name="import receipt")


def plan_harmonised_job(
    store: Store, form: Form, rules: RuleSet | None, ring: KeyRing, include: tuple[str, ...]
) -> Job:
    """The harmonised tables and their disclosure report, nothing written yet. Cancelled:
    returns None (the plan is only in memory)."""

    def work(progress: Progress) -> HarmonisedPlan | None:
        from surveytool.package.harmonised import plan_harmonised

        try:
            plan = plan_harmonised(store, form, rules, ring, include=include, progress=progress)
        finally:
            store.release_thread()
        return None if progress.cancelled else plan

    return Job(work, name="plan harmonised package")


def write_harmonised_job(store: Store, plan: HarmonisedPlan, ring: KeyRing, out: Path) -> Job:
    """Write the planned package; the store records it as sent (its sequence number)."""

    def work(progress: Progress) -> HarmonisedExport:
        from surveytool.package.harmonised import write_harmonised

        try:
            return write_harmonised(store, plan, ring, out, progress=progress)
        finally:
            store.release_thread()

    return Job(work, name="write harmonised package")


def compare_job(store: Store, form: Form, found: Conflict) -> Job:
    """The differences between this office's version of the case and the package's."""

    def work(progress: Progress) -> list[Difference]:
        from surveytool.package.compare import compare

        try:
            store.case(found.case_uuid)  # our version may be gone (a receipt removed it)
            ours = store.events(found.case_uuid)
        except StoreError:
            ours = []
        finally:
            store.release_thread()
        return compare(form, ours, list(found.incoming.events))

    return Job(work, name="compare versions")
