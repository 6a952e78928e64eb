"""The core's and the rules files' message catalogues: extract, update, compile, add a language.

Usage: .venv/bin/python scripts/messages.py [extract|update|compile|all]   (default: all)
       .venv/bin/python scripts/messages.py init CODE                   (a new language)

- extract: every ``message("id", "English")`` of ``surveytool/`` into
  ``resources/locale/surveytool.pot`` (the id is the ``msgctxt``), and every rule message of
  ``validators/<stem>.yaml`` into ``validators/locale/<stem>.pot`` (the rule id is the
  ``msgctxt``). An id declared twice with two texts stops the extraction.
- update: each language's ``.po`` brought up to the template (new messages untranslated,
  gone ones dropped, changed ones marked fuzzy).
- compile: each ``.po`` to the ``.mo`` the app reads (fuzzy and untranslated entries are left
  out, so English shows until a translator confirms them).

Translators edit the ``.po`` files with Poedit, Weblate, Lokalize or a text editor. See
``docs/translating.md``.
"""

from __future__ import annotations

import copy
import sys
from datetime import UTC, datetime
from pathlib import Path

import yaml
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "resources" / "locale"
RULES = ROOT / "validators" / "locale"
DOMAIN = "surveytool"
KEYWORDS = {"message": ((1, "c"), 2)}  # message(id, english): the id is the context


class CatalogueError(Exception):
    pass


def core_template() -> Catalog:
    """Every message the core declares, by id."""
    template = _catalog(DOMAIN)
    seen: dict[str, tuple[str, str]] = {}
    found = extract_from_dir(
        str(ROOT / "surveytool"), method_map=[("**.py", "python")], keywords=KEYWORDS
    )
    for filename, line, text, _comments, context in found:
        where = f"surveytool/{filename}:{line}"
        if not context or not isinstance(text, str):
            raise CatalogueError(f"{where}: message() needs a literal id and a literal text")
        if context in seen and seen[context][0] != text:
            raise CatalogueError(
                f"{where}: id {context!r} already has another text at {seen[context][1]}"
            )
        seen[context] = (text, where)
        template.add(text, context=context, locations=[(f"surveytool/{filename}", line)])
    return template


def rules_templates() -> dict[str, Catalog]:
    """Per rules file, the English message of every rule (the rule id is the context)."""
    templates = {}
    for path in sorted((ROOT / "validators").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        template = _catalog(path.stem)
        for rule in data.get("rules", []):
            english = _english(rule.get("message"))
            if english:
                template.add(
                    english, context=str(rule["id"]), locations=[(f"validators/{path.name}", 0)]
                )
        templates[path.stem] = template
    return templates


def _english(message: object) -> str | None:
    if isinstance(message, str):
        return message
    if isinstance(message, dict):
        return message.get("en")
    return None


def _catalog(domain: str, locale: str | None = None) -> Catalog:
    catalog = Catalog(
        locale=None,
        domain=domain,
        project="surveytool",
        msgid_bugs_address="",
        creation_date=datetime(2026, 1, 1, tzinfo=UTC),  # stable headers: no churn in git
        revision_date=datetime(2026, 1, 1, tzinfo=UTC),
        fuzzy=False,
    )
    if locale:
        catalog.mime_headers = [("Language", locale)]
    return catalog


def _write(catalog: Catalog, path: Path, *, width: int = 100) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=width, omit_header=False, sort_by_file=False)


def _read(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, abort_invalid=True)


def catalogues() -> list[tuple[Path, str, Catalog]]:
    """(folder, domain, template) of the core and of every rules file."""
    found = [(CORE, DOMAIN, core_template())]
    found += [(RULES, stem, template) for stem, template in rules_templates().items()]
    return found


def extract() -> None:
    for folder, domain, template in catalogues():
        _write(template, folder / f"{domain}.pot")
        print(f"{folder.relative_to(ROOT)}/{domain}.pot: {len(template)} messages")


def update() -> None:
    for folder, domain, template in catalogues():
        for po in sorted(folder.glob(f"*/LC_MESSAGES/{domain}.po")):
            catalog = _read(po)
            fresh = copy.deepcopy(template)  # Babel shares the template's entries: one copy each
            catalog.update(fresh, no_fuzzy_matching=True, update_header_comment=False)
            catalog.obsolete.clear()
            _write(catalog, po)
            missing = sum(1 for m in catalog if m.id and (not m.string or m.fuzzy))
            print(f"{po.relative_to(ROOT)}: {missing} to translate")


def compile_all() -> None:
    for folder, domain, _ in catalogues():
        for po in sorted(folder.glob(f"*/LC_MESSAGES/{domain}.po")):
            catalog = _read(po)
            with po.with_suffix(".mo").open("wb") as handle:
                write_mo(handle, catalog, use_fuzzy=False)
            print(f"{po.with_suffix('.mo').relative_to(ROOT)}")


def init(code: str) -> None:
    """A new language: an empty ``.po`` per catalogue."""
    for folder, domain, template in catalogues():
        po = folder / code / "LC_MESSAGES" / f"{domain}.po"
        if po.exists():
            print(f"{po.relative_to(ROOT)} exists: kept")
            continue
        catalog = _catalog(domain, code)
        for entry in template:
            if entry.id:
                catalog.add(entry.id, context=entry.context, locations=entry.locations)
        _write(catalog, po)
        print(f"{po.relative_to(ROOT)}: {len(template)} to translate")


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "all"
    try:
        if command == "init" and len(argv) == 2:
            init(argv[1])
        elif command in ("extract", "update", "compile", "all"):
            if command in ("extract", "all"):
                extract()
            if command in ("update", "all"):
                update()
            if command in ("compile", "all"):
                compile_all()
        else:
            print(__doc__)
            return 2
    except CatalogueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
