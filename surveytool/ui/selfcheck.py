"""The desktop step of ``--self-test``: the main window opens, shows a case and paints.

It finds what only a running Qt can: a missing platform plugin (the bundle's offscreen or
xcb), image format or font, an interface catalogue that does not load, a widget that fails
on the shipped form. Offscreen when there is no screen, so CI and a support person's remote
shell can run it; settings go to a temporary file, never the user's.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from surveytool.common.resources import shipped_form


def open_window(store_path: Path) -> str:
    """Open the app's window on ``store_path``, show its first case in every interface
    language, and return what was painted (raises on any failure)."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler

    said: set[str] = set()  # Qt's own warnings (offscreen: "does not support ...") are told
    previous = qInstallMessageHandler(lambda kind, context, text: said.add(text))
    try:
        painted = _paint(store_path)
    finally:
        qInstallMessageHandler(previous)
    noted = f"; Qt said: {'; '.join(sorted(said))}" if said else ""
    return painted + noted


def _paint(store_path: Path) -> str:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication

    from surveytool.form import load
    from surveytool.store import Store
    from surveytool.ui import i18n
    from surveytool.ui.main_window import MainWindow
    from surveytool.validate import default_rules_path, load_rules

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(["surveytool"])
    if not QFontDatabase.families():
        raise RuntimeError("Qt finds no font on this computer (see the guide: missing fonts)")
    form = load(shipped_form())
    rules = load_rules(default_rules_path(form), form)
    with tempfile.TemporaryDirectory(prefix="surveytool-self-test-ui-") as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        with Store.open(store_path) as store:
            window = MainWindow(store, form, rules=rules, settings=settings)
            window.show()
            app.processEvents()
            case = store.cases()[0]
            view = window.open_case(case.uuid)
            if view is None:
                raise RuntimeError(f"the entry screen did not open case {case.key}")
            painted = []
            for language in i18n.languages():
                i18n.install(app, language)
                app.processEvents()
                image = window.grab().toImage()
                if image.isNull() or image.width() < 100:
                    raise RuntimeError(f"the window did not paint in {language}")
                painted.append(language)
            i18n.install(app, "en")
            window.close()
            app.processEvents()
            window.store.close()
    platform = app.platformName()
    return f"window painted on '{platform}' with case {case.key} open in {', '.join(painted)}"
