"""The form's dependency graph, built once per form: who must be recomputed after an answer.

Edges run from a name to every element whose relevance, calculation, constraint, required
condition, choice filter or repeat count reads it, and from a group to everything inside it
(relevance is inherited). Labels that pipe a name are listed apart (``piped_by``): they
change what the screen shows, never what must be recomputed. A topological rank orders
recomputation so each element is recomputed at most once per answer.

Repeats may sit inside repeats: ``chain`` lists the repeats holding an element, outermost
first, and each edge says how many of those instances the two ends share (``depth``), so
an answer recomputes its own person's trips, not every trip of the household.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass
from functools import cache

from surveytool.expr import ref_uses, walk
from surveytool.expr.ast import Call, Node
from surveytool.expr.scalar import Compiled, compile_node
from surveytool.form.checks import expressions_of
from surveytool.form.model import Element, Form, Group, Question, Repeat

_PIPED = re.compile(r"\$\{\s*([^}\s]+)\s*\}")


@dataclass(frozen=True, slots=True)
class Dependent:
    name: str
    aggregated: bool  # reads the name through count()/sum(): every instance is affected
    #: how many leading instances of the dependent's ``chain`` must equal the source's for
    #: the dependent to read it (0: every instance of the dependent reads it)
    depth: int = 0


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
    #: the repeats whose instances hold the element, outermost first (for a repeat: the
    #: repeats around it, not itself)
    chain: dict[str, tuple[str, ...]]

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
    chain: dict[str, tuple[str, ...]] = {}
    _index(form.children, None, (), parent, chain)
    repeat_of = {name: (found[-1] if found else None) for name, found in chain.items()}
    repeat_names = {name for name, e in elements.items() if isinstance(e, Repeat)}
    reads: dict[str, list[Dependent]] = {name: [] for name in order}
    # Labels are not values: piping feeds screen refreshes, never recomputation order.
    piped_by: dict[str, list[str]] = {name: [] for name in order}
    for element in elements.values():
        for _, expression in expressions_of(element):
            by_number = _indexed(expression.tree)
            for name, aggregated in ref_uses(expression.tree):
                if name in reads:
                    # a repeat's name stands for its instances: one level deeper than it
                    source = (*chain[name], name) if name in repeat_names else chain[name]
                    depth = shared_depth(source, chain[element.name], aggregated)
                    if name in by_number:  # indexed-repeat() may read any instance
                        depth = 0
                    reads[name].append(Dependent(element.name, aggregated, depth))
        for name in _piped_names(element):
            if name in piped_by:
                piped_by[name].append(element.name)
        owner = parent.get(element.name)
        if owner is not None:
            reads[owner].append(Dependent(element.name, False, len(chain[owner])))
    dependents = {name: tuple(dict.fromkeys(found)) for name, found in reads.items()}
    rank = _topological_rank(order, dependents)
    repeats = frozenset(name for name, e in elements.items() if isinstance(e, Repeat))
    compiled = {
        name: {column: compile_node(e.tree) for column, e in expressions_of(element)}
        for name, element in elements.items()
    }
    piped = {name: tuple(found) for name, found in piped_by.items()}
    return FormGraph(
        form,
        elements,
        order,
        parent,
        repeat_of,
        dependents,
        rank,
        repeats,
        compiled,
        piped,
        chain,
    )


def shared_depth(source: tuple[str, ...], reader: tuple[str, ...], aggregated: bool) -> int:
    """How many enclosing instances a reader shares with the values it reads.

    ``${name}`` read as one value (its chain encloses the reader) is the nearest enclosing
    instance's: all of ``source``. Read as several (through count()/sum(), or from outside
    its repeat), it is every instance of its roster inside the innermost instance enclosing
    both: a person's trips from the person, the whole roster from the household (and, as
    one-level forms always read it, from inside the roster itself)."""
    if not aggregated and reader[: len(source)] == source:
        return len(source)
    depth = 0
    for one, other in zip(source[:-1], reader, strict=False):
        if one != other:
            break
        depth += 1
    return depth


def _indexed(tree: Node) -> set[str]:
    """The names an expression reads through indexed-repeat(), by instance number."""
    return {
        name
        for node in walk(tree)
        if isinstance(node, Call) and node.name == "indexed-repeat"
        for arg in node.args
        for name, _ in ref_uses(arg)
    }


def _index(
    elements: tuple[Element, ...],
    owner: str | None,
    repeats: tuple[str, ...],
    parent: dict[str, str | None],
    chain: dict[str, tuple[str, ...]],
) -> None:
    for element in elements:
        parent[element.name] = owner
        chain[element.name] = repeats
        if isinstance(element, Group):
            inner = (*repeats, element.name) if isinstance(element, Repeat) else repeats
            _index(element.children, element.name, inner, parent, chain)


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
