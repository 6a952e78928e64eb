"""What the entry screen shows for an address: piped labels, filtered choices, the next stop.

Kept apart from the recomputation machinery in ``engine.py``; both read the same state.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from surveytool.common.catalogue import message
from surveytool.expr.scalar import Env
from surveytool.expr.values import number_to_string, to_boolean, to_string
from surveytool.form.model import Choice, Question
from surveytool.interview.address import Address
from surveytool.interview.scope import RepeatValues, Scope

if TYPE_CHECKING:
    from surveytool.interview.engine import Interview

_PIPED = re.compile(r"\$\{\s*([^}\s]+)\s*\}")
#: how an unnamed repeat instance is called in a piped label
MEMBER = message("interview.pipe.member", "member {position}")
#: question types the enumerator answers (calculations and notes are not stops)
ANSWERABLE = frozenset({"integer", "decimal", "text", "select_one", "select_multiple", "date"})


class Presentation:
    """Mixed into ``Interview``: reading helpers for screens."""

    def label(self: Interview, address: Address, language: str | None = None) -> str:
        element = self.graph.elements[address.name]
        text = element.label_in(language or self.language, self.form.settings.default_language)
        text = self.pipe(text, address, language)
        if not isinstance(element, Question):  # a section title is a heading, not a prompt
            text = text.rstrip().rstrip(":").rstrip()
        return text

    def hint(self: Interview, address: Address, language: str | None = None) -> str:
        element = self.graph.elements[address.name]
        if not isinstance(element, Question):
            return ""
        language = language or self.language
        texts = element.hint
        text = texts.get(language) or texts.get(self.form.settings.default_language, "")
        return self.pipe(text, address, language)

    def pipe(self: Interview, text: str, address: Address, language: str | None = None) -> str:
        """Replace each ``${name}`` by that answer as seen from ``address``.

        An unanswered text question of the address's own repeat instance (a member's name not
        given yet) reads "member 3", so a label never shows a hole like "Is  male?"; any
        other unanswered value reads as nothing."""
        if "${" not in text:
            return text
        scope = Scope(self, address.repeat, address.instance)

        def value_of(match: re.Match[str]) -> str:
            name = match.group(1)
            value = scope.get(name)
            shown = "" if isinstance(value, list) else to_string(value)
            if shown == "" and self._names_member(name, address):
                position = self.position(address.repeat, address.instance)
                return MEMBER.text(language or self.language, position=position)
            return shown

        return _PIPED.sub(value_of, text)

    def _names_member(self: Interview, name: str, address: Address) -> bool:
        element = self.graph.elements.get(name)
        return (
            isinstance(element, Question)
            and element.type == "text"
            and address.repeat is not None
            and address.instance in self.instances(address.repeat)
            and self.graph.repeat_of.get(name) == address.repeat
        )

    def display_value(self: Interview, address: Address) -> str:
        """The answer as the enumerator typed it: 500000, not 500000.0; "" when unanswered."""
        value = self.value(address)
        if value is None:
            return ""
        if isinstance(value, bool):
            return to_string(value)
        if isinstance(value, float):
            return number_to_string(value)
        return str(value)

    def choices(self: Interview, address: Address) -> list[Choice]:
        """The question's options after its choice_filter, as the screen should list them."""
        question = self.graph.elements[address.name]
        if not isinstance(question, Question):
            return []
        choice_list = self.form.choices_for(question)
        if choice_list is None:
            return []
        compiled = self.graph.compiled[question.name].get("choice_filter")
        if compiled is None:
            return list(choice_list.choices)
        scope = Scope(self, address.repeat, address.instance)
        kept = []
        for choice in choice_list.choices:
            columns = {"name": choice.value, **choice.filters}
            env = Env(scope, context=self.context(), repeats=RepeatValues(self), columns=columns)
            if to_boolean(compiled(env)):  # type: ignore[arg-type]
                kept.append(choice)
        return kept

    def is_stop(self: Interview, address: Address) -> bool:
        """Does the cursor stop here: a relevant question the enumerator answers?"""
        element = self.graph.elements.get(address.name)
        return (
            isinstance(element, Question)
            and element.type in ANSWERABLE
            and not element.read_only
            and self.is_relevant(address)
        )

    def first_address(self: Interview) -> Address | None:
        return next((a for a in self.walk() if self.is_stop(a)), None)

    def next_address(self: Interview, address: Address) -> Address | None:
        """The next stop after ``address`` in questionnaire order, or None at the end."""
        found = False
        for candidate in self.walk():
            if found and self.is_stop(candidate):
                return candidate
            found = found or candidate == address
        return None

    def previous_address(self: Interview, address: Address) -> Address | None:
        previous = None
        for candidate in self.walk():
            if candidate == address:
                return previous
            if self.is_stop(candidate):
                previous = candidate
        return None
