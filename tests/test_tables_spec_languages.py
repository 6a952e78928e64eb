"""The continental tables speak every language of the form: each table's title and universe
text in the tables spec (the workbook's headings, the AU tab), read as the engine reads them."""

from __future__ import annotations

from surveytool.common.resources import resource_path
from surveytool.merge.indicators.spec import load_spec


def test_every_table_title_and_universe_speaks_every_language_of_the_form(form):
    spec = load_spec(resource_path("forms", f"{form.form_id}.tables.yaml"))
    languages = set(form.language_codes)
    assert languages >= {"en", "fr", "ar", "pt"}
    assert len(spec.tables) == 17
    for table in spec.tables:
        assert languages <= set(table.title), table.id
        assert languages <= set(table.universe_text), table.id
        assert all(text and "None" not in text for text in table.universe_text.values()), table.id
