"""Loading as ODK tools do (issue 15, point 5): pyxform's whole conversion runs as a check, and
every refusal names its sheet, row and column.

The forms are the feature forms ``tests/forms/features/loading_*.md``; a refusal that only an
.xlsx can hold (a header written twice) is built into one from its markdown.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from surveytool.form import FormError, load
from surveytool.form.bare_names import EMPTY_NAME
from surveytool.form.conversion import cache_folder, check_conversion
from surveytool.form.entities import ENTITY_LIST_IGNORED, SAVE_TO_IGNORED
from surveytool.form.errors import DUPLICATE_HEADER, HEADER_ALIASES, PYXFORM_FAILED
from surveytool.form.flags import FLAG_NAME, FLAG_SHORT
from surveytool.form.names import AMBIGUOUS_REFERENCE, DUPLICATE_SIBLING
from surveytool.form.render import build_workbook
from surveytool.form.settings import (
    IGNORED_SERVER_SETTING,
    IGNORED_SETTING,
    IGNORED_STYLE,
    UNKNOWN_DEFAULT_LANGUAGE,
)
from surveytool.form.triggers import TRIGGER_CALCULATED, TRIGGER_IGNORED

FEATURES = Path(__file__).parent / "forms" / "features"


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test remembers pyxform's passes in a folder of its own."""
    monkeypatch.setenv("SURVEYTOOL_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def refusal(path: Path) -> FormError:
    with pytest.raises(FormError) as caught:
        load(path)
    return caught.value


def as_xlsx(name: str, tmp_path: Path) -> Path:
    out = tmp_path / f"{name}.xlsx"
    build_workbook((FEATURES / f"{name}.md").read_text(encoding="utf-8"), out)
    return out


def test_a_reference_pyxform_refuses_in_instance_name_is_refused_at_its_cell():
    (problem,) = refusal(FEATURES / "loading_refuse_instance_name.md").problems
    location = problem.location
    assert (location.sheet, location.row, location.column) == (
        "settings",
        2,
        "C 'instance_name'",
    )
    assert "'data'" in problem.message


def test_a_name_written_twice_on_the_header_row_is_located_on_that_row(tmp_path: Path):
    (problem,) = refusal(as_xlsx("loading_refuse_duplicate_header", tmp_path)).problems
    assert problem.told is DUPLICATE_HEADER
    assert (problem.location.sheet, problem.location.row) == ("survey", 1)
    assert problem.location.column == "E 'label'"
    assert "columns C 'label' and E 'label'" in problem.message


@pytest.mark.parametrize("suffix", ["md", "xlsx"])
def test_two_spellings_of_one_column_are_located_on_the_header_row(tmp_path: Path, suffix):
    name = "loading_refuse_header_aliases"
    path = FEATURES / f"{name}.md" if suffix == "md" else as_xlsx(name, tmp_path)
    (problem,) = refusal(path).problems
    assert problem.told is HEADER_ALIASES
    assert (problem.location.sheet, problem.location.row) == ("survey", 1)
    assert problem.location.column == "F 'relevance'"
    assert problem.values == {"first": "D 'relevant'", "second": "F 'relevance'"}


def test_a_pass_is_remembered_by_the_workbook_and_a_refusal_is_not(own_cache: Path):
    refusal(FEATURES / "loading_refuse_instance_name.md")
    assert not own_cache.exists() or not list(own_cache.glob("pyxform/*.json"))
    form = load(FEATURES / "loading_instance_name.md")
    (entry,) = cache_folder().glob("*.json")
    # what is remembered is used: a warning written into the entry comes back with the form
    entry.write_text('{"warnings": ["remembered"]}', encoding="utf-8")
    again = load(FEATURES / "loading_instance_name.md")
    assert [w.message for w in again.warnings] == [
        *(w.message for w in form.warnings),
        "pyxform: remembered",
    ]


# -- settings (issue 15, point 5: instance_name, default_language, version, style...) ---------


def test_instance_name_names_a_case_from_its_answers():
    from surveytool.interview import Address, Interview
    from surveytool.interview.naming import case_name

    form = load(FEATURES / "loading_instance_name.md")
    assert form.settings.instance_name is not None
    interview = Interview(form)
    assert case_name(interview) == "()"
    interview.answer(Address("respondent"), "Ngo Mbarga")
    interview.answer(Address("age"), "41")
    assert case_name(interview) == "Ngo Mbarga (41)"


def test_a_form_without_instance_name_names_no_case():
    from surveytool.interview import Interview
    from surveytool.interview.naming import case_name

    assert case_name(Interview(load(FEATURES / "loading_default_language.md"))) == ""


def test_instance_name_may_not_read_a_roster_member_from_the_case():
    (problem,) = refusal(FEATURES / "loading_refuse_instance_name_roster.md").problems
    assert (problem.location.sheet, problem.location.row) == ("settings", 2)
    assert problem.location.column == "C 'instance_name'"
    assert "${member_name}" in problem.message and "'members'" in problem.message


def test_default_language_written_as_a_code_opens_the_form_in_that_language():
    from surveytool.interview import Interview

    form = load(FEATURES / "loading_default_language.md")
    assert form.language_codes == ("en", "fr")  # the code adds no third language
    assert form.settings.default_language == "fr"
    assert Interview(form).language == "fr"
    assert form.question("age").label_in("de", form.settings.default_language) == "Âge"


def test_default_language_naming_no_column_is_a_warning(tmp_path: Path):
    text = (FEATURES / "loading_default_language.md").read_text(encoding="utf-8")
    path = tmp_path / "form.md"
    path.write_text(text.replace("| 1 | fr |", "| 1 | Deutsch (de) |"), encoding="utf-8")
    form = load(path)
    (warning,) = [w for w in form.warnings if w.told is UNKNOWN_DEFAULT_LANGUAGE]
    assert (warning.location.sheet, warning.location.row) == ("settings", 2)
    assert warning.location.column == "C 'default_language'"
    assert form.language_codes == ("en", "fr") and form.settings.default_language == "en"


def test_settings_are_kept_and_every_ignored_one_says_so():
    form = load(FEATURES / "loading_settings_ignored.md")
    settings = form.settings
    assert (settings.version, settings.title) == (
        "2026.2",
        "Settings we keep and settings we ignore",
    )
    assert settings.style == "pages theme-grid"
    ignored = {(w.location.column, w.told) for w in form.warnings if w.location.sheet == "settings"}
    assert ignored == {
        ("D 'style'", IGNORED_STYLE),
        ("E 'public_key'", IGNORED_SERVER_SETTING),
        ("F 'submission_url'", IGNORED_SERVER_SETTING),
        ("G 'sms_keyword'", IGNORED_SETTING),
    }
    assert all(w.location.row == 2 for w in form.warnings if w.location.sheet == "settings")


# -- required and read_only spellings ---------------------------------------------------------


def test_required_accepts_the_spellings_odk_accepts():
    from surveytool.interview import Interview

    form = load(FEATURES / "loading_required_spellings.md")
    required = {q.name for q in form.questions() if q.required is not None}
    assert required == {"q_yes", "q_yes_capital", "q_TRUE", "q_true_fn", "q_one", "q_T", "q_when"}
    assert form.question("q_fixed").read_only
    interview = Interview(form)
    blocking = {p.address.name for p in interview.problems()}
    assert blocking == required - {"q_when"}


def test_t_is_read_as_yes_with_a_warning_that_collect_reads_it_otherwise():
    form = load(FEATURES / "loading_required_spellings.md")
    (warning,) = [w for w in form.warnings if w.told is FLAG_SHORT]
    assert (warning.location.row, warning.location.column) == (7, "D 'required'")
    assert "'T' is read as 'yes'" in warning.message


def test_a_lone_name_in_required_is_refused_with_the_accepted_spellings():
    (problem,) = refusal(FEATURES / "loading_refuse_required_name.md").problems
    assert problem.told is FLAG_NAME
    assert (problem.location.sheet, problem.location.row) == ("survey", 3)
    assert problem.location.column == "D 'required'"
    assert "write yes or no" in problem.message and "${w1} = 1" in problem.message


def test_required_spellings_reach_tables_and_batch_validation():
    from surveytool.interview import Address, Interview
    from surveytool.tables import CaseData, flatten
    from surveytool.validate.run import validate_tables

    form = load(FEATURES / "loading_required_spellings.md")
    interview = Interview(form)
    interview.answer(Address("q_yes"), "x")
    table = flatten(form, [CaseData("case-1", "complete", interview)])["households"]
    assert table["q_yes"][0] == "x" and table["q_fixed"][0] == "fixed"
    report = validate_tables(form, None, table)
    failing = {f.rule for f in report.failures if f.rule.endswith(".required")}
    assert failing == {
        f"{name}.required"
        for name in ("q_yes_capital", "q_TRUE", "q_true_fn", "q_one", "q_T", "q_when")
    }


# -- the same name in different groups ---------------------------------------------------------


def test_a_name_written_in_two_groups_gets_a_unique_name_and_keeps_the_written_one():
    form = load(FEATURES / "loading_same_name_in_groups.md")
    renamed = {q.name: (q.sheet_name, q.location.row) for q in form.questions() if q.sheet_name}
    assert renamed == {
        "mother_name": ("name", 3),
        "mother_age": ("age", 4),
        "father_name": ("name", 7),
        "father_age": ("age", 8),
        "health_age": ("age", 13),
    }
    assert form.question("health_age").repeat == "children"
    assert form.question("child_name").sheet_name is None  # written once: kept as written


def test_same_names_in_groups_are_answered_flattened_and_validated_apart():
    from surveytool.interview import Address, AnswerStatus, Interview
    from surveytool.tables import CaseData, flatten
    from surveytool.validate.run import validate_tables

    form = load(FEATURES / "loading_same_name_in_groups.md")
    interview = Interview(form)
    interview.answer(Address("mother_age"), 34)
    assert interview.answer(Address("father_age"), 9).status is AnswerStatus.CONSTRAINT_VIOLATED
    interview.answer(Address("father_age"), 41)
    child = interview.add_instance("children")
    interview.answer(interview.address("child_name", child), "Ada")
    interview.answer(interview.address("health_age", child), 7)
    tables = flatten(form, [CaseData("case-1", "complete", interview)])
    case, children = tables["households"], tables["children"]
    assert (case["mother_age"][0], case["father_age"][0]) == (34, 41)
    assert children["health_age"][0] == 7
    report = validate_tables(form, None, case, children)
    assert [f.rule for f in report.failures if "age" in f.rule] == []
    children.loc[0, "health_age"] = 30  # a child's age is judged by the child's constraint
    report = validate_tables(form, None, case, children)
    assert [f.rule for f in report.failures if "age" in f.rule] == ["health_age.constraint"]


def test_a_name_written_twice_in_one_group_is_refused_naming_both_rows():
    (problem,) = refusal(FEATURES / "loading_refuse_duplicate_name.md").problems
    assert problem.told is DUPLICATE_SIBLING
    assert (problem.location.row, problem.location.column) == (5, "B 'name'")
    assert "already used at row 4" in problem.message


def test_a_reference_to_a_name_written_twice_is_refused_naming_both_rows():
    (problem,) = refusal(FEATURES / "loading_refuse_ambiguous.md").problems
    assert problem.told is AMBIGUOUS_REFERENCE
    assert (problem.location.row, problem.location.column) == (8, "D 'relevant'")
    assert "${age}" in problem.message and "(rows 3, 6)" in problem.message


# -- every refusal names sheet, row and column ---------------------------------------------------


@pytest.mark.parametrize(
    ("name", "row", "column", "words"),
    [
        ("loading_refuse_unclosed_group", 2, "A 'type'", "No matching 'end_group'"),
        ("loading_refuse_unknown_list", 2, "A 'type'", "gender"),
        ("loading_refuse_unknown_type", 3, "A 'type'", "'select_on sex'"),
        ("loading_refuse_required_name", 3, "D 'required'", "'w1'"),
        ("loading_refuse_duplicate_name", 5, "B 'name'", "row 4"),
        ("loading_refuse_ambiguous", 8, "D 'relevant'", "rows 3, 6"),
        ("loading_refuse_instance_name", 2, "C 'instance_name'", "'data'"),
        ("loading_refuse_instance_name_roster", 2, "C 'instance_name'", "${member_name}"),
        ("loading_refuse_header_aliases", 1, "F 'relevance'", "D 'relevant'"),
        ("loading_refuse_choice_twice", 4, "B 'name'", "at row 2"),
    ],
)
def test_each_refusal_names_sheet_row_and_column_once(name, row, column, words):
    """One problem per defect: pyxform's own refusal of what we refused already is not
    repeated, and a refusal of pyxform's XForm build that names no row gets one."""
    (problem,) = refusal(FEATURES / f"{name}.md").problems
    assert problem.location.file == f"{name}.md"
    assert problem.location.sheet in ("survey", "choices", "settings")
    assert (problem.location.row, problem.location.column) == (row, column)
    assert words in problem.message


def test_allow_choice_duplicates_keeps_both_choices_through_tables_and_validation():
    from surveytool.interview import Address, AnswerStatus, Interview
    from surveytool.tables import CaseData, flatten
    from surveytool.validate.run import validate_tables

    form = load(FEATURES / "loading_choice_duplicates.md")
    assert form.choice_lists["unit"].values() == ("kg", "g", "kg")
    interview = Interview(form)
    assert interview.answer(Address("unit"), "kg").status is AnswerStatus.OK
    table = flatten(form, [CaseData("case-1", "complete", interview)])["households"]
    assert table["unit"][0] == "kg"
    assert validate_tables(form, None, table).failures == []


def test_operators_written_without_spaces_are_read_as_odk_reads_them():
    from surveytool.interview import Address, AnswerStatus, Interview
    from surveytool.tables import CaseData, flatten
    from surveytool.validate.run import validate_tables

    form = load(FEATURES / "loading_operators_without_spaces.md")
    interview = Interview(form)
    assert interview.answer(Address("hours"), 9999).status is AnswerStatus.OK
    assert not interview.is_relevant(Address("overtime"))
    assert interview.answer(Address("hours"), 169).status is AnswerStatus.CONSTRAINT_VIOLATED
    interview.answer(Address("hours"), 45)
    assert interview.is_relevant(Address("overtime"))
    table = flatten(form, [CaseData("case-1", "complete", interview)])["households"]
    assert validate_tables(form, None, table).failures == []
    table.loc[0, "hours"] = 200
    rules = {f.rule for f in validate_tables(form, None, table).failures}
    assert "hours.constraint" in rules


def test_a_defect_of_pyxform_itself_is_a_located_refusal_not_a_crash(tmp_path: Path):
    """A JSON pyxform's first stages never write (a label that is a number) makes its XForm
    build fail with a TypeError: that is reported, and not remembered as a pass."""
    path = tmp_path / "odd.md"
    path.write_text("odd", encoding="utf-8")
    odd = {"type": "survey", "name": "data", "id_string": "odd", "children": []}
    odd["children"].append({"name": "a", "type": "integer", "label": 5})
    (problem,), _ = check_conversion(path, odd, {})
    assert problem.told is PYXFORM_FAILED and problem.location.file == "odd.md"
    assert str(problem.values["error"]).startswith("TypeError: ")
    assert not list(cache_folder().glob("*.json"))


def test_a_bare_name_that_names_nothing_reads_as_empty_as_in_odk():
    from surveytool.interview import Address, Interview
    from surveytool.tables import CaseData, flatten
    from surveytool.validate.run import validate_tables

    form = load(FEATURES / "loading_null_names.md")
    (warning,) = [w for w in form.warnings if w.told is EMPTY_NAME]
    assert (warning.location.row, warning.location.column) == (4, "D 'calculation'")
    assert "'null'" in warning.message and "write ''" in warning.message
    days = form.question("days")
    assert days.calculation is not None and "null" in days.calculation.source  # as written
    interviews = []
    for unit, n in (("months", 2), ("dk", 5)):
        interview = Interview(form)
        interview.answer(Address("unit"), unit)
        interview.answer(Address("n"), n)
        interviews.append(interview)
    assert [i.value(Address("days")) for i in interviews] == [60, None]
    cases = [CaseData(f"case-{n}", "complete", i) for n, i in enumerate(interviews)]
    table = flatten(form, cases)["households"]
    assert validate_tables(form, None, table).failures == []  # batch recomputes it alike


def test_a_trigger_is_accepted_and_its_difference_from_collect_is_a_warning():
    from surveytool.interview import Address, Interview
    from surveytool.tables import CaseData, flatten
    from surveytool.validate.run import validate_tables

    form = load(FEATURES / "loading_trigger.md")
    told = {(w.location.row, w.location.column): w.told for w in form.warnings}
    assert told == {(4, "E 'trigger'"): TRIGGER_CALCULATED, (5, "E 'trigger'"): TRIGGER_IGNORED}
    assert all(w.message.startswith("trigger ${qty}: ") for w in form.warnings)
    interview = Interview(form)
    interview.answer(Address("qty"), 3)
    interview.answer(Address("unit_price"), "2.5")
    interview.answer(Address("seller"), "Awa")
    assert interview.value(Address("paid")) == 7.5
    table = flatten(form, [CaseData("case-1", "complete", interview)])["households"]
    assert (table["paid"][0], table["seller"][0]) == (7.5, "Awa")
    assert validate_tables(form, None, table).failures == []


def test_a_data_file_and_a_choice_list_of_one_name_are_refused_at_the_file_question():
    """pyxform names the instance, not a row: the question reading the file is the row."""
    (problem,) = refusal(FEATURES / "loading_refuse_instance_twice.md").problems
    assert (problem.location.sheet, problem.location.row) == ("survey", 3)
    assert problem.location.column == "A 'type'"
    assert "Instance name: 'crops'" in problem.message


_WEEKLY = Path(os.environ.get("SURVEYTOOL_FORM_CORPUS", "/nonexistent")) / (
    "formhub_enumerator_weekly.xls"
)


@pytest.mark.skipif(not _WEEKLY.is_file(), reason="the real-form corpus is not here (.xls)")
def test_a_header_written_twice_in_an_old_excel_workbook_is_located():
    """No .xls can be written here (no xlwt): the corpus's formhub form, when present."""
    (problem,) = refusal(_WEEKLY).problems
    assert problem.told is DUPLICATE_HEADER
    assert (problem.location.sheet, problem.location.row) == ("survey", 1)
    assert problem.values["first"] != "?"


def test_entities_are_kept_as_answers_and_each_part_says_so():
    from surveytool.interview import Address, Interview
    from surveytool.tables import CaseData, flatten
    from surveytool.validate.run import validate_tables

    form = load(FEATURES / "loading_entities.md")
    told = {(w.location.sheet, w.location.row, w.location.column): w.told for w in form.warnings}
    assert told == {
        ("survey", 2, "D 'save_to'"): SAVE_TO_IGNORED,
        ("survey", 3, "D 'save_to'"): SAVE_TO_IGNORED,
        ("entities", 2, "A 'dataset'"): ENTITY_LIST_IGNORED,
    }
    assert [q.name for q in form.questions()] == ["tree", "height", "note_text"]
    interview = Interview(form)
    interview.answer(Address("tree"), "Baobab")
    interview.answer(Address("height"), "12.5")
    table = flatten(form, [CaseData("case-1", "complete", interview)])["households"]
    assert (table["tree"][0], table["height"][0]) == ("Baobab", 12.5)
    assert validate_tables(form, None, table).failures == []


def test_guidance_hint_is_shown_under_the_hint():
    from surveytool.interview import Address, Interview
    from surveytool.tables import CaseData, flatten
    from surveytool.validate.run import validate_tables

    form = load(FEATURES / "loading_guidance_hint.md")
    rooms = form.question("rooms")
    assert (
        rooms.hint["en"]
        == "Count bedrooms and living rooms\n\nDo not count the kitchen or the bathroom"
    )
    assert rooms.hint["fr"] == "Ne comptez ni la cuisine ni la salle d'eau"  # no French hint
    assert not [w for w in form.warnings if "guidance" in w.message]
    interview = Interview(form)
    interview.answer(Address("rooms"), 3)
    table = flatten(form, [CaseData("case-1", "complete", interview)])["households"]
    assert table["rooms"][0] == 3 and validate_tables(form, None, table).failures == []
