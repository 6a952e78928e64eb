"""What an expression sees when evaluated for one element and instance.

``${name}`` resolves from the nearest enclosing instance, as XPath's relative reference
pyxform writes (``../age``): the same person's answer inside the person's repeat, the
person's answer from inside one of the person's trips, the household's answer outside
repeats. A name the context is not inside reads as its roster's values (a list), as do
names inside ``count()``/``sum()``: every instance inside the innermost instance enclosing
both (a person's trips from the person; every trip from the household;
``graph.shared_depth``). Values are the effective ones: an irrelevant question reads as
unanswered.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from surveytool.expr.values import Value
from surveytool.interview.address import Address
from surveytool.interview.graph import shared_depth

if TYPE_CHECKING:
    from surveytool.interview.engine import Interview


class Scope(Mapping[str, "Value | list[Value]"]):
    """The answers as an expression evaluated at ``address`` reads them; also its
    ``indexed-repeat()`` reader (``expr.hooks.RepeatReader``)."""

    __slots__ = ("_address", "_interview")

    def __init__(self, interview: Interview, address: Address) -> None:
        self._interview = interview
        self._address = address

    def get(self, name: str, default: object = "") -> Value | list[Value]:
        interview = self._interview
        chain = interview.graph.chain.get(name)
        if not chain:
            return interview.effective.get(interview._address(name, ()), "")
        address = self._address
        if len(chain) == 1 and chain[0] == address.repeat and not address.outer:  # quick
            instance = address.instance
            if instance is None:  # the repeat named without an instance: nothing to read
                return ""
            return interview.effective.get(interview._address(name, (instance,)), "")
        path = address.path
        if tuple(repeat for repeat, _ in path[: len(chain)]) == chain and (
            name not in interview.graph.repeats
        ):
            uids = tuple(uid for _, uid in path)
            return interview.effective.get(interview._address(name, uids), "")
        return RepeatValues(interview, address).get(name, "")

    def __getitem__(self, name: str) -> Value | list[Value]:
        return self.get(name)

    def __iter__(self) -> Iterator[str]:
        return iter(self._interview.graph.order)

    def __len__(self) -> int:
        return len(self._interview.graph.order)

    def indexed_repeat(self, name: str, steps: Sequence[tuple[str, int]]) -> Value:
        """``name`` in the instance each repeat's index reaches (1-based; below 1 reads 1).

        A repeat the expression does not name is the evaluation's own instance of it
        (JavaRosa contextualises the reference so), else its first instance; an index past
        the last instance is blank."""
        interview = self._interview
        chain = interview.graph.chain.get(name)
        if chain is None:
            return ""
        given = dict(steps)
        own = dict(self._address.path)
        uids: tuple[int, ...] = ()
        for repeat in chain:
            ids = interview.rosters.of(repeat, uids)
            if repeat in given:
                index = max(1, int(given[repeat]))
                if index > len(ids):
                    return ""
                uids = (*uids, ids[index - 1])
            elif own.get(repeat) in ids:
                uids = (*uids, own[repeat])
            elif ids:
                uids = (*uids, ids[0])
            else:
                return ""
        return interview.effective.get(interview._address(name, uids), "")


class RepeatValues(Mapping[str, "list[Value]"]):
    """For count()/sum(): a repeat's name or any name inside a repeat -> one value per instance
    inside the innermost instance enclosing both it and the ``address`` evaluated."""

    __slots__ = ("_address", "_interview")

    def __init__(self, interview: Interview, address: Address | None = None) -> None:
        self._interview = interview
        self._address = address

    def __contains__(self, name: object) -> bool:
        graph = self._interview.graph
        return isinstance(name, str) and (
            name in graph.repeats or graph.repeat_of.get(name) is not None
        )

    def get(self, name: str, default: object = None) -> list[Value]:
        interview = self._interview
        graph = interview.graph
        is_repeat = name in graph.repeats
        chain = (*graph.chain[name], name) if is_repeat else graph.chain[name]
        path = self._address.path if self._address is not None else ()
        if len(chain) == 1 and len(path) <= 1:
            prefix: tuple[int, ...] = ()  # one level: the whole roster, as always
        else:
            depth = shared_depth(chain, tuple(repeat for repeat, _ in path), True)
            prefix = tuple(uid for _, uid in path[:depth])
        paths = interview.rosters.paths(chain, prefix)
        if is_repeat:
            return [""] * len(paths)
        effective = interview.effective
        return [effective.get(interview._address(name, uids), "") for uids in paths]

    def __getitem__(self, name: str) -> list[Value]:
        if name not in self:
            raise KeyError(name)
        return self.get(name)

    def __iter__(self) -> Iterator[str]:
        return iter(name for name in self._interview.graph.order if name in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)
