"""Cases for the spec's readings 10-24 (../shared/spec/lfs_migration_module.md, top): where a
rule must not judge a record, or must judge it differently, because of a reading.

Each ``passes`` record carries the same defect as its ``fails`` record, placed where the
reading says the rule does not judge it (outside the question's universe, on a blank, outside
``rc_eligible``...) or corrected the way the reading allows. Labels start with the reading's
number. They join rule_cases.CASES, so test_rules.py runs them through the batch runner and
both evaluators, and test_injected_defects.py adds the error rules' failing records.
"""

from __future__ import annotations

from rule_records import (
    COST_AMOUNTS,
    EARNER,
    EMPLOYEE,
    HEAD,
    IMMIGRANT,
    NATIVE,
    PAYER,
    RECRUIT,
    REMITTER,
    RETURNEE,
    RuleCase,
    costs,
    household,
    in_survey,
    person,
    reported,
    unknown,
)

#: a recruit whose first job was not as an employee: outside rc_eligible (section E stops)
NOT_ELIGIBLE = {"rc_first_job_employee": "2", "rc_eligible": "0"}
#: a native who never lived abroad: the arrival questions (D06-D09) do not apply
NEVER_ABROAD = {**NATIVE, "ever_abroad_12m": "2"}

READING_CASES: list[RuleCase] = [
    # -- 11: rules apply inside their universe, and blanks do not fire ---------------------------
    RuleCase(
        "R09",
        "reading-11-arrival-asked-of-no-one",
        fails=person(IMMIGRANT, arrival_year="2027"),
        passes=person(NEVER_ABROAD, arrival_year="2027"),  # R07's finding
    ),
    RuleCase(
        "R10",
        "reading-11-previous-country-asked-of-no-one",
        fails=person(IMMIGRANT, arrival_year="2020", prev_country="CMR"),
        passes=person(NEVER_ABROAD, prev_country="CMR"),  # R07's finding
    ),
    RuleCase(
        "R12",
        "reading-11-child-with-a-job-is-R03",
        fails=person(occ_title="Driver"),
        passes=person(age="10", occ_title="Driver"),  # R03a's finding
    ),
    RuleCase(
        "R12",
        "reading-11-non-resident-with-a-job-is-R03",
        fails=person(occ_title="Driver"),
        passes=person(usual_resident="2", occ_title="Driver"),  # R03a's finding
    ),
    RuleCase(
        "R14b",
        "reading-11-search-asked-of-the-employed",
        fails=person(sought_work_4w="1"),
        passes=person(EMPLOYEE, sought_work_4w="1"),  # R12's finding
    ),
    RuleCase(
        "R15a",
        "reading-11-hours-of-someone-not-employed",
        fails=person(EMPLOYEE, hours_usual="200"),
        passes=person(hours_usual="200"),  # R12's finding
    ),
    RuleCase(
        "R19a",
        "reading-11-earnings-whose-status-is-dont-know",
        fails=person(EARNER, earn_amount="100"),
        passes=person(EMPLOYEE, earn_status="8", earn_amount="100"),  # outside its universe
    ),
    RuleCase(
        "R19a",
        "reading-11-cost-of-someone-who-paid-nothing",
        fails=person(PAYER, reported(rc_cost_visa="50")),
        passes=person(RECRUIT, reported(rc_cost_visa="50"), rc_paid_any="2"),
    ),
    RuleCase(
        "R19a",
        "reading-11-earnings-of-a-child",
        fails=person(EARNER, earn_amount="100"),
        passes=person(earn_status="1", earn_amount="100", age="10"),  # R03a's finding
    ),
    RuleCase(
        "R19c",
        "reading-11-negative-amount-outside-its-universe",
        fails=person(EARNER, earn_amount="-1"),
        passes=person(earn_amount="-1"),
    ),
    RuleCase(
        "R20a",
        "reading-11-child-in-section-e-is-R03",
        fails=person(rc_pre_dest="0", rc_pre_orig="0", rc_eligible="0", rc_first_job_employee="1"),
        passes=person(
            age="10", rc_pre_dest="0", rc_pre_orig="0", rc_eligible="0", rc_first_job_employee="1"
        ),  # R03b's finding
    ),
    RuleCase(
        "R21a",
        "reading-11-sent-left-blank",
        fails=person(IMMIGRANT, remit_sent_12m="2", remit_amount_12m="100"),
        passes=person(IMMIGRANT, remit_amount_12m="100"),  # the form's required check
    ),
    RuleCase(
        "R21a",
        "reading-11-native-outside-section-f",
        fails=person(REMITTER, remit_amount_12m_status="1"),
        passes=person(NATIVE, remit_sent_12m="1", remit_amount_12m_status="1"),
    ),
    RuleCase(
        "R22b",
        "reading-11-immigrant-outside-section-h",
        fails=person(RETURNEE, age="25", birth_year="2000", left_year="2005"),
        passes=person(
            IMMIGRANT, ever_worked_abroad="1", age="25", birth_year="2000", left_year="2005"
        ),
    ),
    RuleCase(
        "R22c",
        "reading-11-worked-abroad-not-answered",
        fails=person(RETURNEE, last_work_country="CMR"),
        passes=person(NATIVE, last_work_country="CMR"),
    ),
    # -- 12: R20 amounts, only when rc_eligible = 1 --------------------------------------------
    RuleCase(
        "R20b",
        "reading-12-not-eligible",
        fails=person(RECRUIT, rc_job_start="2020-05-01"),
        passes=person(RECRUIT, NOT_ELIGIBLE, rc_job_start="2020-05-01"),  # R20a's finding
    ),
    RuleCase(
        "R20c",
        "reading-12-paid-medical-cost",
        fails=person(PAYER, reported(rc_cost_fee="0")),
        passes=person(PAYER, reported(rc_cost_medical="50")),
    ),
    RuleCase(
        "R20c",
        "reading-12-not-eligible",
        fails=person(PAYER, reported(rc_cost_fee="0")),
        passes=person(PAYER, NOT_ELIGIBLE, reported(rc_cost_fee="0")),
    ),
    RuleCase(
        "R20c",
        "reading-12-every-amount-unknown",
        fails=person(PAYER, reported(rc_cost_fee="0")),
        passes=person(PAYER, unknown(*COST_AMOUNTS)),
    ),
    RuleCase(
        "R20d",
        "reading-12-components-add-up",
        fails=person(PAYER, costs("100", fee="50", visa="40")),
        passes=person(PAYER, costs("100", fee="60", visa="40")),
    ),
    RuleCase(
        "R20d",
        "reading-12-total-without-components",
        fails=person(PAYER, costs("100", fee="50", visa="40")),
        passes=person(PAYER, unknown(*COST_AMOUNTS[:-1]), reported(rc_cost_total="100")),
    ),
    RuleCase(
        "R20d",
        "reading-12-some-components-unknown",
        fails=person(PAYER, costs("100", fee="50", visa="40")),
        passes=person(PAYER, costs("100", fee="50", visa="40"), unknown("rc_cost_docs")),
    ),
    RuleCase(
        "R20d",
        "reading-12-not-eligible",
        fails=person(PAYER, costs("100", fee="50", visa="40")),
        passes=person(PAYER, NOT_ELIGIBLE, costs("100", fee="50", visa="40")),
    ),
    RuleCase(
        "R20e",
        "reading-12-not-eligible",
        fails=person(RECRUIT, reported(rc_earn_first_month="0")),
        passes=person(RECRUIT, NOT_ELIGIBLE, reported(rc_earn_first_month="0")),
    ),
    # -- 13: one year of tolerance on a birth year ---------------------------------------------
    RuleCase(
        "R11",
        "reading-13-fourteen-at-arrival",
        fails=person(IMMIGRANT, age="20", birth_year="2005", arrival_year="2018", mig_reason="12"),
        passes=person(IMMIGRANT, age="19", birth_year="2006", arrival_year="2020", mig_reason="12"),
    ),
    RuleCase(
        "R09",
        "reading-13-arrival-the-year-before-birth",
        fails=person(IMMIGRANT, age="25", birth_year="2000", arrival_year="1998"),
        passes=person(IMMIGRANT, age="25", birth_year="2000", arrival_year="1999"),
    ),
    # -- 15: refused counts like don't know ------------------------------------------------------
    RuleCase(
        "R21a",
        "reading-15-amount-refused",
        fails=person(REMITTER, remit_amount_12m_status="1"),
        passes=person(REMITTER, remit_amount_12m_status="9"),
    ),
    RuleCase(
        "R20c",
        "reading-15-every-amount-refused",
        fails=person(PAYER, reported(rc_cost_fee="0")),
        passes=person(PAYER, unknown(*COST_AMOUNTS, status="9")),
    ),
    # -- 16: ISCED 9 is not ordered --------------------------------------------------------------
    RuleCase(
        "R17",
        "reading-16-isced-9-young",
        fails=person(edu_level_nat="6", edu_isced="6", age="17"),
        passes=person(edu_level_nat="9", edu_isced="9", age="17"),
    ),
    RuleCase(
        "R24",
        "reading-16-isced-9-not-asked-g05",
        fails=person(edu_level_nat="6", edu_isced="6", qual_abroad="1", qual_country="CMR"),
        passes=person(edu_level_nat="9", edu_isced="9", qual_abroad="1", qual_country="CMR"),
    ),
    # -- 21: a blank relationship is not a head ------------------------------------------------
    RuleCase(
        "R01b",
        "reading-21-blank-relationship",
        fails=household({"relationship": ""}),
        passes=household(HEAD, {"relationship": "", "age": "30"}),
    ),
    # -- 22: time windows end at the interview ---------------------------------------------------
    RuleCase(
        "R09",
        "reading-22-arrival-after-the-interview-year",
        fails=in_survey(person(IMMIGRANT, arrival_year="2027"), survey_year="2027"),
        passes=in_survey(person(IMMIGRANT, arrival_year="2026"), survey_year="2027"),
    ),
    RuleCase(
        "R20b",
        "reading-22-first-job-after-the-survey-year",
        fails=in_survey(person(RECRUIT, rc_job_start="2026-01-01"), survey_year="2025"),
        passes=in_survey(person(RECRUIT, rc_job_start="2025-06-01"), survey_year="2025"),
    ),
    RuleCase(
        "R20b",
        "reading-22-first-job-in-the-interview-month",
        fails=person(RECRUIT, rc_job_start="2026-09"),
        passes=person(RECRUIT, rc_job_start="2026-08"),  # month and year, as E02 is asked
    ),
    RuleCase(
        "R22a",
        "reading-22-return-after-the-interview-year",
        fails=in_survey(person(RETURNEE, left_year="2018", return_year="2027"), survey_year="2027"),
        passes=in_survey(
            person(RETURNEE, left_year="2018", return_year="2026"), survey_year="2027"
        ),
    ),
    # -- 23: R14's B09 is about presence ---------------------------------------------------------
    RuleCase(
        "R14b",
        "reading-23-no-method-given",
        fails=person(sought_work_4w="1", search_methods=""),
        passes=person(sought_work_4w="1", search_methods="7"),
    ),
    # -- 24: R12's unemployment items are B08-B11 ------------------------------------------------
    RuleCase(
        "R12",
        "reading-24-reason-not-seeking-is-the-form-check",
        fails=person(EMPLOYEE, sought_work_4w="2"),
        passes=person(EMPLOYEE, reason_not_seeking="1"),
    ),
]
