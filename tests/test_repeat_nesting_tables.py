"""Nested repeats in flat tables and batch validation (issue 15, point 3).

One table per level, keyed by all its ancestors: a trip row carries the case's uuid, the
household key, its member's position and its own. Validation runs per level with those
keys: a trip rule reads the trip's and the household's answers, a member's count() and
sum() read that member's trips, and a failure is located as member.trip (``1.2``).
``nested_deep.md`` (fields -> visits -> samples, no position calculate) checks that the
position columns are made where the form has none and that a sample reads its visit's and
its field's answers in batch as in the interview.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from surveytool.form import Form, load
from surveytool.form.levels import levels
from surveytool.interview import Address, Interview
from surveytool.tables.csv_files import write_csv
from surveytool.tables.flat import CaseData, flatten
from surveytool.validate import validate_levels
from surveytool.validate.inputs import read_data
from surveytool.validate.rules import load_rules

FEATURES = Path(__file__).parent / "forms" / "features"


@pytest.fixture(scope="module")
def trips_form() -> Form:
    return load(FEATURES / "nested_trips.md")


@pytest.fixture(scope="module")
def deep_form() -> Form:
    return load(FEATURES / "nested_deep.md")


def member(uid: int) -> tuple[tuple[str, int], ...]:
    return (("members", uid),)


def trips_case(form: Form) -> Interview:
    """Awa walked 300 km on her second trip; Bola, moved first, made one trip."""
    interview = Interview(form)
    interview.answer(Address("hh_id"), "H1")
    awa, bola = interview.add_instance("members"), interview.add_instance("members")
    for uid, name, age, trips in ((awa, "Awa", 30, 2), (bola, "Bola", 12, 1)):
        interview.answer(Address("member_name", "members", uid), name)
        interview.answer(Address("age", "members", uid), age)
        interview.answer(Address("n_trips", "members", uid), trips)
    for uid, number, place, km, mode in (
        (awa, 1, "Kribi", 20, "bus"),
        (awa, 2, "Buea", 300, "walk"),
        (bola, 1, "Limbe", 5, "walk"),
    ):
        where = member(uid)
        interview.answer(Address("destination", "trips", number, where), place)
        interview.answer(Address("distance_km", "trips", number, where), km)
        interview.answer(Address("mode", "trips", number, where), mode)
    interview.move_instance("members", bola, 1)
    return interview


def test_levels_know_their_parents_and_position_columns(trips_form: Form, deep_form: Form) -> None:
    trip = levels(trips_form)[2]
    assert (trip.name, trip.parent, trip.ancestors) == ("trip", "member", ("member",))
    assert trip.keys == ("hh_id", "member_no", "trip_no")
    samples = levels(deep_form)[3]
    assert samples.ancestors == ("fields", "visits")
    assert samples.lines == ("fields_position", "visits_position", "samples_position")
    assert samples.made_line == "samples_position"
    farm_survey = load(Path(__file__).parent / "forms" / "farm_survey.md")
    plot = levels(farm_survey)[1]  # a form without nesting keeps its levels as they were
    assert (plot.lines, plot.ancestors, plot.keys) == ((), (), ("farm_id", "plot_no"))


def test_one_table_per_level_keyed_by_all_ancestors(trips_form: Form) -> None:
    tables = flatten(trips_form, [CaseData("u1", "complete", trips_case(trips_form))])
    assert list(tables) == ["households", "members", "trips"]
    trips = tables["trips"]
    assert list(trips.columns[:4]) == ["case_uuid", "hh_id", "member_no", "trip_no"]
    assert str(trips["member_no"].dtype) == "Int64"
    rows = trips[["member_no", "trip_no", "destination", "distance_km"]]
    assert rows.astype(object).values.tolist() == [
        [1, 1, "Limbe", 5],  # Bola was moved first: her trip is member 1's
        [2, 1, "Kribi", 20],
        [2, 2, "Buea", 300],
    ]
    members = tables["members"]
    assert members[["member_no", "member_name", "member_km", "trips_made"]].astype(
        object
    ).values.tolist() == [[1, "Bola", 5, 1], [2, "Awa", 320, 2]]
    assert tables["households"]["household_km"].tolist() == [325]


def test_validation_runs_per_level_and_locates_a_trip(tmp_path: Path, trips_form: Form) -> None:
    tables = flatten(trips_form, [CaseData("u1", "complete", trips_case(trips_form))])
    rules = load_rules(FEATURES / "nested_trips.yaml", trips_form)
    report = validate_levels(trips_form, rules, tables)
    found = [(f.rule, f.level, f.hh_id, f.line_no) for f in report.failures]
    assert found == [("T01", "trip", "H1", "2.2")]  # Awa's second trip, 300 km on foot
    summary = {s.id: (s.level, s.checked) for s in report.summary}
    assert summary["T01"] == ("trip", 3) and summary["M01"] == ("member", 2)
    # a household rule adds every trip of the household (not its members' rows)
    far = {name: frame.copy() for name, frame in tables.items()}
    far["trips"].loc[2, "distance_km"] = 2000
    found = [(f.rule, f.level, f.hh_id) for f in validate_levels(trips_form, rules, far).failures]
    assert ("H01", "household", "H1") in found
    # the same batch as CSV files, with a trip dropped: member 2 said 2 trips, has 1
    write_csv(tables, tmp_path)
    trips = pd.read_csv(tmp_path / "trips.csv", dtype=str)
    trips[trips["trip_no"] != "2"].to_csv(tmp_path / "trips.csv", index=False)
    frames = read_data(tmp_path, trips_form)
    report = validate_levels(trips_form, rules, frames)
    found = {(f.rule, f.level, f.line_no) for f in report.failures}
    assert ("M01", "member", "2") in found
    assert ("member_km.calculated", "member", "2") in found  # its trips now add to 20
    assert not [f for f in report.failures if f.level == "trip"]


def test_deep_levels_read_their_enclosing_records_in_batch(deep_form: Form) -> None:
    interview = Interview(deep_form)
    interview.answer(Address("farm_name"), "Ngoa")
    maize, cassava = interview.add_instance("fields"), interview.add_instance("fields")
    interview.answer(Address("crop", "fields", maize), "maize")
    interview.answer(Address("crop", "fields", cassava), "cassava")
    field = (("fields", cassava),)
    visit = interview.add_instance("visits", outer=field)
    interview.answer(Address("visit_day", "visits", visit, field), 12)
    at = (*field, ("visits", visit))
    for weight in (2.5, 12.0):
        sample = interview.add_instance("samples", outer=at)
        interview.answer(Address("weight_kg", "samples", sample, at), weight)
    last = Address("weight_kg", "samples", sample, at)
    assert interview.label(last) == "Weight of sample cassava-12-2 (kg)"
    assert interview.is_relevant(Address("remark", "samples", sample, at))
    assert interview.value(Address("field_kg", "fields", cassava)) == 14.5
    assert interview.value(Address("field_visits", "fields", maize)) == 0
    assert interview.value(Address("farm_samples")) == 2
    assert interview.value(Address("first_crop")) == "maize"
    tables = flatten(deep_form, [CaseData("u1", "complete", interview)])
    samples = tables["samples"]
    assert list(samples.columns[:4]) == [
        "case_uuid",
        "fields_position",
        "visits_position",
        "samples_position",
    ]
    assert samples["sample_at"].tolist() == ["cassava-12-1", "cassava-12-2"]
    report = validate_levels(deep_form, None, tables)
    # the batch recalculates every calculate as the interview did: no finding
    assert report.failures == []
    tables["samples"].loc[1, "weight_kg"] = -1.0
    report = validate_levels(deep_form, None, tables)
    found = {(f.rule, f.level, f.line_no) for f in report.failures}
    assert ("weight_kg.constraint", "samples", "2.1.2") in found


def test_the_package_descriptor_keys_a_nested_record_by_every_line(trips_form: Form) -> None:
    """A trip's primary key in the harmonised package's datapackage.json is the household
    key, its member's line and its own: the household key and its own line alone repeat
    (each member has a trip 1), and frictionless refuses a primary key that repeats."""
    from surveytool.package.datapackage import _keys

    tables = flatten(trips_form, [CaseData("u1", "complete", trips_case(trips_form))])
    root, _, trips = levels(trips_form)
    frame = tables[trips.table]
    primary = _keys(trips, root, frame)["primaryKey"]
    assert primary == [root.record_key, *trips.lines] and len(primary) == 3
    assert not frame.duplicated(primary).any()
    assert frame.duplicated([root.record_key, trips.lines[-1]]).any()  # its own line repeats
