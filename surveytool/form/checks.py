"""Checks that need the whole form: references, repeat scoping, cycles, choice filters.

pyxform checks the workbook's structure; these checks look inside expressions, which
pyxform treats as opaque text. Each problem points at the cell to edit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from surveytool.common.catalogue import Message, message
from surveytool.common.errors import Problem
from surveytool.expr import nodeset_uses, ref_uses, walk
from surveytool.expr.ast import Call, Name
from surveytool.expr.parser import choice_name_question
from surveytool.form.errors import FormProblem
from surveytool.form.model import Element, Expression, Form, Group, Question, Repeat

_PIPED = re.compile(r"\$\{([^}]*)\}")

#: the start of an expression's problem: which column of which element, and its text
WHERE = message("form.check.where", "the {column} of '{element}' ({source})")
UNKNOWN_NAME = message(
    "form.check.unknown_name", "{where} refers to {reference}, which is not in the form"
)
OUTSIDE_REPEAT = message(
    "form.check.outside_repeat",
    "{where} reads {reference}, which has one value per '{repeat}' instance, from outside "
    "that repeat: wrap it in count() or sum()",
)
BARE_NAME = message(
    "form.check.bare_name", "{where} uses the bare name '{name}': write {reference}"
)
POSITION_OUTSIDE = message(
    "form.check.position_outside", "{where} uses position(..) outside a repeat"
)
CHOICE_NAME = message(
    "form.check.choice_name",
    "{where}: jr:choice-name() needs a select question, and '{target}' is not one",
)
FILTER_COLUMN = message(
    "form.check.filter_column",
    "{where} uses '{name}', which is not a column of the choice list '{choice_list}' "
    "(columns: {columns})",
)
#: the start of a piping problem: which text, in which language, of which element
PIPED = message("form.check.piped", "the {column} ({lang}) of '{element}' shows {reference}")
PIPED_UNKNOWN = message("form.check.piped_unknown", "{what}, which is not in the form")
PIPED_OUTSIDE = message("form.check.piped_outside", "{what} from inside a repeat it is not in")
DUPLICATE_NAME = message(
    "form.check.duplicate_name",
    "the name '{name}' is already used at {first}: names must be unique in the whole form",
)
CYCLE = message("form.check.cycle", "circular dependency: {cycle}")


def check_form(form: Form, describe_column: Callable[[str], str | None]) -> list[FormProblem]:
    """Every problem found; ``describe_column`` turns a field name into "G 'constraint'"."""
    return _Checker(form, describe_column).run()


def expressions_of(element: Element) -> Iterator[tuple[str, Expression]]:
    """Each (column, expression) of an element, in sheet column order."""
    fields = ["relevant"]
    if isinstance(element, Question):
        fields += ["constraint", "required", "calculation", "choice_filter"]
    if isinstance(element, Repeat):
        fields.append("repeat_count")
    for column in fields:
        expression = getattr(element, column)
        if expression is not None:
            yield column, expression


class _Checker:
    def __init__(self, form: Form, describe_column: Callable[[str], str | None]) -> None:
        self.form = form
        self.describe_column = describe_column
        self.problems: list[FormProblem] = []
        self.elements = {element.name: element for element in form.walk()}
        self.scope: dict[str, str | None] = {}
        self.repeat_parent: dict[str, str | None] = {}
        self.owner = {
            child.name: element.name
            for element in form.walk()
            if isinstance(element, Group)
            for child in element.children
        }
        self._index(form.children, None)

    def _index(self, elements: tuple[Element, ...], repeat: str | None) -> None:
        for element in elements:
            if isinstance(element, Repeat):  # a repeat inside a repeat is fine: any depth
                self.scope[element.name] = element.name
                self.repeat_parent[element.name] = repeat
                self._index(element.children, element.name)
            elif isinstance(element, Group):
                self.scope[element.name] = repeat
                self._index(element.children, repeat)
            else:
                self.scope[element.name] = repeat

    def run(self) -> list[FormProblem]:
        self.check_unique_names()
        for element in self.form.walk():
            own_repeat = self._repeat_of(element)
            for column, expression in expressions_of(element):
                self.check_expression(element, column, expression, own_repeat)
            self.check_piping(element, own_repeat)
        self.check_cycles()
        return self.problems

    def _repeat_of(self, element: Element) -> str | None:
        if isinstance(element, Repeat):
            return self.repeat_parent.get(element.name)  # its relevant/count live outside it
        return self.scope.get(element.name)

    def _visible(self, repeat: str | None) -> set[str | None]:
        visible: set[str | None] = {None}
        while repeat is not None:
            visible.add(repeat)
            repeat = self.repeat_parent.get(repeat)
        return visible

    def fail(self, element: Element, column: str, told: Message, **values: object) -> None:
        location = replace(element.location, column=self.describe_column(column))
        self.problems.append(FormProblem(told, location, values))

    def check_expression(
        self, element: Element, column: str, expression: Expression, repeat: str | None
    ) -> None:
        visible = self._visible(repeat)
        where = Problem(
            WHERE, {"column": column, "element": element.name, "source": repr(expression.source)}
        )
        # a roster's values compared or joined from outside it are XPath node-sets
        nodesets = frozenset(nodeset_uses(expression.tree))
        for name, aggregated in ref_uses(expression.tree):
            reference = f"${{{name}}}"
            if name not in self.elements:
                self.fail(element, column, UNKNOWN_NAME, where=where, reference=reference)
            elif self.scope.get(name) not in visible and not aggregated and name not in nodesets:
                self.fail(
                    element,
                    column,
                    OUTSIDE_REPEAT,
                    where=where,
                    reference=reference,
                    repeat=self.scope[name],
                )
        for node in walk(expression.tree):
            if isinstance(node, Name) and column != "choice_filter":
                self.fail(
                    element,
                    column,
                    BARE_NAME,
                    where=where,
                    name=node.name,
                    reference=f"${{{node.name}}}",
                )
            if isinstance(node, Call) and node.name == "position" and repeat is None:
                self.fail(element, column, POSITION_OUTSIDE, where=where)
            if isinstance(node, Call) and node.name == "jr:choice-name":
                self.check_choice_name(element, column, where, choice_name_question(node))
        if column == "choice_filter" and isinstance(element, Question):
            self.check_choice_filter(element, expression, where)

    def check_choice_name(self, element: Element, column: str, where: Problem, target: str) -> None:
        question = self.elements.get(target)
        if not isinstance(question, Question) or not question.is_select:
            self.fail(element, column, CHOICE_NAME, where=where, target=target)

    def check_choice_filter(
        self, question: Question, expression: Expression, where: Problem
    ) -> None:
        choice_list = self.form.choices_for(question)
        if choice_list is None:
            return
        columns = {"name"} | {key for choice in choice_list.choices for key in choice.filters}
        for node in walk(expression.tree):
            if isinstance(node, Name) and node.name not in columns:
                self.fail(
                    question,
                    "choice_filter",
                    FILTER_COLUMN,
                    where=where,
                    name=node.name,
                    choice_list=choice_list.name,
                    columns=", ".join(sorted(columns)),
                )

    def check_piping(self, element: Element, repeat: str | None) -> None:
        visible = self._visible(repeat)
        texts = [("label", element.label)]
        if isinstance(element, Question):
            texts += [("hint", element.hint), ("constraint_message", element.constraint_message)]
        for column, translations in texts:
            for language, text in translations.items():
                for piped in _PIPED.findall(text):
                    name = piped.strip()
                    shown = {"column": column, "lang": language, "element": element.name}
                    what = Problem(PIPED, {**shown, "reference": f"${{{name}}}"})
                    if name not in self.elements:
                        self.fail(element, column, PIPED_UNKNOWN, what=what)
                    elif self.scope.get(name) not in visible:
                        self.fail(element, column, PIPED_OUTSIDE, what=what)

    def check_unique_names(self) -> None:
        """${name} must mean one thing, so names are unique in the whole form, not per group."""
        seen: dict[str, Element] = {}
        for element in self.form.walk():
            first = seen.setdefault(element.name, element)
            if first is not element:
                self.fail(element, "name", DUPLICATE_NAME, name=element.name, first=first.location)

    def check_cycles(self) -> None:
        """No value may depend on itself through calculations, relevance or enclosing groups."""
        graph: dict[str, set[str]] = {}
        for element in self.form.walk():
            reads = set()
            for column in ("calculation", "relevant"):
                expression = getattr(element, column, None)
                if expression is not None:
                    reads |= {name for name, _ in ref_uses(expression.tree)}
            owner = self.owner.get(element.name)
            if owner is not None:
                reads.add(owner)
            if reads:
                graph[element.name] = reads
        state: dict[str, int] = {}  # 1 visiting, 2 done

        def visit(name: str, trail: list[str]) -> None:
            state[name] = 1
            for dependency in sorted(graph.get(name, ())):
                if state.get(dependency) == 1:
                    cycle = [*trail[trail.index(dependency) :], dependency]
                    element = self.elements[name]
                    column = "calculation" if getattr(element, "calculation", None) else "relevant"
                    self.fail(element, column, CYCLE, cycle=" -> ".join(cycle))
                elif dependency in graph and dependency not in state:
                    visit(dependency, [*trail, dependency])
            state[name] = 2

        for name in graph:
            if name not in state:
                visit(name, [name])
