"""Inputs of the question types ODK adds: times, places, codes, ranges, acknowledgements.

Each is keyboard-first like the inputs of ``inputs.py``: Enter accepts and moves on, the
value is committed when editing finishes, and every part is guarded against the wheel.

- time and date-time are typed (``HH:MM``, ``YYYY-MM-DD HH:MM``) and stored with the
  computer's zone, as Collect stores them (``09:15:00.000+01:00``);
- a place is typed as coordinates, ``lat lon [alt [acc]]``; a line or a shape as places
  separated by ``;`` (the validity check is the type's, ``form.answer_types``);
- a barcode is typed (or given by a scanner that types, as most USB scanners do);
- a range is a spin box from start to end by step (its slider appearance too: a desktop
  types numbers faster than it drags); empty until the enumerator gives a number;
- an acknowledgement is one check box, "OK";
- a text with the ``multiline`` appearance (or a ``rows`` column) is a box of several lines
  (that many): Enter starts a new
  line there, Tab leaves it (the answer is kept when the box loses the focus).

File questions, rankings and what only a phone records are in ``media_inputs``.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from surveytool.form.answer_types import RangeSpec, read_datetime, read_time, zone_text
from surveytool.form.model import Question
from surveytool.ui.input_base import ENTER_KEYS, AnswerInput, pressed
from surveytool.ui.inputs import LineInput
from surveytool.ui.wheel_guard import guard

#: what may be typed into each kind (partial text included: the check comes on commit)
_TYPING = {
    "time": r"[0-9:.+\-Z]*",
    "datetime": r"[0-9:.+\-TZ ]*",
    "geopoint": r"[0-9.,+\-eE ]*",
    "geotrace": r"[0-9.,+\-eE ;]*",
    "geoshape": r"[0-9.,+\-eE ;]*",
    "numbers": r"[0-9+\-.()# ]*",
}
_WIDTH = {"time": 160, "datetime": 220, "geopoint": 320, "barcode": 320, "numbers": 220}


class TypedLineInput(LineInput):
    """A line for a time, a date-time, a place, a line of places, a barcode or a text written
    with digits (``numbers`` appearance). What the line holds is committed as typed, a time
    given its zone; the engine reads it with the type's own check."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.shape = question.type
        if question.type == "text" and "numbers" in (question.appearance or "").split():
            self.shape = "numbers"
        pattern = _TYPING.get(self.shape)
        if pattern is not None:
            validator = QRegularExpressionValidator(QRegularExpression(pattern), self)
            self.edit.setValidator(validator)
        if self.shape in _WIDTH:
            self.edit.setMaximumWidth(_WIDTH[self.shape])
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        shape = getattr(self, "shape", "")
        texts = {
            "time": self.tr("HH:MM"),
            "datetime": self.tr("YYYY-MM-DD HH:MM"),
            "geopoint": self.tr("latitude longitude, like 12.5 -8.25"),
            "geotrace": self.tr("places separated by ; (at least 2)"),
            "geoshape": self.tr("places separated by ; (the last = the first)"),
            "barcode": self.tr("type or scan the code"),
        }
        if shape in texts:
            self.edit.setPlaceholderText(texts[shape])
        else:
            super().retranslate_ui()

    def text_of(self, value: object) -> str:
        """The stored value as the enumerator would type it: a time or date-time of the
        computer's own zone without its zone and without zero seconds."""
        if value is None or self.shape not in ("time", "datetime"):
            return super().text_of(value)
        text = str(value)
        local = zone_text(datetime.now().astimezone().utcoffset() or _ZERO)
        if text.endswith(local):
            text = text[: -len(local)]
        text = text.removesuffix(".000").replace("T", " ")
        if text.endswith(":00") and text.count(":") >= 2:  # no seconds
            text = text[:-3]
        return text

    def commit(self) -> None:
        text = self.edit.text().strip()
        if text == self._reported or self.shape not in ("time", "datetime"):
            super().commit()
            return
        self._reported = text
        self._kept = False
        self.sig_answered.emit(with_local_zone(self.shape, text) if text else None)

    def explain(self) -> str:
        text = self.edit.text().strip()
        says = {
            "time": self.tr("“{text}” is not a time: write it as HH:MM; it was not saved."),
            "datetime": self.tr(
                "“{text}” is not a date and time: write it as YYYY-MM-DD HH:MM; it was not saved."
            ),
        }
        if self.shape in says:
            return says[self.shape].format(text=text)
        return ""  # a place, a line or a shape: the engine's own reason says what is wrong


_ZERO = timedelta(0)


def with_local_zone(kind: str, text: str) -> str:
    """``text`` with the computer's zone when it gives none (the zone of that day, summer
    time included); text that is no time is returned as typed, for the engine to refuse."""
    reader = read_time if kind == "time" else read_datetime
    value, why = reader(text)
    if why is not None or value is None:
        return text
    stored = str(value)
    if stored[-6] in "+-" and stored[-3] == ":":
        return stored  # a zone was given
    if kind == "time":
        offset = datetime.now().astimezone().utcoffset()
    else:
        offset = datetime.fromisoformat(stored).astimezone().utcoffset()
    return stored + zone_text(offset or _ZERO)


class RangeInput(AnswerInput):
    """A number from start to end by step in a spin box: arrows step, digits type; empty
    (no answer) until the enumerator gives one. Enter keeps it and moves on."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = RangeSpec.of(dict(question.parameters))
        low, high = sorted((self.spec.start, self.spec.end))
        step = abs(self.spec.step) or Decimal(1)
        self.spin: QSpinBox | QDoubleSpinBox
        if self.spec.whole:
            self.spin = QSpinBox(self)
            self.spin.setRange(int(low - step), int(high))
            self.spin.setSingleStep(int(step))
        else:
            self.spin = QDoubleSpinBox(self)
            exponent = step.normalize().as_tuple().exponent
            self.spin.setDecimals(max(0, -exponent if isinstance(exponent, int) else 2))
            self.spin.setRange(float(low - step), float(high))
            self.spin.setSingleStep(float(step))
        self._blank = float(self.spin.minimum())  # shown empty: no answer
        self.spin.setSpecialValueText(" ")
        self.spin.setKeyboardTracking(False)
        self.spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self._show(self._blank)
        self.spin.setMaximumWidth(160)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin)
        self.bounds = QLabel(self)
        self.bounds.setStyleSheet("color: #555;")
        layout.addWidget(self.bounds)
        layout.addStretch()
        self._reported: object = None
        self.spin.editingFinished.connect(self.commit)
        self.spin.installEventFilter(self)
        guard(self.spin)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        spec = self.spec
        self.bounds.setText(
            self.tr("from {start} to {end}, by {step}").format(
                start=spec.start, end=spec.end, step=abs(spec.step)
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_value(self, value: object) -> None:
        self._reported = value
        self.spin.blockSignals(True)
        self._show(self._blank if value is None else float(str(value)))
        self.spin.blockSignals(False)

    def _show(self, value: float) -> None:
        if isinstance(self.spin, QSpinBox):
            self.spin.setValue(round(value))
        else:
            self.spin.setValue(value)

    def current(self) -> int | float | None:
        value = self.spin.value()
        if value == self._blank:
            return None
        return int(value) if self.spec.whole else round(float(value), 9)

    def commit(self) -> None:
        value = self.current()
        if value != self._reported:
            self._reported = value
            self.sig_answered.emit(value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        key = pressed(event)
        if key is not None and key.key() in ENTER_KEYS:
            self.spin.interpretText()
            self.commit()
            self.sig_accepted.emit()
            return True
        return super().eventFilter(watched, event)

    def focus_target(self) -> QWidget:
        return self.spin


class AcknowledgeInput(AnswerInput):
    """One check box, "OK": Space ticks it (the answer is ``OK``) or clears it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self.tr("OK"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addStretch()
        self.box.clicked.connect(self._on_box_clicked)
        self.box.installEventFilter(self)
        guard(self.box)

    def _on_box_clicked(self, checked: bool) -> None:
        self.sig_answered.emit("OK" if checked else None)

    def set_value(self, value: object) -> None:
        self.box.setChecked(value == "OK")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        key = pressed(event)
        if key is not None and key.key() in ENTER_KEYS:
            self.sig_accepted.emit()
            return True
        return super().eventFilter(watched, event)

    def focus_target(self) -> QWidget:
        return self.box


class MultilineInput(AnswerInput):
    """A text of several lines (appearance ``multiline``): Enter is a new line, Tab leaves the
    box; the text is kept when the box loses the focus and on ``commit``."""

    def __init__(self, rows: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QPlainTextEdit(self)
        self.box.setTabChangesFocus(True)
        self.box.setMaximumWidth(520)
        lines = min(max(rows, 2), 20)  # the form's ``rows`` column, within reason
        self.box.setFixedHeight(self.box.fontMetrics().lineSpacing() * lines + 12)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addStretch()
        self._reported = ""
        self.box.installEventFilter(self)
        guard(self.box)

    def set_value(self, value: object) -> None:
        text = "" if value is None else str(value)
        self._reported = text
        if self.box.toPlainText() != text:
            self.box.setPlainText(text)

    def commit(self) -> None:
        text = self.box.toPlainText()
        if text == self._reported:
            return
        self._reported = text
        self.sig_answered.emit(text if text.strip() else None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.commit()
        return super().eventFilter(watched, event)

    def focus_target(self) -> QWidget:
        return self.box
