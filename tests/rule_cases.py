"""Hand-made records for every rule of validators/lfs_migration.yaml: one that breaks the rule
and the smallest change that makes it hold (used by test_rules.py).

A record is a whole household built from a clean base: the survey household below and
members who start as a 35-year-old head, a usual resident, not employed. Only the answers a
case names differ from the base; "" clears an answer. Derived variables (is_head, head_age,
...) are left to the runner, which computes them from the rules file.
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

COST_COMPONENTS = ("fee", "docs", "visa", "medical", "training", "travel_intl", "travel_dom",
                   "other")  # fmt: skip
EVERY_COST_10 = {f"rc_cost_{component}": "10" for component in COST_COMPONENTS}


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


def person(**answers: str) -> Record:
    """A one-person household: the head, with these answers."""
    return Record(members=(answers,))


def relative(head_age: str = "35", **answers: str) -> Record:
    """A head of ``head_age`` and a relative (line 2, a child of 10 unless told) to judge."""
    return Record(members=({"age": head_age}, {**CHILD, **answers}), subject=2)


def household(*members: Mapping[str, str], **answers: str) -> Record:
    """A household with these answers and members (each given as changes to the base person)."""
    return Record(household=answers, members=members or (HEAD,))


def household_weighted(record: Record) -> Record:
    """The same record in a survey whose persons carry the household weight."""
    return Record(record.household, record.members, record.subject, {"hh_weighted": "1"})


@dataclass(frozen=True)
class RuleCase:
    """``fails`` breaks the rule; ``passes`` is the same record with the defect fixed."""

    rule: str
    label: str
    fails: Record
    passes: Record

    @property
    def id(self) -> str:
        return f"{self.rule}-{self.label}"


CASES: list[RuleCase] = [
    # -- R01 household roster ---------------------------------------------------------------------
    RuleCase(
        "R01a",
        "same-line-twice",
        fails=household(HEAD, {**CHILD, "line_no": "1"}),
        passes=household(HEAD, CHILD),
    ),
    RuleCase("R01b", "two-heads", fails=household(HEAD, HEAD), passes=household(HEAD, CHILD)),
    RuleCase("R01b", "no-head", fails=household(CHILD), passes=household(HEAD)),
    # -- R02 age and date of birth (completed years at 2026-08-15) --------------------------------
    RuleCase(
        "R02",
        "age-far-from-birth-date",
        fails=person(age="30", birth_date="1990-09-01"),
        passes=person(age="35", birth_date="1990-09-01"),
    ),
    RuleCase(
        "R02",
        "age-one-year-too-many",
        fails=person(age="37", birth_date="1990-09-01"),
        passes=person(age="36", birth_date="1990-09-01"),
    ),
    RuleCase(
        "R02",
        "birthday-on-interview-day",
        fails=person(age="34", birth_date="1990-08-15"),
        passes=person(age="35", birth_date="1990-08-15"),
    ),
    RuleCase(
        "R02",
        "birthday-day-after-interview",
        fails=person(age="33", birth_date="1990-08-16"),
        passes=person(age="34", birth_date="1990-08-16"),
    ),
    RuleCase("R02", "age-above-120", fails=person(age="130"), passes=person(age="40")),
    # -- R03 universes of sections ----------------------------------------------------------------
    RuleCase(
        "R03a",
        "child-with-wage-work",
        fails=person(age="10", work_wage="1"),
        passes=person(age="20", work_wage="1"),
    ),
    RuleCase(
        "R03a",
        "age-unknown-not-judged",
        fails=person(age="10", work_wage="1"),
        passes=person(age="", work_wage="1"),
    ),
    RuleCase(
        "R03a",
        "non-resident-with-hours",
        fails=person(age="30", usual_resident="2", hours_usual="40"),
        passes=person(age="30", usual_resident="2"),
    ),
    RuleCase(
        "R03b",
        "child-asked-work-abroad",
        fails=person(age="10", ever_worked_abroad="2"),
        passes=person(age="16", ever_worked_abroad="2"),
    ),
    RuleCase(
        "R03b",
        "child-asked-qualification",
        fails=person(age="10", qual_abroad="1"),
        passes=person(age="10"),
    ),
    RuleCase(
        "R03c",
        "non-resident-health-cover",
        fails=person(usual_resident="2", health_cover="1"),
        passes=person(
            usual_resident="2", qual_abroad="1", qual_country="NGA", qual_recognition="5"
        ),
    ),
    RuleCase(
        "R03c",
        "non-resident-recruitment",
        fails=person(usual_resident="2", rc_first_job_employee="1"),
        passes=person(usual_resident="1", rc_first_job_employee="1"),
    ),
    # -- R04 ages and relationship to the head ----------------------------------------------------
    RuleCase(
        "R04",
        "child-close-to-head-age",
        fails=relative(head_age="35", relationship="3", age="30"),
        passes=relative(head_age="45", relationship="3", age="30"),
    ),
    RuleCase(
        "R04",
        "head-age-unknown-not-judged",
        fails=relative(head_age="35", relationship="3", age="30"),
        passes=relative(head_age="", relationship="3", age="30"),
    ),
    RuleCase(
        "R04",
        "parent-close-to-head-age",
        fails=relative(head_age="45", relationship="4", age="50"),
        passes=relative(head_age="45", relationship="4", age="70"),
    ),
    RuleCase(
        "R04",
        "spouse-under-12",
        fails=relative(relationship="2", age="10"),
        passes=relative(relationship="2", age="30"),
    ),
    # -- R05-R11 migration ------------------------------------------------------------------------
    RuleCase(
        "R05",
        "born-abroad-in-survey-country",
        fails=person(birthplace="2", birth_country="CMR"),
        passes=person(birthplace="2", birth_country="NGA"),
    ),
    RuleCase(
        "R05",
        "born-abroad-no-country",
        fails=person(birthplace="2"),
        passes=person(birthplace="2", birth_country="NGA"),
    ),
    RuleCase(
        "R05",
        "native-with-country",
        fails=person(birthplace="1", birth_country="NGA"),
        passes=person(birthplace="1"),
    ),
    RuleCase(
        "R06",
        "citizen-only-with-country",
        fails=person(citizenship="1", citizenship_country="NGA"),
        passes=person(citizenship="1"),
    ),
    RuleCase(
        "R06",
        "foreigner-of-survey-country",
        fails=person(citizenship="3", citizenship_country="CMR"),
        passes=person(citizenship="3", citizenship_country="NGA"),
    ),
    RuleCase(
        "R06",
        "dual-citizen-no-country",
        fails=person(citizenship="2"),
        passes=person(citizenship="2", citizenship_country="NGA"),
    ),
    RuleCase(
        "R06",
        "stateless-with-country",
        fails=person(citizenship="4", citizenship_country="NGA"),
        passes=person(citizenship="4"),
    ),
    RuleCase(
        "R07",
        "never-abroad-with-previous-country",
        fails=person(birthplace="1", ever_abroad_12m="2", prev_country="NGA"),
        passes=person(birthplace="1", ever_abroad_12m="2"),
    ),
    RuleCase(
        "R08",
        "born-abroad-no-arrival-year",
        fails=person(birthplace="2"),
        passes=person(birthplace="2", arrival_year="9998"),
    ),
    RuleCase(
        "R08",
        "returnee-no-arrival-year",
        fails=person(birthplace="1", ever_abroad_12m="1"),
        passes=person(birthplace="1", ever_abroad_12m="1", arrival_year="2020"),
    ),
    RuleCase(
        "R09",
        "arrival-after-interview-month",
        fails=person(arrival_year="2026", arrival_month="10"),
        passes=person(arrival_year="2026", arrival_month="8"),
    ),
    RuleCase(
        "R09",
        "arrival-month-unknown",
        fails=person(arrival_year="2026", arrival_month="10"),
        passes=person(arrival_year="2026", arrival_month="98"),
    ),
    RuleCase(
        "R09",
        "arrival-before-birth",
        fails=person(arrival_year="1995", birth_year="2000"),
        passes=person(arrival_year="1999", birth_year="2000"),
    ),
    RuleCase(
        "R09",
        "arrival-after-survey-year",
        fails=person(arrival_year="2027"),
        passes=person(arrival_year="9998"),
    ),
    RuleCase(
        "R10",
        "previous-country-is-survey-country",
        fails=person(prev_country="CMR"),
        passes=person(prev_country="NGA"),
    ),
    RuleCase(
        "R11",
        "child-came-for-work",
        fails=person(birth_year="2015", arrival_year="2020", mig_reason="12"),
        passes=person(birth_year="2015", arrival_year="2020", mig_reason="20"),
    ),
    RuleCase(
        "R11",
        "adult-came-for-work",
        fails=person(birth_year="2015", arrival_year="2020", mig_reason="12"),
        passes=person(birth_year="1990", arrival_year="2020", mig_reason="12"),
    ),
    # -- R12-R18 labour force and main job --------------------------------------------------------
    RuleCase(
        "R12",
        "employed-asked-job-search",
        fails=person(employed="1", sought_work_4w="2"),
        passes=person(employed="0", sought_work_4w="2"),
    ),
    RuleCase(
        "R12",
        "not-employed-with-occupation",
        fails=person(employed="0", occ_title="Driver"),
        passes=person(employed="1", occ_title="Driver"),
    ),
    RuleCase(
        "R13a",
        "employed-without-job-codes",
        fails=person(employed="1", occ_title="Driver"),
        passes=person(
            employed="1",
            occ_title="Driver",
            isco08="8322",
            ind_desc="Taxi",
            isic4="49",
            status_icse93="3",
        ),
    ),
    RuleCase(
        "R13b", "occupation-code-unknown", fails=person(isco08="9999"), passes=person(isco08="8322")
    ),
    RuleCase("R13c", "industry-code-unknown", fails=person(isic4="00"), passes=person(isic4="49")),
    RuleCase(
        "R14a",
        "unemployed-but-not-available",
        fails=person(unemployed="1", sought_work_4w="1", available_2w="2"),
        passes=person(unemployed="1", sought_work_4w="1", available_2w="1"),
    ),
    RuleCase(
        "R14a",
        "job-seeker-not-unemployed",
        fails=person(unemployed="0", sought_work_4w="1", available_2w="1"),
        passes=person(unemployed="1", sought_work_4w="1", available_2w="1"),
    ),
    RuleCase(
        "R14a",
        "future-starter-is-unemployed",
        fails=person(unemployed="0", sought_work_4w="2", future_start="1", available_2w="1"),
        passes=person(unemployed="1", sought_work_4w="2", future_start="1", available_2w="1"),
    ),
    RuleCase(
        "R14b",
        "job-search-without-method",
        fails=person(sought_work_4w="1"),
        passes=person(sought_work_4w="1", search_methods="1 7"),
    ),
    RuleCase(
        "R15a",
        "usual-hours-above-168",
        fails=person(hours_usual="200"),
        passes=person(hours_usual="168"),
    ),
    RuleCase(
        "R15a",
        "negative-actual-hours",
        fails=person(hours_actual="-1"),
        passes=person(hours_actual="0"),
    ),
    RuleCase(
        "R15b",
        "absent-but-worked",
        fails=person(temp_absent="1", hours_actual="5"),
        passes=person(temp_absent="1", hours_actual="0"),
    ),
    RuleCase(
        "R15c",
        "at-work-zero-hours",
        fails=person(employed="1", work_wage="1", hours_actual="0"),
        passes=person(employed="1", work_wage="1", hours_actual="1"),
    ),
    RuleCase(
        "R15c",
        "absent-zero-hours",
        fails=person(employed="1", work_wage="1", hours_actual="0"),
        passes=person(employed="1", temp_absent="1", hours_actual="0"),
    ),
    RuleCase(
        "R15d",
        "usual-hours-above-84",
        fails=person(hours_usual="90"),
        passes=person(hours_usual="84"),
    ),
    RuleCase(
        "R16a",
        "armed-forces-not-employee",
        fails=person(isco08="0110", status_icse93="3", isic4="84"),
        passes=person(isco08="0110", status_icse93="1", isic4="84"),
    ),
    RuleCase(
        "R16a",
        "armed-forces-outside-defence",
        fails=person(isco08="0110", status_icse93="1", isic4="49"),
        passes=person(isco08="0110", status_icse93="1", isic4="84"),
    ),
    RuleCase(
        "R16b",
        "manager-contributing-family-worker",
        fails=person(isco08="1120", status_icse93="5"),
        passes=person(isco08="5221", status_icse93="5"),
    ),
    RuleCase(
        "R17",
        "tertiary-under-19",
        fails=person(edu_isced="6", age="17"),
        passes=person(edu_isced="6", age="19"),
    ),
    RuleCase(
        "R17",
        "doctorate-under-23",
        fails=person(edu_isced="8", age="21"),
        passes=person(edu_isced="8", age="25"),
    ),
    RuleCase(
        "R18",
        "job-before-arrival-month",
        fails=person(
            mig_reason="11",
            arrival_year="2020",
            arrival_month="6",
            birth_year="1990",
            job_start="2019-01-01",
        ),
        passes=person(
            mig_reason="11",
            arrival_year="2020",
            arrival_month="6",
            birth_year="1990",
            job_start="2020-06-20",
        ),
    ),
    RuleCase(
        "R18",
        "job-before-arrival-year",
        fails=person(
            mig_reason="12", arrival_year="2015", birth_year="1990", job_start="2014-05-01"
        ),
        passes=person(
            mig_reason="12", arrival_year="2015", birth_year="1990", job_start="2015-01-01"
        ),
    ),
    RuleCase(
        "R18",
        "came-for-family",
        fails=person(
            mig_reason="12", arrival_year="2015", birth_year="1990", job_start="2014-05-01"
        ),
        passes=person(
            mig_reason="20", arrival_year="2015", birth_year="1990", job_start="2014-05-01"
        ),
    ),
    # -- R19 amounts and currencies ---------------------------------------------------------------
    RuleCase(
        "R19a",
        "earnings-without-currency",
        fails=person(earn_amount="100"),
        passes=person(earn_amount="100", earn_currency="XAF"),
    ),
    RuleCase(
        "R19a",
        "recruitment-cost-without-currency",
        fails=person(rc_cost_visa="50"),
        passes=person(rc_cost_visa="50", rc_cost_currency="XAF"),
    ),
    RuleCase(
        "R19a",
        "remittances-without-currency",
        fails=person(remit_amount_12m="10"),
        passes=person(remit_amount_12m="10", remit_currency="XAF"),
    ),
    RuleCase(
        "R19b",
        "received-remittances-without-currency",
        fails=household(hh_remit_recv_amt="100"),
        passes=household(hh_remit_recv_amt="100", hh_remit_recv_currency="XAF"),
    ),
    RuleCase(
        "R19c",
        "negative-recruitment-fee",
        fails=person(rc_cost_fee="-5"),
        passes=person(rc_cost_fee="0"),
    ),
    RuleCase(
        "R19c", "negative-earnings", fails=person(earn_amount="-1"), passes=person(earn_amount="10")
    ),
    RuleCase(
        "R19d",
        "negative-received-remittances",
        fails=household(hh_remit_recv_amt="-1"),
        passes=household(hh_remit_recv_amt="0"),
    ),
    # -- R20 recruitment --------------------------------------------------------------------------
    RuleCase(
        "R20a",
        "first-job-asked-outside-universe",
        fails=person(rc_pre_dest="0", rc_pre_orig="0", rc_eligible="0", rc_first_job_employee="1"),
        passes=person(rc_pre_dest="1", rc_pre_orig="0", rc_eligible="1", rc_first_job_employee="1"),
    ),
    RuleCase(
        "R20a",
        "not-eligible-with-channel",
        fails=person(
            rc_pre_dest="1",
            rc_pre_orig="0",
            rc_eligible="0",
            rc_first_job_employee="2",
            rc_channel="4",
        ),
        passes=person(rc_pre_dest="1", rc_pre_orig="0", rc_eligible="0", rc_first_job_employee="2"),
    ),
    RuleCase(
        "R20b",
        "recruited-over-3-years-ago",
        fails=person(rc_job_start="2022-05-01"),
        passes=person(rc_job_start="2023-01-01"),
    ),
    RuleCase(
        "R20b",
        "job-starts-after-interview",
        fails=person(rc_job_start="2026-09-01"),
        passes=person(rc_job_start="2026-08-15"),
    ),
    RuleCase(
        "R20c",
        "paid-but-all-costs-zero",
        fails=person(rc_paid_any="1", rc_cost_fee="0", rc_cost_total="0", rc_cost_sum="0"),
        passes=person(rc_paid_any="1", rc_cost_fee="20", rc_cost_sum="20"),
    ),
    RuleCase(
        "R20d",
        "components-above-total",
        fails=person(rc_cost_total="100", rc_cost_fee="150", rc_cost_sum="150"),
        passes=person(rc_cost_total="100", rc_cost_fee="50", rc_cost_sum="50"),
    ),
    RuleCase(
        "R20d",
        "every-component-below-total",
        fails=person(rc_cost_total="100", rc_cost_sum="80", **EVERY_COST_10),
        passes=person(rc_cost_total="80.5", rc_cost_sum="80", **EVERY_COST_10),
    ),
    RuleCase(
        "R20e",
        "first-month-earnings-zero",
        fails=person(rc_earn_first_month="0"),
        passes=person(rc_earn_first_month="10"),
    ),
    # -- R21 remittances sent ---------------------------------------------------------------------
    RuleCase(
        "R21a",
        "sent-without-amount",
        fails=person(remit_sent_12m="1", remit_amount_12m_status="1"),
        passes=person(remit_sent_12m="1", remit_amount_12m_status="1", remit_amount_12m="5"),
    ),
    RuleCase(
        "R21a",
        "sent-amount-unknown",
        fails=person(remit_sent_12m="1", remit_amount_12m_status="1"),
        passes=person(remit_sent_12m="1", remit_amount_12m_status="8"),
    ),
    RuleCase(
        "R21a",
        "amount-but-not-sent",
        fails=person(remit_sent_12m="2", remit_amount_12m="100"),
        passes=person(remit_sent_12m="2"),
    ),
    RuleCase(
        "R21b",
        "remittances-to-survey-country",
        fails=person(remit_country="CMR"),
        passes=person(remit_country="NGA"),
    ),
    RuleCase(
        "R21c",
        "remittances-above-year-of-earnings",
        fails=person(
            remit_amount_12m="2000", remit_currency="XAF", earn_amount="100", earn_currency="XAF"
        ),
        passes=person(
            remit_amount_12m="1200", remit_currency="XAF", earn_amount="100", earn_currency="XAF"
        ),
    ),
    RuleCase(
        "R21c",
        "different-currencies-not-compared",
        fails=person(
            remit_amount_12m="2000", remit_currency="XAF", earn_amount="100", earn_currency="XAF"
        ),
        passes=person(
            remit_amount_12m="2000", remit_currency="USD", earn_amount="100", earn_currency="XAF"
        ),
    ),
    # -- R22-R24 work abroad and qualifications ---------------------------------------------------
    RuleCase(
        "R22a",
        "left-after-return",
        fails=person(left_year="2020", return_year="2018"),
        passes=person(left_year="2018", return_year="2020"),
    ),
    RuleCase(
        "R22a",
        "return-after-survey-year",
        fails=person(left_year="2018", return_year="2027"),
        passes=person(left_year="2018", return_year="2020"),
    ),
    RuleCase(
        "R22a",
        "left-after-survey-year",
        fails=person(left_year="2027", return_year="9998"),
        passes=person(left_year="9998", return_year="9998"),
    ),
    RuleCase(
        "R22b",
        "left-to-work-at-5",
        fails=person(birth_year="2000", left_year="2005"),
        passes=person(birth_year="2000", left_year="2009"),
    ),
    RuleCase(
        "R22c",
        "worked-abroad-in-survey-country",
        fails=person(last_work_country="CMR"),
        passes=person(last_work_country="SAU"),
    ),
    RuleCase(
        "R22d",
        "months-abroad-exceed-years",
        fails=person(months_abroad="60", left_year="2020", return_year="2021"),
        passes=person(months_abroad="24", left_year="2020", return_year="2021"),
    ),
    RuleCase(
        "R23",
        "returnee-arrival-before-return",
        fails=person(
            birthplace="1",
            ever_abroad_12m="1",
            ever_worked_abroad="1",
            months_abroad="24",
            arrival_year="2020",
            return_year="2021",
        ),
        passes=person(
            birthplace="1",
            ever_abroad_12m="1",
            ever_worked_abroad="1",
            months_abroad="24",
            arrival_year="2021",
            return_year="2021",
        ),
    ),
    RuleCase(
        "R23",
        "short-stay-not-judged",
        fails=person(
            birthplace="1",
            ever_abroad_12m="1",
            ever_worked_abroad="1",
            months_abroad="24",
            arrival_year="2015",
            return_year="2021",
        ),
        passes=person(
            birthplace="1",
            ever_abroad_12m="1",
            ever_worked_abroad="1",
            months_abroad="6",
            arrival_year="2015",
            return_year="2021",
        ),
    ),
    RuleCase(
        "R24",
        "qualification-from-survey-country",
        fails=person(qual_abroad="1", qual_country="CMR", qual_recognition="1"),
        passes=person(qual_abroad="1", qual_country="NGA", qual_recognition="1"),
    ),
    RuleCase(
        "R24",
        "recognition-not-answered",
        fails=person(qual_abroad="1", qual_country="NGA"),
        passes=person(qual_abroad="1", qual_country="NGA", qual_recognition="1"),
    ),
    # -- R25 size and weights ---------------------------------------------------------------------
    RuleCase(
        "R25a",
        "size-above-roster",
        fails=household(HEAD, CHILD, hh_size="3"),
        passes=household(HEAD, CHILD, hh_size="2"),
    ),
    RuleCase(
        "R25a",
        "non-resident-counted",
        fails=household(HEAD, NON_RESIDENT, hh_size="2"),
        passes=household(HEAD, NON_RESIDENT, hh_size="1"),
    ),
    RuleCase(
        "R25b",
        "household-weight-zero",
        fails=household(hh_weight="0"),
        passes=household(hh_weight="12.5"),
    ),
    RuleCase(
        "R25c", "person-weight-zero", fails=person(pers_weight="0"), passes=person(pers_weight="5")
    ),
    RuleCase(
        "R25c",
        "household-weighted-design",
        fails=household_weighted(
            Record(household={"hh_weight": "6"}, members=({"pers_weight": "5"},))
        ),
        passes=household_weighted(
            Record(household={"hh_weight": "6"}, members=({"pers_weight": "6.0"},))
        ),
    ),
    # -- R26 code lists ---------------------------------------------------------------------------
    RuleCase(
        "R26a",
        "birth-country-not-a-country",
        fails=person(birthplace="2", birth_country="QQQ"),
        passes=person(birthplace="2", birth_country="NGA"),
    ),
    RuleCase(
        "R26b",
        "remittance-sender-not-a-country",
        fails=household(hh_remit_recv_country="QQQ"),
        passes=household(hh_remit_recv_country="GAB"),
    ),
    RuleCase(
        "R26c",
        "survey-country-outside-au",
        fails=household(country_iso3="FRA"),
        passes=household(country_iso3="SEN"),
    ),
    RuleCase(
        "R26d",
        "survey-country-in-no-rec",
        fails=household(country_iso3="FRA"),
        passes=household(country_iso3="SEN"),
    ),
    RuleCase(
        "R26d",
        "reference-date-before-any-rec",
        fails=household(survey_year="1960", survey_quarter="1"),
        passes=household(survey_year="2026", survey_quarter="1"),
    ),
    # -- R20f recruitment cost indicator ------------------------------------------------------------
    RuleCase(
        "R20f",
        "costs-above-24-months-of-earnings",
        fails=person(
            rc_eligible="1",  # reading 12: judged for eligible recruits only
            rc_cost_total="2500",
            rc_cost_currency="XOF",
            rc_earn_first_month="100",
            rc_earn_currency="XOF",
        ),
        passes=person(
            rc_eligible="1",
            rc_cost_total="2300",
            rc_cost_currency="XOF",
            rc_earn_first_month="100",
            rc_earn_currency="XOF",
        ),
    ),
    RuleCase(
        "R20f",
        "cost-parts-and-deductions-above-24-months",
        fails=person(
            rc_eligible="1",  # reading 12: judged for eligible recruits only
            rc_cost_fee="2000",
            rc_cost_travel_intl="300",
            rc_wage_deduct_amt="200",
            rc_cost_currency="XOF",
            rc_earn_first_month="100",
            rc_earn_currency="XOF",
        ),
        passes=person(
            rc_eligible="1",
            rc_cost_fee="2000",
            rc_cost_travel_intl="300",
            rc_cost_currency="XOF",
            rc_earn_first_month="100",
            rc_earn_currency="XOF",
        ),
    ),
    # -- R27 --------------------------------------------------------------------------------------
    RuleCase(
        "R27",
        "maternity-leave-for-a-man",
        fails=person(absence_reason="3", sex="1"),
        passes=person(absence_reason="3", sex="2"),
    ),
]

#: Rules judged against the whole batch (a percentile needs a distribution, not one record):
#: their failing and passing records are in tests/test_builtin_checks.py.
BATCH_RULES = {"R19e": "earnings_outlier_p995"}
