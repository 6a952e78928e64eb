"""The instance ids of every roster of one case: a repeat's instances per enclosing instance.

A top-level repeat has one roster (the household's persons); a repeat inside a repeat has
one per enclosing instance (each person's trips), keyed by the enclosing instances' ids.
Ids are stable and numbered per roster, positions are the order of the list. Kept apart
from ``engine.py``: this is bookkeeping, the engine decides what to recompute.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from surveytool.interview.address import Address, Path, roster_key
from surveytool.interview.graph import FormGraph

Uids = tuple[int, ...]  # instance ids along a chain of repeats, outermost first


class Rosters:
    """Every roster of one case. A roster not made yet (a person without trips) is empty."""

    __slots__ = ("_graph", "_ids")

    def __init__(self, graph: FormGraph) -> None:
        self._graph = graph
        self._ids: dict[tuple[str, Uids], list[int]] = {
            (name, ()): [] for name in graph.repeats if not graph.chain[name]
        }

    # -- reading ----------------------------------------------------------------------------
    def of(self, repeat: str, parent: Uids = ()) -> list[int]:
        """The ids of ``repeat``'s instances inside the enclosing instances ``parent``."""
        found = self._ids.get((repeat, parent))
        return found if found is not None else []

    def paths(self, chain: tuple[str, ...], prefix: Uids = ()) -> list[Uids]:
        """Every existing instance path along ``chain`` that starts with ``prefix``, in
        questionnaire order (a person's trips after the person, before the next person)."""
        depth = len(chain)
        if len(prefix) >= depth:
            return [prefix[:depth]]
        if depth == 1:  # the common case, kept quick: a top-level roster
            return [(uid,) for uid in self.of(chain[0])]
        found = [prefix]
        for level in range(len(prefix), depth):
            repeat = chain[level]
            found = [(*path, uid) for path in found for uid in self.of(repeat, path)]
        return found

    def path_of(self, repeat: str, parent: Uids) -> Path:
        """``parent`` (the ids enclosing ``repeat``'s roster) with the repeats' names."""
        return tuple(zip(self._graph.chain[repeat], parent, strict=True))

    def exists(self, address: Address) -> bool:
        """Does every instance along the address's path exist?"""
        path = address.path
        for depth, (repeat, uid) in enumerate(path):
            if uid not in self.of(repeat, tuple(u for _, u in path[:depth])):
                return False
        return True

    def items(self) -> Iterator[tuple[str, Uids, list[int]]]:
        for (repeat, parent), ids in self._ids.items():
            yield repeat, parent, ids

    # -- changing ---------------------------------------------------------------------------
    def add(self, repeat: str, parent: Uids, instance: int | None = None) -> int:
        ids = self._ids.setdefault((repeat, parent), [])
        uid = instance if instance is not None else max(ids, default=0) + 1
        if uid in ids:
            key = roster_key(repeat, self.path_of(repeat, parent))
            raise ValueError(f"instance {uid} of '{key}' exists already")
        ids.append(uid)
        return uid

    def remove(self, repeat: str, parent: Uids, instance: int) -> None:
        """Drop an instance and every roster inside it (its trips, their visits, ...)."""
        self.of(repeat, parent).remove(instance)
        path = (*parent, instance)
        inside = (*self._graph.chain[repeat], repeat)
        chain = self._graph.chain
        for key in [
            key
            for key in self._ids
            if key[1][: len(path)] == path and chain[key[0]][: len(inside)] == inside
        ]:
            del self._ids[key]

    def move(self, repeat: str, parent: Uids, instance: int, position: int) -> None:
        ids = self.of(repeat, parent)
        ids.remove(instance)
        ids.insert(max(0, min(position - 1, len(ids))), instance)

    # -- storing ----------------------------------------------------------------------------
    def as_text(self) -> dict[str, list[int]]:
        """Roster key -> ids, as snapshots store them: ``persons`` (every top-level repeat,
        even empty), ``persons#3/trips`` (a nested roster, once it exists)."""
        return {
            roster_key(repeat, self.path_of(repeat, parent)): list(ids)
            for (repeat, parent), ids in self._ids.items()
        }

    def load(self, stored: Mapping[str, list[int]]) -> None:
        """Take the rosters of a snapshot or a replay (keys as ``as_text`` writes them);
        rosters of repeats the form does not have are ignored, as answers to them are."""
        for key, ids in stored.items():
            address = Address.parse(key)  # "persons#3/trips" reads as trips inside persons#3
            repeat, parent = address.name, address.path
            if repeat not in self._graph.repeats:
                continue
            if tuple(name for name, _ in parent) != self._graph.chain[repeat]:
                continue
            self._ids[(repeat, tuple(uid for _, uid in parent))] = list(ids)


def parent_ids(outer: Path) -> Uids:
    return tuple(uid for _, uid in outer)
