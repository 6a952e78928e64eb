"""The store's side of exchange packages (schema migration 4).

Enumerator: ``next_sequence``, ``unexported_complete``, ``record_sent``, ``sent_packages``,
``apply_receipt``. Office: ``import_cases`` (all or nothing, safe to repeat), ``received``,
``last_received``, ``log_import`` / ``import_log``, ``conflicts`` / ``conflict`` /
``resolve_conflict``. Both: ``events_digest`` (a case's history, independent of local
numbering) and ``case_data_checksum`` (every case and event: "the store did not change").
Each function takes a ``Store`` and writes in one ``store.transaction()``; the package
layer above checks signatures, trust and files before calling them.
"""

from surveytool.store.exchange.cases import IncomingCase, case_data_checksum, events_digest
from surveytool.store.exchange.conflicts import Conflict, conflict, conflicts, resolve_conflict
from surveytool.store.exchange.received import (
    CONFLICT_REASONS,
    ImportAttempt,
    ImportCounts,
    ReceivedPackage,
    import_cases,
    import_log,
    last_received,
    log_import,
    received,
)
from surveytool.store.exchange.sent import (
    ReceiptOutcome,
    SentPackage,
    apply_receipt,
    next_sequence,
    record_sent,
    sent_packages,
    unexported_complete,
)

__all__ = [
    "CONFLICT_REASONS",
    "Conflict",
    "ImportAttempt",
    "ImportCounts",
    "IncomingCase",
    "ReceiptOutcome",
    "ReceivedPackage",
    "SentPackage",
    "apply_receipt",
    "case_data_checksum",
    "conflict",
    "conflicts",
    "events_digest",
    "import_cases",
    "import_log",
    "last_received",
    "log_import",
    "next_sequence",
    "received",
    "record_sent",
    "resolve_conflict",
    "sent_packages",
    "unexported_complete",
]
