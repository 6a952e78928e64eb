"""The Exchange menu's slots: ask what is needed, run the core in a job, show the outcome.

``Exchange`` belongs to the main window and reads what it needs from it (the store, the
form and rules, the case list's selection, the settings); the window only creates it and
asks ``busy()`` before it replaces the store. Each ``ask_*`` slot gathers the choices
through dialogs; the method it ends in (``export_batch``, ``import_packages``, ...) takes
them as parameters, so the same path runs from the menu and from a test. Every long step
is a job (``exchange_jobs``) run by one ``JobRunner``; a refusal is a plain message in the
interface language, our bug the apology that names the log.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from surveytool.common.errors import Problem, UserError
from surveytool.ui import exchange_harmonised, i18n
from surveytool.ui.bidi import ltr
from surveytool.ui.exchange_batch import PACKAGE_FILTER, ExportBatchDialog
from surveytool.ui.exchange_conflicts import ConflictsDialog
from surveytool.ui.exchange_jobs import (
    ImportRun,
    export_batch_job,
    import_packages_job,
    import_receipt_job,
)
from surveytool.ui.exchange_keys import KeysDialog, open_ring
from surveytool.ui.exchange_log import ImportLogDialog, verdict_word
from surveytool.ui.exchange_menu import ExchangeMenu
from surveytool.ui.exchange_run import (
    JobRunner,
    confirm,
    error_text,
    show_info,
    show_message,
)
from surveytool.ui.workers import Job

if TYPE_CHECKING:
    from surveytool.package.batch import BatchExport
    from surveytool.package.harmonised import HarmonisedPlan
    from surveytool.package.keys import KeyRing
    from surveytool.store.exchange import ReceiptOutcome
    from surveytool.ui.main_window import MainWindow

GAP_MESSAGE = "package.import.gap"  # the refusal an officer may override, knowingly
RECEIPT_FILTER = "*.receipt.json *.json"
IMPORT_FOLDER = "exchange/import_folder"
RECEIPT_FOLDER = "exchange/receipt_folder"


class Exchange(QObject):
    """The Exchange menu of ``window`` and what its actions do."""

    def __init__(self, window: MainWindow, keys_folder: Path | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.keys_folder = keys_folder  # None: SURVEYTOOL_KEYS or the user data folder
        self.runner = JobRunner(window)
        self.menu = ExchangeMenu(window)
        bar = window.menuBar()
        bar.insertMenu(window.menus.help_menu.menuAction(), self.menu)
        self.dialog: QWidget | None = None  # the exchange dialog open now (tests read it)
        self.plan: HarmonisedPlan | None = None  # planned, shown, not written yet
        self._sealed_for = ""  # the name of the office the batch being written is for
        self._connect_signals()

    def _connect_signals(self) -> None:
        menu = self.menu
        menu.export_batch.triggered.connect(self.ask_export_batch)
        menu.import_receipt.triggered.connect(self.ask_import_receipt)
        menu.import_packages.triggered.connect(self.ask_import_packages)
        menu.import_log.triggered.connect(self.show_import_log)
        menu.conflicts.triggered.connect(self.show_conflicts)
        menu.export_harmonised.triggered.connect(self.ask_export_harmonised)
        menu.keys.triggered.connect(self.show_keys)

    # -- shared ----------------------------------------------------------------------------
    @property
    def job(self) -> Job | None:
        return self.runner.job

    def busy(self) -> bool:
        return self.runner.busy()

    def _ready(self, title: str) -> KeyRing | None:
        """This workstation's keys, once the questionnaire has loaded and no job runs; else
        a message (and the Keys dialog when there are no keys yet) and None."""
        if self.window.form is None:
            show_message(self.window, self.tr("The questionnaire is still loading…"), title)
            return None
        if self.busy() or self.window.job is not None or self.window.office.job is not None:
            show_message(self.window, self.tr("Wait until the running job has finished."), title)
            return None
        try:
            return open_ring(self.keys_folder)
        except UserError as error:
            self.show_keys()
            show_message(
                self.window,
                self.tr("{problem}\n\nCreate this workstation's key in the Keys dialog.").format(
                    problem=error.text(i18n.current())
                ),
                title,
            )
            return None

    def _folder(self, key: str) -> str:
        """The folder a file dialog opens in: the one last used for that kind of file."""
        folder = self.window.recent.settings.value(key, "")
        return str(folder) if isinstance(folder, str) and folder else str(Path.home())

    def _remember(self, key: str, folder: Path) -> None:
        self.window.recent.settings.setValue(key, str(folder))
        self.window.recent.settings.sync()

    def _refresh_cases(self) -> None:
        """The case list and, if it shows a validation of this store, the Office view."""
        self.window.cases.refresh()
        office = self.window.office
        if office.report is not None and office.source is None and office.job is None:
            office.run_validation()

    def _selected_cases(self) -> list[str]:
        cases = self.window.cases
        rows = sorted(index.row() for index in cases.table.selectionModel().selectedRows())
        return [cases.model.case_at(row).uuid for row in rows]

    # -- enumerator: export a batch --------------------------------------------------------
    def ask_export_batch(self) -> ExportBatchDialog | None:
        title = self.tr("Export batch")
        ring = self._ready(title)
        form = self.window.form
        if ring is None or form is None:
            return None
        from surveytool.store.exchange import unexported_complete

        waiting = [r for r in unexported_complete(self.window.store) if r.form_id == form.form_id]
        selected = self._selected_cases()
        dialog = ExportBatchDialog(
            self.window, self.window.recent.settings, selected=len(selected), waiting=len(waiting)
        )
        dialog.accepted.connect(
            lambda: self.export_batch(
                ring, dialog.office_key_path(), dialog.out_path(), dialog.chosen_cases(selected)
            )
        )
        self.dialog = dialog
        dialog.open()
        return dialog

    def export_batch(
        self, ring: KeyRing, office_key: Path, out: Path, cases: Sequence[str] | None
    ) -> Job | None:
        window = self.window
        if window.form is None:
            return None
        self._sealed_for = _key_name(office_key)
        job = export_batch_job(
            window.store, window.form, window.rules, ring, out, office_key, cases
        )
        return self.runner.run(job, self.tr("Exporting the batch…"), self._on_batch_exported)

    def _on_batch_exported(self, result: object) -> None:
        done = cast("BatchExport", result)
        self.window.cases.refresh()
        text = self.tr(
            "Batch {sequence} written to {path}: {cases} case(s), sealed for {office}.\n\n"
            "Give this file to the office. The cases stay on this workstation until the "
            "office's receipt is imported (Exchange ▸ Import receipt…)."
        ).format(
            sequence=done.sequence, path=ltr(done.path), cases=done.cases, office=self._sealed_for
        )
        self.window.statusBar().showMessage(
            self.tr("Batch {sequence} exported").format(sequence=done.sequence)
        )
        show_info(self.window, text, self.tr("Export batch"))

    # -- enumerator: import the office's receipt -------------------------------------------
    def ask_import_receipt(self) -> None:
        title = self.tr("Import receipt")
        ring = self._ready(title)
        if ring is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window, title, self._folder(RECEIPT_FOLDER), RECEIPT_FILTER
        )
        if path:
            self._remember(RECEIPT_FOLDER, Path(path).parent)
            self.import_receipt(ring, Path(path))

    def import_receipt(self, ring: KeyRing, path: Path) -> Job | None:
        job = import_receipt_job(self.window.store, ring, path)
        return self.runner.run(
            job, self.tr("Importing the receipt…"), self._on_receipt_imported, cancellable=False
        )

    def _on_receipt_imported(self, result: object) -> None:
        outcome = cast("ReceiptOutcome", result)
        self._refresh_cases()
        lines = [
            self.tr("{count} case(s) received by the office left this workstation.").format(
                count=len(outcome.removed)
            )
        ]
        if outcome.changed_since:
            lines.append(
                self.tr(
                    "{count} case(s) changed since they were sent stay: send them again."
                ).format(count=len(outcome.changed_since))
            )
        if outcome.unknown:
            lines.append(
                self.tr("{count} case(s) of the receipt were not in that batch: ignored.").format(
                    count=len(outcome.unknown)
                )
            )
        show_info(self.window, "\n".join(lines), self.tr("Import receipt"))

    # -- office: import packages -----------------------------------------------------------
    def ask_import_packages(self) -> None:
        title = self.tr("Import packages")
        ring = self._ready(title)
        if ring is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, title, self._folder(IMPORT_FOLDER), PACKAGE_FILTER
        )
        if paths:
            self._remember(IMPORT_FOLDER, Path(paths[0]).parent)
            self.import_packages(ring, [Path(p) for p in paths])

    def import_packages(
        self, ring: KeyRing, files: Sequence[Path], accept_gap: bool = False
    ) -> Job | None:
        window = self.window
        if window.form is None:
            return None
        job = import_packages_job(window.store, window.form, ring, list(files), accept_gap)
        return self.runner.run(
            job,
            self.tr("Importing packages…"),
            lambda run: self._on_imported(ring, run),
            details=True,
        )

    def _on_imported(self, ring: KeyRing, result: object) -> None:
        run = cast("ImportRun", result)
        self._refresh_cases()
        language = i18n.current()
        lines: list[str] = []
        for outcome in run.outcomes:
            if lines:
                lines.append("")
            lines.append(f"{ltr(outcome.file.name)}: {verdict_word(outcome.verdict)}")
            if outcome.error is not None:  # why, located (the file, the member)
                lines.append("    " + error_text(outcome.error, language))
            if outcome.counts is not None:
                counts = outcome.counts
                lines.append(
                    "    "
                    + self.tr(
                        "{added} added, {updated} updated, {same} unchanged, "
                        "{conflicts} conflict(s)"
                    ).format(
                        added=counts.added,
                        updated=counts.updated,
                        same=counts.same,
                        conflicts=counts.conflicts,
                    )
                )
            if outcome.receipt is not None:
                lines.append("    " + self.tr("receipt: {path}").format(path=ltr(outcome.receipt)))
        if run.skipped:
            lines.append("")
            lines.append(
                self.tr("Cancelled: {count} package(s) not imported.").format(
                    count=len(run.skipped)
                )
            )
        conflicts = sum(o.counts.conflicts for o in run.outcomes if o.counts is not None)
        if conflicts:
            lines += ["", self.tr("Resolve the conflicts in Exchange ▸ Conflicts…")]
        self.window.statusBar().showMessage(
            self.tr("{count} package(s) imported").format(
                count=sum(1 for o in run.outcomes if o.verdict == "imported")
            )
        )
        box = show_info(self.window, "\n".join(lines), self.tr("Import packages"))
        box.setObjectName("import_summary")
        # wide enough that a path or a refusal's reason does not wrap word by word
        box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 36em; }")
        gaps = [o.file for o in run.outcomes if _is_gap(o.error)]
        if gaps:
            box.finished.connect(lambda _code: self._ask_accept_gap(ring, gaps))

    def _ask_accept_gap(self, ring: KeyRing, files: list[Path]) -> QMessageBox:
        text = self.tr(
            "{count} package(s) skip sequence numbers: packages of that workstation are "
            "missing. Import them anyway? The gap stays in the import log."
        ).format(count=len(files))
        return confirm(
            self.window,
            self.tr("Import packages"),
            text,
            lambda: self.import_packages(ring, files, accept_gap=True),
            "confirm_gap",
        )

    # -- office: the log and the conflicts -------------------------------------------------
    def show_import_log(self) -> ImportLogDialog:
        dialog = ImportLogDialog(self.window, self.window.store, self._key_names())
        self.dialog = dialog
        dialog.open()
        return dialog

    def show_conflicts(self) -> ConflictsDialog | None:
        form = self.window.form
        if form is None:
            show_message(
                self.window, self.tr("The questionnaire is still loading…"), self.tr("Conflicts")
            )
            return None
        language = self.window.form_language or ""
        dialog = ConflictsDialog(self.window, self.window.store, form, self._who(), language)
        dialog.sig_resolved.connect(lambda _uuid: self._refresh_cases())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _key_names(self) -> dict[str, str]:
        """Fingerprint -> name of every key this workstation knows (none without keys)."""
        try:
            ring = open_ring(self.keys_folder)
            known = [ring.identity, *ring.trusted()]
        except UserError:
            return {}
        return {identity.fingerprint: identity.name for identity in known}

    def _who(self) -> str:
        try:
            return open_ring(self.keys_folder).identity.name
        except UserError:
            return self.window.enumerator or "office"

    # -- office: the harmonised package (exchange_harmonised.py) ---------------------------
    ask_export_harmonised = exchange_harmonised.ask_export_harmonised
    plan_harmonised = exchange_harmonised.plan_harmonised
    _on_planned = exchange_harmonised.on_planned
    _on_disclosure_rejected = exchange_harmonised.on_disclosure_rejected
    _ask_harmonised_out = exchange_harmonised.ask_harmonised_out
    write_harmonised = exchange_harmonised.write_harmonised
    _on_harmonised_written = exchange_harmonised.on_harmonised_written

    # -- keys ------------------------------------------------------------------------------
    def show_keys(self) -> KeysDialog:
        dialog = KeysDialog(self.window, self.keys_folder)
        self.dialog = dialog
        dialog.open()
        return dialog


def _key_name(path: Path) -> str:
    """The name in a public key file (already checked by the dialog), or the file's name."""
    from surveytool.package.keys import Identity

    try:
        return Identity.read(path).name
    except UserError:
        return path.name


def _is_gap(error: UserError | None) -> bool:
    problem = error.problem if error is not None else None
    return isinstance(problem, Problem) and problem.template.id == GAP_MESSAGE
