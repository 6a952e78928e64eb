"""The local store (stdlib sqlite3): cases, append-only answer events, statuses, snapshots.

API: ``Store.open(path=None, readonly=False)`` (one writer per file, enforced by an OS lock;
readers need none; one connection per thread, writes serialised), ``create_case``,
``record_answer`` (durable when it returns), ``record_roster``, ``events``, ``cases`` /
``count_cases`` (filter by status and key text), ``set_status`` (only the moves
``statuses.ALLOWED`` grants the role, each an event), ``save_snapshot`` / ``snapshot``.
Exchange packages' bookkeeping (sent, received, conflicts, receipts) is ``store.exchange``.
The store knows the form but not the interview engine: an open case (``CaseSession``, replay)
and the office's review live in ``surveytool.casework``, above both.
"""

from surveytool.store.errors import StoreError
from surveytool.store.exchange import (
    Conflict,
    ImportCounts,
    IncomingCase,
    ReceiptOutcome,
    case_data_checksum,
    events_digest,
)
from surveytool.store.lock import StoreLocked
from surveytool.store.statuses import (
    ALLOWED,
    EDITABLE,
    ENUMERATOR,
    OFFICE,
    STATUSES,
    TRANSITIONS,
    StatusRefused,
)
from surveytool.store.store import CaseRow, Event, Store, SurveyKey, default_path

__all__ = [
    "ALLOWED",
    "EDITABLE",
    "ENUMERATOR",
    "OFFICE",
    "STATUSES",
    "TRANSITIONS",
    "CaseRow",
    "Conflict",
    "Event",
    "ImportCounts",
    "IncomingCase",
    "ReceiptOutcome",
    "StatusRefused",
    "Store",
    "StoreError",
    "StoreLocked",
    "SurveyKey",
    "case_data_checksum",
    "default_path",
    "events_digest",
]
