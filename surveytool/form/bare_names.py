"""A bare name that names nothing in the form (``null``, ``yes``) reads as empty, as in ODK.

In XPath a bare name is a path: ``null`` in ``if(${unit} = 'months', ${n} * 30, null)`` is the
child element ``null`` of the question, which does not exist, so ODK Collect reads it as an
empty node-set (the empty text, NaN as a number). Real forms write ``null`` meaning exactly
that (the WHO verbal autopsy form does), and sometimes ``yes`` meaning the text 'yes', which
ODK also reads as empty. Refusing them would refuse forms ODK runs; so the name becomes the
empty text in the parsed tree (the written text is kept for messages), and a located warning
says so, with what to write instead.

A bare name that *is* a question of the form (``age > 1``) is still refused by
``surveytool.form.checks``: the author forgot ``${}``, and ODK would read it as empty too,
silently. A ``choice_filter`` reads bare names as columns of the choice list: left alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from surveytool.common.catalogue import message
from surveytool.expr.ast import Binary, Call, Literal, Name, Node, Unary
from surveytool.form.errors import FormProblem
from surveytool.form.model import Element, Expression, Group

EMPTY_NAME = message(
    "form.check.empty_name",
    "the {column} of '{element}' uses the bare name '{name}', which names nothing in the "
    "form: ODK reads it as empty, and so does surveytool; write '' for empty, or '{name}' "
    "in quotes for that text",
)
_COLUMNS = ("relevant", "constraint", "required", "calculation", "repeat_count")


def empty_bare_names(
    children: tuple[Element, ...], describe_column: Callable[[str], str | None]
) -> tuple[tuple[Element, ...], list[FormProblem]]:
    """The elements with each bare name that names no element read as ''; a warning each."""
    known = _names(children)
    warnings: list[FormProblem] = []

    def element(item: Element) -> Element:
        changes: dict[str, object] = {}
        for column in _COLUMNS:
            expression = getattr(item, column, None)
            if not isinstance(expression, Expression):
                continue
            strays = sorted(set(_strays(expression.tree, known)))
            if not strays:
                continue
            changes[column] = Expression(expression.source, _emptied(expression.tree, known))
            for name in strays:
                where = replace(item.location, column=describe_column(column))
                values: dict[str, object] = {"column": column, "element": item.name, "name": name}
                warnings.append(FormProblem(EMPTY_NAME, where, values))
        if isinstance(item, Group):
            changes["children"] = tuple(element(child) for child in item.children)
        return replace(item, **changes) if changes else item  # type: ignore[arg-type]

    return tuple(element(child) for child in children), warnings


def _strays(node: Node, known: set[str]) -> list[str]:
    """Bare names outside ``known``, through operators and function arguments only (a
    predicate of a path into a secondary instance reads that instance's columns)."""
    if isinstance(node, Name):
        return [] if node.name in known else [node.name]
    if isinstance(node, Unary):
        return _strays(node.operand, known)
    if isinstance(node, Binary):
        return _strays(node.left, known) + _strays(node.right, known)
    if isinstance(node, Call):
        return [name for arg in node.args for name in _strays(arg, known)]
    return []


def _emptied(node: Node, known: set[str]) -> Node:
    if isinstance(node, Name):
        return node if node.name in known else Literal("")
    if isinstance(node, Unary):
        return Unary(node.op, _emptied(node.operand, known))
    if isinstance(node, Binary):
        return Binary(node.op, _emptied(node.left, known), _emptied(node.right, known))
    if isinstance(node, Call):
        return Call(node.name, tuple(_emptied(arg, known) for arg in node.args))
    return node


def _names(children: tuple[Element, ...]) -> set[str]:
    found: set[str] = set()
    for item in children:
        found.add(item.name)
        if item.sheet_name:
            found.add(item.sheet_name)
        if isinstance(item, Group):
            found |= _names(item.children)
    return found
