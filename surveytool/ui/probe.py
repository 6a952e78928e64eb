"""A window's state as JSON, for tests that drive the app from outside with real X events.

Only started when ``SURVEYTOOL_TEST_PROBE`` names a file (see ``app.run``). Every quarter
second it writes what an outside driver cannot see through X: the open case, the page,
the language, and the screen position of what it may want to click (case rows, navigator
entries, roster rows, combo boxes). It reads the widgets and never changes them, so a
test that clicks by these positions drives the app exactly as a person would.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QObject, QRect, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

from surveytool.ui import i18n

INTERVAL_MS = 250


class Probe(QObject):
    def __init__(self, window: QMainWindow, path: Path) -> None:
        super().__init__(window)
        self.window = window
        self.path = path
        self._last = ""
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.write)
        self.timer.start(INTERVAL_MS)

    def write(self) -> None:
        text = json.dumps(self.state(), ensure_ascii=False, sort_keys=True)
        if text == self._last:
            return
        temporary = self.path.with_name(self.path.name + ".tmp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, self.path)  # a reader never sees half a file
        self._last = text

    def state(self) -> dict[str, object]:
        window = self.window
        view = getattr(window, "form_view", None)
        page = getattr(view, "page", None) if view is not None else None
        modal = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        popup = QApplication.activePopupWidget()
        return {
            "pid": os.getpid(),
            "title": window.windowTitle(),
            "window_id": int(window.winId()),
            "form_loaded": getattr(window, "form", None) is not None,
            "ui_language": i18n.current(),
            "form_language": getattr(window, "form_language", None),
            "case": view.session.case_uuid if view is not None else None,
            "page": list(view.current) if view is not None and view.current else None,
            "modal": modal.objectName() or type(modal).__name__ if modal else None,
            "popup": type(popup).__name__ if popup else None,
            "focus": {
                "type": type(focus).__name__,
                "name": focus.objectName(),
                "address": _address_of(focus),
            }
            if focus
            else None,
            "case_rows": _rows(getattr(getattr(window, "cases", None), "table", None)),
            "navigator": _navigator(getattr(view, "navigator", None)),
            "roster_rows": _rows(getattr(page, "table", None)),
            "combos": _combos(page, getattr(view, "scroll", None)),
        }


def _center(widget: QWidget, rect: QRect) -> dict[str, int]:
    point = widget.mapToGlobal(rect.center())
    return {"x": point.x(), "y": point.y()}


def _visible(widget: QWidget, rect: QRect) -> bool:
    return widget.isVisible() and widget.rect().contains(rect.center())


def _rows(table: object) -> list[dict[str, object]]:
    if not isinstance(table, QAbstractItemView) or table.model() is None:
        return []
    model, viewport = table.model(), table.viewport()
    found = []
    for row in range(model.rowCount()):
        rect = table.visualRect(model.index(row, 0))
        if _visible(viewport, rect):
            text = str(model.index(row, 0).data())
            found.append({"row": row, "text": text, **_center(viewport, rect)})
    return found


def _navigator(tree: object) -> list[dict[str, object]]:
    if not isinstance(tree, QTreeWidget):
        return []
    found = []
    iterator = QTreeWidgetItemIterator(tree)
    viewport = tree.viewport()
    while item := iterator.value():
        rect = tree.visualItemRect(item)
        page = item.data(0, Qt.ItemDataRole.UserRole)  # the page the entry opens
        if _visible(viewport, rect) and page is not None:
            found.append(
                {
                    "page": list(page),
                    "text": item.text(0),
                    "enabled": not item.isDisabled(),
                    **_center(viewport, rect),
                }
            )
        iterator += 1
    return found


def _combos(page: object, scroll: object) -> list[dict[str, object]]:
    if not isinstance(page, QWidget):
        return []
    viewport = getattr(scroll, "viewport", lambda: None)()
    found = []
    for combo in page.findChildren(QComboBox):
        if not combo.isVisible():
            continue
        address = _address_of(combo)
        center = combo.mapToGlobal(combo.rect().center())
        shown = True
        if viewport is not None:
            local = viewport.mapFromGlobal(center)
            shown = viewport.rect().contains(local)
        found.append(
            {
                "address": address,
                "value": combo.currentData(),
                "text": combo.currentText(),
                "shown": shown,
                "x": center.x(),
                "y": center.y(),
            }
        )
    return found


def _address_of(widget: QWidget) -> str | None:
    """The question a widget answers: the nearest parent that knows its address."""
    current: QObject | None = widget
    while current is not None:
        address = getattr(current, "address", None)
        if address is not None:
            return str(address)
        current = current.parent()
    return None
