"""Form problems: every one names the file, sheet, row and column, and says how to fix it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from surveytool.common.errors import Location, UserError


@dataclass(frozen=True, slots=True)
class FormProblem:
    message: str
    location: Location

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


class FormError(UserError):
    """The form cannot be used; ``problems`` lists every defect found, each located."""

    def __init__(self, problems: Sequence[FormProblem]) -> None:
        self.problems = tuple(problems)
        first = self.problems[0] if self.problems else FormProblem("invalid form", Location())
        super().__init__(first.message, first.location)

    def __str__(self) -> str:
        count = len(self.problems)
        header = f"The form has {count} problem{'s' if count != 1 else ''}:"
        return "\n".join([header, *(f"  {problem}" for problem in self.problems)])
