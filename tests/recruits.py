"""Small batches of people for the built-in checks: each person is their own household.

``recruit`` is a worker recruited abroad within section E's window on the destination side:
the answers that make the form's ``rc_eligible`` 1, with the calculated columns as the form
computes them (so the record stays eligible whether the validator trusts or recomputes them).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from surveytool.tables.flat import columns_of

SURVEY_YEAR = "2026"

ELIGIBLE = {
    "age": "30",
    "usual_resident": "1",
    "birthplace": "2",
    "citizenship": "3",
    "arrival_year": "2024",
    "mig_reason": "11",
    "rc_first_job_employee": "1",
    "rc_job_start": "2024-05-01",
    # calculated, as the form computes them from the answers above
    "mig_cbr": "1",
    "mig_cct": "1",
    "int_migrant": "1",
    "rc_pre_dest": "1",
    "rc_pre_orig": "0",
    "rc_eligible": "1",
}

#: the same person, arrived too long ago for section E: not eligible
NOT_ELIGIBLE = {**ELIGIBLE, "arrival_year": "2015", "rc_pre_dest": "0", "rc_eligible": "0"}


def recruit(eligible: bool = True, **answers: str) -> dict[str, str]:
    """A recruit's person record; ``answers`` add or replace columns (amounts, currencies)."""
    return {**(ELIGIBLE if eligible else NOT_ELIGIBLE), **answers}


def complete(frame: pd.DataFrame, form, repeat: str | None) -> pd.DataFrame:
    """The frame with every column of the flat layout (the ones not given are blank)."""
    names = [q.name for q in columns_of(form, repeat)]
    return frame.reindex(columns=list(dict.fromkeys(["hh_id", *names, *frame.columns])))


def tables(form, people: list[dict]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Households (one per person, surveyed in Senegal in 2026) and persons, every column."""
    households = pd.DataFrame(
        {
            "hh_id": [f"H{i}" for i in range(len(people))],
            "country_iso3": "SEN",
            "survey_year": SURVEY_YEAR,
            "survey_quarter": "3",
        }
    )
    persons = pd.DataFrame(people).assign(hh_id=households["hh_id"], line_no="1")
    return complete(households, form, None), complete(persons, form, "persons")


def write_batch(folder: Path, form, people: list[dict]) -> Path:
    """The people as a batch folder of CSV files, as another capture tool would export it."""
    folder.mkdir(parents=True, exist_ok=True)
    households, persons = tables(form, people)
    households.to_csv(folder / "households.csv", index=False)
    persons.to_csv(folder / "persons.csv", index=False)
    return folder
