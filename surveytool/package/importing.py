"""The office's import of batch packages, and the enumerator's import of the office's receipts.

An import is all or nothing: the package is verified whole (signature, trusted sender,
checksums, form, sequence) before the store is touched, and its cases are added in one
transaction (``store.exchange.import_cases``). Importing a package twice changes nothing; a
case already here and changed since is kept beside the incoming version as a conflict for the
officer, never overwritten. Every attempt, refused ones included, is in the store's import log
with its verdict; a refusal changes no case.

Sequence numbers: each workstation numbers its batches 1, 2, 3... and names the digest of the
one before. A package whose number was already used by another package of that workstation
(a replay, or a fork of its history) is refused; one that skips numbers is refused unless the
officer accepts the gap (``accept_gap``), knowing a package is missing; the log keeps it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from surveytool.common.catalogue import message
from surveytool.common.errors import Location, UserError, problem_record
from surveytool.common.progress import NullProgress, Progress
from surveytool.form.model import Form
from surveytool.package import container, paradata
from surveytool.package.keys import KeyRing
from surveytool.package.media import import_media
from surveytool.package.receipts import make_receipt, read_receipt
from surveytool.store import Store
from surveytool.store.exchange import (
    ImportCounts,
    IncomingCase,
    ReceiptOutcome,
    apply_receipt,
    import_cases,
    last_received,
    log_import,
    received,
)

KIND = "batch"
IMPORTED, ALREADY, REFUSED = "imported", "already imported", "refused"

_ALREADY = message("package.import.already", "already imported on {date}: nothing changed")
_REPLAY = message(
    "package.import.replay",
    "{sender} already sent a package numbered {sequence} ({other}): this one is a replay or "
    "comes from a copy of that workstation; nothing imported",
)
_GAP = message(
    "package.import.gap",
    "package {sequence} of {sender}, but {expected} comes next: package(s) {expected} to "
    "{before} have not been imported; import them first, or accept the gap",
)
_FORK = message(
    "package.import.fork",
    "package {sequence} of {sender} does not follow the package {before} imported here (its "
    "'previous' digest differs): nothing imported",
)
_FORM_VERSION = message(
    "package.import.form_version",
    "the package holds form {form} version {theirs}; this office uses version {ours}",
)
_COUNTED = message(
    "package.import.counted",
    "{added} added, {updated} updated, {same} unchanged, {conflicts} conflict(s)",
)
_WRONG_FORM = message(
    "package.import.wrong_form", "a case of form {form} {version} in a package of {expected}"
)


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    file: Path
    verdict: str  # imported | already imported | refused
    package_id: str | None = None
    sender: str | None = None
    counts: ImportCounts | None = None
    receipt: Path | None = None
    error: UserError | None = None

    def text(self, language: str = "en") -> str:
        if self.error is not None:
            return self.error.text(language)
        return self.verdict


def import_package(
    store: Store,
    form: Form,
    path: Path,
    ring: KeyRing,
    *,
    receipt_folder: Path | None = None,
    accept_gap: bool = False,
    progress: Progress | None = None,
) -> ImportOutcome:
    """Verify and import one batch package; never raises for a bad package (the outcome
    carries the refusal, and the log has it)."""
    progress = progress or NullProgress()
    try:
        opened = container.open_package(path, ring, kind=KIND)
    except UserError as error:
        log_import(store, str(path), None, None, REFUSED, problem_record(error))
        return ImportOutcome(path, REFUSED, error=error)
    manifest = opened.manifest
    package_id, sender = str(manifest["package_id"]), opened.sender.fingerprint
    progress.update(1, 3, "verified")
    try:
        _check(store, form, path, opened, accept_gap)
        incoming = _incoming(opened, form)
        before = received(store, package_id)
        if before is not None:
            raise UserError(_ALREADY, Location(str(path)), date=before.imported_at)
        counts = import_cases(
            store, package_id, opened.digest, sender, KIND, int(manifest["sequence"]), incoming
        )
        import_media(store, opened.members, counts.outcomes)  # the files the answers name
    except UserError as error:
        problem = error.problem
        verdict = (
            ALREADY if not isinstance(problem, str) and problem.template is _ALREADY else REFUSED
        )
        log_import(store, str(path), package_id, sender, verdict, problem_record(error))
        return ImportOutcome(path, verdict, package_id, sender, error=error)
    progress.update(2, 3, "imported")
    # the receipt confirms the cases this office now holds as cases; one kept aside as a
    # conflict stays on the enumerator's workstation until the officer has resolved it
    held = [uuid for uuid, outcome in counts.outcomes.items() if outcome != "conflict"]
    receipt_bytes = make_receipt(ring, package_id, opened.digest, held, IMPORTED)
    folder = receipt_folder or path.parent
    receipt = folder / f"{path.stem}.receipt.json"
    container.write(receipt, receipt_bytes)
    counted = UserError(
        _COUNTED,
        added=counts.added,
        updated=counts.updated,
        same=counts.same,
        conflicts=counts.conflicts,
    )
    log_import(store, str(path), package_id, sender, IMPORTED, problem_record(counted))
    progress.update(3, 3, "receipt")
    return ImportOutcome(path, IMPORTED, package_id, sender, counts, receipt)


def import_receipt(store: Store, path: Path, ring: KeyRing) -> ReceiptOutcome:
    """Apply the office's signed receipt: the cases it lists, unchanged since they were sent,
    leave this store (``store.exchange.apply_receipt``)."""
    receipt = read_receipt(path.read_bytes(), ring, str(path))
    return apply_receipt(
        store, str(receipt["package_id"]), str(receipt["digest"]), receipt["cases"]
    )


def _check(
    store: Store, form: Form, path: Path, opened: container.Opened, accept_gap: bool
) -> None:
    manifest = opened.manifest
    where = Location(str(path))
    if manifest["form_id"] != form.form_id or manifest["form_version"] != form.version:
        raise UserError(
            _FORM_VERSION,
            where,
            form=manifest["form_id"],
            theirs=manifest["form_version"],
            ours=f"{form.form_id} {form.version}",
        )
    if received(store, str(manifest["package_id"])) is not None:
        return  # the caller says "already imported"
    sequence = int(manifest["sequence"])
    sender = opened.sender
    last = last_received(store, sender.fingerprint, KIND)
    expected = 1 if last is None else last.sequence + 1
    name = f"{sender.name} ({sender.fingerprint[:8]})"
    if last is not None and sequence <= last.sequence:
        raise UserError(_REPLAY, where, sender=name, sequence=sequence, other=last.package_id)
    if sequence > expected and not accept_gap:
        raise UserError(
            _GAP, where, sender=name, sequence=sequence, expected=expected, before=sequence - 1
        )
    if last is not None and sequence == expected and manifest.get("previous") != last.digest:
        raise UserError(_FORK, where, sender=name, sequence=sequence, before=last.sequence)


def _incoming(opened: container.Opened, form: Form) -> list[IncomingCase]:
    cases = paradata.read_cases(opened.members[paradata.CASES], paradata.CASES)
    events = paradata.read_events(opened.members[paradata.EVENTS], paradata.EVENTS, cases)
    for row in cases:
        if row.form_id != form.form_id or row.form_version != form.version:
            raise UserError(
                _WRONG_FORM,
                Location(paradata.CASES),
                form=row.form_id,
                version=row.form_version,
                expected=f"{form.form_id} {form.version}",
            )
    return [IncomingCase(row, events[row.uuid]) for row in cases]
