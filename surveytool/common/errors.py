"""The user's problems, kept apart from our bugs.

A ``UserError`` is something the person at the keyboard can fix (a bad form, a bad file):
it carries where the problem is and how to fix it, and is shown as a message, never as a
traceback. Anything else that escapes is our bug and goes to the log with an apology.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from surveytool.common.catalogue import SOURCE_LANGUAGE, Message, message

_SEPARATOR = message("location.separator", ", ")  # between the parts: "، " in Arabic
_FILE_PART = message("location.file", "{file}")
_SHEET_PART = message("location.sheet", "sheet '{sheet}'")
_ROW_PART = message("location.row", "row {row}")
_COLUMN_PART = message("location.column", "column {column}")
_LOCATED = message("location.located", "{where}: {problem}")


@dataclass(frozen=True, slots=True)
class Location:
    """Where in a file a problem sits; every part is optional because not every file has sheets."""

    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        return self.text()

    def text(self, language: str = SOURCE_LANGUAGE) -> str:
        """The location in words, in ``language`` ("persons.csv, row 12, column age")."""
        parts = []
        if self.file:
            parts.append(_FILE_PART.text(language, file=self.file))
        if self.sheet:
            parts.append(_SHEET_PART.text(language, sheet=self.sheet))
        if self.row is not None:
            parts.append(_ROW_PART.text(language, row=self.row))
        if self.column:
            parts.append(_COLUMN_PART.text(language, column=self.column))
        return _SEPARATOR.text(language).join(parts)


@dataclass(frozen=True, slots=True)
class Problem:
    """A catalogued message with its values: rendered in whichever language shows it.

    A value that is itself a ``Message``, a ``Problem`` or a ``Location`` (a status name, a
    part of a sentence, where something else is) renders in the same language, so a sentence
    never mixes two languages."""

    template: Message
    values: dict[str, object] = field(default_factory=dict)

    def text(self, language: str = SOURCE_LANGUAGE) -> str:
        values = {name: _in(language, value) for name, value in self.values.items()}
        return self.template.text(language, **values)


def _in(language: str, value: object) -> object:
    """``value`` as it reads in ``language``: catalogued texts rendered, the rest as given."""
    return value.text(language) if isinstance(value, Message | Problem | Location) else value


def located(location: Location, problem: str, language: str = SOURCE_LANGUAGE) -> str:
    """``problem`` (already in ``language``) after where it is: "form.xlsx, sheet 'survey',
    row 4: ..."; the problem alone when the location is empty."""
    where = location.text(language)
    return _LOCATED.text(language, where=where, problem=problem) if where else problem


class UserError(Exception):
    """A problem in the user's input, with its location; the message says how to fix it.

    ``message`` is a catalogued ``Message`` (its ``{placeholders}`` filled from ``values``)
    so that the window shows it in the interface language; plain text is accepted for texts
    that come from elsewhere (a library's own error) and is shown as it is."""

    def __init__(
        self, message: Message | str, location: Location | None = None, **values: object
    ) -> None:
        self.problem = message if isinstance(message, str) else Problem(message, values)
        self.location = location or Location()
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The problem in English (logs, and callers that show one language)."""
        return self.problem if isinstance(self.problem, str) else self.problem.text()

    def text(self, language: str = SOURCE_LANGUAGE) -> str:
        """The located problem in ``language``."""
        problem = self.problem if isinstance(self.problem, str) else self.problem.text(language)
        return located(self.location, problem, language)

    def __str__(self) -> str:
        return self.text()


def problem_record(error: UserError) -> str:
    """``error`` as JSON text that ``recorded_text`` renders again later in any language (a
    log kept in a store is read by people of several languages). Values that are not plain
    JSON (a nested message) are kept as their English text."""
    import json
    from dataclasses import asdict

    problem = error.problem
    if isinstance(problem, str):
        return problem
    values = {
        name: value if isinstance(value, int | float | str) else str(_in(SOURCE_LANGUAGE, value))
        for name, value in problem.values.items()
    }
    record = {
        "message": problem.template.id,
        "english": problem.template.english,
        "values": values,
        "location": asdict(error.location),
    }
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def recorded_text(record: str, language: str = SOURCE_LANGUAGE) -> str:
    """The text of a ``problem_record`` in ``language``; any other text as it is."""
    import json

    try:
        data = json.loads(record)
    except ValueError:
        return record
    if not isinstance(data, dict) or not {"message", "english", "values"} <= set(data):
        return record
    try:
        text = Message(str(data["message"]), str(data["english"])).text(
            language, **dict(data["values"])
        )
        return located(Location(**dict(data.get("location") or {})), text, language)
    except (KeyError, TypeError, ValueError, IndexError):
        return record
