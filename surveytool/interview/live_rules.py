"""The batch rules, checked live for the open case: the enumerator sees R-rule findings
before marking complete (errors block, warnings do not).

The interview layer cannot import the validator (it sits above), so rules arrive as plain
data: anything with ``id``, ``level``, ``severity``, ``expression``, ``variables`` and
``message_in(language)``, plus the rules file's derived variables.
"""

from __future__ import annotations

import re
from collections import ChainMap
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from surveytool.expr import compile_expression
from surveytool.expr.placement import Placement, place_derived
from surveytool.expr.scalar import Compiled, Env
from surveytool.expr.values import Value, to_boolean
from surveytool.form.levels import level_named, levels
from surveytool.interview.address import Address, Path
from surveytool.interview.scope import RepeatValues, Scope

if TYPE_CHECKING:
    from surveytool.interview.engine import Interview

_REFERENCE = re.compile(r"\$\{\s*([^}\s]+)\s*\}")


def _instances(interview: Interview, repeat: str) -> list[int]:
    """A top-level repeat's instances (live rules check those levels; a nested repeat's
    rules are checked in batch validation, over the flat tables)."""
    return interview.instances(repeat) if repeat in interview.graph.repeats else []


class LiveRule(Protocol):
    """A batch rule as live checking reads it (read-only: ``validate``'s frozen ``Rule``)."""

    @property
    def id(self) -> str: ...
    @property
    def level(self) -> str: ...
    @property
    def severity(self) -> str: ...
    @property
    def expression(self) -> str | None: ...
    @property
    def variables(self) -> tuple[str, ...]: ...

    def message_in(self, language: str) -> str: ...


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    severity: str  # error | warning
    address: Address  # where the enumerator should look (the rule's first variable)
    message: str


class _Layer(Mapping[str, "Value | list[Value]"]):
    """Derived values first, then the case's answers as the scope sees them."""

    def __init__(
        self, derived: Mapping[str, Value], scope: Mapping[str, Value | list[Value]]
    ) -> None:
        self._derived, self._scope = derived, scope

    def get(self, name: str, default: object = "") -> Value | list[Value]:
        if name in self._derived:
            return self._derived[name]
        return self._scope.get(name, "")

    def __getitem__(self, name: str) -> Value | list[Value]:
        return self.get(name)

    def __iter__(self) -> Iterator[str]:
        return iter(self._derived)

    def __len__(self) -> int:
        return len(self._derived)


class _Lists(Mapping[str, "list[Value]"]):
    def __init__(self, per_person: Mapping[str, list[Value]], roster: RepeatValues) -> None:
        self._per_person, self._roster = per_person, roster

    def __contains__(self, name: object) -> bool:
        return name in self._per_person or name in self._roster

    def get(self, name: str, default: object = None) -> list[Value]:
        if name in self._per_person:
            return self._per_person[name]
        return self._roster.get(name)

    def __getitem__(self, name: str) -> list[Value]:
        return self.get(name)

    def __iter__(self) -> Iterator[str]:
        return iter(self._per_person)

    def __len__(self) -> int:
        return len(self._per_person)


class RuleChecker:
    def __init__(self, rules: Sequence[LiveRule], derived: Mapping[str, str]) -> None:
        self.rules = [r for r in rules if r.expression]
        self.compiled: dict[str, Compiled] = {
            r.id: compile_expression(r.expression) for r in self.rules
        }
        self.compared: dict[str, frozenset[str]] = {
            r.id: _compared(r.expression or "", derived) for r in self.rules
        }
        self.derived = dict(derived)
        self.derived_compiled = {n: compile_expression(c) for n, c in derived.items()}
        self._placement: tuple[object, Placement] | None = None

    def placement(self, interview: Interview) -> Placement:
        """Each derived variable's repeat, from its expression tree and the form, as batch
        validation places it (``expr.placement``); computed once per form."""
        graph = interview.graph
        if self._placement is None or self._placement[0] is not graph:
            self._placement = (graph, place_derived(self.derived, graph.repeat_of))
        return self._placement[1]

    def findings(
        self,
        interview: Interview,
        instance: int | None = None,
        repeat: str | None = None,
        *,
        answered_only: bool = False,
    ) -> list[Finding]:
        """Household rules, and the rules of every repeat instance; given ``instance`` (of
        ``repeat``: instance numbers restart in each repeat), only that one's. With
        ``answered_only``, a rule speaks only once every question it compares is answered
        or skipped."""
        if instance is not None and repeat is None:
            raise ValueError("an instance number needs its repeat: numbers restart in each")
        shown_repeat = repeat
        found = self._findings(interview, instance, shown_repeat)
        if answered_only:
            found = [f for f in found if self._answered(interview, f)]
        return found

    def _answered(self, interview: Interview, finding: Finding) -> bool:
        """Has every question the finding's rule compares been answered (or skipped)?

        A value of the finding's own instance is that one answer; a household value is the
        household's; a roster's values read from elsewhere (a count, a sum) wait for every
        member's answer."""
        path = finding.address.path
        around = tuple(repeat for repeat, _ in path)
        for name in self.compared[finding.rule]:
            chain = interview.graph.chain.get(name, ())
            if not chain:
                addresses = [Address(name)]
            elif around[: len(chain)] == chain:  # the finding's instance or one around it
                addresses = [interview.address(name, path)]
            else:
                addresses = [
                    Address.at(name, tuple(zip(chain, uids, strict=True)))
                    for uids in interview.rosters.paths(chain)
                ]
            if any(interview.is_stop(a) and interview.value(a) is None for a in addresses):
                return False
        return True

    def _findings(
        self, interview: Interview, instance: int | None, shown_repeat: str | None
    ) -> list[Finding]:
        roster = RepeatValues(interview)
        context = interview.context()
        shape = levels(interview.form)
        root = shape[0]
        household_scope = Scope(interview, Address(""))
        household: dict[str, Value] = {}
        # the derived values placed in each repeat, per instance, and over the repeat
        instance_values: dict[str, dict[int, dict[str, Value]]] = {}
        lists: dict[str, list[Value]] = {}
        placement = self.placement(interview)
        for name in placement.order:
            derive, where = self.derived_compiled[name], placement.repeat[name]
            if where is None:
                env = Env(
                    _Layer(household, household_scope),
                    context=context,
                    repeats=_Lists(lists, roster),
                )
                household[name] = _scalar(derive(env))
                continue
            members = _instances(interview, where)
            values = instance_values.setdefault(where, {uid: {} for uid in members})
            for position, uid in enumerate(members, start=1):
                env = Env(
                    _Layer(
                        ChainMap(values[uid], household), Scope(interview, Address("", where, uid))
                    ),
                    context=context,
                    position=position,
                    repeats=_Lists(lists, roster),
                )
                values[uid][name] = _scalar(derive(env))
            lists[name] = [values[uid][name] for uid in members]
        found: list[Finding] = []
        for rule in self.rules:
            function = self.compiled[rule.id]
            if rule.level == root.name:
                env = Env(
                    _Layer(household, household_scope),
                    context=context,
                    repeats=_Lists(lists, roster),
                )
                if not to_boolean(_scalar(function(env))):
                    found.append(self._finding(interview, rule, None))
                continue
            repeat = level_named(interview.form, rule.level).repeat
            if repeat is None or (instance is not None and repeat != shown_repeat):
                continue
            if interview.graph.chain[repeat]:  # a repeat inside a repeat: every instance
                if instance is None:
                    found += self._nested(interview, rule, repeat, household, lists)
                continue
            members = _instances(interview, repeat)
            own = instance_values.get(repeat, {})
            for uid in members if instance is None else [u for u in members if u == instance]:
                layer = ChainMap(own.get(uid, {}), household)
                at = Address("", repeat, uid)
                env = Env(
                    _Layer(layer, Scope(interview, at)),
                    context=context,
                    position=members.index(uid) + 1,
                    repeats=_Lists(lists, RepeatValues(interview, at)),
                )
                if not to_boolean(_scalar(function(env))):
                    found.append(self._finding(interview, rule, uid))
        return found

    def _nested(
        self,
        interview: Interview,
        rule: LiveRule,
        repeat: str,
        household: Mapping[str, Value],
        lists: Mapping[str, list[Value]],
    ) -> list[Finding]:
        """A rule of a level inside another (a trip's): checked in every instance, reading
        its answers, those of the instances around it and the household's derived values
        (derived values placed in a repeat are made for top-level repeats only)."""
        chain = (*interview.graph.chain[repeat], repeat)
        function, found = self.compiled[rule.id], []
        for uids in interview.rosters.paths(chain):
            where = Address.at("", tuple(zip(chain, uids, strict=True)))
            ids = interview.rosters.of(repeat, uids[:-1])
            env = Env(
                _Layer(household, Scope(interview, where)),
                context=interview.context(),
                position=ids.index(uids[-1]) + 1,
                repeats=_Lists(lists, RepeatValues(interview, where)),
            )
            if not to_boolean(_scalar(function(env))):
                found.append(self._finding(interview, rule, where.path))
        return found

    def _finding(self, interview: Interview, rule: LiveRule, uid: int | Path | None) -> Finding:
        name = next(
            (v for v in rule.variables if v in interview.graph.elements),
            rule.variables[0] if rule.variables else "",
        )
        if isinstance(uid, tuple) and name in interview.graph.elements:
            address = interview.address(name, uid)
        else:
            repeat = interview.graph.repeat_of.get(name)
            address = Address(name, repeat, uid if repeat and isinstance(uid, int) else None)
        return Finding(rule.id, rule.severity, address, rule.message_in(interview.language))


def _compared(expression: str, derived: Mapping[str, str]) -> frozenset[str]:
    """The form's variables an expression reads, through the rules file's derived ones."""
    found: set[str] = set()
    pending, seen = list(_REFERENCE.findall(expression)), set()
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        if name in derived:
            pending += _REFERENCE.findall(derived[name])
        else:
            found.add(name)
    return frozenset(found)


def _scalar(value: Value | list[Value]) -> Value:
    return "" if isinstance(value, list) else value
