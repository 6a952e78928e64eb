"""A repeat inside a repeat (issue 15, point 3): household -> members -> trips.

``tests/forms/features/nested_trips.md`` asks each member how many trips they made; the
trips roster is made per member from that answer (a repeat_count inside a repeat), a trip
question is relevant by the member's age (a reference to the enclosing instance), and
calculations count and add a member's own trips and every trip of the household.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from surveytool.form import Form, load
from surveytool.interview import Address, AnswerStatus, Interview
from surveytool.interview.address import roster_key
from surveytool.interview.scope import Scope

FEATURES = Path(__file__).parent / "forms" / "features"


@pytest.fixture(scope="module")
def form() -> Form:
    return load(FEATURES / "nested_trips.md")


def member(uid: int) -> tuple[tuple[str, int], ...]:
    return (("members", uid),)


def trip(name: str, member_uid: int, trip_uid: int) -> Address:
    return Address(name, "trips", trip_uid, member(member_uid))


def household(form: Form) -> tuple[Interview, int, int]:
    """Awa (30, two trips) and Bola (12, one trip)."""
    interview = Interview(form)
    interview.answer(Address("hh_id"), "H1")
    awa, bola = interview.add_instance("members"), interview.add_instance("members")
    for uid, name, age, trips in ((awa, "Awa", 30, 2), (bola, "Bola", 12, 1)):
        interview.answer(Address("member_name", "members", uid), name)
        interview.answer(Address("age", "members", uid), age)
        interview.answer(Address("n_trips", "members", uid), trips)
    return interview, awa, bola


def test_addresses_are_paths_and_one_level_text_is_unchanged() -> None:
    nested = Address("destination", "trips", 2, member(3))
    assert str(nested) == "members#3/trips#2/destination"
    assert Address.parse("members#3/trips#2/destination") == nested
    assert nested.path == (("members", 3), ("trips", 2))
    assert nested.roster == "members#3/trips"
    assert str(Address("age", "members", 3)) == "members#3/age"
    assert Address.parse("members#3/age") == Address("age", "members", 3)
    assert Address.parse("hh_id") == Address("hh_id")
    assert roster_key("trips", member(3)) == "members#3/trips"
    assert roster_key("members") == "members"
    deep = Address.parse("a#1/b#2/c#3/x")
    assert (deep.repeat, deep.instance, deep.outer) == ("c", 3, (("a", 1), ("b", 2)))
    assert str(deep) == "a#1/b#2/c#3/x"


def test_repeat_count_inside_a_repeat_makes_rosters_per_member(form: Form) -> None:
    interview, awa, bola = household(form)
    assert interview.instances("trips", member(awa)) == [1, 2]
    assert interview.instances("trips", member(bola)) == [1]
    assert interview.rosters_text() == {
        "members": [awa, bola],
        "members#1/trips": [1, 2],
        "members#2/trips": [1],
    }
    walked = [str(a) for a in interview.walk() if a.name == "destination"]
    assert walked == [
        "members#1/trips#1/destination",
        "members#1/trips#2/destination",
        "members#2/trips#1/destination",
    ]
    interview.answer(trip("destination", awa, 2), "Kribi")
    result = interview.answer(Address("n_trips", "members", awa), 1)  # the count shrinks
    assert Address("trips", "members", awa) in result.changed
    assert interview.instances("trips", member(awa)) == [1]
    assert trip("destination", awa, 2) not in interview.answers
    assert interview.instances("trips", member(bola)) == [1]  # the other member's untouched


def test_references_resolve_from_the_nearest_enclosing_instance(form: Form) -> None:
    interview, awa, bola = household(form)
    # companions is relevant by the member's age: Awa is an adult, Bola is not
    assert interview.is_relevant(trip("companions", awa, 1))
    assert not interview.is_relevant(trip("companions", bola, 1))
    result = interview.answer(Address("age", "members", bola), 40)
    assert trip("companions", bola, 1) in result.changed
    assert interview.is_relevant(trip("companions", bola, 1))
    assert trip("companions", awa, 1) not in result.changed  # another member's trips
    # piping: position(..) two levels down, and the member's name from a trip
    assert interview.label(trip("destination", awa, 2)) == "Destination of trip 2 of Awa"
    assert interview.label(trip("destination", bola, 1)) == "Destination of trip 1 of Bola"


def test_count_and_sum_over_a_child_repeat_from_its_parent(form: Form) -> None:
    interview, awa, bola = household(form)
    for (uid, number), km in zip(((awa, 1), (awa, 2), (bola, 1)), (150, 20, 300), strict=True):
        interview.answer(trip("destination", uid, number), f"place {km}")
        interview.answer(trip("distance_km", uid, number), km)
    assert interview.value(Address("member_km", "members", awa)) == 170
    assert interview.value(Address("member_km", "members", bola)) == 300
    assert interview.value(Address("far_trips", "members", awa)) == 1
    assert interview.value(Address("trips_made", "members", awa)) == 2
    assert interview.value(Address("trips_made", "members", bola)) == 1
    assert interview.value(Address("household_km")) == 470
    assert interview.value(Address("household_trips")) == 3
    result = interview.answer(trip("distance_km", bola, 1), 5)
    assert Address("member_km", "members", bola) in result.changed
    assert Address("household_km") in result.changed
    assert Address("member_km", "members", awa) not in result.changed
    assert interview.value(Address("household_km")) == 175


def test_remove_and_move_members_carry_their_trips(form: Form) -> None:
    interview, awa, bola = household(form)
    interview.answer(trip("destination", bola, 1), "Limbe")
    interview.move_instance("members", bola, 1)
    assert interview.value(Address("member_no", "members", bola)) == 1
    assert interview.value(trip("destination", bola, 1)) == "Limbe"
    assert interview.label(trip("destination", bola, 1)) == "Destination of trip 1 of Bola"
    interview.remove_instance("members", bola)
    assert interview.rosters_text() == {"members": [awa], "members#1/trips": [1, 2]}
    assert not [a for a in interview.answers if a.path[:1] == member(bola)]
    assert [str(a) for a in interview.walk() if a.name == "trip_no"] == [
        "members#1/trips#1/trip_no",
        "members#1/trips#2/trip_no",
    ]


def test_a_trip_is_answered_only_where_it_exists(form: Form) -> None:
    interview, awa, _ = household(form)
    with pytest.raises(KeyError):
        interview.answer(Address("destination", "trips", 1), "nowhere")  # no member given
    with pytest.raises(KeyError):
        interview.answer(trip("destination", awa, 9), "nowhere")
    with pytest.raises(KeyError):
        interview.add_instance("trips")  # a trip belongs to a member
    added = interview.add_instance("trips", outer=member(awa))
    assert added == 3 and interview.instances("trips", member(awa)) == [1, 2, 3]
    assert interview.answer(trip("destination", awa, added), "Buea").status is AnswerStatus.OK


def test_required_trip_questions_block_completion(form: Form) -> None:
    interview, awa, bola = household(form)
    problems = {str(p.address) for p in interview.problems()}
    assert "members#1/trips#2/destination" in problems
    assert "members#2/trips#1/distance_km" in problems
    after_age = interview.next_address(Address("age", "members", awa))
    assert str(after_age) == "members#1/n_trips"
    assert str(interview.next_address(after_age)) == "members#1/trips#1/destination"
    assert str(interview.next_address(trip("companions", awa, 2))) == "members#2/member_name"
    assert str(interview.previous_address(Address("member_name", "members", bola))) == (
        "members#1/trips#2/companions"
    )


def test_answering_keeps_the_state_a_full_recomputation_gives(form: Form) -> None:
    """The incremental engine recomputes only the instances an answer reaches; after many
    random answers, a case rebuilt from its answers must read exactly the same."""
    rng = random.Random(15)
    interview, _, _ = household(form)
    interview.add_instance("members")
    for _ in range(300):
        addresses = [a for a in interview.walk() if interview.is_stop(a)]
        address = rng.choice(addresses)
        value: object = {
            "n_trips": rng.randint(0, 3),
            "age": rng.choice([5, 17, 18, 60]),
            "distance_km": rng.choice([0, 50, 150]),
            "companions": rng.randint(0, 4),
            "mode": rng.choice(["walk", "bus", "car"]),
        }.get(address.name, rng.choice(["Awa", "Kribi", ""]))
        interview.answer(address, value)
    rebuilt = Interview.restore(form, interview.answers, interview.rosters_text())
    assert comparable(rebuilt.effective) == comparable(interview.effective)
    assert rebuilt.relevant == interview.relevant
    assert rebuilt.status == interview.status


def comparable(values: dict[Address, object]) -> dict[Address, object]:
    """NaN (a sum over a blank) is not equal to itself: compare it as text."""
    return {a: "NaN" if v != v else v for a, v in values.items()}


def test_indexed_repeat_reads_an_instance_by_number(form: Form) -> None:
    interview, awa, bola = household(form)
    interview.answer(trip("destination", awa, 2), "Kribi")
    interview.answer(trip("destination", bola, 1), "Limbe")
    from_household = Scope(interview, Address("household_km"))
    assert from_household.indexed_repeat("destination", [("members", 1), ("trips", 2)]) == "Kribi"
    assert from_household.indexed_repeat("destination", [("members", 2), ("trips", 1)]) == "Limbe"
    assert from_household.indexed_repeat("destination", [("members", 2), ("trips", 5)]) == ""
    assert from_household.indexed_repeat("member_name", [("members", 0)]) == "Awa"  # 0 reads 1
    # a repeat the expression does not name is the evaluation's own instance of it
    from_bola = Scope(interview, Address("member_km", "members", bola))
    assert from_bola.indexed_repeat("destination", [("trips", 1)]) == "Limbe"


def test_a_label_seen_from_no_instance_pipes_nothing(form: Form) -> None:
    """A household rule may point at a roster's question without an instance."""
    interview, _, _ = household(form)
    assert interview.label(Address("age", "members")) == "Age of "


def test_rules_of_nested_levels_are_checked_live(form: Form) -> None:
    """The batch rules of a trip and of a member, checked in the open case: a trip rule in
    every trip, a member's count() over that member's trips only."""
    from surveytool.validate.rules import load_rules

    rules = load_rules(FEATURES / "nested_trips.yaml", form)
    interview, awa, _ = household(form)
    interview.use_rules(rules.rules, rules.derived)
    interview.answer(trip("destination", awa, 2), "Buea")
    interview.answer(trip("distance_km", awa, 2), 300)
    interview.answer(trip("mode", awa, 2), "walk")
    found = {(f.rule, str(f.address)) for f in interview.rule_findings()}
    assert ("T01", "members#1/trips#2/mode") in found
    assert not [rule for rule, _ in found if rule == "M01"]  # each member has its trips
    assert not interview.can_complete()
    interview.answer(trip("mode", awa, 2), "car")
    found = {(f.rule, str(f.address)) for f in interview.rule_findings()}
    assert not [rule for rule, _ in found if rule == "T01"]
    warned = [f for f in interview.rule_findings(answered_only=True) if f.rule == "T02"]
    assert [str(f.address) for f in warned] == []  # destinations not given are not compared
    assert {str(f.address) for f in interview.rule_findings() if f.rule == "T02"} == {
        "members#1/trips#1/destination",
        "members#2/trips#1/destination",
    }
