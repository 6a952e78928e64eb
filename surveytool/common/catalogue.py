"""Every user-facing text of the core, by stable id, translated through gettext catalogues.

A message is declared once, where it is used, as ``message("validate.type.integer", "Not a
whole number.")``: the id is the gettext context (``msgctxt``) and the English text the
``msgid``. ``scripts/messages.py`` extracts every declaration (Babel) into
``resources/locale/surveytool.pot``; translators work on ``resources/locale/<code>/LC_MESSAGES/
surveytool.po`` in Poedit, Weblate or any gettext tool; the compiled ``.mo`` is what runs. A
language is available when its ``.mo`` file is there: adding a language is adding files.

Messages render in the language a caller asks for (a report in French while the interface is in
English), never a process-wide locale, so a ``Message`` is also a read-only mapping from
language code to text: code written for per-language dictionaries (``message.get("fr")``) reads
the catalogue unchanged. Rules files translate the same way, in a domain of their own
(``Catalogue(folder, domain)``).

Runtime needs only the standard library's ``gettext``: Babel is a tool of the translators'
workflow, not a dependency of the app.
"""

from __future__ import annotations

import gettext
import string
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from surveytool.common.resources import resource_path

SOURCE_LANGUAGE = "en"
DOMAIN = "surveytool"


class Catalogue:
    """The compiled translations of one domain in one folder: ``<folder>/<code>/LC_MESSAGES/
    <domain>.mo``, each language loaded on first use."""

    def __init__(self, folder: Path, domain: str) -> None:
        self.folder, self.domain = folder, domain

    def languages(self) -> tuple[str, ...]:
        """The source language, then every language with a compiled catalogue, by code."""
        return _languages(self.folder, self.domain)

    def translations(self, language: str) -> gettext.NullTranslations:
        """The language's catalogue; codes match whatever their case or separator (the form
        writes ``en-xa``, a folder may be ``en-XA`` or ``en_XA``)."""
        folder = _folders(self.folder).get(_tag(language), language)
        return _load(self.folder / folder / "LC_MESSAGES" / f"{self.domain}.mo")

    def text(self, language: str, context: str, english: str) -> str:
        """``english`` (of message ``context``) in ``language``; English when the language or
        the message has no translation."""
        if language == SOURCE_LANGUAGE:
            return english
        return self.translations(language).pgettext(context, english)

    def has(self, language: str, context: str, english: str) -> bool:
        """Is this message translated in ``language``?"""
        return language == SOURCE_LANGUAGE or _in_catalogue(
            self.translations(language), context, english
        )


def _in_catalogue(translations: gettext.NullTranslations, context: str, english: str) -> bool:
    catalog = getattr(translations, "_catalog", {})
    return f"{context}\x04{english}" in catalog


def _tag(code: str) -> str:
    return code.lower().replace("_", "-")


@cache
def _languages(folder: Path, domain: str) -> tuple[str, ...]:
    """Looked up once per folder: a message read as a mapping of languages asks at every
    read, and batch validation reads its 700 check messages so (0.2 s of file searches)."""
    found = sorted(
        path.parent.parent.name
        for path in folder.glob(f"*/LC_MESSAGES/{domain}.mo")
        if path.parent.parent.name != SOURCE_LANGUAGE
    )
    return (SOURCE_LANGUAGE, *found)


@cache
def _folders(folder: Path) -> dict[str, str]:
    """The language folders under ``folder`` by normalised tag."""
    if not folder.is_dir():
        return {}
    return {_tag(path.name): path.name for path in folder.iterdir() if path.is_dir()}


@cache
def _load(path: Path) -> gettext.NullTranslations:
    if not path.is_file():
        return gettext.NullTranslations()
    with path.open("rb") as handle:
        return gettext.GNUTranslations(handle)


def core() -> Catalogue:
    """The catalogue of the core's own messages."""
    return Catalogue(resource_path("resources", "locale"), DOMAIN)


def languages() -> tuple[str, ...]:
    """Languages the core speaks: English and each language whose catalogue is installed."""
    return core().languages()


def forget_loaded() -> None:
    """Drop loaded catalogues, so that files added or recompiled since are read again."""
    _load.cache_clear()
    _folders.cache_clear()
    _languages.cache_clear()


@dataclass(frozen=True, slots=True)
class Message(Mapping[str, str]):
    """One catalogued text: ``id`` is stable (translations and tests refer to it), ``english``
    the source text with ``{named}`` placeholders."""

    id: str
    english: str

    def text(self, language: str = SOURCE_LANGUAGE, **values: object) -> str:
        """The message in ``language`` with its placeholders filled."""
        template = core().text(language, self.id, self.english)
        return template.format(**values) if values else template

    def placeholders(self) -> frozenset[str]:
        return placeholders(self.english)

    # -- a mapping from language code to text, as per-language dictionaries were -----------
    def __getitem__(self, language: str) -> str:
        if language not in core().languages():
            raise KeyError(language)
        return self.text(language)

    def __iter__(self) -> Iterator[str]:
        return iter(core().languages())

    def __len__(self) -> int:
        return len(core().languages())

    def __hash__(self) -> int:
        return hash(self.id)


def message(id: str, english: str) -> Message:
    """Declare a message. ``scripts/messages.py`` finds these calls: give both as literals."""
    return Message(id, english)


def placeholders(template: str) -> frozenset[str]:
    """The ``{named}`` fields of a template."""
    return frozenset(
        field.split(".")[0].split("[")[0]
        for _, field, _, _ in string.Formatter().parse(template)
        if field
    )


@dataclass(frozen=True, slots=True)
class CataloguedText(Mapping[str, str]):
    """Text kept as data (a rules file's message: English, perhaps more languages written
    beside it) and translated in a catalogue of its own, under ``context`` (the rule id).
    A language written in the data wins over the catalogue."""

    catalogue: Catalogue
    context: str
    given: Mapping[str, str]

    def __getitem__(self, language: str) -> str:
        if language in self.given:
            return self.given[language]
        english = self.given.get(SOURCE_LANGUAGE)
        if english is not None and self.catalogue.has(language, self.context, english):
            return self.catalogue.text(language, self.context, english)
        raise KeyError(language)

    def __iter__(self) -> Iterator[str]:
        english = self.given.get(SOURCE_LANGUAGE)
        found = [
            language
            for language in self.catalogue.languages()
            if english is not None and self.catalogue.has(language, self.context, english)
        ]
        return iter(dict.fromkeys([*self.given, *found]))

    def __len__(self) -> int:
        return sum(1 for _ in self)
