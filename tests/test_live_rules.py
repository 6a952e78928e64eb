"""The batch rules checked live on an open case: errors block completion, warnings do not."""

from __future__ import annotations

import random
from datetime import date

from surveytool.demo import simulate
from surveytool.demo.answers import Household
from surveytool.demo.people import household
from surveytool.interview import Interview


def demo_case(form, seed: int) -> Interview:
    rng = random.Random(seed)
    people = ()
    while len(people) < 3:
        people = tuple(household(rng, "CMR", 2026))
    h = Household("CMR", 2026, "C0001", 1, date(2026, 6, 1), "E01", people)
    return simulate(form, h, rng).interview


def test_clean_case_has_no_rule_error_and_completes(form, rules):
    interview = demo_case(form, 3)
    interview.use_rules(rules.rules, rules.derived)
    assert [f for f in interview.rule_findings() if f.severity == "error"] == []
    assert interview.can_complete()


def test_two_heads_is_a_blocking_household_finding(form, rules):
    interview = demo_case(form, 4)
    interview.use_rules(rules.rules, rules.derived)
    second = interview.instances("persons")[1]
    interview.answer(interview.address("relationship", second), "1")
    findings = [f for f in interview.rule_findings() if f.rule == "R01b"]
    assert len(findings) == 1 and findings[0].severity == "error"
    assert findings[0].address.name == "relationship"
    assert findings[0].message
    assert not interview.can_complete()


def test_a_warning_is_shown_but_does_not_block(form, rules):
    interview = demo_case(form, 5)
    interview.use_rules(rules.rules, rules.derived)
    person = interview.instances("persons")[0]
    # R27: maternity/paternity absence for a man is accepted but flagged (warning).
    for name, value in (
        ("sex", "1"),
        ("work_wage", "2"),
        ("work_business", "2"),
        ("work_family", "2"),
        ("temp_absent", "1"),
        ("absence_reason", "3"),
    ):
        address = interview.address(name, person)
        if interview.is_relevant(address):
            interview.answer(address, value)
    findings = [f for f in interview.rule_findings(person, "persons") if f.rule == "R27"]
    assert findings and findings[0].severity == "warning"
    assert all(f.severity != "error" for f in interview.rule_findings() if f.rule == "R27")


def test_live_and_batch_agree_on_a_case(form, rules, tmp_path):
    """The same rules, live on one case and in batch on its flat tables, give the same findings."""
    from surveytool.tables import CaseData, flatten
    from surveytool.validate import validate_tables

    interview = demo_case(form, 6)
    interview.use_rules(rules.rules, rules.derived)
    second = interview.instances("persons")[1]
    interview.answer(interview.address("relationship", second), "1")
    live = {(f.rule, f.address.instance is not None) for f in interview.rule_findings()}
    tables = flatten(form, [CaseData("case-1", "in_progress", interview)])
    frames = {k: v.astype(str).where(v.notna(), None) for k, v in tables.items()}
    report = validate_tables(form, rules, frames["households"], frames["persons"])
    batch = {(f.rule, f.line_no is not None) for f in report.failures if f.rule[0] == "R"}
    assert live == batch


def test_absentee_rules_are_checked_on_each_former_member(form, rules):
    from dataclasses import replace

    seed = 1
    interview = demo_case(form, seed)
    while not interview.instances("absentees"):
        seed += 1
        interview = demo_case(form, seed)
    template = next(r for r in rules.rules if r.id == "R27")
    rule = replace(
        template,
        id="XA",
        level="absentee",
        expression="${abs_age} = '' or ${abs_age} > 200",  # fails for every known age
        variables=("abs_age",),
    )
    interview.use_rules([*rules.rules, rule], rules.derived)
    absentees = interview.instances("absentees")
    found = [f for f in interview.rule_findings() if f.rule == "XA"]
    assert sorted(f.address.instance for f in found) == sorted(absentees)
    assert {f.address.name for f in found} == {"abs_age"}
    person = interview.instances("persons")[0]
    assert not [f for f in interview.rule_findings(person, "persons") if f.rule == "XA"]
    first = absentees[0]
    only = [f for f in interview.rule_findings(first, "absentees") if f.rule == "XA"]
    assert [f.address.instance for f in only] == [first]


def test_a_household_check_on_the_roster_waits_for_every_member(form, rules):
    """R25a compares the household size with the usual residents of the roster: it speaks
    on screen only once every member's residence is answered (through a derived variable)."""
    from surveytool.interview import Address, Interview

    interview = Interview(form)
    interview.use_rules(rules.rules, rules.derived)
    interview.answer(Address("hh_size"), 2)
    first = interview.add_instance("persons")
    interview.answer(interview.address("person_name", first), "Awa")
    interview.answer(interview.address("usual_resident", first), 1)
    second = interview.add_instance("persons")
    interview.answer(interview.address("person_name", second), "Fatou")
    interview.add_instance("persons")  # a third member, nothing answered yet
    assert "R25a" in {f.rule for f in interview.rule_findings()}
    assert "R25a" not in {f.rule for f in interview.rule_findings(answered_only=True)}
