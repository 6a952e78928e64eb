"""The interface translations (resources/i18n) are complete, current and compiled.

When a test here fails after a change in ``surveytool/ui``: run
``.venv/bin/python scripts/translations.py``, translate the new messages in the three .ts
files (resources/i18n/README.md), then run the script again to compile them.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "_translations_script", ROOT / "scripts" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


script = _load_script()
CODES = sorted(script.LANGUAGES)
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
ACCELERATOR = re.compile(r"&(?!&)\S")
ARABIC = re.compile(r"[\u0600-\u06FF]")

Key = tuple[str, str, str]  # context, source, disambiguation comment


def _messages(ts_file: Path) -> dict[Key, ET.Element]:
    """The live messages of a .ts file (obsolete and vanished ones left out)."""
    root = ET.parse(ts_file).getroot()
    found: dict[Key, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("obsolete", "vanished"):
                continue
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            found[key] = message
    return found


def _translations(message: ET.Element) -> list[str]:
    """The translated text(s) of a message: one, or one per plural form."""
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    if forms:
        return [form.text or "" for form in forms]
    return [translation.text or ""]


def _problems(message: ET.Element) -> list[str]:
    source = message.findtext("source", "")
    translation = message.find("translation")
    if translation is None:
        return ["no <translation>"]
    problems = []
    if translation.get("type") == "unfinished":
        problems.append('type="unfinished"')
    for text in _translations(message):
        if not text.strip():
            problems.append("empty translation")
            continue
        if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
            problems.append(f"placeholders differ: {text!r}")
        if ACCELERATOR.search(source) and not ACCELERATOR.search(text):
            problems.append(f"keyboard accelerator (&) lost: {text!r}")
    return problems


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, ET.Element]:
    """What pyside6-lupdate finds in the current surveytool/ui/*.py."""
    ts_file = tmp_path_factory.mktemp("lupdate") / "current.ts"
    script.lupdate(ts_file, "fr_FR", quiet=True)
    return _messages(ts_file)


@pytest.mark.parametrize("code", CODES)
def test_every_message_is_translated(code: str) -> None:
    ts_file = script.ts_path(code)
    root = ET.parse(ts_file).getroot()
    assert root.get("language") == script.LANGUAGES[code]
    messages = _messages(ts_file)
    assert messages, f"{ts_file.name} has no messages"
    problems = [
        f"{context} / {source!r}: {problem}"
        for (context, source, _), message in messages.items()
        for problem in _problems(message)
    ]
    assert not problems, f"{ts_file.name}:\n" + "\n".join(problems)


@pytest.mark.parametrize("code", CODES)
def test_every_interface_string_is_in_the_catalogue(
    code: str, extracted: dict[Key, ET.Element]
) -> None:
    shipped = _messages(script.ts_path(code))
    missing = [f"{c} / {s!r}" for c, s, _ in sorted(set(extracted) - set(shipped))]
    untranslated = [
        f"{c} / {s!r}"
        for key in sorted(set(extracted) & set(shipped))
        for c, s, _ in [key]
        if _problems(shipped[key])
    ]
    assert not missing, (
        f"strings not in surveytool_{code}.ts (run scripts/translations.py, then translate):\n"
        + "\n".join(missing)
    )
    assert not untranslated, f"untranslated in surveytool_{code}.ts:\n" + "\n".join(untranslated)


@pytest.mark.parametrize("code", CODES)
def test_no_stale_messages(code: str, extracted: dict[Key, ET.Element]) -> None:
    stale = sorted(set(_messages(script.ts_path(code))) - set(extracted))
    assert not stale, (
        f"surveytool_{code}.ts holds strings no longer in the code "
        f"(run scripts/translations.py): {[(c, s) for c, s, _ in stale]}"
    )


def _literal(node: ast.expr) -> str | None:
    """The value of a string literal, implicit or ``+`` concatenation included."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _source_calls() -> tuple[set[tuple[str, str]], list[str]]:
    """(context, text) of every tr()/translate() call in surveytool/ui, by Python's parser.

    Also returns calls whose text is formatted before translation (f-string, ``%``,
    ``.format`` inside the call): lupdate cannot extract what they look up at run time.
    """
    found: set[tuple[str, str]] = set()
    bad: list[str] = []

    def visit(node: ast.AST, path: Path, class_name: str) -> None:
        if isinstance(node, ast.ClassDef):
            class_name = node.name
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name == "tr" and node.args:
                args: list[ast.expr] = [ast.Constant(class_name), node.args[0]]
            elif name == "translate" and len(node.args) >= 2:
                args = list(node.args[:2])
            else:
                args = []
            if args:
                context, text = _literal(args[0]), _literal(args[1])
                if context is not None and text is not None:
                    found.add((context, text))
                elif isinstance(args[1], ast.JoinedStr | ast.BinOp | ast.Call):
                    bad.append(f"{path.relative_to(ROOT)}:{node.lineno}")
        for child in ast.iter_child_nodes(node):
            visit(child, path, class_name)

    for path in script.ui_sources():
        visit(ast.parse(path.read_text(encoding="utf-8")), path, "")
    return found, bad


def test_lupdate_extracts_every_call(extracted: dict[Key, ET.Element]) -> None:
    """Python's own parser and lupdate agree on the strings of the interface."""
    found, bad = _source_calls()
    assert not bad, f"text formatted before translation, format after tr() instead: {bad}"
    lupdate_found = {(context, source) for context, source, _ in extracted}
    assert found <= lupdate_found, f"not extracted by lupdate: {sorted(found - lupdate_found)}"


@pytest.mark.parametrize("code", CODES)
def test_compiled_catalogue_is_current_and_loads(code: str, tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    shipped = script.qm_path(code)
    assert shipped.is_file(), f"{shipped.name} missing: run scripts/translations.py compile"
    fresh = tmp_path / shipped.name
    script.lrelease(script.ts_path(code), fresh, quiet=True)
    current = shipped.read_bytes() == fresh.read_bytes()
    assert current, f"{shipped.name} is older than its .ts: run scripts/translations.py compile"
    assert QTranslator().load(str(shipped))


def test_arabic_catalogue_translates_a_status(qapp) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(script.qm_path("ar")))
    qapp.installTranslator(translator)
    try:
        text = QCoreApplication.translate("Status", "Complete")
    finally:
        qapp.removeTranslator(translator)
    assert text != "Complete"
    assert ARABIC.search(text), text
    assert QCoreApplication.translate("Status", "Complete") == "Complete"


@pytest.mark.parametrize("code", CODES)
def test_the_application_installs_each_language(qapp, code: str) -> None:
    """surveytool.ui.i18n finds the shipped catalogue under the name this script writes."""
    from PySide6.QtCore import QCoreApplication

    from surveytool.ui import case_model, i18n

    try:
        i18n.install(qapp, code)
        assert case_model.status_label("in_progress") != "In progress"
        assert QCoreApplication.translate("RosterWidget", "Add member") != "Add member"
    finally:
        i18n.install(qapp, "en")
    assert case_model.status_label("in_progress") == "In progress"
