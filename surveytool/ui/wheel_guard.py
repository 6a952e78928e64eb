"""No answer changes under a passing mouse wheel.

Qt's combo boxes, spin boxes and date fields change their value on a wheel turn even when
they do not have the focus: scrolling a long page with the pointer passing over a country
list turned Nigeria into Oman (issue 9). The focus is no protection either: a page puts the
cursor on its first question by itself, so the enumerator never chose that list. So
``guard(widget)``, the one place for every input type, makes a wheel turn over a closed
list or a number box always scroll the enclosing page; the widget only takes focus by click
or Tab (``Qt.StrongFocus``, never by wheel). A value changes by typing, arrows or the open
list (whose own wheel still scrolls it), never by a passing wheel.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QWidget,
)


class WheelGuard(QObject):
    """Event filter: a wheel event over a guarded input goes to the page's scroll bar."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        area = _scroll_area_of(watched)
        if area is not None and isinstance(event, QWheelEvent):
            bar = (
                area.horizontalScrollBar()
                if event.angleDelta().y() == 0
                else area.verticalScrollBar()
            )
            QCoreApplication.sendEvent(bar, event)
        event.ignore()
        return True  # never reaches the input: its value stays as it was


_GUARDS: list[WheelGuard] = []  # one filter for the whole application, made on first use


def guard(widget: QWidget) -> QWidget:
    """Protect ``widget`` (and its children, e.g. a combo box's line edit) from the wheel."""
    if not _GUARDS:
        _GUARDS.append(WheelGuard(QCoreApplication.instance()))
    window = widget.window()
    targets = [widget, *widget.findChildren(QWidget)]
    for target in targets:
        if target.window() is not window:
            continue  # an open drop-down list (a popup of its own) scrolls as it should
        if target.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            target.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        target.installEventFilter(_GUARDS[0])
    return widget


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None
