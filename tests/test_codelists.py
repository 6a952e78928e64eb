"""The shipped code lists: counts, codes as text, REC membership over time, pycountry names."""

from __future__ import annotations

import csv
import datetime
import unicodedata
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from surveytool.common.resources import resource_path
from surveytool.form import codelists

SPEC_REGIONS = {  # spec §4, AU member states with AU region
    "Central": "BDI CMR CAF TCD COG COD GNQ GAB STP",
    "Eastern": "COM DJI ERI ETH KEN MDG MUS RWA SYC SOM SSD SDN TZA UGA",
    "Northern": "DZA EGY LBY MRT MAR ESH TUN",
    "Southern": "AGO BWA SWZ LSO MWI MOZ NAM ZAF ZMB ZWE",
    "Western": "BEN BFA CPV CIV GMB GHA GIN GNB LBR MLI NER NGA SEN SLE TGO",
}

SPEC_RECS_EARLY_2026 = {  # spec §4, REC membership (as of early 2026)
    "AMU": "DZA LBY MRT MAR TUN",
    "ECOWAS": "BEN CPV CIV GMB GHA GIN GNB LBR NGA SEN SLE TGO",
    "EAC": "BDI COD KEN RWA SSD TZA UGA SOM",
    "ECCAS": "AGO BDI CMR CAF TCD COG COD GNQ GAB RWA STP",
    "SADC": "AGO BWA COM COD SWZ LSO MDG MWI MUS MOZ NAM SYC ZAF TZA ZMB ZWE",
    "COMESA": "BDI COM COD DJI EGY ERI SWZ ETH KEN LBY MDG MWI MUS RWA SYC SOM SDN TUN UGA ZMB ZWE",
    "IGAD": "DJI ERI ETH KEN SOM SSD SDN UGA",
    "CEN-SAD": "BEN BFA CPV CAF TCD COM DJI EGY ERI GMB GHA GIN GNB CIV KEN LBR LBY MLI MRT MAR "
    "NER NGA STP SEN SLE SOM SDN TGO TUN",
}

SPEC_ISIC_SECTIONS = {  # spec §4, division -> section mapping
    "A": (1, 3),
    "B": (5, 9),
    "C": (10, 33),
    "D": (35, 35),
    "E": (36, 39),
    "F": (41, 43),
    "G": (45, 47),
    "H": (49, 53),
    "I": (55, 56),
    "J": (58, 63),
    "K": (64, 66),
    "L": (68, 68),
    "M": (69, 75),
    "N": (77, 82),
    "O": (84, 84),
    "P": (85, 85),
    "Q": (86, 88),
    "R": (90, 93),
    "S": (94, 96),
    "T": (97, 98),
    "U": (99, 99),
}

EARLY_2026 = datetime.date(2026, 1, 15)
LANGUAGES = ["en", "fr", "ar", "pt"]


def read_csv(name: str) -> list[dict[str, str]]:
    with resource_path("resources", "codelists", name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


# --- AU and RECs --------------------------------------------------------------------------


def test_au_has_55_members_in_the_five_regions_of_the_spec():
    members = codelists.au_members()
    assert len(members) == 55
    assert Counter(members.values()) == {
        "Central": 9,
        "Eastern": 14,
        "Northern": 7,
        "Southern": 10,
        "Western": 15,
    }
    for region, codes in SPEC_REGIONS.items():
        assert {iso for iso, r in members.items() if r == region} == set(codes.split())


def test_esh_is_the_sahrawi_republic_in_the_au_list():
    row = next(r for r in read_csv("au_member_states.csv") if r["iso3"] == "ESH")
    assert row["au_name_en"] == "Sahrawi Arab Democratic Republic"
    assert row["suspended_flag"] in {"0", "1"}


def test_recs_are_the_eight_the_au_recognises():
    assert set(codelists.recs()) == {
        "AMU",
        "CEN-SAD",
        "COMESA",
        "EAC",
        "ECCAS",
        "ECOWAS",
        "IGAD",
        "SADC",
    }


@pytest.mark.parametrize("rec", sorted(SPEC_RECS_EARLY_2026))
def test_rec_membership_early_2026_matches_the_spec(rec: str):
    assert codelists.rec_members(rec, EARLY_2026) == frozenset(SPEC_RECS_EARLY_2026[rec].split())


def test_sahel_states_left_ecowas_on_29_january_2025():
    for iso3 in ("BFA", "MLI", "NER"):
        assert "ECOWAS" in codelists.recs_of(iso3, datetime.date(2024, 6, 1))
        assert "ECOWAS" in codelists.recs_of(iso3, datetime.date(2025, 1, 28))
        assert "ECOWAS" not in codelists.recs_of(iso3, datetime.date(2025, 1, 29))
        assert "ECOWAS" not in codelists.recs_of(iso3, datetime.date(2025, 6, 1))


def test_somalia_is_in_the_eac_from_2024_only():
    assert "EAC" not in codelists.recs_of("SOM", datetime.date(2023, 6, 1))
    assert "EAC" in codelists.recs_of("SOM", datetime.date(2024, 12, 31))
    assert "EAC" in codelists.recs_of("SOM", datetime.date(2025, 6, 1))


def test_membership_rows_are_well_formed():
    rows = read_csv("rec_membership.csv")
    assert set(rows[0]) == {
        "rec_code",
        "iso3",
        "valid_from",
        "valid_to",
        "source_note",
        "status",
        "source",
    }
    for row in rows:
        assert row["rec_code"] in codelists.recs()
        start = datetime.date.fromisoformat(row["valid_from"])
        if row["valid_to"]:
            assert start <= datetime.date.fromisoformat(row["valid_to"])
        assert row["source_note"], row


def test_every_au_and_rec_code_is_a_country():
    names = codelists.countries()
    rec_codes = {row["iso3"] for row in read_csv("rec_membership.csv")}
    assert set(codelists.au_members()) <= set(names)
    assert rec_codes <= set(names)
    assert rec_codes <= set(codelists.au_members())


@given(
    iso3=st.sampled_from(sorted(codelists.au_members())),
    on=st.dates(min_value=datetime.date(1960, 1, 1), max_value=datetime.date(2035, 12, 31)),
)
def test_recs_of_agrees_with_rec_members(iso3: str, on: datetime.date):
    expected = {rec for rec in codelists.recs() if iso3 in codelists.rec_members(rec, on)}
    assert codelists.recs_of(iso3, on) == expected


# --- classifications --------------------------------------------------------------------


def test_isco08_has_all_619_groups_with_leading_zeros():
    assert len(codelists.isco08()) == 619
    for level, count in {1: 10, 2: 43, 3: 130, 4: 436}.items():
        groups = codelists.isco08((level,))
        assert len(groups) == count
        assert all(len(code) == level and code.isdigit() for code in groups)
    assert codelists.isco08((4,))["0110"] == "Commissioned armed forces officers"
    assert "01" in codelists.isco08((2,))


def test_isic4_has_21_sections_and_88_divisions_mapped_as_the_spec_says():
    sections = codelists.isic4((1,))
    divisions = codelists.isic4((2,))
    assert list(sections) == list("ABCDEFGHIJKLMNOPQRSTU")
    assert len(divisions) == 88
    for row in read_csv("isic4.csv"):
        if row["level"] != "1":
            low, high = SPEC_ISIC_SECTIONS[row["section"]]
            assert low <= int(row["code"][:2]) <= high, row
            assert len(row["code"]) == int(row["level"]), row
    assert codelists.isic4_section("01") == "A"
    assert codelists.isic4_section("4923") == "H"
    assert codelists.isic4_section("00") is None


def test_small_lists_have_the_codes_of_the_spec():
    assert list(codelists.isced2011()) == ["X", *"012345678", "9"]
    assert list(codelists.icse93()) == list("123456")
    assert list(codelists.icse18()) == ["11", "12", "21", "22", "30", "41", "42", "43", "44", "51"]
    assert list(codelists.relationship()) == list("1234567")
    assert list(codelists.migration_reasons()) == [
        "11",
        "12",
        "13",
        "20",
        "30",
        "40",
        "50",
        "60",
        "70",
        "80",
    ]


def test_mappings_to_harmonised_codes():
    relationharm = {r["code"]: r["gld_relationharm"] for r in codelists.rows("relationship.csv")}
    assert relationharm == {"1": "1", "2": "2", "3": "3", "4": "4", "5": "5", "6": "6", "7": "6"}
    gld = {r["code"]: r["gld_migrated_reason"] for r in codelists.rows("migration_reason.csv")}
    assert gld == {
        "11": "3",
        "12": "3",
        "13": "3",
        "20": "1",
        "30": "1",
        "70": "1",
        "40": "2",
        "50": "4",
        "60": "4",
        "80": "5",
    }
    isced = {r["code"]: r["ilo_aggregate"] for r in codelists.rows("isced2011.csv")}
    assert isced == {
        "X": "1",
        "0": "1",
        "1": "2",
        "2": "2",
        "3": "3",
        "4": "3",
        "5": "4",
        "6": "4",
        "7": "4",
        "8": "4",
        "9": "5",
    }


def test_icse18_rows_carry_both_hierarchies():
    for row in codelists.rows("icse18.csv"):
        assert row["icse18a_group"] in set("ABCDE")
        assert row["icse18r_group"] in set("CDEFG")


@pytest.mark.parametrize(
    "name",
    [
        "isced2011.csv",
        "icse93.csv",
        "relationship.csv",
        "migration_reason.csv",
        "non_iso_countries.csv",
    ],
)
def test_small_lists_are_labelled_in_four_languages(name: str):
    for row in read_csv(name):
        for language in LANGUAGES:
            assert row[f"label_{language}"].strip(), (name, row["code"], language)


def test_returned_dicts_do_not_leak_the_cache():
    codelists.isced2011()["X"] = "changed"
    codelists.countries()["CMR"] = "changed"
    assert codelists.isced2011()["X"] == "No schooling"
    assert codelists.countries()["CMR"] == "Cameroon"


# --- countries and currencies -------------------------------------------------------------


def is_arabic(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all("ARABIC" in unicodedata.name(ch) for ch in letters)


def test_countries_come_from_pycountry_plus_the_supplement():
    import pycountry

    names = codelists.countries()
    assert {c.alpha_3 for c in pycountry.countries} <= set(names)
    assert {"XKX", "XXA", "XXB", "XXX", "ZZZ", "UNK"} <= set(names)
    assert len(names) == len(pycountry.countries) + 6


def test_country_names_are_translated_and_overridden():
    assert is_arabic(codelists.countries("ar")["EGY"])
    assert codelists.countries("fr")["CMR"] == "Cameroun"
    assert codelists.countries("pt")["MOZ"] == "Moçambique"
    assert codelists.countries()["COD"] == "Democratic Republic of the Congo"
    assert codelists.countries()["TZA"] == "Tanzania"
    assert codelists.countries("fr")["TZA"] == "Tanzanie"
    assert codelists.countries("xx")["CMR"] == "Cameroon"  # unknown language: English
    assert codelists.countries("pt-BR")["TZA"] == "Tanzânia"


def test_countries_are_ordered_by_name_with_special_codes_last():
    codes = list(codelists.countries())
    assert codes[-5:] == ["UNK", "XXA", "XXB", "XXX", "ZZZ"]
    assert codes.index("CIV") < codes.index("HRV")  # Côte d'Ivoire before Croatia


def test_currencies_include_the_cfa_francs():
    money = codelists.currencies()
    assert {"XAF", "XOF", "USD", "NGN", "ZAR"} <= set(money)
    assert len(money) >= 170
    assert codelists.currencies("fr")["XOF"] != money["XOF"]


# --- select_one_from_file built-ins ------------------------------------------------------


def test_builtin_countries_have_every_requested_language():
    rows = codelists.builtin_list("iso3166.csv", LANGUAGES)
    assert rows is not None
    labels = dict(rows)["CMR"]
    assert set(labels) == set(LANGUAGES)
    assert all(labels.values())
    assert is_arabic(labels["ar"])
    assert all(set(row_labels) == set(LANGUAGES) for _, row_labels in rows)


@pytest.mark.parametrize("name", sorted(codelists.BUILTIN_LISTS))
def test_every_builtin_list_labels_every_language(name: str):
    rows = codelists.builtin_list(name, ["default", "fr", "sw"])
    assert rows
    codes = [code for code, _ in rows]
    assert len(codes) == len(set(codes))
    for _, labels in rows:
        assert set(labels) == {"default", "fr", "sw"} and all(labels.values())


def test_builtin_isco_and_isic_levels():
    isco = [code for code, _ in codelists.builtin_list("isco08.csv", ["en"]) or []]
    assert len(isco) == 43 + 436
    assert isco == sorted(isco)
    isic = [code for code, _ in codelists.builtin_list("isic4.csv", ["en"]) or []]
    assert len(isic) == 88 + 419 and isic == sorted(isic)  # spec C05: 4 digits or 2


def test_unknown_builtin_is_none():
    assert codelists.builtin_list("nope.csv", LANGUAGES) is None
    assert "nope.csv" not in codelists.BUILTIN_LISTS
