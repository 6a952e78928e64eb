"""Start the desktop app: ``surveytool gui [--store PATH] [--language fr] [--smoke]``.

The window appears at once on the store's case list; the questionnaire loads in the
background (pyxform and pandas are not needed to paint the first screen).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from surveytool.common.errors import UserError
from surveytool.store import Store
from surveytool.ui import i18n
from surveytool.ui.main_window import MainWindow
from surveytool.ui.workers import Job, start


def load_form_job(form_path: Path | None) -> Job:
    def work(progress: object) -> object:
        from surveytool.common.resources import resource_path
        from surveytool.form import load
        from surveytool.validate import default_rules_path, load_rules

        form = load(form_path or resource_path("forms", "lfs_migration.xlsx"))
        rules_path = default_rules_path(form)
        return form, (load_rules(rules_path, form) if rules_path.is_file() else None)

    return Job(work)  # type: ignore[arg-type]


def run(
    store_path: Path | None,
    *,
    language: str = "en",
    smoke: bool = False,
    form_path: Path | None = None,
    started: float | None = None,
) -> int:
    started = started if started is not None else time.perf_counter()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("surveytool")
    i18n.install(app, language)  # type: ignore[arg-type]
    try:
        store = Store.open(store_path)
    except UserError as error:
        QMessageBox.critical(None, "surveytool", str(error))
        return 2
    state = {"window": MainWindow(store, form_language=language)}

    def on_language(code: str) -> None:
        old = state["window"]
        old.close_case()
        i18n.install(app, code)  # type: ignore[arg-type]
        window = MainWindow(store, old.form, form_language=code, rules=old.rules)
        window.sig_ui_language_requested.connect(on_language)
        window.show()
        state["window"] = window
        old.hide()
        old.deleteLater()

    window = state["window"]
    window.sig_ui_language_requested.connect(on_language)
    window.show()
    job = load_form_job(form_path)
    job.signals.sig_finished.connect(lambda loaded: state["window"].set_form(*loaded))
    job.signals.sig_failed.connect(
        lambda message: QMessageBox.critical(state["window"], "surveytool", message)
    )
    if smoke:
        app.processEvents()
        first_paint = time.perf_counter() - started
        job.run()  # on this thread: the window gets the form before the check below
        app.processEvents()
        loaded = state["window"].form is not None
        print(
            f"start to first paint {first_paint:.3f} s; form and rules loaded: {loaded}; "
            f"total {time.perf_counter() - started:.3f} s"
        )
        state["window"].close()
        store.close()
        return 0 if loaded else 1
    start(job)
    code = app.exec()
    store.close()
    return code
