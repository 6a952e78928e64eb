"""A pseudo-language (``en-XA``: accented, lengthened, bracketed) made from files alone.

Every catalogue the app reads gets a pseudo translation written beside the shipped ones: the
core's gettext catalogue, each rules file's, the interface's Qt catalogue, and label columns
added to a copy of the questionnaire. Whatever then shows without the brackets never went
through a catalogue (or the catalogue was not asked in the language on screen).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
from babel.messages.mofile import write_mo

from surveytool.common import catalogue
from surveytool.common.resources import resource_path

CODE = "en-XA"
OPEN, CLOSE = "⟦", "⟧"
_ACCENTED = str.maketrans(
    "abcdeghiklnorstuyABCDEGHIKLNORSTUY", "àƀçđéĝĥíķĺñöŕšţûýÀƁÇĐÉĜĤÍĶĹÑÖŔŠŢÛÝ"
)
#: what a translation must keep as written: placeholders, Qt's %1, tags and entities
_KEEP = re.compile(r"(\{[^{}]*\}|%\d+|<[^>]+>|&\w+;)")

sys.path.insert(0, str(resource_path("scripts")))
import messages  # noqa: E402  (scripts/messages.py: the extraction the translators run)


def pseudo(text: str) -> str:
    """``text`` accented and a third longer, between brackets; placeholders kept."""
    if not text.strip():
        return text
    parts = _KEEP.split(text)
    changed = "".join(p if _KEEP.fullmatch(p) else p.translate(_ACCENTED) for p in parts)
    padding = "~" * max(1, len(text) // 3)
    return f"{OPEN}{changed}{padding}{CLOSE}"


def is_pseudo(text: str) -> bool:
    return OPEN in text and CLOSE in text


def install(scratch: Path) -> list[Path]:
    """Write the pseudo-language's catalogues where the app finds languages; returns the
    files written (the caller removes them)."""
    written: list[Path] = []
    for folder, domain, template in messages.catalogues():
        for entry in template:
            if entry.id:
                entry.string = pseudo(str(entry.id))
        mo = folder / CODE / "LC_MESSAGES" / f"{domain}.mo"
        mo.parent.mkdir(parents=True, exist_ok=True)
        with mo.open("wb") as handle:
            write_mo(handle, template)
        written.append(mo)
    written.append(_qt_catalogue(scratch))
    catalogue.forget_loaded()
    return written


def remove(written: list[Path]) -> None:
    for path in written:
        path.unlink(missing_ok=True)
        for parent in (path.parent, path.parent.parent):  # <code>/LC_MESSAGES, <code>
            if (
                parent.name in (CODE, "LC_MESSAGES")
                and parent.is_dir()
                and not any(parent.iterdir())
            ):
                parent.rmdir()
    catalogue.forget_loaded()


def _qt_catalogue(scratch: Path) -> Path:
    """The interface strings (as lupdate extracts them into every .ts) translated, compiled."""
    source = next(resource_path("resources", "i18n").glob("surveytool_*.ts"))
    tree = ElementTree.parse(source)
    root = tree.getroot()
    root.set("language", CODE.replace("-", "_"))
    for message in root.iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ElementTree.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        translation.text = pseudo(text)
    ts = scratch / f"surveytool_{CODE}.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = resource_path("resources", "i18n", f"surveytool_{CODE}.qm")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm), "-silent"], check=True)
    return qm


_TRANSLATED_COLUMNS = re.compile(r"^(label|hint|constraint_message|required_message)::.*\(en\)$")


def pseudo_form(source: Path, target: Path) -> Path:
    """A copy of an XLSForm with a pseudo-language column beside each English one."""
    book = openpyxl.load_workbook(source)
    for sheet in book.worksheets:
        header = [cell.value for cell in sheet[1]]
        for position, name in enumerate(header, start=1):
            if not isinstance(name, str) or not _TRANSLATED_COLUMNS.match(name):
                continue
            column = sheet.max_column + 1
            kind = name.split("::")[0]
            sheet.cell(row=1, column=column, value=f"{kind}::Pseudo ({CODE})")
            for row in range(2, sheet.max_row + 1):
                value = sheet.cell(row=row, column=position).value
                if isinstance(value, str) and value.strip():
                    sheet.cell(row=row, column=column, value=pseudo(value))
    book.save(target)
    return target
