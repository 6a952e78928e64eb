"""Records to validate the rules on: a clean survey household, its members, and the answer
profiles that put a member inside a section's universe (used by rule_cases.py and
reading_cases.py).

A record is a whole household built from a clean base: the survey household below and
members who start as a 35-year-old head, a usual resident, not employed. Only the answers a
case names differ from the base; "" clears an answer. Derived variables of the rules file
(is_head, head_age, ...) are left to the runner. The form's own calculates a rule reads
(employed, int_migrant, rc_eligible, birth_year, ...) are given with the answers they follow
from, as the form computes them (spec reading 20), so that a record means the same whether
the runner takes them as given or computes them again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

#: The survey household every record starts from (Cameroon, interviewed on 15 August 2026).
BASE_HOUSEHOLD: Mapping[str, str] = {
    "country_iso3": "CMR",
    "survey_year": "2026",
    "survey_quarter": "3",
    "interview_date": "2026-08-15",
    "interview_year": "2026",
    "interview_month": "8",
    "wa_min": "15",
}

#: Every member starts as this person: the head, 35, a usual resident, not employed.
BASE_PERSON: Mapping[str, str] = {
    "relationship": "1",
    "sex": "1",
    "age": "35",
    "usual_resident": "1",
    "employed": "0",
    "unemployed": "0",
}

HEAD: Mapping[str, str] = {}
CHILD: Mapping[str, str] = {"relationship": "3", "age": "10"}
NON_RESIDENT: Mapping[str, str] = {"relationship": "3", "age": "10", "usual_resident": "2"}

# -- answer profiles: what puts a member inside a section's universe ---------------------------

#: worked for a wage last week, as an employee: section C applies, with C14-C18
EMPLOYEE: Mapping[str, str] = {"work_wage": "1", "employed": "1", "status_icse93": "1"}
#: an employee whose last month's earnings can be reported (C14, C15 apply)
EARNER: Mapping[str, str] = {**EMPLOYEE, "earn_status": "1"}
#: had a job but was absent from it last week (annual leave): employed, C applies
ABSENT_FROM_WORK: Mapping[str, str] = {
    "work_wage": "2",
    "work_business": "2",
    "work_family": "2",
    "temp_absent": "1",
    "absence_reason": "1",
    "employed": "1",
    "status_icse93": "1",
}
#: born in Nigeria, a Nigerian citizen: an international migrant (sections F, G apply from 15)
IMMIGRANT: Mapping[str, str] = {
    "birthplace": "2",
    "birth_country": "NGA",
    "citizenship": "3",
    "citizenship_country": "NGA",
    "mig_cbr": "1",
    "mig_cct": "1",
    "int_migrant": "1",
}
#: born here, a citizen of this country only: section H applies (usual residents from 15)
NATIVE: Mapping[str, str] = {
    "birthplace": "1",
    "citizenship": "1",
    "mig_cbr": "0",
    "mig_cct": "0",
    "int_migrant": "0",
}
#: came in 2024 with a job arranged, first job here as an employee: section E applies
RECRUIT: Mapping[str, str] = {
    **IMMIGRANT,
    "arrival_year": "2024",
    "prev_country": "NGA",
    "mig_reason": "11",
    "rc_pre_dest": "1",
    "rc_pre_orig": "0",
    "rc_first_job_employee": "1",
    "rc_eligible": "1",
}
#: a recruit who paid to get the job: the cost questions (E06-E09, E12) apply
PAYER: Mapping[str, str] = {**RECRUIT, "rc_paid_any": "1"}
#: a native who has worked abroad: H02-H09 apply
RETURNEE: Mapping[str, str] = {**NATIVE, "ever_worked_abroad": "1"}
#: an immigrant who sent money abroad in the last 12 months: F02-F05 apply
REMITTER: Mapping[str, str] = {**IMMIGRANT, "remit_sent_12m": "1"}
#: a bachelor's degree: G05 (qualification obtained abroad) applies from 15
GRADUATE: Mapping[str, str] = {"edu_level_nat": "6", "edu_isced": "6"}

COST_COMPONENTS = ("fee", "docs", "visa", "medical", "training", "travel_intl", "travel_dom",
                   "other")  # fmt: skip
COST_AMOUNTS = (*(f"rc_cost_{c}" for c in COST_COMPONENTS), "rc_cost_total")


def reported(**amounts: str) -> dict[str, str]:
    """Amounts with their status 'reported' (1): ``reported(rc_cost_fee="10")``."""
    return {**amounts, **{f"{name}_status": "1" for name in amounts}}


def costs(total: str, **components: str) -> dict[str, str]:
    """Every recruitment cost reported: the eight components (0 unless given) and the total."""
    parts = {f"rc_cost_{c}": components.get(c, "0") for c in COST_COMPONENTS}
    return reported(**parts, rc_cost_total=total)


def unknown(*amounts: str, status: str = "8") -> dict[str, str]:
    """Amounts whose status is don't know (8) or refused (9): the amount itself is empty."""
    return {f"{name}_status": status for name in amounts}


@dataclass(frozen=True)
class Record:
    """One household to validate.

    ``household``: answers that differ from BASE_HOUSEHOLD (hh_size defaults to the number
    of members); ``members``: each member's answers that differ from BASE_PERSON (line
    numbers 1, 2, ... unless given); ``subject``: the line a person rule is about;
    ``settings``: national settings among the derived variables (hh_weighted) overridden.
    """

    household: Mapping[str, str] = field(default_factory=dict)
    members: tuple[Mapping[str, str], ...] = (HEAD,)
    subject: int = 1
    settings: Mapping[str, str] = field(default_factory=dict)

    def household_answers(self) -> dict[str, str | None]:
        answers = {**BASE_HOUSEHOLD, "hh_size": str(len(self.members)), **self.household}
        return _blanks_as_none(answers)

    def member_answers(self) -> list[dict[str, str | None]]:
        return [
            _blanks_as_none({**BASE_PERSON, "line_no": str(line), **member})
            for line, member in enumerate(self.members, start=1)
        ]


def _blanks_as_none(answers: Mapping[str, str]) -> dict[str, str | None]:
    return {name: (value if value != "" else None) for name, value in answers.items()}


def person(*profiles: Mapping[str, str], **answers: str) -> Record:
    """A one-person household: the head, with these profiles and answers (later ones win)."""
    merged: dict[str, str] = {}
    for profile in profiles:
        merged.update(profile)
    return Record(members=({**merged, **answers},))


def relative(head_age: str = "35", **answers: str) -> Record:
    """A head of ``head_age`` and a relative (line 2, a child of 10 unless told) to judge."""
    return Record(members=({"age": head_age}, {**CHILD, **answers}), subject=2)


def household(*members: Mapping[str, str], **answers: str) -> Record:
    """A household with these answers and members (each given as changes to the base person)."""
    return Record(household=answers, members=members or (HEAD,))


def in_survey(record: Record, **answers: str) -> Record:
    """The same members in a survey whose household answers differ (e.g. the survey year)."""
    return Record({**record.household, **answers}, record.members, record.subject,
                  record.settings)  # fmt: skip


def household_weighted(record: Record) -> Record:
    """The same record in a survey whose persons carry the household weight."""
    return Record(record.household, record.members, record.subject, {"hh_weighted": "1"})


@dataclass(frozen=True)
class RuleCase:
    """``fails`` breaks the rule; ``passes`` is the same record with the defect fixed (or,
    for a reading of the spec, the same defect where the rule must not judge it)."""

    rule: str
    label: str
    fails: Record
    passes: Record

    @property
    def id(self) -> str:
        return f"{self.rule}-{self.label}"
