"""Derived variables of a harmonised export (placeholder: the derivations come next)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


def _empty() -> Mapping[str, str]:
    return MappingProxyType({})


def _no_choices() -> Mapping[str, Mapping[str, str]]:
    return MappingProxyType({})


@dataclass(frozen=True)
class DerivedVariable:
    """One derived column: its level (as ``levels(form)`` names it), its label per language,
    its type (``integer``, ``number`` or ``string``) and, for a coded variable, each code's
    label per language."""

    name: str
    level: str
    labels: Mapping[str, str] = field(default_factory=_empty)
    type: str = "integer"
    choices: Mapping[str, Mapping[str, str]] = field(default_factory=_no_choices)
