"""Render the main screens to PNG under docs/screenshots/ (offscreen; no display needed).

Usage: .venv/bin/python scripts/screenshots.py [--store demo.sqlite]
Screens, in English, French and Arabic: the case list, a migrant's section D, a question's
check failing with its message beside it, "Mark complete" refused with its list of problems,
the office review after validating the store; and the keyboard shortcuts dialog in English.
Then the Exchange screens (``exchange_*.png``, built in a temporary folder through the core:
an enumerator's store, keys, two batches, an office store with a conflict): the menu open, the
export batch dialog, the import summary of two packages (one imported, one refused), the
import log, the conflicts side by side, the disclosure report, the keys dialog.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

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


def wait_until(done: Callable[[], bool], seconds: float = 60) -> None:
    """Run the event loop until ``done()`` (a job's result is delivered through it)."""
    end = time.monotonic() + seconds
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("a job did not finish")
        QApplication.processEvents()
        time.sleep(0.01)
    settle()


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
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES))
    parser.add_argument("--exchange-only", action="store_true", help="only exchange_*.png")
    parser.add_argument("--au-only", action="store_true", help="only au_*.png")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    form = load(resource_path("forms", "lfs_migration.xlsx"))
    if args.exchange_only:
        exchange(app, form, args.languages)
        return
    if args.au_only:
        au(app, form, args.languages)
        return
    path = args.store or Path(tempfile.mkdtemp()) / "demo.sqlite"
    if args.store is None:
        with Store.open(path) as store:
            generate(store, form, country="CMR", households=60, seed=4, in_progress_share=0.2)
    with Store.open(path) as store:
        for language in args.languages:
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
    if args.store is None:
        shutil.rmtree(path.parent, ignore_errors=True)
    exchange(app, form, args.languages)
    au(app, form, args.languages)


def exchange(app: QApplication, form: Form, languages: Sequence[str]) -> None:
    folder = Path(tempfile.mkdtemp(prefix="surveytool-exchange-"))
    try:
        demo = ExchangeDemo(folder, form)
        for language in languages:
            i18n.install(app, language)
            exchange_screens(app, demo, language)
    finally:
        i18n.install(app, "en")
        shutil.rmtree(folder, ignore_errors=True)


# -- the Exchange menu ----------------------------------------------------------------------
class ExchangeDemo:
    """What the exchange screens need, made once through the core in ``folder``: both keys
    (each trusting the other), an enumerator's store with unsent cases, batch 1 imported by
    the office, then the same two households changed on both sides and sent in batch 2 (so
    importing it makes two conflicts), and a batch signed by a key the office does not
    trust (refused)."""

    def __init__(self, folder: Path, form: Form) -> None:
        from surveytool.casework import CaseSession, review
        from surveytool.package.batch import export_batch
        from surveytool.package.importing import import_package
        from surveytool.package.keys import KeyRing

        self.folder, self.form = folder, form
        self.enumerator = KeyRing.create("Amina Njoya", "enumerator", folder / "enumerator_keys")
        self.office = KeyRing.create("Yaoundé office", "office", folder / "office_keys")
        self.office.trust(self.enumerator.identity)
        self.enumerator.trust(self.office.identity)
        self.office_pub = folder / "office.pub"
        self.office.identity.write(self.office_pub)
        stranger = KeyRing.create("Enumerator 7", "enumerator", folder / "stranger_keys")
        self.fresh = folder / "enumerator_fresh.sqlite"  # complete cases, none sent
        self.office_store = folder / "office.sqlite"
        self.batch2 = folder / "batch-2026-03-02.zip"
        self.refused = folder / "batch-enumerator7.zip"
        sealed = self.office.identity
        with Store.open(folder / "enumerator.sqlite") as store:
            generate(store, form, country="CMR", households=6, seed=3)
            copy_store(store.path, self.fresh)
            batch1 = folder / "batch-2026-03-01.zip"
            export_batch(store, form, None, self.enumerator, batch1, encrypt_to=sealed)
            with Store.open(self.office_store) as office:
                import_package(office, form, batch1, self.office)
                for row in store.cases()[:2]:  # both sides change the same households
                    for side, text in ((store, "Quartier 7, rue 12"), (office, "Quartier 9")):
                        review.reopen(side, row.uuid, "E01", "address")
                        session = CaseSession(side, form, row.uuid, "E01")
                        session.answer(session.interview.address("hh_address"), text)
                        session.mark_complete()
                        session.close()
            export_batch(store, form, None, self.enumerator, self.batch2, encrypt_to=sealed)
        with Store.open(folder / "stranger.sqlite") as store:
            generate(store, form, country="CMR", households=1, seed=8)
            export_batch(store, form, None, stranger, self.refused, encrypt_to=sealed)

    def settings(self, name: str) -> QSettings:
        return QSettings(str(self.folder / f"{name}.ini"), QSettings.Format.IniFormat)


def copy_store(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite store (its write-ahead log included)."""
    target.unlink(missing_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()


def shoot_menu(window: MainWindow, language: str) -> None:
    """The window with the Exchange menu dropped down, painted into one picture (a menu is
    a window of its own)."""
    menu = window.exchange.menu
    window.menuBar().setActiveAction(menu.menuAction())
    settle()
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(window.mapFromGlobal(menu.pos()), menu.grab())
    painter.end()
    path = OUT / f"exchange_menu_{language}.png"
    picture.save(str(path))
    print(path)
    menu.hide()
    settle()


def shown_box(window: QWidget, name: str) -> QMessageBox:
    boxes = [b for b in window.findChildren(QMessageBox, name) if b.isVisible()]
    if not boxes:
        raise RuntimeError(f"no {name} box is shown")
    return boxes[-1]


def exchange_screens(app: QApplication, demo: ExchangeDemo, language: str) -> None:
    from surveytool.ui.selection import select_row
    from surveytool.validate import default_rules_path, load_rules

    form = demo.form
    rules = load_rules(default_rules_path(form), form)
    enumerator_copy = demo.folder / f"enumerator_{language}.sqlite"
    copy_store(demo.fresh, enumerator_copy)
    with Store.open(enumerator_copy) as store:
        window = MainWindow(
            store,
            form,
            rules=rules,
            form_language=language,
            settings=demo.settings(f"e_{language}"),
        )
        window.exchange.keys_folder = demo.enumerator.folder
        window.recent.settings.setValue("exchange/office_key", str(demo.office_pub))
        window.resize(1200, 800)
        window.show()
        wait_until(lambda: window.cases.model.rowCount() > 0)
        select_row(window.cases.table, 0)  # the row the cursor is on
        dialog = window.exchange.ask_export_batch()
        if dialog is not None:
            dialog.out.setText(str(demo.folder / "batch-2026-03-03.zip"))
            shoot(dialog, f"exchange_export_batch_{language}.png")
            dialog.reject()
        window.close()
    office_copy = demo.folder / f"office_{language}.sqlite"
    copy_store(demo.office_store, office_copy)
    with Store.open(office_copy) as store:
        window = MainWindow(
            store,
            form,
            rules=rules,
            form_language=language,
            settings=demo.settings(f"o_{language}"),
        )
        exchange = window.exchange
        exchange.keys_folder = demo.office.folder
        window.resize(1200, 800)
        window.show()
        shoot_menu(window, language)
        exchange.import_packages(demo.office, [demo.batch2, demo.refused])
        wait_until(lambda: exchange.job is None)
        box = shown_box(window, "import_summary")
        shoot(box, f"exchange_import_summary_{language}.png")
        box.done(0)
        for show, name in ((exchange.show_import_log, "import_log"), (exchange.show_keys, "keys")):
            opened = show()
            shoot(opened, f"exchange_{name}_{language}.png")
            opened.reject()
        conflicts = exchange.show_conflicts()
        if conflicts is not None:
            wait_until(lambda: conflicts.job is None)
            shoot(conflicts, f"exchange_conflicts_{language}.png")
            conflicts.reject()
        exchange.plan_harmonised(demo.office, include="complete")
        wait_until(lambda: exchange.job is None)
        if exchange.dialog is not None and exchange.dialog.objectName() == "disclosure_dialog":
            shoot(exchange.dialog, f"exchange_disclosure_{language}.png")
            exchange.dialog.close()
        window.close()
    settle()


# -- the AU workspace ------------------------------------------------------------------------
AU_COUNTRIES = (("SEN", 40, 1), ("CMR", 30, 2), ("KEN", 35, 3), ("NGA", 45, 4))


def au(app: QApplication, form: Form, languages: Sequence[str]) -> None:
    folder = Path(tempfile.mkdtemp(prefix="surveytool-au-"))
    try:
        keys, packages = au_packages(folder, form)
        for language in languages:
            i18n.install(app, language)
            au_screens(folder, form, keys, packages, language)
    finally:
        i18n.install(app, "en")
        shutil.rmtree(folder, ignore_errors=True)


def au_packages(folder: Path, form: Form) -> tuple[Path, list[Path]]:
    """The AU's keys (trusting one office's) and four countries' harmonised packages, then
    a copy of the last with one byte of its persons changed (refused)."""
    from surveytool.package.harmonised import plan_harmonised, write_harmonised
    from surveytool.package.keys import KeyRing
    from surveytool.package.zipfiles import read_zip, zip_bytes

    office = KeyRing.create("National statistics office", "office", folder / "office_keys")
    au_ring = KeyRing.create("AU statistics", "au", folder / "au_keys")
    au_ring.trust(office.identity)
    paths = []
    for country, households, seed in AU_COUNTRIES:
        with Store.open(folder / f"{country}.sqlite") as store:
            generate(store, form, country=country, households=households, seed=seed)
            for row in store.cases(status="complete"):
                store.set_status(row.uuid, "approved", "officer", role="office")
            plan = plan_harmonised(store, form, None, office)
            out = folder / f"{country}-2026.zip"
            paths.append(write_harmonised(store, plan, office, out).path)
    members = read_zip(paths[-1].read_bytes(), paths[-1].name, lambda name: True)
    data = bytearray(members["persons.csv"])
    data[-2] = ord("7") if data[-2] != ord("7") else ord("8")
    members["persons.csv"] = bytes(data)
    tampered = folder / "NGA-2026-copy.zip"
    tampered.write_bytes(zip_bytes(members))
    return au_ring.folder, [*paths, tampered]


def au_screens(folder: Path, form: Form, keys: Path, packages: list[Path], language: str) -> None:
    with Store.open(folder / f"au_{language}.sqlite") as store:
        window = MainWindow(
            store, form, form_language=language, settings=QSettings(
                str(folder / f"au_{language}.ini"), QSettings.Format.IniFormat)
        )  # fmt: skip
        window.exchange.keys_folder = keys
        window.resize(1300, 820)
        window.show()
        workspace = window.au
        window.tabs.setCurrentWidget(workspace)
        workspace.set_folder(folder / f"merged_{language}")
        workspace.add_packages(packages)
        wait_until(lambda: not workspace.busy())
        box = shown_box(workspace, "au_merge_summary")
        shoot(box, f"au_merge_summary_{language}.png")
        box.done(0)
        shoot(window, f"au_packages_{language}.png")
        workspace.pages.setCurrentWidget(workspace.browser)
        wait_until(lambda: not workspace.busy(), seconds=180)
        browser = workspace.browser
        browser.choose("T3")
        shoot(window, f"au_table_{language}.png")
        shoot(browser.chart, f"au_chart_{language}.png")  # whole, where the window scrolls it
        window.close()
    settle()


if __name__ == "__main__":
    main()
