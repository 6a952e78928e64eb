"""What each built-in check reads, declared so the rules file can name the columns.

A built-in used to read column names fixed in its code, and a column that was missing
became blanks: renaming ``rc_earn_first_month`` in the form made R20f pass silently. Now a
rule names, in its ``parameters``, the variable behind each input of its check; the loader
refuses a parameter that names no variable of the form, and the run reports a check whose
columns are not in the batch as not run. This table is kept apart from the checks
themselves (``builtin.py`` reads the loader's ``Rule``, so the loader cannot import it).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Parameters:
    """A check's parameters: ``required`` and ``optional`` each name one variable; those in
    ``lists`` name a list of variables. An optional column absent from the batch changes
    what the check assumes (its note says so); a required one stops the check."""

    required: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()
    lists: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (*self.required, *self.optional)


#: the code-list checks, duplicates and AU membership read the rule's ``variables``
PARAMETERS: dict[str, Parameters] = {
    "isco08_code_exists": Parameters(),
    "isic4_code_exists": Parameters(),
    "iso3166_code_exists": Parameters(),
    "au_member": Parameters(),
    "unique_in_household": Parameters(),
    "rec_membership_at_date": Parameters(required=("country", "year"), optional=("quarter",)),
    "earnings_outlier_p995": Parameters(
        required=("amount", "currency", "occupation", "sex", "country")
    ),
    "rci_over_24_months": Parameters(
        required=(
            "eligible",
            "cost_total",
            "cost_parts",
            "cost_currency",
            "wage_deduction",
            "earnings",
            "earnings_currency",
            "rate_year",
        ),
        optional=("wage_deduction_currency",),
        lists=("cost_parts",),
    ),
}
