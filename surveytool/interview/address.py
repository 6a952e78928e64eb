"""Where an answer lives: a question name and, inside a repeat, a stable instance id.

Instance ids never change when persons are removed or reordered (the position does), so
events recorded against ``persons#3/age`` keep meaning the same person forever.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TEXT = re.compile(
    r"(?:(?P<repeat>[A-Za-z_][\w.\-]*)#(?P<instance>\d+)/)?(?P<name>[A-Za-z_][\w.\-]*)"
)


@dataclass(frozen=True, slots=True, order=True)
class Address:
    name: str
    repeat: str | None = None
    instance: int | None = None

    def __str__(self) -> str:
        if self.repeat is None:
            return self.name
        return f"{self.repeat}#{self.instance}/{self.name}"

    @classmethod
    def parse(cls, text: str) -> Address:
        match = _TEXT.fullmatch(text.strip())
        if match is None:
            raise ValueError(f"not a question address: {text!r}")
        instance = match.group("instance")
        return cls(match.group("name"), match.group("repeat"), int(instance) if instance else None)
