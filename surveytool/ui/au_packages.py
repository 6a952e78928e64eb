"""The packages of a merged folder as the AU workspace lists them, and the words for what a
merge did to each.

The list is the folder's registry (what is merged: one package per country and round, with
the packages it replaced), followed by the packages the folder's last merge did not take
(refused, or older than the one merged), so a refusal stays visible with its reason until
the next merge. Verdicts are the core's catalogued words (``merge.report.VERDICT_WORDS``),
the same the command line prints; a refusal's reason is rendered again from its record in
the interface language.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from surveytool.ui.au_models import PackageLine
from surveytool.ui.bidi import ltr
from surveytool.ui.exchange_run import error_text, record_text

if TYPE_CHECKING:
    from surveytool.merge.report import MergeReport, PackageOutcome


def package_lines(folder: Path, language: str) -> list[PackageLine]:
    """The registry of ``folder``, then the last merge's packages not taken."""
    from surveytool.merge import registry
    from surveytool.merge.folder import REPORT, read_json
    from surveytool.merge.report import ALREADY, REFUSED, REPLACED

    report = read_json(folder / REPORT, {})
    outcomes = report.get("packages", []) if isinstance(report, Mapping) else []
    last = {o.get("package_id"): o for o in outcomes if isinstance(o, Mapping)}
    lines = []
    for entry in registry(folder):
        outcome = last.get(entry.get("package_id"))
        replaced = [r for r in entry.get("replaced", []) if isinstance(r, Mapping)]
        if outcome is not None and outcome.get("verdict") in (ALREADY, REPLACED, "added"):
            verdict = _verdict_json(outcome, language)
        else:
            verdict = QCoreApplication.translate("AUWorkspace", "merged before")
        detail = "\n".join(
            QCoreApplication.translate("AUWorkspace", "replaced {package} ({when})").format(
                package=ltr(r.get("package_id", "")), when=ltr(r.get("replaced_at", ""))
            )
            for r in replaced
        )
        lines.append(_line(entry, verdict, detail, merged=True))
    for outcome in outcomes:
        if not isinstance(outcome, Mapping) or outcome.get("verdict") not in (REFUSED, "older"):
            continue
        text = _verdict_json(outcome, language)
        lines.append(_line(outcome, text, text, merged=False))
    return lines


def _line(found: Mapping[str, Any], verdict: str, detail: str, *, merged: bool) -> PackageLine:
    """A line from a registry entry or a report's outcome (which has fewer fields)."""
    metadata = found.get("metadata")
    metadata = metadata if isinstance(metadata, Mapping) else {}
    sender = found.get("sender")
    return PackageLine(
        country=str(found.get("country") or ""),
        round=str(found.get("round") or ""),
        form_version=str(found.get("form_version") or ""),
        period=str(metadata.get("reference_period") or found.get("reference_date") or ""),
        sender=str(sender.get("name", "")) if isinstance(sender, Mapping) else "",
        file=Path(str(found.get("file") or "")).name,
        verdict=verdict,
        detail=detail,
        merged=merged,
    )


def _verdict_json(outcome: Mapping[str, Any], language: str) -> str:
    """The verdict of an outcome kept in ``merge_report.json``, in ``language``."""
    from surveytool.merge.report import VERDICT_WORDS

    words = VERDICT_WORDS.get(str(outcome.get("verdict")))
    if words is None:
        return str(outcome.get("verdict", ""))
    record = outcome.get("reason_record") or outcome.get("reason") or ""
    reason = record_text(str(record), language) if record else ""
    return words.text(language, replaced=ltr(outcome.get("replaced") or ""), reason=reason)


def outcome_text(outcome: PackageOutcome, language: str) -> str:
    """``SEN.zip: merged``; a refusal is its reason, which names the file itself."""
    from surveytool.merge.report import REFUSED, VERDICT_WORDS

    reason = error_text(outcome.error, language) if outcome.error is not None else ""
    verdict = VERDICT_WORDS[outcome.verdict].text(
        language, replaced=ltr(outcome.replaced or ""), reason=reason
    )
    if outcome.verdict == REFUSED and outcome.error is not None:
        return verdict
    return f"{ltr(outcome.path.name)}: {verdict}"


def summary_text(report: MergeReport, language: str) -> str:
    """What a merge did: a count line, then one line per package, in the order given."""
    counts = report.counts()
    head = QCoreApplication.translate(
        "AUWorkspace",
        "{merged} merged, {replaced} replaced, {same} already there, {refused} refused",
    ).format(
        merged=counts.get("added", 0),
        replaced=counts.get("replaced", 0),
        same=counts.get("already there", 0) + counts.get("older", 0),
        refused=counts.get("refused", 0),
    )
    return "\n".join([head, "", *(outcome_text(o, language) for o in report.outcomes)])
