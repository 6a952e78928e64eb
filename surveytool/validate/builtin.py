"""Rules that need reference data or the whole batch rather than one record's expression.

Code lists (ISCO, ISIC, ISO 3166, AU members), duplicates within a household, REC membership
at the survey's reference date, earnings outliers within occupation group and sex, and the
recruitment cost indicator. Each returns the failing row positions and, when part of the
records could not be judged, a note saying which and why.

No column name of a survey is written here: a check reads the rule's ``variables`` or the
columns its ``parameters`` name in the rules file (``builtin_parameters.py`` declares them).
A check whose columns are not in the batch, or whose name this version does not know, is
reported as not run with the reason, never as passed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from surveytool.common.catalogue import SOURCE_LANGUAGE, message
from surveytool.form import codelists
from surveytool.form.calendar import reference_date
from surveytool.validate import recruitment
from surveytool.validate.builtin_parameters import PARAMETERS
from surveytool.validate.cells import numbers as _numbers
from surveytool.validate.cells import text as _text
from surveytool.validate.typed import as_categories

if TYPE_CHECKING:
    from surveytool.validate.rates import Rates
    from surveytool.validate.rules import Rule, RuleSet


@dataclass(frozen=True, slots=True)
class Outcome:
    rows: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))
    note: str = ""  # what was left unjudged, shown beside the rule's summary line
    ran: bool = True


#: an outlier needs a distribution: below this many earners a group's 0.5 % is no one
OUTLIER_MIN_GROUP = 200
#: months of first-month earnings above which recruitment costs are implausible (R20)
RCI_MONTHS = 24

_NO_COUNTRY_OR_YEAR = message(
    "validate.note.no_country_or_year",
    "{count} household(s) without survey country or year not judged",
)
_SMALL_GROUPS = message(
    "validate.note.small_groups", "{count} earner(s) in groups of fewer than {least} not judged"
)
_NOT_IMPLEMENTED = message("validate.note.not_implemented", "built-in '{check}' not implemented")
_NO_LEVEL = message("validate.note.no_level", "no level '{level}' in the batch")
_NOT_IN_BATCH = message("validate.note.not_in_batch", "{columns} not in the batch")


def _none() -> np.ndarray:
    return np.empty(0, dtype=np.int64)


def _not_in(values: pd.Series, allowed: set[str]) -> np.ndarray:
    """Rows holding a value outside ``allowed``: each distinct value is looked up once."""
    values = as_categories(values)
    if isinstance(values.dtype, pd.CategoricalDtype):
        wrong = ~pd.Index(values.cat.categories.astype(str)).isin(allowed)
        codes = values.cat.codes.to_numpy()
        return np.flatnonzero((codes >= 0) & np.append(wrong, False)[codes])
    return np.flatnonzero((values.notna() & ~values.astype(str).isin(allowed)).to_numpy())


def _codes(code_list: str) -> Check:
    def check(rule: Rule, frame: pd.DataFrame, inputs: Inputs) -> np.ndarray:
        allowed = {code for code, _ in codelists.builtin_list(code_list, ["en"]) or []}
        failing = [_not_in(frame[v], allowed) for v in rule.variables if v in frame.columns]
        return np.unique(np.concatenate(failing)) if failing else _none()

    return check


def _au_member(rule: Rule, frame: pd.DataFrame, inputs: Inputs) -> np.ndarray:
    members = set(codelists.au_members())
    failing = [_not_in(frame[v], members) for v in rule.variables if v in frame.columns]
    return np.unique(np.concatenate(failing)) if failing else _none()


def _unique_within(rule: Rule, records: pd.DataFrame, inputs: Inputs) -> np.ndarray:
    """Records sharing the rule's variables (e.g. a line number) within one root record."""
    columns = [v for v in rule.variables if v in records.columns]
    if not columns:
        return _none()
    duplicated = records.duplicated([inputs.key, *columns], keep=False)
    return np.flatnonzero(duplicated.to_numpy())


def _rec_membership_at_date(rule: Rule, households: pd.DataFrame, inputs: Inputs) -> Outcome:
    """Households whose survey country belongs to no REC at the reference date (tables
    group countries by the RECs they belonged to then). Without a quarter column the
    reference date is the middle of the year."""
    p = rule.parameters
    quarter = p.get("quarter")
    keys = pd.DataFrame(
        {
            "country": _text(households, str(p["country"])),
            "year": _numbers(households, str(p["year"])),
            "quarter": _numbers(households, quarter)
            if isinstance(quarter, str) and quarter in households.columns
            else np.full(len(households), np.nan),
        }
    )
    judged = keys["country"].notna().to_numpy() & ~np.isnan(keys["year"].to_numpy())
    failing = np.zeros(len(keys), dtype=bool)
    for (country, year, quarter_), rows in (
        keys[judged].groupby(["country", "year", "quarter"], dropna=False).groups.items()
    ):
        on = reference_date(year, quarter_)
        try:
            in_a_rec = on is not None and bool(codelists.recs_of(str(country), on))
        except ValueError:  # no country at all: in no REC either (R26b reports the code)
            in_a_rec = False
        if not in_a_rec:
            failing[keys.index.get_indexer(rows)] = True
    unjudged = int((~judged).sum())
    note = _NO_COUNTRY_OR_YEAR.text(inputs.language, count=unjudged) if unjudged else ""
    return Outcome(np.flatnonzero(failing), note)


def _earnings_outlier_p995(rule: Rule, persons: pd.DataFrame, inputs: Inputs) -> Outcome:
    """Earnings above the 99.5th or below the 0.5th percentile of their group: country x
    major occupation group (the code's first digit) x sex x currency (spec reading 17;
    amounts in different currencies are not comparable)."""
    p = rule.parameters
    amounts = _numbers(persons, str(p["amount"]))
    paid = np.flatnonzero(~np.isnan(amounts))  # a few earners among all persons: group them only
    among = _rows(persons, paid, rule)
    groups = pd.DataFrame(
        {
            "by_country": _text(among, str(p["country"])).fillna("").to_numpy(),
            "by_major": _text(among, str(p["occupation"])).str[:1].to_numpy(),
            "by_sex": _text(among, str(p["sex"])).to_numpy(),
            "by_currency": _text(among, str(p["currency"])).to_numpy(),
            "amount": amounts[paid],
        },
        index=paid,
    )
    earners = groups.dropna()
    key = ["by_country", "by_major", "by_sex", "by_currency"]
    sizes = earners.groupby(key)["amount"].transform("size")
    large = earners[sizes.to_numpy() >= OUTLIER_MIN_GROUP]
    failing = np.zeros(len(persons), dtype=bool)
    if len(large):
        by_group = large.groupby(key)["amount"]
        low = by_group.transform("quantile", 0.005).to_numpy()
        high = by_group.transform("quantile", 0.995).to_numpy()
        values = large["amount"].to_numpy()
        outside = (values < low) | (values > high)
        failing[large.index[outside]] = True
    small = len(earners) - len(large)
    note = (
        _SMALL_GROUPS.text(inputs.language, count=small, least=OUTLIER_MIN_GROUP) if small else ""
    )
    return Outcome(np.flatnonzero(failing), note)


def _rci_over_24_months(rule: Rule, persons: pd.DataFrame, inputs: Inputs) -> Outcome:
    """Recruitment costs above 24 months of first-month earnings (RCI_i, SDG 10.7.1), judged
    only for eligible recruits (spec reading 12) with costs and earnings above 0.

    Costs and earnings in one currency are compared directly. In two currencies both are
    converted to USD with the office's rates of the year the ``rate_year`` column gives
    (spec I19: the year the job started); without a rates file, or without a rate for a
    record's currency and year, the record is counted in the note rather than judged."""
    eligible = np.flatnonzero(_numbers(persons, str(rule.parameters["eligible"])) == 1)
    costs = recruitment.Costs.read(rule, _rows(persons, eligible, rule), inputs.language)  # a few
    judged = np.ones(len(eligible), dtype=bool)
    verdict = recruitment.over_months(costs, judged, RCI_MONTHS, inputs.rates, inputs.language)
    return Outcome(eligible[verdict.failing], verdict.note)


def _rows(records: pd.DataFrame, rows: np.ndarray, rule: Rule) -> pd.DataFrame:
    """Some records, with only the columns the rule reads: a record of the person level
    carries some 200 columns, and taking all of them for the earners of a million persons
    cost 0.14 s."""
    return records[[name for name in rule.columns_read if name in records.columns]].iloc[rows]


def _not_read(rule: Rule, frame: pd.DataFrame) -> list[str]:
    """The columns the rule's check must read that the batch lacks."""
    declared = PARAMETERS.get(str(rule.check))
    required = declared.required if declared is not None else ()
    wanted = [name for parameter in required for name in _names(rule.parameters.get(parameter, ()))]
    return [name for name in dict.fromkeys(wanted) if name not in frame.columns]


def _names(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


@dataclass(frozen=True, slots=True)
class Inputs:
    """What a check may need beside its rule and records."""

    key: str  # the root key column every record carries (e.g. a household id)
    rates: Rates | None = None
    language: str = SOURCE_LANGUAGE  # of the notes


Check = Callable[["Rule", pd.DataFrame, Inputs], "np.ndarray | Outcome"]

#: built-ins that read the records of the level below when their rule is set on the root
ROSTER_BUILTINS = frozenset({"unique_in_household"})

#: built-ins that judge each answer on its own (a code in a list): an answer outside its
#: question's universe is the form's finding, not theirs (``validate.universes``)
ANSWER_BUILTINS = frozenset(
    {"isco08_code_exists", "isic4_code_exists", "iso3166_code_exists", "au_member"}
)


BUILTINS: dict[str, Check] = {
    "isco08_code_exists": _codes("isco08.csv"),
    "isic4_code_exists": _codes("isic4.csv"),
    "iso3166_code_exists": _codes("iso3166.csv"),
    "au_member": _au_member,
    "unique_in_household": _unique_within,
    "rec_membership_at_date": _rec_membership_at_date,
    "earnings_outlier_p995": _earnings_outlier_p995,
    "rci_over_24_months": _rci_over_24_months,
}


def run(
    rules: RuleSet,
    frames: Mapping[str, pd.DataFrame],
    *,
    key: str,
    answers: Mapping[str, pd.DataFrame] | None = None,
    language: str = SOURCE_LANGUAGE,
) -> dict[str, Outcome]:
    """rule id -> its outcome, over ``frames`` (level name -> records with their root
    record's columns joined, the root first). A rule naming an unknown built-in, or whose
    columns are not in the batch, is reported as not run with the reason. The checks of
    ``ANSWER_BUILTINS`` read ``answers`` instead, when given (answers outside their
    universe blanked). Notes are written in ``language``."""
    inputs = Inputs(key, rules.rates, language)
    root = next(iter(frames), None)
    results = {}
    for rule in rules.rules:
        if rule.check is None:
            continue
        function = BUILTINS.get(rule.check)
        if function is None:
            note = _NOT_IMPLEMENTED.text(language, check=rule.check)
            results[rule.id] = Outcome(note=note, ran=False)
            continue
        source = answers if answers is not None and rule.check in ANSWER_BUILTINS else frames
        frame = source.get(rule.level)
        below = None
        if rule.check in ROSTER_BUILTINS and rule.level == root:
            below = next(
                (f for name, f in frames.items() if name != root and _has(f, rule.variables)),
                None,
            )
        records = below if below is not None else frame
        if records is None:
            note = _NO_LEVEL.text(language, level=rule.level)
            results[rule.id] = Outcome(note=note, ran=False)
            continue
        missing = _not_read(rule, records)
        if missing:
            note = _NOT_IN_BATCH.text(language, columns=", ".join(missing))
            results[rule.id] = Outcome(note=note, ran=False)
            continue
        found = function(rule, records, inputs)
        outcome = found if isinstance(found, Outcome) else Outcome(found)
        if below is not None and frame is not None:  # the root records holding a failure
            failing = below.iloc[outcome.rows][key].unique()
            outcome = Outcome(np.flatnonzero(frame[key].isin(failing).to_numpy()), outcome.note)
        results[rule.id] = outcome
    return results


def _has(frame: pd.DataFrame, names: tuple[str, ...]) -> bool:
    return bool(names) and all(name in frame.columns for name in names)
