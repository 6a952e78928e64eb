"""The indicator engine against plain pandas on the merged microdata (issue 13's acceptance):
T3 (migrant workers, LFPR) and T15 (SDG 10.7.1) for every country, REC and Africa; a REC
aggregate is the ratio of summed weighted numerators and denominators, not the mean of its
members' rates; flags (U, X), the weight fallback (I3) and the exchange rates (I19).

The merged folder is written in the documented layout (``merge.folder.partition``,
``merge.dataset.to_arrow``) from one demo office's harmonised tables, resampled and
re-weighted as several countries of very different sizes."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from surveytool.common import resource_path
from surveytool.demo.generate import generate
from surveytool.form import codelists
from surveytool.merge.dataset import read_level, to_arrow, write_parquet
from surveytool.merge.folder import REGISTRY_FORMAT, partition
from surveytool.merge.indicators import compute_tables, load_spec
from surveytool.package.harmonised import plan_harmonised
from surveytool.package.keys import KeyRing
from surveytool.store import Store
from surveytool.validate.rates import load_rates

SPEC = resource_path("forms", "lfs_migration.tables.yaml")
# (country, year, share of households kept, weight factor, seed): NGA is ~40 times GHA
COUNTRIES = [
    ("NGA", 2026, 1.0, 20.0, 1),
    ("GHA", 2026, 0.5, 1.0, 2),
    ("SEN", 2026, 0.6, 2.0, 3),
    ("CMR", 2025, 0.7, 3.0, 4),
]


@pytest.fixture(scope="module")
def harmonised(tmp_path_factory, form, rules) -> dict[str, pd.DataFrame]:
    folder = tmp_path_factory.mktemp("office")
    office = KeyRing.create("INS", "office", folder / "keys")
    with Store.open(folder / "office.sqlite") as store:
        generate(store, form, country="SEN", households=110, seed=11)
        for row in store.cases(status="complete"):
            store.set_status(row.uuid, "approved", "officer", role="office")
        return plan_harmonised(store, form, rules, office).tables


def _kind(dtype: object) -> str:
    if pd.api.types.is_integer_dtype(dtype):
        return "integer"
    return "number" if pd.api.types.is_float_dtype(dtype) else "string"


def write_merged(folder: Path, tables: dict[str, pd.DataFrame], countries, edit=None) -> Path:
    """The merged layout, one package per country: households resampled, weights scaled,
    ``edit(iso3, households, persons)`` applied last."""
    folder.mkdir(parents=True)
    persons, households = tables["persons"], tables["households"]
    types = {
        name: {c: _kind(frame[c].dtype) for c in frame.columns}
        for name, frame in (("persons", persons), ("households", households))
    }
    entries = []
    for iso3, year, share, factor, seed in countries:
        keep = households[np.random.default_rng(seed).random(len(households)) < share]
        h = keep.copy()
        p = persons[persons["case_uuid"].isin(keep["case_uuid"])].copy()
        for frame in (h, p):
            frame["case_uuid"] = iso3 + frame["case_uuid"].astype(str)
        h["country_iso3"] = iso3
        h["survey_year"] = pd.array([year] * len(h), dtype="Int64")
        h["hh_weight"] = h["hh_weight"] * factor
        p["pers_weight"] = p["pers_weight"] * factor
        if edit is not None:
            edit(iso3, h, p)
        package = f"pkg-{iso3}-{year}"
        files = {}
        for name, frame in (("persons", p), ("households", h)):
            files[name] = partition(name, iso3, str(year))
            provenance = {"source_package": package, "source_form_version": "2026.1"}
            table = to_arrow(frame.reset_index(drop=True), types[name], provenance)
            write_parquet(table, folder / files[name])
        entries.append(
            {
                "country": iso3,
                "round": str(year),
                "package_id": package,
                "files": files,
                "metadata": {"migrant_basis": "birth" if iso3 == "CMR" else "both"},
            }
        )
    registry = {"format": REGISTRY_FORMAT, "packages": entries}
    (folder / "packages.json").write_text(json.dumps(registry), encoding="utf-8")
    levels = {
        name: {"level": name, "variables": {c: {"type": t} for c, t in kinds.items()}}
        for name, kinds in types.items()
    }
    (folder / "variables.json").write_text(json.dumps({"levels": levels}), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def merged(harmonised, tmp_path_factory) -> Path:
    return write_merged(tmp_path_factory.mktemp("m") / "merged", harmonised, COUNTRIES)


@pytest.fixture(scope="module")
def results(merged):
    return {r.id: r for r in compute_tables(merged, SPEC)}


def microdata(folder: Path) -> pd.DataFrame:
    """Persons with their household's columns and the I1/I3 weight, in plain pandas."""
    persons = read_level(folder, "persons")
    households = read_level(folder, "households")
    frame = persons.drop(columns=["hh_id"]).merge(
        households.drop(
            columns=["source_country", "source_round", "source_package", "source_form_version"]
        ),
        on="case_uuid",
    )
    quarters = frame.groupby(["country_iso3", "survey_year"])["survey_quarter"].transform("nunique")
    frame["w"] = frame["pers_weight"].fillna(frame["hh_weight"]).astype(float) / quarters
    return frame


def areas(frame: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Country rows and the members' latest surveys for each REC and AFR (I9)."""
    found = {iso3: part for iso3, part in frame.groupby("country_iso3")}
    latest = {
        iso3: part[part["survey_year"] == part["survey_year"].max()] for iso3, part in found.items()
    }
    for rec in codelists.recs():
        members = [
            part
            for iso3, part in latest.items()
            if rec in codelists.recs_of(iso3, datetime.date(int(part["survey_year"].iloc[0]), 7, 1))
        ]
        if members:
            found[rec] = pd.concat(members)
    found["AFR"] = pd.concat(latest.values())
    return found


def by_sex(frame: pd.DataFrame):
    yield "T", frame
    yield "M", frame[frame["sex"] == "1"]
    yield "F", frame[frame["sex"] == "2"]


def cell(result, **where) -> pd.Series:
    frame = result.frame
    chosen = frame[np.logical_and.reduce([frame[k] == v for k, v in where.items()])]
    assert len(chosen) == 1, (where, chosen)
    return chosen.iloc[0]


def test_t3_equals_plain_pandas_for_every_country_rec_and_africa(merged, results):
    frame = microdata(merged)
    frame = frame[(frame["usual_resident"] == "1") & (frame["wap"] == 1)]
    checked = 0
    for area, part in areas(frame).items():
        for sex, rows in by_sex(part):
            for basis, column in (("CBR", "mig_cbr"), ("CCT", "mig_cct")):
                for status, chosen in (
                    (basis, rows[rows[column] == 1]),
                    (f"NONMIG_{basis}", rows[rows[column] != 1]),
                ):
                    in_lf = chosen["in_lf"] == 1
                    where = dict(ref_area=area, sex=sex, classif1="", classif2=status)
                    lf = cell(results["T3"], indicator="T3_LF", **where)
                    assert lf["obs_value"] == pytest.approx(chosen["w"][in_lf].sum())
                    assert lf["n_obs"] == in_lf.sum()
                    lfpr = cell(results["T3"], indicator="T3_LFPR", **where)
                    expected = 100 * chosen["w"][in_lf].sum() / chosen["w"].sum()
                    assert lfpr["obs_value"] == pytest.approx(expected)
                    assert lfpr["obs_status"] == ("U" if len(chosen) < 30 else "")
                    checked += 1
    assert {"NGA", "GHA", "SEN", "CMR", "ECOWAS", "ECCAS", "AFR"} <= set(areas(frame))
    assert checked >= 7 * 3 * 4


def median(values: np.ndarray, weights: np.ndarray) -> float:
    """I20, written the slow way."""
    order = np.argsort(values, kind="stable")
    values, weights = values[order], weights[order]
    total = weights.sum()
    running = 0.0
    for i, (v, w) in enumerate(zip(values, weights, strict=True)):
        running += w
        if np.isclose(running, total / 2) and i + 1 < len(values):
            return (v + values[i + 1]) / 2
        if running >= total / 2:
            return v
    return np.nan


def test_t15_equals_plain_pandas_for_every_country_rec_and_africa(merged, results):
    frame = microdata(merged)
    frame = frame[
        (frame["rc_eligible"] == 1)
        & frame["rci"].notna()
        & ((frame["rc_perspective"] != "destination") | (frame["usual_resident"] == "1"))
    ]
    assert len(frame) > 30
    for area, part in areas(frame).items():
        for sex, rows in by_sex(part):
            where = dict(ref_area=area, sex=sex, classif1="", classif2="PERSP_ALL")
            w, rci = rows["w"].to_numpy(float), rows["rci"].to_numpy(float)
            mean = cell(results["T15"], indicator="T15_RCI_MEAN", **where)
            assert mean["obs_value"] == pytest.approx((w * rci).sum() / w.sum())
            assert mean["n_obs"] == len(rows)
            assert mean["obs_status"] == ("U" if len(rows) < 30 else "")
            middle = cell(results["T15"], indicator="T15_RCI_MEDIAN", **where)
            assert middle["obs_value"] == pytest.approx(median(rci, w))
            paying = cell(results["T15"], indicator="T15_PAYING", **where)
            assert paying["obs_value"] == pytest.approx(100 * w[rci > 0].sum() / w.sum())
            payers = cell(results["T15"], indicator="T15_RCI_MEAN_PAYERS", **where)
            paid = rci > 0
            assert payers["obs_value"] == pytest.approx((w * rci)[paid].sum() / w[paid].sum())


def test_a_rec_is_summed_numerators_over_summed_denominators_not_a_mean_of_rates(results):
    t3 = results["T3"].frame
    lfpr = t3[
        (t3["indicator"] == "T3_LFPR")
        & (t3["sex"] == "T")
        & (t3["classif1"] == "")
        & (t3["classif2"] == "CBR")
    ].set_index("ref_area")
    members = ["NGA", "GHA", "SEN"]  # ECOWAS members in 2026
    rec = lfpr.loc["ECOWAS"]
    assert rec["numerator"] == pytest.approx(lfpr.loc[members, "numerator"].sum())
    assert rec["denominator"] == pytest.approx(lfpr.loc[members, "denominator"].sum())
    ratio = 100 * lfpr.loc[members, "numerator"].sum() / lfpr.loc[members, "denominator"].sum()
    assert rec["obs_value"] == pytest.approx(ratio)
    assert abs(rec["obs_value"] - lfpr.loc[members, "obs_value"].mean()) > 0.1
    assert rec["n_obs"] == lfpr.loc[members, "n_obs"].sum()
    assert "members: GHA 2026, NGA 2026, SEN 2026" in rec["note"]
    # Africa mixes 2025 (CMR) and 2026: flagged in the note, with the declared bases
    africa = lfpr.loc["AFR"]
    assert "mixed reference periods" in africa["note"]
    assert "mixed migrant bases" in africa["note"] and "CMR 2025" in africa["note"]


def test_u_flag_below_thirty_observations(results):
    frame = results["T4"].frame
    ratios = frame[frame["indicator"] == "T4_EPR"]
    assert set(ratios.loc[ratios["n_obs"] < 30, "obs_status"]) <= {"U", "N"}
    assert set(ratios.loc[ratios["n_obs"] >= 30, "obs_status"]) == {""}
    counts = frame[frame["indicator"] == "T4_EMP"]
    assert (counts.loc[counts["obs_status"] == "U", "n_obs"] < 30).all()
    assert (counts["obs_status"] == "U").any() and (counts["obs_status"] == "").any()


def test_weights_fall_back_to_the_household_weight_and_none_is_x(harmonised, tmp_path):
    households = harmonised["households"]
    fallback, none = households["case_uuid"].iloc[0], households["case_uuid"].iloc[1]

    def edit(iso3, h, p):
        p.loc[p["case_uuid"] == iso3 + fallback, "pers_weight"] = pd.NA
        p.loc[p["case_uuid"] == iso3 + none, "pers_weight"] = pd.NA
        h.loc[h["case_uuid"] == iso3 + none, "hh_weight"] = pd.NA

    folder = write_merged(tmp_path / "m", harmonised, [("GHA", 2026, 1.0, 1.0, 1)], edit)
    t1 = {r.id: r for r in compute_tables(folder, SPEC)}["T1"]
    frame = microdata(folder)
    residents = frame[frame["usual_resident"] == "1"]
    weightless = residents["w"].isna()
    assert weightless.sum() > 0
    assert (residents["case_uuid"] == "GHA" + fallback).any()
    stock = cell(t1, ref_area="GHA", indicator="T1_STOCK", sex="T", classif1="", classif2="CBR")
    if (residents.loc[weightless, "mig_cbr"] == 1).any():
        assert stock["obs_status"] == "X" and np.isnan(stock["obs_value"])
        assert "without a weight" in stock["note"]
    share = cell(t1, ref_area="GHA", indicator="T1_SHARE", sex="T", classif1="", classif2="CBR")
    assert share["obs_status"] == "X" and "without a weight" in share["note"]
    # a cell without the weightless household is computed, with the household weight
    # standing in for the blank person weights (I3)
    mine = residents[(residents["case_uuid"] == "GHA" + fallback)].iloc[0]
    others = residents[~weightless]
    clean = [
        code
        for code, part in residents.groupby("age_group")
        if not part["w"].isna().any() and (part["case_uuid"] == mine["case_uuid"]).any()
    ]
    for code in clean:
        label = {1: "Y00-14", 2: "Y15-24", 3: "Y25-54", 4: "Y55-64", 5: "YGE65"}[int(code)]
        row = cell(
            t1,
            ref_area="GHA",
            indicator="T1_STOCK",
            sex="T",
            classif1=f"AGE_AGGREGATE_{label}",
            classif2="CBR",
        )
        part = others[(others["age_group"] == code) & (others["mig_cbr"] == 1)]
        assert row["obs_status"] in ("", "U")
        assert row["obs_value"] == pytest.approx(part["w"].sum())


def test_costs_in_another_currency_need_a_rate_else_x(harmonised, tmp_path):
    persons = harmonised["persons"]
    eligible = persons[
        (persons["rc_eligible"] == 1)
        & (persons["rc_paid_any"] == "1")
        & persons["rci"].notna()
        & (persons["rci"] > 0)
    ]
    chosen = eligible["case_uuid"].iloc[0], eligible["line_no"].iloc[0]
    row = eligible.iloc[0]
    year = int(str(row["rc_job_start"])[:4])
    earn = str(row["rc_earn_currency"])

    def edit(iso3, h, p):
        at = (p["case_uuid"] == iso3 + chosen[0]) & (p["line_no"] == chosen[1])
        p.loc[at, "rc_cost_currency"] = "EUR"
        p.loc[at, "rci"] = pd.NA  # as an office without a EUR rate exports it

    folder = write_merged(tmp_path / "m", harmonised, [("GHA", 2026, 1.0, 1.0, 1)], edit)
    where = dict(ref_area="GHA", sex="T", classif1="", classif2="PERSP_ALL")
    without = {r.id: r for r in compute_tables(folder, SPEC)}["T15"]
    mean = cell(without, indicator="T15_RCI_MEAN", **where)
    assert mean["obs_status"] == "X" and np.isnan(mean["obs_value"])
    assert "without an exchange rate" in mean["note"]
    assert cell(without, indicator="T15_RCI_MEAN_SAMECUR", **where)["obs_status"] in ("", "U")
    rates = tmp_path / "rates.csv"
    rates.write_text(
        f"currency,year,lcu_per_usd,source\nEUR,{year},0.9,test\n{earn},{year},600,test\n",
        encoding="utf-8",
    )
    converted = {r.id: r for r in compute_tables(folder, SPEC, load_rates(rates))}["T15"]
    mean = cell(converted, indicator="T15_RCI_MEAN", **where)
    assert mean["obs_status"] in ("", "U") and not np.isnan(mean["obs_value"])
    samecur = cell(converted, indicator="T15_RCI_MEAN_SAMECUR", **where)
    assert samecur["n_obs"] == mean["n_obs"] - 1
    assert any("test (rates.csv)" in note for note in converted.notes)


def test_the_spec_is_checked_with_its_file_named(tmp_path):
    from surveytool.common.errors import UserError

    bad = tmp_path / "bad.tables.yaml"
    text = SPEC.read_text(encoding="utf-8").replace("kind: count", "kind: sum", 1)
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(UserError, match="sum"):
        load_spec(bad)


def test_every_table_of_the_spec_is_computed_in_order(results):
    assert list(results) == [f"T{i}" for i in range(1, 18)]
    for result in results.values():
        frame = result.frame
        assert len(frame) and result.title["en"] and result.universe["en"]
        assert set(frame["sex"]) <= {"T", "M", "F"}
        assert set(frame["obs_status"]) <= {"", "U", "N", "X"}
        assert not frame.duplicated(
            ["ref_area", "source", "indicator", "sex", "classif1", "classif2", "time"]
        ).any()
    # I11: women's share of migrant workers for sex T only
    assert set(results["T3"].frame.query("indicator == 'T3_FEMALE_SHARE'")["sex"]) == {"T"}
    # national units are not aggregated
    lcu = results["T10"].frame.query("indicator == 'T10_EARN_LCU' and ref_area == 'AFR'")
    assert set(lcu["obs_status"]) == {"X"}


def test_origin_groups_are_relative_to_the_rows_area(merged, results):
    """I14: a country row counts an origin sharing any REC with it as SAME_REC; a REC row
    only an origin in that REC; Africa AU members vs the rest."""
    frame = microdata(merged)
    frame = frame[(frame["usual_resident"] == "1") & (frame["wap"] == 1) & (frame["mig_cbr"] == 1)]
    t8 = results["T8"]
    on = datetime.date(2026, 7, 1)
    for area, members, same in (
        ("NGA", ["NGA"], lambda o: bool(codelists.recs_of(o, on) & codelists.recs_of("NGA", on))),
        ("ECOWAS", ["NGA", "GHA", "SEN"], lambda o: "ECOWAS" in codelists.recs_of(o, on)),
    ):
        rows = frame[frame["country_iso3"].isin(members)]
        origin = rows["origin_country"].astype(object)
        known = origin.notna() & ~origin.isin(["UNK", "ZZZ", "XXA", "XXB", "XXX"])
        mask = known & origin.map(lambda o, same=same: isinstance(o, str) and same(o)).astype(bool)
        found = cell(
            t8,
            ref_area=area,
            indicator="T8_MIG",
            sex="T",
            classif1="ORIGIN_SAME_REC",
            classif2="CBR",
        )
        assert found["obs_value"] == pytest.approx(rows.loc[mask, "w"].sum())
    africa = frame[
        frame["country_iso3"].isin(["NGA", "GHA", "SEN"]) | (frame["country_iso3"] == "CMR")
    ]
    au = africa["origin_country"].astype(object).isin(list(codelists.au_members()))
    found = cell(
        t8, ref_area="AFR", indicator="T8_MIG", sex="T", classif1="ORIGIN_AU", classif2="CBR"
    )
    assert found["obs_value"] == pytest.approx(africa.loc[au, "w"].sum())
