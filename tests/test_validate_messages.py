"""Batch validation speaks the catalogue: input errors, notes, load problems and the workbook.

A test language ``xx`` is compiled into a scratch folder from the extracted template (each
text marked, its placeholders kept) and the core's catalogue is pointed at it: a text that
comes out unmarked never went through the catalogue, or was rendered in another language.
English renders as it did before the messages moved.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from recruits import recruit, tables, write_batch

from surveytool.common import catalogue
from surveytool.common.errors import Problem
from surveytool.common.resources import resource_path
from surveytool.form.errors import FormError
from surveytool.validate import builtin, load_rules, read_data, validate_tables
from surveytool.validate.csv_text import NOT_UTF8_AT
from surveytool.validate.inputs import UnusableInput
from surveytool.validate.rates import RatesError, load_rates
from surveytool.validate.report_xlsx import write_xlsx

sys.path.insert(0, str(resource_path("scripts")))
import messages  # scripts/messages.py: the extraction the translators run

TEST = "xx"


def marked(text: str) -> str:
    return f"<<{text}>>"


def is_marked(text: str) -> bool:
    return "<<" in text and ">>" in text


@pytest.fixture(scope="module")
def scratch_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every core message 'translated' into ``xx`` as itself between markers."""
    folder = tmp_path_factory.mktemp("locale")
    template = messages.core_template()
    for entry in template:
        if entry.id:
            entry.string = marked(str(entry.id))
    mo = folder / TEST / "LC_MESSAGES" / f"{catalogue.DOMAIN}.mo"
    mo.parent.mkdir(parents=True)
    with mo.open("wb") as handle:
        write_mo(handle, template)
    return folder


@pytest.fixture
def in_test_language(scratch_catalogue: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    scratch = catalogue.Catalogue(scratch_catalogue, catalogue.DOMAIN)
    monkeypatch.setattr(catalogue, "core", lambda: scratch)
    return TEST


def test_a_located_input_error_keeps_its_message_and_renders_in_a_language(
    form, tmp_path: Path, in_test_language: str
):
    folder = write_batch(tmp_path / "batch", form, [recruit()])
    (folder / "persons.csv").unlink()
    with pytest.raises(UnusableInput) as raised:
        read_data(folder, form)
    error = raised.value
    assert isinstance(error.problem, Problem)
    assert error.text() == f"{folder / 'persons.csv'}: the file is missing"
    where, problem = error.text(in_test_language).split(": ", 1)
    assert is_marked(problem) and str(folder / "persons.csv") in where


def test_an_unreadable_csv_stays_catalogued_as_unusable_input(
    form, tmp_path: Path, in_test_language: str
):
    """The CSV reader's own error becomes unusable input with its message, not its English."""
    folder = write_batch(tmp_path / "batch", form, [recruit()])
    _, persons = tables(form, [recruit()])
    persons.assign(person_name="Amélie").to_csv(
        folder / "persons.csv", index=False, encoding="latin-1"
    )
    with pytest.raises(UnusableInput) as raised:
        read_data(folder, form)
    problem = raised.value.problem
    assert isinstance(problem, Problem) and problem.template == NOT_UTF8_AT
    assert raised.value.location.row == 2
    assert problem.values["value"] == "E9"  # the é of Amélie in latin-1, named
    # named by the user, the encoding is used, never guessed
    read = read_data(folder, form, encoding="latin-1")
    assert read["persons"]["person_name"].astype(str).tolist() == ["Amélie"]
    assert is_marked(raised.value.text(in_test_language))


def test_a_rates_file_with_several_problems_names_the_first_and_counts_the_others(
    tmp_path: Path, in_test_language: str
):
    rates = tmp_path / "rates.csv"
    rates.write_text(
        "currency,year,lcu_per_usd,source\nXOF,24,600,IMF\nEUR,2024,0,IMF\nCFA,2024,1,IMF\n",
        encoding="utf-8",
    )
    with pytest.raises(RatesError) as raised:
        load_rates(rates)
    error = raised.value
    assert error.message == "'24' is not a year (four digits) (and 2 more problem(s))"
    assert str(error) == f"{rates}, row 2, column year: {error.message}"
    told = error.text(in_test_language)
    # each part through the catalogue: and-more, located, file, row, column, the problem, and
    # the separator between the location's parts (twice)
    assert told.startswith("<<") and told.count("<<") == 8


def test_notes_of_builtins_are_written_in_the_report_language(form, rules, in_test_language):
    households, persons = tables(form, [recruit(rc_cost_total="900", rc_earn_first_month="10")])
    persons = persons.rename(columns={"rc_earn_first_month": "rc_earn_1st_month"})
    joined = persons.merge(households[["hh_id", "country_iso3"]], on="hh_id")
    frames = {"household": households, "person": joined}
    english = builtin.run(rules, frames, key="hh_id")["R20f"]
    assert english.note == "rc_earn_first_month not in the batch"
    translated = builtin.run(rules, frames, key="hh_id", language=in_test_language)["R20f"]
    assert not translated.ran and is_marked(translated.note)
    assert "rc_earn_first_month" in translated.note


def test_an_orphan_record_message_renders_its_values_in_the_language(form, rules, in_test_language):
    households, persons = tables(form, [recruit(), recruit()])
    persons.loc[1, "hh_id"] = "H9"  # no such household
    english = _orphan_message(form, rules, households, persons, "en")
    assert english == (
        "No households record has this hh_id: the households file lacks it, or the hh_id is "
        "mistyped."
    )
    translated = _orphan_message(form, rules, households, persons, in_test_language)
    assert is_marked(translated) and "{" not in translated
    assert "households" in translated and "hh_id" in translated


def _orphan_message(form, rules, households, persons, language: str) -> str:
    report = validate_tables(form, rules, households, persons, language=language)
    (orphan,) = [f for f in report.failures if f.rule == "person.household_missing"]
    return orphan.message


def test_rules_load_problems_keep_their_messages_and_render_in_a_language(
    form, tmp_path: Path, in_test_language: str
):
    shipped = resource_path("validators", "lfs_migration.yaml")
    text = shipped.read_text(encoding="utf-8").replace("severity: warning", "severity: minor", 1)
    path = tmp_path / "office_rules.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FormError) as raised:
        load_rules(path, form)
    (problem,) = raised.value.problems
    assert problem.message == "severity must be one of error, warning, not 'minor'"
    translated = problem.problem_text(in_test_language)
    assert is_marked(translated) and "'minor'" in translated
    assert all(is_marked(line) for line in raised.value.text(in_test_language).splitlines())


def test_the_workbook_headers_follow_the_report_language(
    form, rules, tmp_path: Path, in_test_language: str
):
    from openpyxl import load_workbook

    households, persons = tables(form, [recruit()])
    english = validate_tables(form, rules, households, persons)
    write_xlsx(english, tmp_path / "en.xlsx")
    assert load_workbook(tmp_path / "en.xlsx").sheetnames == ["summary", "failures"]
    report = validate_tables(form, rules, households, persons, language=in_test_language)
    assert report.language == in_test_language
    write_xlsx(report, tmp_path / "xx.xlsx")
    book = load_workbook(tmp_path / "xx.xlsx")
    headers = [cell.value for sheet in book.worksheets for cell in sheet[1]]
    assert all(is_marked(name) for name in [*book.sheetnames, *headers])
