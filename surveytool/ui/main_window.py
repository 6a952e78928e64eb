"""The main window: three workspaces (Enumerator, Office, AU) over one store.

The window lives as long as the app. A language change retranslates it in place
(``changeEvent`` -> ``retranslate_ui``), so the open case, the search text, the Office
results and the geometry stay. Switching the store (File menu) closes the open case and
re-creates the two widgets that hold the store (the case list and the Office workspace).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from surveytool.casework import CaseSession, key_answers
from surveytool.common import logs
from surveytool.form.model import Form
from surveytool.store import Store, StoreError, SurveyKey
from surveytool.ui import i18n
from surveytool.ui.au_workspace import AUWorkspace
from surveytool.ui.bidi import ltr
from surveytool.ui.case_list import CaseList
from surveytool.ui.demo_store import DemoStore
from surveytool.ui.exchange_actions import Exchange
from surveytool.ui.form_view import FormView
from surveytool.ui.jobs import demo_job
from surveytool.ui.menus import Menus, RecentStores, default_settings
from surveytool.ui.office import OfficeWorkspace
from surveytool.ui.preferences import Preferences
from surveytool.ui.stores import StoreChooser
from surveytool.ui.workers import Job, start

if TYPE_CHECKING:  # validation loads pandas: the rules arrive from a job
    from surveytool.ui.welcome import WelcomeDialog
    from surveytool.validate import Failure, RuleSet


class MainWindow(QMainWindow):
    sig_language_changed = Signal(str)
    """The interface language changed; every widget has retranslated itself."""
    sig_store_changed = Signal(object)
    """Another store (its Path) is open; the case list and Office show it."""

    def __init__(
        self,
        store: Store,
        form: Form | None = None,
        *,
        rules: RuleSet | None = None,
        enumerator: str = "",
        form_language: str | None = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.form = form
        self.rules = rules
        self.form_language = form_language
        self.form_view: FormView | None = None
        self.job: Job | None = None
        self.recent = RecentStores(settings if settings is not None else default_settings())
        self.preferences = Preferences(self.recent.settings)
        self.enumerator = enumerator or self.preferences.enumerator_id
        self.stack = QStackedWidget(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("workspaces")
        self.tabs.addTab(self.stack, "")
        self.au = AUWorkspace(self.recent.settings, lambda: self.exchange.keys_folder, self)
        self.tabs.addTab(self.au, "")
        self._build_store_widgets()
        self.setCentralWidget(self.tabs)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.store_label = QLabel(self)
        self.store_label.setObjectName("store_path")
        self.enumerator_label = QLabel(self)
        self.enumerator_label.setObjectName("enumerator_id")
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.enumerator_label)
        self.statusBar().addPermanentWidget(self.store_label)
        self.menus = Menus(self, self.recent)
        self.chooser = StoreChooser(
            self, current=lambda: self.store, busy=self._busy, replace=self.replace_store
        )
        self.exchange = Exchange(self)
        self.demo_store = DemoStore(self, busy=self._busy)
        self._connect_signals()
        self.retranslate_ui()
        self.show_workspace(self.preferences.workspace)
        self.resize(1100, 720)

    # -- the widgets that hold the store ---------------------------------------------------
    def _build_store_widgets(self, old: tuple[CaseList, OfficeWorkspace] | None = None) -> None:
        """(Re)create the case list and the Office workspace for ``self.store``; ``old``: the
        two they replace."""
        self.cases = CaseList(self.store, self, enumerator=lambda: self.enumerator)
        self.stack.insertWidget(0, self.cases)
        self.stack.setCurrentWidget(self.cases)
        self.cases.sig_open_requested.connect(self.open_case)
        self.cases.sig_create_requested.connect(self._on_cases_create_requested)
        self.office = OfficeWorkspace(self.store, self)
        self.office.sig_open_case_requested.connect(self._on_office_open_case)
        if self.form is not None:
            self.office.set_form(self.form, self.rules)
        self._set_office_language(i18n.current())
        showing_office = old is not None and self.tabs.currentWidget() is old[1]
        if old is not None:
            self.tabs.removeTab(self.tabs.indexOf(old[1]))
        self.tabs.insertTab(1, self.office, self.tr("Office"))
        if showing_office:
            self.tabs.setCurrentWidget(self.office)
        for widget in old or ():
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()

    def _connect_signals(self) -> None:
        menus = self.menus
        menus.new_store.triggered.connect(self.chooser.ask_new)
        menus.open_store.triggered.connect(self.chooser.ask_open)
        menus.recent_menu.triggered.connect(lambda a: self.open_store(Path(a.data())))
        menus.demo.triggered.connect(self.ask_demo)
        menus.quit.triggered.connect(self.close)
        menus.ui_group.triggered.connect(lambda a: self.set_ui_language(a.data()))
        menus.form_group.triggered.connect(lambda a: self.set_form_language(a.data()))
        menus.about.triggered.connect(self.show_about)
        menus.welcome.triggered.connect(self.show_welcome)
        menus.open_demo.triggered.connect(self.demo_store.open)
        menus.shortcuts.triggered.connect(self.show_shortcuts)

    # -- texts ----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self._update_title()
        self.tabs.setTabText(self.tabs.indexOf(self.stack), self.tr("Enumerator"))
        self.tabs.setTabText(self.tabs.indexOf(self.office), self.tr("Office"))
        self.tabs.setTabText(self.tabs.indexOf(self.au), self.tr("AU"))
        self.menus.retranslate_ui()
        self._tick_languages()
        self._update_status_labels()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_title(self) -> None:
        title = self.tr("surveytool: JLMP labour migration module")
        if self.form_view is not None:  # the open case's key: people and tests can see it
            title = f"{title} — {self.form_view.key_text()}"
        self.setWindowTitle(title)

    def _update_status_labels(self) -> None:
        self.store_label.setText(self.tr("Store: {path}").format(path=ltr(self.store.path)))
        self.store_label.setToolTip(str(self.store.path))
        enumerator = self.form_view.session.enumerator if self.form_view else self.enumerator
        self.enumerator_label.setText(
            self.tr("Enumerator: {id}").format(id=enumerator)
            if enumerator
            else self.tr("Enumerator: not set")
        )

    def _tick_languages(self) -> None:
        codes = self.form.language_codes if self.form is not None else ()
        default = self.form.settings.default_language if self.form is not None else ""
        self.menus.tick(i18n.current(), self.form_language or default or i18n.current(), codes)

    # -- languages ------------------------------------------------------------------------
    def set_ui_language(self, code: str) -> None:
        """Install the translator; Qt tells every widget (``LanguageChange``), nothing is
        rebuilt. The questionnaire follows when the form has that language."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            i18n.install(app, code)
        if self.form is None or code.lower() in self.form.language_codes:  # tags ignore case
            self.set_form_language(code.lower())
        self._set_office_language(code)
        self._tick_languages()
        self.sig_language_changed.emit(code)

    def _set_office_language(self, code: str) -> None:
        self.office.set_language(code)

    def set_form_language(self, code: str) -> None:
        """Labels of the questionnaire in ``code``; the open case stays on its page."""
        changed = code != self.form_language
        self.form_language = code
        view = self.form_view
        if view is not None and changed:
            session = view.session
            session.interview.language = code
            if hasattr(view, "set_language"):
                view.set_language(code)
            else:
                page = view.current
                shown = self.show_case(session)
                if page is not None:
                    shown.open_page(page)
        self._tick_languages()

    # -- stores ---------------------------------------------------------------------------
    def open_store(self, path: Path) -> bool:
        """Switch to the store at ``path`` (refused with a plain message: see StoreChooser)."""
        return self.chooser.open(Path(path))

    def new_store(self, path: Path) -> bool:
        return self.chooser.create(Path(path))

    def _busy(self) -> bool:
        busy = self.job is not None or self.office.job is not None or self.exchange.busy()
        return busy or self.au.busy() or self.demo_store.busy()

    def replace_store(self, store: Store) -> None:
        """Close the open case (what was typed is committed) and the old store; show
        ``store`` in a new case list and Office workspace."""
        self.close_case()
        old, self.store = self.store, store
        self._build_store_widgets((self.cases, self.office))
        old.close()
        self.recent.add(Path(store.path))
        self.menus.refresh_recent()
        self._update_status_labels()
        self.statusBar().showMessage(self.tr("Opened {path}").format(path=store.path))
        self.sig_store_changed.emit(Path(store.path))

    # -- help -----------------------------------------------------------------------------
    def show_about(self) -> QWidget:
        from surveytool.ui.about import AboutDialog

        dialog = AboutDialog(
            store_path=Path(self.store.path),
            log_path=logs.log_path(),
            form_id=self.form.form_id if self.form is not None else None,
            form_version=self.form.version if self.form is not None else None,
            parent=self,
        )
        dialog.open()
        return dialog

    def show_workspace(self, workspace: str) -> None:
        """The tab of ``workspace`` (``preferences.WORKSPACES``), as chosen on the welcome page."""
        tabs = {"enumerator": self.stack, "office": self.office, "au": self.au}
        self.tabs.setCurrentWidget(tabs.get(workspace, self.stack))

    def show_welcome(self) -> WelcomeDialog:
        """Help ▸ Welcome page…: the choices again; the language switches as it is picked
        (back again on Cancel), the tab and the enumerator id follow on Continue."""
        from surveytool.ui.welcome import WelcomeDialog

        language = i18n.current()
        dialog = WelcomeDialog(
            self.preferences,
            switch_language=self.set_ui_language,
            keys_folder=self.exchange.keys_folder,
            first_run=False,
            parent=self,
        )
        dialog.accepted.connect(self._on_welcome_accepted)
        dialog.rejected.connect(lambda: self._on_welcome_rejected(language))
        dialog.open()
        return dialog

    def _on_welcome_accepted(self) -> None:
        choices = self.preferences.choices()
        self.show_workspace(choices.workspace)
        self.enumerator = choices.enumerator_id or self.enumerator
        self._update_status_labels()

    def _on_welcome_rejected(self, language: str) -> None:
        if i18n.current() != language:
            self.set_ui_language(language)

    def show_shortcuts(self) -> QWidget:
        from surveytool.ui.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.open()
        return dialog

    # -- long jobs ------------------------------------------------------------------------
    def ask_demo(self) -> None:
        count, ok = QInputDialog.getInt(
            self,
            self.tr("Generate demo households"),
            self.tr("How many households?"),
            100,
            1,
            100_000,
        )
        if ok:
            self.generate_demo(count)

    def generate_demo(self, households: int) -> Job | None:
        """Simulated households written by a worker thread; the window stays responsive.
        Until it ends, what else writes to the store or replaces it is disabled; the entry
        screen stays usable (the store serialises writes)."""
        if self.form is None or self.job is not None:
            return None
        self._set_writing(True)
        self.progress.setRange(0, households)
        self.progress.setValue(0)
        self.progress.show()
        job = demo_job(self.store, self.form, households)
        job.signals.sig_progress.connect(self._on_job_progress)
        job.signals.sig_finished.connect(self._on_job_finished)
        job.signals.sig_failed.connect(self._on_job_failed)
        self.job = start(job)
        return job

    def _set_writing(self, busy: bool) -> None:
        self.cases.setEnabled(not busy)
        self.menus.set_writing(busy)
        self.exchange.menu.set_busy(busy)

    def _on_job_progress(self, done: int, total: int, message: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.statusBar().showMessage(message)

    def _on_job_finished(self, result: object) -> None:
        self.job = None
        self.progress.hide()
        self._set_writing(False)
        self.cases.refresh()
        counts = result if isinstance(result, dict) else {}
        self.statusBar().showMessage(
            self.tr("{count} demo households added").format(count=sum(counts.values()))
        )

    def _on_job_failed(self, message: str) -> None:
        self.job = None
        self.progress.hide()
        self._set_writing(False)
        self.cases.refresh()
        QMessageBox.warning(self, "surveytool", message)

    # -- cases ----------------------------------------------------------------------------
    def set_form(self, form: Form, rules: RuleSet | None = None) -> None:
        self.form = form
        self.rules = rules
        self.office.set_form(form, rules)
        self._tick_languages()
        self.statusBar().showMessage(
            self.tr("Questionnaire {id} {version} loaded").format(
                id=form.form_id, version=form.version
            )
        )

    def _on_cases_create_requested(self, key: SurveyKey, enumerator: str) -> None:
        if self.form is None:
            return
        try:
            uuid = self.store.create_case(self.form.form_id, self.form.version, key, enumerator)
        except StoreError as error:
            QMessageBox.warning(self, self.tr("New household"), error.text(i18n.current()))
            return
        self.enumerator = enumerator
        session = CaseSession(self.store, self.form, uuid, enumerator, language=self.form_language)
        for answer in key_answers(self.form, key, enumerator):
            session.answer(*answer)
        self.show_case(session)

    def open_case(self, uuid: str) -> FormView | None:
        if self.form is None:
            self.statusBar().showMessage(self.tr("The questionnaire is still loading…"))
            return None
        row = self.store.case(uuid)
        session = CaseSession(
            self.store,
            self.form,
            uuid,
            self.enumerator or row.enumerator_id,
            language=self.form_language,
        )
        return self.show_case(session)

    def show_case(self, session: CaseSession) -> FormView:
        self.close_case()
        if self.rules is not None and session.interview.rule_checker is None:
            session.interview.use_rules(self.rules.rules, self.rules.derived)
        self.form_view = FormView(session, self)
        self.form_view.sig_closed.connect(self._on_form_closed)
        self.stack.addWidget(self.form_view)
        self.stack.setCurrentWidget(self.form_view)
        self._update_title()
        self._update_status_labels()
        return self.form_view

    def _on_office_open_case(self, case_uuid: str, failure: Failure | None) -> None:
        """From a failure in the office workspace to its question in the entry screen."""
        view = self.open_case(case_uuid) if case_uuid else None
        if view is None:
            return
        self.tabs.setCurrentIndex(0)
        if failure is None:  # a household picked without a failure: its first page
            return
        interview = view.interview
        name = next((v for v in failure.variables if v in interview.graph.elements), None)
        if name is None:
            return
        repeat = interview.graph.repeat_of.get(name)
        line = failure.line_no
        instances = interview.instances(repeat) if repeat else []
        if repeat and line and line.isdigit() and int(line) <= len(instances):
            view.show_address(interview.address(name, instances[int(line) - 1]))
        elif repeat and instances:  # a household rule on a roster variable: the first member
            view.show_address(interview.address(name, instances[0]))
        elif not repeat:
            view.show_address(interview.address(name))

    def _on_form_closed(self) -> None:
        view = self.form_view
        self.form_view = None
        self.stack.setCurrentWidget(self.cases)
        if view is not None:
            self.stack.removeWidget(view)
            view.deleteLater()
        self.cases.refresh()
        self._update_title()
        self._update_status_labels()

    def close_case(self) -> None:
        if self.form_view is not None:
            self.form_view.close_case()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing mid-question: what was typed is committed before the window goes."""
        self.close_case()
        super().closeEvent(event)
