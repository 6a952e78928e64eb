"""A core catalogue written in a test's folder, standing in for a language whose translations
are not done yet: a test can show that a text is rendered in the language asked for."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from surveytool.common import catalogue


def install(
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    texts: Mapping[tuple[str, str], str],
) -> None:
    """Make ``texts`` ((id, English) -> translation) the whole core catalogue of ``language``
    until the test ends (``monkeypatch`` undoes it; call ``catalogue.forget_loaded`` after)."""
    mo = folder / language / "LC_MESSAGES" / f"{catalogue.DOMAIN}.mo"
    mo.parent.mkdir(parents=True)
    built = Catalog(locale=language)
    for (context, english), text in texts.items():
        built.add(english, text, context=context)
    with mo.open("wb") as handle:
        write_mo(handle, built)
    catalogue.forget_loaded()
    monkeypatch.setattr(catalogue, "core", lambda: catalogue.Catalogue(folder, catalogue.DOMAIN))
