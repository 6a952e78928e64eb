"""An enumerator's batch package: the complete cases not yet sent, for the office.

Exporting never deletes or changes a case. It records which version of each case went into
which package (the case's last event), so a case reopened and completed again is sent again,
and a case leaves this store only when the office's signed receipt for the package comes back
(``importing.import_receipt``). The record and the file are made together: if the file cannot
be written, nothing is recorded and the sequence number is not used up.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from surveytool.common.catalogue import message
from surveytool.common.errors import Location, UserError
from surveytool.common.progress import NullProgress, Progress, stop_if_cancelled
from surveytool.form.levels import levels
from surveytool.form.model import Form
from surveytool.package import container, paradata
from surveytool.package.codebook import codebook_xlsx
from surveytool.package.datapackage import descriptor
from surveytool.package.keys import Identity, KeyRing
from surveytool.package.manifest import publish
from surveytool.package.media import media_members
from surveytool.package.tabular import csv_bytes
from surveytool.store import CaseRow, Store, StoreError
from surveytool.store.exchange import (
    events_digest,
    unexported_complete,
)
from surveytool.validate.batch import validate_frames
from surveytool.validate.inputs import store_tables, text_frames
from surveytool.validate.report_json import write_json
from surveytool.validate.rules import RuleSet

KIND = "batch"

_NOTHING = message(
    "package.batch.nothing", "no complete case waits to be sent: every complete case was exported"
)
_NOT_COMPLETE = message(
    "package.batch.not_complete",
    "case {key} is {status}: only complete cases go into a batch",
)
_UNKNOWN = message("package.batch.unknown_case", "no case {case} in this store")


@dataclass(frozen=True, slots=True)
class BatchExport:
    path: Path
    package_id: str
    digest: str
    sequence: int
    cases: int
    sealed: bool


def export_batch(
    store: Store,
    form: Form,
    rules: RuleSet | None,
    ring: KeyRing,
    out: Path,
    *,
    encrypt_to: Identity | None = None,
    cases: Sequence[str] | None = None,
    progress: Progress | None = None,
) -> BatchExport:
    """Write the batch package of ``cases`` (uuids; default: the complete cases not yet
    exported) to ``out``, signed by ``ring`` and sealed for ``encrypt_to`` if given."""
    progress = progress or NullProgress()
    rows = _chosen(store, form, cases)
    uuids = [row.uuid for row in rows]
    tables = store_tables(store, form, cases=uuids)
    progress.update(1, 4, "tables")
    members = {f"{level.table}.csv": csv_bytes(tables[level.table]) for level in levels(form)}
    events = {uuid: store.events(uuid) for uuid in uuids}
    members[paradata.CASES] = paradata.cases_bytes(rows)
    members[paradata.EVENTS] = paradata.events_bytes(e for uuid in uuids for e in events[uuid])
    members.update(media_members(store, uuids))  # the files answers name (media/<uuid>/...)
    report = validate_frames(form, rules, text_frames(store, form, tables))
    progress.update(2, 4, "validation")
    stop_if_cancelled(progress)
    buffer = io.StringIO()
    write_json(report, buffer)
    members["validation.json"] = buffer.getvalue().encode()
    members["codebook.xlsx"] = codebook_xlsx(form, tables)
    members["datapackage.json"] = container.canonical_json(descriptor(form, tables, members))
    sent = {
        uuid: (events[uuid][-1].seq if events[uuid] else 0, events_digest(events[uuid]))
        for uuid in uuids
    }
    done = publish(
        store,
        form,
        KIND,
        members,
        ring,
        out,
        cases=len(rows),
        countries=[row.key.country for row in rows],
        rounds=[row.key.round for row in rows],
        sent=sent,
        encrypt_to=encrypt_to,
        progress=progress,
    )
    sealed = encrypt_to is not None
    return BatchExport(out, done.package_id, done.digest, done.sequence, len(rows), sealed)


def _chosen(store: Store, form: Form, cases: Sequence[str] | None) -> list[CaseRow]:
    if cases is None:
        rows = [row for row in unexported_complete(store) if row.form_id == form.form_id]
        if not rows:
            raise UserError(_NOTHING, Location(str(store.path)))
        return rows
    rows = []
    for uuid in dict.fromkeys(cases):
        try:
            row = store.case(uuid)
        except StoreError as error:
            raise UserError(_UNKNOWN, Location(str(store.path)), case=uuid) from error
        if row.status != "complete":
            raise UserError(
                _NOT_COMPLETE, Location(str(store.path)), key=str(row.key), status=row.status
            )
        rows.append(row)
    if not rows:
        raise UserError(_NOTHING, Location(str(store.path)))
    return rows
