"""The state of one case: answers, relevance, calculations and checks, kept current.

Answering recomputes only what depends on the answer, in topological order, so a 50-person
household stays instant. An element is evaluated once per instance path (``Uids``: the ids
of the instances holding it, outermost first; empty outside repeats), so a repeat inside a
repeat costs nothing to forms without one. Answers to questions that become irrelevant stay
in ``answers`` (and in the store's event history) but read as unanswered everywhere else, as
in ODK.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from functools import cache
from typing import TYPE_CHECKING

from surveytool.common.catalogue import message
from surveytool.expr import EvalContext
from surveytool.expr.scalar import Compiled, Env
from surveytool.expr.values import Value, from_answer, to_boolean
from surveytool.form.external import with_data_files
from surveytool.form.model import Element, Form, Group, Question, Repeat
from surveytool.interview import presentation, roster_changes
from surveytool.interview.address import Address, Path
from surveytool.interview.coerce import Answer, coerce
from surveytool.interview.graph import FormGraph, graph_of
from surveytool.interview.rosters import Rosters, Uids, parent_ids
from surveytool.interview.scope import RepeatValues, Scope

if TYPE_CHECKING:  # the live rules load only when a rules file is used
    from surveytool.interview.live_rules import Finding, LiveRule, RuleChecker


class AnswerStatus(Enum):
    OK = "ok"
    REQUIRED_BUT_EMPTY = "required"
    CONSTRAINT_VIOLATED = "constraint"
    INVALID = "invalid"  # the value could not be read as the question's type: not stored


@dataclass(frozen=True, slots=True)
class AnswerResult:
    status: AnswerStatus
    message: str | None  # in the interview's language
    changed: frozenset[Address]  # whose relevance, value or validity changed


@dataclass(frozen=True, slots=True)
class Problem:
    address: Address
    status: AnswerStatus
    message: str


# what a check says when the form gives no required_message / constraint_message
REQUIRED = message("interview.check.required", "This question requires an answer.")
CONSTRAINT = message("interview.check.constraint", "This answer is not allowed.")
_Node = tuple[int, Uids, str]  # (rank, instance path, name)


class Interview:
    """One case in memory. The UI, the demo generator and the tests all drive it the same way."""

    def __init__(
        self,
        form: Form,
        *,
        language: str | None = None,
        today: date | None = None,
        _empty: bool = False,
    ) -> None:
        self.form = form
        self.graph: FormGraph = graph_of(form)
        self.language = language or form.settings.default_language
        self.today = today
        self.answers: dict[Address, Answer] = {}
        self.effective: dict[Address, Value] = {}
        self.relevant: dict[Address, bool] = {}
        self.status: dict[Address, tuple[AnswerStatus, str | None]] = {}
        self.rosters = Rosters(self.graph)
        self._addresses: dict[tuple[str, Uids], Address] = {}
        self._contexts: dict[str, EvalContext] = {}
        self.rule_checker: RuleChecker | None = None
        if _empty:  # restore() fills the answers and recomputes once
            return
        self._apply_defaults(None, ())
        self.recompute_all()

    # -- building from storage ------------------------------------------------------------
    @classmethod
    def restore(
        cls,
        form: Form,
        answers: Mapping[Address, Answer],
        instances: Mapping[str, list[int]],
        *,
        language: str | None = None,
        today: date | None = None,
    ) -> Interview:
        """Rebuild a case from stored answers and instance ids (no defaults are re-applied).

        ``instances`` maps roster keys (``persons``, ``persons#3/trips``) to instance ids."""
        interview = cls(form, language=language, today=today, _empty=True)
        interview.answers = dict(answers)
        interview.rosters.load(instances)
        interview.recompute_all()
        interview._apply_repeat_counts()  # instances a repeat_count made are not events
        return interview

    # -- for screens: piped labels, filtered choices, the next stop (presentation.py) --------
    label = presentation.label
    hint = presentation.hint
    pipe = presentation.pipe
    display_value = presentation.display_value
    choices = presentation.choices
    is_stop = presentation.is_stop
    first_address = presentation.first_address
    next_address = presentation.next_address
    previous_address = presentation.previous_address

    # -- reading ----------------------------------------------------------------------------
    def instances(self, repeat: str, outer: Path = ()) -> list[int]:
        """The ids of ``repeat``'s instances in roster order; for a repeat inside a repeat,
        those inside the enclosing instances ``outer`` (e.g. ``(("members", 3),)``)."""
        return self.rosters.of(repeat, parent_ids(outer))

    def rosters_text(self) -> dict[str, list[int]]:
        """Every roster as snapshots store it: roster key (``persons#3/trips``) -> ids."""
        return self.rosters.as_text()

    def position(self, repeat: str, instance: int, outer: Path = ()) -> int:
        return self.instances(repeat, outer).index(instance) + 1

    def address(self, name: str, instance: int | Path | None = None, outer: Path = ()) -> Address:
        """``name``'s address in an instance: its id (with the enclosing ``outer``), or the
        path of an instance (cut to the repeats holding ``name``: a trip's path gives its
        member's questions too)."""
        if isinstance(instance, tuple):
            return Address.at(name, instance[: len(self.graph.chain[name])])
        repeat = self.graph.repeat_of.get(name)
        if repeat is not None and instance is None:
            raise ValueError(f"'{name}' is asked once per '{repeat}' instance: give the instance")
        return Address(name, repeat, instance if repeat else None, outer if repeat else ())

    def value(self, address: Address) -> Answer | None:
        """The effective answer: None when unanswered or irrelevant; calculations included."""
        value = self.effective.get(address, "")
        if value == "":
            return None
        if isinstance(value, float) and value.is_integer() and self._is_integer(address.name):
            return int(value)
        return value

    def is_relevant(self, address: Address) -> bool:
        return self.relevant.get(address, False)

    def problems(self) -> list[Problem]:
        """Every error blocking completion, in questionnaire order."""
        found = []
        for address in self.walk():
            status, message = self.status.get(address, (AnswerStatus.OK, None))
            if status is not AnswerStatus.OK:
                found.append(Problem(address, status, message or ""))
        return found

    def can_complete(self) -> bool:
        """No blocking problem: every question answered as required, no rule error."""
        if self.problems():
            return False
        return not any(f.severity == "error" for f in self.rule_findings())

    def use_rules(self, rules: Sequence[LiveRule], derived: Mapping[str, str]) -> None:
        """Check the batch rules live too (errors block completion, warnings do not)."""
        from surveytool.interview.live_rules import RuleChecker

        self.rule_checker = RuleChecker(rules, derived)

    def rule_findings(
        self, instance: int | None = None, repeat: str | None = None, answered_only: bool = False
    ) -> list[Finding]:
        """Failed rules for the case: household rules and, by default, every instance of every
        repeat; given ``instance`` (of ``repeat``), only that one's rules.

        ``answered_only`` keeps a finding only when every question its rule compares has been
        answered (or is skipped): on screen, a cross-check waits until it has both sides."""
        if self.rule_checker is None:
            return []
        return self.rule_checker.findings(self, instance, repeat, answered_only=answered_only)

    def walk(self) -> Iterator[Address]:
        """Every question address in questionnaire order (instances in roster order)."""
        yield from self._walk(self.form.children, ())

    def _walk(self, elements: tuple[Element, ...], uids: Uids) -> Iterator[Address]:
        for element in elements:
            if isinstance(element, Repeat):
                for uid in self.rosters.of(element.name, uids):
                    yield from self._walk(element.children, (*uids, uid))
            elif isinstance(element, Group):
                yield from self._walk(element.children, uids)
            else:
                yield self._address(element.name, uids)

    # -- answering --------------------------------------------------------------------------
    def answer(self, address: Address, raw: object) -> AnswerResult:
        question = self.graph.elements.get(address.name)
        if not isinstance(question, Question):
            raise KeyError(f"no question '{address.name}' in the form")
        if tuple(repeat for repeat, _ in address.path) != self.graph.chain[address.name]:
            raise KeyError(f"'{address.name}' is not asked where {address} says")
        if address.repeat is not None and not self.rosters.exists(address):
            raise KeyError(f"no instance {address.instance} of '{address.roster}'")
        value, reason = coerce(question, raw, self.form.choices_for(question))
        if reason is not None:
            return AnswerResult(AnswerStatus.INVALID, reason.text(self.language), frozenset())
        if value is None:
            self.answers.pop(address, None)
        else:
            self.answers[address] = value
        changed = self._propagate([(address.name, address.instances)], force={address})
        changed |= self._apply_repeat_counts()
        status, message = self.status.get(address, (AnswerStatus.OK, None))
        return AnswerResult(status, message, frozenset(changed))

    # -- roster (rosters.py: bound here as methods) ----------------------------------------
    add_instance = roster_changes.add_instance
    remove_instance = roster_changes.remove_instance
    move_instance = roster_changes.move_instance
    _apply_defaults = roster_changes.apply_defaults
    _apply_repeat_counts = roster_changes.apply_repeat_counts

    # -- recomputation ------------------------------------------------------------------------
    def recompute_all(self) -> None:
        self.effective.clear()
        self.relevant.clear()
        self.status.clear()
        graph, paths = self.graph, self.rosters.paths
        instances = {chain: paths(chain) for chain in set(graph.chain.values())}
        for name in sorted(graph.order, key=graph.rank.__getitem__):
            for uids in instances[graph.chain[name]]:
                self._evaluate(name, uids)

    def _propagate(self, starts: list[tuple[str, Uids]], force: set[Address]) -> set[Address]:
        changed: set[Address] = set()
        queue: list[_Node] = []
        queued: set[tuple[str, Uids]] = set()
        rank = self.graph.rank

        def push(name: str, uids: Uids) -> None:
            if (name, uids) not in queued:
                queued.add((name, uids))
                heapq.heappush(queue, (rank[name], uids, name))

        for name, uids in starts:
            push(name, uids)
        while queue:
            _, uids, name = heapq.heappop(queue)
            address = self._address(name, uids)
            before = self._snapshot(address)
            self._evaluate(name, uids)
            after = self._snapshot(address)
            if before != after or address in force:
                changed.add(address)
                if before[:2] != after[:2] or address in force:
                    for dependent, dependent_uids in self._dependents(name, uids):
                        push(dependent, dependent_uids)
        return changed

    def _snapshot(self, address: Address) -> tuple[object, ...]:
        return (
            self.relevant.get(address),
            self.effective.get(address),
            self.status.get(address),
        )

    def _dependents(self, name: str, uids: Uids) -> Iterator[tuple[str, Uids]]:
        """Each (element, instance path) reading ``name`` at ``uids``: those sharing the
        first ``depth`` instances with it (``graph.Dependent``)."""
        chain, paths = self.graph.chain, self.rosters.paths
        for dependent in self.graph.dependents[name]:
            for path in paths(chain[dependent.name], uids[: dependent.depth]):
                yield dependent.name, path

    def _address(self, name: str, uids: Uids) -> Address:
        """``name``'s address inside the instances ``uids`` (cut to the repeats holding it).

        Addresses are values: made once per (name, instances) and kept, which spares the
        recomputation loops most of their allocations."""
        found = self._addresses.get((name, uids))
        if found is None:
            chain = self.graph.chain[name]
            depth = len(chain)
            if depth == 0:
                found = Address(name)
            elif depth == 1:
                found = Address(name, chain[0], uids[0])
            else:
                outer = tuple(zip(chain[:-1], uids[: depth - 1], strict=True))
                found = Address(name, chain[-1], uids[depth - 1], outer)
            self._addresses[(name, uids)] = found
        return found

    def _evaluate(self, name: str, uids: Uids) -> None:
        element = self.graph.elements[name]
        address = self._address(name, uids)
        compiled = self.graph.compiled[name]
        parent = self.graph.parent.get(name)
        relevant = parent is None or self.relevant.get(self._address(parent, uids), False)
        if relevant and "relevant" in compiled:
            relevant = to_boolean(self._run(compiled["relevant"], address, ""))
        self.relevant[address] = relevant
        if not isinstance(element, Question):
            return
        if not relevant:
            value: Value = ""
        elif "calculation" in compiled:  # '.' is the calculation's own value: once() keeps it
            value = self._run(compiled["calculation"], address, self.effective.get(address, ""))
        else:
            answer = from_answer(self.answers.get(address))
            value = "" if isinstance(answer, list) else answer  # never a list: Answer is a scalar
        self.effective[address] = value
        self.status[address] = self._check(element, address, relevant, value, compiled)

    def _check(
        self,
        question: Question,
        address: Address,
        relevant: bool,
        value: Value,
        compiled: dict[str, Compiled],
    ) -> tuple[AnswerStatus, str | None]:
        if not relevant or question.type in ("calculate", "note"):
            return AnswerStatus.OK, None
        if value == "":
            if "required" in compiled and to_boolean(
                self._run(compiled["required"], address, value)
            ):
                text = question.required_message.get(self.language) or REQUIRED.text(self.language)
                return AnswerStatus.REQUIRED_BUT_EMPTY, self.pipe(text, address)
            return AnswerStatus.OK, None
        if "constraint" in compiled and not to_boolean(
            self._run(compiled["constraint"], address, value)
        ):
            text = question.constraint_message.get(self.language) or CONSTRAINT.text(self.language)
            return AnswerStatus.CONSTRAINT_VIOLATED, self.pipe(text, address)
        return AnswerStatus.OK, None

    def _run(self, function: Compiled, address: Address, current: Value) -> Value:
        position = None
        if address.repeat is not None and address.instance is not None:
            outer = address.outer
            ids = self.rosters.of(address.repeat, parent_ids(outer) if outer else ())
            position = ids.index(address.instance) + 1
        scope = Scope(self, address)
        env = Env(
            answers=scope,
            current=current,
            position=position,
            context=self.context(),
            repeats=RepeatValues(self, address),
            instances=scope,
        )
        result = function(env)
        return "" if isinstance(result, list) else result

    def context(self) -> EvalContext:
        """What expressions read besides the answers: today and the choice labels of the
        interview's language (made once per language; the labels once per form)."""
        found = self._contexts.get(self.language)
        if found is None:
            labels = _choice_labels(self.form, self.language)
            found = self._contexts[self.language] = with_data_files(
                EvalContext(
                    today=self.today,
                    choice_labels=labels,
                    form_version=self.form.settings.version,
                ),
                self.form.data_files,
            )
        return found

    def _is_integer(self, name: str) -> bool:
        element = self.graph.elements.get(name)
        return isinstance(element, Question) and element.type in ("integer", "calculate")


@cache
def _choice_labels(form: Form, language: str) -> Mapping[str, Mapping[str, str]]:
    """Each select question's choice labels in ``language`` (for ``jr:choice-name``): the same
    for every case of a form, so made once, not once per case restored."""
    lists = {q.name: form.choices_for(q) for q in form.questions() if q.is_select}
    return {
        name: choice_list.labels(language, form.settings.default_language)
        for name, choice_list in lists.items()
        if choice_list is not None
    }
