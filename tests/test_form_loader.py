"""Loading XLSForms: a good form maps to the model, every defect is reported with its location.

Forms are written as pyxform markdown tables, the notation form authors read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from surveytool.cli import main
from surveytool.form import FormError, Question, Repeat, load
from surveytool.form.render import build_workbook, dump_markdown

GOOD = """
| survey |
| | type | name | label::English (en) | label::Français (fr) | relevant | constraint | constraint_message::English (en) | constraint_message::Français (fr) | required | calculation | identifier | appearance | choice_filter |
| | integer | hh_size | Household size | Taille du ménage | | . >= 1 and . <= 50 | 1 to 50 | 1 à 50 | yes | | | | |
| | select_one_from_file iso3166.csv | country | Country | Pays | | | | | yes | | | search | |
| | begin_repeat | persons | Persons | Personnes | | | | | | | | | |
| | text | person_name | Name | Nom | | | | | yes | | direct | | |
| | calculate | line_no | | | | | | | | position(..) | | | |
| | integer | age | Age of ${person_name} | Âge de ${person_name} | | . <= 120 | Too old | Trop âgé | yes | | | | |
| | select_one sex | sex | Sex | Sexe | ${age} >= 0 | | | | yes | | | | |
| | select_one reason or_other | reason | Reason | Raison | ${age} >= 15 | | | | | | | | |
| | select_one region | region | Region | Région | | | | | | | | | zone = ${sex} |
| | end_repeat | | | | | | | | | | | | |
| | calculate | n_adults | | | | | | | | sum(${is_adult}) | | | |
| | note | summary | ${n_adults} adults | ${n_adults} adultes | count(${persons}) > 0 | | | | | | | | |
| choices |
| | list_name | name | label::English (en) | label::Français (fr) | zone |
| | sex | 1 | Male | Homme | |
| | sex | 2 | Female | Femme | |
| | reason | 11 | Work | Travail | |
| | region | n | North | Nord | 1 |
| | region | s | South | Sud | 2 |
| settings |
| | form_id | version | default_language |
| | demo | 2026.1 | English (en) |
"""


def write(tmp_path: Path, text: str, name: str = "form.md") -> Path:
    path = tmp_path / name
    path.write_text(text.strip() + "\n", encoding="utf-8")
    return path


def with_calc(text: str) -> str:
    # is_adult is referenced by n_adults; add it inside the repeat.
    return text.replace(
        "| | end_repeat |",
        "| | calculate | is_adult | | | | | | | | if(${age} >= 15, 1, 0) | | | |\n| | end_repeat |",
    )


@pytest.fixture
def good_form(tmp_path: Path):
    return load(write(tmp_path, with_calc(GOOD)))


def test_good_form_maps_to_the_model(good_form):
    form = good_form
    assert form.form_id == "demo" and form.version == "2026.1"
    assert form.language_codes == ("en", "fr")
    assert form.settings.default_language == "en"
    age = form.question("age")
    assert isinstance(age, Question) and age.type == "integer" and age.repeat == "persons"
    assert age.constraint is not None and age.constraint.source == ". <= 120"
    assert age.constraint_message == {"en": "Too old", "fr": "Trop âgé"}
    assert age.label["fr"] == "Âge de ${person_name}"
    assert age.required is not None
    assert form.question("person_name").is_direct_identifier
    assert form.question("hh_size").repeat is None
    assert isinstance(form.element("persons"), Repeat)
    assert form.question("line_no").calculation.source == "position(..)"
    assert form.question("region").choice_filter.source == "zone = ${sex}"
    assert form.choice_lists["region"].choices[0].filters == {"zone": "1"}


def test_or_other_adds_the_specify_question(good_form):
    reason = good_form.question("reason")
    assert reason.or_other
    assert "other" in good_form.choice_lists["reason"].values()
    specify = good_form.question("reason_other")
    assert specify.type == "text" and specify.relevant.source == "selected(${reason}, 'other')"


def test_builtin_country_list_comes_from_the_code_lists(good_form):
    country = good_form.question("country")
    assert country.choice_list == "iso3166"
    countries = good_form.choice_lists["iso3166"]
    assert "CMR" in countries.values() and "XXA" in countries.values()
    assert countries.source == "iso3166.csv"


def test_markdown_rendering_round_trips_through_xlsx(tmp_path: Path):
    source = write(tmp_path, with_calc(GOOD))
    xlsx = tmp_path / "form.xlsx"
    build_workbook(source.read_text(encoding="utf-8"), xlsx)
    rendering = dump_markdown(xlsx)
    again = tmp_path / "again.xlsx"
    build_workbook(rendering, again)
    assert dump_markdown(again) == rendering
    assert load(xlsx).question("age").constraint.source == ". <= 120"


def replace_row(old: str, new: str) -> str:
    text = with_calc(GOOD)
    assert old in text, old
    return text.replace(old, new)


AGE_ROW = "| | integer | age | Age of ${person_name} | Âge de ${person_name} | | . <= 120 |"

# Each defect: (id, form text, row, column fragment or None, words the message must contain)
DEFECTS = [
    (
        "bad-expression",
        replace_row(AGE_ROW, AGE_ROW.replace(". <= 120", ". <=")),
        7,
        "constraint",
        "not valid",
    ),
    (
        "unknown-reference",
        replace_row("| ${age} >= 0 |", "| ${agee} >= 0 |"),
        8,
        "relevant",
        "agee",
    ),
    (
        "missing-choice-list",
        replace_row("| select_one sex |", "| select_one gender |"),
        8,
        None,
        "gender",
    ),
    (
        "duplicate-name-in-group",
        replace_row("| calculate | line_no |", "| calculate | age |"),
        7,
        "name",
        "age",
    ),
    (
        "duplicate-name-across-levels",
        replace_row("| integer | hh_size |", "| integer | age |"),
        None,
        None,
        "age",
    ),
    (
        "unclosed-repeat",
        replace_row("| | end_repeat | | | | | | | | | | | | |\n", ""),
        4,
        None,
        "begin_repeat",
    ),
    (
        "unknown-type",
        replace_row("| select_one sex |", "| select_on sex |"),
        8,
        "type",
        "select_on",
    ),
    (
        "repeat-variable-outside-repeat",
        # arithmetic on a roster's values from outside it ('${age} > 0' alone is an XPath
        # node-set comparison, true if some member's age is above 0: allowed)
        replace_row("| count(${persons}) > 0 |", "| ${age} + 1 > 0 |"),
        14,
        "relevant",
        "count() or sum()",
    ),
    (
        "unknown-function",
        replace_row("| ${age} >= 0 |", "| years(${age}) >= 0 |"),
        8,
        "relevant",
        "unknown function",
    ),
    (
        "wrong-arity",
        replace_row("| ${age} >= 0 |", "| if(${age} >= 0, 1) |"),
        8,
        "relevant",
        "argument",
    ),
    (
        "position-outside-repeat",
        replace_row("| count(${persons}) > 0 |", "| position(..) > 0 |"),
        14,
        "relevant",
        "position",
    ),
    ("bare-name", replace_row("| ${age} >= 0 |", "| age >= 0 |"), 8, "relevant", "bare name"),
    (
        "circular-calculation",
        replace_row("| sum(${is_adult}) |", "| sum(${is_adult}) + ${n_adults} |"),
        13,
        "calculation",
        "circular",
    ),
    (
        "choice-filter-unknown-column",
        replace_row("| zone = ${sex} |", "| area = ${sex} |"),
        10,
        "choice_filter",
        "area",
    ),
    (
        "unknown-piped-name",
        replace_row("| ${n_adults} adults |", "| ${n_adultz} adults |"),
        14,
        "label",
        "n_adultz",
    ),
    (
        "unsupported-column",
        replace_row("| appearance | choice_filter |", "| appearance | choice_filter |").replace(
            "| identifier | appearance |", "| instance::odk:tag | appearance |"
        ),
        5,
        "instance",
        "not supported",
    ),
    (
        "unknown-builtin-file",
        replace_row("select_one_from_file iso3166.csv", "select_one_from_file regions.csv"),
        3,
        "type",
        "regions",
    ),
    (
        "end-without-begin",
        replace_row("| | end_repeat |", "| | end_group |"),
        None,
        None,
        "end_group",
    ),
]


@pytest.mark.parametrize(
    ("text", "row", "column", "words"),
    [pytest.param(*defect[1:], id=defect[0]) for defect in DEFECTS],
)
def test_each_defect_is_reported_with_its_location(tmp_path: Path, text, row, column, words):
    path = write(tmp_path, text)
    with pytest.raises(FormError) as caught:
        load(path)
    problems = caught.value.problems
    assert problems, "a FormError must carry at least one problem"
    matching = [p for p in problems if words.lower() in str(p).lower()]
    assert matching, f"no problem mentions {words!r}: {[str(p) for p in problems]}"
    problem = matching[0]
    assert problem.location.file == "form.md"
    assert problem.location.sheet in ("survey", "choices")
    if row is not None:
        assert problem.location.row == row, str(problem)
    else:
        assert problem.location.row is not None, str(problem)
    if column is not None:
        assert problem.location.column is not None and column in problem.location.column


def test_cli_check_exits_1_and_prints_every_problem(tmp_path: Path, capsys):
    text = replace_row("| ${age} >= 0 |", "| age >= 0 |")
    text = text.replace("| count(${persons}) > 0 |", "| position(..) > 0 |")
    assert main(["forms", "check", str(write(tmp_path, text))]) == 1
    out = capsys.readouterr().out
    assert "2 problems" in out
    assert "row 8, column E 'relevant'" in out and "row 14, column E 'relevant'" in out


def test_cli_check_summarises_a_good_form(tmp_path: Path, capsys):
    assert main(["forms", "check", str(write(tmp_path, with_calc(GOOD)))]) == 0
    out = capsys.readouterr().out
    assert "languages:    2" in out and "repeats:      persons" in out


def test_missing_file_and_not_a_workbook_are_located(tmp_path: Path):
    with pytest.raises(FormError) as caught:
        load(tmp_path / "nope.xlsx")
    assert "nope.xlsx" in str(caught.value)
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"this is not a workbook")
    with pytest.raises(FormError) as caught:
        load(junk)
    assert "junk.xlsx" in str(caught.value)
