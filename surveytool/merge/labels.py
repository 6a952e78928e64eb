"""What the codes of the indicator tables mean, in the reader's language.

The tables speak in codes (``T3_LFPR``, ``NONMIG_CBR``, ``AGE_AGGREGATE_Y15-24``) because the
ILOSTAT CSV must; a statistician reading the workbook or the AU tab expects "Labour force
participation rate (%)", "Non-migrants (country of birth)", "15-24". The words come from
data, never from Python:

* measures and panels: the tables spec (a measure's ``label``; a basis' ``label`` and
  ``label_nonmigrants``; a classification's ``labels`` for codes shown in ``classif2``);
* classification codes, by the classification whose prefix the code carries: its ``labels``
  in the spec, else its bands' bounds (``Y15-19`` -> ``15-19``, the last ``75+``), else the
  choices of its column in the merged folder's ``variables.json`` (through the spec's
  ``codes`` map when it renames them), else the code lists its ``names`` point to
  (``countries``: ISO3 codes joined by ``-``; ``recs``: a REC code is its own label).

Whatever is not known reads as its code: a label never hides a figure. A crossed code
``A+B`` reads ``label A × label B``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from surveytool.merge.indicators.spec import Classification, load_spec

CROSS = " × "
NONMIGRANTS = "NONMIG_"  # the engine's classif2 of a basis' non-migrants (spec reading I6)

Texts = Mapping[str, str]


def in_language(texts: Texts, language: str) -> str:
    """The text in ``language``, else English, else "" (the caller falls back to the code)."""
    return texts.get(language) or texts.get("en") or ""


@dataclass(frozen=True, slots=True)
class _Class:
    """What labels one classification's codes (``TableLabels.classification``)."""

    prefix: str
    kind: str
    labels: Mapping[str, str]  # output code (without prefix) -> label, already in language
    names: str = ""  # "countries" | "recs" | ""


@dataclass(frozen=True, slots=True)
class TableLabels:
    """Labels of one tables spec (and merged folder) in one language; ``of`` reads them."""

    language: str = "en"
    measures: Mapping[tuple[str, str], str] = field(default_factory=dict)
    panels: Mapping[str, str] = field(default_factory=dict)
    classes: tuple[_Class, ...] = ()  # longest prefix first: ORIGIN_REC before ORIGIN
    countries: Mapping[str, str] = field(default_factory=dict)
    recs: frozenset[str] = frozenset()

    @classmethod
    def of(cls, folder: Path | None, spec_path: Path, language: str) -> TableLabels:
        """The labels of ``spec_path`` in ``language``, form choices from ``folder``'s
        merged dictionary (None: the spec's own labels and band bounds only)."""
        from surveytool.form import codelists
        from surveytool.merge.dataset import variables

        spec = load_spec(Path(spec_path))
        raw = yaml.safe_load(Path(spec_path).read_text(encoding="utf-8")) or {}
        choices = _choices(variables(folder) if folder is not None else {}, language)
        measures = {
            (str(t.get("id")), str(m.get("id"))): in_language(_texts(m.get("label")), language)
            for t in raw.get("tables", []) or []
            for m in t.get("measures", []) or []
        }
        panels: dict[str, str] = {}
        for code, basis in (raw.get("bases") or {}).items():
            panels[str(code)] = in_language(_texts(basis.get("label")), language)
            panels[NONMIGRANTS + str(code)] = in_language(
                _texts(basis.get("label_nonmigrants")), language
            )
        raw_classes = raw.get("classifications") or {}
        classes = [
            _class(c, raw_classes.get(name) or {}, choices, language)
            for name, c in spec.classifications.items()
        ]
        classes.sort(key=lambda c: -len(c.prefix))
        return cls(
            language,
            {key: text for key, text in measures.items() if text},
            {code: text for code, text in panels.items() if text},
            tuple(classes),
            codelists.countries(language),
            frozenset(codelists.recs()),
        )

    def measure(self, table_id: str, measure_id: str) -> str:
        """``("T3", "LFPR")`` -> "Labour force participation rate (%)"; else the measure id."""
        return self.measures.get((table_id, measure_id), measure_id)

    def indicator(self, indicator: str) -> str:
        """``T3_LFPR`` -> the label of measure LFPR of T3; else the measure's id."""
        table, _, measure = indicator.partition("_")
        return self.measure(table, measure) if measure else indicator

    def panel(self, code: str) -> str:
        """A ``classif2`` code: a basis' migrants or non-migrants, or a classification's
        code (T15's perspective); else the code."""
        return self.panels.get(code) or self.classification(code)

    def classification(self, code: str) -> str:
        """A ``classif1`` code's label; a crossed code's labels joined by " × "."""
        if "+" in code:
            return CROSS.join(self.classification(part) for part in code.split("+"))
        for c in self.classes:
            if code.startswith(c.prefix + "_"):
                found = self._label(c, code[len(c.prefix) + 1 :])
                if found:
                    return found
        return code

    def known(self, code: str) -> bool:
        """Whether every part of ``code`` has a label (not its code as a fallback)."""
        return all(self.classification(part) != part for part in code.split("+"))

    def _label(self, c: _Class, code: str) -> str:
        if code in c.labels:
            return c.labels[code]
        if c.names == "recs" and code in self.recs:
            return code  # ECOWAS, SADC: the names readers use, in every language
        if c.names == "countries":
            parts = code.split("-")
            if all(part in self.countries for part in parts):
                return " – ".join(self.countries[part] for part in parts)
        return ""


def _texts(value: Any) -> dict[str, str]:
    if not isinstance(value, Mapping):
        return {}
    return {str(k): str(v) for k, v in value.items() if v is not None}


def _choices(found: Mapping[str, Any], language: str) -> dict[str, dict[str, str]]:
    """Every variable's choices in ``language`` (code -> label), over every level."""
    choices: dict[str, dict[str, str]] = {}
    for level in (found.get("levels") or {}).values():
        for name, variable in ((level or {}).get("variables") or {}).items():
            categories = (variable or {}).get("categories") or {}
            labelled = {
                str(code): in_language(_texts(texts), language)
                for code, texts in categories.items()
            }
            choices.setdefault(str(name), {}).update({k: v for k, v in labelled.items() if v})
    return choices


def _class(
    c: Classification,
    raw: Mapping[str, Any],
    choices: Mapping[str, Mapping[str, str]],
    language: str,
) -> _Class:
    """One classification's labels: the spec's, then its bands' bounds, then its column's
    choices (renamed by its ``codes``)."""
    labels: dict[str, str] = {}
    if c.kind == "bands":
        labels.update(_bands(c.edges, c.labels))
    elif c.kind in ("column", "multiple"):
        column = choices.get(c.source, {})
        renamed = {value: code for value, code in c.codes.items()} if c.codes else {}
        for value, text in column.items():
            labels.setdefault(renamed.get(value, value), text)
    given = raw.get("labels") if isinstance(raw, Mapping) else None
    for code, texts in (given or {}).items():
        text = in_language(_texts(texts), language)
        if text:
            labels[str(code)] = text
    names = str(raw.get("names", "")) if isinstance(raw, Mapping) else ""
    return _Class(c.prefix, c.kind, labels, names)


def _bands(edges: tuple[float, ...], codes: tuple[str, ...]) -> dict[str, str]:
    """``{0: Y00-04, 5: Y05-09, ..., 75: YGE75}`` -> ``0-4``, ``5-9``, ..., ``75+``."""
    found = {}
    for index, (lower, code) in enumerate(zip(edges, codes, strict=True)):
        if index + 1 < len(edges):
            upper = edges[index + 1]
            whole = float(lower).is_integer() and float(upper).is_integer()
            top = _number(upper - 1) if whole else f"<{_number(upper)}"
            found[code] = f"{_number(lower)}-{top}"
        else:
            found[code] = f"{_number(lower)}+"
    return found


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
