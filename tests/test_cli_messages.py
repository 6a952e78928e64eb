"""The command line prints for people in ``--language``: every sub-command takes it, a user
error is printed in it, and English output reads as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from fake_catalogue import install

from surveytool.cli import main
from surveytool.common import catalogue

FRENCH = {
    ("form.error.header_one", "The form has 1 problem:"): "Le formulaire a 1 problème :",
    ("form.file.missing", "no such file"): "fichier introuvable",
    ("store.open.missing", "no such store"): "magasin introuvable",
    ("cli.forms.wrote", "wrote {path}"): "écrit : {path}",
}


@pytest.fixture
def french(tmp_path: Path, monkeypatch):
    install(tmp_path / "locale", monkeypatch, "fr", FRENCH)
    yield
    catalogue.forget_loaded()


def test_a_form_problem_prints_in_the_language_asked(tmp_path: Path, capsys, french):
    missing = tmp_path / "nope.xlsx"
    assert main(["forms", "check", "--language", "fr", str(missing)]) == 1
    assert (
        capsys.readouterr().out
        == f"Le formulaire a 1 problème :\n  {missing}: fichier introuvable\n"
    )
    assert main(["forms", "check", str(missing)]) == 1
    assert capsys.readouterr().out == f"The form has 1 problem:\n  {missing}: no such file\n"


def test_a_user_error_escaping_a_command_prints_in_its_language(tmp_path: Path, capsys, french):
    store = tmp_path / "none.sqlite"
    out = tmp_path / "out"
    assert main(["tables", "--language", "fr", "--store", str(store), "--out", str(out)]) == 1
    assert capsys.readouterr().err == f"{store}: magasin introuvable\n"


def test_every_command_for_people_takes_the_language(tmp_path: Path, capsys, french):
    markdown = tmp_path / "form.md"
    markdown.write_text("| survey |\n| | type | name | label |\n| | integer | age | Age |\n")
    built = tmp_path / "form.xlsx"
    assert main(["forms", "build", "--language", "fr", str(markdown), "--out", str(built)]) == 0
    assert capsys.readouterr().out == f"écrit : {built}\n"
    for command in (["forms", "dump"], ["demo"], ["tables"], ["validate"], ["schema", "export"]):
        with pytest.raises(SystemExit) as shown:
            main([*command, "--help"])
        assert shown.value.code == 0
        assert "--language" in capsys.readouterr().out, command


def test_the_form_summary_reads_as_before(capsys):
    from surveytool.common.resources import shipped_form

    assert main(["forms", "check", str(shipped_form())]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Form 'lfs_migration' version 2026.1: OK"
    assert lines[3] == "  repeats:      persons, absentees"
    assert lines[5].startswith("  choice lists: 26 on the choices sheet; built-in: iso3166 (")


def test_only_gui_leaves_the_language_to_the_app():
    """``gui`` without --language gets None (the welcome page's choice); every other command
    still speaks English by default (a sub-parser's set_defaults once leaked None to all)."""
    from surveytool.cli import _parser

    parser = _parser()
    assert parser.parse_args(["gui"]).language is None
    assert parser.parse_args(["demo", "--store", "x.sqlite"]).language == "en"
    assert parser.parse_args(["validate", "x.sqlite"]).language == "en"
    assert parser.parse_args(["gui", "--language", "fr"]).language == "fr"
