"""Who may move a case from one status to another, and which statuses can be edited.

Modelled on Survey Solutions: the enumerator fills a case and sends it as complete; from then
on it is the office's until the office rejects it (back to the enumerator, with a reason) or
approves it. A complete case is read-only for the enumerator, who must reopen it explicitly
(an event of its own) to change an answer; an approved case can only change after the office
rejects it or revokes the approval. The store enforces these rules, so every client (the
desktop app, the command line, imports) gets the same refusals.

Refusals are ``StatusRefused`` with a machine-readable ``reason`` and a catalogued sentence:
``error.text(language)`` words it in any language (the window in the interface language), the
command line prints ``str(error)`` (English). One wording for every client.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from surveytool.common.catalogue import Message, message
from surveytool.store.errors import StoreError

STATUSES = ("new", "in_progress", "complete", "approved", "rejected")
ENUMERATOR = "enumerator"
OFFICE = "office"
ROLES = (ENUMERATOR, OFFICE)

#: statuses in which the enumerator may change answers and the roster
EDITABLE = frozenset({"new", "in_progress", "rejected"})
#: (from, to) -> the roles that may make that move
ALLOWED: dict[tuple[str, str], frozenset[str]] = {
    ("new", "in_progress"): frozenset({ENUMERATOR}),  # the first answer (automatic)
    ("rejected", "in_progress"): frozenset({ENUMERATOR}),  # the first fix (automatic)
    ("in_progress", "complete"): frozenset({ENUMERATOR}),  # mark complete
    ("complete", "in_progress"): frozenset({ENUMERATOR}),  # reopen, before the office decides
    ("complete", "approved"): frozenset({OFFICE}),
    ("complete", "rejected"): frozenset({OFFICE}),
    ("approved", "rejected"): frozenset({OFFICE}),
    ("approved", "complete"): frozenset({OFFICE}),  # revoke the approval, back to review
}
#: moves that need a reason the enumerator will read
COMMENT_REQUIRED = frozenset({"rejected"})
#: target status -> the statuses it can be reached from (for any role), for the docs and tests
TRANSITIONS: dict[str, frozenset[str]] = {
    status: frozenset(new for (old, new) in ALLOWED if old == status) for status in STATUSES
}

REASONS = ("read_only", "not_allowed", "has_errors", "needs_justification", "comment_required")

#: a status as a sentence names it (lower case)
STATUS_NAMES: dict[str, Message] = {
    "new": message("store.status.new", "new"),
    "in_progress": message("store.status.in_progress", "in progress"),
    "complete": message("store.status.complete", "complete"),
    "approved": message("store.status.approved", "approved"),
    "rejected": message("store.status.rejected", "rejected"),
}
_READ_ONLY = message(
    "store.refusal.read_only", "This case is {status}: reopen it before changing an answer."
)
_READ_ONLY_APPROVED = message(
    "store.refusal.read_only_approved",
    "This case is approved: it can be changed only after the office rejects it.",
)
_HAS_ERRORS = message(
    "store.refusal.has_errors", "The case cannot be {wanted}: it has {count} error(s) to fix first."
)
_NEEDS_JUSTIFICATION = message(
    "store.refusal.needs_justification",
    "The case cannot be {wanted} before its {count} warning(s) are justified.",
)
_COMMENT_REQUIRED = message(
    "store.refusal.comment_required", "Say why: the enumerator will read the reason."
)
_NOT_ALLOWED = message(
    "store.refusal.not_allowed", "A case that is {status} cannot become {wanted}."
)


class StatusRefused(StoreError):
    """A status change or an edit the rules do not allow (an expected refusal, not a bug)."""

    def __init__(
        self,
        reason: str,
        status: str,
        wanted: str | None,
        items: Sequence[Blocker] = (),
        role: str = ENUMERATOR,
    ) -> None:
        self.reason = reason
        self.status = status
        self.wanted = wanted
        self.items = list(items)
        self.role = role
        super().__init__(
            _sentence(reason, status),
            status=status_name(status),
            wanted=status_name(wanted or ""),
            count=len(self.items),
        )


def _sentence(reason: str, status: str) -> Message:
    if reason == "read_only":
        return _READ_ONLY_APPROVED if status == "approved" else _READ_ONLY
    if reason == "has_errors":
        return _HAS_ERRORS
    if reason == "needs_justification":
        return _NEEDS_JUSTIFICATION
    if reason == "comment_required":
        return _COMMENT_REQUIRED
    return _NOT_ALLOWED


def status_name(status: str) -> Message | str:
    """A status as a sentence names it, catalogued (rendered in the sentence's language); an
    unknown status as it is."""
    return STATUS_NAMES.get(status, status)


def refusal(
    status: str, wanted: str, role: str, comment: str | None = None
) -> StatusRefused | None:
    """Why ``role`` may not move a case from ``status`` to ``wanted`` (None when it may).

    With ``comment=None`` the comment is not judged: a client asks this first, and asks the
    user for a reason only when the move itself is allowed."""
    if role not in ALLOWED.get((status, wanted), frozenset()):
        return StatusRefused("not_allowed", status, wanted, role=role)
    if comment is not None and wanted in COMMENT_REQUIRED and not comment.strip():
        return StatusRefused("comment_required", status, wanted, role=role)
    return None


def edit_refusal(status: str) -> StatusRefused | None:
    """Why the enumerator may not change a case in ``status`` (None when they may)."""
    if status in EDITABLE:
        return None
    return StatusRefused("read_only", status, None)


@dataclass(frozen=True, slots=True)
class Blocker:
    """One reason a case cannot be approved: an error, or a warning without justification."""

    rule: str
    severity: str
    line_no: str | None
    message: str
