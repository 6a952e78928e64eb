"""Batch validation's shortcuts for large batches give the results of the plain path.

Large levels are checked in row blocks on two threads (``validate/blocks.py``), their columns
typed on two threads, and keys read as categories are matched per category
(``typed.positions``): each must change nothing but the time, so each is compared here with
the plain path on the same data. Behaviour only: the
figures are benchmarks/bench_validate.py's."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from surveytool.validate import blocks, threads
from surveytool.validate.typed import positions


def test_keys_held_as_categories_find_the_rows_plain_keys_find():
    """Orphans, categories no row uses, and keys in another order than the table's."""
    table = pd.Series(["h3", "h1", "h2", "h5"], dtype="category")
    table = table.cat.add_categories(["unused"])
    keys = pd.Series(["h2", "h9", "h1", "h1", "h5", "h3", "h2"], dtype="category")
    plain = positions(keys.astype(object), table.astype(object))
    assert positions(keys, table).tolist() == plain.tolist() == [2, -1, 1, 1, 3, 0, 2]


@pytest.mark.parametrize(
    "table", [["h1", None, "h2"], ["h1", "h2", "h1"]], ids=["blank key", "repeated key"]
)
def test_keys_that_are_blank_or_repeated_take_the_plain_path(table):
    keys = pd.Series(["h2", "h1", None], dtype="category")
    table_keys = pd.Series(table, dtype="category")
    index = pd.Index(np.asarray(table_keys, dtype=object))
    if not index.is_unique:
        with pytest.raises(pd.errors.InvalidIndexError):
            positions(keys, table_keys)
        return
    assert positions(keys, table_keys).tolist() == [2, 0, -1]


@pytest.fixture(scope="module")
def scrambled(tmp_path_factory) -> Path:
    """A demo batch with a third of the persons' answer columns shuffled across persons (most
    checks fail on some records, many on records of the same household), a type failure,
    a code outside its list and a person whose household is not in the batch."""
    from demo_batch import demo_batch, text_tables

    folder = demo_batch(tmp_path_factory.mktemp("blocks"), households=40, seed=3)
    households, persons = text_tables(folder)
    generator = np.random.default_rng(5)
    answers = [name for name in persons.columns if name not in ("hh_id", "line_no")]
    for name in answers[::3]:
        persons[name] = generator.permutation(persons[name].to_numpy())
    persons.loc[3, "age"] = "forty"
    persons.loc[5, "sex"] = "7"
    orphan = persons.iloc[[0]].assign(hh_id="no-such-household")
    persons = pd.concat([persons, orphan], ignore_index=True)
    out = folder.parent / "scrambled"
    out.mkdir()
    households.to_csv(out / "households.csv", index=False)
    persons.to_csv(out / "persons.csv", index=False)
    return out


def _report_json(folder: Path, form, rules) -> str:
    from surveytool.validate import read_data
    from surveytool.validate.batch import validate_frames
    from surveytool.validate.report_json import write_json

    out = io.StringIO()
    write_json(validate_frames(form, rules, read_data(folder, form)), out)
    return out.getvalue()


@pytest.fixture(scope="module")
def one_pass(scrambled: Path, form, rules) -> str:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(threads, "LARGE", 10**9)
        return _report_json(scrambled, form, rules)


@pytest.mark.parametrize(("block_rows", "workers"), [(60, 2), (25, 3)])
def test_a_level_checked_in_row_blocks_reports_what_one_pass_reports(
    scrambled: Path, form, rules, one_pass: str, monkeypatch, block_rows: int, workers: int
):
    """Blocks of a few dozen records, so that households (and the persons a household
    check counts) straddle blocks; households in blocks too, and more blocks than threads."""
    monkeypatch.setattr(threads, "LARGE", 1)
    monkeypatch.setattr(blocks, "BLOCK_ROWS", block_rows)
    monkeypatch.setattr(threads, "WORKERS", workers)
    assert _report_json(scrambled, form, rules) == one_pass
    assert one_pass.count('"rule"') > 200  # failures of many kinds were compared


def test_an_expression_tree_keeps_the_hash_of_its_structure_across_processes():
    """Inner nodes keep their hash (the evaluator's memo looks nodes up at every step); a tree
    pickled by a process with another string hash seed is rebuilt with this process's."""
    import os
    import pickle
    import subprocess
    import sys

    from surveytool.expr.parser import parse

    text = "${a} = '' or (${b} >= 1 and count(${c}) > 2 and -${d} < 3)"
    code = (
        "import pickle, sys; from surveytool.expr.parser import parse; "
        f"sys.stdout.buffer.write(pickle.dumps(parse({text!r})))"
    )
    seeded = {**os.environ, "PYTHONHASHSEED": "7"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, env=seeded)
    loaded = pickle.loads(done.stdout)
    here = parse(text)
    assert loaded == here and hash(loaded) == hash(here)
    assert {here: 1}[loaded] == 1


def test_columns_typed_on_threads_are_those_typed_one_by_one(scrambled: Path, form, monkeypatch):
    from surveytool.validate import read_data
    from surveytool.validate.typed import typed_frame

    persons = read_data(scrambled, form)["persons"]
    monkeypatch.setattr(threads, "LARGE", 10**9)
    one_by_one, failures = typed_frame(form, persons, "persons")
    monkeypatch.setattr(threads, "LARGE", 1)
    on_threads, failures_on_threads = typed_frame(form, persons, "persons")
    pd.testing.assert_frame_equal(on_threads, one_by_one)
    assert list(failures_on_threads) == list(failures) == ["age"]
    assert failures_on_threads["age"].rows.tolist() == failures["age"].rows.tolist() == [3]


@pytest.mark.parametrize(
    "expression",
    [
        "if(${a} > 1, ${n}, '')",
        "if(${a} > 1, ${n} * 2, if(${a} = 0, number('x'), ''))",
        "if(${a} > 1, ${n}, '') = ''",
        "string(if(${a} > 1, ${n}, ''))",
        "concat(if(${a} > 1, ${n}, ''), '|')",
        "if(${a} > 1, ${n}, '') + 1",
        "boolean(if(${a} > 1, ${n}, if(${a} = 0, number('x'), '')))",
        "if(${a} = 1, '', ${n}) = ${n}",
    ],
)
def test_if_between_numbers_and_blank_reads_as_the_scalar_side_reads(expression: str):
    """``if()`` choosing between numbers and '' keeps its text unmade until asked for; every
    use of it reads as one case's evaluation reads (a NaN number is no blank)."""
    from test_expr_property import _same

    from surveytool.expr import evaluate, evaluate_table

    numbers = pd.array([1.5, None, 0.0, 7.0, None, 3.0], dtype="Float64")
    table = pd.DataFrame({"a": [2, 2, 2, 0, 1, 1], "n": numbers})
    vector = evaluate_table(expression, table)
    for row in range(len(table)):
        value = None if pd.isna(numbers[row]) else float(numbers[row])
        answers = {"a": int(table["a"][row]), "n": value}
        scalar = evaluate(expression, answers)
        assert _same(scalar, vector.iloc[row], vector.dtype), (row, scalar, vector.iloc[row])
