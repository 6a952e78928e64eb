"""Every interface language must be readable: an installed font for its script, ours, or English.

A machine may have no font for Arabic (a trimmed Windows image, a Linux kiosk) or, in a
container, no real font at all (fontconfig then offers only the names "Sans Serif" and
"Serif", backed by nothing). Qt would draw boxes. So before any text shows, ``prepare``
checks the script of every interface language: when no installed font really holds a
letter of it, the font shipped in ``resources/fonts`` (DejaVu Sans: Latin and Arabic, see
its SOURCES.md) is registered and added to the application font as a fallback family, so
the installed fonts still draw what they can. When even that cannot show the language the
app starts in, ``ensure`` tells the user why and the interface opens in English.

The decision is a pure function (``decide``), tested on its own; ``prepare`` gathers what it
needs from Qt's font database, once.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication, QMessageBox

from surveytool.common.resources import resource_path
from surveytool.ui import i18n

logger = logging.getLogger(__name__)
WritingSystem = QFontDatabase.WritingSystem
FONT_SUFFIXES = (".ttf", ".otf")

# A letter each script's font must really hold: the database lists fontconfig's generic
# names under Latin even when no file stands behind them.
SAMPLES: dict[WritingSystem, str] = {
    WritingSystem.Latin: "a",
    WritingSystem.Arabic: "\u0628",  # beh
    WritingSystem.Cyrillic: "\u0434",
    WritingSystem.Greek: "\u03b1",
    WritingSystem.Hebrew: "\u05d0",
}
_BY_LOCALE_SCRIPT: dict[QLocale.Script, WritingSystem] = {
    QLocale.Script.LatinScript: WritingSystem.Latin,
    QLocale.Script.ArabicScript: WritingSystem.Arabic,
    QLocale.Script.CyrillicScript: WritingSystem.Cyrillic,
    QLocale.Script.GreekScript: WritingSystem.Greek,
    QLocale.Script.HebrewScript: WritingSystem.Hebrew,
}


class FontAction(Enum):
    SYSTEM = "system"  # an installed font shows the script
    BUNDLED = "bundled"  # only our shipped font does: it is registered and used
    ENGLISH = "english"  # nothing here shows it: say so, open in English


@dataclass(frozen=True, slots=True)
class Support:
    """Which interface scripts the installed fonts show, and which only the shipped ones."""

    installed: frozenset[WritingSystem]
    bundled: frozenset[WritingSystem]
    families: str = ""  # the shipped families registered and used, for the log


_prepared: dict[str, Support] = {}  # once per process: a font registers once


def writing_system(language: str) -> WritingSystem:
    """The script ``language`` is written in, as Qt's font database names it (Latin for a
    language Qt does not know, such as a pseudo-language)."""
    return _BY_LOCALE_SCRIPT.get(QLocale(language).script(), WritingSystem.Latin)


def decide(
    needed: WritingSystem,
    installed: Collection[WritingSystem],
    bundled: Collection[WritingSystem],
) -> FontAction:
    """How to show a script: with an installed font, else with ours, else not at all."""
    if needed in installed:
        return FontAction.SYSTEM
    if needed in bundled:
        return FontAction.BUNDLED
    return FontAction.ENGLISH


def prepare(
    app: QApplication, *, folder: Path | None = None, languages: Iterable[str] | None = None
) -> Support:
    """Make every interface language readable before any text shows (the welcome page lists
    each language in its own script; the Language menu may switch to any later): for each
    script no installed font shows, the shipped fonts of ``folder`` (default
    ``resources/fonts``) are registered and added after the application font. Done once."""
    if "done" in _prepared:
        return _prepared["done"]
    scripts = {writing_system(code) for code in languages or i18n.languages()}
    missing = {script for script in scripts if not installed_shows(script)}
    support = Support(frozenset(scripts - missing), frozenset())
    if missing:
        families = register(folder or resource_path("resources", "fonts"))
        useful = tuple(name for name, shows in families.items() if shows & missing)
        if useful:
            _fall_back_to(app, useful)
        shown = frozenset(script for name in useful for script in families[name]) & missing
        support = Support(support.installed, shown, ", ".join(useful))
        logger.info(
            "no installed font shows %s; shipped fonts used: %s",
            ", ".join(sorted(script.name for script in missing)),
            ", ".join(useful) or "none",
        )
    _prepared["done"] = support
    return support


def ensure(app: QApplication, language: str, *, smoke: bool = False) -> FontAction:
    """Can ``language``, the one the app starts in, be read? If nothing here shows its
    script, the user is told why (on standard error in ``smoke``) and the interface is
    switched to English; ``i18n.current()`` says which language is in force after."""
    support = prepare(app)
    needed = writing_system(language)
    action = decide(needed, support.installed, support.bundled)
    if action is FontAction.BUNDLED:
        logger.info("font for %s (%s): the bundled %s", language, needed.name, support.families)
    if action is not FontAction.ENGLISH:
        return action
    i18n.install(app, "en")  # first: the reason in the language that can be read
    text = QCoreApplication.translate(
        "Fonts",
        "No font on this computer can show {script}, the script of this interface language. "
        "Install a font for it (for example Noto Sans {script}) and start surveytool again. "
        "Meanwhile the interface opens in English.",
    ).format(script=needed.name)
    logger.warning("no font shows %s for %s: the interface opens in English", needed.name, language)
    if smoke:
        print(text, file=sys.stderr)
    else:
        QMessageBox.warning(None, "surveytool", text)
    return action


def installed_shows(script: WritingSystem) -> bool:
    """Does a font the database lists for ``script`` really hold its sample letter?"""
    sample = ord(SAMPLES.get(script, "a"))
    return any(
        QFontMetrics(QFont(family)).inFontUcs4(sample) for family in QFontDatabase.families(script)
    )


def register(folder: Path) -> dict[str, frozenset[WritingSystem]]:
    """Register the shipped font files of ``folder``: family -> the scripts it shows."""
    found: dict[str, frozenset[WritingSystem]] = {}
    paths = sorted(p for p in folder.glob("*") if p.suffix.lower() in FONT_SUFFIXES)
    for path in paths:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            logger.warning("the shipped font %s could not be registered", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            found[family] = frozenset(QFontDatabase.writingSystems(family))
    return found


def _fall_back_to(app: QApplication, families: tuple[str, ...]) -> None:
    """Keep the application font and add ``families`` after it: Qt takes each letter from
    the first family in the list that holds it."""
    font = app.font()
    font.setFamilies([*(font.families() or [font.family()]), *families])
    app.setFont(font)
