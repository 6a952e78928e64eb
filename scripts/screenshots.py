"""Render the main screens to PNG under docs/screenshots/ (offscreen; no display needed).

Usage: .venv/bin/python scripts/screenshots.py [--store demo.sqlite]
Screens: the case list, a person's migration section in English and in Arabic, and a
"mark complete" refused with its list of problems.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from surveytool.common.resources import project_root, resource_path
from surveytool.demo import generate
from surveytool.form import load
from surveytool.store import Store
from surveytool.ui import i18n
from surveytool.ui.main_window import MainWindow

OUT = project_root() / "docs" / "screenshots"


def shoot(widget: object, name: str) -> Path:
    QApplication.processEvents()
    path = OUT / name
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    print(path)
    return path


def migrant_page(window: MainWindow) -> None:
    """Open the first case with an international migrant at that person's section D."""
    form_view = None
    for row in range(window.cases.model.rowCount()):
        form_view = window.open_case(window.cases.model.case_at(row).uuid)
        interview = form_view.interview
        for uid in interview.instances("persons"):
            if interview.value(interview.address("int_migrant", uid)) == 1:
                form_view.open_page(("section_d", uid))
                return
        form_view.close_case()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", type=Path, default=None)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    form = load(resource_path("forms", "lfs_migration.xlsx"))
    folder = tempfile.mkdtemp()
    path = args.store or Path(folder) / "demo.sqlite"
    if args.store is None:
        with Store.open(path) as store:
            generate(store, form, country="CMR", households=60, seed=4, in_progress_share=0.2)
    with Store.open(path) as store:
        for language, suffix in (("en", "en"), ("ar", "ar")):
            i18n.install(app, language)  # type: ignore[arg-type]
            window = MainWindow(store, form, form_language=language)
            window.resize(1200, 800)
            window.show()
            if language == "en":
                shoot(window, "case_list.png")
            migrant_page(window)
            shoot(window, f"migration_section_{suffix}.png")
            if language == "en":
                view = window.form_view
                assert view is not None
                view.session.answer(view.interview.address("hh_phone"), None)
                view.session.answer(view.interview.address("hh_address"), None)
                view.request_complete()
                QApplication.processEvents()
                dialogs = [
                    w for w in QApplication.topLevelWidgets() if w.objectName() == "problems_dialog"
                ]
                shoot(dialogs[-1], "mark_complete_refused.png")
                dialogs[-1].close()
            if language == "en":
                office_screen(window, form)
            window.close()


def office_screen(window: MainWindow, form: object) -> None:
    """The office workspace after validating the store, failures of the top check listed."""
    from surveytool.validate import default_rules_path, load_rules

    window.office.set_form(form, load_rules(default_rules_path(form), form))  # type: ignore[arg-type]
    window.tabs.setCurrentWidget(window.office)
    job = window.office.run_validation()
    if job is None:
        return
    QApplication.instance().processEvents()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()
    for _ in range(20):
        QApplication.processEvents()
    if window.office.by_check.rowCount():
        window.office.check_view.selectRow(0)
        window.office.show_failures(window.office.by_check.payload[0].id)
    shoot(window, "office_review.png")


if __name__ == "__main__":
    main()
