"""Ask the code what it supports: the surveytool column of docs/forms.md, feature by feature.

Each XLSForm feature of the gallery has a small form here (one question using it, written as
pyxform's markdown); the probe loads it, walks it (``surveytool.demo.walk``) and says:

* ``yes``: the form opens and a case of it can be completed;
* ``loads``: it opens but the walk cannot complete a case (the feature is read, not entered);
* ``no: <why>``: the loader refuses it (the first problem's text).

Functions are asked of the expression engine's own table (``surveytool.expr.functions``).
``tests/test_form_gallery.py`` checks that every feature docs/forms.md marks ``yes`` still
is; run this after a change and update the page where it says more than the page does.

Usage: .venv/bin/python scripts/form_gallery.py [--markdown] [--update-page]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: feature (as docs/forms.md names it in its first column) -> survey rows:
#: "type | name | label | extra column=value; ..." (one question per line)
_YESNO = "select_one yn"
FEATURES: dict[str, list[str]] = {
    # -- question types
    "integer": ["integer | n | Number"],
    "decimal": ["decimal | d | Decimal"],
    "text": ["text | t | Text"],
    "select_one": [f"{_YESNO} | s | Yes or no"],
    "select_multiple": ["select_multiple yn | m | Several"],
    "or_other": ["select_one yn or_other | o | With other"],
    "rank": ["rank yn | r | Rank"],
    "range": ["range | g | Range | parameters=start=0 end=10 step=1"],
    "date": ["date | dt | Date"],
    "time": ["time | tm | Time"],
    "datetime": ["dateTime | dtm | Date and time"],
    "geopoint": ["geopoint | gp | Place"],
    "geotrace": ["geotrace | gt | Line"],
    "geoshape": ["geoshape | gs | Area"],
    "image": ["image | im | Photo"],
    "audio": ["audio | au | Sound"],
    "video": ["video | vi | Film"],
    "file": ["file | fi | File"],
    "barcode": ["barcode | bc | Barcode"],
    "acknowledge": ["acknowledge | ak | Confirm"],
    "note": ["note | nt | A note", "text | t | Text"],
    "calculate": ["integer | n | Number", "calculate | c | | calculation=${n} * 2"],
    "hidden": ["hidden | h | ", "text | t | Text"],
    "start": ["start | st | ", "text | t | Text"],
    "end": ["end | en | ", "text | t | Text"],
    "today": ["today | td | ", "text | t | Text"],
    "deviceid": ["deviceid | dv | ", "text | t | Text"],
    "username": ["username | us | ", "text | t | Text"],
    "phonenumber": ["phonenumber | pn | ", "text | t | Text"],
    "email": ["email | em | ", "text | t | Text"],
    "subscriberid": ["subscriberid | sb | ", "text | t | Text"],
    "simserial": ["simserial | ss | ", "text | t | Text"],
    "audit": ["audit | audit | ", "text | t | Text"],
    "start-geopoint": ["start-geopoint | sg | ", "text | t | Text"],
    "background-audio": ["background-audio | ba | ", "text | t | Text"],
    "select_one_from_file (CSV)": ["select_one_from_file crops.csv | cr | Crop"],
    "select_multiple_from_file (XML)": ["select_multiple_from_file markets.xml | mk | Markets"],
    "select_one_from_file (GeoJSON)": ["select_one_from_file places.geojson | pl | Place"],
    "select_one_external": [
        f"{_YESNO} | s | Yes or no",
        "select_one_external ext | x | Ext | choice_filter=yn = ${s}",
    ],
    # -- columns
    "required": ["text | t | Text | required=yes"],
    "required written T": ["text | t | Text | required=T"],
    "required_message": ["text | t | Text | required=yes; required_message=Say it"],
    "constraint": ["integer | n | Number | constraint=. >= 1"],
    "constraint without spaces": ["integer | n | Number | constraint=.>=1 or.=9999"],
    "constraint_message": ["integer | n | Number | constraint=. >= 1; constraint_message=One"],
    "relevant": ["integer | n | Number", "text | t | Text | relevant=${n} > 1"],
    "default": ["integer | n | Number | default=3"],
    "read_only": ["integer | n | Number | default=3; read_only=yes"],
    "choice_filter": [
        f"{_YESNO} | s | Yes or no",
        "select_one zone | z | Zone | choice_filter=yn = ${s}",
    ],
    "hint": ["text | t | Text | hint=A hint"],
    "guidance_hint": ["text | t | Text | guidance_hint=For the supervisor"],
    "label::language": ["text | t | Text | label::Français (fr)=Texte"],
    "media::image": ["text | t | Text | media::image=house.png"],
    "media::audio": ["text | t | Text | media::audio=question.mp3"],
    "big-image": ["text | t | Text | media::image=house.png; big-image=house_big.png"],
    "trigger": ["integer | n | Number", "calculate | c | | calculation=now(); trigger=${n}"],
    "body::accuracyThreshold": ["geopoint | gp | Place | body::accuracyThreshold=10"],
    "save_to (entities)": ["text | t | Text | save_to=tree"],
    # -- groups and repeats
    "begin_group": ["begin_group | g | Group", "text | t | Text", "end_group | | "],
    "begin_repeat": ["begin_repeat | r | Members", "text | t | Name", "end_repeat | | "],
    "repeat_count": [
        "integer | n | How many",
        "begin_repeat | r | Members | repeat_count=${n}",
        "text | t | Name",
        "end_repeat | | ",
    ],
    "nested repeat": [
        "begin_repeat | p | People",
        "text | t | Name",
        "begin_repeat | tr | Trips",
        "text | dest | Destination",
        "end_repeat | | ",
        "end_repeat | | ",
    ],
    "same name in two groups": [
        "begin_group | a | A",
        "text | x | X in A",
        "end_group | | ",
        "begin_group | b | B",
        "text | x | X in B",
        "end_group | | ",
    ],
    "roster compared from outside": [
        "begin_repeat | r | Members",
        "integer | age | Age",
        "end_repeat | | ",
        "text | t | Text | relevant=${age} > 60",
    ],
    "absolute path /data/...": ["integer | n | Number", "text | t | Text | relevant=/data/n > 1"],
    "indexed-repeat()": [
        "begin_repeat | r | Members",
        "integer | age | Age",
        "end_repeat | | ",
        "calculate | first | | calculation=indexed-repeat(${age}, ${r}, 1)",
    ],
    "pulldata()": ["calculate | c | | calculation=pulldata('crops', 'label', 'name', 'maize')"],
    "search() appearance": ["select_one columns | cr | Crop | appearance=search('crops')"],
    "instance() lookup": [
        "calculate | c | | calculation=instance('crops')/root/item[name = 'maize']/label"
    ],
    "csv-external": [
        "csv-external | crops | ",
        "calculate | c | | calculation=instance('crops')/root/item[name = 'rice']/label",
    ],
    # -- appearances
    "appearance minimal": [f"{_YESNO} | s | Yes or no | appearance=minimal"],
    "appearance autocomplete": [f"{_YESNO} | s | Yes or no | appearance=autocomplete"],
    "appearance likert": [f"{_YESNO} | s | Yes or no | appearance=likert"],
    "appearance quick": [f"{_YESNO} | s | Yes or no | appearance=quick"],
    "appearance field-list": [
        "begin_group | g | Group | appearance=field-list",
        "text | t | Text",
        "end_group | | ",
    ],
    "appearance month-year": ["date | dt | Month | appearance=month-year"],
    "appearance numbers": ["text | t | Digits | appearance=numbers"],
    "appearance multiline": ["text | t | Story | appearance=multiline"],
    "appearance signature": ["image | im | Signature | appearance=signature"],
    "appearance maps": ["geopoint | gp | Place | appearance=maps"],
    "appearance nobody knows": ["text | t | Text | appearance=sparkles"],
    # -- settings
    "instance_name": ["text | t | Text"],
    "default_language": ["text | t | Text | label::Français (fr)=Texte"],
    "version": ["text | t | Text"],
    "style": ["text | t | Text"],
}
SETTINGS: dict[str, str] = {
    "instance_name": "instance_name=concat('case ', ${t})",
    "default_language": "default_language=Français (fr)",
    "version": "version=2026.1",
    "style": "style=pages",
}
_CHOICES = """| choices |
| | list_name | name | label | yn |
| | yn | 1 | Yes | |
| | yn | 2 | No | |
| | zone | a | Zone A | 1 |
| | zone | b | Zone B | 2 |
| | crop | maize | Maize | |
| | crop | rice | Rice | |
| | columns | name | label | |
"""
_EXTERNAL = "| external_choices |\n| | list_name | name | label | yn |\n| | ext | e1 | One | 1 |\n"
_ENTITIES = "| entities |\n| | list_name | label |\n| | trees | ${t} |\n"
_BESIDE = {
    "crops.csv": "name,label\nmaize,Maize\nrice,Rice\n",
    "markets.xml": "<root><item><name>m1</name><label>Market 1</label></item></root>\n",
    "places.geojson": (
        '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point",'
        '"coordinates":[1,2]},"properties":{"id":"p1","title":"Place 1"}}]}\n'
    ),
}


def markdown(feature: str) -> str:
    """The probe form of ``feature`` as pyxform markdown."""
    rows = [_row(line) for line in FEATURES[feature]]
    extra = sorted({key for _, _, _, cells in rows for key in cells})
    header = ["type", "name", "label", *extra]
    lines = ["| survey |", "| | " + " | ".join(header) + " |"]
    for kind, name, label, cells in rows:
        values = [kind, name, label, *(cells.get(key, "") for key in extra)]
        lines.append("| | " + " | ".join(values) + " |")
    text = "\n".join(lines) + "\n" + _CHOICES
    if "select_one_external" in feature:
        text += _EXTERNAL
    if "entities" in feature:
        text += _ENTITIES
    settings = {"form_id": "probe", "version": "1"}
    if feature in SETTINGS:
        key, value = SETTINGS[feature].split("=", 1)
        settings[key] = value
    text += "| settings |\n| | " + " | ".join(settings) + " |\n"
    return text + "| | " + " | ".join(settings.values()) + " |\n"


def _row(line: str) -> tuple[str, str, str, dict[str, str]]:
    parts = [part.strip() for part in line.split("|")]
    kind, name, label = parts[0], parts[1], parts[2]
    cells: dict[str, str] = {}
    if len(parts) > 3 and parts[3]:
        for item in parts[3].split("; "):
            key, value = item.split("=", 1)
            cells[key.strip()] = value.strip()
    return kind, name, label, cells


def probe(feature: str) -> str:
    """``yes``, ``loads`` or ``no: <why>`` for one feature (see the module docstring)."""
    from surveytool.demo.walk import walk
    from surveytool.form import FormError, load

    with tempfile.TemporaryDirectory() as folder:
        for name, content in _BESIDE.items():
            (Path(folder) / name).write_text(content, encoding="utf-8")
        path = Path(folder) / "probe.md"
        path.write_text(markdown(feature), encoding="utf-8")
        try:
            form = load(path)
        except FormError as error:
            return "no: " + " ".join(error.problems[0].problem_text().split())[:110]
        except Exception as error:  # a crash is an answer too: the page must not hide it
            return f"no: crash {type(error).__name__}: {error}"[:120]
        try:
            walked = walk(form)
        except Exception as error:
            return f"loads (the walk crashed: {type(error).__name__})"
        return "yes" if walked.can_complete else "loads"


def functions() -> list[tuple[str, bool]]:
    """Every function of the ODK XForms specification, and whether the engine knows it."""
    from surveytool.expr.functions import ARITY

    return [(name, name in ARITY) for name in SPEC_FUNCTIONS]


#: the functions of the ODK XForms specification (getodk.github.io/xforms-spec/#xpath-functions)
#: and of ODK's function reference (docs.getodk.org/form-operators-functions)
SPEC_FUNCTIONS = [
    "concat",
    "join",
    "substr",
    "substring",
    "substring-before",
    "substring-after",
    "translate",
    "string-length",
    "normalize-space",
    "contains",
    "starts-with",
    "ends-with",
    "regex",
    "count",
    "count-non-empty",
    "sum",
    "max",
    "min",
    "number",
    "int",
    "round",
    "floor",
    "ceiling",
    "abs",
    "pow",
    "log",
    "log10",
    "exp",
    "exp10",
    "sqrt",
    "pi",
    "sin",
    "cos",
    "tan",
    "asin",
    "acos",
    "atan",
    "atan2",
    "random",
    "randomize",
    "boolean",
    "boolean-from-string",
    "true",
    "false",
    "not",
    "if",
    "coalesce",
    "once",
    "selected",
    "selected-at",
    "count-selected",
    "jr:choice-name",
    "today",
    "now",
    "date",
    "date-time",
    "decimal-date-time",
    "decimal-time",
    "format-date",
    "format-date-time",
    "position",
    "indexed-repeat",
    "instance",
    "current",
    "area",
    "distance",
    "uuid",
    "digest",
    "base64-decode",
    "extract-signed",
    "checklist",
    "weighted-checklist",
    "string",
    "pulldata",
]


_ROW = re.compile(r"^\| `(?P<feature>[^`]+)` \| [^|]* \|")


def update_page(page: Path, answers: dict[str, str]) -> int:
    """Write each probed answer into its row's surveytool cell; returns the rows changed.
    A refusal is quoted (its words are the loader's), a pipe in it would end the cell."""
    lines = page.read_text(encoding="utf-8").splitlines(keepends=True)
    changed = 0
    for index, line in enumerate(lines):
        match = _ROW.match(line)
        if match is None or match["feature"] not in answers:
            continue
        answer = answers[match["feature"]].replace("|", "/")
        if answer.startswith("no: "):
            answer = f'no: "{answer[4:]}"'
        new = f"| `{match['feature']}` | {answer} |" + line[match.end() :]
        if new != line:
            lines[index] = new
            changed += 1
    page.write_text("".join(lines), encoding="utf-8")
    return changed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--markdown", action="store_true", help="print table rows")
    parser.add_argument(
        "--update-page", action="store_true", help="write the answers into docs/forms.md"
    )
    args = parser.parse_args(argv)
    answers = {}
    for feature in FEATURES:
        answer = answers[feature] = probe(feature)
        print(f"| `{feature}` | {answer} |" if args.markdown else f"{feature}: {answer}")
    if args.update_page:
        print(f"docs/forms.md: {update_page(ROOT / 'docs' / 'forms.md', answers)} rows changed")
    known = [name for name, ok in functions() if ok]
    missing = [name for name, ok in functions() if not ok]
    print(f"functions known ({len(known)}/{len(SPEC_FUNCTIONS)}): {' '.join(known)}")
    print(f"functions missing ({len(missing)}): {' '.join(missing)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
