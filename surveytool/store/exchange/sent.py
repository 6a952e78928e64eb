"""The enumerator's side of exchange: packages sent, and the office's receipts.

Exporting never changes a case: it records which version (the case's last event) each
package carried. A case leaves this store only when the office's receipt for a package names
it and the case is still that version; a case changed since stays, to be sent again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from surveytool.common.catalogue import message
from surveytool.store.errors import NO_CASE, StoreError
from surveytool.store.exchange.cases import CASE_COLUMNS, case_row, last_seq, remove_case
from surveytool.store.exchange.words import KIND_WORDS, word
from surveytool.store.store import CaseRow, Store, now

SEQUENCE_TAKEN = message(
    "store.sent.sequence_taken",
    "a {kind} package numbered {sequence} was already sent from this store",
)
PACKAGE_EXISTS = message("store.sent.exists", "package {package} is already recorded as sent")
UNKNOWN_PACKAGE = message(
    "store.receipt.unknown_package", "this receipt is for package {package}, never sent from here"
)
DIGEST_DIFFERS = message(
    "store.receipt.digest",
    "this receipt is for another version of package {package} (digest {theirs}, sent {ours})",
)


@dataclass(frozen=True, slots=True)
class SentPackage:
    package_id: str
    kind: str
    sequence: int
    digest: str
    created_at: str
    path: str
    recipient: str
    receipt_at: str | None
    cases: int


@dataclass(frozen=True, slots=True)
class ReceiptOutcome:
    """What a receipt did: cases ``removed`` now, cases ``changed_since`` the package (kept),
    cases ``unknown`` to that package (ignored), and cases ``already_removed`` by an earlier
    application of a receipt."""

    removed: tuple[str, ...]
    changed_since: tuple[str, ...]
    unknown: tuple[str, ...]
    already_removed: tuple[str, ...] = ()


def next_sequence(store: Store, kind: str) -> tuple[int, str | None]:
    """The number the next package of ``kind`` takes (1 for the first) and the digest of the
    last one sent (None for the first): the manifest's sequence and previous."""
    row = store.connection.execute(
        "SELECT sequence, digest FROM packages_sent WHERE kind = ? ORDER BY sequence DESC LIMIT 1",
        (kind,),
    ).fetchone()
    if row is None:
        return 1, None
    return int(row[0]) + 1, str(row[1])


def unexported_complete(store: Store) -> list[CaseRow]:
    """Complete cases whose current version (last event) no sent package carried: never
    exported, or reopened and completed again since."""
    rows = store.connection.execute(
        f"SELECT {CASE_COLUMNS} FROM cases WHERE status = 'complete' AND NOT EXISTS ("
        "  SELECT 1 FROM sent_cases s WHERE s.case_uuid = cases.uuid AND s.last_seq = ("
        "    SELECT coalesce(max(seq), 0) FROM events e WHERE e.case_uuid = cases.uuid)) "
        "ORDER BY country, round, cluster, household"
    ).fetchall()
    return [case_row(row) for row in rows]


def record_sent(
    store: Store,
    package_id: str,
    kind: str,
    sequence: int,
    digest: str,
    path: str,
    recipient: str,
    cases: Mapping[str, tuple[int, str]],
) -> None:
    """Record a package written, with each case's (last seq, events digest) it carried.

    Refused (nothing recorded) if the sequence of that kind or the package id is taken or a
    case is unknown; the cases themselves are not touched."""
    with store.transaction() as connection:
        taken = connection.execute(
            "SELECT 1 FROM packages_sent WHERE kind = ? AND sequence = ?", (kind, sequence)
        ).fetchone()
        if taken is not None:
            raise StoreError(SEQUENCE_TAKEN, kind=word(KIND_WORDS, kind), sequence=sequence)
        try:
            connection.execute(
                "INSERT INTO packages_sent (package_id, kind, sequence, digest, created_at, "
                "path, recipient) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (package_id, kind, sequence, digest, now(), path, recipient),
            )
        except sqlite3.IntegrityError as error:
            raise StoreError(PACKAGE_EXISTS, package=package_id) from error
        for case_uuid in cases:
            if connection.execute("SELECT 1 FROM cases WHERE uuid = ?", (case_uuid,)).fetchone():
                continue
            raise StoreError(NO_CASE, case=case_uuid)
        connection.executemany(
            "INSERT INTO sent_cases (package_id, case_uuid, last_seq, events_digest) "
            "VALUES (?, ?, ?, ?)",
            [(package_id, case, seq, events) for case, (seq, events) in cases.items()],
        )


def sent_packages(store: Store) -> list[SentPackage]:
    """Every package sent from this store, by kind then sequence, with its number of cases."""
    rows = store.connection.execute(
        "SELECT p.package_id, kind, sequence, digest, created_at, path, recipient, receipt_at, "
        "(SELECT count(*) FROM sent_cases s WHERE s.package_id = p.package_id) "
        "FROM packages_sent p ORDER BY kind, sequence"
    ).fetchall()
    return [SentPackage(*row) for row in rows]


def apply_receipt(
    store: Store, package_id: str, digest: str, case_uuids: Sequence[str]
) -> ReceiptOutcome:
    """Remove the cases the office confirms it holds, in one transaction.

    The receipt must name a package sent from here with the same digest (else ``StoreError``
    and nothing changes). Each listed case still at the version the package carried (its
    last seq unchanged) is removed with its events and snapshot; a case changed since stays.
    The signature of the receipt is the caller's to check. Applying a receipt again changes
    nothing (the first receipt time is kept)."""
    with store.transaction() as connection:
        found = connection.execute(
            "SELECT digest, receipt_at FROM packages_sent WHERE package_id = ?", (package_id,)
        ).fetchone()
        if found is None:
            raise StoreError(UNKNOWN_PACKAGE, package=package_id)
        if found[0] != digest:
            raise StoreError(DIGEST_DIFFERS, package=package_id, theirs=digest, ours=found[0])
        carried = dict(
            connection.execute(
                "SELECT case_uuid, last_seq FROM sent_cases WHERE package_id = ?", (package_id,)
            ).fetchall()
        )
        removed, changed, unknown, gone = [], [], [], []
        for case_uuid in dict.fromkeys(case_uuids):  # once each, in the receipt's order
            if case_uuid not in carried:
                unknown.append(case_uuid)
            elif not connection.execute(
                "SELECT 1 FROM cases WHERE uuid = ?", (case_uuid,)
            ).fetchone():
                gone.append(case_uuid)
            elif last_seq(connection, case_uuid) != carried[case_uuid]:
                changed.append(case_uuid)
            else:
                remove_case(connection, case_uuid)
                removed.append(case_uuid)
        if found[1] is None:
            connection.execute(
                "UPDATE packages_sent SET receipt_at = ? WHERE package_id = ?", (now(), package_id)
            )
    return ReceiptOutcome(tuple(removed), tuple(changed), tuple(unknown), tuple(gone))
