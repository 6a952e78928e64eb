"""Code lists shared by forms, validators and exports: countries, currencies, ISCO, ISIC, ...

Countries and currencies come from pycountry at run time, so the codes follow the pinned
pycountry version (which the export metadata records) and nothing is copied into our tree.
Everything else is a small CSV under ``resources/codelists`` (provenance in its SOURCES.md),
read with the stdlib ``csv`` module: no pandas, no Qt.

Every loader is cached. Hazard: the cached values are shared, so public functions hand out
fresh dicts (or immutable values) that a caller may change without touching the cache.
Codes are always text; leading zeros are kept (``"0110"``).
"""

from __future__ import annotations

import csv
import datetime
import gettext
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

from surveytool.common.resources import resource_path
from surveytool.form.calendar import DateLike, as_date

BUILTIN_LISTS = frozenset({"iso3166.csv", "iso4217.csv", "isco08.csv", "isic4.csv"})
"""File names of ``select_one_from_file`` lists that surveytool serves itself."""

LABEL_LANGUAGES = ("en", "fr", "ar", "pt")
"""Languages of the labels our small CSVs carry (``label_<lang>`` columns)."""

_ISCO_CHOICE_LEVELS = (2, 4)  # sub-major and unit groups: what an interviewer codes
_ISIC_CHOICE_LEVELS = (2, 4)  # spec C05: a 4-digit class, or a 2-digit division
_SPECIAL_KINDS = frozenset({"nationality", "unknown"})  # non-ISO codes listed after countries

Row = Mapping[str, str]


# --- reading -----------------------------------------------------------------------------


@cache
def _read(file_name: str) -> tuple[Row, ...]:
    path = resource_path("resources", "codelists", file_name)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return tuple(dict(row) for row in csv.DictReader(handle))


def rows(file_name: str) -> list[dict[str, str]]:
    """All rows of a shipped code list, for the columns the label functions leave out.

    E.g. ``rows("relationship.csv")`` carries the GLD ``relationharm`` mapping and
    ``rows("isced2011.csv")`` the ILO aggregate.
    """
    return [dict(row) for row in _read(file_name)]


def _labels(file_name: str, column: str = "label_en") -> dict[str, str]:
    return {row["code"]: row[column] for row in _read(file_name)}


def _by_level(file_name: str, levels: Iterable[int]) -> dict[str, str]:
    wanted = {str(level) for level in levels}
    return {row["code"]: row["label_en"] for row in _read(file_name) if row["level"] in wanted}


# --- classifications ---------------------------------------------------------------------


def isco08(levels: Iterable[int] = (1, 2, 3, 4)) -> dict[str, str]:
    """ISCO-08 groups by level (1 major ... 4 unit group); English labels as ESCO publishes them."""
    return _by_level("isco08.csv", levels)


def isic4(levels: Iterable[int] = (1, 2), language: str = "en") -> dict[str, str]:
    """ISIC Rev.4 by level: 1 sections (A-U), 2 divisions, 3 groups, 4 classes.

    Labels are the UN's English and Arabic; French and Portuguese exist for the sections only
    (for the harmonised package's ``isic_section``), and elsewhere show English, so an
    enumerator always reads a label rather than a bare code.
    """
    wanted = {str(level) for level in levels}
    column = f"label_{_base_language(language)}"
    return {
        row["code"]: row.get(column) or row["label_en"]
        for row in _read("isic4.csv")
        if row["level"] in wanted
    }


@cache
def _isic4_sections() -> dict[str, str]:
    return {row["code"]: row["section"] for row in _read("isic4.csv")}


def isic4_section(code: str) -> str | None:
    """Section letter of an ISIC division, group or class, which tables aggregate to.

    Read from the division (the first two digits), so a well-formed code that is not in the
    list still finds its section; a section letter gives itself; None when the division does
    not exist.
    """
    return _isic4_sections().get(code[:2])


def isced2011() -> dict[str, str]:
    """ISCED 2011 levels with the ILO's X (no schooling) and 9 (not elsewhere classified)."""
    return _labels("isced2011.csv")


def icse93() -> dict[str, str]:
    """ICSE-93 statuses 1-6: the export minimum while few countries collect ICSE-18."""
    return _labels("icse93.csv")


def icse18() -> dict[str, str]:
    """ICSE-18 detailed categories; both hierarchies (A and R) are columns of ``rows()``."""
    return _labels("icse18.csv")


def relationship() -> dict[str, str]:
    """ILO DEM_REL codes 1-7; ``rows()`` adds the GLD ``relationharm`` 1-6 mapping."""
    return _labels("relationship.csv")


def migration_reasons() -> dict[str, str]:
    """Our detailed reasons (11-80); ``rows()`` adds the GLD ``migrated_reason`` 1-5 mapping."""
    return _labels("migration_reason.csv")


# --- African Union and RECs --------------------------------------------------------------


def au_members() -> dict[str, str]:
    """The 55 AU member states (ISO3, ESH = SADR) and their AU region; suspension keeps members."""
    return {row["iso3"]: row["au_region"] for row in _read("au_member_states.csv")}


def recs() -> dict[str, str]:
    """The eight RECs the AU recognises, code to English name."""
    return {row["rec_code"]: row["name_en"] for row in _read("recs.csv")}


Spell = tuple[str, datetime.date, datetime.date | None]  # rec, first day, last day (None: open)


def _day(text: str) -> datetime.date | None:
    text = text.strip()
    return datetime.date.fromisoformat(text) if text else None


@cache
def _memberships() -> tuple[tuple[str, str, datetime.date, datetime.date | None], ...]:
    rows_ = _read("rec_membership.csv")
    return tuple(
        (
            row["rec_code"],
            row["iso3"],
            datetime.date.fromisoformat(row["valid_from"]),
            _day(row["valid_to"]),
        )
        for row in rows_
    )


@cache
def _spells_by_country() -> dict[str, tuple[Spell, ...]]:
    spells: dict[str, list[Spell]] = {}
    for rec, member, start, end in _memberships():
        spells.setdefault(member, []).append((rec, start, end))
    return {member: tuple(found) for member, found in spells.items()}


def _member_on(start: datetime.date, end: datetime.date | None, on: datetime.date) -> bool:
    return start <= on and (end is None or on <= end)


@cache
def _country_code(code: str) -> str:
    """ISO3 of ``code`` (any case and spacing, alpha-3 or alpha-2); ValueError if no country.

    Our non-ISO codes (XKX, XXA, UNK, ZZZ, ...) count as known: an origin "unknown" is a real
    answer and belongs to no REC, whereas a typo must not pass as "in no REC".
    """
    import pycountry

    cleaned = code.strip().upper()
    if len(cleaned) == 3 and cleaned in dict(_country_names("en")):
        return cleaned
    if len(cleaned) == 2:
        country = pycountry.countries.get(alpha_2=cleaned)
        if country is not None:
            return str(country.alpha_3)
    raise ValueError(f"not a country code: {code!r}")


def country_code(code: object) -> str:
    """The ISO3 code a caller meant: "bfa", " BFA ", "BF" all give "BFA"; ValueError otherwise."""
    if not isinstance(code, str):
        raise TypeError(f"not a country code: {code!r} ({type(code).__name__})")
    return _country_code(code)


@cache
def _recs_of(iso3: str, on: datetime.date) -> frozenset[str]:
    return frozenset(
        rec for rec, start, end in _spells_by_country().get(iso3, ()) if _member_on(start, end, on)
    )


def recs_of(iso3: str, on: DateLike) -> frozenset[str]:
    """RECs a country belonged to on a day: tables group by membership at the reference date.

    ``iso3`` is normalised (case, spaces, ISO alpha-2 accepted); a code that is no country
    raises ValueError, a country in no REC (FRA, ESH) gives an empty set. ``on`` is a date,
    datetime, pandas Timestamp or ISO text (``calendar.as_date``). Cached by (code, day):
    the merge asks per survey and the indicators per (origin, survey) pair.
    """
    return _recs_of(country_code(iso3), as_date(on))


def _rec_code(rec: object) -> str:
    if isinstance(rec, str):
        cleaned = rec.strip().upper()
        if cleaned in recs():
            return cleaned
    raise ValueError(f"not a REC code: {rec!r} (known: {', '.join(sorted(recs()))})")


@cache
def _rec_members(rec: str, on: datetime.date) -> frozenset[str]:
    return frozenset(
        member
        for code, member, start, end in _memberships()
        if code == rec and _member_on(start, end, on)
    )


def rec_members(rec: str, on: DateLike) -> frozenset[str]:
    """Members of a REC on a day (both ends inclusive; an empty valid_to means still a member).

    ``rec`` is normalised like a country code ("ecowas" -> "ECOWAS"); an unknown REC raises.
    """
    return _rec_members(_rec_code(rec), as_date(on))


@cache
def _caveats() -> tuple[Row, ...]:
    return _read("rec_membership_caveats.csv")


def membership_caveats(on: DateLike | None = None) -> list[dict[str, str]]:
    """What a reader of REC figures on ``on`` must know: the membership periods applied with a
    caveat (``imprecise``: a day not known; ``unresolved``: sources disagree or an exit date is
    not known) and the notes (``note``: suspensions and disputes that were *not* modelled).

    Each caveat has its own window (e.g. Rwanda's ECCAS exit only matters from the announcement
    of 7 Jun 2025 on), so a 2016 survey is not told about it. ``on=None`` gives all of them.
    Each dict (text values, ready for JSON) holds rec_code, iso3 ("" for the whole REC),
    valid_from, valid_to (the caveat's window), status, caveat, source and ``counted``: "yes"
    or "no" whether ``recs_of`` counts the country in the REC on that day ("" without a day or
    country).
    """
    day = None if on is None else as_date(on)
    found = []
    for row in _caveats():
        start, end = datetime.date.fromisoformat(row["valid_from"]), _day(row["valid_to"])
        if day is not None and not _member_on(start, end, day):
            continue
        counted = ""
        if day is not None and row["iso3"]:
            counted = "yes" if row["rec_code"] in _recs_of(row["iso3"], day) else "no"
        found.append({**row, "counted": counted})
    return found


# --- countries and currencies (pycountry) ------------------------------------------------


def _locale_candidates(language: str) -> list[str]:
    """``"pt-BR"`` -> ``["pt_BR", "pt"]``; also reads ``"Français (fr)"`` column suffixes."""
    code = language.strip()
    if code.endswith(")") and "(" in code:
        code = code[code.rindex("(") + 1 : -1]
    code = code.replace("-", "_")
    base = code.split("_", 1)[0].lower()
    return list(dict.fromkeys([code, base]))


def _base_language(language: str) -> str:
    return _locale_candidates(language)[-1]


@cache
def _translator(domain: str, language: str) -> gettext.NullTranslations:
    import pycountry

    return gettext.translation(
        domain, pycountry.LOCALES_DIR, languages=_locale_candidates(language), fallback=True
    )


def _translate(domain: str, language: str, name: str) -> str:
    if _base_language(language) in {"en", "default"}:
        return name
    return _translator(domain, language).gettext(name)


def _sort_key(name: str) -> str:
    """Accent-blind order, so Côte d'Ivoire sorts with C and Åland with A."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@cache
def _display_overrides() -> dict[tuple[str, str], str]:
    return {
        (row["iso3"], language): row[f"name_{language}"]
        for row in _read("country_display_names.csv")
        for language in LABEL_LANGUAGES
        if row.get(f"name_{language}")
    }


def _special_codes() -> frozenset[str]:
    """Stateless, refugee, unknown...: listed after the countries, not among them."""
    return frozenset(
        row["code"] for row in _read("non_iso_countries.csv") if row["kind"] in _SPECIAL_KINDS
    )


def _non_iso_label(row: Row, language: str) -> str:
    return row.get(f"label_{_base_language(language)}") or row["label_en"]


@cache
def _country_names(language: str) -> tuple[tuple[str, str], ...]:
    import pycountry

    base = _base_language(language)
    overrides = _display_overrides()
    names = {
        country.alpha_3: overrides.get((country.alpha_3, base))
        or _translate("iso3166-1", language, country.name)
        for country in pycountry.countries
    }
    for row in _read("non_iso_countries.csv"):
        names[row["code"]] = _non_iso_label(row, language)
    return tuple(names.items())


def countries(language: str = "en") -> dict[str, str]:
    """ISO 3166-1 alpha-3 code to display name, plus our non-ISO codes (XKX, XXA, ZZZ, ...).

    Names are pycountry's (ISO short names, translated with its gettext catalogues), with the
    AU-usage overrides of ``country_display_names.csv``. A language pycountry does not know
    falls back to English. Ordered by name in that language, special codes last.
    """
    special = _special_codes()

    def order(item: tuple[str, str]) -> tuple[bool, str]:
        code, name = item
        return (True, code) if code in special else (False, _sort_key(name))

    return dict(sorted(_country_names(language), key=order))


def currencies(language: str = "en") -> dict[str, str]:
    """ISO 4217 alpha-3 code to name (pycountry, translated where its catalogue has the name)."""
    import pycountry

    return {
        currency.alpha_3: _translate("iso4217", language, currency.name)
        for currency in sorted(pycountry.currencies, key=lambda c: c.alpha_3)
    }


# --- select_one_from_file built-ins ------------------------------------------------------

Choices = list[tuple[str, dict[str, str]]]


def _labelled(codes: Sequence[str], names_by_language: Mapping[str, Mapping[str, str]]) -> Choices:
    return [
        (code, {language: names[code] for language, names in names_by_language.items()})
        for code in codes
    ]


def _english_only(labels: Mapping[str, str], languages: Sequence[str]) -> Choices:
    """ISCO ships English labels only; every language shows them."""
    return [(code, dict.fromkeys(languages, label)) for code, label in labels.items()]


def _country_choices(languages: Sequence[str]) -> Choices:
    codes = list(countries("en"))  # English order, whatever the languages shown
    return _labelled(codes, {language: countries(language) for language in languages})


def _currency_choices(languages: Sequence[str]) -> Choices:
    codes = list(currencies("en"))
    return _labelled(codes, {language: currencies(language) for language in languages})


def builtin_list(file_name: str, languages: Sequence[str]) -> Choices | None:
    """The rows behind ``select_one_from_file FILE`` for the lists surveytool ships.

    Returns ``[(code, {language: label})]`` with a label for every requested language
    (English where no translation exists), or None when ``file_name`` is not built in, so
    the caller can look for a CSV beside the form instead.
    """
    languages = list(languages) or ["default"]
    if file_name == "iso3166.csv":
        return _country_choices(languages)
    if file_name == "iso4217.csv":
        return _currency_choices(languages)
    if file_name == "isco08.csv":
        return _english_only(isco08(_ISCO_CHOICE_LEVELS), languages)
    if file_name == "isic4.csv":
        codes = list(isic4(_ISIC_CHOICE_LEVELS))
        names = {language: isic4(_ISIC_CHOICE_LEVELS, language) for language in languages}
        return _labelled(codes, names)
    return None
