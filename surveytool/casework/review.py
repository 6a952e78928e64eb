"""The office's decisions on a case, and the enumerator's reopen, with what each one needs.

Approving judges the case with the same checks the enumerator saw (required answers,
constraints, the batch rules checked live): an error blocks the approval; a warning must have
been justified by the office first. ``check`` answers "may this move be asked at all?" so a
client refuses before it asks the user for a reason.

Blockers are worded in the caller's ``language`` (the office's interface language), not the
form's default: the interview that judges the case is rebuilt in that language, so the
questions' own messages and the rules' messages read as the rest of the screen.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from surveytool.casework.session import load_interview
from surveytool.common.catalogue import SOURCE_LANGUAGE
from surveytool.form.model import Form
from surveytool.interview import Interview
from surveytool.store.statuses import ENUMERATOR, OFFICE, Blocker, StatusRefused, refusal
from surveytool.store.store import Store

if TYPE_CHECKING:
    from surveytool.interview.live_rules import LiveRule


class RuleSource(Protocol):
    """What ``validate.load_rules`` returns, as far as live checking needs it."""

    @property
    def rules(self) -> Sequence[LiveRule]: ...
    @property
    def derived(self) -> Mapping[str, str]: ...


def check(store: Store, case_uuid: str, wanted: str, role: str) -> StatusRefused | None:
    """Why ``role`` may not move the case to ``wanted`` now (None when it may)."""
    return refusal(store.case(case_uuid).status, wanted, role)


def blockers(
    store: Store,
    form: Form,
    case_uuid: str,
    rules: RuleSource | None = None,
    language: str = SOURCE_LANGUAGE,
) -> tuple[list[Blocker], list[Blocker]]:
    """(errors, unjustified warnings) of the case as the store holds it now, their messages
    in ``language``."""
    interview, _ = load_interview(store, form, case_uuid, language=language)
    if rules is not None:
        interview.use_rules(rules.rules, rules.derived)
    errors = [
        Blocker(problem.address.name, "error", _line(interview, problem.address), problem.message)
        for problem in interview.problems()
    ]
    justified = store.justifications()
    warnings = []
    for finding in interview.rule_findings():
        line = _line(interview, finding.address)
        blocker = Blocker(finding.rule, finding.severity, line, finding.message)
        if finding.severity == "error":
            errors.append(blocker)
        elif (case_uuid, finding.rule, line) not in justified:
            warnings.append(blocker)
    return errors, warnings


def approve(
    store: Store,
    form: Form,
    case_uuid: str,
    who: str,
    rules: RuleSource | None = None,
    *,
    justified_ok: bool = False,
    language: str = SOURCE_LANGUAGE,
) -> None:
    """Complete -> approved. Refused with the case's errors (``has_errors``), or with its
    warnings not yet justified (``needs_justification``) unless ``justified_ok``; the
    refusal's items (``Blocker``) are worded in ``language``."""
    status = store.case(case_uuid).status
    refused = refusal(status, "approved", OFFICE)
    if refused is not None:
        raise refused
    errors, warnings = blockers(store, form, case_uuid, rules, language)
    if errors:
        raise StatusRefused("has_errors", status, "approved", errors, role=OFFICE)
    if warnings and not justified_ok:
        raise StatusRefused("needs_justification", status, "approved", warnings, role=OFFICE)
    store.set_status(case_uuid, "approved", who, role=OFFICE)


def reject(store: Store, case_uuid: str, who: str, comment: str) -> None:
    """Complete or approved -> rejected: back to the enumerator, who reads ``comment``."""
    store.set_status(case_uuid, "rejected", who, comment.strip(), role=OFFICE)


def revoke(store: Store, case_uuid: str, who: str, comment: str = "") -> None:
    """Approved -> complete: the approval is withdrawn and the case is under review again."""
    store.set_status(case_uuid, "complete", who, comment.strip(), role=OFFICE)


def reopen(store: Store, case_uuid: str, who: str, comment: str = "") -> None:
    """Complete -> in progress by the enumerator, before the office has decided."""
    store.set_status(case_uuid, "in_progress", who, comment.strip(), role=ENUMERATOR)


def _line(interview: Interview, address: object) -> str | None:
    """The roster line as batch reports give it (the position), None at household level;
    inside a repeat in a repeat, each enclosing position first (``2.1``: member 2, trip 1)."""
    path = getattr(address, "path", ())
    if not path:
        return None
    positions = []
    for depth, (repeat, instance) in enumerate(path):
        ids = interview.instances(repeat, path[:depth])
        if instance not in ids:
            return None
        positions.append(str(ids.index(instance) + 1))
    return ".".join(positions)
