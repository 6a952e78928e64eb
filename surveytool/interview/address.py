"""Where an answer lives: a question name and, inside repeats, the stable instance ids.

Instance ids never change when persons are removed or reordered (the position does), so
events recorded against ``persons#3/age`` keep meaning the same person forever. Inside a
repeat in a repeat the address is a path: ``persons#3/trips#2/destination`` is the
destination of the second trip of the third person; trip ids are numbered per person.

The text of a one-level address is exactly what it always was (stores written before
nested repeats read unchanged): ``repeat`` and ``instance`` name the innermost instance,
``outer`` the enclosing ones, outermost first, and is empty outside nested repeats.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NAME = r"[A-Za-z_][\w.\-]*"
_TEXT = re.compile(rf"(?P<steps>(?:{_NAME}#\d+/)*)(?P<name>{_NAME})")
_STEP = re.compile(rf"({_NAME})#(\d+)/")

Step = tuple[str, int]  # (repeat, instance id)
Path = tuple[Step, ...]  # enclosing instances, outermost first


@dataclass(frozen=True, slots=True, order=True)
class Address:
    name: str
    repeat: str | None = None
    instance: int | None = None
    outer: Path = ()  # the instances enclosing ``repeat``'s, outermost first

    def __str__(self) -> str:
        if self.repeat is None:
            return self.name
        if not self.outer:
            return f"{self.repeat}#{self.instance}/{self.name}"
        return f"{path_text(self.path)}/{self.name}"

    @property
    def path(self) -> Path:
        """Every enclosing instance, outermost first (empty outside repeats)."""
        if self.repeat is None or self.instance is None:
            return ()
        return (*self.outer, (self.repeat, self.instance))

    @property
    def instances(self) -> tuple[int, ...]:
        """The instance ids of ``path``, outermost first."""
        return tuple(uid for _, uid in self.path)

    @property
    def roster(self) -> str | None:
        """The roster key of the instance holding this answer (``roster_key``), or None."""
        if self.repeat is None:
            return None
        return roster_key(self.repeat, self.outer)

    @classmethod
    def at(cls, name: str, path: Path) -> Address:
        """The address of ``name`` inside the instances of ``path``."""
        if not path:
            return cls(name)
        repeat, instance = path[-1]
        return cls(name, repeat, instance, path[:-1])

    @classmethod
    def parse(cls, text: str) -> Address:
        match = _TEXT.fullmatch(text.strip())
        if match is None:
            raise ValueError(f"not a question address: {text!r}")
        steps = tuple((repeat, int(uid)) for repeat, uid in _STEP.findall(match.group("steps")))
        return cls.at(match.group("name"), steps)


def path_text(path: Path) -> str:
    """``persons#3/trips#2``: a path as addresses and roster events write it."""
    return "/".join(f"{repeat}#{uid}" for repeat, uid in path)


def roster_key(repeat: str, outer: Path = ()) -> str:
    """The key of one roster: the repeat's name at the top (``persons``), else the enclosing
    instances' path before it (``persons#3/trips``). Snapshots and roster events use it."""
    return f"{path_text(outer)}/{repeat}" if outer else repeat


def parse_roster_event(path: str) -> tuple[str, int]:
    """A roster event's path (``persons#3`` or ``persons#3/trips#2``) as (roster key, id)."""
    key, _, uid = path.rpartition("#")
    return key, int(uid)
