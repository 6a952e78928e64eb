"""What a merge did, package by package: the verdicts, the reasons, the reconciliation notes.

Kept as data (``MergeReport.as_json`` is ``merge_report.json``); a refusal keeps its
``UserError`` so that the command line and the GUI show it in their language, and the JSON
keeps it as a ``problem_record`` that renders again in any language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from surveytool.common.catalogue import Message, message
from surveytool.common.errors import UserError, problem_record

ADDED, REPLACED, ALREADY, OLDER, REFUSED = "added", "replaced", "already there", "older", "refused"
VERDICT_WORDS: dict[str, Message] = {
    ADDED: message("merge.verdict.added", "merged"),
    REPLACED: message("merge.verdict.replaced", "merged, replacing package {replaced}"),
    ALREADY: message("merge.verdict.already", "already merged: nothing changed"),
    OLDER: message(
        "merge.verdict.older",
        "not applied: older than package {replaced}, merged for the same country and round",
    ),
    REFUSED: message("merge.verdict.refused", "refused: {reason}"),
}


@dataclass(frozen=True)
class PackageOutcome:
    """One package's verdict (one of ``VERDICT_WORDS``) and what it was."""

    path: Path
    verdict: str
    package_id: str | None = None
    country: str | None = None
    round: str | None = None
    form_version: str | None = None
    error: UserError | None = None
    replaced: str | None = None
    notes: list[dict[str, Any]] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)

    def text(self, language: str = "en") -> str:
        """The verdict in ``language`` ("refused: <file>: <why>")."""
        reason = self.error.text(language) if self.error is not None else ""
        return VERDICT_WORDS[self.verdict].text(
            language, replaced=self.replaced or "", reason=reason
        )

    def as_json(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "file": str(self.path),
            "verdict": self.verdict,
            "package_id": self.package_id,
            "country": self.country,
            "round": self.round,
            "form_version": self.form_version,
        }
        if self.replaced is not None:
            found["replaced"] = self.replaced
        if self.error is not None:
            found["reason"] = self.error.text()
            found["reason_record"] = problem_record(self.error)
        if self.rows:
            found["rows"] = self.rows
        if self.notes:
            found["notes"] = self.notes
        return found


@dataclass(frozen=True)
class MergeReport:
    """What ``merge_packages`` did to ``folder``, in the order the packages were given."""

    folder: Path
    outcomes: list[PackageOutcome]
    merged_at: str = ""
    rec_membership: list[dict[str, Any]] = field(default_factory=list)

    def with_verdict(self, *verdicts: str) -> list[PackageOutcome]:
        return [o for o in self.outcomes if o.verdict in verdicts]

    @property
    def refused(self) -> list[PackageOutcome]:
        return self.with_verdict(REFUSED)

    @property
    def notes(self) -> list[dict[str, Any]]:
        return [note for o in self.outcomes for note in o.notes]

    def counts(self) -> dict[str, int]:
        return {verdict: len(self.with_verdict(verdict)) for verdict in VERDICT_WORDS}

    def as_json(self) -> dict[str, Any]:
        return {
            "format": "surveytool-merge-report",
            "folder": str(self.folder),
            "merged_at": self.merged_at,
            "counts": self.counts(),
            "packages": [o.as_json() for o in self.outcomes],
            "rec_membership": self.rec_membership,
        }
