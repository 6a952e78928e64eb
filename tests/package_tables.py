"""Flat tables for the harmonised-package tests: a small demo store, and a tiny form whose
table holds every awkward value (long text, formulas, long names, control characters)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from surveytool.casework import open_interviews
from surveytool.demo import generate
from surveytool.form import load
from surveytool.form.model import Form
from surveytool.store import Store
from surveytool.tables import CaseData, flatten


def demo_tables(
    folder: Path, form: Form, households: int = 30, seed: int = 7
) -> dict[str, pd.DataFrame]:
    """``households`` simulated cases (every answer through the interview engine) as the
    flat tables of ``surveytool.tables.flatten``."""
    with Store.open(folder / "demo.sqlite") as store:
        generate(store, form, country="CMR", households=households, seed=seed, year=2025)
        cases = [CaseData(row.uuid, row.status, iv) for row, iv in open_interviews(store, form)]
        return flatten(form, cases)


LONG = "variable_with_a_name_longer_than_thirty_two_characters"
AWKWARD_FORM = f"""\
| survey |
| | type | name | label::English (en) | label::Français (fr) | required | relevant | calculation | identifier |
| | text | zone | Zone | Zone | yes | | | pseudonym |
| | integer | site_no | Site number | Numéro du site | yes | | | pseudonym |
| | calculate | site_id | | | | | concat(${{zone}}, '/', ${{site_no}}) | |
| | text | owner | Owner's name | Nom du propriétaire | yes | | | direct |
| | calculate | greeting | | | | | concat('Dear ', ${{owner}}) | |
| | calculate | greeting_len | | | | | string-length(${{greeting}}) | |
| | calculate | flagged | | | | ${{owner}} != '' | 1 | |
| | select_one kind | kind | {"Kind of site, with a label much longer than the eighty characters Stata keeps"} | Type | yes | | | |
| | select_one lettered | lettered | Lettered code | Code lettré | | | | |
| | integer | {LONG} | A long name | Un nom long | | | | |
| | decimal | area | Area | Superficie | | | | |
| | integer | big | A big count | Un grand nombre | | | | |
| | text | remarks | Remarks | Remarques | | | | |
| choices |
| | list_name | name | label::English (en) | label::Français (fr) |
| | kind | 1 | Farm | Ferme |
| | kind | 2 | Shop | Boutique |
| | kind | 10 | Other | Autre |
| | lettered | 01 | Zero one | Zéro un |
| | lettered | X | None | Aucun |
| settings |
| | form_id | version | default_language | root_level | root_table | root_key |
| | sites | 1 | English (en) | site | sites | site_id |
"""


def awkward(folder: Path) -> tuple[Form, dict[str, pd.DataFrame]]:
    """The tiny form and a table of three records, typed as ``flatten`` types them."""
    path = folder / "sites.md"
    path.write_text(AWKWARD_FORM, encoding="utf-8")
    form = load(path)
    text = "str"
    frame = pd.DataFrame(
        {
            "case_uuid": pd.Series(["u-1", "u-2", "u-3"], dtype=text),
            "status": pd.Series(["approved"] * 3, dtype=text),
            "zone": pd.Series(["North", "North", "South"], dtype=text),
            "site_no": pd.Series([1, 2, 1], dtype="Int64"),
            "site_id": pd.Series(["North/1", "North/2", "South/1"], dtype=text),
            "owner": pd.Series(["Ama Owusu", "Kofi Mensah", '=HYPERLINK("x")'], dtype=text),
            "greeting": pd.Series(["Dear Ama Owusu", "Dear Kofi Mensah", "Dear ="], dtype=text),
            "greeting_len": pd.Series([14, 16, 6], dtype="Int64"),
            "flagged": pd.Series([1, 1, 1], dtype="Int64"),
            "kind": pd.Series(["1", "10", None], dtype=text),
            "lettered": pd.Series(["01", "X", None], dtype=text),
            LONG: pd.Series([5, None, -7], dtype="Int64"),
            "area": pd.Series([1.25, None, 1e-9], dtype="Float64"),
            "big": pd.Series([3_000_000_000, 1, None], dtype="Int64"),
            "remarks": pd.Series(
                ["é" * 3000, '=HYPERLINK("x")', "tab\there\x01bell, العربية"], dtype=text
            ),
        }
    )
    return form, {"sites": frame}
