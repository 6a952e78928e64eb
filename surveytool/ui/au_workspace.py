"""The AU workspace: a merged folder, its packages, its tables, their export.

The officer chooses the merged folder (remembered), adds national harmonised packages to it
(verified and merged in a job with progress and cancel; each package's verdict is shown, a
refusal with its reason), browses the continental tables (computed in a job once per folder
state, then filtered in memory) and exports them as the workbook or the ILOSTAT CSV. Every
core step runs off the UI thread through one ``JobRunner``; a ``UserError`` is a plain
message in the interface language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from surveytool.ui import i18n
from surveytool.ui.au_browser import TableBrowser
from surveytool.ui.au_jobs import (
    CSV,
    XLSX,
    Computed,
    export_job,
    folder_state,
    merge_job,
    tables_job,
)
from surveytool.ui.au_models import PackagesModel
from surveytool.ui.au_packages import package_lines, summary_text
from surveytool.ui.bidi import ltr
from surveytool.ui.exchange_run import JobRunner, show_info, show_message
from surveytool.ui.workers import Job

if TYPE_CHECKING:
    from surveytool.merge.report import MergeReport

FOLDER_KEY, PACKAGES_KEY, RATES_KEY, EXPORT_KEY = (
    "au/merged_folder",
    "au/packages_folder",
    "au/rates_file",
    "au/export_folder",
)


class AUWorkspace(QWidget):
    sig_folder_changed = Signal(object)
    """The merged folder shown changed (its Path, or None)."""

    def __init__(
        self,
        settings: QSettings,
        keys_folder: Callable[[], Path | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.keys_folder = keys_folder  # the workstation's keys: the Exchange menu's folder
        self.runner = JobRunner(self)
        self.folder: Path | None = None
        self.rates: Path | None = None
        self.computed: dict[str, Computed] = {}  # folder state -> its tables
        self.report: MergeReport | None = None  # the last merge run here
        self._build()
        self._connect_signals()
        rates = self._setting(RATES_KEY)
        self.rates = Path(rates) if rates and Path(rates).is_file() else None
        self.retranslate_ui()
        remembered = self._setting(FOLDER_KEY)
        if remembered and Path(remembered).is_dir():
            self.set_folder(Path(remembered))

    def _build(self) -> None:
        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("au_folder")
        self.rates_label = QLabel(self)
        self.rates_label.setObjectName("au_rates_file")
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("au_choose_folder")
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("au_add_packages")
        self.rates_button = QPushButton(self)
        self.rates_button.setObjectName("au_rates")
        self.xlsx_button = QPushButton(self)
        self.xlsx_button.setObjectName("au_export_xlsx")
        self.csv_button = QPushButton(self)
        self.csv_button.setObjectName("au_export_csv")
        self.packages = PackagesModel(self)
        self.package_view = QTableView(self)
        self.package_view.setObjectName("au_packages")
        self.package_view.setModel(self.packages)
        self.package_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.package_view.verticalHeader().hide()
        self.package_view.setWordWrap(False)
        header = self.package_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.browser = TableBrowser(self)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("au_pages")
        self.pages.addTab(self.package_view, "")
        self.pages.addTab(self.browser, "")
        top = QHBoxLayout()
        top.addWidget(self.folder_label, 1)
        top.addWidget(self.choose_button)
        top.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.rates_label, 1)
        for button in (self.rates_button, self.xlsx_button, self.csv_button):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self.ask_folder)
        self.add_button.clicked.connect(self.ask_add_packages)
        self.rates_button.clicked.connect(self.ask_rates)
        self.xlsx_button.clicked.connect(lambda: self.ask_export(XLSX))
        self.csv_button.clicked.connect(lambda: self.ask_export(CSV))
        self.pages.currentChanged.connect(self._on_pages_changed)

    # -- language -------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.choose_button.setText(self.tr("Choose merged folder…"))
        self.add_button.setText(self.tr("Add packages…"))
        self.rates_button.setText(self.tr("Exchange rates…"))
        self.xlsx_button.setText(self.tr("Export workbook…"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.pages.setTabText(0, self.tr("Packages"))
        self.pages.setTabText(1, self.tr("Tables"))
        self._show_folder()
        if self.folder is not None:
            self.refresh_packages()
            if self.browser.results and self.pages.currentWidget() is self.browser:
                self.show_tables()  # the notes are in the language they were computed in

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _show_folder(self) -> None:
        if self.folder is None:
            self.folder_label.setText(self.tr("No merged folder chosen yet."))
        else:
            self.folder_label.setText(
                self.tr("Merged folder: {path}").format(path=ltr(self.folder))
            )
        self.folder_label.setToolTip(str(self.folder or ""))
        name = ltr(self.rates.name) if self.rates is not None else self.tr("none")
        self.rates_label.setText(self.tr("Exchange rates: {file}").format(file=name))
        for button in (self.add_button, self.xlsx_button, self.csv_button):
            button.setEnabled(self.folder is not None)

    # -- the folder and its packages --------------------------------------------------------
    def busy(self) -> bool:
        return self.runner.busy()

    def _setting(self, key: str) -> str:
        value = self.settings.value(key, "")
        return value if isinstance(value, str) else ""

    def _remember(self, key: str, value: Path) -> None:
        self.settings.setValue(key, str(value))
        self.settings.sync()

    def ask_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the merged folder (an empty folder starts a new one)"),
            str(self.folder or Path.home()),
        )  # fmt: skip
        if chosen:
            self.set_folder(Path(chosen))

    def set_folder(self, folder: Path) -> None:
        """Show the merged ``folder`` (remembered for the next start)."""
        self.folder = Path(folder)
        self._remember(FOLDER_KEY, self.folder)
        self.browser.set_results([])
        self._show_folder()
        self.refresh_packages()
        self.sig_folder_changed.emit(self.folder)
        if self.pages.currentWidget() is self.browser:
            self.show_tables()

    def refresh_packages(self) -> None:
        self.packages.set_lines(package_lines(self.folder, i18n.current()) if self.folder else [])

    def ask_add_packages(self) -> None:
        if self.folder is None:
            return
        start = self._setting(PACKAGES_KEY) or str(Path.home())
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add harmonised packages"), start, self.tr("Harmonised packages (*.zip)")
        )
        if files:
            self._remember(PACKAGES_KEY, Path(files[0]).parent)
            self.add_packages([Path(f) for f in files])

    def add_packages(self, paths: Sequence[Path]) -> Job | None:
        """Verify and merge ``paths`` into the folder in a job; then each package's verdict."""
        if self.folder is None:
            return None
        job = merge_job(paths, self.folder, self.keys_folder())
        return self.runner.run(
            job, self.tr("Merging packages…"), self._on_merged, details=True,
            failed=self._on_merge_failed,
        )  # fmt: skip

    def _on_merged(self, result: object) -> None:
        self.report = cast("MergeReport | None", result)
        self.refresh_packages()
        self.pages.setCurrentWidget(self.package_view)
        if self.report is None:
            text = self.tr("Stopped: the packages merged before you stopped stay merged.")
        else:
            text = summary_text(self.report, i18n.current())
        title = self.tr("Add packages")
        refused = self.report is not None and bool(self.report.refused)
        box = show_message(self, text, title) if refused else show_info(self, text, title)
        box.setObjectName("au_merge_summary")

    def _on_merge_failed(self, message: str) -> None:
        self.refresh_packages()
        show_message(self, message, self.tr("Add packages")).setObjectName("au_message")

    # -- the tables --------------------------------------------------------------------------
    def _on_pages_changed(self, index: int) -> None:
        if self.pages.widget(index) is self.browser and self.folder is not None:
            self.show_tables()

    def state(self) -> str:
        assert self.folder is not None
        return folder_state(self.folder, self.rates, i18n.current())

    def show_tables(self, then: Callable[[Computed], object] | None = None) -> Job | None:
        """The folder's tables in the browser: from memory when the folder has not changed
        since they were computed, else computed in a job. ``then`` runs once they are shown."""
        if self.folder is None:
            return None
        known = self.computed.get(self.state())
        if known is not None:
            if self.browser.results is not known.results:
                self.browser.set_results(known.results, known.labels)
            if then is not None:
                then(known)
            return None

        def done(result: object) -> None:
            computed = cast("Computed", result)
            self.computed = {computed.state: computed}  # an older state's tables are stale
            self.browser.set_results(computed.results, computed.labels)
            if then is not None:
                then(computed)

        job = tables_job(self.folder, self.rates, i18n.current())
        return self.runner.run(
            job, self.tr("Computing the tables…"), done, cancellable=False,
            failed=self._on_tables_failed,
        )  # fmt: skip

    def _on_tables_failed(self, message: str) -> None:
        show_message(self, message, self.tr("Tables")).setObjectName("au_message")

    def ask_rates(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Exchange rates (currency,year,lcu_per_usd,source)"),
            str(self.rates or self._setting(PACKAGES_KEY) or Path.home()), self.tr("CSV (*.csv)"),
        )  # fmt: skip
        if chosen:
            self.set_rates(Path(chosen))

    def set_rates(self, rates: Path | None) -> None:
        """Convert amounts with ``rates`` (None: no conversion; such cells are flagged X)."""
        self.rates = rates
        if rates is not None:
            self._remember(RATES_KEY, rates)
        self._show_folder()
        if self.folder is not None and self.pages.currentWidget() is self.browser:
            self.show_tables()

    # -- export ----------------------------------------------------------------------------
    def ask_export(self, kind: str) -> None:
        if self.folder is None:
            return
        title = self.tr("Export workbook") if kind == XLSX else self.tr("Export CSV")
        start = Path(self._setting(EXPORT_KEY) or Path.home()) / f"au_tables.{kind}"
        pattern = self.tr("Workbook (*.xlsx)") if kind == XLSX else self.tr("CSV (*.csv)")
        path, _ = QFileDialog.getSaveFileName(self, title, str(start), pattern)
        if path:
            out = Path(path) if Path(path).suffix else Path(path).with_suffix(f".{kind}")
            self._remember(EXPORT_KEY, out.parent)
            self.export(out, kind)

    def export(self, out: Path, kind: str) -> Job | None:
        """Write the tables (computed first if they are not in memory) to ``out``."""
        folder = self.folder
        if folder is None or self.busy():
            return None

        def write(computed: Computed) -> None:
            job = export_job(
                computed.results, folder, self.rates, out, kind, i18n.current(), computed.labels
            )
            self.runner.run(job, self.tr("Writing {file}…").format(file=ltr(out.name)),
                            self._on_exported, cancellable=False)  # fmt: skip

        return self.show_tables(then=write)

    def _on_exported(self, result: object) -> None:
        path = cast(Path, result)
        box = show_info(self, self.tr("Tables written to {path}").format(path=ltr(path)))
        box.setObjectName("au_exported")
