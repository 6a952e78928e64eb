"""Adding a language is adding files: a pseudo-language renders a page and a report with no
text left untranslated (docs/translating.md).

The pseudo-language's catalogues are written beside the shipped ones for the length of a test
(``pseudo_language.install``) and removed after; no code learns its name. Any text on screen or
in the report without its brackets never went through a catalogue, or was rendered in another
language than the one asked for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pseudo_language as pseudo
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QTabBar,
    QWidget,
)

from surveytool.common.resources import resource_path
from surveytool.form import load
from surveytool.store import Store, SurveyKey
from surveytool.ui import i18n
from surveytool.ui.main_window import MainWindow
from surveytool.validate import default_rules_path, load_rules

#: texts that are data, not wording: numbers, dates, codes, keys and what the test typed
_DATA = re.compile(r"^[\W\d_]*$|^[A-Z]{3}(-[\w]+)*$|^[A-Z]?\d[\w-]*$")


@pytest.fixture
def pseudo_files(tmp_path: Path) -> Iterator[Path]:
    written = pseudo.install(tmp_path)
    try:
        yield pseudo.pseudo_form(resource_path("forms", "lfs_migration.xlsx"), tmp_path / "f.xlsx")
    finally:
        pseudo.remove(written)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            i18n.install(app, "en")


def test_the_language_is_found_from_its_files(qapp, pseudo_files: Path):
    from surveytool.common import catalogue

    assert pseudo.CODE in i18n.languages()
    assert pseudo.CODE in catalogue.languages()
    assert not i18n.right_to_left(pseudo.CODE)


def _visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text a person can read in ``root``'s visible widgets."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = f"{type(widget).__name__}#{widget.objectName()}"
        texts: list[str] = []
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QMenuBar):
            texts += [action.text() for action in widget.actions()]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())
            ]
            texts += [
                str(model.index(r, c).data() or "")
                for r in range(min(model.rowCount(), 5))
                for c in range(model.columnCount())
            ]
        texts.append(widget.toolTip())
        found += [(where, text) for text in texts]
    return found


def _untranslated(texts: list[tuple[str, str]], data: set[str]) -> list[tuple[str, str]]:
    plain = [(where, re.sub(r"<[^>]+>", " ", text).strip()) for where, text in texts]
    return [
        (where, text)
        for where, text in plain
        if text and not pseudo.is_pseudo(text) and not _DATA.match(text) and text not in data
    ]


def test_a_page_with_a_validation_message_shows_no_untranslated_text(
    qtbot, tmp_path: Path, pseudo_files: Path
):
    form = load(pseudo_files)
    rules = load_rules(default_rules_path(form), form)
    store = Store.open(tmp_path / "pseudo.sqlite")
    case = store.create_case(form.form_id, form.version, SurveyKey("CMR", "2026", "C2", 1), "E")
    i18n.install(QApplication.instance(), pseudo.CODE)
    window = MainWindow(store, form, rules=rules, form_language=pseudo.CODE.lower())
    qtbot.addWidget(window)
    window.show()
    view = window.open_case(case)
    view.open_page(("persons", None))
    view.page.add_button.click()
    qtbot.wait(50)
    (person,) = view.interview.instances("persons")
    age = view.interview.address("age", person)
    view.session.answer(view.interview.address("person_name", person), "Awa Diallo")
    view.session.answer(age, 130)  # outside 0-120: the question's check fails
    view.show_address(age)
    qtbot.wait(50)
    row = view.page.rows[age]
    assert row.message.isVisibleTo(view.page)
    assert pseudo.is_pseudo(row.message.text())
    data = {"Awa Diallo", "130", "E", "C2", "CMR-2026-C2-1", str(tmp_path / "pseudo.sqlite")}
    left = _untranslated(_visible_texts(window), data)
    assert not left, "\n".join(f"{where}: {text!r}" for where, text in left)
    window.close()
    store.close()


def test_a_validation_report_shows_no_untranslated_text(pseudo_files: Path, capsys):
    import random
    from datetime import date

    from surveytool.demo import simulate
    from surveytool.demo.answers import Household
    from surveytool.demo.people import household
    from surveytool.tables import CaseData, flatten
    from surveytool.validate import validate_tables

    form = load(pseudo_files)
    rules = load_rules(default_rules_path(form), form)
    rng = random.Random(3)
    cases = []
    for number in range(1, 9):
        people = tuple(household(rng, "CMR", 2026))
        h = Household("CMR", 2026, "C0001", number, date(2026, 3, 2), "E001", people)
        cases.append(CaseData(f"case-{number}", "complete", simulate(form, h, rng).interview))
    tables = flatten(form, cases)
    persons = tables["persons"].copy()
    persons.loc[persons.index[0], "age"] = 300  # a constraint and R02 fail
    persons.loc[persons.index[1], "sex"] = "9"  # not one of the choices
    report = validate_tables(form, rules, tables["households"], persons, language=pseudo.CODE)
    assert report.errors > 0
    messages = {failure.message for failure in report.failures}
    notes = {line.note for line in report.summary if line.note}
    left = sorted(text for text in messages | notes if not pseudo.is_pseudo(text))
    assert not left, "\n".join(left)
    # The command's console report: headings, severities and summary lines in the language too
    # (check ids, level names, keys and counts are data).
    from surveytool import cli

    folder = pseudo_files.parent / "batch"
    folder.mkdir()
    tables["households"].to_csv(folder / "households.csv", index=False)
    persons.to_csv(folder / "persons.csv", index=False)
    code = cli.main(
        ["validate", str(folder), "--form", str(pseudo_files), "--language", pseudo.CODE]
    )
    assert code == 1
    printed = capsys.readouterr().out
    while re.search(r"⟦[^⟦⟧]*⟧", printed):  # catalogued text, innermost first
        printed = re.sub(r"⟦[^⟦⟧]*⟧", " ", printed)
    data = {line.id for line in report.summary} | {"household", "person"}
    left = sorted({t for t in printed.split() if t not in data and not _DATA.match(t)})
    assert not left, left
