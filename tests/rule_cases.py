"""Hand-made records for every rule of validators/lfs_migration.yaml: one that breaks the rule
and the smallest change that makes it hold (used by test_rules.py and
test_injected_defects.py). The records and the answer profiles they use are in
rule_records.py; the cases for the spec's readings 10-24 are in reading_cases.py and are part
of CASES.
"""

from __future__ import annotations

from reading_cases import READING_CASES
from rule_records import (
    ABSENT_FROM_WORK,
    CHILD,
    EARNER,
    EMPLOYEE,
    GRADUATE,
    HEAD,
    IMMIGRANT,
    NON_RESIDENT,
    PAYER,
    RECRUIT,
    REMITTER,
    RETURNEE,
    Record,
    RuleCase,
    costs,
    household,
    household_weighted,
    person,
    relative,
    reported,
)

__all__ = ["BATCH_RULES", "CASES", "Record", "RuleCase"]

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
        fails=person(IMMIGRANT, arrival_year="2026", arrival_month="10"),
        passes=person(IMMIGRANT, arrival_year="2026", arrival_month="8"),
    ),
    RuleCase(
        "R09",
        "arrival-month-unknown",
        fails=person(IMMIGRANT, arrival_year="2026", arrival_month="10"),
        passes=person(IMMIGRANT, arrival_year="2026", arrival_month="98"),
    ),
    RuleCase(
        "R09",
        "arrival-before-birth",
        fails=person(IMMIGRANT, age="25", birth_year="2000", arrival_year="1995"),
        passes=person(IMMIGRANT, age="25", birth_year="2000", arrival_year="1999"),
    ),
    RuleCase(
        "R09",
        "arrival-after-survey-year",
        fails=person(IMMIGRANT, arrival_year="2027"),
        passes=person(IMMIGRANT, arrival_year="9998"),
    ),
    RuleCase(
        "R10",
        "previous-country-is-survey-country",
        fails=person(IMMIGRANT, arrival_year="2020", prev_country="CMR"),
        passes=person(IMMIGRANT, arrival_year="2020", prev_country="NGA"),
    ),
    RuleCase(
        "R11",
        "child-came-for-work",
        fails=person(IMMIGRANT, age="10", birth_year="2015", arrival_year="2020", mig_reason="12"),
        passes=person(IMMIGRANT, age="10", birth_year="2015", arrival_year="2020", mig_reason="20"),
    ),
    RuleCase(
        "R11",
        "adult-came-for-work",
        fails=person(IMMIGRANT, age="10", birth_year="2015", arrival_year="2020", mig_reason="12"),
        passes=person(IMMIGRANT, age="35", birth_year="1990", arrival_year="2020", mig_reason="12"),
    ),
    # -- R12-R18 labour force and main job --------------------------------------------------------
    RuleCase(
        "R12",
        "employed-asked-job-search",
        fails=person(EMPLOYEE, sought_work_4w="2"),
        passes=person(sought_work_4w="2"),
    ),
    RuleCase(
        "R12",
        "not-employed-with-occupation",
        fails=person(occ_title="Driver"),
        passes=person(EMPLOYEE, occ_title="Driver"),
    ),
    RuleCase(
        "R13a",
        "employed-without-job-codes",
        fails=person(EMPLOYEE, occ_title="Driver"),
        passes=person(
            EMPLOYEE,
            occ_title="Driver",
            isco08="8322",
            ind_desc="Taxi",
            isic4="49",
            status_icse93="3",
        ),
    ),
    RuleCase(
        "R13b",
        "occupation-code-unknown",
        fails=person(EMPLOYEE, isco08="9999"),
        passes=person(EMPLOYEE, isco08="8322"),
    ),
    RuleCase(
        "R13c",
        "industry-code-unknown",
        fails=person(EMPLOYEE, isic4="00"),
        passes=person(EMPLOYEE, isic4="49"),
    ),
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
        fails=person(EMPLOYEE, hours_usual="200"),
        passes=person(EMPLOYEE, hours_usual="168"),
    ),
    RuleCase(
        "R15a",
        "negative-actual-hours",
        fails=person(ABSENT_FROM_WORK, hours_actual="-1"),
        passes=person(ABSENT_FROM_WORK, hours_actual="0"),
    ),
    RuleCase(
        "R15b",
        "absent-but-worked",
        fails=person(ABSENT_FROM_WORK, hours_actual="5"),
        passes=person(ABSENT_FROM_WORK, hours_actual="0"),
    ),
    RuleCase(
        "R15c",
        "at-work-zero-hours",
        fails=person(EMPLOYEE, hours_actual="0"),
        passes=person(EMPLOYEE, hours_actual="1"),
    ),
    RuleCase(
        "R15c",
        "absent-zero-hours",
        fails=person(EMPLOYEE, hours_actual="0"),
        passes=person(ABSENT_FROM_WORK, hours_actual="0"),
    ),
    RuleCase(
        "R15d",
        "usual-hours-above-84",
        fails=person(EMPLOYEE, hours_usual="90"),
        passes=person(EMPLOYEE, hours_usual="84"),
    ),
    RuleCase(
        "R16a",
        "armed-forces-not-employee",
        fails=person(EMPLOYEE, isco08="0110", status_icse93="3", isic4="84"),
        passes=person(EMPLOYEE, isco08="0110", status_icse93="1", isic4="84"),
    ),
    RuleCase(
        "R16a",
        "armed-forces-outside-defence",
        fails=person(EMPLOYEE, isco08="0110", isic4="49"),
        passes=person(EMPLOYEE, isco08="0110", isic4="84"),
    ),
    RuleCase(
        "R16b",
        "manager-contributing-family-worker",
        fails=person(EMPLOYEE, isco08="1120", status_icse93="5"),
        passes=person(EMPLOYEE, isco08="5221", status_icse93="5"),
    ),
    RuleCase(
        "R17",
        "tertiary-under-19",
        fails=person(edu_level_nat="6", edu_isced="6", age="17"),
        passes=person(edu_level_nat="6", edu_isced="6", age="19"),
    ),
    RuleCase(
        "R17",
        "doctorate-under-23",
        fails=person(edu_level_nat="8", edu_isced="8", age="21"),
        passes=person(edu_level_nat="8", edu_isced="8", age="25"),
    ),
    RuleCase(
        "R18",
        "job-before-arrival-month",
        fails=person(
            IMMIGRANT,
            EMPLOYEE,
            mig_reason="11",
            arrival_year="2020",
            arrival_month="6",
            birth_year="1990",
            job_start="2019-01-01",
        ),
        passes=person(
            IMMIGRANT,
            EMPLOYEE,
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
            IMMIGRANT,
            EMPLOYEE,
            mig_reason="12",
            arrival_year="2015",
            birth_year="1990",
            job_start="2014-05-01",
        ),
        passes=person(
            IMMIGRANT,
            EMPLOYEE,
            mig_reason="12",
            arrival_year="2015",
            birth_year="1990",
            job_start="2015-01-01",
        ),
    ),
    RuleCase(
        "R18",
        "came-for-family",
        fails=person(
            IMMIGRANT,
            EMPLOYEE,
            mig_reason="12",
            arrival_year="2015",
            birth_year="1990",
            job_start="2014-05-01",
        ),
        passes=person(
            IMMIGRANT,
            EMPLOYEE,
            mig_reason="20",
            arrival_year="2015",
            birth_year="1990",
            job_start="2014-05-01",
        ),
    ),
    # -- R19 amounts and currencies ---------------------------------------------------------------
    RuleCase(
        "R19a",
        "earnings-without-currency",
        fails=person(EARNER, earn_amount="100"),
        passes=person(EARNER, earn_amount="100", earn_currency="XAF"),
    ),
    RuleCase(
        "R19a",
        "recruitment-cost-without-currency",
        fails=person(PAYER, reported(rc_cost_visa="50")),
        passes=person(PAYER, reported(rc_cost_visa="50"), rc_cost_currency="XAF"),
    ),
    RuleCase(
        "R19a",
        "first-month-earnings-without-currency",
        fails=person(RECRUIT, reported(rc_earn_first_month="90")),
        passes=person(RECRUIT, reported(rc_earn_first_month="90"), rc_earn_currency="XAF"),
    ),
    RuleCase(
        "R19a",
        "remittances-without-currency",
        fails=person(REMITTER, reported(remit_amount_12m="10")),
        passes=person(REMITTER, reported(remit_amount_12m="10"), remit_currency="XAF"),
    ),
    RuleCase(
        "R19b",
        "received-remittances-without-currency",
        fails=household(hh_remit_recv_12m="1", **reported(hh_remit_recv_amt="100")),
        passes=household(
            hh_remit_recv_12m="1", hh_remit_recv_currency="XAF", **reported(hh_remit_recv_amt="100")
        ),
    ),
    RuleCase(
        "R19c",
        "negative-recruitment-fee",
        fails=person(PAYER, reported(rc_cost_fee="-5")),
        passes=person(PAYER, reported(rc_cost_fee="0")),
    ),
    RuleCase(
        "R19c",
        "negative-earnings",
        fails=person(EARNER, earn_amount="-1"),
        passes=person(EARNER, earn_amount="10"),
    ),
    RuleCase(
        "R19c",
        "negative-wage-deduction",
        fails=person(RECRUIT, reported(rc_wage_deduct_amt="-3"), rc_wage_deduct="1"),
        passes=person(RECRUIT, reported(rc_wage_deduct_amt="3"), rc_wage_deduct="1"),
    ),
    RuleCase(
        "R19d",
        "negative-received-remittances",
        fails=household(hh_remit_recv_12m="1", **reported(hh_remit_recv_amt="-1")),
        passes=household(hh_remit_recv_12m="1", **reported(hh_remit_recv_amt="0")),
    ),
    RuleCase(
        "R19f",
        "wage-deduction-without-currency",
        fails=person(RECRUIT, reported(rc_wage_deduct_amt="30"), rc_wage_deduct="1"),
        passes=person(
            RECRUIT,
            reported(rc_wage_deduct_amt="30"),
            rc_wage_deduct="1",
            rc_wage_deduct_currency="XAF",
        ),
    ),
    # -- R20 recruitment --------------------------------------------------------------------------
    RuleCase(
        "R20a",
        "first-job-asked-outside-universe",
        fails=person(rc_pre_dest="0", rc_pre_orig="0", rc_eligible="0", rc_first_job_employee="1"),
        passes=person(RECRUIT),
    ),
    RuleCase(
        "R20a",
        "not-eligible-with-channel",
        fails=person(RECRUIT, rc_first_job_employee="2", rc_eligible="0", rc_channel="4"),
        passes=person(RECRUIT, rc_first_job_employee="2", rc_eligible="0"),
    ),
    RuleCase(
        "R20b",
        "recruited-over-3-years-ago",
        fails=person(RECRUIT, rc_job_start="2022-05-01"),
        passes=person(RECRUIT, rc_job_start="2023-01-01"),
    ),
    RuleCase(
        "R20b",
        "job-starts-after-interview",
        fails=person(RECRUIT, rc_job_start="2026-09-01"),
        passes=person(RECRUIT, rc_job_start="2026-08-15"),
    ),
    RuleCase(
        "R20c",
        "paid-but-all-costs-zero",
        fails=person(PAYER, reported(rc_cost_fee="0", rc_cost_total="0")),
        passes=person(PAYER, reported(rc_cost_fee="20")),
    ),
    RuleCase(
        "R20d",
        "components-above-total",
        fails=person(PAYER, costs("100", fee="150")),
        passes=person(PAYER, costs("150", fee="150")),
    ),
    RuleCase(
        "R20d",
        "every-component-below-total",
        fails=person(PAYER, costs("100", **dict.fromkeys(("fee", "docs", "visa", "other"), "20"))),
        passes=person(
            PAYER, costs("80.5", **dict.fromkeys(("fee", "docs", "visa", "other"), "20"))
        ),
    ),
    RuleCase(
        "R20e",
        "first-month-earnings-zero",
        fails=person(RECRUIT, reported(rc_earn_first_month="0")),
        passes=person(RECRUIT, reported(rc_earn_first_month="10")),
    ),
    # -- R21 remittances sent ---------------------------------------------------------------------
    RuleCase(
        "R21a",
        "sent-without-amount",
        fails=person(REMITTER, remit_amount_12m_status="1"),
        passes=person(REMITTER, reported(remit_amount_12m="5")),
    ),
    RuleCase(
        "R21a",
        "sent-amount-unknown",
        fails=person(REMITTER, remit_amount_12m_status="1"),
        passes=person(REMITTER, remit_amount_12m_status="8"),
    ),
    RuleCase(
        "R21a",
        "amount-but-not-sent",
        fails=person(IMMIGRANT, remit_sent_12m="2", remit_amount_12m="100"),
        passes=person(IMMIGRANT, remit_sent_12m="2"),
    ),
    RuleCase(
        "R21b",
        "remittances-to-survey-country",
        fails=person(REMITTER, remit_country="CMR"),
        passes=person(REMITTER, remit_country="NGA"),
    ),
    RuleCase(
        "R21c",
        "remittances-above-year-of-earnings",
        fails=person(
            REMITTER,
            EARNER,
            reported(remit_amount_12m="2000"),
            remit_currency="XAF",
            earn_amount="100",
            earn_currency="XAF",
        ),
        passes=person(
            REMITTER,
            EARNER,
            reported(remit_amount_12m="1200"),
            remit_currency="XAF",
            earn_amount="100",
            earn_currency="XAF",
        ),
    ),
    RuleCase(
        "R21c",
        "different-currencies-not-compared",
        fails=person(
            REMITTER,
            EARNER,
            reported(remit_amount_12m="2000"),
            remit_currency="XAF",
            earn_amount="100",
            earn_currency="XAF",
        ),
        passes=person(
            REMITTER,
            EARNER,
            reported(remit_amount_12m="2000"),
            remit_currency="USD",
            earn_amount="100",
            earn_currency="XAF",
        ),
    ),
    # -- R22-R24 work abroad and qualifications ---------------------------------------------------
    RuleCase(
        "R22a",
        "left-after-return",
        fails=person(RETURNEE, left_year="2020", return_year="2018"),
        passes=person(RETURNEE, left_year="2018", return_year="2020"),
    ),
    RuleCase(
        "R22a",
        "return-after-survey-year",
        fails=person(RETURNEE, left_year="2018", return_year="2027"),
        passes=person(RETURNEE, left_year="2018", return_year="2020"),
    ),
    RuleCase(
        "R22a",
        "left-after-survey-year",
        fails=person(RETURNEE, left_year="2027", return_year="9998"),
        passes=person(RETURNEE, left_year="9998", return_year="9998"),
    ),
    RuleCase(
        "R22b",
        "left-to-work-at-5",
        fails=person(RETURNEE, age="25", birth_year="2000", left_year="2005"),
        passes=person(RETURNEE, age="25", birth_year="2000", left_year="2009"),
    ),
    RuleCase(
        "R22c",
        "worked-abroad-in-survey-country",
        fails=person(RETURNEE, last_work_country="CMR"),
        passes=person(RETURNEE, last_work_country="SAU"),
    ),
    RuleCase(
        "R22d",
        "months-abroad-exceed-years",
        fails=person(RETURNEE, months_abroad="60", left_year="2020", return_year="2021"),
        passes=person(RETURNEE, months_abroad="24", left_year="2020", return_year="2021"),
    ),
    RuleCase(
        "R23",
        "returnee-arrival-before-return",
        fails=person(
            RETURNEE,
            ever_abroad_12m="1",
            months_abroad="24",
            arrival_year="2020",
            return_year="2021",
        ),
        passes=person(
            RETURNEE,
            ever_abroad_12m="1",
            months_abroad="24",
            arrival_year="2021",
            return_year="2021",
        ),
    ),
    RuleCase(
        "R23",
        "short-stay-not-judged",
        fails=person(
            RETURNEE,
            ever_abroad_12m="1",
            months_abroad="24",
            arrival_year="2015",
            return_year="2021",
        ),
        passes=person(
            RETURNEE,
            ever_abroad_12m="1",
            months_abroad="6",
            arrival_year="2015",
            return_year="2021",
        ),
    ),
    RuleCase(
        "R24",
        "qualification-from-survey-country",
        fails=person(GRADUATE, qual_abroad="1", qual_country="CMR", qual_recognition="1"),
        passes=person(GRADUATE, qual_abroad="1", qual_country="NGA", qual_recognition="1"),
    ),
    RuleCase(
        "R24",
        "recognition-not-answered",
        fails=person(GRADUATE, qual_abroad="1", qual_country="NGA"),
        passes=person(GRADUATE, qual_abroad="1", qual_country="NGA", qual_recognition="1"),
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
        fails=person(IMMIGRANT, birth_country="QQQ"),
        passes=person(IMMIGRANT, birth_country="NGA"),
    ),
    RuleCase(
        "R26b",
        "remittance-sender-not-a-country",
        fails=household(hh_remit_recv_12m="1", hh_remit_recv_country="QQQ"),
        passes=household(hh_remit_recv_12m="1", hh_remit_recv_country="GAB"),
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
    # -- R20f recruitment cost indicator ----------------------------------------------------------
    RuleCase(
        "R20f",
        "costs-above-24-months-of-earnings",
        fails=person(
            PAYER,
            reported(rc_cost_total="2500", rc_earn_first_month="100"),
            rc_cost_currency="XOF",
            rc_earn_currency="XOF",
        ),
        passes=person(
            PAYER,
            reported(rc_cost_total="2300", rc_earn_first_month="100"),
            rc_cost_currency="XOF",
            rc_earn_currency="XOF",
        ),
    ),
    RuleCase(
        "R20f",
        "cost-parts-and-deductions-above-24-months",
        fails=person(
            PAYER,
            reported(
                rc_cost_fee="2000",
                rc_cost_travel_intl="300",
                rc_wage_deduct_amt="200",
                rc_earn_first_month="100",
            ),
            rc_wage_deduct="1",
            rc_wage_deduct_currency="XOF",
            rc_cost_currency="XOF",
            rc_earn_currency="XOF",
        ),
        passes=person(
            PAYER,
            reported(rc_cost_fee="2000", rc_cost_travel_intl="300", rc_earn_first_month="100"),
            rc_cost_currency="XOF",
            rc_earn_currency="XOF",
        ),
    ),
    # -- R27 --------------------------------------------------------------------------------------
    RuleCase(
        "R27",
        "maternity-leave-for-a-man",
        fails=person(ABSENT_FROM_WORK, absence_reason="3", sex="1"),
        passes=person(ABSENT_FROM_WORK, absence_reason="3", sex="2"),
    ),
    *READING_CASES,
]

#: Rules judged against the whole batch (a percentile needs a distribution, not one record):
#: their failing and passing records are in tests/test_builtin_checks.py.
BATCH_RULES = {"R19e": "earnings_outlier_p995"}
