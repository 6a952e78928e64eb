"""One way to validate a store or a folder, shared by ``surveytool validate`` and the office.

The command line and the office workspace used to build their reports differently (the office
kept only the cases sent for review, the command took every case), so the same store gave 1
error on screen and 423 on the terminal. Both now call ``validate_store`` (or
``validate_path``, which opens the store read-only or reads the folder), with the same
default selection of statuses: the cases sent for review.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from surveytool.common.catalogue import message
from surveytool.common.errors import UserError
from surveytool.common.progress import Progress
from surveytool.form.levels import levels
from surveytool.form.model import Form
from surveytool.store import STATUSES, Store
from surveytool.validate.inputs import REVIEW_STATUSES, read_data, store_frames
from surveytool.validate.report import Report
from surveytool.validate.rules import RuleSet
from surveytool.validate.run import validate_levels

_UNKNOWN_STATUS = message(
    "validate.status.unknown", "unknown status '{status}': use {statuses} or all"
)


class UnknownStatus(UserError):
    """A status selection names no status (a typo on the command line)."""


def parse_statuses(values: Iterable[str] | None) -> tuple[str, ...]:
    """``["complete,approved"]``, ``["new", "rejected"]`` or ``["all"]`` as statuses in the
    store's order; nothing given means the default, the cases sent for review."""
    wanted: set[str] = set()
    for value in values or ():
        for part in value.split(","):
            name = part.strip().lower().replace("-", "_").replace(" ", "_")
            if not name:
                continue
            if name == "all":
                wanted.update(STATUSES)
            elif name in STATUSES:
                wanted.add(name)
            else:
                raise UnknownStatus(
                    _UNKNOWN_STATUS, status=part.strip(), statuses=", ".join(STATUSES)
                )
    if not wanted:
        return REVIEW_STATUSES
    return tuple(status for status in STATUSES if status in wanted)


@dataclass(frozen=True, slots=True)
class BatchResult:
    """A report and what the office needs to act on it: each household's case and status."""

    report: Report
    statuses: tuple[str, ...] | None  # None: a folder, validated whole
    case_of: dict[str, str] = field(default_factory=dict)  # hh_id -> case uuid
    status_of: dict[str, str] = field(default_factory=dict)  # hh_id -> status when validated

    @property
    def households(self) -> int:
        return len(self.case_of)


def validate_frames(
    form: Form,
    rules: RuleSet | None,
    frames: dict[str, pd.DataFrame],
    *,
    language: str = "en",
    progress: Progress | None = None,
) -> Report:
    """Validate tables as ``read_data`` or ``store_frames`` return them."""
    root = frames[levels(form)[0].table]
    return validate_levels(
        form,
        rules,
        frames,
        language=language,
        progress=progress,
        justified=root.attrs.get("justified"),
    )


def validate_store(
    store: Store,
    form: Form,
    rules: RuleSet | None,
    *,
    statuses: Iterable[str] = REVIEW_STATUSES,
    language: str = "en",
    progress: Progress | None = None,
) -> BatchResult:
    """Validate a store's cases of the given statuses. Pass a read-only store opened by the
    calling thread: a background job must not share the window's connection."""
    chosen = tuple(statuses)
    frames = store_frames(store, form, chosen)
    report = validate_frames(form, rules, frames, language=language, progress=progress)
    root = levels(form)[0]
    households = frames[root.table]
    key = root.record_key
    keys = households[key].tolist() if key in households else []
    return BatchResult(
        report,
        chosen,
        dict(zip(keys, households["case_uuid"].tolist(), strict=True)) if keys else {},
        dict(zip(keys, households["status"].tolist(), strict=True)) if keys else {},
    )


def validate_path(
    path: Path,
    form: Form,
    rules: RuleSet | None,
    *,
    statuses: Iterable[str] = REVIEW_STATUSES,
    language: str = "en",
    progress: Progress | None = None,
    encoding: str = "utf-8",
) -> BatchResult:
    """A store file (its cases of ``statuses``, read-only) or a folder of CSV files (whole:
    a batch on disk carries no review decision to select by; in ``encoding``)."""
    if path.is_file() and path.suffix in (".sqlite", ".db"):
        with Store.open(path, readonly=True) as reader:
            return validate_store(
                reader, form, rules, statuses=statuses, language=language, progress=progress
            )
    frames = read_data(path, form, encoding=encoding)
    report = validate_frames(form, rules, frames, language=language, progress=progress)
    return BatchResult(report, None)
