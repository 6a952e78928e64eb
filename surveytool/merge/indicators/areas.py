"""The rows' areas: every survey of every country, each REC and Africa (I1, I2, I9, I14).

A REC or Africa row sums its members' latest surveys (I9): membership is taken at each
survey's own reference date (I2), a country in two RECs counts fully in each, and Africa
counts every AU member once, members of no REC included. The note of an aggregate row lists
its members with their periods, and says when the periods or the declared migrant bases
differ. Origin groups are relative to the row's area (I14).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from functools import lru_cache

from surveytool.common.catalogue import message
from surveytool.form import codelists
from surveytool.merge.indicators.data import Survey

AFRICA = "AFR"
SAME_REC, OTHER_AU, NON_AFRICA, UNKNOWN, AU, NO_REC = (
    "SAME_REC",
    "OTHER_AU",
    "NON_AFRICA",
    "UNKNOWN",
    "AU",
    "AU_NO_REC",
)

_MEMBERS = message("indicators.note.members", "members: {members}")
_MIXED_TIME = message("indicators.note.mixed_periods", "mixed reference periods")
_MIXED_BASIS = message("indicators.note.mixed_bases", "mixed migrant bases ({bases})")


@dataclass(frozen=True, slots=True)
class Area:
    code: str  # ISO3, a REC code or AFR
    kind: str  # "country" | "rec" | "africa"
    surveys: tuple[int, ...]  # survey indexes summed
    time: str
    source: str
    note: str = ""


def build_areas(surveys: tuple[Survey, ...]) -> list[Area]:
    """Country rows (every survey), then RECs and Africa (members' latest surveys)."""
    areas = [
        Area(s.country, "country", (s.index,), s.time, s.id)
        for s in sorted(surveys, key=lambda s: (s.country, s.year, s.quarters))
    ]
    latest: dict[str, Survey] = {}
    for s in surveys:
        if s.country not in latest or s.reference > latest[s.country].reference:
            latest[s.country] = s
    members = set(codelists.au_members())
    for rec in sorted(codelists.recs()):
        chosen = [s for s in latest.values() if rec in recs_at(s.country, s.reference)]
        if chosen:
            areas.append(_aggregate(rec, "rec", chosen))
    chosen = [s for s in latest.values() if s.country in members]
    if chosen:
        areas.append(_aggregate(AFRICA, "africa", chosen))
    return areas


def _aggregate(code: str, kind: str, chosen: list[Survey]) -> Area:
    chosen = sorted(chosen, key=lambda s: s.country)
    year = max(s.year for s in chosen)
    parts = []
    if len({s.time for s in chosen}) > 1:
        parts.append(_MIXED_TIME.text())
    declared = sorted({b for s in chosen for b in s.bases})
    if len(declared) > 1:
        by_basis = "; ".join(
            f"{b}: " + " ".join(s.country for s in chosen if b in s.bases) for b in declared
        )
        parts.append(_MIXED_BASIS.text(bases=by_basis))
    parts.append(_MEMBERS.text(members=", ".join(f"{s.country} {s.time}" for s in chosen)))
    return Area(
        code,
        kind,
        tuple(s.index for s in chosen),
        str(year),
        f"{code}-{year}",
        "; ".join(parts),
    )


@lru_cache(maxsize=65536)
def recs_at(country: str, on: datetime.date) -> frozenset[str]:
    return codelists.recs_of(country, on)


@lru_cache(maxsize=1)
def _au() -> frozenset[str]:
    return frozenset(codelists.au_members())


def origin_group(area: Area, survey: Survey, origin: str | None, unknown: frozenset[str]) -> str:
    """I14: the origin's group relative to the row's area, at the survey's reference date."""
    if not origin or origin in unknown:
        return UNKNOWN
    on = survey.reference
    if area.kind == "africa":
        return AU if origin in _au() else NON_AFRICA
    if area.kind == "rec":
        same = area.code in recs_at(origin, on)
    else:
        same = bool(recs_at(origin, on) & recs_at(survey.country, on))
    if same:
        return SAME_REC
    return OTHER_AU if origin in _au() else NON_AFRICA


def origin_recs(survey: Survey, origin: str | None, unknown: frozenset[str]) -> tuple[str, ...]:
    """The RECs of an origin at the survey's reference date (each counts fully)."""
    if not origin or origin in unknown:
        return (UNKNOWN,)
    found = recs_at(origin, survey.reference)
    if found:
        return tuple(sorted(found))
    return (NO_REC,) if origin in _au() else (NON_AFRICA,)
