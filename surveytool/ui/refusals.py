"""The store's refusals (``StatusRefused``) worded for the person at the keyboard, translated.

The store gives a machine-readable reason; this is the one place the interface turns it into
a sentence, so the entry screen and the office word the same refusal the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from surveytool.store import StatusRefused


def status_name(status: str) -> str:
    """A status as the interface names it (lower case, inside a sentence)."""
    names = {
        "new": QCoreApplication.translate("Refusals", "new"),
        "in_progress": QCoreApplication.translate("Refusals", "in progress"),
        "complete": QCoreApplication.translate("Refusals", "complete"),
        "approved": QCoreApplication.translate("Refusals", "approved"),
        "rejected": QCoreApplication.translate("Refusals", "rejected"),
    }
    return names.get(status, status)


def refusal_text(error: StatusRefused) -> str:
    """One sentence: what was refused and what to do instead."""
    status = status_name(error.status)
    wanted = status_name(error.wanted or "")
    count = len(error.items)
    if error.reason == "read_only":
        if error.status == "approved":
            return QCoreApplication.translate(
                "Refusals",
                "This case is approved: it can be changed only after the office rejects it.",
            )
        return QCoreApplication.translate(
            "Refusals", "This case is {status}: reopen it before changing an answer."
        ).format(status=status)
    if error.reason == "has_errors":
        return QCoreApplication.translate(
            "Refusals", "The case cannot be {wanted}: it has {count} error(s) to fix first."
        ).format(wanted=wanted, count=count)
    if error.reason == "needs_justification":
        return QCoreApplication.translate(
            "Refusals", "The case cannot be {wanted} before its {count} warning(s) are justified."
        ).format(wanted=wanted, count=count)
    if error.reason == "comment_required":
        return QCoreApplication.translate(
            "Refusals", "Say why: the enumerator will read the reason."
        )
    return QCoreApplication.translate(
        "Refusals", "A case that is {status} cannot become {wanted}."
    ).format(status=status, wanted=wanted)
