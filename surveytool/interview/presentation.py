"""What the entry screen shows for an address: piped labels, filtered choices, the next stop.

Kept apart from the recomputation machinery in ``engine.py``; both read the same state.
Each function takes the interview first and is bound as a method in ``Interview``'s class
body (``interview.label(address)``), so this module and the engine type-check against the
one ``Interview`` class rather than a mixin that would have to guess its host.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from surveytool.common.catalogue import message
from surveytool.expr.scalar import Env
from surveytool.expr.values import number_to_string, to_boolean, to_string
from surveytool.form.model import ENTERED_TYPES, Choice, Question
from surveytool.form.search import searched
from surveytool.interview.address import Address
from surveytool.interview.scope import RepeatValues, Scope

if TYPE_CHECKING:
    from surveytool.interview.engine import Interview

_PIPED = re.compile(r"\$\{\s*([^}\s]+)\s*\}")
#: how an unnamed repeat instance is called in a piped label
MEMBER = message("interview.pipe.member", "member {position}")
#: question types the enumerator answers (calculations and notes are not stops)
ANSWERABLE = ENTERED_TYPES


def label(interview: Interview, address: Address, language: str | None = None) -> str:
    element = interview.graph.elements[address.name]
    text = element.label_in(
        language or interview.language, interview.form.settings.default_language
    )
    text = pipe(interview, text, address, language)
    if not isinstance(element, Question):  # a section title is a heading, not a prompt
        text = text.rstrip().rstrip(":").rstrip()
    return text


def hint(interview: Interview, address: Address, language: str | None = None) -> str:
    element = interview.graph.elements[address.name]
    if not isinstance(element, Question):
        return ""
    language = language or interview.language
    texts = element.hint
    text = texts.get(language) or texts.get(interview.form.settings.default_language, "")
    return pipe(interview, text, address, language)


def pipe(interview: Interview, text: str, address: Address, language: str | None = None) -> str:
    """Replace each ``${name}`` by that answer as seen from ``address``.

    An unanswered text question of the address's own repeat instance (a member's name not
    given yet) reads "member 3", so a label never shows a hole like "Is  male?"; any
    other unanswered value reads as nothing."""
    if "${" not in text:
        return text
    scope = Scope(interview, address)

    def value_of(match: re.Match[str]) -> str:
        name = match.group(1)
        value = scope.get(name)
        shown = "" if isinstance(value, list) else to_string(value)
        position = _member_position(interview, name, address) if shown == "" else None
        if position is not None:
            return MEMBER.text(language or interview.language, position=position)
        return shown

    return _PIPED.sub(value_of, text)


def _member_position(interview: Interview, name: str, address: Address) -> int | None:
    """The position of ``address``'s repeat instance when ``name`` is a text question of that
    same repeat (the member's name), else None."""
    element = interview.graph.elements.get(name)
    repeat, instance = address.repeat, address.instance
    if (
        isinstance(element, Question)
        and element.type == "text"
        and repeat is not None
        and instance is not None
        and instance in interview.instances(repeat, address.outer)
        and interview.graph.repeat_of.get(name) == repeat
    ):
        return interview.position(repeat, instance, address.outer)
    return None


def display_value(interview: Interview, address: Address) -> str:
    """The answer as the enumerator typed it: 500000, not 500000.0; "" when unanswered."""
    value = interview.value(address)
    if value is None:
        return ""
    if isinstance(value, bool):
        return to_string(value)
    if isinstance(value, float):
        return number_to_string(value)
    return str(value)


def choices(interview: Interview, address: Address) -> list[Choice]:
    """The question's options after its choice_filter, as the screen should list them."""
    question = interview.graph.elements[address.name]
    if not isinstance(question, Question):
        return []
    choice_list = interview.form.choices_for(question)
    if choice_list is None:
        return []
    compiled = interview.graph.compiled[question.name].get("choice_filter")
    scope = Scope(interview, address)
    env = Env(scope, context=interview.context())
    listed = searched(question.search, choice_list.choices, env)  # form.search
    if compiled is None:
        return listed
    repeats = RepeatValues(interview, address)
    kept = []
    for choice in listed:
        columns = {"name": choice.value, **choice.filters}
        env = Env(scope, context=interview.context(), repeats=repeats, columns=columns)
        kept_if = compiled(env)
        if isinstance(kept_if, list) or to_boolean(kept_if):  # a repeat's values drop no choice
            kept.append(choice)
    return kept


def is_stop(interview: Interview, address: Address) -> bool:
    """Does the cursor stop here: a relevant question the enumerator answers?"""
    element = interview.graph.elements.get(address.name)
    return (
        isinstance(element, Question)
        and element.type in ANSWERABLE
        and not element.read_only
        and interview.is_relevant(address)
    )


def first_address(interview: Interview) -> Address | None:
    return next((a for a in interview.walk() if is_stop(interview, a)), None)


def next_address(interview: Interview, address: Address) -> Address | None:
    """The next stop after ``address`` in questionnaire order, or None at the end."""
    found = False
    for candidate in interview.walk():
        if found and is_stop(interview, candidate):
            return candidate
        found = found or candidate == address
    return None


def previous_address(interview: Interview, address: Address) -> Address | None:
    previous = None
    for candidate in interview.walk():
        if candidate == address:
            return previous
        if is_stop(interview, candidate):
            previous = candidate
    return None
