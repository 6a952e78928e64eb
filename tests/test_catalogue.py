"""The gettext catalogues are whole: every message of the code and of every rules file is
translated in every shipped language, with the same placeholders, and compiled.

Shipped languages are the ``.po`` files there are (adding a language is adding files); the
templates are extracted afresh from the code, so a message added without running
``scripts/messages.py`` fails here, as does a template or ``.mo`` left stale.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo

from surveytool.common.catalogue import Message, message, placeholders
from surveytool.common.resources import resource_path

sys.path.insert(0, str(resource_path("scripts")))
import messages

CATALOGUES = messages.catalogues()
SHIPPED = [
    (po, template)
    for folder, domain, template in CATALOGUES
    for po in sorted(folder.glob(f"*/LC_MESSAGES/{domain}.po"))
]


def _name(item: object) -> str:
    return str(item.relative_to(resource_path())) if isinstance(item, Path) else ""


def test_every_shipped_language_has_every_catalogue():
    core_languages = {po.parent.parent.name for po, _ in SHIPPED if po.stem == messages.DOMAIN}
    assert core_languages >= {"fr", "ar", "pt"}
    for folder, domain, _ in CATALOGUES:
        found = {path.parent.parent.name for path in folder.glob(f"*/LC_MESSAGES/{domain}.po")}
        assert found == core_languages, f"{domain}: {sorted(found ^ core_languages)}"


def test_the_core_declares_messages():
    core = next(template for folder, _, template in CATALOGUES if folder == messages.CORE)
    assert len(core) > 50  # the catalogue is in use, not just built


@pytest.mark.parametrize(("po", "template"), SHIPPED, ids=[_name(po) for po, _ in SHIPPED])
def test_every_message_is_translated_with_the_same_placeholders(po: Path, template):
    catalog = messages._read(po)
    wanted = {(entry.context, entry.id) for entry in template if entry.id}
    have = {(entry.context, entry.id): entry for entry in catalog if entry.id}
    missing = sorted(f"{context}: {text}" for context, text in wanted - set(have))
    assert not missing, "not in the .po (run scripts/messages.py update):\n" + "\n".join(missing)
    stale = sorted(f"{context}" for context, _ in set(have) - wanted)
    assert not stale, "in the .po but gone from the code:\n" + "\n".join(stale)
    untranslated = sorted(
        f"{context}"
        for key, entry in have.items()
        for context in [key[0]]
        if not entry.string or entry.fuzzy
    )
    assert not untranslated, "untranslated or fuzzy:\n" + "\n".join(untranslated)
    differing = sorted(
        f"{key[0]}: {sorted(placeholders(str(key[1])))} vs {sorted(placeholders(str(entry.string)))}"
        for key, entry in have.items()
        if placeholders(str(key[1])) != placeholders(str(entry.string))
    )
    assert not differing, "placeholders differ:\n" + "\n".join(differing)


@pytest.mark.parametrize(("po", "template"), SHIPPED, ids=[_name(po) for po, _ in SHIPPED])
def test_the_compiled_catalogue_is_up_to_date(po: Path, template):
    fresh = io.BytesIO()
    write_mo(fresh, messages._read(po), use_fuzzy=False)
    assert po.with_suffix(".mo").read_bytes() == fresh.getvalue(), (
        f"{_name(po)}: run scripts/messages.py compile"
    )


def test_the_committed_templates_match_the_code():
    for folder, domain, template in CATALOGUES:
        pot = folder / f"{domain}.pot"
        committed = {(e.context, e.id) for e in messages._read(pot) if e.id}
        assert committed == {(e.context, e.id) for e in template if e.id}, (
            f"{_name(pot)}: run scripts/messages.py extract"
        )


def test_a_message_renders_in_a_language_and_falls_back_to_english():
    from surveytool.validate.checks import choice_message

    chosen = choice_message()
    assert isinstance(chosen, Message)
    assert chosen.text("fr") != chosen.text("en")
    assert chosen.text("xx") == chosen.text("en")  # a language without catalogue: English
    undeclared = message("test.not.in.catalogue", "Only {what} in English")
    assert undeclared.text("fr", what="this") == "Only this in English"


def test_a_location_reads_in_the_language_with_its_own_comma():
    from surveytool.common.errors import Location

    where = Location("persons.csv", row=3, column="age")
    assert where.text("en") == "persons.csv, row 3, column age"
    assert "، " in where.text("ar") and ", " not in where.text("ar")
