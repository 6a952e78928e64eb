"""Changing a case's rosters: adding, removing and moving instances, defaults and counts.

Each function takes the interview first and is bound as a method in ``Interview``'s class
body (as ``presentation.py``'s are), so the engine keeps the recomputation and this module
the roster bookkeeping around it. A repeat inside a repeat has a roster per enclosing
instance: ``outer`` names it (``(("members", 3),)``), empty for a top-level repeat.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from surveytool.interview.address import Address, Path
from surveytool.interview.coerce import coerce
from surveytool.interview.rosters import Uids, parent_ids

if TYPE_CHECKING:
    from surveytool.interview.engine import Interview


def add_instance(
    interview: Interview, repeat: str, instance: int | None = None, outer: Path = ()
) -> int:
    """Append an instance (a person; a trip of the person ``outer``); returns its stable
    id, numbered within its roster."""
    parent = _parent_of(interview, repeat, outer)
    uid = interview.rosters.add(repeat, parent, instance)
    interview._apply_defaults(repeat, (*parent, uid))
    interview.recompute_all()
    return uid


def remove_instance(interview: Interview, repeat: str, instance: int, outer: Path = ()) -> None:
    """Drop an instance with its answers and everything nested inside it."""
    parent = _parent_of(interview, repeat, outer)
    interview.rosters.remove(repeat, parent, instance)
    gone = (*outer, (repeat, instance))
    depth = len(gone)
    for address in [a for a in interview.answers if a.path[:depth] == gone]:
        del interview.answers[address]
    interview.recompute_all()


def move_instance(
    interview: Interview, repeat: str, instance: int, position: int, outer: Path = ()
) -> None:
    """Move an instance to a 1-based position (reordering the roster)."""
    interview.rosters.move(repeat, _parent_of(interview, repeat, outer), instance, position)
    interview.recompute_all()


def _parent_of(interview: Interview, repeat: str, outer: Path) -> Uids:
    if tuple(name for name, _ in outer) != interview.graph.chain[repeat]:
        raise KeyError(f"'{repeat}' has no roster inside {outer!r}")
    parent = parent_ids(outer)
    if outer and not interview.rosters.exists(Address.at(repeat, outer)):
        raise KeyError(f"no instance {outer!r} to hold '{repeat}'")
    return parent


def apply_defaults(interview: Interview, repeat: str | None, uids: Uids) -> None:
    """The defaults of the questions asked once per instance ``uids`` of ``repeat`` (the
    household's when ``repeat`` is None); a nested repeat's questions wait for its own."""
    for question in interview.form.questions():
        if question.default is None or question.repeat != repeat:
            continue
        value, reason = coerce(question, question.default, interview.form.choices_for(question))
        if value is not None and reason is None:
            interview.answers.setdefault(interview._address(question.name, uids), value)


def apply_repeat_counts(interview: Interview) -> set[Address]:
    """Make each roster with a ``repeat_count`` as long as it says, in every enclosing
    instance (outer rosters first, so a person the count adds gets its trips too)."""
    changed: set[Address] = set()
    for repeat in interview.form.repeats():
        compiled = interview.graph.compiled[repeat.name].get("repeat_count")
        if compiled is None:
            continue
        chain = interview.graph.chain[repeat.name]
        for parent in interview.rosters.paths(chain):
            where = interview._address(repeat.name, parent)
            wanted = interview._run(compiled, where, "")
            count = int(wanted) if isinstance(wanted, float) and 0 <= wanted < 10_000 else 0
            ids = interview.rosters.of(repeat.name, parent)
            if count != len(ids):
                outer = where.path
                while len(ids) < count:
                    add_instance(interview, repeat.name, outer=outer)
                    ids = interview.rosters.of(repeat.name, parent)
                while len(ids) > max(count, 0):
                    remove_instance(interview, repeat.name, ids[-1], outer)
                changed.add(where)
    return changed
