"""Extract and compile the interface translations (Qt Linguist .ts sources, compiled .qm).

Usage, from the repository root with the project's virtual environment::

    .venv/bin/python scripts/translations.py            # update, then compile
    .venv/bin/python scripts/translations.py init sw    # a new language: its .ts file
    .venv/bin/python scripts/translations.py update     # surveytool/ui/*.py -> resources/i18n/*.ts
    .venv/bin/python scripts/translations.py compile    # resources/i18n/*.ts -> *.qm

``update`` runs pyside6-lupdate: new strings are added as unfinished, existing translations
are kept and strings that left the code are dropped (``-no-obsolete``). ``compile`` runs
pyside6-lrelease and writes each .qm next to its .ts. Both tools are found next to the
running Python interpreter, so run the script with the virtual environment's Python.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "surveytool" / "ui"
I18N_DIR = ROOT / "resources" / "i18n"
SOURCE_LANGUAGE = "en"


def languages(folder: Path = I18N_DIR) -> dict[str, str]:
    """Suffix of each catalogue's file name -> the language its ``<TS language="...">`` names:
    the languages are the .ts files there are (``init CODE`` starts a new one)."""
    found = {}
    for path in sorted(folder.glob("surveytool_*.ts")):
        root = ElementTree.parse(path).getroot()
        found[path.stem.removeprefix("surveytool_")] = root.get("language") or ""
    return found


LANGUAGES: dict[str, str] = languages()


def tool(name: str) -> Path:
    """A Qt tool installed by PySide6 beside the running interpreter."""
    here = Path(sys.executable)
    for candidate in (here.with_name(name), here.with_name(f"{name}.exe")):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(
        f"{name} not found beside {here}; run this script with the Python of the virtual "
        "environment where PySide6 is installed"
    )


def ts_path(code: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"surveytool_{code}.ts"


def qm_path(code: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"surveytool_{code}.qm"


def ui_sources() -> list[Path]:
    """Every Python module of the interface, the only place with translatable strings."""
    return sorted(UI_DIR.glob("*.py"))


def lupdate(ts_file: Path, language: str, *, quiet: bool = False) -> None:
    """Merge the strings of ``ui_sources()`` into ``ts_file`` (created when missing)."""
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    command = [
        str(tool("pyside6-lupdate")),
        *(str(path) for path in ui_sources()),
        "-no-obsolete",
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        language,
        "-ts",
        str(ts_file),
    ]
    if quiet:
        command.append("-silent")
    subprocess.run(command, cwd=ROOT, check=True)


def lrelease(ts_file: Path, qm_file: Path, *, quiet: bool = False) -> None:
    """Compile ``ts_file`` into ``qm_file``."""
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    command = [str(tool("pyside6-lrelease")), str(ts_file), "-qm", str(qm_file)]
    if quiet:
        command.append("-silent")
    subprocess.run(command, cwd=ROOT, check=True)


def update(*, quiet: bool = False) -> None:
    for code, language in languages().items():
        lupdate(ts_path(code), language, quiet=quiet)


def compile_catalogues(*, quiet: bool = False) -> None:
    for code in languages():
        lrelease(ts_path(code), qm_path(code), quiet=quiet)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "action",
        nargs="?",
        choices=("update", "compile", "all", "init"),
        default="all",
        help="update: extract strings into the .ts files; compile: build the .qm files; "
        "all (default): both; init CODE: a new language's .ts file",
    )
    parser.add_argument("code", nargs="?", help="with init: the language code, e.g. sw or es")
    parser.add_argument("-q", "--quiet", action="store_true", help="only report errors")
    args = parser.parse_args(argv)
    try:
        if args.action == "init":
            if not args.code:
                parser.error("init needs a language code")
            lupdate(ts_path(args.code), args.code, quiet=args.quiet)
            return 0
        if args.action in ("update", "all"):
            update(quiet=args.quiet)
        if args.action in ("compile", "all"):
            compile_catalogues(quiet=args.quiet)
    except (FileNotFoundError, subprocess.CalledProcessError) as error:
        print(f"translations: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
