"""Entities (ODK Central's lists updated by submissions): accepted, kept as answers, said so.

An ``entities`` sheet names an entity list (``dataset``) and a label; a ``save_to`` column
names the entity property a question's answer goes to. ODK Central creates or updates an
entity from each submission; a desktop that exchanges signed packages has no entity lists, so
the answers are kept as answers and nothing else. The form is accepted (pyxform accepts it,
and the survey is the same), with one located warning for the sheet and one per ``save_to``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from surveytool.common.catalogue import message
from surveytool.common.errors import Location
from surveytool.form.errors import FormProblem
from surveytool.form.sheets import SheetIndex

SAVE_TO = "entities:saveto"  # pyxform's bind key for the save_to column

ENTITY_LIST_IGNORED = message(
    "form.entities.ignored",
    "the entities sheet names the entity list '{dataset}': ODK Central creates or updates an "
    "entity from each submission; surveytool keeps the answers only (it has no entity lists)",
)
SAVE_TO_IGNORED = message(
    "form.entities.save_to",
    "save_to '{property}': kept as this question's answer only (surveytool has no entity lists)",
)


def save_to_warnings(item: Mapping[str, Any], where: Location) -> list[FormProblem]:
    """The warning for a question's ``save_to`` cell (none without one)."""
    saved = str(item.get("bind", {}).get(SAVE_TO) or "").strip()
    return [FormProblem(SAVE_TO_IGNORED, where, {"property": saved})] if saved else []


def entity_list_warnings(
    children: Sequence[Mapping[str, Any]], sheet: SheetIndex
) -> list[FormProblem]:
    """The warning for the entities sheet, found where pyxform puts it (its meta group)."""
    found = []
    for item in children:
        if item.get("type") == "group" and item.get("name") == "meta":
            for entity in item.get("children") or []:
                if entity.get("type") != "entity":
                    continue
                dataset = next(
                    (
                        str(a.get("value"))
                        for a in entity.get("children") or []
                        if a.get("name") == "dataset"
                    ),
                    "?",
                )
                where = sheet.at(0, "dataset")
                found.append(FormProblem(ENTITY_LIST_IGNORED, where, {"dataset": dataset}))
    return found
