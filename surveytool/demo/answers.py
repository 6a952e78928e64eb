"""What a demo respondent answers: a value per question, driven by the person's profile.

``propose`` returns candidate answers in order of preference; the generator keeps the first
one the interview engine accepts (so every constraint holds) and falls back to random
values of the right type for questions no rule here knows.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from surveytool.demo.people import CURRENCY, Person

DONT_KNOW = {"8", "9", "98", "99"}


@dataclass(frozen=True)
class Household:
    country: str
    year: int
    cluster: str
    number: int
    interview_date: date
    enumerator: str
    people: tuple[Person, ...]

    @property
    def currency(self) -> str:
        return CURRENCY.get(self.country, "USD")


Rule = Callable[[Person, Household, random.Random], list[object]]


def _yes_no(flag: bool) -> list[object]:
    return ["1" if flag else "2"]


def _past_date(h: Household, rng: random.Random, years_back: int, after: int | None = None) -> str:
    start = date(after, 1, 1) if after else h.interview_date - timedelta(days=365 * years_back)
    span = max(1, (h.interview_date - start).days)
    return (start + timedelta(days=rng.randrange(span))).isoformat()


def _birth_date(p: Person, h: Household, rng: random.Random) -> str:
    """A date of birth at which the person has exactly ``p.age`` completed years."""
    day = h.interview_date
    anniversary = day.replace(year=day.year - p.age, day=28 if day.month == 2 else day.day)
    return (anniversary - timedelta(days=rng.randint(1, 360))).isoformat()


def _employed_work(p: Person) -> bool:
    return p.labour == "employed"


def _return_year(p: Person, h: Household, rng: random.Random) -> int:
    """A returning native arrived back in the year they returned (rule R23): drawn once."""
    if p.return_year is None:
        p.return_year = h.year - rng.randint(0, 2)
    return p.return_year


def _cost_part(component: str) -> Rule:
    """A recruitment cost component, remembered so that the total is their sum (R20d)."""

    def draw(p: Person, h: Household, rng: random.Random) -> list[object]:
        amount = float(rng.randrange(0, 150_000, 500))
        p.recruitment_costs[component] = amount
        return [amount]

    return draw


PERSON_RULES: dict[str, Rule] = {
    "person_name": lambda p, h, r: [p.name],
    "sex": lambda p, h, r: [str(p.sex)],
    "birth_date": lambda p, h, r: [None] if r.random() < 0.5 else [_birth_date(p, h, r), None],
    "age": lambda p, h, r: [p.age],
    "relationship": lambda p, h, r: [str(p.relationship)],
    "usual_resident": lambda p, h, r: [str(p.usual_resident)],
    "marital_status": lambda p, h, r: ["2" if p.relationship in (1, 2) else "1"],
    "edu_level_nat": lambda p, h, r: [p.edu],
    "respondent_line": lambda p, h, r: [1],
    "work_wage": lambda p, h, r: _yes_no(_employed_work(p) and p.employee),
    "work_business": lambda p, h, r: _yes_no(_employed_work(p) and not p.employee),
    "work_family": lambda p, h, r: ["2"],
    "farm_market": lambda p, h, r: ["1", "2"],
    "temp_absent": lambda p, h, r: ["2"],
    "sought_work_4w": lambda p, h, r: _yes_no(p.labour == "unemployed"),
    "search_methods": lambda p, h, r: ["1 4", "4", "4 7"] if p.born_abroad else ["4", "1 5"],
    "future_start": lambda p, h, r: ["2"],
    "available_2w": lambda p, h, r: _yes_no(p.labour == "unemployed"),
    "reason_not_seeking": lambda p, h, r: ["1" if p.age < 25 else "3" if p.age > 60 else "2"],
    "occ_title": lambda p, h, r: ["Market vendor" if not p.employee else "Construction labourer"],
    "occ_tasks": lambda p, h, r: [
        "Sells food in the market" if not p.employee else "Carries loads"
    ],
    "isco08": lambda p, h, r: ["5221" if not p.employee else "9313", "52", "93"],
    "ind_desc": lambda p, h, r: ["Retail trade" if not p.employee else "Building construction"],
    "isic4": lambda p, h, r: ["47" if not p.employee else "41", "4711", "4100"],
    "status_icse93": lambda p, h, r: ["1" if p.employee else "3"],
    "contract_type": lambda p, h, r: [r.choice(["1", "2", "3"])],
    "has_employees": lambda p, h, r: ["2"],
    "incorporated": lambda p, h, r: ["2"],
    "dependent_contr": lambda p, h, r: ["2"],
    "inst_sector": lambda p, h, r: ["2" if p.employee else "5"],
    "hours_usual": lambda p, h, r: [r.randint(25, 60)],
    "hours_actual": lambda p, h, r: [r.randint(20, 60)],
    "earn_status": lambda p, h, r: ["1"] if r.random() < 0.9 else ["8"],
    "earn_amount": lambda p, h, r: [float(r.randrange(30_000, 300_000, 500))],
    "earn_currency": lambda p, h, r: [h.currency],
    "job_start": lambda p, h, r: [_past_date(h, r, 8, p.arrival_year)],
    "birthplace": lambda p, h, r: ["2" if p.born_abroad else "1"],
    "birth_country": lambda p, h, r: [p.origin],
    "citizenship": lambda p, h, r: ["3" if p.foreign_citizen else "1"],
    "citizenship_country": lambda p, h, r: [p.origin],
    "ever_abroad_12m": lambda p, h, r: _yes_no(p.returnee),
    "arrival_year": lambda p, h, r: [p.arrival_year or _return_year(p, h, r)],
    "arrival_month": lambda p, h, r: [r.randint(1, max(1, h.interview_date.month))],
    "prev_country": lambda p, h, r: [p.origin or p.work_country],
    "mig_reason": lambda p, h, r: [str(p.reason if p.born_abroad else 70)],
    "intends_stay_12m": lambda p, h, r: ["1"],
    "permit_type": lambda p, h, r: [r.choice(["3", "4", "6"])],
    "rc_first_job_employee": lambda p, h, r: _yes_no(p.employee or p.returnee),
    "rc_job_start": lambda p, h, r: [_past_date(h, r, 2)],
    "rc_arranged_before": lambda p, h, r: ["1", "2"],
    "rc_channel": lambda p, h, r: [r.choice(["2", "3", "4", "5"])],
    "rc_paid_any": lambda p, h, r: ["1"] if r.random() < 0.7 else ["2"],
    "rc_cost_total_status": lambda p, h, r: ["1"],
    "rc_cost_currency": lambda p, h, r: [h.currency],
    "rc_cost_year": lambda p, h, r: [h.year - r.randint(0, 2)],
    "rc_wage_deduct": lambda p, h, r: ["2"],
    "rc_borrowed": lambda p, h, r: ["1", "2"],
    "rc_earn_first_month_status": lambda p, h, r: ["1"],
    "rc_earn_first_month": lambda p, h, r: [float(r.randrange(40_000, 250_000, 1000))],
    "rc_earn_currency": lambda p, h, r: [h.currency],
    "remit_sent_12m": lambda p, h, r: ["1"] if r.random() < 0.5 else ["2"],
    "remit_amount_12m_status": lambda p, h, r: ["1"],
    "remit_amount_12m": lambda p, h, r: [float(r.randrange(20_000, 600_000, 1000))],
    "remit_currency": lambda p, h, r: [h.currency],
    "remit_country": lambda p, h, r: [p.origin],
    "remit_channels": lambda p, h, r: ["3", "2 3", "6"],
    "ever_worked_abroad": lambda p, h, r: _yes_no(p.returnee),
    "times_abroad_work": lambda p, h, r: [r.randint(1, 3)],
    "last_work_country": lambda p, h, r: [p.work_country],
    "left_year": lambda p, h, r: [h.year - r.randint(3, 8)],
    "return_year": lambda p, h, r: [_return_year(p, h, r)],
    "months_abroad": lambda p, h, r: [r.randint(6, 36)],
    "occ_abroad": lambda p, h, r: ["9313", "93"],
    "status_abroad": lambda p, h, r: ["1"],
    "return_reason": lambda p, h, r: [r.choice(["1", "3", "4"])],
    "plan_abroad_12m": lambda p, h, r: ["3", "2"],
}
for component in (
    "fee",
    "docs",
    "visa",
    "medical",
    "training",
    "travel_intl",
    "travel_dom",
    "other",
):
    PERSON_RULES[f"rc_cost_{component}_status"] = lambda p, h, r: ["1"]
    PERSON_RULES[f"rc_cost_{component}"] = _cost_part(component)
PERSON_RULES["rc_cost_total"] = lambda p, h, r: [sum(p.recruitment_costs.values()) or 500.0]

CASE_RULES: dict[str, Callable[[Household, random.Random], list[object]]] = {
    "country_iso3": lambda h, r: [h.country],
    "survey_year": lambda h, r: [h.year],
    "survey_quarter": lambda h, r: [(h.interview_date.month - 1) // 3 + 1],
    "cluster": lambda h, r: [h.cluster],
    "hh_no": lambda h, r: [h.number],
    "psu": lambda h, r: [h.cluster],
    "stratum": lambda h, r: [r.choice(["urban", "rural"])],
    "hh_weight": lambda h, r: [float(r.randint(150, 900))],
    "interview_date": lambda h, r: [h.interview_date.isoformat()],
    "enumerator_id": lambda h, r: [h.enumerator],
    "hh_address": lambda h, r: [f"Quartier {r.randint(1, 40)}, rue {r.randint(1, 300)}"],
    "hh_phone": lambda h, r: [
        f"+237 6{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"
    ],
    "hh_size": lambda h, r: [sum(1 for p in h.people if p.usual_resident == 1) or 1],
    "hh_remit_recv_12m": lambda h, r: ["1"] if r.random() < 0.15 else ["2"],
    "hh_remit_recv_amt_status": lambda h, r: ["1"],
    "hh_remit_recv_amt": lambda h, r: [float(r.randrange(10_000, 400_000, 1000))],
    "hh_remit_recv_currency": lambda h, r: [h.currency],
    "hh_remit_recv_country": lambda h, r: [r.choice(["FRA", "NGA", "GAB", "USA"])],
    "abs_any": lambda h, r: ["1"] if r.random() < 0.1 else ["2"],
    "abs_count": lambda h, r: [1],
}
