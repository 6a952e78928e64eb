"""What a roster shows of each instance, read from the form: no repeat of one survey is named.

A roster's columns are the instance's position, then the first few questions of the repeat
the enumerator answers (calculations, notes and office-filled questions left out), headed by
their labels cut short (a header is no place for "How old is ${person_name} in completed
years?"). Choice answers read as their labels. The navigator names an instance by the
repeat's first text question (a person's name: "2. Awa", or "member 2" before it is given),
else by the first column ("3. Female"), else by its position.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

from surveytool.form.model import Element, Group, Question, Repeat
from surveytool.interview import Interview
from surveytool.interview.address import Path
from surveytool.interview.presentation import ANSWERABLE
from surveytool.ui.numbers import format_number

MAX_COLUMNS = 4  # besides the position: enough to tell instances apart, short enough to read
_PIPED = re.compile(r"\$\{\s*[^}\s]+\s*\}(?:['’]s\b)?")  # a piped name, with an English 's
_QUESTION_MARK = re.compile(r"[?？؟]")
_SPACES = re.compile(r"\s+")
_BEFORE_PUNCTUATION = re.compile(r"\s+([,;:.)])")  # "n° , en" once the name is out


def short_label(text: str, fallback: str = "") -> str:
    """A label made fit for a column header: piped names removed, cut at its first question
    mark, spaces and trailing punctuation tidied; ``fallback`` when nothing is left."""
    text = _QUESTION_MARK.split(_PIPED.sub(" ", text), maxsplit=1)[0]
    text = _BEFORE_PUNCTUATION.sub(r"\1", _SPACES.sub(" ", text))
    text = text.strip().rstrip(" :;,.-–—").strip()
    return text or fallback


def repeat_questions(repeat: Repeat) -> list[Question]:
    """Every question of a repeat, in form order, its groups' questions included."""
    found: list[Question] = []

    def visit(element: Element) -> None:
        if isinstance(element, Question):
            found.append(element)
        elif isinstance(element, Group):
            for child in element.children:
                visit(child)

    for child in repeat.children:
        visit(child)
    return found


def column_questions(repeat: Repeat) -> list[Question]:
    """The questions a roster shows: the first ones the enumerator answers."""
    answerable = [q for q in repeat_questions(repeat) if q.type in ANSWERABLE and not q.read_only]
    return answerable[:MAX_COLUMNS]


def name_question(repeat: Repeat) -> Question | None:
    """The question that names an instance: the repeat's first text question, if any."""
    return next((q for q in repeat_questions(repeat) if q.type == "text"), None)


class RosterColumns:
    """The columns of one repeat's roster, and the texts its cells and its instances show."""

    def __init__(self, interview: Interview, repeat: str, outer: Path = ()) -> None:
        element = interview.graph.elements[repeat]
        assert isinstance(element, Repeat)
        self.interview = interview
        self.repeat = element
        self.outer = outer  # the instances holding a nested roster (a member's trips)
        self.questions = column_questions(element)
        self.name = name_question(element)
        self._labels: dict[tuple[str, str], dict[str, str]] = {}

    def __len__(self) -> int:
        return 1 + len(self.questions)  # the position first

    def header(self, column: int) -> str:
        """The header of a question column (the position column is the screen's to name)."""
        question = self.questions[column - 1]
        language = self.interview.language
        label = question.label_in(language, self.interview.form.settings.default_language)
        return short_label(label, question.name)

    def full_label(self, column: int) -> str:
        """The question's label as written (a header's tooltip)."""
        question = self.questions[column - 1]
        language = self.interview.language
        return question.label_in(language, self.interview.form.settings.default_language)

    def cell(self, uid: int, column: int, locale: QLocale | None = None) -> str:
        """What the roster shows of instance ``uid`` in ``column``: its position first."""
        if column == 0:
            return str(self.interview.position(self.repeat.name, uid, self.outer))
        question = self.questions[column - 1]
        value = self.interview.value(self.interview.address(question.name, uid, self.outer))
        if value is None:
            return ""
        if question.is_select:
            labels = self._choice_labels(question)
            codes = str(value).split() if question.type == "select_multiple" else [str(value)]
            return ", ".join(labels.get(code, code) for code in codes)
        return format_number(value, locale or QLocale())

    def instance_text(self, uid: int) -> str:
        """How the navigator names an instance: "2. Awa", "member 2", "3. Female" or "4"."""
        position = self.interview.position(self.repeat.name, uid, self.outer)
        if self.name is not None:
            address = self.interview.address(self.name.name, uid, self.outer)
            given = self.interview.value(address)
            if given is None:  # the engine's wording for an unnamed instance: "member 2"
                return self.interview.pipe(f"${{{self.name.name}}}", address)
            return f"{position}. {given}"
        first = self.cell(uid, 1) if self.questions else ""
        return f"{position}. {first}" if first else str(position)

    def _choice_labels(self, question: Question) -> dict[str, str]:
        language = self.interview.language
        key = (question.name, language)
        if key not in self._labels:
            choice_list = self.interview.form.choices_for(question)
            default = self.interview.form.settings.default_language
            self._labels[key] = choice_list.labels(language, default) if choice_list else {}
        return self._labels[key]
