"""Every XLSForm question type pyxform knows (issue 15, point 1): loaded, answered in the
interview with the type's own reading, carried to the flat tables as ODK writes it, and judged
by batch validation with the same reading (one definition, ``form.answer_types``).

The forms are the feature forms ``tests/forms/features/types_*.md``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from surveytool.form import Form, load
from surveytool.interview import Address, AnswerStatus, Interview
from surveytool.tables import CaseData, flatten
from surveytool.validate.run import validate_tables

FEATURES = Path(__file__).parent / "forms" / "features"


def form_of(name: str) -> Form:
    return load(FEATURES / f"types_{name}.md")


def types_of(form: Form) -> dict[str, str]:
    return {q.name: q.type for q in form.questions()}


def tables_of(form: Form, *interviews: Interview) -> dict[str, pd.DataFrame]:
    cases = [CaseData(f"case-{n}", "complete", i) for n, i in enumerate(interviews)]
    return flatten(form, cases)


def type_failures(form: Form, table: pd.DataFrame) -> dict[str, list[object]]:
    report = validate_tables(form, None, table)
    found: dict[str, list[object]] = {}
    for failure in report.failures:
        if failure.rule.endswith(".type"):
            found.setdefault(failure.rule, []).append(failure.values[failure.variables[0]])
    return found


# -- loading --------------------------------------------------------------------------------
def test_every_type_of_the_feature_forms_is_loaded_under_its_own_name() -> None:
    assert types_of(form_of("time")) == {
        "wake_time": "time",
        "visit_at": "datetime",
        "visit_day": "date",
    }
    assert types_of(form_of("geo")) == {
        "dwelling": "geopoint",
        "well": "geopoint",  # gps
        "path": "geotrace",
        "plot": "geoshape",
    }
    media = types_of(form_of("media"))
    assert media == {
        "house_photo": "image",
        "statement": "audio",
        "tour": "video",
        "register": "file",
        "ambient": "background-audio",
        "building": "osm",
    }
    metadata = types_of(form_of("metadata"))
    assert metadata["imei"] == "deviceid"
    assert {metadata[n] for n in ("started", "ended", "day", "user", "audit")} == {
        "start",
        "end",
        "today",
        "username",
        "audit",
    }


def test_controls_keep_their_parameters_and_appearances() -> None:
    form = form_of("controls")
    assert form.question("ready").type == "acknowledge"  # trigger: the same control
    assert dict(form.question("satisfaction").parameters) == {
        "start": "0",
        "end": "5",
        "step": "0.5",
    }
    assert form.question("satisfaction").appearance == "slider"
    assert form.question("phone").appearance == "numbers"
    assert form.question("priorities").type == "rank"
    assert form.choices_for(form.question("priorities")) is not None
    assert form.element("intro").appearance == "field-list"


def test_pyxform_spellings_of_a_type_are_read_from_its_dictionary(tmp_path: Path) -> None:
    path = tmp_path / "spellings.md"
    path.write_text(
        "| survey |\n| | type | name | label |\n"
        "| | q int | a | A |\n| | add date time prompt | b | B |\n"
        "| | get device id | c | |\n| | add photo prompt | d | D |\n| | location | e | E |\n",
        encoding="utf-8",
    )
    assert types_of(load(path)) == {
        "a": "integer",
        "b": "datetime",
        "c": "deviceid",
        "d": "image",
        "e": "geopoint",
    }


# -- the interview ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("form_name", "name", "given", "stored"),
    [
        ("time", "wake_time", "6:30", "06:30:00.000"),
        ("time", "wake_time", "06:30:15.5+02:00", "06:30:15.500+02:00"),
        ("time", "visit_at", "2026-03-01 09:15", "2026-03-01T09:15:00.000"),
        ("time", "visit_at", "2026-03-01T09:15:00Z", "2026-03-01T09:15:00.000+00:00"),
        ("geo", "dwelling", "12.5 -8.25", "12.5 -8.25 0 0"),
        ("geo", "dwelling", "-1.2863, 36.8172", "-1.2863 36.8172 0 0"),
        ("geo", "dwelling", "-1.2863 36.8172 1661.2 4.9", "-1.2863 36.8172 1661.2 4.9"),
        ("geo", "path", "0 0;0 1;", "0 0 0 0; 0 1 0 0"),
        ("geo", "plot", "0 0;0 1;1 1;0 0", "0 0 0 0; 0 1 0 0; 1 1 0 0; 0 0 0 0"),
        ("controls", "consent", "ok", "OK"),
        ("controls", "ready", "OK", "OK"),
        ("controls", "rooms", "4", 4),
        ("controls", "satisfaction", "3.5", 3.5),
        ("controls", "meter", "0012345678905", "0012345678905"),
        ("controls", "priorities", "food water shelter", "food water shelter"),
        ("media", "house_photo", "house.jpg", "house.jpg"),
    ],
)
def test_an_answer_of_the_type_is_stored_as_odk_writes_it(
    form_name: str, name: str, given: str, stored: object
) -> None:
    interview = Interview(form_of(form_name))
    result = interview.answer(Address(name), given)
    assert result.status is not AnswerStatus.INVALID, result.message
    assert interview.answers[Address(name)] == stored


@pytest.mark.parametrize(
    ("form_name", "name", "given", "words"),
    [
        ("time", "wake_time", "25:00", "not a time"),
        ("time", "visit_at", "2026-02-30 09:00", "not a date and time"),
        ("geo", "dwelling", "95 10", "latitude 95"),
        ("geo", "dwelling", "10 190", "longitude 190"),
        ("geo", "dwelling", "somewhere", "not a place"),
        ("geo", "path", "0 0", "at least 2 points"),
        ("geo", "plot", "0 0;0 1;1 1;1 0", "end where it starts"),
        ("geo", "plot", "0 0;0 1;0 0", "at least 4 points"),
        ("controls", "consent", "no", "acknowledgement"),
        ("controls", "rooms", "12", "not from 1 to 9"),
        ("controls", "satisfaction", "3.25", "step of 0.5"),
        ("controls", "priorities", "food food", "ranked twice"),
        ("controls", "priorities", "food cars", "not among the choices"),
        ("media", "house_photo", "../secret.jpg", "not a file name"),
    ],
)
def test_what_is_not_of_the_type_is_refused_and_not_stored(
    form_name: str, name: str, given: str, words: str
) -> None:
    interview = Interview(form_of(form_name))
    result = interview.answer(Address(name), given)
    assert result.status is AnswerStatus.INVALID
    assert words in (result.message or "")
    assert Address(name) not in interview.answers


def test_a_required_new_type_blocks_completion_until_answered() -> None:
    interview = Interview(form_of("geo"))
    assert [p.address.name for p in interview.problems()] == ["dwelling"]
    interview.answer(Address("dwelling"), "12.5 -8.25")
    assert interview.problems() == []


# -- flat tables and validation -----------------------------------------------------------------
def test_tables_carry_odk_values_and_validation_accepts_them() -> None:
    form = form_of("controls")
    interview = Interview(form)
    for name, value in [
        ("consent", "OK"),
        ("rooms", 3),
        ("satisfaction", "4.5"),
        ("priorities", "shelter food"),
        ("fuel", "2"),
        ("lighting", "1 2"),
    ]:
        interview.answer(Address(name), value)
    table = tables_of(form, interview)["households"]
    assert str(table["rooms"].dtype) == "Int64" and table["rooms"][0] == 3
    assert str(table["satisfaction"].dtype) == "Float64" and table["satisfaction"][0] == 4.5
    assert table["priorities"][0] == "shelter food"
    assert table["lighting"][0] == "1 2"  # select_multiple: space-separated, as ODK
    assert type_failures(form, table) == {}


def test_places_and_times_go_through_tables_and_back_through_validation() -> None:
    geo, time = form_of("geo"), form_of("time")
    places = Interview(geo)
    places.answer(Address("dwelling"), "12.5 -8.25 300 5")
    places.answer(Address("plot"), "0 0;0 1;1 1;0 0")
    moments = Interview(time)
    moments.answer(Address("wake_time"), "06:00+01:00")
    moments.answer(Address("visit_at"), "2026-03-01 09:15:00+01:00")
    geo_table = tables_of(geo, places)["households"]
    time_table = tables_of(time, moments)["households"]
    assert geo_table["dwelling"][0] == "12.5 -8.25 300 5"
    assert time_table["visit_at"][0] == "2026-03-01T09:15:00.000+01:00"
    assert type_failures(geo, geo_table) == {}
    assert type_failures(time, time_table) == {}


def test_batch_validation_refuses_what_the_screen_refuses() -> None:
    geo, controls = form_of("geo"), form_of("controls")
    places = tables_of(geo, Interview(geo), Interview(geo))["households"]
    places["dwelling"] = ["95 10", "12.5 -8.25"]
    places["plot"] = ["0 0;0 1;1 1;1 0", None]
    assert type_failures(geo, places) == {
        "dwelling.type": ["95 10"],
        "plot.type": ["0 0;0 1;1 1;1 0"],
    }
    answers = tables_of(controls, Interview(controls), Interview(controls))["households"]
    answers["rooms"] = ["12", "4"]
    answers["satisfaction"] = ["3.25", "3.5"]
    answers["consent"] = ["no", "OK"]
    found = type_failures(controls, answers)
    assert set(found) == {"rooms.type", "satisfaction.type", "consent.type"}


def test_range_numbers_given_as_numbers_are_judged_by_the_range_too() -> None:
    form = form_of("controls")
    table = tables_of(form, Interview(form), Interview(form))["households"]
    table["rooms"] = pd.Series([12, 4], dtype="Int64")
    assert type_failures(form, table) == {"rooms.type": [12]}


def test_the_package_descriptor_types_ranges_by_their_step_and_today_as_a_date() -> None:
    from surveytool.package.datapackage import descriptor

    form = form_of("controls")
    tables = tables_of(form, Interview(form))
    fields = {
        field["name"]: field["type"]
        for resource in descriptor(form, tables, {})["resources"]
        for field in resource["schema"]["fields"]
    }
    assert fields["rooms"] == "integer" and fields["satisfaction"] == "number"
    assert fields["priorities"] == "string" and fields["consent"] == "string"
    meta = load(FEATURES / "types_metadata.md")
    meta_fields = {
        field["name"]: field["type"]
        for resource in descriptor(meta, tables_of(meta, Interview(meta)), {})["resources"]
        for field in resource["schema"]["fields"]
    }
    assert meta_fields["day"] == "date" and meta_fields["started"] == "string"


def test_kobo_spellings_of_metadata_audit_settings_rows_and_intent_are_read() -> None:
    form = form_of("kobo")
    assert types_of(form) == {
        "_start": "start",
        "begun": "start",  # bind::jr:preload timestamp, jr:preloadParams start
        "_deviceid": "deviceid",  # jr:preloadParams device-id
        "story": "text",
        "stamped": "image",  # its intent (an Android camera app) is a phone's business
        "camera": "image",  # parameters app=...: the same, written as a parameter
        "audit": "audit",  # its track-changes and location settings: a phone's log
    }
    assert form.question("story").parameters["rows"] == "5"
    assert form.question("audit").parameters["track-changes"] == "true"
