"""Form problems keep their catalogued message and values, so the same defect prints in English
on the command line and in the interface language in the window.

A small catalogue written in ``tmp_path`` stands in for the French one, whose translations come
later: the test shows every part of a located problem (location words, the nested "where" of an
expression, the header) rendered in the language asked for, English left as it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fake_catalogue import install

from surveytool.common import catalogue
from surveytool.common.errors import Problem
from surveytool.form import FormError, load
from surveytool.form.checks import BARE_NAME, WHERE
from surveytool.form.errors import IGNORED_COLUMN

FORM = """
| survey |
| | type | name | label::English (en) | relevant | remarks |
| | integer | age | Age | | asked first |
| | integer | years | Years | age > 1 | |
| settings |
| | form_id | version | default_language |
| | demo | 1 | English (en) |
"""
FRENCH = {
    ("location.sheet", "sheet '{sheet}'"): "feuille « {sheet} »",
    ("location.row", "row {row}"): "ligne {row}",
    ("location.column", "column {column}"): "colonne {column}",
    ("form.error.header_one", "The form has 1 problem:"): "Le formulaire a 1 problème :",
    ("form.check.where", "the {column} of '{element}' ({source})"): "le {column} de « {element} »",
    (
        "form.check.bare_name",
        "{where} uses the bare name '{name}': write {reference}",
    ): "{where} emploie le nom nu « {name} » : écrivez {reference}",
}


@pytest.fixture
def french(tmp_path: Path, monkeypatch):
    """A French core catalogue holding only the texts above."""
    install(tmp_path / "locale", monkeypatch, "fr", FRENCH)
    yield
    catalogue.forget_loaded()


def _error(tmp_path: Path) -> FormError:
    path = tmp_path / "form.md"
    path.write_text(FORM.strip() + "\n", encoding="utf-8")
    with pytest.raises(FormError) as caught:
        load(path)
    return caught.value


def test_a_form_problem_carries_its_message_and_values(tmp_path: Path):
    (problem,) = _error(tmp_path).problems
    assert problem.told is BARE_NAME
    where = problem.values["where"]
    assert isinstance(where, Problem) and where.template is WHERE
    assert problem.values["reference"] == "${age}"
    assert (
        problem.message
        == "the relevant of 'years' ('age > 1') uses the bare name 'age': write ${age}"
    )


def test_english_reads_as_before(tmp_path: Path):
    assert str(_error(tmp_path)) == (
        "The form has 1 problem:\n"
        "  form.md, sheet 'survey', row 3, column D 'relevant': the relevant of 'years' "
        "('age > 1') uses the bare name 'age': write ${age}"
    )


def test_every_part_of_a_located_problem_renders_in_the_language_asked(tmp_path: Path, french):
    error = _error(tmp_path)
    assert error.text("fr") == (
        "Le formulaire a 1 problème :\n"
        "  form.md, feuille « survey », ligne 3, colonne D 'relevant': "
        "le relevant de « years » emploie le nom nu « age » : écrivez ${age}"
    )
    assert str(error).startswith("The form has 1 problem:")


def test_an_ignored_column_is_a_located_warning(tmp_path: Path):
    path = tmp_path / "form.md"
    path.write_text(FORM.replace("age > 1", "").strip() + "\n", encoding="utf-8")
    form = load(path)
    assert [warning.told for warning in form.warnings] == [IGNORED_COLUMN]
    assert str(form.warnings[0]).endswith("column E 'remarks': column ignored")
