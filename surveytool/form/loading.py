"""The loading stages, named as pyxform names its own, each refusal located.

``get_xlsform`` (pyxform: cells to rows) -> ``workbook_to_json`` (pyxform: groups, repeats,
choices, its own structural errors) -> ``xlsform.build`` (our frozen model, every expression
parsed) -> ``check_form`` (references, scopes, cycles) -> ``check_conversion`` (pyxform's XForm
build, as ODK tools run it: what they refuse, we refuse). Problems are collected, not raised one
at a time, so the author sees every defect of the form at once; pyxform's own stages stop at
their first.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from pyxform.errors import PyXFormError
from pyxform.xls2json import workbook_to_json
from pyxform.xls2json_backends import DefinitionData, get_xlsform

from surveytool.common.errors import Location
from surveytool.common.xmlsafety import HOSTILE_XML, defuse_openpyxl, refused_xml
from surveytool.form.checks import check_form
from surveytool.form.conversion import check_conversion
from surveytool.form.errors import PYXFORM_WARNING, UNREADABLE, FormProblem
from surveytool.form.headers import header_refusal
from surveytool.form.model import Form
from surveytool.form.names import name_refusal
from surveytool.form.sheets import SheetIndex, locate_pyxform_message, strip_row_prefix
from surveytool.form.xlsform import build

SHEETS = ("survey", "choices", "settings")


def read(path: Path) -> tuple[Form | None, list[FormProblem]]:
    """Read a workbook; returns the form (None when pyxform refused it) and the problems."""
    file = path.name
    defuse_openpyxl()  # whatever OPENPYXL_DEFUSEDXML says: a form is a file from elsewhere
    try:
        data = get_xlsform(xlsform=str(path))
    except (PyXFormError, ValueError) as error:  # openpyxl's and defusedxml's: ValueError
        if refused_xml(error):
            return None, [FormProblem(HOSTILE_XML, Location(file))]
        located = header_refusal(str(error), path)
        if located is not None:
            return None, [located]
        return None, [FormProblem(UNREADABLE, Location(file), {"error": str(error)})]
    sheets = sheets_of(file, data)
    warnings: list[str] = []
    try:
        json = workbook_to_json(
            workbook_dict=data,
            form_name=None,
            fallback_form_name=path.stem,
            warnings=warnings,
        )
    except PyXFormError as error:
        return None, [pyxform_refusal(str(error), path, sheets)]
    refused, notes = check_conversion(path, json, sheets)
    form, problems = build(path, data, json, pyxform_warnings(warnings + notes, file, sheets))
    problems += check_form(form, sheets["survey"].describe_column)
    ours = {(problem.location.sheet, problem.location.row) for problem in problems}
    problems += [p for p in refused if (p.location.sheet, p.location.row) not in ours]
    return form, problems


def pyxform_refusal(message: str, path: Path, sheets: Mapping[str, SheetIndex]) -> FormProblem:
    """pyxform's refusal as our located problem (ours where we say it better)."""
    headers = {name: list(sheet.headers) for name, sheet in sheets.items()}
    located = header_refusal(message, path, headers)
    if located is not None:
        return located
    named = name_refusal(message, path.name, sheets)
    if named is not None:
        return named
    return FormProblem(
        strip_row_prefix(message), locate_pyxform_message(message, path.name, sheets)
    )


def sheets_of(file: str, data: DefinitionData) -> dict[str, SheetIndex]:
    """The sheets pyxform's messages may point into, by name."""
    return {
        sheet: SheetIndex(
            file, sheet, getattr(data, sheet) or [], _headers(getattr(data, f"{sheet}_header"))
        )
        for sheet in SHEETS
    }


def pyxform_warnings(
    warnings: list[str], file: str, sheets: Mapping[str, SheetIndex]
) -> list[FormProblem]:
    """pyxform's warnings, each located as its messages are."""
    return [
        FormProblem(
            PYXFORM_WARNING,
            locate_pyxform_message(warning, file, sheets),
            {"warning": strip_row_prefix(warning)},
        )
        for warning in dict.fromkeys(warnings)
    ]


def _headers(header_rows: list[Mapping[str, object]] | None) -> list[str]:
    return list(header_rows[0].keys()) if header_rows else []
