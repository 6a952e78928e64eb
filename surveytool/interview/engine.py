"""The state of one case: answers, relevance, calculations and checks, kept current.

Answering recomputes only what depends on the answer, in topological order, so a 50-person
household stays instant. Answers to questions that become irrelevant stay in ``answers``
(and in the store's event history) but read as unanswered everywhere else, as in ODK.
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
from surveytool.interview import presentation
from surveytool.interview.address import Address
from surveytool.interview.coerce import Answer, coerce
from surveytool.interview.graph import FormGraph, graph_of
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
_Node = tuple[int, int, str, int | None]  # (rank, instance order, name, instance)


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
        self._instances: dict[str, list[int]] = {name: [] for name in self.graph.repeats}
        self._contexts: dict[str, EvalContext] = {}
        self.rule_checker: RuleChecker | None = None
        if _empty:  # restore() fills the answers and recomputes once
            return
        self._apply_defaults(None, None)
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
        """Rebuild a case from stored answers and instance ids (no defaults are re-applied)."""
        interview = cls(form, language=language, today=today, _empty=True)
        interview.answers = dict(answers)
        interview._instances = {
            name: list(instances.get(name, [])) for name in interview.graph.repeats
        }
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
    def instances(self, repeat: str) -> list[int]:
        return self._instances[repeat]

    def position(self, repeat: str, instance: int) -> int:
        return self._instances[repeat].index(instance) + 1

    def address(self, name: str, instance: int | None = None) -> Address:
        repeat = self.graph.repeat_of.get(name)
        if repeat is not None and instance is None:
            raise ValueError(f"'{name}' is asked once per '{repeat}' instance: give the instance")
        return Address(name, repeat, instance if repeat else None)

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
        yield from self._walk(self.form.children, None, None)

    def _walk(
        self, elements: tuple[Element, ...], repeat: str | None, instance: int | None
    ) -> Iterator[Address]:
        for element in elements:
            if isinstance(element, Repeat):
                for uid in self._instances[element.name]:
                    yield from self._walk(element.children, element.name, uid)
            elif isinstance(element, Group):
                yield from self._walk(element.children, repeat, instance)
            else:
                yield Address(element.name, repeat, instance)

    # -- answering --------------------------------------------------------------------------
    def answer(self, address: Address, raw: object) -> AnswerResult:
        question = self.graph.elements.get(address.name)
        if not isinstance(question, Question):
            raise KeyError(f"no question '{address.name}' in the form")
        if address.repeat is not None and address.instance not in self._instances[address.repeat]:
            raise KeyError(f"no instance {address.instance} of '{address.repeat}'")
        value, reason = coerce(question, raw, self.form.choices_for(question))
        if reason is not None:
            return AnswerResult(AnswerStatus.INVALID, reason.text(self.language), frozenset())
        if value is None:
            self.answers.pop(address, None)
        else:
            self.answers[address] = value
        changed = self._propagate([(address.name, address.instance)], force={address})
        changed |= self._apply_repeat_counts()
        status, message = self.status.get(address, (AnswerStatus.OK, None))
        return AnswerResult(status, message, frozenset(changed))

    # -- roster -----------------------------------------------------------------------------
    def add_instance(self, repeat: str, instance: int | None = None) -> int:
        """Append an instance (a person); returns its stable id."""
        ids = self._instances[repeat]
        uid = instance if instance is not None else max(ids, default=0) + 1
        if uid in ids:
            raise ValueError(f"instance {uid} of '{repeat}' exists already")
        ids.append(uid)
        self._apply_defaults(repeat, uid)
        self.recompute_all()
        return uid

    def remove_instance(self, repeat: str, instance: int) -> None:
        self._instances[repeat].remove(instance)
        for address in [a for a in self.answers if a.repeat == repeat and a.instance == instance]:
            del self.answers[address]
        self.recompute_all()

    def move_instance(self, repeat: str, instance: int, position: int) -> None:
        """Move an instance to a 1-based position (reordering the roster)."""
        ids = self._instances[repeat]
        ids.remove(instance)
        ids.insert(max(0, min(position - 1, len(ids))), instance)
        self.recompute_all()

    # -- recomputation ------------------------------------------------------------------------
    def recompute_all(self) -> None:
        self.effective.clear()
        self.relevant.clear()
        self.status.clear()
        nodes = [
            (self.graph.rank[name], name, uid)
            for name in self.graph.order
            for uid in self._uids_of(name)
        ]
        for _, name, uid in sorted(nodes, key=lambda node: (node[0], node[2] or 0)):
            self._evaluate(name, uid)

    def _uids_of(self, name: str) -> list[int | None]:
        repeat = self.graph.repeat_of.get(name)
        return [None] if repeat is None else list(self._instances[repeat])

    def _propagate(self, starts: list[tuple[str, int | None]], force: set[Address]) -> set[Address]:
        changed: set[Address] = set()
        queue: list[_Node] = []
        queued: set[tuple[str, int | None]] = set()

        def push(name: str, uid: int | None) -> None:
            if (name, uid) not in queued:
                queued.add((name, uid))
                heapq.heappush(queue, (self.graph.rank[name], uid or 0, name, uid))

        for name, uid in starts:
            push(name, uid)
        while queue:
            _, _, name, uid = heapq.heappop(queue)
            address = self._address(name, uid)
            before = self._snapshot(address)
            self._evaluate(name, uid)
            after = self._snapshot(address)
            if before != after or address in force:
                changed.add(address)
                if before[:2] != after[:2] or address in force:
                    for dependent, dependent_uid in self._dependents(name, uid):
                        push(dependent, dependent_uid)
        return changed

    def _snapshot(self, address: Address) -> tuple[object, ...]:
        return (
            self.relevant.get(address),
            self.effective.get(address),
            self.status.get(address),
        )

    def _dependents(self, name: str, uid: int | None) -> Iterator[tuple[str, int | None]]:
        source_repeat = self.graph.repeat_of.get(name)
        for dependent in self.graph.dependents[name]:
            repeat = self.graph.repeat_of.get(dependent.name)
            if repeat is None:
                yield dependent.name, None
            elif repeat == source_repeat and not dependent.aggregated and uid is not None:
                yield dependent.name, uid
            else:
                for other in self._instances[repeat]:
                    yield dependent.name, other

    def _address(self, name: str, uid: int | None) -> Address:
        repeat = self.graph.repeat_of.get(name)
        return Address(name, repeat, uid if repeat else None)

    def _evaluate(self, name: str, uid: int | None) -> None:
        element = self.graph.elements[name]
        address = self._address(name, uid)
        compiled = self.graph.compiled[name]
        parent = self.graph.parent.get(name)
        relevant = parent is None or self.relevant.get(self._address(parent, uid), False)
        if relevant and "relevant" in compiled:
            relevant = to_boolean(self._run(compiled["relevant"], address, ""))
        self.relevant[address] = relevant
        if not isinstance(element, Question):
            return
        if not relevant:
            value: Value = ""
        elif "calculation" in compiled:
            value = self._run(compiled["calculation"], address, "")
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
            position = self._instances[address.repeat].index(address.instance) + 1
        env = Env(
            answers=Scope(self, address.repeat, address.instance),
            current=current,
            position=position,
            context=self.context(),
            repeats=RepeatValues(self),
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
                EvalContext(today=self.today, choice_labels=labels), self.form.data_files
            )
        return found

    # -- defaults and repeat counts -------------------------------------------------------------
    def _apply_defaults(self, repeat: str | None, uid: int | None) -> None:
        for question in self.form.questions():
            if question.default is None or question.repeat != repeat:
                continue
            value, reason = coerce(question, question.default, self.form.choices_for(question))
            if value is not None and reason is None:
                self.answers.setdefault(Address(question.name, repeat, uid), value)

    def _apply_repeat_counts(self) -> set[Address]:
        changed: set[Address] = set()
        for repeat in self.form.repeats():
            compiled = self.graph.compiled[repeat.name].get("repeat_count")
            if compiled is None:
                continue
            wanted = self._run(compiled, Address(repeat.name), "")
            count = int(wanted) if isinstance(wanted, float) and 0 <= wanted < 10_000 else 0
            ids = self._instances[repeat.name]
            if count != len(ids):
                while len(ids) < count:
                    self.add_instance(repeat.name)
                while len(ids) > max(count, 0):
                    self.remove_instance(repeat.name, ids[-1])
                changed.add(Address(repeat.name))
        return changed

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
