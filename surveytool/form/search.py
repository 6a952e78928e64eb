"""The ``search()`` appearance: a select whose options are rows of a CSV beside the form.

ODK Collect's "dynamic selects from pre-loaded data": the question is ``select_one fruits``
with appearance ``search('fruits')``; the choices sheet's one row for ``fruits`` names the
CSV columns to use (``name`` holds the value column, ``label`` the label columns, ``image``
the image column). Optional arguments filter the rows as the enumerator reaches the
question::

    search('fruits', 'contains', 'name', ${typed})          # also matches, startswith, endswith
    search('fruits', 'matches', 'region', ${region}, 'kind', 'citrus')  # plus column = value

As in Collect: the search columns may be a comma-separated list (a row is kept when any of
them fits); comparisons ignore letter case (SQLite's LIKE); the last pair is an exact
``column = value`` filter; several label columns read "v1 (col2: v2) (col3: v3)"; rows are
ordered by a ``sortby`` column when the file has one; a value listed twice is shown once.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from surveytool.expr import ExprSyntaxError, compile_expression, parse
from surveytool.expr.scalar import Env
from surveytool.expr.values import to_string
from surveytool.form.model import Choice, Expression

SEARCH_KINDS = ("contains", "matches", "startswith", "endswith")
_CALL = re.compile(r"search\s*\((.*)\)", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Search:
    """A parsed ``search(...)`` appearance: the file, and how its rows are filtered."""

    file: str  # the instance name, e.g. "fruits" for fruits.csv
    kind: str = "contains"
    columns: tuple[str, ...] = ()  # searched columns; () means no search, every row
    value: Expression | None = None
    filter_column: str | None = None
    filter_value: Expression | None = None

    def expressions(self) -> tuple[Expression, ...]:
        return tuple(e for e in (self.value, self.filter_value) if e is not None)

    def keeps(self, row: Mapping[str, str], value: str, filter_value: str) -> bool:
        """Is a row (its columns as text) kept, given the evaluated value arguments?"""
        if self.columns and not any(
            _fits(self.kind, str(row.get(column, "")), value) for column in self.columns
        ):
            return False
        return self.filter_column is None or str(row.get(self.filter_column, "")) == filter_value


def _fits(kind: str, text: str, value: str) -> bool:
    text, value = text.casefold(), value.casefold()
    if kind == "matches":
        return text == value
    if kind == "startswith":
        return text.startswith(value)
    if kind == "endswith":
        return text.endswith(value)
    return value in text


class SearchError(ValueError):
    """The appearance's search() cannot be read; ``reason`` says why, in English."""


def parse_search(appearance: str | None) -> Search | None:
    """The ``search(...)`` of an appearance (other words may stand beside it), or None."""
    if not appearance or "search" not in appearance:
        return None
    match = _CALL.search(appearance)
    if match is None:
        return None
    arguments = _split_arguments(match.group(1))
    if len(arguments) not in (1, 4, 6):
        raise SearchError(f"search() takes 1, 4 or 6 arguments, not {len(arguments)}")
    parsed = [_argument(text) for text in arguments]
    file = _literal(parsed[0], "the file name")
    if len(parsed) == 1:
        return Search(file)
    kind = _literal(parsed[1], "the kind of search").lower()
    if kind not in SEARCH_KINDS:
        raise SearchError(f"the kind of search is one of {', '.join(SEARCH_KINDS)}, not {kind!r}")
    columns = tuple(c.strip() for c in _literal(parsed[2], "the column").split(",") if c.strip())
    search = Search(file, kind, columns, parsed[3])
    if len(parsed) == 6:
        column = _literal(parsed[4], "the filter column").strip()
        return Search(file, kind, columns, parsed[3], column, parsed[5])
    return search


def _split_arguments(text: str) -> list[str]:
    """Split at the commas outside quotes and brackets."""
    parts: list[str] = []
    current: list[str] = []
    depth, quote = 0, ""
    for char in text:
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char in "({":
            depth += 1
        elif char in ")}":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append("".join(current).strip())
            current = []
            continue
        current.append(char)
    parts.append("".join(current).strip())
    return [part for part in parts if part] if parts != [""] else []


def _argument(text: str) -> Expression:
    try:
        return Expression(text, parse(text))
    except ExprSyntaxError as error:
        raise SearchError(f"{text!r} is not an expression: {error.reason}") from error


def _literal(expression: Expression, what: str) -> str:
    source = expression.source.strip()
    if len(source) >= 2 and source[0] == source[-1] and source[0] in "'\"":
        return source[1:-1]
    raise SearchError(f"{what} must be written in quotes, not {source!r}")


def searched(search: Search | None, choices: Sequence[Choice], env: Env) -> list[Choice]:
    """The choices a ``search()`` keeps, its value arguments evaluated in ``env`` (the
    question's place in the case): every choice when there is no search."""
    if search is None:
        return list(choices)
    value, filter_value = _text(search.value, env), _text(search.filter_value, env)
    return [choice for choice in choices if search.keeps(choice.filters, value, filter_value)]


def _text(expression: Expression | None, env: Env) -> str:
    if expression is None:
        return ""
    result = compile_expression(expression.source)(env)
    return "" if isinstance(result, list) else to_string(result)
