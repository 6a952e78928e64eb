"""Interface languages through Qt's own translation system (.ts sources, compiled .qm).

``scripts/translations.py`` extracts the strings (pyside6-lupdate) and compiles the
catalogues (pyside6-lrelease); this module only installs them. The languages offered are the
catalogues found (``languages()``); one written right to left (Qt's locale data says which)
turns the layout too. Installing a translator makes Qt send ``LanguageChange`` to every
widget, which retranslates itself in place (``retranslate_ui``): nothing is rebuilt, so the
open case, the search text and the window's geometry stay as they were.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from surveytool.common.resources import resource_path

_installed: list[QTranslator] = []
_current = {"language": "en"}


def languages() -> dict[str, str]:
    """The interface languages, by code, each in its own name (English first, then by name,
    so Latin scripts before Arabic): English and every language with a compiled catalogue
    (``resources/i18n/surveytool_<code>.qm``). Adding a language is adding its files
    (docs/translating.md); nothing here lists them."""
    found = sorted(
        path.stem.removeprefix("surveytool_")
        for path in resource_path("resources", "i18n").glob("surveytool_*.qm")
    )
    named = sorted(((native_name(code), code) for code in found), key=lambda n: n[0].casefold())
    return {"en": native_name("en")} | {code: name for name, code in named}


def native_name(code: str) -> str:
    """The language's name in itself, as Qt's locale data has it ("Français", "العربية")."""
    if code == "en":
        return "English"  # the source language; Qt would say "American English"
    name = QLocale(code).nativeLanguageName()
    if not name or (QLocale(code).language() == QLocale.Language.English and code != "en"):
        return code  # a language Qt does not know (e.g. a pseudo-language): its code
    return name[:1].upper() + name[1:]


def right_to_left(code: str) -> bool:
    return QLocale(code).textDirection() == Qt.LayoutDirection.RightToLeft


def current() -> str:
    """The interface language last installed (``en`` before any)."""
    return _current["language"]


def install(app: QApplication, language: str) -> None:
    """Switch the interface language (and direction) of the running application."""
    _current["language"] = language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != "en":
        ours = QTranslator(app)
        if ours.load(str(resource_path("resources", "i18n", f"surveytool_{language}.qm"))):
            app.installTranslator(ours)
            _installed.append(ours)
        qt_own = QTranslator(app)  # standard buttons (OK, Cancel, Close)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(QLocale(language), "qtbase", "_", folder):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    direction = (
        Qt.LayoutDirection.RightToLeft
        if right_to_left(language)
        else Qt.LayoutDirection.LeftToRight
    )
    app.setLayoutDirection(direction)
    # Numbers are typed and shown the interface language's way (2,5 in French): one setting,
    # so what the enumerator reads in the labels and types in the fields agree.
    QLocale.setDefault(QLocale(language))
    # Qt posts LanguageChange; deliver it now, so that when this returns every widget has
    # retranslated itself (callers, and tests without a running event loop, rely on it).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
