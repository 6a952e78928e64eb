"""The survey's levels, read from the form: the root record (a household) and one level per
repeat (its members, its former members abroad, ...), each with its table, key and position.

Everything that handles records by level (flat tables, input files, validation, live rules,
reports) loops over ``levels(form)`` instead of naming a repeat, key or variable of one
survey. What the form cannot say by itself comes from the settings sheet:

* ``root_level``: how rules and reports name the root level (default ``household``);
* ``root_table``: the root's table and input file name (default ``households``);
* ``root_key``: the root variable identifying a record across files (e.g. ``hh_id``; default:
  none, the case's uuid then identifies it);
* ``level_names``: space-separated ``repeat:level`` pairs naming a repeat's level as rules
  and reports do (e.g. ``persons:person``); by default a repeat's level is named after it.

A repeat's table is named after the repeat; its position column is the calculate inside it
whose calculation is ``position(..)`` (e.g. a line number), if any.

A repeat inside a repeat (a member's trips) is a level whose parent is the enclosing
repeat's level. Its records are located by the root key, the position of each enclosing
record and its own position (``Level.lines``): a level inside another, or holding another,
always has a position column, the form's ``position(..)`` calculate or, when it has none,
``<table>_position`` made by the flat tables. Levels of forms without nesting are as they
always were.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from surveytool.form.model import Element, Form, Group, Question, Repeat

POSITION = "position(..)"
CASE_UUID = "case_uuid"  # the column of a case's uuid in the flat tables


@dataclass(frozen=True, slots=True)
class Level:
    name: str  # as rules and reports name it
    table: str  # the flat table and the input file (``<table>.csv``)
    repeat: str | None  # None for the root
    key: str  # the root key variable every record carries ("" when there is none)
    position: str | None  # the column numbering a record within its parent; None for the root
    parent: str | None  # the parent level's name; None for the root
    #: the position columns locating a record below the root: each enclosing level's, then
    #: its own (empty when it has none, in a form without nesting)
    lines: tuple[str, ...] = ()
    ancestors: tuple[str, ...] = ()  # the enclosing levels below the root, outermost first

    @property
    def record_key(self) -> str:
        """The column naming a root record in every table: the root key, or the case's uuid
        when the form declares none (every flat table carries it)."""
        return self.key or CASE_UUID

    @property
    def keys(self) -> tuple[str, ...]:
        """The columns identifying one record of this level in its table."""
        return tuple(k for k in (self.key, *(self.lines or (self.position,))) if k)

    @property
    def line(self) -> str | None:
        """The column numbering a record within its parent record: the form's position
        column, or the one the flat tables make for a nested level; None when neither."""
        return self.lines[-1] if self.lines else self.position

    @property
    def made_line(self) -> str | None:
        """The position column the flat tables add because the form has none, else None."""
        line = self.line
        return line if line is not None and line != self.position else None


@cache
def levels(form: Form) -> tuple[Level, ...]:
    """The root first, then every repeat in form order (a parent before its children)."""
    settings = form.settings
    names = dict(settings.level_names)
    root = Level(settings.root_level, settings.root_table, None, settings.root_key, None, None)
    found = [root]

    def walk(elements: tuple[Element, ...], parent: Level) -> None:
        for element in elements:
            if isinstance(element, Repeat):
                level = Level(
                    names.get(element.name, element.name),
                    element.name,
                    element.name,
                    settings.root_key,
                    _position_column(element),
                    parent.name,
                )
                found.append(level)
                walk(element.children, level)
            elif isinstance(element, Group):
                walk(element.children, parent)

    walk(form.children, root)
    return _with_lines(tuple(found))


def _with_lines(found: tuple[Level, ...]) -> tuple[Level, ...]:
    """Give each level inside or holding another its ancestors and position columns."""
    by_name = {level.name: level for level in found}
    nested = {level.parent for level in found[1:] if level.parent != found[0].name}
    done: dict[str, Level] = {}
    for level in found[1:]:
        ancestors: list[str] = []
        parent = level.parent
        while parent is not None and parent != found[0].name:
            ancestors.insert(0, parent)
            parent = by_name[parent].parent
        if not ancestors and level.name not in nested:
            done[level.name] = level
            continue
        own = level.position or f"{level.table}_position"
        lines = (*(done[name].lines[-1] for name in ancestors), own)
        done[level.name] = replace(level, lines=lines, ancestors=tuple(ancestors))
    return (found[0], *(done[level.name] for level in found[1:]))


def root(form: Form) -> Level:
    return levels(form)[0]


def children(form: Form) -> tuple[Level, ...]:
    """Every level below the root."""
    return levels(form)[1:]


def level_named(form: Form, name: str) -> Level:
    for level in levels(form):
        if level.name == name:
            return level
    known = ", ".join(level.name for level in levels(form))
    raise KeyError(f"no level '{name}' in form {form.form_id} (its levels: {known})")


def level_of_repeat(form: Form, repeat: str | None) -> Level:
    """The level whose records a question of ``repeat`` (None: the root) belongs to."""
    for level in levels(form):
        if level.repeat == repeat:
            return level
    raise KeyError(f"no repeat '{repeat}' in form {form.form_id}")


def level_names(form: Form) -> tuple[str, ...]:
    return tuple(level.name for level in levels(form))


def _position_column(repeat: Repeat) -> str | None:
    for question in _questions(repeat):
        calculation = question.calculation
        if calculation is not None and calculation.source.replace(" ", "") == POSITION:
            return question.name
    return None


def _questions(element: Group) -> list[Question]:
    found: list[Question] = []
    for child in element.children:
        if isinstance(child, Question):
            found.append(child)
        elif isinstance(child, Group) and not isinstance(child, Repeat):
            found += _questions(child)
    return found
