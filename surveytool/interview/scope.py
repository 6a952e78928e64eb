"""What an expression sees when evaluated for one element and instance.

``${name}`` resolves to the same person's answer inside a repeat, to the household's
answer outside; ``count()``/``sum()`` see one value per instance. Values are the effective
ones: an irrelevant question reads as unanswered.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from surveytool.expr.values import Value
from surveytool.interview.address import Address

if TYPE_CHECKING:
    from surveytool.interview.engine import Interview


class Scope(Mapping[str, "Value | list[Value]"]):
    __slots__ = ("_instance", "_interview", "_repeat")

    def __init__(self, interview: Interview, repeat: str | None, instance: int | None) -> None:
        self._interview = interview
        self._repeat = repeat
        self._instance = instance

    def get(self, name: str, default: object = "") -> Value | list[Value]:
        interview = self._interview
        repeat = interview.graph.repeat_of.get(name)
        if repeat is None:
            return interview.effective.get(Address(name), "")
        if repeat == self._repeat:
            return interview.effective.get(Address(name, repeat, self._instance), "")
        return RepeatValues(interview).get(name, "")

    def __getitem__(self, name: str) -> Value | list[Value]:
        return self.get(name)

    def __iter__(self) -> Iterator[str]:
        return iter(self._interview.graph.order)

    def __len__(self) -> int:
        return len(self._interview.graph.order)


class RepeatValues(Mapping[str, "list[Value]"]):
    """For count()/sum(): a repeat's name or any name inside a repeat -> one value per instance."""

    __slots__ = ("_interview",)

    def __init__(self, interview: Interview) -> None:
        self._interview = interview

    def __contains__(self, name: object) -> bool:
        graph = self._interview.graph
        return isinstance(name, str) and (
            name in graph.repeats or graph.repeat_of.get(name) is not None
        )

    def get(self, name: str, default: object = None) -> list[Value]:
        interview = self._interview
        graph = interview.graph
        if name in graph.repeats:
            return [""] * len(interview.instances(name))
        repeat = graph.repeat_of[name]
        assert repeat is not None
        effective = interview.effective
        return [
            effective.get(Address(name, repeat, uid), "") for uid in interview.instances(repeat)
        ]

    def __getitem__(self, name: str) -> list[Value]:
        if name not in self:
            raise KeyError(name)
        return self.get(name)

    def __iter__(self) -> Iterator[str]:
        return iter(name for name in self._interview.graph.order if name in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)
