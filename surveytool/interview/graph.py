"""The form's dependency graph, built once per form: who must be recomputed after an answer.

Edges run from a name to every element whose relevance, calculation, constraint, required
condition, choice filter or repeat count reads it, and from a group to everything inside it
(relevance is inherited). Labels that pipe a name are listed apart (``piped_by``): they
change what the screen shows, never what must be recomputed. A topological rank orders
recomputation so each element is recomputed at most once per answer.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass
from functools import cache

from surveytool.expr import ref_uses
from surveytool.expr.scalar import Compiled, compile_node
from surveytool.form.checks import expressions_of
from surveytool.form.model import Element, Form, Group, Question, Repeat

_PIPED = re.compile(r"\$\{\s*([^}\s]+)\s*\}")


@dataclass(frozen=True, slots=True)
class Dependent:
    name: str
    aggregated: bool  # reads the name through count()/sum(): every instance is affected


@dataclass(frozen=True)
class FormGraph:
    form: Form
    elements: dict[str, Element]
    order: tuple[str, ...]  # sheet order
    parent: dict[str, str | None]
    repeat_of: dict[str, str | None]  # the repeat whose instances hold the element
    dependents: dict[str, tuple[Dependent, ...]]
    rank: dict[str, int]
    repeats: frozenset[str]
    compiled: dict[str, dict[str, Compiled]]
    piped_by: dict[str, tuple[str, ...]]  # name -> elements whose texts show it

    def in_repeat(self, name: str) -> str | None:
        return self.repeat_of.get(name)

    def descendants(self, name: str) -> list[str]:
        element = self.elements[name]
        if not isinstance(element, Group):
            return []
        found: list[str] = []
        for child in element.children:
            found.append(child.name)
            found += self.descendants(child.name)
        return found


@cache
def graph_of(form: Form) -> FormGraph:
    elements = {element.name: element for element in form.walk()}
    order = tuple(elements)
    parent: dict[str, str | None] = {}
    repeat_of: dict[str, str | None] = {}
    _index(form.children, None, None, parent, repeat_of)
    reads: dict[str, list[Dependent]] = {name: [] for name in order}
    # Labels are not values: piping feeds screen refreshes, never recomputation order.
    piped_by: dict[str, list[str]] = {name: [] for name in order}
    for element in elements.values():
        for _, expression in expressions_of(element):
            for name, aggregated in ref_uses(expression.tree):
                if name in reads:
                    reads[name].append(Dependent(element.name, aggregated))
        for name in _piped_names(element):
            if name in piped_by:
                piped_by[name].append(element.name)
        owner = parent.get(element.name)
        if owner is not None:
            reads[owner].append(Dependent(element.name, False))
    dependents = {name: tuple(dict.fromkeys(found)) for name, found in reads.items()}
    rank = _topological_rank(order, dependents)
    repeats = frozenset(name for name, e in elements.items() if isinstance(e, Repeat))
    compiled = {
        name: {column: compile_node(e.tree) for column, e in expressions_of(element)}
        for name, element in elements.items()
    }
    piped = {name: tuple(found) for name, found in piped_by.items()}
    return FormGraph(
        form, elements, order, parent, repeat_of, dependents, rank, repeats, compiled, piped
    )


def _index(
    elements: tuple[Element, ...],
    owner: str | None,
    repeat: str | None,
    parent: dict[str, str | None],
    repeat_of: dict[str, str | None],
) -> None:
    for element in elements:
        parent[element.name] = owner
        repeat_of[element.name] = repeat
        if isinstance(element, Group):
            inner = element.name if isinstance(element, Repeat) else repeat
            _index(element.children, element.name, inner, parent, repeat_of)


def _piped_names(element: Element) -> set[str]:
    texts = list(element.label.values())
    if isinstance(element, Question):
        texts += list(element.hint.values()) + list(element.constraint_message.values())
    return {name for text in texts for name in _PIPED.findall(text)}


def _topological_rank(
    order: tuple[str, ...], dependents: dict[str, tuple[Dependent, ...]]
) -> dict[str, int]:
    """Kahn's algorithm, ties broken by sheet order; a cycle (refused at load) keeps sheet order."""
    position = {name: index for index, name in enumerate(order)}
    incoming = dict.fromkeys(order, 0)
    for found in dependents.values():
        for dependent in found:
            incoming[dependent.name] += 1
    ready = [(position[name], name) for name, count in incoming.items() if count == 0]
    heapq.heapify(ready)
    rank: dict[str, int] = {}
    while ready:
        _, name = heapq.heappop(ready)
        rank[name] = len(rank)
        for dependent in dependents[name]:
            incoming[dependent.name] -= 1
            if incoming[dependent.name] == 0:
                heapq.heappush(ready, (position[dependent.name], dependent.name))
    for name in order:
        rank.setdefault(name, len(rank))
    return rank
