"""The main window: three workspaces (Enumerator, Office, AU) over one store."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from surveytool.form.model import Form
from surveytool.store import CaseSession, Store, StoreError, SurveyKey
from surveytool.ui.case_list import CaseList
from surveytool.ui.form_view import FormView
from surveytool.ui.i18n import LANGUAGES
from surveytool.ui.office import OfficeWorkspace
from surveytool.ui.workers import Job, start

ENUMERATOR = "enumerator"


class MainWindow(QMainWindow):
    sig_ui_language_requested = Signal(str)
    """The user picked another interface language (the app re-creates the window)."""

    def __init__(
        self,
        store: Store,
        form: Form | None = None,
        *,
        rules: object | None = None,
        enumerator: str = "",
        form_language: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.form = form
        self.rules = rules
        self.enumerator = enumerator
        self.form_language = form_language
        self.form_view: FormView | None = None
        self.job: Job | None = None
        self.setWindowTitle(self.tr("surveytool: JLMP labour migration module"))
        self.cases = CaseList(store, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.cases)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("workspaces")
        self.tabs.addTab(self.stack, self.tr("Enumerator"))
        self.office = OfficeWorkspace(store, self)
        self.office.sig_open_case_requested.connect(self._on_office_open_case)
        if form is not None:
            self.office.set_form(form, rules)
        self.tabs.addTab(self.office, self.tr("Office"))
        self.tabs.addTab(
            self._placeholder(
                self.tr(
                    "The AU workspace (merge countries, continental tables) comes with "
                    "the merge release."
                )
            ),
            self.tr("AU"),
        )
        self.setCentralWidget(self.tabs)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().showMessage(str(store.path))
        self._build_menus()
        self._connect_signals()
        self.resize(1100, 720)

    def _placeholder(self, text: str) -> QWidget:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setMargin(40)
        return label

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        demo_action = file_menu.addAction(self.tr("Generate demo households…"))
        demo_action.triggered.connect(self.ask_demo)
        menu = self.menuBar().addMenu(self.tr("&Language"))
        ui_menu = menu.addMenu(self.tr("Interface"))
        form_menu = menu.addMenu(self.tr("Questionnaire"))
        self.ui_group, self.form_group = QActionGroup(self), QActionGroup(self)
        for code, name in LANGUAGES.items():
            ui_action = QAction(name, self, checkable=True)
            ui_action.setData(code)
            self.ui_group.addAction(ui_action)
            ui_menu.addAction(ui_action)
            form_action = QAction(name, self, checkable=True)
            form_action.setData(code)
            self.form_group.addAction(form_action)
            form_menu.addAction(form_action)
        self.ui_group.triggered.connect(lambda a: self.sig_ui_language_requested.emit(a.data()))
        self.form_group.triggered.connect(lambda a: self.set_form_language(a.data()))

    def _connect_signals(self) -> None:
        self.cases.sig_open_requested.connect(self.open_case)
        self.cases.sig_create_requested.connect(self._on_cases_create_requested)

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
        """Simulated households written by a worker thread; the window stays responsive."""
        if self.form is None or self.job is not None:
            return None
        self.close_case()
        form, store = self.form, self.store

        def work(progress: object) -> dict[str, int]:
            from surveytool.demo import generate

            return generate(
                store,
                form,
                country="CMR",
                households=households,
                seed=households,
                progress=progress,
            )  # type: ignore[arg-type]

        self.cases.setEnabled(False)  # one writer: the list waits for the job
        self.progress.setRange(0, households)
        self.progress.setValue(0)
        self.progress.show()
        job = Job(work)
        job.signals.sig_progress.connect(self._on_job_progress)
        job.signals.sig_finished.connect(self._on_job_finished)
        job.signals.sig_failed.connect(self._on_job_failed)
        self.job = start(job)
        return job

    def _on_job_progress(self, done: int, total: int, message: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.statusBar().showMessage(message)

    def _on_job_finished(self, result: object) -> None:
        self.job = None
        self.progress.hide()
        self.cases.setEnabled(True)
        self.cases.refresh()
        counts = result if isinstance(result, dict) else {}
        self.statusBar().showMessage(
            self.tr("{count} demo households added").format(count=sum(counts.values()))
        )

    def _on_job_failed(self, message: str) -> None:
        self.job = None
        self.progress.hide()
        self.cases.setEnabled(True)
        QMessageBox.warning(self, "surveytool", message)

    # -- cases ----------------------------------------------------------------------------
    def set_form(self, form: Form, rules: object | None = None) -> None:
        self.form = form
        self.rules = rules
        self.office.set_form(form, rules)
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
            QMessageBox.warning(self, self.tr("New household"), str(error))
            return
        self.enumerator = enumerator
        session = CaseSession(self.store, self.form, uuid, enumerator, language=self.form_language)
        for answer in _key_answers(key, enumerator):
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
            session.interview.use_rules(self.rules.rules, self.rules.derived)  # type: ignore[attr-defined]
        self.form_view = FormView(session, self)
        self.form_view.sig_closed.connect(self._on_form_closed)
        self.stack.addWidget(self.form_view)
        self.stack.setCurrentWidget(self.form_view)
        return self.form_view

    def _on_office_open_case(self, case_uuid: str, failure: object) -> None:
        """From a failure in the office workspace to its question in the entry screen."""
        view = self.open_case(case_uuid) if case_uuid else None
        if view is None:
            return
        self.tabs.setCurrentIndex(0)
        interview = view.interview
        variables = failure.variables  # type: ignore[attr-defined]
        name = next((v for v in variables if v in interview.graph.elements), None)
        if name is None:
            return
        repeat = interview.graph.repeat_of.get(name)
        line = failure.line_no  # type: ignore[attr-defined]
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

    def close_case(self) -> None:
        if self.form_view is not None:
            self.form_view.close_case()

    def set_form_language(self, code: str) -> None:
        self.form_language = code
        if self.form_view is not None:
            session = self.form_view.session
            session.interview.language = code
            page = self.form_view.current
            self.show_case(session)
            if page is not None:
                self.form_view.open_page(page)  # type: ignore[union-attr]

    def closeEvent(self, event: object) -> None:
        """Closing mid-question: what was typed is committed before the window goes."""
        self.close_case()
        super().closeEvent(event)  # type: ignore[arg-type]


def _key_answers(key: SurveyKey, enumerator: str) -> list[tuple[object, object]]:
    from surveytool.interview import Address

    return [
        (Address("country_iso3"), key.country),
        (Address("survey_year"), key.round),
        (Address("cluster"), key.cluster),
        (Address("hh_no"), key.household),
        (Address("enumerator_id"), enumerator),
    ]
