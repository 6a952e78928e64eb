"""The office's harmonised package for the African Union: approved cases, de-identified.

Made in two steps so the officer sees the disclosure report before anything is written
(the GUI shows it between them): ``plan_harmonised`` builds the tables (flatten, derive the
spec's §7.1 variables, remove direct identifiers and pseudonymise keys with the office's HMAC
key, top-code) and the disclosure report; ``write_harmonised`` writes the package.

What leaves the country carries no direct identifier: the columns marked ``identifier:
direct`` and every calculation reading them are dropped before anything is rendered, and the
validation report travels as its summary only (its failures would name households and show
the values that failed, a phone number among them).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from surveytool.common.catalogue import message
from surveytool.common.errors import Location, Problem, UserError
from surveytool.common.progress import NullProgress, Progress, stop_if_cancelled
from surveytool.form.levels import levels
from surveytool.form.model import Form
from surveytool.package import container
from surveytool.package.codebook import codebook_xlsx
from surveytool.package.datapackage import descriptor
from surveytool.package.deidentify import deidentify
from surveytool.package.derive import (
    Derivations,
    default_derivations_path,
    derive_with_notes,
    load_derivations,
)
from surveytool.package.disclosure import disclosure_report, topcode
from surveytool.package.form_files import form_file_members
from surveytool.package.harmonised_metadata import harmonised_metadata
from surveytool.package.keys import KeyRing
from surveytool.package.manifest import publish
from surveytool.package.renderings import render
from surveytool.package.tabular import csv_bytes
from surveytool.store import Store
from surveytool.store.statuses import status_name
from surveytool.validate.batch import validate_frames
from surveytool.validate.inputs import store_tables, text_frames
from surveytool.validate.rules import RuleSet

KIND = "harmonised"
DEFAULT_INCLUDE = ("approved",)

_EITHER = message("package.harmonised.either", "{first} or {second}")
_NOTHING = message(
    "package.harmonised.nothing",
    "no case with status {statuses} in this store: approve cases before exporting",
)


@dataclass(frozen=True)
class HarmonisedPlan:
    """What the package will hold, computed but not written."""

    form: Form
    tables: dict[str, pd.DataFrame]  # de-identified, derived, top-coded: the canonical tables
    derivations: Derivations
    disclosure: dict[str, Any]
    validation: dict[str, Any]
    metadata: dict[str, Any]
    include: tuple[str, ...]
    cases: int
    countries: list[str] = field(default_factory=list)
    rounds: list[str] = field(default_factory=list)

    @property
    def smallest_cell(self) -> int | None:
        value = self.disclosure.get("k_anonymity", {}).get("smallest_cell")
        return int(value) if value is not None else None


@dataclass(frozen=True, slots=True)
class HarmonisedExport:
    path: Path
    package_id: str
    digest: str
    sequence: int
    cases: int
    smallest_cell: int | None


def plan_harmonised(
    store: Store,
    form: Form,
    rules: RuleSet | None,
    ring: KeyRing,
    *,
    include: tuple[str, ...] = DEFAULT_INCLUDE,
    progress: Progress | None = None,
) -> HarmonisedPlan:
    """The harmonised tables and their disclosure report, for the cases of ``include``."""
    progress = progress or NullProgress()
    rows = [r for r in store.cases() if r.form_id == form.form_id and r.status in include]
    if not rows:
        raise UserError(_NOTHING, Location(str(store.path)), statuses=_either(include))
    tables = store_tables(store, form, statuses=include)
    progress.update(1, 4, "tables")
    stop_if_cancelled(progress)
    report = validate_frames(form, rules, text_frames(store, form, tables))
    validation = {
        "summary": [asdict(line) for line in report.summary],
        "errors": report.errors,
        "warnings": report.warnings,
        "statuses": list(include),
    }
    progress.update(2, 4, "validation")
    stop_if_cancelled(progress)
    path = default_derivations_path(form)
    derivations = load_derivations(path, form) if path.is_file() else Derivations(items=())
    rates = rules.rates if rules is not None else None
    derived, notes = derive_with_notes(tables, form, derivations, rates)
    clean = deidentify(derived, form, ring.hmac_key())
    progress.update(3, 4, "derived")
    stop_if_cancelled(progress)
    settings = derivations.disclosure
    disclosure = disclosure_report(clean, form, settings) | {"notes": notes}
    final = _fifteen_digits(topcode(clean, form, settings))
    metadata = harmonised_metadata(form, derivations, final, rates)
    progress.update(4, 4, "disclosure")
    return HarmonisedPlan(
        form,
        final,
        derivations,
        disclosure,
        validation,
        metadata,
        include,
        len(rows),
        sorted({r.key.country for r in rows}),
        sorted({r.key.round for r in rows}),
    )


def write_harmonised(
    store: Store,
    plan: HarmonisedPlan,
    ring: KeyRing,
    out: Path,
    *,
    progress: Progress | None = None,
) -> HarmonisedExport:
    """Write the planned package to ``out`` (atomically) and record it as sent."""
    progress = progress or NullProgress()
    form, tables = plan.form, plan.tables
    variables = plan.derivations.variables
    members = {f"{level.table}.csv": csv_bytes(tables[level.table]) for level in levels(form)}
    progress.update(1, 4, "tables")
    members["codebook.xlsx"] = codebook_xlsx(form, tables, variables)
    members.update(form_file_members(form))  # the CSV/XML files beside the form
    members["validation.json"] = container.canonical_json(plan.validation)
    members["disclosure.json"] = container.canonical_json(plan.disclosure)
    members.update(render(tables, form, variables))
    progress.update(2, 4, "renderings")
    stop_if_cancelled(progress)
    described = descriptor(form, tables, members, derived=variables)
    members["datapackage.json"] = container.canonical_json(described)
    extra = {
        "metadata": json.loads(json.dumps(plan.metadata, default=str)),
        "include": list(plan.include),
    }
    done = publish(
        store,
        form,
        KIND,
        members,
        ring,
        out,
        cases=plan.cases,
        countries=plan.countries,
        rounds=plan.rounds,
        sent={},
        extra=extra,
        progress=progress,
    )
    return HarmonisedExport(
        out, done.package_id, done.digest, done.sequence, plan.cases, plan.smallest_cell
    )


def _either(statuses: tuple[str, ...]) -> object:
    """ "approved" or "approved or complete", in the sentence's language."""
    names = [status_name(s) for s in statuses]
    if len(names) == 1:
        return names[0]
    return Problem(_EITHER, {"first": names[0], "second": names[1]})


def _fifteen_digits(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Decimal columns to 15 significant digits, what a spreadsheet holds (and openpyxl
    writes, ``%.16g``), so the XLSX rendering equals the CSV, Parquet, Stata and SPSS ones;
    no entered amount has more, only ratios such as the recruitment cost index do."""
    out = {}
    for name, table in tables.items():
        decimals = [c for c in table.columns if pd.api.types.is_float_dtype(table[c].dtype)]
        frame = table.copy() if decimals else table
        for column in decimals:
            values = frame[column]
            mapping = {v: float(f"{v:.15g}") for v in values.dropna().unique()}
            frame[column] = values.map(mapping).astype(values.dtype)
        out[name] = frame
    return out


def export_harmonised(
    store: Store,
    form: Form,
    rules: RuleSet | None,
    ring: KeyRing,
    out: Path,
    *,
    include: tuple[str, ...] = DEFAULT_INCLUDE,
    progress: Progress | None = None,
) -> HarmonisedExport:
    """Plan and write in one go (the command line)."""
    plan = plan_harmonised(store, form, rules, ring, include=include, progress=progress)
    return write_harmonised(store, plan, ring, out, progress=progress)
