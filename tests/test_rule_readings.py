"""The spec's readings 10-24 that a single failing/passing record cannot show.

Most readings are shown by record pairs in reading_cases.py (run by test_rules.py). These
tests cover the rest: an unknown country code in every country question (10), a child and a
non-resident with every later section answered, where R03 alone speaks for the B-H rules
(11 and 7), an office whose form sets another working age (14), and the currency companions a
spec-layout batch may lack (19).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rule_cases import CASES
from rule_records import GRADUATE, Record, household, person
from test_rules import FORM, RULES, tables_of

from surveytool.common import resource_path
from surveytool.expr import references
from surveytool.form import load
from surveytool.form.render import build_workbook, dump_markdown
from surveytool.validate import Failure, RuleSet, load_rules, validate_tables
from surveytool.validate.builtin_parameters import PARAMETERS

#: the country questions of the form (select_one_from_file iso3166.csv), section I's aside
COUNTRY_QUESTIONS = {
    q.name for q in FORM.questions() if q.choice_list == "iso3166" and q.repeat != "absentees"
}


def failures_of(record: Record, form=FORM, rules: RuleSet = RULES) -> list[Failure]:
    return validate_tables(form, rules, *tables_of({"case": record})).failures


def reads(rule) -> set[str]:
    """Every variable a rule reads: its expression's, its built-in's and the fields it
    points at."""
    return set(rule.columns_read) | (references(rule.expression) if rule.expression else set())


# -- 10: UNK and ZZZ both mean "unknown country" wherever a country is asked ---------------


def everywhere(code: str) -> Record:
    """One member asked every person country question (a dual citizen born abroad, back
    from work abroad, who sends money and studied abroad), all answered ``code``; the
    household received money from ``code``."""
    member = {
        **GRADUATE,
        "birthplace": "2",
        "birth_country": code,
        "citizenship": "2",
        "citizenship_country": code,
        "mig_cbr": "1",
        "mig_cct": "0",
        "int_migrant": "1",
        "arrival_year": "2020",
        "prev_country": code,
        "mig_reason": "20",
        "remit_sent_12m": "1",
        "remit_amount_12m_status": "8",
        "remit_country": code,
        "ever_worked_abroad": "1",
        "last_work_country": code,
        "qual_abroad": "1",
        "qual_country": code,
        "qual_recognition": "5",
    }
    return household(member, hh_remit_recv_12m="1", hh_remit_recv_country=code)


@pytest.mark.parametrize(
    "code",
    ["ZZZ", "UNK"],
)
def test_an_unknown_country_is_accepted_in_every_country_question(code: str):
    record = everywhere(code)
    answered = set(record.members[0]) | set(record.household)
    assert len(COUNTRY_QUESTIONS) == 8 and COUNTRY_QUESTIONS - {"country_iso3"} <= answered
    about_countries = [f for f in failures_of(record) if set(f.variables) & COUNTRY_QUESTIONS]
    assert not about_countries, [(f.rule, f.values) for f in about_countries]


# -- 11 and 7: a child or a non-resident with every later section answered --------------------


def later_section_answers() -> dict[str, str]:
    """The answers of sections B, C and E-H that the cases' failing records give (the first
    value of each question): enough to break most rules on B-H if they were judged."""
    sections = {"section_b", "section_c", "section_e", "section_f", "section_g", "section_h"}
    names = {q.name for q in FORM.questions() if sections & set(q.groups)}
    answers: dict[str, str] = {}
    for case in CASES:
        for member in case.fails.members:
            for name, value in member.items():
                if name in names and value:
                    answers.setdefault(name, value)
    return answers


#: what the form computes for a member outside every universe of sections B, C and E
OUTSIDE = {"employed": "0", "unemployed": "0", "rc_pre_dest": "0", "rc_pre_orig": "0",
           "rc_eligible": "0"}  # fmt: skip
IMMIGRANT_SINCE_2020 = {"birthplace": "2", "birth_country": "NGA", "citizenship": "3",
                        "citizenship_country": "NGA", "mig_cbr": "1", "mig_cct": "1",
                        "int_migrant": "1", "arrival_year": "2020", "prev_country": "NGA",
                        "mig_reason": "20"}  # fmt: skip


@pytest.mark.parametrize(
    "who",
    [
        {"age": "10", "birth_year": "2015", "relationship": "3"},
        {"age": "30", "birth_year": "1995", "usual_resident": "2", "relationship": "3"},
    ],
    ids=["child", "non-resident"],
)
def test_r03_alone_reports_answers_outside_sections_b_to_h(who: dict[str, str]):
    member = {**IMMIGRANT_SINCE_2020, **later_section_answers(), **OUTSIDE, **who}
    failures = failures_of(Record(members=({}, member), subject=2))
    mine = [f for f in failures if f.line_no == "2"]
    outside = {f.rule.removesuffix(".outside_universe") for f in mine
               if f.rule.endswith(".outside_universe")}  # fmt: skip
    assert {"R03a", "R03b"} & {f.rule for f in mine}, "the test's member is not outside B-H"
    judged_outside = {
        f.rule
        for f in mine
        if (rule := next((r for r in RULES.rules if r.id == f.rule), None)) is not None
        and rule.expression is not None
        and not rule.id.startswith("R03")
        and reads(rule) & outside
    }
    assert not judged_outside, f"rules judged answers outside their universe: {judged_outside}"


# -- 14: "adult" in R18 is the form's working age --------------------------------------------


@pytest.fixture(scope="module")
def form_with_working_age_18(tmp_path_factory) -> tuple:
    """The shipped form as an office whose working age is 18 adapts it (one calculate)."""
    shipped = resource_path("forms", "lfs_migration.xlsx")
    markdown = dump_markdown(shipped)
    (row,) = [line for line in markdown.splitlines() if "| calculate | wa_min |" in line]
    folder: Path = tmp_path_factory.mktemp("wa18")
    build_workbook(markdown.replace(row, row.replace("| 15 |", "| 18 |")), folder / "form.xlsx")
    form = load(folder / "form.xlsx")
    return form, load_rules(resource_path("validators", "lfs_migration.yaml"), form)


def work_migrant(birth_year: str, age: str) -> Record:
    """Came in 2015 for work, with a job that started in 2014: before the arrival."""
    member = {**IMMIGRANT_SINCE_2020, "arrival_year": "2015", "mig_reason": "12",
              "work_wage": "1", "employed": "1", "status_icse93": "1",
              "job_start": "2014-05-01", "age": age, "birth_year": birth_year}  # fmt: skip
    return Record(household={"wa_min": "18"}, members=(member,))


def test_r18_judges_arrivals_from_the_forms_working_age(form_with_working_age_18):
    form, rules = form_with_working_age_18
    sixteen_at_arrival = failures_of(work_migrant("1999", "26"), form, rules)
    eighteen_at_arrival = failures_of(work_migrant("1997", "28"), form, rules)
    assert "R18" not in {f.rule for f in sixteen_at_arrival}
    assert "R18" in {f.rule for f in eighteen_at_arrival}
    assert "R11" not in {f.rule for f in sixteen_at_arrival + eighteen_at_arrival}


# -- 19: data without the two form-only currency companions --------------------------------


def test_only_their_own_checks_read_the_two_form_only_currencies():
    """rc_wage_deduct_currency and hh_remit_recv_currency may be "not collected" in a
    spec-layout batch: no other check may depend on them (R20f reads the first only as an
    optional parameter: without it, deductions count in the earnings' currency, spec I18)."""
    readers = {
        name: {rule.id for rule in RULES.rules if name in reads(rule)}
        for name in ("rc_wage_deduct_currency", "hh_remit_recv_currency")
    }
    assert readers == {
        "rc_wage_deduct_currency": {"R19f", "R20f"},
        "hh_remit_recv_currency": {"R19b"},
    }
    (r20f,) = [rule for rule in RULES.rules if rule.id == "R20f"]
    assert r20f.parameters["wage_deduction_currency"] == "rc_wage_deduct_currency"
    assert "wage_deduction_currency" in PARAMETERS["rci_over_24_months"].optional


# -- 11: built-in checks on a code outside its question's universe --------------------------


def test_a_country_code_outside_its_universe_is_not_judged_by_r26a():
    never_abroad = person(birthplace="1", citizenship="1", ever_abroad_12m="2", prev_country="QQQ")
    assert "R26a" not in {f.rule for f in failures_of(never_abroad)}
