"""Issue 13's merge acceptance: three countries, two form versions (the second adds a variable,
swaps two codes of a choice list and drops a choice), merged by name and label and checked
cell by cell against each package's own CSV; the same package twice is once (file bytes); a
newer package replaces an older one and an older one arriving later is not applied; a
tampered, an untrusted and an incompatible package are refused and change nothing."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from surveytool.common import resource_path
from surveytool.demo.generate import generate
from surveytool.form import load
from surveytool.form.render import build_workbook
from surveytool.merge import merge_packages, read_level, registry, variables
from surveytool.merge.folder import JOURNAL, REGISTRY, partition, write_json
from surveytool.package import container
from surveytool.package.harmonised import plan_harmonised, write_harmonised
from surveytool.package.keys import KeyRing
from surveytool.package.tabular import read_csv_bytes
from surveytool.package.zipfiles import read_zip, zip_bytes
from surveytool.store import Store

V2 = "2026.2"
PHONE_ROW = (
    "| | select_one yes_no | has_phone | Does ${person_name} own a mobile phone? | "
    "Est-ce que ${person_name} possède un téléphone portable ? | "
    "هل يملك ${person_name} هاتفاً محمولاً؟ | ${person_name} tem telemóvel? |" + "  |" * 17
)


@pytest.fixture(scope="module")
def made(tmp_path_factory, form):
    """Keys, the second form version and the packages, made once."""
    folder = tmp_path_factory.mktemp("merge")
    office = KeyRing.create("INS", "office", folder / "office")
    stranger = KeyRing.create("Unknown office", "office", folder / "stranger")
    au = KeyRing.create("AU statistics", "au", folder / "au")
    au.trust(office.identity)
    form2 = _second_version(folder)
    paths = {
        "SEN": _package(folder, form, office, "SEN", 5, 1),
        "CMR": _package(folder, form, office, "CMR", 4, 2),
        "GHA": _package(folder, form2, office, "GHA", 5, 3),
    }
    fresh = _package(folder, form, office, "SEN", 3, 4, name="SEN-fresh")
    created = datetime.fromisoformat(_manifest(paths["SEN"], au)["created_at"])
    later = (created + timedelta(days=1)).isoformat()
    paths["SEN-newer"] = _resign(fresh, au, office, folder / "SEN-newer.zip", created_at=later)
    paths["untrusted"] = _resign(paths["CMR"], au, stranger, folder / "untrusted.zip")
    paths["tampered"] = _tampered(paths["CMR"], folder / "tampered.zip")
    paths["incompatible"] = _resign(
        paths["GHA"], au, office, folder / "incompatible.zip", form_version="2026.3",
        retype={"age": "string"}, created_at=later,
    )  # fmt: skip
    return {"folder": folder, "au": au, "paths": paths, "form2": form2, "office": office}


def _second_version(folder: Path):
    """forms/lfs_migration.md with has_phone added after sex, marital_status's codes 1 and 2
    swapped and 'Living together' (3) dropped (4, 5 renumbered 3, 4), version 2026.2."""
    lines = resource_path("forms", "lfs_migration.md").read_text(encoding="utf-8").splitlines()
    out = []
    for original in lines:
        line, cells = original, [cell.strip() for cell in original.split("|")]
        if len(cells) > 3 and cells[2] == "marital_status" and cells[3].isdigit():
            code = {"1": "2", "2": "1", "3": None, "4": "3", "5": "4"}[cells[3]]
            if code is None:
                continue
            line = line.replace(f"| marital_status | {cells[3]} |", f"| marital_status | {code} |")
        elif len(cells) > 3 and cells[2] == "lfs_migration":
            line = line.replace("| 2026.1 |", f"| {V2} |")
        out.append(line)
        if len(cells) > 3 and cells[3] == "sex" and cells[2].startswith("select_one"):
            out.append(PHONE_ROW)
    markdown = folder / "lfs_migration.md"
    markdown.write_text("\n".join(out) + "\n", encoding="utf-8")
    build_workbook(markdown.read_text(encoding="utf-8"), folder / "lfs_migration.xlsx")
    form2 = load(folder / "lfs_migration.xlsx")
    assert form2.version == V2 and form2.form_id == "lfs_migration"
    return form2


def _package(folder, form, office, country, households, seed, name=None) -> Path:
    with Store.open(folder / f"{name or country}.sqlite") as store:
        generate(store, form, country=country, households=households, seed=seed)
        for row in store.cases(status="complete"):
            store.set_status(row.uuid, "approved", "officer", role="office")
        plan = plan_harmonised(store, form, None, office)
        out = folder / f"{name or country}.zip"
        write_harmonised(store, plan, office, out)
    return out


def _manifest(path: Path, ring: KeyRing) -> dict:
    return container.open_package(path, ring).manifest


def _resign(source, au, signer, out, retype=None, **changes) -> Path:
    """``source``'s content signed by ``signer`` with manifest ``changes`` and descriptor
    fields retyped (``retype``: name -> Table Schema type)."""
    opened = container.open_package(source, au)
    members = dict(opened.members)
    if retype:
        described = json.loads(members["datapackage.json"])
        for resource in described["resources"]:
            for item in resource["schema"]["fields"]:
                if item["name"] in retype:
                    item["type"] = retype[item["name"]]
                    item.pop("categories", None)
        members["datapackage.json"] = container.canonical_json(described)
    manifest = {k: v for k, v in opened.manifest.items() if k not in ("members", "device")}
    manifest.update(changes, creator=signer.identity.name)
    data, _ = container.build(manifest, members, signer)
    out.write_bytes(data)
    return out


def _tampered(source: Path, out: Path) -> Path:
    """``source`` with one byte of persons.csv changed, the signed manifest kept."""
    members = read_zip(source.read_bytes(), str(source), lambda name: True)
    data = bytearray(members["persons.csv"])
    data[-2] = ord("7") if data[-2] != ord("7") else ord("8")
    members["persons.csv"] = bytes(data)
    out.write_bytes(zip_bytes(members))
    return out


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "merge_report.json"
    }


def _cells(series: pd.Series) -> list[object]:
    return [None if pd.isna(v) else v for v in series.tolist()]


@pytest.fixture(scope="module")
def merged(made, tmp_path_factory):
    out = tmp_path_factory.mktemp("merged") / "au"
    paths = made["paths"]
    report = merge_packages([paths["SEN"], paths["CMR"], paths["GHA"]], out, made["au"])
    return out, report


def test_three_countries_two_versions_align_cell_by_cell(made, merged):
    out, report = merged
    assert [o.verdict for o in report.outcomes] == ["added", "added", "added"]
    dictionary = variables(out)
    persons = dictionary["levels"]["persons"]["variables"]
    assert persons["has_phone"]["versions"] == [V2]
    assert persons["marital_status"]["versions"] == ["2026.1", V2]
    labels = {code: item["en"] for code, item in persons["marital_status"]["categories"].items()}
    assert labels["1"] == "Never married" and labels["3"].startswith("Living together")
    for country, path in [(c, made["paths"][c]) for c in ("SEN", "CMR", "GHA")]:
        opened = container.open_package(path, made["au"])
        described = json.loads(opened.members["datapackage.json"])
        for resource in described["resources"]:
            table = resource["path"].removesuffix(".csv")
            if "/" in table:
                continue
            fields = resource["schema"]["fields"]
            own = read_csv_bytes(opened.members[resource["path"]], table, fields)
            rows = read_level(out, table, countries=[country.lower()])
            assert len(rows) == len(own) > 0 or table == "absentees"
            assert set(rows["source_package"]) <= {opened.manifest["package_id"]}
            for name in own.columns:
                if name == "marital_status" and country == "GHA":
                    codes = {str(c["value"]): c["label"] for c in fields_of(fields, name)}
                    want = [None if v is None else codes[str(v)] for v in _cells(own[name])]
                    got = [None if v is None else labels[str(v)] for v in _cells(rows[name])]
                    assert got == want and "Married" in want and "Never married" in want
                else:
                    assert _cells(rows[name]) == _cells(own[name]), (country, table, name)
            if table == "persons" and country != "GHA":
                assert rows["has_phone"].isna().all()  # a variable v1 lacks is empty there
                assert str(rows["has_phone"].dtype) == "Int64"
            if table == "persons" and country == "GHA":
                assert rows["has_phone"].notna().any()
    notes = {(n["note"], n["variable"], n.get("code")) for n in report.notes}
    assert ("recoded", "marital_status", "1") in notes and (
        "recoded",
        "marital_status",
        "2",
    ) in notes
    assert ("choice_missing", "marital_status", "3") in notes
    assert ("added", "has_phone", None) in notes
    entries = registry(out)
    assert [(e["country"], e["form_version"]) for e in entries] == [
        ("CMR", "2026.1"), ("GHA", V2), ("SEN", "2026.1"),
    ]  # fmt: skip
    assert entries[0]["reference_date"].endswith("-07-01")
    assert entries[0]["sender"]["name"] == "INS"
    saved = json.loads((out / "merge_report.json").read_text(encoding="utf-8"))
    assert saved["counts"]["added"] == 3


def fields_of(fields, name):
    return next(f for f in fields if f["name"] == name)["categories"]


def test_projection_and_provenance(merged):
    out, _ = merged
    frame = read_level(out, "persons", columns=["age", "source_country", "source_form_version"])
    assert list(frame.columns) == ["age", "source_country", "source_form_version"]
    assert sorted(frame["source_country"].unique()) == ["CMR", "GHA", "SEN"]
    by_country = frame.groupby("source_country", observed=True)["source_form_version"].first()
    assert by_country.to_dict() == {"CMR": "2026.1", "GHA": V2, "SEN": "2026.1"}
    path = out / partition("persons", "GHA", "2026")
    assert "has_phone" in pq.read_schema(path).names


def test_same_package_twice_equals_once(made, tmp_path):
    paths = made["paths"]
    once, twice = tmp_path / "once", tmp_path / "twice"
    merge_packages([paths["SEN"], paths["GHA"]], once, made["au"])
    report = merge_packages([paths["SEN"], paths["GHA"], paths["SEN"]], twice, made["au"])
    assert report.outcomes[2].verdict == "already there"
    again = merge_packages([paths["GHA"]], twice, made["au"])
    assert again.outcomes[0].verdict == "already there"
    assert _files(once) == _files(twice)


def test_newer_replaces_older_and_older_later_is_not_applied(made, tmp_path):
    paths, out = made["paths"], tmp_path / "au"
    merge_packages([paths["SEN"], paths["CMR"]], out, made["au"])
    cmr = _files(out)
    report = merge_packages([paths["SEN-newer"], paths["SEN"]], out, made["au"])
    assert [o.verdict for o in report.outcomes] == ["replaced", "older"]
    old_id = _manifest(paths["SEN"], made["au"])["package_id"]
    new_id = _manifest(paths["SEN-newer"], made["au"])["package_id"]
    assert report.outcomes[0].replaced == old_id
    entry = next(e for e in registry(out) if e["country"] == "SEN")
    assert entry["package_id"] == new_id and entry["replaced"][0]["package_id"] == old_id
    persons = read_level(out, "persons", countries=["SEN"])
    assert set(persons["source_package"]) == {new_id}
    assert len(persons) == len(_own(paths["SEN-newer"], made["au"], "persons"))
    after = _files(out)
    assert {k: v for k, v in after.items() if "CMR" in k} == {
        k: v for k, v in cmr.items() if "CMR" in k
    }


def _own(path, ring, table):
    opened = container.open_package(path, ring)
    described = json.loads(opened.members["datapackage.json"])
    fields = next(r for r in described["resources"] if r["path"] == f"{table}.csv")
    return read_csv_bytes(opened.members[f"{table}.csv"], table, fields["schema"]["fields"])


@pytest.mark.parametrize(
    ("which", "says"),
    [
        ("tampered", "altered"),
        ("untrusted", "does not trust"),
        ("incompatible", "'age'"),
    ],
)
def test_refused_package_changes_nothing(made, tmp_path, which, says):
    paths, out = made["paths"], tmp_path / "au"
    merge_packages([paths["SEN"], paths["GHA"]], out, made["au"])
    before = _files(out)
    report = merge_packages([paths[which]], out, made["au"])
    (outcome,) = report.outcomes
    assert outcome.verdict == "refused" and says in outcome.text()
    assert _files(out) == before
    if which == "incompatible":
        text = outcome.text()
        assert (
            "2026.3" in text and "2026.1" in text and "is text" in text and "whole numbers" in text
        )


def test_a_crash_after_the_journal_is_rolled_forward(made, tmp_path):
    """The journal written, the renames not done: the next reader finishes the step; a
    temporary file left by a step interrupted before its journal goes at the next merge."""
    paths, out = made["paths"], tmp_path / "au"
    merge_packages([paths["SEN"]], out, made["au"])
    final = out / partition("persons", "SEN", "2026")
    moved = final.with_name(".part-0.parquet.abc.partial")
    shutil.move(final, moved)
    entries = json.loads((out / REGISTRY).read_text(encoding="utf-8"))
    journal = {
        "moves": [[moved.relative_to(out).as_posix(), final.relative_to(out).as_posix()]],
        "removals": [],
        "registry": entries,
        "variables": variables(out),
    }
    write_json(out / JOURNAL, journal)
    (out / REGISTRY).unlink()
    assert len(read_level(out, "persons")) > 0
    assert final.exists() and not (out / JOURNAL).exists() and (out / REGISTRY).exists()
    leftover = final.with_name(".part-0.parquet.def.partial")
    leftover.write_bytes(b"half")
    merge_packages([], out, made["au"])
    assert not leftover.exists()


def test_command_prints_verdicts_and_exits_1_on_a_refusal(made, tmp_path, capsys):
    import argparse

    from surveytool.cli.merge import add_commands

    parser = argparse.ArgumentParser()
    spoken = argparse.ArgumentParser(add_help=False)
    spoken.add_argument("--language", default="en")
    add_commands(parser.add_subparsers(), spoken)
    paths, out = made["paths"], tmp_path / "au"
    keys = made["folder"] / "au"
    argv = ["merge", str(paths["SEN"]), str(paths["GHA"]), "--out", str(out), "--keys", str(keys)]
    args = parser.parse_args(argv)
    assert args.run(args) == 0
    shown = capsys.readouterr().out
    assert f"{paths['SEN']}: merged" in shown and "2 merged, 0 replaced" in shown
    assert "reconciliation note(s)" in shown
    args = parser.parse_args(["merge", str(paths["tampered"]), str(paths["SEN"]), "--out",
                              str(out), "--keys", str(keys)])  # fmt: skip
    assert args.run(args) == 1
    shown = capsys.readouterr().out
    assert f"refused: {paths['tampered']}" in shown and "already merged" in shown
    assert "0 merged, 0 replaced, 1 already there, 0 older (not applied), 1 refused" in shown


def test_the_merge_report_names_the_rec_periods_applied_and_their_caveats(tmp_path):
    """Each survey's reference date, the RECs its country was in on that day (what the REC
    aggregates count) and the membership caveats of that day, in merge_report.json."""
    import json

    from surveytool.form.codelists import recs_of
    from surveytool.merge.merging import rec_membership

    folder = tmp_path / "merged"
    folder.mkdir()
    (folder / "packages.json").write_text(
        json.dumps(
            {
                "format": "surveytool-merged-packages",
                "packages": [{"country": "KEN", "round": "2026", "reference_date": "2026-07-01"}],
            }
        )
    )
    (row,) = rec_membership(folder)
    assert row["recs"] == sorted(recs_of("KEN", "2026-07-01"))
    assert "CENSAD" in row["recs"] or "CEN-SAD" in row["recs"]
    assert any(caveat["iso3"] == "KEN" for caveat in row["caveats"])  # CEN-SAD after 2013


def _with_members(source, au, office, out, change) -> Path:
    """``source``'s content with ``change(members)`` applied, signed again by ``office``."""
    opened = container.open_package(source, au)
    members = dict(opened.members)
    change(members)
    manifest = {k: v for k, v in opened.manifest.items() if k not in ("members", "device")}
    data, _ = container.build(manifest, members, office)
    out.write_bytes(data)
    return out


def test_levels_read_from_the_parquet_rendering_equal_those_read_from_the_csv(made, tmp_path):
    """The merge reads the Parquet rendering; a package without it is read from its CSV, and
    both give the same merged rows, types and dictionary."""
    paths, office = made["paths"], _office(made)

    def drop(members):
        for name in [n for n in members if n.endswith(".parquet")]:
            del members[name]

    bare = _with_members(paths["GHA"], made["au"], office, tmp_path / "bare.zip", drop)
    merge_packages([paths["SEN"], paths["GHA"]], tmp_path / "rendered", made["au"])
    merge_packages([paths["SEN"], bare], tmp_path / "csv", made["au"])
    assert variables(tmp_path / "rendered") == variables(tmp_path / "csv")
    for table in variables(tmp_path / "csv")["levels"]:
        rendered = read_level(tmp_path / "rendered", table).drop(columns="source_package")
        from_csv = read_level(tmp_path / "csv", table).drop(columns="source_package")
        pd.testing.assert_frame_equal(rendered, from_csv)


def test_a_rendering_whose_columns_are_not_the_descriptors_is_refused(made, tmp_path):
    paths, office = made["paths"], _office(made)

    def rename(members):
        table = pq.read_table(pa.BufferReader(members["renderings/persons.parquet"]))
        names = ["age_years" if n == "age" else n for n in table.column_names]
        sink = pa.BufferOutputStream()
        pq.write_table(table.rename_columns(names), sink)
        members["renderings/persons.parquet"] = sink.getvalue().to_pybytes()

    shifted = _with_members(paths["CMR"], made["au"], office, tmp_path / "shifted.zip", rename)
    report = merge_packages([shifted], tmp_path / "au", made["au"])
    (outcome,) = report.outcomes
    text = outcome.text()
    assert outcome.verdict == "refused" and "renderings/persons.parquet" in text
    assert "age_years" in text and "persons" in text
    assert not (tmp_path / "au" / "persons").exists()


def _office(made) -> KeyRing:
    return made["office"]


@pytest.mark.parametrize(
    ("cells", "stored", "kind", "expected"),
    [
        (["1", "2", None], pa.large_string(), "integer", [1, 2, None]),  # codes kept as text
        (["1", "2", None], pa.dictionary(pa.int32(), pa.large_string()), "integer", [1, 2, None]),
        (
            ["a", "", None],
            pa.dictionary(pa.int32(), pa.large_string()),
            "string",
            ["a", None, None],
        ),
        (["a", "", None], pa.large_string(), "date", ["a", None, None]),  # a blank, not ""
        ([1.5, float("nan"), None], pa.float64(), "number", [1.5, None, None]),
        ([3, None], pa.int64(), "number", [3.0, None]),
        ([None, None], pa.large_string(), "integer", [None, None]),  # empty: any type
        (["x", "1"], pa.large_string(), "integer", "csv"),  # not a whole number
        ([1.5], pa.float64(), "integer", "csv"),
        ([35], pa.int64(), "string", "csv"),  # the CSV's text of a number is the reference
        ([True, None], pa.bool_(), "boolean", "csv"),
    ],
)
def test_a_rendering_column_is_cast_to_its_descriptor_type_only_when_exact(
    cells, stored, kind, expected
):
    from surveytool.merge.packages import descriptor_typed

    base = pa.large_string() if pa.types.is_dictionary(stored) else stored
    column = pa.chunked_array([pa.array(cells, type=base).cast(stored)])
    found = descriptor_typed(column, kind)
    if expected == "csv":
        assert found is None
    else:
        assert found is not None and found.to_pylist() == expected


def test_a_journal_naming_temporary_registry_and_dictionary_files_is_rolled_forward(made, tmp_path):
    """Today's journal renames the registry and dictionary written beside it (it does not
    carry them): a crash after it leaves a folder that the next reader completes."""
    from surveytool.merge.folder import VARIABLES, json_bytes, temporary_beside

    out = tmp_path / "au"
    merge_packages([made["paths"]["SEN"]], out, made["au"])
    entries = json.loads((out / REGISTRY).read_text(encoding="utf-8"))
    dictionary = variables(out)
    moves = []
    for name, document in ((REGISTRY, entries), (VARIABLES, dictionary)):
        temporary = temporary_beside(out / name)
        temporary.write_bytes(json_bytes(document))
        moves.append([temporary.name, name])
        (out / name).unlink()
    write_json(out / JOURNAL, {"moves": moves, "removals": []})
    assert [e["country"] for e in registry(out)] == ["SEN"]
    assert variables(out) == dictionary and not (out / JOURNAL).exists()
    assert not list(out.glob(".*.partial"))
