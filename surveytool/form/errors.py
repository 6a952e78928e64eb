"""Form problems: every one names the file, sheet, row and column, and says how to fix it.

A problem keeps its catalogued message and values, so the command line prints it in English
and the window in the interface language. The loader's texts (``xlsform.py``, ``render.py``,
``load``) are declared here, beside the problem type; ``checks.py`` declares its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from surveytool.common.catalogue import SOURCE_LANGUAGE, Message, message
from surveytool.common.errors import Location, Problem, UserError, located

NO_FILE = message("form.file.missing", "no such file")
UNREADABLE = message("form.workbook.unreadable", "cannot read the workbook: {error}")
BAD_EXPRESSION = message(
    "form.expression.invalid",
    "the {column} expression is not valid: {reason} at character {position} of {text}",
)
LEVEL_NAMES = message(
    "form.settings.level_names", "level_names: write each repeat as 'repeat:level', not {item}"
)
SURVEY_KEY = message(
    "form.settings.survey_key",
    "survey_key: name the 4 variables of the key (country, round, cluster, household), not {count}",
)
UNSUPPORTED_TYPE = message(
    "form.type.unsupported",
    "question type '{type}' is not supported by surveytool; use one of: integer, decimal, "
    "text, select_one, select_multiple, date, calculate, note",
)
FILE_LIST = message(
    "form.type.file_list", "select_one_from_file '{itemset}': only .csv files are supported"
)
NO_CHOICE_LIST = message(
    "form.choices.missing",
    "the choice list '{file}' of '{question}' is neither on the choices sheet nor a built-in "
    "list (iso3166.csv, iso4217.csv, isco08.csv, isic4.csv) nor a CSV file beside the form",
)
UNSUPPORTED_KEY = message("form.column.unsupported_key", "'{key}' is not supported by surveytool")
UNSUPPORTED_COLUMN = message(
    "form.column.unsupported", "the column '{key}' is not supported by surveytool: remove it"
)
IGNORED_COLUMN = message("form.column.ignored", "column ignored")
PYXFORM_FAILED = message(
    "form.pyxform.failed",
    "pyxform, the converter ODK tools use, failed on this workbook ({error}): the form cannot "
    "be used by ODK tools either; simplify the rows changed last",
)
DUPLICATE_HEADER = message(
    "form.header.duplicate",
    "the column header '{header}' is written twice on the header row (columns {first} and "
    "{second}): rename or remove one",
)
HEADER_ALIASES = message(
    "form.header.aliases",
    "the columns {first} and {second} are two spellings of the same XLSForm column: keep one",
)
PYXFORM_WARNING = message("form.pyxform.warning", "pyxform: {warning}")
PIPE_IN_CELL = message(
    "form.render.pipe_in_cell", "a cell contains '|', which the text rendering cannot hold"
)
_INVALID = message("form.error.invalid", "invalid form")
_HEADER_ONE = message("form.error.header_one", "The form has 1 problem:")
_HEADER = message("form.error.header", "The form has {count} problems:")


@dataclass(frozen=True, slots=True)
class FormProblem:
    """One located defect. ``told`` is a catalogued message whose placeholders ``values``
    fill, or plain text: what another tool said (pyxform's own message) or a text a caller
    rendered already."""

    told: Message | str
    location: Location
    values: dict[str, object] = field(default_factory=dict, hash=False)

    @property
    def message(self) -> str:
        """The problem in English, without its location."""
        return self.problem_text()

    def problem_text(self, language: str = SOURCE_LANGUAGE) -> str:
        """The problem in ``language``, without its location."""
        if isinstance(self.told, str):
            return self.told
        return Problem(self.told, self.values).text(language)

    def text(self, language: str = SOURCE_LANGUAGE) -> str:
        """The located problem in ``language``."""
        return located(self.location, self.problem_text(language), language)

    def __str__(self) -> str:
        return self.text()


class FormError(UserError):
    """The form cannot be used; ``problems`` lists every defect found, each located."""

    def __init__(self, problems: Sequence[FormProblem]) -> None:
        self.problems = tuple(problems)
        first = self.problems[0] if self.problems else FormProblem(_INVALID, Location())
        super().__init__(first.told, first.location, **first.values)

    def text(self, language: str = SOURCE_LANGUAGE) -> str:
        """Every problem, located, in ``language``, under a line that counts them."""
        count = len(self.problems)
        header = (_HEADER_ONE if count == 1 else _HEADER).text(language, count=count)
        return "\n".join([header, *(f"  {problem.text(language)}" for problem in self.problems)])

    def __str__(self) -> str:
        return self.text()
