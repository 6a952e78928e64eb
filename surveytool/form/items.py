"""Small readings of one element of pyxform's JSON (``workbook_to_json``'s children), kept apart
from the build stage (``xlsform.py``) so that it stays one class."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from surveytool.expr import Node, parse


def sheet_name(item: Mapping[str, Any], name: str) -> str | None:
    """The written name when the element was given another (``form.names``)."""
    written = str(item.get("name", ""))
    return written if written != name else None


def headers(header_rows: list[Mapping[str, Any]] | None) -> list[str]:
    """A sheet's column headers in order, from pyxform's header rows."""
    return list(header_rows[0].keys()) if header_rows else []


def list_name(item: Mapping[str, Any]) -> str | None:
    """The choice list a select reads: its list name, or its file's stem (``_from_file``)."""
    itemset = item.get("itemset")
    if itemset is None:
        return None
    given = item.get("list_name")
    if given:
        return str(given)
    return Path(str(itemset)).stem  # select_one_from_file: the list is named after its file


def is_generated_other(item: Mapping[str, Any]) -> bool:
    """pyxform's "specify other" text question, which ``or_other`` adds after a select."""
    relevant = str(item.get("bind", {}).get("relevant", ""))
    return relevant.startswith("selected(../") and relevant.endswith(", 'other')")


def other_relevance(select_name: str) -> tuple[str, Node]:
    """That question's relevance, written with ``${}`` as an author would."""
    text = f"selected(${{{select_name}}}, 'other')"
    return text, parse(text)


def with_guidance(hint: Mapping[str, str], guidance: Mapping[str, str]) -> Mapping[str, str]:
    """The hint with the ``guidance_hint`` under it, per language.

    ODK Collect keeps guidance for the enumerator behind a setting (hidden by default) and
    Enketo behind a "more details" fold; a desktop screen has the room, so it is shown under
    the hint, after a blank line, rather than refused or dropped."""
    if not guidance:
        return hint
    merged = dict(hint)
    for language, text in guidance.items():
        merged[language] = f"{merged[language]}\n\n{text}" if merged.get(language) else text
    return MappingProxyType(merged)
