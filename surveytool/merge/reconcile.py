"""Form versions reconciled by variable name, never by position.

The merged dictionary (``variables.json``) is the folder's reference: per level table, per
variable, its type, labels, categories and the form versions that carry it. A package of a
new version is reconciled against it before anything of it is written:

* a variable the package lacks is empty (null) in its rows; one only the package has is
  added, empty in the rows merged before (readers unify the schemas, nothing is rewritten);
* a choice list compared by label: a code whose label matches stays; a label found under
  another code is *mapped* to the merged code (the package's cells are recoded); a new label
  under a free code is added; a code whose label changed while the old label left the list
  keeps its code (a relabelling); a choice the version no longer offers is only noted;
* what cannot be reconciled refuses the package, naming the variable and both versions: a
  type that changed (integer to text) where both sides hold values, or a new label whose
  code means something else that the version still offers.

The code space of a folder is therefore fixed by the first version merged into it; later
versions are mapped into it, so partitions already written never need rewriting. A column
that is entirely empty in a package never conflicts: it takes the merged type.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from surveytool.common.catalogue import message
from surveytool.common.errors import Location, UserError
from surveytool.merge.words import type_word

FORMAT = "surveytool-merged-variables"
LANGUAGES = ("en", "fr", "ar", "pt")
_TYPES = {"integer": "integer", "number": "number", "date": "date"}

_TYPE_CHANGED = message(
    "merge.reconcile.type_changed",
    "variable '{variable}' of table {table} is {new_type} in form version {version} but "
    "{old_type} in version(s) {versions}: the versions cannot be merged under one name, so "
    "this package is refused",
)
_UNMATCHED = message(
    "merge.reconcile.unmatched",
    "variable '{variable}' of table {table}: code {code} '{label}' of form version {version} "
    "matches no choice of version(s) {versions}, where code {code} means '{other}': the "
    "choice lists cannot be mapped, so this package is refused",
)
_OTHER_FORM = message(
    "merge.reconcile.other_form",
    "this folder merges form '{expected}'; the package holds form '{form}': merge it into "
    "another folder",
)


@dataclass
class Reconciled:
    """What reconciling one package gives: the dictionary after it, the recoding of its
    cells (table -> column -> package code -> merged code), the type each column is written
    with, and notes for the merge report."""

    dictionary: dict[str, Any]
    recodes: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)
    types: dict[str, dict[str, str]] = field(default_factory=dict)
    notes: list[dict[str, Any]] = field(default_factory=list)


def empty_dictionary(form_id: str) -> dict[str, Any]:
    return {"format": FORMAT, "form_id": form_id, "versions": [], "levels": {}}


def reconcile(
    dictionary: Mapping[str, Any],
    *,
    form_id: str,
    version: str,
    levels: Mapping[str, str],
    fields: Mapping[str, list[dict[str, Any]]],
    empty: Mapping[str, Iterable[str]],
    where: str,
) -> Reconciled:
    """Reconcile a package of ``form_id`` ``version`` (its tables' ``levels``, descriptor
    ``fields`` and the columns that are all ``empty``) with ``dictionary``; the given
    dictionary is not changed. Raises ``UserError`` for what cannot be reconciled."""
    merged = _copy(dictionary) if dictionary else empty_dictionary(form_id)
    if merged["form_id"] != form_id:
        raise UserError(_OTHER_FORM, Location(where), expected=merged["form_id"], form=form_id)
    earlier = [v for v in merged["versions"] if v != version]
    result = Reconciled(merged)
    for table, table_fields in fields.items():
        level = merged["levels"].setdefault(table, {"level": levels[table], "variables": {}})
        variables: dict[str, Any] = level["variables"]
        blank = set(empty.get(table, ()))
        given = set()
        for item in table_fields:
            name = str(item["name"])
            given.add(name)
            incoming = _variable(item, version, name not in blank)
            known = variables.get(name)
            if known is None:
                variables[name] = incoming
                if earlier:
                    result.notes.append(_note("added", table, name, version, earlier=earlier))
            else:
                _join(known, incoming, table, name, version, where, result)
            result.types.setdefault(table, {})[name] = variables[name]["type"]
        for name, known in variables.items():
            if name not in given and version not in known["versions"]:
                result.notes.append(_note("missing", table, name, version))
    if version not in merged["versions"]:
        merged["versions"].append(version)
    return result


def _copy(dictionary: Mapping[str, Any]) -> dict[str, Any]:
    """A deep copy of the (JSON-like) dictionary: pickle's C round trip, some ten times
    faster than ``copy.deepcopy`` on the thousands of small dicts of a merged dictionary."""
    copied: dict[str, Any] = pickle.loads(pickle.dumps(dict(dictionary), pickle.HIGHEST_PROTOCOL))
    return copied


def _variable(item: Mapping[str, Any], version: str, has_values: bool) -> dict[str, Any]:
    """A descriptor field as a dictionary entry."""
    found: dict[str, Any] = {
        "type": _TYPES.get(str(item.get("type")), "string"),
        "labels": _labels(item.get("title"), item.get("labels")),
    }
    choices = item.get("categories", item.get("itemCategories"))
    if isinstance(choices, list):
        found["categories"] = {
            str(c["value"]): _labels(c.get("label"), c.get("labels")) for c in choices
        }
        found["multiple"] = "categories" not in item
    found["versions"] = [version]
    found["has_values"] = has_values
    return found


def _labels(first: object, others: object) -> dict[str, str]:
    """``{language: text}`` from a descriptor's ``title``/``label`` (in the first of the
    form's languages in en, fr, ar, pt order, the one ``labels`` does not list) and its
    ``labels`` (the other languages)."""
    rest = {str(k): str(v) for k, v in others.items()} if isinstance(others, dict) else {}
    if first is None:
        return rest
    primary = next((code for code in LANGUAGES if code not in rest), "en")
    return {primary: str(first), **rest}


def _key(labels: Mapping[str, str]) -> str:
    """What two labels are compared on: the first language's text, case and spacing aside."""
    text = next((labels[c] for c in LANGUAGES if c in labels), next(iter(labels.values()), ""))
    return " ".join(text.split()).casefold()


def _join(
    known: dict[str, Any],
    incoming: dict[str, Any],
    table: str,
    name: str,
    version: str,
    where: str,
    result: Reconciled,
) -> None:
    """Fold a version's entry of a variable into the merged one (in place)."""
    versions = [v for v in known["versions"] if v != version] or known["versions"]
    if known["type"] != incoming["type"]:
        if not incoming["has_values"]:
            pass  # an empty column takes the merged type
        elif not known["has_values"]:
            known["type"] = incoming["type"]  # earlier rows are all null: they read as it
        else:
            raise UserError(
                _TYPE_CHANGED,
                Location(where, column=name),
                variable=name,
                table=table,
                new_type=type_word(incoming["type"]),
                old_type=type_word(known["type"]),
                version=version,
                versions=", ".join(versions),
            )
    for language, text in incoming["labels"].items():
        known["labels"].setdefault(language, text)
    if "categories" in incoming:
        if "categories" not in known:
            known["categories"] = incoming["categories"]
            known["multiple"] = incoming["multiple"]
        else:
            mapping = _match(known, incoming["categories"], table, name, version, where, result)
            if mapping:
                result.recodes.setdefault(table, {})[name] = mapping
    known["has_values"] = known["has_values"] or incoming["has_values"]
    if version not in known["versions"]:
        known["versions"].append(version)


def _match(
    known: dict[str, Any],
    offered: Mapping[str, dict[str, str]],
    table: str,
    name: str,
    version: str,
    where: str,
    result: Reconciled,
) -> dict[str, str]:
    """The package's codes mapped to the merged ones, by label (see the module docstring);
    ``known["categories"]`` gains the choices that are new."""
    merged: dict[str, dict[str, str]] = known["categories"]
    if offered == merged:
        return {}  # the same list (every package of a version already merged): nothing to map
    by_label: dict[str, str] = {}
    for code, labels in merged.items():
        by_label.setdefault(_key(labels), code)
    offered_labels = {_key(labels) for labels in offered.values()}
    mapping: dict[str, str] = {}
    for code, labels in offered.items():
        label = _key(labels)
        if code in merged and _key(merged[code]) == label:
            continue
        if label in by_label:
            mapping[code] = by_label[label]
            note = _note("recoded", table, name, version, code=code, to=by_label[label])
            result.notes.append(note | {"label": _first(labels)})
        elif code not in merged:
            merged[code] = labels
            by_label[label] = code
            result.notes.append(_note("choice_added", table, name, version, code=code))
        elif _key(merged[code]) not in offered_labels:
            note = _note("relabelled", table, name, version, code=code)
            result.notes.append(note | {"was": _first(merged[code]), "now": _first(labels)})
        else:
            raise UserError(
                _UNMATCHED,
                Location(where, column=name),
                variable=name,
                table=table,
                code=code,
                label=_first(labels),
                version=version,
                versions=", ".join(v for v in known["versions"] if v != version),
                other=_first(merged[code]),
            )
    mapped = set(mapping.values()) | {c for c in offered if c not in mapping}
    for code, labels in merged.items():
        if code not in mapped and _key(labels) not in offered_labels:
            note = _note("choice_missing", table, name, version, code=code)
            result.notes.append(note | {"label": _first(labels)})
    return mapping


def _first(labels: Mapping[str, str]) -> str:
    return next((labels[c] for c in LANGUAGES if c in labels), next(iter(labels.values()), ""))


def _note(kind: str, table: str, variable: str, version: str, **more: Any) -> dict[str, Any]:
    return {"note": kind, "table": table, "variable": variable, "version": version, **more}
