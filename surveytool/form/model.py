"""The questionnaire as immutable data: what was written in the XLSForm, parsed once.

Everything about a question lives here and nowhere else: the entry screens, the live checks,
the batch schemas and the codebook all read these objects. Mutable interview state lives in
``surveytool.interview``. Expressions are kept both as the text the author wrote (for messages
and dumps) and as the parsed tree (for the evaluators).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from surveytool.common.errors import Location
from surveytool.expr import Node

if TYPE_CHECKING:
    from surveytool.form.errors import FormProblem
    from surveytool.form.external import DataFile
    from surveytool.form.search import Search

#: the ``media`` columns (``media::image``, ``image``...): kind -> language code -> file name
Media = Mapping[str, Mapping[str, str]]


def _no_text() -> Mapping[str, str]:
    return MappingProxyType({})


def _no_media() -> Media:
    return MappingProxyType({})


#: answered by the enumerator on the desktop (each has an input; see ``surveytool.ui.inputs``)
ENTERED_TYPES = frozenset(
    {
        "integer",
        "decimal",
        "text",
        "select_one",
        "select_multiple",
        "date",
        "time",
        "datetime",
        "range",
        "acknowledge",
        "barcode",
        "geopoint",
        "geotrace",
        "geoshape",
        "image",
        "audio",
        "video",
        "file",
        "rank",
    }
)
#: filled by the tool when a case is opened, changed or completed, never typed (ODK's
#: metadata; ``surveytool.interview.metadata`` says which are filled on a desktop and how)
METADATA_TYPES = frozenset(
    {
        "start",
        "end",
        "today",
        "deviceid",
        "subscriberid",
        "simserial",
        "phonenumber",
        "username",
        "email",
        "audit",
    }
)
#: what only a phone records (sensors, background recording, map editing): loaded and kept,
#: shown read-only on the desktop with a note that phones record it
PHONE_ONLY_TYPES = frozenset({"start-geopoint", "background-geopoint", "background-audio", "osm"})
#: answered with a file kept with the case (the answer is its file name, as in ODK)
MEDIA_TYPES = frozenset({"image", "audio", "video", "file"})
#: XLSForm question types the engine supports (pyxform's own spelling is mapped to these)
QUESTION_TYPES = (
    ENTERED_TYPES | METADATA_TYPES | PHONE_ONLY_TYPES | frozenset({"calculate", "note", "hidden"})
)


@dataclass(frozen=True, slots=True)
class Expression:
    """An XLSForm expression: the source text and its parsed tree."""

    source: str
    tree: Node

    def __str__(self) -> str:
        return self.source


@dataclass(frozen=True, slots=True)
class Choice:
    """One option of a choice list; ``filters`` holds extra columns used by ``choice_filter``."""

    value: str
    label: Mapping[str, str] = field(default_factory=_no_text)
    filters: Mapping[str, str] = field(default_factory=_no_text)
    media: Media = field(default_factory=_no_media)  # image, audio... files beside the form

    def label_in(self, language: str, fallback: str | None = None) -> str:
        return _translated(self.label, language, fallback) or self.value


@dataclass(frozen=True, slots=True)
class ChoiceList:
    """A named list of options, from the ``choices`` sheet or a built-in code list file."""

    name: str
    choices: tuple[Choice, ...]
    source: str = "choices"  # "choices" (the sheet) or the file name of select_one_from_file
    location: Location = field(default_factory=Location)

    def values(self) -> tuple[str, ...]:
        return tuple(choice.value for choice in self.choices)

    def labels(self, language: str, fallback: str | None = None) -> dict[str, str]:
        return {choice.value: choice.label_in(language, fallback) for choice in self.choices}


@dataclass(frozen=True, slots=True)
class Question:
    """One row of the survey sheet that holds a value (calculate and note included)."""

    name: str
    type: str
    label: Mapping[str, str] = field(default_factory=_no_text)
    hint: Mapping[str, str] = field(default_factory=_no_text)
    constraint_message: Mapping[str, str] = field(default_factory=_no_text)
    required_message: Mapping[str, str] = field(default_factory=_no_text)
    relevant: Expression | None = None
    constraint: Expression | None = None
    required: Expression | None = None
    calculation: Expression | None = None
    choice_filter: Expression | None = None
    default: str | None = None
    read_only: bool = False
    appearance: str | None = None
    choice_list: str | None = None
    or_other: bool = False
    media: Media = field(default_factory=_no_media)  # image, audio... files beside the form
    search: Search | None = None  # the ``search()`` appearance (``surveytool.form.search``)
    #: the ``parameters`` column (range: start, end, step; image: max-pixels...), as written
    parameters: Mapping[str, str] = field(default_factory=_no_text)
    #: ``direct`` (a name, phone, address: never leaves the country) or ``pseudonym`` (a
    #: code that would identify a record or its place, e.g. a cluster or household number:
    #: replaced by a keyed hash in a harmonised export); see ``surveytool.package.deidentify``
    identifier: str | None = None
    repeat: str | None = None  # name of the innermost enclosing repeat, None at case level
    groups: tuple[str, ...] = ()  # names of enclosing groups and repeats, outermost first
    location: Location = field(default_factory=Location)
    #: the name as written on the survey sheet, when it is written more than once (in different
    #: groups) and ``name`` is the unique one the form gives it (``surveytool.form.names``)
    sheet_name: str | None = None

    @property
    def is_direct_identifier(self) -> bool:
        return self.identifier == "direct"

    @property
    def is_select(self) -> bool:
        return self.type in ("select_one", "select_multiple")

    def label_in(self, language: str, fallback: str | None = None) -> str:
        return _translated(self.label, language, fallback)


@dataclass(frozen=True, slots=True)
class Group:
    """A ``begin_group``; its children are questions, groups and repeats in sheet order."""

    name: str
    label: Mapping[str, str] = field(default_factory=_no_text)
    relevant: Expression | None = None
    appearance: str | None = None
    children: tuple[Element, ...] = ()
    location: Location = field(default_factory=Location)
    #: the name as written on the survey sheet, when it is written more than once (in different
    #: groups) and ``name`` is the unique one the form gives it (``surveytool.form.names``)
    sheet_name: str | None = None

    def label_in(self, language: str, fallback: str | None = None) -> str:
        return _translated(self.label, language, fallback)


@dataclass(frozen=True, slots=True)
class Repeat(Group):
    """A ``begin_repeat``: its children exist once per instance (e.g. once per person)."""

    repeat_count: Expression | None = None


Element = Question | Group | Repeat


@dataclass(frozen=True, slots=True)
class Settings:
    form_id: str
    version: str
    title: str
    default_language: str
    #: the survey's shape (settings sheet columns ``root_level``, ``root_table``, ``root_key``
    #: and ``level_names``; see ``surveytool.form.levels``)
    root_level: str = "household"
    root_table: str = "households"
    root_key: str = ""
    level_names: tuple[tuple[str, str], ...] = ()  # (repeat, level name)
    #: the variables holding the survey key's parts (country, round, cluster, household) and
    #: the enumerator's id, answered when a case is created (settings ``survey_key`` and
    #: ``enumerator_variable``)
    survey_key: tuple[str, ...] = ()
    enumerator_variable: str = ""
    #: a case's name (settings ``instance_name``): an expression over the case's answers,
    #: shown where cases are listed (``surveytool.interview.naming``)
    instance_name: Expression | None = None
    #: settings ``style`` as written; "pages" is what the desktop does anyway (a page per group)
    style: str = ""


@dataclass(frozen=True, slots=True)
class Language:
    """A form language: ``code`` is what the UI switches on, ``name`` is the column suffix."""

    code: str
    name: str  # as written in the column header, e.g. "Français (fr)"


@dataclass(frozen=True, slots=True, eq=False)  # identity: a loaded form is one object
class Form:
    settings: Settings
    languages: tuple[Language, ...]
    children: tuple[Element, ...]
    choice_lists: Mapping[str, ChoiceList]
    source: str = ""
    warnings: tuple[FormProblem, ...] = ()  # located, rendered in any language
    #: CSV and XML files beside the form, read at load (``surveytool.form.external``)
    data_files: Mapping[str, DataFile] = field(default_factory=dict)

    @property
    def form_id(self) -> str:
        return self.settings.form_id

    @property
    def version(self) -> str:
        return self.settings.version

    @property
    def language_codes(self) -> tuple[str, ...]:
        return tuple(language.code for language in self.languages)

    def walk(self) -> Iterator[Element]:
        """Every element in sheet order, depth first."""
        yield from _walk(self.children)

    def questions(self) -> Iterator[Question]:
        return (e for e in self.walk() if isinstance(e, Question))

    def groups(self) -> Iterator[Group]:
        return (e for e in self.walk() if isinstance(e, Group) and not isinstance(e, Repeat))

    def repeats(self) -> Iterator[Repeat]:
        return (e for e in self.walk() if isinstance(e, Repeat))

    def question(self, name: str) -> Question:
        for question in self.questions():
            if question.name == name:
                return question
        raise KeyError(name)

    def element(self, name: str) -> Element:
        for element in self.walk():
            if element.name == name:
                return element
        raise KeyError(name)

    def choices_for(self, question: Question) -> ChoiceList | None:
        return self.choice_lists.get(question.choice_list) if question.choice_list else None


def _walk(elements: tuple[Element, ...]) -> Iterator[Element]:
    for element in elements:
        yield element
        if isinstance(element, Group):
            yield from _walk(element.children)


def _translated(texts: Mapping[str, str], language: str, fallback: str | None) -> str:
    if language in texts:
        return texts[language]
    if fallback and fallback in texts:
        return texts[fallback]
    return next(iter(texts.values()), "")
