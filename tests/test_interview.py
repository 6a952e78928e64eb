"""Whole household interviews driven through the engine on the shipped questionnaire."""

from __future__ import annotations

from datetime import date

import pytest

from surveytool.interview import Address, AnswerStatus, Interview

TODAY = date(2026, 11, 20)


def give(interview: Interview, answers: dict[str, object], uid: int | None = None) -> None:
    """Answer in order; each answer must be accepted and its question relevant when given."""
    for name, value in answers.items():
        address = interview.address(name, uid)
        assert interview.is_relevant(address), f"{address} should be relevant"
        result = interview.answer(address, value)
        assert result.status is AnswerStatus.OK, (address, value, result)


def relevant(interview: Interview, name: str, uid: int | None = None) -> bool:
    return interview.is_relevant(interview.address(name, uid))


HOUSEHOLD = {
    "country_iso3": "CMR",
    "survey_year": 2026,
    "cluster": "C001",
    "hh_no": 1,
    "psu": "C001",
    "stratum": "urban",
    "interview_date": "2026-11-10",
    "enumerator_id": "E07",
    "hh_address": "Quartier Mvog-Ada, Yaoundé",
    "hh_size": 5,
}
NATIVE = {"birthplace": 1, "citizenship": 1, "ever_abroad_12m": 2}
EMPLOYEE = {
    "work_wage": 1,
    "occ_title": "Primary teacher",
    "occ_tasks": "Teaches pupils",
    "isco08": "2341",
    "ind_desc": "Primary school",
    "isic4": "85",
    "status_icse93": 1,
    "contract_type": 1,
    "inst_sector": 1,
    "hours_usual": 40,
    "hours_actual": 38,
    "earn_status": 1,
    "earn_amount": 180000,
    "earn_currency": "XAF",
    "employer_pension": 1,
    "paid_leave": 1,
    "paid_sick": 1,
    "job_start": "2015-09-01",
}


@pytest.fixture
def interview(form):
    interview = Interview(form, today=TODAY)
    give(interview, HOUSEHOLD)
    return interview


def test_household_level_calculations_and_piping(interview: Interview):
    assert interview.value(Address("hh_id")) == "CMR-2026-C001-1"
    assert interview.value(Address("wa_min")) == 15
    assert interview.value(Address("country_name")).startswith("Cameroon")
    uid = interview.add_instance("persons")
    give(interview, {"person_name": "Paul Mbarga"}, uid)
    label = interview.label(interview.address("work_wage", uid))
    assert "Paul Mbarga" in label and "${" not in label


def test_head_native_employee(interview: Interview):
    head = interview.add_instance("persons")
    assert interview.value(interview.address("line_no", head)) == 1
    give(
        interview,
        {
            "person_name": "Paul Mbarga",
            "sex": 1,
            "age": 45,
            "relationship": 1,
            "usual_resident": 1,
            "marital_status": 2,
            "edu_level_nat": "6",
            "respondent_line": 1,
        },
        head,
    )
    assert relevant(interview, "work_wage", head)
    assert not relevant(interview, "work_business", head)  # skipped: worked for a wage
    give(interview, EMPLOYEE, head)
    assert interview.value(interview.address("employed", head)) == 1
    assert not relevant(interview, "sought_work_4w", head)
    give(interview, NATIVE, head)
    assert not relevant(interview, "arrival_year", head)
    assert not relevant(interview, "remit_sent_12m", head)  # section F: migrants only
    assert relevant(interview, "ever_worked_abroad", head)  # section H: natives
    give(interview, {"ever_worked_abroad": 2, "plan_abroad_12m": 3, "qual_abroad": 2}, head)
    assert not relevant(interview, "last_work_country", head)
    assert [p.address for p in interview.problems() if p.address.instance == head] == []


def test_child_under_15_skips_labour_and_migration_work_sections(interview: Interview):
    child = interview.add_instance("persons")
    give(
        interview,
        {
            "person_name": "Lucie Mbarga",
            "sex": 2,
            "age": 9,
            "relationship": 3,
            "usual_resident": 1,
            "edu_level_nat": "1",
            "respondent_line": 1,
        },
        child,
    )
    assert not relevant(interview, "marital_status", child)  # asked from 12
    for name in ("work_wage", "occ_title", "remit_sent_12m", "ever_worked_abroad", "qual_abroad"):
        assert not relevant(interview, name, child), name
    give(interview, NATIVE, child)
    assert interview.value(interview.address("employed", child)) == 0
    assert [p.address.name for p in interview.problems() if p.address.instance == child] == []


def test_migrant_worker_with_recruitment_costs(interview: Interview):
    migrant = interview.add_instance("persons")
    give(
        interview,
        {
            "person_name": "Ibrahim Okafor",
            "sex": 1,
            "age": 31,
            "relationship": 7,
            "usual_resident": 1,
            "marital_status": 1,
            "edu_level_nat": "3",
            "respondent_line": 1,
            "work_wage": 1,
        },
        migrant,
    )
    give(
        interview,
        {k: v for k, v in EMPLOYEE.items() if k != "work_wage"}
        | {"isco08": "9313", "isic4": "41", "job_start": "2025-03-01", "employer_pension": 2},
        migrant,
    )
    give(
        interview,
        {"birthplace": 2, "birth_country": "NGA", "citizenship": 3, "citizenship_country": "NGA"},
        migrant,
    )
    assert interview.value(interview.address("int_migrant", migrant)) == 1
    assert not relevant(interview, "ever_abroad_12m", migrant)  # born abroad: not asked
    section_e = "rc_first_job_employee"
    assert not relevant(interview, section_e, migrant)
    give(
        interview,
        {"arrival_year": 2025, "arrival_month": 2, "prev_country": "NGA", "mig_reason": 11},
        migrant,
    )
    assert interview.value(interview.address("rc_perspective", migrant)) == "destination"
    assert relevant(interview, section_e, migrant)
    give(
        interview,
        {
            "rc_first_job_employee": 1,
            "rc_job_start": "2025-03-01",
            "rc_arranged_before": 1,
            "rc_channel": 2,
            "rc_paid_any": 1,
        },
        migrant,
    )
    assert relevant(interview, "rc_cost_fee_status", migrant)
    give(
        interview,
        {
            "rc_cost_fee_status": 1,
            "rc_cost_fee": 150000,
            "rc_cost_docs_status": 1,
            "rc_cost_docs": 25000,
        },
        migrant,
    )
    assert interview.value(interview.address("rc_cost_sum", migrant)) == 175000
    # A constraint: the total must be more than 0 when something was paid.
    total = interview.address("rc_cost_total", migrant)
    give(interview, {"rc_cost_total_status": 1}, migrant)
    refused = interview.answer(total, 0)
    assert refused.status is AnswerStatus.CONSTRAINT_VIOLATED and refused.message
    assert any(p.address == total for p in interview.problems())
    assert interview.answer(total, 175000).status is AnswerStatus.OK
    assert interview.value(interview.address("rc_eligible", migrant)) == 1


def test_return_migrant_reaches_section_e_from_the_origin_side(interview: Interview):
    returnee = interview.add_instance("persons")
    give(
        interview,
        {
            "person_name": "Grace Ngono",
            "sex": 2,
            "age": 34,
            "relationship": 2,
            "usual_resident": 1,
            "marital_status": 2,
            "edu_level_nat": "3",
            "respondent_line": 1,
        },
        returnee,
    )
    give(
        interview,
        {
            "work_wage": 2,
            "work_business": 2,
            "work_family": 2,
            "temp_absent": 2,
            "sought_work_4w": 2,
            "future_start": 2,
            "available_2w": 1,
        },
        returnee,
    )
    give(
        interview,
        {
            "birthplace": 1,
            "citizenship": 1,
            "ever_abroad_12m": 1,
            "arrival_year": 2025,
            "arrival_month": 6,
            "prev_country": "SAU",
            "mig_reason": 70,
        },
        returnee,
    )
    give(
        interview,
        {
            "ever_worked_abroad": 1,
            "times_abroad_work": 1,
            "last_work_country": "SAU",
            "left_year": 2022,
            "return_year": 2025,
            "months_abroad": 30,
            "occ_abroad": "9111",
            "status_abroad": 1,
            "return_reason": 1,
        },
        returnee,
    )
    assert interview.value(interview.address("rc_perspective", returnee)) == "origin"
    assert relevant(interview, "rc_first_job_employee", returnee)
    assert "Saudi Arabia" in interview.label(interview.address("rc_first_job_employee", returnee))


def test_irrelevant_answers_are_kept_but_excluded(interview: Interview):
    person = interview.add_instance("persons")
    give(
        interview,
        {
            "person_name": "Amina Diallo",
            "sex": 2,
            "age": 40,
            "relationship": 1,
            "usual_resident": 1,
            "marital_status": 2,
            "edu_level_nat": "2",
            "respondent_line": 1,
            "work_wage": 1,
            "occ_title": "Trader",
        },
        person,
    )
    occ = interview.address("occ_title", person)
    interview.answer(interview.address("age", person), 12)  # now below working age
    assert not interview.is_relevant(occ)
    assert interview.value(occ) is None
    assert interview.answers[occ] == "Trader"  # kept in the history
    interview.answer(interview.address("age", person), 40)
    assert interview.value(occ) == "Trader"


def test_roster_aggregates_positions_and_completeness(interview: Interview):
    first = interview.add_instance("persons")
    second = interview.add_instance("persons")
    respondent = interview.address("respondent_line", second)
    assert interview.answer(respondent, 3).status is AnswerStatus.CONSTRAINT_VIOLATED
    assert interview.answer(respondent, 2).status is AnswerStatus.OK
    interview.move_instance("persons", second, 1)
    assert interview.value(interview.address("line_no", second)) == 1
    assert interview.value(interview.address("line_no", first)) == 2
    interview.remove_instance("persons", first)
    assert interview.instances("persons") == [second]
    assert interview.status[respondent][0] is AnswerStatus.CONSTRAINT_VIOLATED  # 2 > 1 person
    assert not interview.can_complete()


def test_invalid_values_are_refused_without_being_stored(interview: Interview):
    person = interview.add_instance("persons")
    age = interview.address("age", person)
    result = interview.answer(age, "forty")
    assert result.status is AnswerStatus.INVALID and "forty" in (result.message or "")
    assert age not in interview.answers
    assert interview.answer(interview.address("sex", person), "7").status is AnswerStatus.INVALID


def test_messages_follow_the_interview_language(form):
    interview = Interview(form, language="fr", today=TODAY)
    result = interview.answer(Address("hh_size"), 0)
    assert result.status is AnswerStatus.CONSTRAINT_VIOLATED
    assert result.message == form.question("hh_size").constraint_message["fr"]


def test_navigation_skips_irrelevant_and_calculated_questions(interview: Interview):
    uid = interview.add_instance("persons")
    give(interview, {"person_name": "Paul", "sex": 1, "age": 8}, uid)
    after_age = interview.next_address(interview.address("age", uid))
    assert after_age == interview.address("relationship", uid)  # birth_year is calculated
    after_edu = interview.next_address(interview.address("edu_level_nat", uid))
    assert after_edu == interview.address(
        "respondent_line", uid
    )  # edu_isced calculated, pers_weight read-only
    assert interview.previous_address(after_age) == interview.address("age", uid)


# -- messages a person can read (issue 9, point 7) ---------------------------------------------


def test_constraint_messages_are_piped(form):
    interview = Interview(form, today=TODAY)
    uid = interview.add_instance("persons")
    interview.answer(interview.address("person_name", uid), "Awa")
    result = interview.answer(interview.address("age", uid), 200)
    assert result.status is AnswerStatus.CONSTRAINT_VIOLATED
    assert "${" not in result.message and "Awa" in result.message


def test_an_unnamed_member_reads_member_n_in_every_language(form):
    interview = Interview(form, today=TODAY)
    interview.add_instance("persons")
    uid = interview.add_instance("persons")
    sex = interview.address("sex", uid)
    assert "member 2" in interview.label(sex)
    assert "  " not in interview.label(sex)
    assert "membre 2" in interview.label(sex, "fr")
    result = interview.answer(interview.address("age", uid), 200)
    assert "member 2" in result.message
    interview.answer(interview.address("person_name", uid), "Fatou")
    assert "Fatou" in interview.label(sex) and "member" not in interview.label(sex)


def test_section_titles_have_no_trailing_colon(form):
    interview = Interview(form, today=TODAY)
    uid = interview.add_instance("persons")
    for group in ("section_0", "section_b", "section_d"):
        repeat = interview.graph.repeat_of.get(group)
        title = interview.label(Address(group, repeat, uid if repeat else None))
        assert not title.endswith(":"), title
    assert interview.label(Address("section_b", "persons", uid)).endswith("member 1")


def test_numbers_display_as_entered(form):
    interview = Interview(form, today=TODAY)
    uid = interview.add_instance("persons")
    address = interview.address("age", uid)
    assert interview.display_value(address) == ""
    interview.answer(address, "34")
    assert interview.display_value(address) == "34"
    decimals = [q for q in form.questions() if q.type == "decimal" and q.repeat is None]
    if decimals:  # a household decimal, answered with a whole number and a fraction
        where = Address(decimals[0].name)
        if interview.is_relevant(where):
            interview.answer(where, "500000")
            assert interview.display_value(where) == "500000"


def test_a_cross_check_waits_until_both_answers_are_given(form, rules):
    interview = Interview(form, today=TODAY)
    interview.use_rules(rules.rules, rules.derived)
    give(interview, {"country_iso3": "CMR"})
    uid = interview.add_instance("persons")
    interview.answer(interview.address("person_name", uid), "Awa")
    interview.answer(interview.address("birthplace", uid), 2)  # born abroad; country not yet asked
    r05 = [f for f in interview.rule_findings(uid, "persons") if f.rule == "R05"]
    assert r05, "R05 fails while the country of birth is missing"
    shown = interview.rule_findings(uid, "persons", answered_only=True)
    assert "R05" not in {f.rule for f in shown}
    interview.answer(interview.address("birth_country", uid), "CMR")  # the survey country: wrong
    shown = interview.rule_findings(uid, "persons", answered_only=True)
    assert "R05" in {f.rule for f in shown}
