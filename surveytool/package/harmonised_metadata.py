"""The spec section 8 metadata of a harmonised package (the manifest's ``metadata``).

What the data say is read from the data (the survey country, year and quarter, hence the
reference period of reading I1, and WA_MIN), what the form says from the form, and the rest
(usual-residence rule, migrant basis, weights, ICLS version, classifications) from the
``metadata`` section of the derivations file, which also names the columns to read
(``reference: {country, year, quarter}``, ``wa_min``). Nothing here names a survey.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from surveytool.form.levels import levels
from surveytool.form.model import Form
from surveytool.package.derive import Derivations
from surveytool.validate.rates import Rates

_FROM_FILE = ("usual_residence_rule", "migrant_basis", "weights", "icls", "classifications")


def harmonised_metadata(
    form: Form,
    derivations: Derivations,
    tables: Mapping[str, pd.DataFrame],
    rates: Rates | None,
) -> dict[str, Any]:
    """JSON-able metadata of the export of ``tables`` (after derivation)."""
    given = derivations.metadata
    root = tables.get(levels(form)[0].table, pd.DataFrame())
    reference = given.get("reference") or {}
    years = _distinct(root, reference.get("year"))
    quarters = _distinct(root, reference.get("quarter"))
    metadata: dict[str, Any] = {
        "survey": given.get("survey", form.settings.title),
        "form": {"id": form.form_id, "version": form.version, "title": form.settings.title},
        "country": _one_or_all(_distinct(root, reference.get("country"))),
        "reference_year": _one_or_all(years),
        "reference_period": _period(root, reference),
        "wa_min": _one_or_all(_distinct(root, given.get("wa_min"))),
        "exchange_rates": rates.describe() if rates is not None else None,
        "derivations": Path(derivations.path).name if derivations.path else None,
        "derived_variables": [
            {"name": v.name, "level": v.level, "type": v.type, "label": v.labels.get("en", "")}
            for v in derivations.variables
        ],
    }
    if quarters:
        metadata["reference_quarter"] = _one_or_all(quarters)
    for key in _FROM_FILE:
        if key in given:
            metadata[key] = given[key]
    return metadata


def _distinct(frame: pd.DataFrame, column: object) -> list[str]:
    if not isinstance(column, str) or column not in frame.columns:
        return []
    return sorted({str(v) for v in frame[column].dropna().tolist()})


def _one_or_all(values: list[str]) -> str | list[str] | None:
    if not values:
        return None
    return values[0] if len(values) == 1 else values


def _period(root: pd.DataFrame, reference: Mapping[str, Any]) -> str | None:
    """Reading I1: one quarter is ``2025Q2``; several quarters (or none) of one year are the
    year; several years are listed ``2024/2025``."""
    years = _distinct(root, reference.get("year"))
    quarters = _distinct(root, reference.get("quarter"))
    if not years:
        return None
    if len(years) > 1:
        return "/".join(years)
    if len(quarters) == 1 and int(root[str(reference["quarter"])].isna().sum()) == 0:
        return f"{years[0]}Q{quarters[0]}"
    return years[0]
