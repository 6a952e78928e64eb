"""De-identification of the flat tables before they leave the country (harmonised package).

What the form marks decides, never a list of names in code (``Question.identifier``):

* ``identifier: direct`` (a person's name, the household's phone and address): the column is
  dropped, and so is every ``calculate`` that reads one, directly or through another
  calculate, in its calculation or its relevance (a label built as
  ``concat(${person_name}, ...)`` would carry the name out under another column name);
* ``identifier: pseudonym`` (a code that names a record or its place: the cluster and the
  household number, from which ``hh_id`` is built, and the PSU, which is the cluster): the
  value is replaced by a keyed hash, as are ``case_uuid`` and the form's root key.

The hash is HMAC-SHA256 with a key the office keeps (``KeyRing.hmac_key()``), never a plain
hash: a phone number, an address or a household number has so few possible values that
hashing each candidate finds it again. The message hashed is the column name, a NUL and the
value, so equal values of two columns (a PSU equal to the cluster) do not give equal
pseudonyms, while one column gives the same pseudonym in every table: ``case_uuid`` and
``hh_id`` still join the households to their persons and absentees.

Pseudonyms are the first 32 hex characters (128 bits) of the digest: far beyond any collision
among the millions of records of a survey (the birthday bound is 2**64), and short enough for
every rendering (Stata's ``str32`` key columns, SPSS short strings, a readable CSV).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping

import numpy as np
import pandas as pd

from surveytool.expr import ref_uses
from surveytool.form.levels import CASE_UUID, levels
from surveytool.form.model import Form

PSEUDONYM = "pseudonym"
HEX_CHARS = 32


def pseudonym(key: bytes, column: str, value: str) -> str:
    """The keyed pseudonym of one value of ``column``."""
    digest = hmac.new(key, f"{column}\x00{value}".encode(), hashlib.sha256).hexdigest()
    return digest[:HEX_CHARS]


def dropped_columns(form: Form) -> frozenset[str]:
    """The direct identifiers and every calculate that reads one (to a fixed point)."""
    dropped = {q.name for q in form.questions() if q.is_direct_identifier}
    calculates = [q for q in form.questions() if q.calculation is not None]
    grew = True
    while grew:
        grew = False
        for question in calculates:
            if question.name in dropped:
                continue
            trees = [e.tree for e in (question.calculation, question.relevant) if e is not None]
            if any(name in dropped for tree in trees for name, _ in ref_uses(tree)):
                dropped.add(question.name)
                grew = True
    return frozenset(dropped)


def pseudonym_columns(form: Form) -> tuple[str, ...]:
    """``case_uuid``, the root key and every question marked ``identifier: pseudonym``."""
    marked = [q.name for q in form.questions() if q.identifier == PSEUDONYM]
    root_key = levels(form)[0].key
    return tuple(dict.fromkeys([CASE_UUID, *([root_key] if root_key else []), *marked]))


def deidentify(
    tables: Mapping[str, pd.DataFrame], form: Form, key: bytes
) -> dict[str, pd.DataFrame]:
    """New tables without direct identifiers and with pseudonyms (see the module docstring);
    the input tables are not changed. Blank values stay blank."""
    if len(key) < 16:
        raise ValueError("the pseudonym key must hold at least 16 bytes")
    dropped = dropped_columns(form)
    hashed = pseudonym_columns(form)
    out: dict[str, pd.DataFrame] = {}
    for table, frame in tables.items():
        kept = frame.drop(columns=[c for c in frame.columns if c in dropped])
        replaced = {
            name: _pseudonyms(kept[name], name, key) for name in hashed if name in kept.columns
        }
        out[table] = kept.assign(**replaced) if replaced else kept.copy()
    return out


def _pseudonyms(column: pd.Series, name: str, key: bytes) -> pd.Series:
    """Each distinct value hashed once (a household's key repeats on each of its members)."""
    codes, uniques = pd.factorize(column, use_na_sentinel=True)
    hashed = np.array([pseudonym(key, name, _text(v)) for v in uniques] + [None], dtype=object)
    return pd.Series(hashed[codes], index=column.index, dtype="str")  # code -1: the None


def _text(value: object) -> str:
    """A value as the canonical CSV writes it: integers without ``.0``."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
