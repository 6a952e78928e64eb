"""Rules that need reference data rather than an expression (code lists, duplicates).

Each built-in returns the failing row positions; a rule naming a built-in that does not
exist yet is reported in the summary as not implemented, never as passed.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from surveytool.form import codelists
from surveytool.validate.rules import Rule, RuleSet
from surveytool.validate.typed import as_categories

Builtin = Callable[[Rule, pd.DataFrame], np.ndarray]


def _not_in(values: pd.Series, allowed: set[str]) -> np.ndarray:
    """Rows holding a value outside ``allowed``: each distinct value is looked up once."""
    values = as_categories(values)
    if isinstance(values.dtype, pd.CategoricalDtype):
        wrong = ~pd.Index(values.cat.categories.astype(str)).isin(allowed)
        codes = values.cat.codes.to_numpy()
        return np.flatnonzero((codes >= 0) & np.append(wrong, False)[codes])
    return np.flatnonzero((values.notna() & ~values.astype(str).isin(allowed)).to_numpy())


def _codes(kind: str) -> Builtin:
    def check(rule: Rule, frame: pd.DataFrame) -> np.ndarray:
        allowed = {code for code, _ in codelists.builtin_list(f"{kind}.csv", ["en"]) or []}
        failing = [_not_in(frame[v], allowed) for v in rule.variables if v in frame.columns]
        return np.unique(np.concatenate(failing)) if failing else np.empty(0, dtype=np.int64)

    return check


def _au_member(rule: Rule, frame: pd.DataFrame) -> np.ndarray:
    members = set(codelists.au_members())
    failing = [_not_in(frame[v], members) for v in rule.variables if v in frame.columns]
    return np.unique(np.concatenate(failing)) if failing else np.empty(0, dtype=np.int64)


def _unique_in_household(rule: Rule, persons: pd.DataFrame) -> np.ndarray:
    """Persons sharing the rule's variables (e.g. line_no) within one household."""
    columns = [v for v in rule.variables if v in persons.columns]
    if not columns:
        return np.empty(0, dtype=np.int64)
    duplicated = persons.duplicated(["hh_id", *columns], keep=False)
    return np.flatnonzero(duplicated.to_numpy())


#: built-ins that read the roster even when their rule is reported per household
ROSTER_BUILTINS = frozenset({"unique_in_household"})


BUILTINS: dict[str, Builtin] = {
    "isco08_code_exists": _codes("isco08"),
    "isic4_code_exists": _codes("isic4"),
    "iso3166_code_exists": _codes("iso3166"),
    "au_member": _au_member,
    "unique_in_household": _unique_in_household,
}


def run(
    rules: RuleSet, households: pd.DataFrame, persons: pd.DataFrame
) -> dict[str, tuple[np.ndarray, str]]:
    """rule id -> (failing row positions, note); the note says when a check is missing."""
    results = {}
    for rule in rules.rules:
        if rule.check is None:
            continue
        function = BUILTINS.get(rule.check)
        if function is None:
            results[rule.id] = (
                np.empty(0, dtype=np.int64),
                f"built-in '{rule.check}' not implemented yet",
            )
            continue
        if rule.check in ROSTER_BUILTINS and rule.level == "household":
            failing = persons.iloc[function(rule, persons)]["hh_id"].unique()
            rows = np.flatnonzero(households["hh_id"].isin(failing).to_numpy())
        else:
            rows = function(rule, households if rule.level == "household" else persons)
        results[rule.id] = (rows, "")
    return results
