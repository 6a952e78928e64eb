"""The shipped questionnaire says what the spec says.

``tests/data/spec_section5.csv`` lists every variable of spec section 5 (sections 0 and A-H,
with the Additions and the status companions of Resolved reading 4): its section, its type as
the spec gives it, and its codes where the spec lists them. These tests hold
``forms/lfs_migration.xlsx`` to that list, and check the conventions every question follows
(four languages, the person's name in person-level labels, direct identifiers marked).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pytest

from surveytool.common import resource_path
from surveytool.form import Form, Question

SPEC_CSV = Path(__file__).parent / "data" / "spec_section5.csv"
LANGUAGES = ("en", "fr", "ar", "pt")
CODE_LISTS = frozenset({"iso3166", "iso4217", "isco08", "isic4"})
FORM_TYPE = {
    "integer": "integer",
    "decimal": "decimal",
    "text": "text",
    "select_one": "select_one",
    "select_multiple": "select_multiple",
    "date": "date",
    "derived": "calculate",
    "code": "select_one",
}
# Section 0 holds the person keys and weights too; they live in the roster.
PERSON_LEVEL_IN_SECTION_0 = frozenset({"line_no", "pers_weight", "respondent_line"})
DIRECT_IDENTIFIERS = frozenset({"person_name", "hh_address", "hh_phone"})
# Not required: optional in the spec, or filled in by the office, or may not exist.
OPTIONAL = frozenset(
    {
        "birth_date",  # A03, optional in the spec
        "marital_status",  # A07
        "reason_not_seeking",  # B12
        "permit_type",  # D11
        "rc_as_promised",  # E15
        "overqualified_self",  # G08
        "survey_quarter",  # empty for an annual survey
        "hh_weight",  # filled in by the office
        "pers_weight",  # filled in by the office
        "hh_phone",  # not every household has a telephone
    }
)
NOT_ASKED = frozenset({"calculate", "hidden", "note"})


@dataclass(frozen=True)
class SpecVariable:
    section: str
    var: str
    spec_type: str
    codes: tuple[str, ...]

    @property
    def household_level(self) -> bool:
        if self.section == "0":
            return self.var not in PERSON_LEVEL_IN_SECTION_0
        return self.section == "F" and self.var.startswith("hh_")  # F10-F12

    def __str__(self) -> str:
        return self.var


def _spec_variables() -> list[SpecVariable]:
    with SPEC_CSV.open(encoding="utf-8", newline="") as handle:
        return [
            SpecVariable(row["section"], row["var"], row["spec_type"], tuple(row["codes"].split()))
            for row in csv.DictReader(handle)
        ]


SPEC = _spec_variables()
SPEC_WITH_CODES = [v for v in SPEC if v.codes and v.spec_type in ("select_one", "select_multiple")]


def _asked(form: Form) -> list[Question]:
    return [q for q in form.questions() if q.type not in NOT_ASKED]


def test_spec_list_is_sane():
    names = [v.var for v in SPEC]
    assert len(names) == len(set(names))
    assert {v.spec_type for v in SPEC} <= set(FORM_TYPE)
    assert {v.section for v in SPEC} == set("0ABCDEFGH")


def test_settings_and_languages(form: Form):
    assert form.form_id == "lfs_migration"
    assert form.version == "2026.1"
    assert form.settings.default_language == "en"
    assert form.language_codes == LANGUAGES


@pytest.mark.parametrize("spec", SPEC, ids=str)
def test_spec_variable_has_its_type(form: Form, spec: SpecVariable):
    question = form.question(spec.var)
    assert question.type == FORM_TYPE[spec.spec_type]
    if spec.spec_type == "code":
        assert question.choice_list in CODE_LISTS


@pytest.mark.parametrize("spec", SPEC_WITH_CODES, ids=str)
def test_spec_codes_are_the_choice_list(form: Form, spec: SpecVariable):
    question = form.question(spec.var)
    assert question.choice_list in form.choice_lists
    assert set(form.choice_lists[question.choice_list].values()) == set(spec.codes)


@pytest.mark.parametrize("spec", SPEC, ids=str)
def test_spec_variable_sits_at_its_level(form: Form, spec: SpecVariable):
    expected = None if spec.household_level else "persons"
    assert form.question(spec.var).repeat == expected


def test_every_label_is_in_all_four_languages(form: Form):
    missing = [
        (element.name, code)
        for element in form.walk()
        if not (isinstance(element, Question) and element.type in ("calculate", "hidden"))
        for code in LANGUAGES
        if not element.label.get(code, "").strip()
    ]
    assert missing == []


def test_hints_and_constraint_messages_are_in_all_four_languages(form: Form):
    missing = []
    for question in form.questions():
        texts = [("hint", question.hint)] if question.hint else []
        if question.constraint is not None:
            texts.append(("constraint_message", question.constraint_message))
        for what, text in texts:
            missing += [(question.name, what, c) for c in LANGUAGES if not text.get(c, "").strip()]
    assert missing == []


def test_choice_labels_are_in_all_four_languages(form: Form):
    missing = [
        (choice_list.name, choice.value, code)
        for choice_list in form.choice_lists.values()
        if choice_list.source == "choices"
        for choice in choice_list.choices
        for code in LANGUAGES
        if not choice.label.get(code, "").strip()
    ]
    assert missing == []


def test_person_level_labels_name_the_person(form: Form):
    unnamed = [
        (question.name, code)
        for question in _asked(form)
        if question.repeat == "persons" and question.name != "person_name"
        for code in LANGUAGES
        if "${person_name}" not in question.label.get(code, "")
    ]
    assert unnamed == []


def test_direct_identifiers_are_marked(form: Form):
    marked = {q.name for q in form.questions() if q.is_direct_identifier}
    assert marked == DIRECT_IDENTIFIERS


def test_questions_are_required_unless_optional(form: Form):
    wrong = [
        question.name
        for question in _asked(form)
        if (question.required is None) != (question.name in OPTIONAL)
    ]
    assert wrong == []


def test_sections_are_groups_in_order(form: Form):
    top = [element.name for element in form.children]
    assert top == ["section_0", "persons", "section_f_hh", "section_i"]
    persons = form.element("persons")
    groups = [child.name for child in persons.children if not isinstance(child, Question)]
    # H (work abroad) comes before E: E's origin-side universe depends on H's answers.
    assert groups == [f"section_{letter}" for letter in "abcdhefg"]


def test_text_rendering_is_up_to_date():
    """forms/lfs_migration.md must be `surveytool forms dump` of the workbook, for reviews."""
    from surveytool.form.render import dump_markdown

    rendering = dump_markdown(resource_path("forms", "lfs_migration.xlsx"))
    stored = resource_path("forms", "lfs_migration.md").read_text(encoding="utf-8")
    assert stored == rendering, (
        "forms/lfs_migration.md is stale: run "
        "`surveytool forms dump forms/lfs_migration.xlsx --out forms/lfs_migration.md`"
    )
