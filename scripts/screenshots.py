"""Render the main screens to PNG under docs/screenshots/ (offscreen; no display needed).

Usage: .venv/bin/python scripts/screenshots.py [--store demo.sqlite]
Screens, in English, French and Arabic: the case list, a migrant's section D, a question's
check failing with its message beside it, "Mark complete" refused with its list of problems,
the office review after validating the store; and the keyboard shortcuts dialog in English.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from surveytool.common.resources import project_root, resource_path
from surveytool.demo import generate
from surveytool.form import load
from surveytool.form.model import Form
from surveytool.store import STATUSES, Store
from surveytool.ui import i18n
from surveytool.ui.form_view import FormView
from surveytool.ui.main_window import MainWindow

OUT = project_root() / "docs" / "screenshots"
LANGUAGES = ("en", "fr", "ar")


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def shoot(widget: QWidget, name: str) -> Path:
    settle()
    path = OUT / name
    widget.grab().save(str(path))
    print(path)
    return path


def migrant_case(window: MainWindow) -> tuple[FormView, int] | None:
    """The first case with an international migrant, open, and that person's instance."""
    model = window.cases.model
    for row in range(model.rowCount()):
        view = window.open_case(model.case_at(row).uuid)
        if view is None:
            return None
        interview = view.interview
        for uid in interview.instances("persons"):
            if interview.value(interview.address("int_migrant", uid)) == 1:
                return view, uid
        view.close_case()
    return None


def validation_message(view: FormView, uid: int) -> bool:
    """A person's age outside 0-120: the question's check shows its message beside it."""
    if not view.session.editable:
        view.reopen()
    age = view.interview.address("age", uid)
    view.session.answer(age, 130)
    view.show_address(age)
    settle()
    row = view.page.rows.get(age) if view.page is not None else None
    return row is not None and row.message.isVisibleTo(view.page)


def refused_dialog(view: FormView) -> QWidget | None:
    """Remove two answers and ask to complete: the dialog listing what is missing."""
    if not view.session.editable:
        view.reopen()  # as the Reopen button does
    view.session.answer(view.interview.address("hh_address"), None)
    view.session.answer(view.interview.address("interview_date"), None)
    view.request_complete()
    settle()
    dialogs = [w for w in QApplication.topLevelWidgets() if w.objectName() == "problems_dialog"]
    return dialogs[-1] if dialogs else None


def office_review(window: MainWindow, form: Form) -> None:
    from surveytool.validate import default_rules_path, load_rules

    window.office.set_form(form, load_rules(default_rules_path(form), form))
    window.office.set_statuses(STATUSES)  # cases still in progress too: something to review
    window.tabs.setCurrentWidget(window.office)
    if window.office.run_validation() is None:
        return
    QThreadPool.globalInstance().waitForDone()
    settle()
    if window.office.by_check.rowCount():
        window.office.check_view.selectRow(0)
        window.office.show_failures(window.office.by_check.payload[0].id)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", type=Path, default=None)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    form = load(resource_path("forms", "lfs_migration.xlsx"))
    path = args.store or Path(tempfile.mkdtemp()) / "demo.sqlite"
    if args.store is None:
        with Store.open(path) as store:
            generate(store, form, country="CMR", households=60, seed=4, in_progress_share=0.2)
    with Store.open(path) as store:
        for language in LANGUAGES:
            i18n.install(app, language)
            window = MainWindow(store, form, form_language=language)
            window.resize(1200, 800)
            window.show()
            shoot(window, f"case_list_{language}.png")
            found = migrant_case(window)
            if found is not None:
                view, uid = found
                view.open_page(("section_d", uid))
                shoot(window, f"migration_section_{language}.png")
                if validation_message(view, uid):
                    shoot(window, f"validation_message_{language}.png")
                dialog = refused_dialog(view)
                if dialog is not None:
                    shoot(dialog, f"mark_complete_refused_{language}.png")
                    dialog.close()
                view.close_case()
            office_review(window, form)
            shoot(window, f"office_review_{language}.png")
            if language == "en":
                from surveytool.ui.shortcuts import ShortcutsDialog

                shortcuts = ShortcutsDialog(window)
                shortcuts.show()
                shoot(shortcuts, "keyboard_shortcuts.png")
                shortcuts.close()
            window.close()
        i18n.install(app, "en")


if __name__ == "__main__":
    main()
