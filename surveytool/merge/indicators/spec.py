"""The tables spec file (``forms/<form_id>.tables.yaml``): what to tabulate, as data.

The engine knows no survey: the columns it reads, the universes, the measures and the
classifications of every table are this file's. Its format is documented at the top of the
shipped file and in ``surveytool.merge.indicators``; this module reads it into frozen
definitions and refuses, with the file and the table named, anything the engine could only
half do (an expression that does not parse, an unknown measure kind or classification).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from surveytool.common.catalogue import message
from surveytool.common.errors import Location, UserError
from surveytool.expr import ExprSyntaxError, parse, references
from surveytool.merge.words import kind_word

MEASURE_KINDS = ("count", "ratio", "mean", "median", "total")
STATUS_KINDS = ("split", "basis", "none")
CLASS_KINDS = ("column", "bands", "expression", "multiple", "origin_group", "origin_rec")

_UNREADABLE = message("indicators.spec.unreadable", "cannot read the tables spec: {reason}")
_FIELD = message("indicators.spec.field", "{where}: '{field}' is missing or not {kind}")
_KIND = message("indicators.spec.kind", "{where}: '{value}' is not one of {known}")
_SYNTAX = message("indicators.spec.syntax", "{where}: the expression does not parse: {reason}")
_CLASS = message("indicators.spec.class", "{where}: no classification named '{name}'")


@dataclass(frozen=True, slots=True)
class Basis:
    """A migrant basis (I6): the flag column, the origin column, and what counts as unknown."""

    code: str  # "CBR" | "CCT": classif2 of migrants; "NONMIG_<code>" of non-migrants
    migrant: str
    origin: str
    dont_know: str  # an expression: records whose status is not known (counted, I6)


@dataclass(frozen=True, slots=True)
class Classification:
    """One breakdown: a column's codes, bands of a number, an expression's value, the codes
    of a multiple-choice column, or an origin country grouped relative to the row's area."""

    name: str
    prefix: str
    kind: str
    source: str  # a column name, or an expression for kind "expression"
    codes: Mapping[str, str] = field(default_factory=dict)  # value -> output code
    edges: tuple[float, ...] = ()  # bands: lower bounds, ascending
    labels: tuple[str, ...] = ()  # bands: one per edge
    total: str = ""  # the code of the row over every value


@dataclass(frozen=True, slots=True)
class Measure:
    """One indicator of a table: ``<table>_<id>`` in the output."""

    id: str
    kind: str
    status: str
    base: str  # expression: the records counted (count/total/mean/median) or the denominator
    numerator: str = "true()"  # ratio only, within the base
    value: str = ""  # column: mean/median/total
    scale: float = 1.0
    distribution: bool = False  # ratio: the denominator is the classification's total
    sexes: tuple[str, ...] = ("T", "M", "F")
    unavailable: str = ""  # expression: base records that make the cell "X" (no rate)
    aggregate: bool = True  # False: REC and AFR rows are not computed (X)


@dataclass(frozen=True, slots=True)
class TableSpec:
    id: str
    title: Mapping[str, str]
    universe_text: Mapping[str, str]
    universe: str
    measures: tuple[Measure, ...]
    by: tuple[tuple[str, ...], ...]  # classification sets; () is the total only
    classif2: str = ""  # a classification shown in classif2 (then measures have status none)
    notes: tuple[str, ...] = ()
    counts: tuple[tuple[str, str], ...] = ()  # (expression, English text) counted in notes


@dataclass(frozen=True, slots=True)
class Computed:
    """A column the engine computes before tabulating, with a named built-in (``columns``)."""

    name: str
    builtin: str
    parameters: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Spec:
    level: str
    root: str
    key: str
    weights: tuple[str, ...]
    country: str
    year: str
    quarter: str
    sex_column: str
    sex_codes: Mapping[str, str]  # "M"/"F" -> the column's value
    bases: tuple[Basis, ...]
    unknown_origin: frozenset[str]
    classifications: Mapping[str, Classification]
    computed: tuple[Computed, ...]
    tables: tuple[TableSpec, ...]
    threshold: int = 30
    path: str = ""

    def expressions(self, basis: Basis | None) -> list[str]:
        """Every expression of the file, with the basis placeholders resolved."""
        found: list[str] = []
        for table in self.tables:
            found.append(table.universe)
            found += [text for text, _ in table.counts]
            for m in table.measures:
                found += [m.base, m.numerator] + ([m.unavailable] if m.unavailable else [])
        found += [c.source for c in self.classifications.values() if c.kind == "expression"]
        return [resolve(text, basis) for text in found]


def resolve(text: str, basis: Basis | None) -> str:
    """``${migrant}`` and ``${origin}`` read the basis' columns (I6, I14)."""
    if basis is None:
        return text
    return text.replace("${migrant}", "${" + basis.migrant + "}").replace(
        "${origin}", "${" + basis.origin + "}"
    )


def load_spec(path: Path) -> Spec:
    """Read and check a tables spec; ``UserError`` names the file and the table."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise UserError(_UNREADABLE, Location(str(path)), reason=str(error)) from error
    reader = _Reader(str(path))
    return reader.spec(raw if isinstance(raw, dict) else {})


class _Reader:
    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, template: Any, **values: object) -> UserError:
        return UserError(template, Location(self.file), **values)

    def get(self, data: Mapping[str, Any], name: str, kind: type, where: str) -> Any:
        value = data.get(name)
        if not isinstance(value, kind):
            raise self.fail(_FIELD, where=where, field=name, kind=kind_word(kind))
        return value

    def expression(self, text: object, where: str) -> str:
        if not isinstance(text, str) or not text.strip():
            raise self.fail(_FIELD, where=where, field="expression", kind=kind_word(str))
        try:
            parse(resolve(text, Basis("X", "m", "o", "")))
        except ExprSyntaxError as error:
            raise self.fail(_SYNTAX, where=where, reason=str(error)) from error
        return text

    def choose(self, value: object, known: tuple[str, ...], where: str) -> str:
        if value not in known:
            raise self.fail(_KIND, where=where, value=value, known=", ".join(known))
        return str(value)

    def spec(self, raw: Mapping[str, Any]) -> Spec:
        survey = self.get(raw, "survey", dict, "survey")
        sex = self.get(raw, "sex", dict, "sex")
        bases = tuple(
            Basis(
                str(code),
                str(self.get(b, "migrant", str, f"bases.{code}")),
                str(self.get(b, "origin", str, f"bases.{code}")),
                self.expression(b.get("dont_know", "false()"), f"bases.{code}"),
            )
            for code, b in self.get(raw, "bases", dict, "bases").items()
        )
        classes = {
            str(name): self.classification(str(name), c)
            for name, c in self.get(raw, "classifications", dict, "classifications").items()
        }
        computed = tuple(
            Computed(
                str(self.get(c, "name", str, "computed")),
                str(self.get(c, "builtin", str, "computed")),
                dict(self.get(c, "parameters", dict, "computed")),
            )
            for c in raw.get("computed", []) or []
        )
        tables = tuple(self.table(t, classes) for t in self.get(raw, "tables", list, "tables"))
        return Spec(
            level=str(self.get(raw, "level", str, "level")),  # the spec names its tables
            root=str(self.get(raw, "root", str, "root")),
            key=str(raw.get("key", "case_uuid")),
            weights=tuple(str(w) for w in self.get(raw, "weights", list, "weights")),
            country=str(self.get(survey, "country", str, "survey")),
            year=str(self.get(survey, "year", str, "survey")),
            quarter=str(survey.get("quarter", "")),
            sex_column=str(self.get(sex, "column", str, "sex")),
            sex_codes={str(k): str(v) for k, v in self.get(sex, "codes", dict, "sex").items()},
            bases=bases,
            unknown_origin=frozenset(str(c) for c in raw.get("unknown_origin", []) or []),
            classifications=classes,
            computed=computed,
            tables=tables,
            threshold=int(raw.get("threshold", 30)),
            path=self.file,
        )

    def classification(self, name: str, c: Mapping[str, Any]) -> Classification:
        where = f"classifications.{name}"
        kind = self.choose(c.get("kind", "column"), CLASS_KINDS, where)
        source = str(self.get(c, "source", str, where))
        if kind == "expression":
            self.expression(source, where)
        bands = c.get("bands") or {}
        return Classification(
            name=name,
            prefix=str(c.get("prefix", name.upper())),
            kind=kind,
            source=source,
            codes={str(k): str(v) for k, v in (c.get("codes") or {}).items()},
            edges=tuple(float(e) for e in bands),
            labels=tuple(str(v) for v in bands.values()),
            total=str(c.get("total", "")),
        )

    def table(self, t: Mapping[str, Any], classes: Mapping[str, Classification]) -> TableSpec:
        tid = str(self.get(t, "id", str, "tables"))
        by = tuple(tuple(str(n) for n in entry) for entry in t.get("by", [[]]) or [[]])
        classif2 = str(t.get("classif2", ""))
        for name in [n for entry in by for n in entry] + ([classif2] if classif2 else []):
            if name not in classes:
                raise self.fail(_CLASS, where=tid, name=name)
        measures = tuple(self.measure(tid, m) for m in self.get(t, "measures", list, tid))
        return TableSpec(
            id=tid,
            title={str(k): str(v) for k, v in self.get(t, "title", dict, tid).items()},
            universe_text={str(k): str(v) for k, v in (t.get("universe_text") or {}).items()},
            universe=self.expression(t.get("universe", "true()"), tid),
            measures=measures,
            by=by,
            classif2=classif2,
            notes=tuple(str(n) for n in t.get("notes", []) or []),
            counts=tuple(
                (self.expression(c.get("where"), tid), str(c.get("text", "")))
                for c in t.get("counts", []) or []
            ),
        )

    def measure(self, tid: str, m: Mapping[str, Any]) -> Measure:
        where = f"{tid}.{m.get('id')}"
        kind = self.choose(m.get("kind"), MEASURE_KINDS, where)
        value = str(m.get("value", ""))
        if kind in ("mean", "median", "total") and not value:
            raise self.fail(_FIELD, where=where, field="value", kind=kind_word(str))
        return Measure(
            id=str(self.get(m, "id", str, where)),
            kind=kind,
            status=self.choose(m.get("status", "split"), STATUS_KINDS, where),
            base=self.expression(m.get("base", "true()"), where),
            numerator=self.expression(m.get("numerator", "true()"), where),
            value=value,
            scale=float(m.get("scale", 100.0 if kind == "ratio" else 1.0)),
            distribution=bool(m.get("distribution", False)),
            sexes=tuple(str(s) for s in m.get("sexes", ["T", "M", "F"])),
            unavailable=self.expression(m["unavailable"], where) if m.get("unavailable") else "",
            aggregate=bool(m.get("aggregate", True)),
        )


def columns_read(spec: Spec) -> set[str]:
    """Every column the spec reads, on every basis (the engine reads only these)."""
    names = set(spec.weights) | {spec.country, spec.year, spec.sex_column}
    names |= {spec.quarter} if spec.quarter else set()
    for basis in spec.bases:
        names |= {basis.migrant, basis.origin} | set(references(basis.dont_know))
        names |= {n for text in spec.expressions(basis) for n in references(text)}
    names |= {m.value for t in spec.tables for m in t.measures if m.value}
    names |= {c.source for c in spec.classifications.values() if c.kind != "expression"}
    for item in spec.computed:
        for key, value in item.parameters.items():
            if key not in ("list",):
                names |= set(value) if isinstance(value, list) else {str(value)}
    made = {c.name for c in spec.computed}
    return {
        n
        for n in names - {"migrant", "origin"}
        if n not in made and n.rsplit("_", 1)[0] not in made
    }
