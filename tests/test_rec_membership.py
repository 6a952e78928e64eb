"""REC membership as the audit (../shared/notes/rec_membership_audit.md) corrected it, the
caveats the merge writes into its metadata, and what recs_of()/rec_members() accept."""

from __future__ import annotations

import csv
import datetime
import itertools

import pandas as pd
import pytest

from surveytool.common.resources import resource_path
from surveytool.form import codelists
from surveytool.form.calendar import reference_date
from surveytool.validate import builtin

D = datetime.date

# (rec, country, first day a member) for each start the audit corrected or made precise
AUDIT_STARTS = [
    ("CEN-SAD", "BEN", D(2002, 3, 6)),
    ("CEN-SAD", "CIV", D(2004, 5, 15)),
    ("CEN-SAD", "COM", D(2007, 6, 2)),
    ("CEN-SAD", "CPV", D(2009, 1, 1)),
    ("CEN-SAD", "DJI", D(2000, 2, 4)),
    ("CEN-SAD", "EGY", D(2001, 2, 12)),
    ("CEN-SAD", "GHA", D(2005, 6, 1)),
    ("CEN-SAD", "GIN", D(2007, 6, 2)),
    ("CEN-SAD", "GMB", D(2000, 2, 4)),
    ("CEN-SAD", "GNB", D(2004, 5, 15)),
    ("CEN-SAD", "KEN", D(2008, 6, 17)),
    ("CEN-SAD", "LBR", D(2004, 5, 15)),
    ("CEN-SAD", "MAR", D(2001, 2, 12)),
    ("CEN-SAD", "MRT", D(2008, 6, 17)),
    ("CEN-SAD", "NGA", D(2001, 2, 12)),
    ("CEN-SAD", "SEN", D(2000, 2, 4)),
    ("CEN-SAD", "SLE", D(2005, 6, 1)),
    ("CEN-SAD", "SOM", D(2001, 2, 12)),
    ("CEN-SAD", "STP", D(2008, 6, 17)),
    ("CEN-SAD", "TGO", D(2002, 3, 6)),
    ("CEN-SAD", "TUN", D(2001, 2, 12)),
    ("CEN-SAD", "CAF", D(1999, 4, 14)),
    ("CEN-SAD", "ERI", D(1999, 4, 14)),
    ("ECCAS", "RWA", D(2015, 5, 25)),
    ("IGAD", "SSD", D(2011, 11, 25)),
    ("IGAD", "ERI", D(1993, 9, 1)),
    ("IGAD", "DJI", D(1986, 1, 16)),
    ("COMESA", "EGY", D(1999, 1, 6)),
    ("COMESA", "LBY", D(2005, 6, 3)),
    ("COMESA", "SOM", D(2018, 7, 19)),
    ("COMESA", "TUN", D(2018, 7, 18)),
    ("SADC", "COD", D(1997, 9, 8)),
    ("SADC", "COM", D(2017, 8, 20)),
    ("SADC", "MDG", D(2005, 8, 17)),
    ("SADC", "MUS", D(1995, 8, 28)),
    ("SADC", "SYC", D(1997, 9, 8)),
    ("SADC", "SYC", D(2008, 8, 16)),
    ("SADC", "ZAF", D(1994, 8, 30)),
]

# (rec, country, last day a member) for each end the audit corrected: sources give the exit day
AUDIT_ENDS = [
    ("COMESA", "NAM", D(2004, 5, 1)),  # quit 2 May 2004
    ("COMESA", "TZA", D(2000, 9, 1)),  # quit 2 Sep 2000
    ("SADC", "SYC", D(2004, 6, 30)),  # left 1 Jul 2004
    ("ECCAS", "RWA", D(2007, 6, 30)),  # quit Jun 2007, day unknown
    ("ECOWAS", "MRT", D(2000, 12, 26)),  # notice lapsed 26 Dec 2000
]

ONE_DAY = datetime.timedelta(days=1)


def read_rows(name: str) -> list[dict[str, str]]:
    with resource_path("resources", "codelists", name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize(("rec", "iso3", "first"), AUDIT_STARTS)
def test_a_member_from_the_day_the_audit_found_and_not_the_day_before(rec, iso3, first):
    assert rec in codelists.recs_of(iso3, first)
    assert rec not in codelists.recs_of(iso3, first - ONE_DAY)
    assert iso3 in codelists.rec_members(rec, first)
    assert iso3 not in codelists.rec_members(rec, first - ONE_DAY)


@pytest.mark.parametrize(("rec", "iso3", "last"), AUDIT_ENDS)
def test_a_member_until_the_last_day_the_audit_found(rec, iso3, last):
    assert rec in codelists.recs_of(iso3, last)
    assert rec not in codelists.recs_of(iso3, last + ONE_DAY)


def test_the_cases_the_issue_names():
    assert "ECCAS" in codelists.recs_of("RWA", D(2016, 1, 1))
    assert "ECCAS" not in codelists.recs_of("RWA", D(2010, 1, 1))
    assert "IGAD" not in codelists.recs_of("SSD", D(2011, 7, 9))  # independence day
    assert "CEN-SAD" not in codelists.recs_of("NGA", D(2000, 7, 1))  # joined Feb 2001
    assert "CEN-SAD" not in codelists.recs_of("CPV", D(2005, 7, 1))  # never from 1998


def test_no_corrected_start_is_the_founding_date_any_more():
    rows = read_rows("rec_membership.csv")
    cen_sad_founders = {"BFA", "LBY", "MLI", "NER", "SDN", "TCD"}
    for row in rows:
        if row["rec_code"] == "CEN-SAD" and row["valid_from"] == "1998-02-04":
            assert row["iso3"] in cen_sad_founders
    assert not [
        r for r in rows if r["valid_from"].endswith("-01-01") and r["status"] == "confirmed"
    ]


def test_every_row_has_a_status_a_source_and_spells_that_do_not_overlap():
    rows = read_rows("rec_membership.csv")
    assert len(rows) == 121
    assert {r["status"] for r in rows} == {"confirmed", "imprecise", "unresolved"}
    spells: dict[tuple[str, str], list[tuple[D, D]]] = {}
    for row in rows:
        assert "http" in row["source"] or "Journal" in row["source"], row
        assert row["source_note"].strip(), row
        end = D.fromisoformat(row["valid_to"]) if row["valid_to"].strip() else D.max
        spells.setdefault((row["rec_code"], row["iso3"]), []).append(
            (D.fromisoformat(row["valid_from"]), end)
        )
    for found in spells.values():
        found.sort()
        for (_, end), (start, _) in itertools.pairwise(found):
            assert end < start


def test_every_row_that_is_not_confirmed_has_a_caveat_and_the_caveats_name_real_rows():
    rows = read_rows("rec_membership.csv")
    pairs = {(r["rec_code"], r["iso3"]) for r in rows}
    caveats = codelists.membership_caveats()
    cautioned = {(c["rec_code"], c["iso3"]) for c in caveats}
    for row in rows:
        if row["status"] != "confirmed":
            assert (row["rec_code"], row["iso3"]) in cautioned, row
    for caveat in caveats:
        assert caveat["status"] in {"imprecise", "unresolved", "note"}
        assert caveat["rec_code"] in codelists.recs()
        assert caveat["iso3"] == "" or (caveat["rec_code"], caveat["iso3"]) in pairs
        assert caveat["caveat"] and caveat["source"]
        assert caveat["counted"] == ""


def test_caveats_on_a_day_are_those_whose_window_holds_it():
    late_2026 = codelists.membership_caveats(D(2026, 5, 15))
    unresolved = {(c["rec_code"], c["iso3"]) for c in late_2026 if c["status"] == "unresolved"}
    assert unresolved == {
        ("ECCAS", "RWA"),
        ("IGAD", "ERI"),
        ("CEN-SAD", "CPV"),
        ("CEN-SAD", "KEN"),
        ("CEN-SAD", "LBR"),
        ("CEN-SAD", "STP"),
    }
    assert all(c["counted"] == "yes" for c in late_2026 if c["iso3"])
    assert ("CEN-SAD", "") in {(c["rec_code"], c["iso3"]) for c in late_2026}
    # Rwanda's exit matters only from its announcement; a 2016 survey is not told about it
    assert ("ECCAS", "RWA") not in {
        (c["rec_code"], c["iso3"]) for c in codelists.membership_caveats(D(2016, 5, 15))
    }
    # Sudan's self-suspension is a note while it lasted, and Sudan is still counted
    (sudan,) = [c for c in codelists.membership_caveats("2025-05-15") if c["iso3"] == "SDN"]
    assert sudan["status"] == "note" and sudan["counted"] == "yes"
    # the Statesman's Yearbook's 2007 readmission of Seychelles: noted, not counted
    (seychelles,) = [c for c in codelists.membership_caveats(D(2008, 2, 15)) if c["iso3"] == "SYC"]
    assert seychelles["counted"] == "no"
    assert codelists.membership_caveats(D(2019, 5, 15)) == codelists.membership_caveats(
        pd.Timestamp("2019-05-15")
    )


@pytest.mark.parametrize(
    "on",
    [
        D(2025, 1, 28),
        datetime.datetime(2025, 1, 28, 12, 30),
        datetime.datetime(2025, 1, 28, 23, 59, tzinfo=datetime.UTC),
        pd.Timestamp("2025-01-28 18:00"),
        "2025-01-28",
        "2025-01-28T00:00:00",
        " 2025-01-28 ",
    ],
)
def test_recs_of_accepts_dates_datetimes_timestamps_and_iso_text(on):
    assert codelists.recs_of("BFA", on) == {"ECOWAS", "CEN-SAD"}
    assert "BFA" in codelists.rec_members("ECOWAS", on)


@pytest.mark.parametrize(
    ("on", "error"),
    [
        ("28/01/2025", ValueError),
        ("", ValueError),
        (pd.NaT, ValueError),
        (2025, TypeError),
        (None, TypeError),
        (20250128.0, TypeError),
    ],
)
def test_a_value_that_is_no_date_is_refused_by_name(on, error):
    with pytest.raises(error, match="date"):
        codelists.recs_of("BFA", on)
    with pytest.raises(error, match="date"):
        codelists.rec_members("ECOWAS", on)


@pytest.mark.parametrize("code", ["BFA", "bfa", " BFA ", "Bfa\n", "BF", "bf"])
def test_country_codes_are_normalised(code):
    assert codelists.recs_of(code, D(2024, 6, 1)) == {"ECOWAS", "CEN-SAD"}


@pytest.mark.parametrize("code", ["FRA", "fr", "ESH", "XKX", "UNK", "ZZZ", "XXA"])
def test_a_country_in_no_rec_gives_an_empty_set(code):
    assert codelists.recs_of(code, D(2026, 5, 15)) == frozenset()


@pytest.mark.parametrize("code", ["XYZ", "B", "BFAX", "", "  ", "ZZ", "12"])
def test_a_code_that_is_no_country_is_refused(code):
    with pytest.raises(ValueError, match="country code"):
        codelists.recs_of(code, D(2026, 5, 15))


def test_a_country_code_that_is_not_text_is_refused():
    with pytest.raises(TypeError, match="country code"):
        codelists.recs_of(None, D(2026, 5, 15))  # type: ignore[arg-type]


def test_rec_codes_are_normalised_and_an_unknown_rec_is_refused():
    assert codelists.rec_members(" ecowas", "2026-05-15") == codelists.rec_members(
        "ECOWAS", D(2026, 5, 15)
    )
    with pytest.raises(ValueError, match="REC code"):
        codelists.rec_members("EU", D(2026, 5, 15))


def test_reference_date_is_one_function_for_validation_and_merge():
    assert builtin.reference_date is reference_date
    assert reference_date(2026, 2) == D(2026, 5, 15)
    assert reference_date(2025, None) == D(2025, 7, 1)
    assert reference_date(None, 2) is None
    # an annual 2025 survey of Burkina Faso is after its ECOWAS exit: the reading is explicit
    assert "ECOWAS" not in codelists.recs_of("BFA", reference_date(2025, float("nan")))
