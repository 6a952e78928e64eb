"""Errors of the expression engine: ValueErrors, so callers treat them as bad input."""

from __future__ import annotations


class ExprError(ValueError):
    """An expression that cannot be parsed or evaluated; the message says what and where."""


class ExprSyntaxError(ExprError):
    """The text is not a well-formed expression (or uses an unknown function or wrong arity)."""

    def __init__(self, message: str, expression: str, position: int) -> None:
        pointer = f"{expression}\n{' ' * position}^"
        super().__init__(f"{message} at character {position + 1}:\n{pointer}")
        self.expression = expression
        self.position = position
        self.reason = message
