"""Exchange ▸ Export harmonised package…: plan in a job, show the disclosure report, and
only on Write ask for the file and write it in a second job.

Each function takes the ``Exchange`` first and is bound as a method in its class body (as
``office_actions`` is in ``OfficeWorkspace``), so both type-check against the one class.
Texts are in the Exchange translation context.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog

from surveytool.ui.bidi import ltr
from surveytool.ui.exchange_batch import PACKAGE_FILTER
from surveytool.ui.exchange_disclosure import DisclosureDialog
from surveytool.ui.exchange_jobs import plan_harmonised_job, write_harmonised_job
from surveytool.ui.exchange_run import show_info
from surveytool.ui.workers import Job

if TYPE_CHECKING:
    from surveytool.package.harmonised import HarmonisedExport, HarmonisedPlan
    from surveytool.package.keys import KeyRing
    from surveytool.ui.exchange_actions import Exchange

HARMONISED_FOLDER = "exchange/harmonised_folder"
#: the statuses of the cases a harmonised package takes, by the officer's choice
INCLUDE = {"approved": ("approved",), "complete": ("approved", "complete")}


def ask_export_harmonised(exchange: Exchange) -> None:
    title = QCoreApplication.translate("Exchange", "Export harmonised package")
    ring = exchange._ready(title)
    if ring is None:
        return
    choices = [
        QCoreApplication.translate("Exchange", "Approved cases"),
        QCoreApplication.translate("Exchange", "Approved and complete cases"),
    ]
    chosen, ok = QInputDialog.getItem(
        exchange.window,
        title,
        QCoreApplication.translate("Exchange", "Which cases go into the package?"),
        choices,
        0,
        False,
    )
    if ok:
        exchange.plan_harmonised(ring, "approved" if chosen == choices[0] else "complete")


def plan_harmonised(exchange: Exchange, ring: KeyRing, include: str = "approved") -> Job | None:
    """Build the tables and the disclosure report in a job; nothing is written until the
    officer has read the report and chosen Write."""
    window = exchange.window
    if window.form is None:
        return None
    job = plan_harmonised_job(window.store, window.form, window.rules, ring, INCLUDE[include])
    return exchange.runner.run(
        job,
        QCoreApplication.translate("Exchange", "Preparing the harmonised package…"),
        lambda plan: exchange._on_planned(ring, plan),
    )


def on_planned(exchange: Exchange, ring: KeyRing, result: object) -> None:
    if result is None:  # cancelled: nothing was written
        exchange.window.statusBar().showMessage(
            QCoreApplication.translate("Exchange", "Harmonised package cancelled")
        )
        return
    plan = cast("HarmonisedPlan", result)
    exchange.plan = plan
    dialog = DisclosureDialog(exchange.window, plan.disclosure, cases=plan.cases)
    dialog.accepted.connect(lambda: exchange._ask_harmonised_out(ring, plan))
    dialog.rejected.connect(exchange._on_disclosure_rejected)
    exchange.dialog = dialog
    dialog.open()


def on_disclosure_rejected(exchange: Exchange) -> None:
    exchange.plan = None
    exchange.window.statusBar().showMessage(
        QCoreApplication.translate("Exchange", "Harmonised package cancelled")
    )


def ask_harmonised_out(exchange: Exchange, ring: KeyRing, plan: HarmonisedPlan) -> None:
    path, _ = QFileDialog.getSaveFileName(
        exchange.window,
        QCoreApplication.translate("Exchange", "Save the harmonised package as"),
        str(Path(exchange._folder(HARMONISED_FOLDER)) / "harmonised.zip"),
        PACKAGE_FILTER,
    )
    if path:
        out = Path(path)
        exchange._remember(HARMONISED_FOLDER, out.parent)
        exchange.write_harmonised(ring, plan, out if out.suffix else out.with_suffix(".zip"))
    else:
        exchange._on_disclosure_rejected()


def write_harmonised(
    exchange: Exchange, ring: KeyRing, plan: HarmonisedPlan, out: Path
) -> Job | None:
    job = write_harmonised_job(exchange.window.store, plan, ring, out)
    return exchange.runner.run(
        job,
        QCoreApplication.translate("Exchange", "Writing the harmonised package…"),
        exchange._on_harmonised_written,
    )


def on_harmonised_written(exchange: Exchange, result: object) -> None:
    done = cast("HarmonisedExport", result)
    exchange.plan = None
    show_info(
        exchange.window,
        QCoreApplication.translate(
            "Exchange",
            "Harmonised package written to {path}: {cases} case(s), smallest key cell {smallest}.",
        ).format(path=ltr(done.path), cases=done.cases, smallest=done.smallest_cell),
        QCoreApplication.translate("Exchange", "Export harmonised package"),
    )
