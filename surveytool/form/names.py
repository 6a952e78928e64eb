"""One name, two groups: how a name written twice is addressed, and refusals naming both rows.

pyxform lets the same name stand in two different groups (``mother/age`` and ``father/age``);
it refuses the same name twice under one parent, and any ``${age}`` once ``age`` is written
twice, since the reference would be ambiguous. Our engine, store and flat tables key answers
and columns by name, so every element of a name written more than once gets a unique name:

- ``<parent>_<name>``, the nearest enclosing group or repeat as written (``mother_age``,
  ``father_age``); every element of that name is renamed, none keeps the bare name, so the two
  read alike and neither depends on which came first on the sheet. An element outside every
  group keeps its written name (``age`` beside ``persons_age``).
- When that is a name written on the sheet or already given, the next ancestors are put in
  front (``household_mother_age``), then a number (``mother_age_2``).

The model keeps the written name (``sheet_name``) beside the unique one, and the survey sheet's
index learns each unique name's row, so every later message about that element points at its
own row. A refusal of pyxform's about a name written twice becomes ours, naming both rows.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from surveytool.common.catalogue import message
from surveytool.common.errors import Location
from surveytool.form.errors import FormProblem
from surveytool.form.sheets import SheetIndex

DUPLICATE_SIBLING = message(
    "form.name.duplicate",
    "the name '{name}' is already used at row {first} in the same group: names must differ "
    "within a group (the same name may stand in two different groups)",
)
DUPLICATE_CHOICE = message(
    "form.name.duplicate_choice",
    "the choice '{name}' is already in the list '{list}' at row {first}: rename one, or set "
    "allow_choice_duplicates to yes on the settings sheet if both are meant",
)
AMBIGUOUS_REFERENCE = message(
    "form.name.ambiguous",
    "the {column} refers to ${{{name}}}, but '{name}' is the name of more than one question "
    "or group (rows {rows}): rename one of them, or refer to another question",
)

_END_ROW = re.compile(r"^end[ _]", re.IGNORECASE)
_SIBLING = re.compile(
    r"the 'name' value '([^']+)' is invalid\. Questions, groups, and repeats must be unique"
)
_AMBIGUOUS = re.compile(
    r"the '([^']+)' value is invalid\. Reference variables names must be unique anywhere in "
    r"the 'survey'\. The name '([^']+)' appears more than once"
)
_ROW = re.compile(r"\[row\s*:\s*(\d+)\]")
_CHOICE_TWICE = re.compile(r"Choice names must be unique for each choice list")


def unique_names(children: Sequence[Mapping[str, Any]], survey: SheetIndex) -> dict[int, str]:
    """``id(item)`` -> unique name for each element (of ``workbook_to_json``'s children) whose
    name is written more than once; ``survey`` learns the row of each unique name."""
    found = list(_elements(children, ()))
    counts = Counter(written for _, written, _ in found)
    taken = set(counts)
    renamed: dict[int, str] = {}
    rows = _rows_by_name(survey)
    seen: Counter[str] = Counter()
    for item, written, ancestors in found:
        occurrence = seen[written]
        seen[written] += 1
        if counts[written] < 2 or not ancestors:
            continue
        unique = _free_name(written, ancestors, taken)
        taken.add(unique)
        renamed[id(item)] = unique
        if len(rows.get(written, ())) == counts[written]:
            survey.alias(unique, rows[written][occurrence])
    return renamed


def sheet_rows(survey: SheetIndex, name: str) -> list[int]:
    """The sheet rows where ``name`` is written (end rows that repeat a group's name aside)."""
    return [survey.sheet_row(index) for index in _rows_by_name(survey).get(name, [])]


def name_refusal(
    message_text: str, file: str, sheets: Mapping[str, SheetIndex]
) -> FormProblem | None:
    """pyxform's refusal of a name written twice, as ours naming both rows; None otherwise."""
    row_match = _ROW.search(message_text)
    row = int(row_match.group(1)) if row_match else None
    survey = sheets["survey"]
    if _CHOICE_TWICE.search(message_text) and row is not None and "choices" in sheets:
        return _choice_refusal(file, sheets["choices"], row)
    sibling = _SIBLING.search(message_text)
    if sibling and row is not None:
        name = sibling.group(1)
        earlier = [r for r in sheet_rows(survey, name) if r < row]
        if earlier:
            where = Location(file, "survey", row, survey.describe_column("name"))
            return FormProblem(DUPLICATE_SIBLING, where, {"name": name, "first": earlier[-1]})
    ambiguous = _AMBIGUOUS.search(message_text)
    if ambiguous and row is not None:
        column, name = ambiguous.groups()
        rows = sheet_rows(survey, name)
        where = Location(file, "survey", row, survey.describe_column(column))
        shown = ", ".join(str(r) for r in rows) or "?"
        return FormProblem(
            AMBIGUOUS_REFERENCE, where, {"column": column, "name": name, "rows": shown}
        )
    return None


def _choice_refusal(file: str, choices: SheetIndex, row: int) -> FormProblem | None:
    """A choice written twice in its list: both rows, and the setting that allows it."""
    index = row - 2
    if not 0 <= index < len(choices.rows):
        return None
    wanted = _choice_key(choices.rows[index])
    earlier = [i for i in range(index) if _choice_key(choices.rows[i]) == wanted]
    if not earlier:
        return None
    where = Location(file, "choices", row, choices.describe_column("name"))
    values = {"name": wanted[1], "list": wanted[0], "first": choices.sheet_row(earlier[-1])}
    return FormProblem(DUPLICATE_CHOICE, where, values)


def _choice_key(row: Mapping[str, Any]) -> tuple[str, str]:
    list_name = row.get("list_name", row.get("list name", ""))
    return str(list_name or "").strip(), str(row.get("name", "") or "").strip()


def _elements(
    items: Sequence[Mapping[str, Any]], ancestors: tuple[str, ...]
) -> Iterator[tuple[Mapping[str, Any], str, tuple[str, ...]]]:
    """(item, written name, enclosing groups' written names) in sheet order; pyxform's meta
    group is not ours, but an ``audit`` inside it is a question at the top."""
    for item in items:
        written = str(item.get("name", ""))
        children = item.get("children") or []
        if item.get("type") == "group" and written == "meta" and not ancestors:
            yield from _elements([c for c in children if c.get("type") == "audit"], ())
            continue
        yield item, written, ancestors
        if item.get("type") in ("group", "repeat"):
            yield from _elements(children, (*ancestors, written))


def _free_name(written: str, ancestors: tuple[str, ...], taken: set[str]) -> str:
    for depth in range(1, len(ancestors) + 1):
        candidate = "_".join((*ancestors[-depth:], written))
        if candidate not in taken:
            return candidate
    base = "_".join((*ancestors, written))
    number = 2
    while f"{base}_{number}" in taken:
        number += 1
    return f"{base}_{number}"


def _rows_by_name(survey: SheetIndex) -> dict[str, list[int]]:
    found: dict[str, list[int]] = defaultdict(list)
    for index, row in enumerate(survey.rows):
        name = str(row.get("name", "") or "").strip()
        if name and not _END_ROW.match(str(row.get("type", "") or "").strip()):
            found[name].append(index)
    return found
