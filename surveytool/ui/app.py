"""Start the desktop app: ``surveytool gui [--store PATH] [--language fr] [--smoke]``.

The window appears at once on the store's case list; the questionnaire loads in the
background (pyxform and pandas are not needed to paint the first screen). Before any
window exists, the log file and the crash reporter are set up, so that nothing that goes
wrong can vanish, even under ``pythonw`` with no console.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from surveytool.common import logs
from surveytool.ui import crash, fonts, i18n, start_problems, welcome
from surveytool.ui.jobs import load_form_job
from surveytool.ui.main_window import MainWindow
from surveytool.ui.start_problems import open_first_store, say_if_settings_unsaved
from surveytool.ui.workers import start

logger = logging.getLogger(__name__)
PROBE_ENV = "SURVEYTOOL_TEST_PROBE"


def run(
    store_path: Path | None,
    *,
    language: str | None = None,
    smoke: bool = False,
    form_path: Path | None = None,
    started: float | None = None,
) -> int:
    started = started if started is not None else time.perf_counter()
    log_path = logs.setup_logging()
    logger.info("surveytool starting (store %s, language %s)", store_path, language)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("surveytool")
    reporter = crash.install(log_path)
    fonts.prepare(app)  # every interface language readable before any text shows
    i18n.install(app, language or "en")
    # None: not given on the command line, the language remembered; the welcome page first
    # at the first start (never in a smoke check); None back: the user quit it
    language = welcome.start(app, language, ask=not smoke)
    if language is None:
        reporter.uninstall()
        return 0
    if fonts.ensure(app, language, smoke=smoke) is fonts.FontAction.ENGLISH:
        language = "en"  # no font here shows its script: the user was told, English installed
    store = open_first_store(store_path, smoke=smoke)  # or another the user chooses
    if store is None:  # refused, and the user quit (or no user to ask: --smoke)
        reporter.uninstall()
        return start_problems.EXIT_CODE
    window = MainWindow(store, form_language=language)
    window.recent.add(Path(store.path))
    say_if_settings_unsaved(window, window.recent.settings)
    window.menus.refresh_recent()
    window.show()
    if os.environ.get(PROBE_ENV):  # tests under a real X server read the window's state
        from surveytool.ui.probe import Probe

        Probe(window, Path(os.environ[PROBE_ENV]))
    job = load_form_job(form_path)
    job.signals.sig_finished.connect(lambda loaded: window.set_form(*loaded))
    job.signals.sig_failed.connect(
        lambda message: QMessageBox.critical(window, "surveytool", message)
    )
    if smoke:
        app.processEvents()
        first_paint = time.perf_counter() - started
        painted_at = time.time()  # wall clock: a benchmark times from the process's spawn
        job.run()  # on this thread: the window gets the form before the check below
        app.processEvents()
        loaded = window.form is not None
        print(
            f"start to first paint {first_paint:.3f} s; form and rules loaded: {loaded}; "
            f"total {time.perf_counter() - started:.3f} s; painted at {painted_at:.3f}"
        )
        window.close()
        window.store.close()
        reporter.uninstall()
        return 0 if loaded else 1
    start(job)
    code = app.exec()
    window.store.close()  # the store open now: File > Open may have replaced the first
    logger.info("surveytool closed (exit code %s)", code)
    reporter.uninstall()
    return code
