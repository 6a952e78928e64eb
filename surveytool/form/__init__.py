"""The questionnaire: an XLSForm workbook loaded into immutable, fully checked data.

``load(path) -> Form`` reads the workbook with pyxform, maps it to our model and checks
every expression; any defect raises ``FormError`` whose ``problems`` each name the file,
sheet, row and column.
"""

from __future__ import annotations

from pathlib import Path

from surveytool.common.errors import Location
from surveytool.form.errors import NO_FILE, FormError, FormProblem
from surveytool.form.model import (
    Choice,
    ChoiceList,
    Element,
    Expression,
    Form,
    Group,
    Language,
    Question,
    Repeat,
    Settings,
)
from surveytool.form.sheets import SheetIndex


def load(path: str | Path) -> Form:
    """Load and check an XLSForm workbook (.xlsx, .xls, or pyxform's .md)."""
    from surveytool.form import loading  # pyxform and openpyxl load only when a form is read

    path = Path(path)
    if not path.is_file():
        raise FormError([FormProblem(NO_FILE, Location(str(path)))])
    form, problems = loading.read(path)
    if problems or form is None:
        raise FormError(problems)
    return form


__all__ = [
    "Choice",
    "ChoiceList",
    "Element",
    "Expression",
    "Form",
    "FormError",
    "FormProblem",
    "Group",
    "Language",
    "Question",
    "Repeat",
    "Settings",
    "SheetIndex",
    "load",
]
