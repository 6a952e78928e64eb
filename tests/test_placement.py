"""Derived variables are placed from their expression trees, the same way live and in batch.

A derived variable that reads a roster variable directly is computed per member, even when
it also aggregates the roster; one that only aggregates, or reads nothing of a repeat, once
per household. Searching the text for "sum(" put the first kind at household level, and
live entry computed the second kind per member.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from recruits import tables

from surveytool.expr.placement import PlacementError, place_derived
from surveytool.interview import Address, Interview
from surveytool.validate import Rule, validate_tables

REPEAT_OF = {
    "relationship": "persons",
    "age": "persons",
    "persons": None,
    "hh_size": None,
    "abs_age": "absentees",
    "absentees": None,
    "kids": "persons",  # a repeat inside the roster
    "kid_age": "kids",
}

#: a member's share of the household's summed ages: reads the roster directly and through sum()
AGE_SHARE = "if(sum(${age}) > 0, ${age} div sum(${age}), 0)"


def test_each_derived_variable_sits_where_its_tree_reads():
    placement = place_derived(
        {
            "head_count": "sum(${is_head})",  # before the variable it sums: order is computed
            "is_head": "if(${relationship} = 1, 1, 0)",
            "age_share": AGE_SHARE,
            "hh_weighted": "0",
            "per_size": "${hh_size} * 2",
            "kids_count": "count(${kid_age})",
            "kid_older": "${kid_age} > ${age}",
        },
        REPEAT_OF,
    )
    assert placement.repeat == {
        "head_count": None,
        "is_head": "persons",
        "age_share": "persons",
        "hh_weighted": None,
        "per_size": None,
        "kids_count": "persons",
        "kid_older": "kids",
    }
    assert placement.order.index("is_head") < placement.order.index("head_count")


@pytest.mark.parametrize(
    ("derived", "reason"),
    [
        ({"mixed": "${age} + ${abs_age}"}, "reads both repeat"),
        ({"a": "${b} + 1", "b": "${a} + 1"}, "depends on itself (a -> b -> a)"),
    ],
)
def test_derived_variables_that_cannot_be_placed_are_refused(derived, reason):
    with pytest.raises(PlacementError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        place_derived(derived, REPEAT_OF)


def test_the_shipped_rules_are_placed_as_before(rules):
    placement = rules.placement()
    assert placement.repeat["is_head"] == "persons" and placement.repeat["head_age"] is None
    assert placement.repeat["hh_weighted"] is None


def with_age_share(rules):
    """The shipped rules plus a derived member's age share and a rule reading it."""
    rule = Rule(
        id="XS",
        level="person",
        severity="error",
        expression="${age_share} >= 0 and ${age_share} <= 1",
        variables=("age",),
        message={"en": "A member's age share is outside 0-1."},
    )
    return replace(
        rules, derived={**rules.derived, "age_share": AGE_SHARE}, rules=(*rules.rules, rule)
    )


def test_batch_computes_a_derived_variable_per_member_when_it_reads_the_roster(form, rules):
    households, persons = tables(form, [{"age": "30"}, {"age": "0"}])
    report = validate_tables(form, with_age_share(rules), households, persons)
    (summary,) = [s for s in report.summary if s.id == "XS"]
    assert summary.checked == 2 and summary.failed == 0


def test_live_rules_place_derived_variables_as_the_batch_does(form, rules):
    interview = Interview(form)
    checked = with_age_share(rules)
    weighted = Rule(
        id="XW",
        level="household",
        severity="error",
        expression="${hh_weighted} = 0",  # the national setting, read once per household
        variables=("hh_size",),
        message={"en": "The design setting is not read."},
    )
    interview.use_rules([*checked.rules, weighted], checked.derived)
    interview.answer(Address("hh_size"), 2)
    for age in (30, 4):
        member = interview.add_instance("persons")
        interview.answer(interview.address("age", member), age)
    found = {f.rule for f in interview.rule_findings()}
    assert "XS" not in found and "XW" not in found
