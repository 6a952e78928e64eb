"""The tables' codes in words (``merge.labels``): measures and panels from the tables spec,
bands from their bounds, form choices from a real merged folder's dictionary, in French and
Arabic; and every code the engine writes for the shipped spec has a label in every language
of the form (none falls back to its code)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from surveytool.common import resource_path
from surveytool.merge.labels import TableLabels

SPEC = resource_path("forms", "lfs_migration.tables.yaml")
LANGUAGES = ("en", "fr", "ar", "pt")


@pytest.fixture(scope="module")
def merged(tmp_path_factory, form) -> Path:
    """Two countries' harmonised packages merged by the AU (real keys, zips, Parquet)."""
    from surveytool.demo.generate import generate
    from surveytool.merge import merge_packages
    from surveytool.package.harmonised import plan_harmonised, write_harmonised
    from surveytool.package.keys import KeyRing
    from surveytool.store import Store

    folder = tmp_path_factory.mktemp("labels")
    office = KeyRing.create("INS", "office", folder / "office")
    au = KeyRing.create("AU statistics", "au", folder / "au")
    au.trust(office.identity)
    paths = []
    for country, households, seed in (("SEN", 8, 1), ("KEN", 6, 3)):
        with Store.open(folder / f"{country}.sqlite") as store:
            generate(store, form, country=country, households=households, seed=seed)
            for row in store.cases(status="complete"):
                store.set_status(row.uuid, "approved", "officer", role="office")
            plan = plan_harmonised(store, form, None, office)
            paths.append(write_harmonised(store, plan, office, folder / f"{country}.zip").path)
    merge_packages(paths, folder / "merged", au)
    return folder / "merged"


def test_a_measure_a_panel_a_band_and_a_choice_in_french_and_arabic(merged):
    french = TableLabels.of(merged, SPEC, "fr")
    assert french.measure("T3", "LFPR") == "Taux d'activité (%)"
    assert french.indicator("T3_LF") == "Main-d'œuvre"
    assert french.panel("NONMIG_CBR") == "Non-migrants (pays de naissance)"
    assert french.panel("PERSP_DEST") == "Côté destination : recrues immigrées"
    assert french.classification("AGE_5YRBANDS_Y15-19") == "15-19"  # from the band's bounds
    assert french.classification("AGE_5YRBANDS_YGE75") == "75+"
    assert french.classification("AGE_AGGREGATE_YGE65") == "65+"  # the form's choice
    assert french.classification("OCU_ISCO08_2") == "Professions intellectuelles et scientifiques"
    assert french.classification("ORIGIN_SAME_REC") == "Même CER"
    assert french.classification("CORRIDOR_SEN-FRA") == "Sénégal – France"
    assert (
        french.classification("AGE_AGGREGATE_Y15-24+EDU_AGGREGATE_ADV") == "15-24 × Niveau avancé"
    )
    arabic = TableLabels.of(merged, SPEC, "ar")
    assert arabic.measure("T3", "LFPR") == "معدل المشاركة في قوة العمل (%)"
    assert arabic.panel("CBR") == "المهاجرون (بلد الميلاد)"
    assert arabic.classification("AGE_5YRBANDS_Y00-04") == "0-4"
    assert arabic.classification("OCU_ISCO08_2") == "المهنيون"
    assert arabic.classification("STE_ICSE93_1") == "مستخدَم بأجر"
    assert arabic.classification("CHANNEL_MOBILE") == "الأموال عبر الهاتف المحمول"


def test_unknown_codes_read_as_themselves():
    bare = TableLabels()
    assert bare.measure("T3", "LFPR") == "LFPR" and bare.panel("CBR") == "CBR"
    assert bare.classification("AGE_AGGREGATE_Y15-24") == "AGE_AGGREGATE_Y15-24"
    spec_only = TableLabels.of(None, SPEC, "fr")  # no merged folder: no form choices
    assert spec_only.classification("OCU_ISCO08_2") == "OCU_ISCO08_2"
    assert spec_only.classification("AGE_5YRBANDS_Y05-09") == "5-9"
    assert spec_only.classification("NOPREFIX_X") == "NOPREFIX_X"
    assert spec_only.measure("T99", "LF") == "LF"


def test_the_spec_labels_every_measure_and_panel_in_every_language():
    raw = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    for table in raw["tables"]:
        for measure in table["measures"]:
            assert set(measure["label"]) == set(LANGUAGES), (table["id"], measure["id"])
            assert all(measure["label"][language].strip() for language in LANGUAGES)
    for basis in raw["bases"].values():
        for key in ("label", "label_nonmigrants"):
            assert set(basis[key]) == set(LANGUAGES)


def test_every_code_the_engine_writes_has_a_label_in_every_language(merged):
    from surveytool.merge.indicators import compute_tables

    results = compute_tables(merged, SPEC)
    indicators = {i for r in results for i in r.frame["indicator"]}
    panels = {c for r in results for c in r.frame["classif2"] if c}
    classes = {c for r in results for c in r.frame["classif1"] if c}
    assert len(indicators) == 47 and {"CBR", "NONMIG_CCT", "PERSP_ALL"} <= panels
    assert {"AGE_5YRBANDS_Y20-24", "ORIGIN_SAME_REC", "OCU_SKILL_L1"} <= classes
    for language in LANGUAGES:
        labels = TableLabels.of(merged, SPEC, language)
        missing = [i for i in indicators if labels.indicator(i) == i.split("_", 1)[1]]
        missing += [c for c in panels if labels.panel(c) == c]
        missing += [c for c in classes if not labels.known(c)]
        assert not missing, (language, sorted(missing))
