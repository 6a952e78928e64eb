"""The disclosure report of a harmonised package, read before anything is written.

Once the package leaves the country it cannot be called back, so the officer sees first how
identifiable its records are: the smallest cell of the key variables (k-anonymity), how many
records sit in cells below k, the sizes of the smallest cells, and which variables were
top-coded above which threshold. Write goes on to choose the file; Cancel drops the plan.
The report is the dict of ``surveytool.package.disclosure.disclosure_report`` (the
package's ``disclosure.json``); this dialog only words it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from surveytool.ui.office_models import level_word

WARNING_STYLE = "color: #b00020; font-weight: bold;"


def number(value: object) -> str:
    """A count or a threshold as people read it: no ``.0`` on a whole number, a dash for
    none."""
    if value is None:
        return "—"
    if isinstance(value, float):  # a percentile: 142209.99999999997 reads 142210
        rounded = round(value, 2)
        return f"{rounded:.0f}" if rounded.is_integer() else f"{rounded:.2f}"
    return str(value)


def _section(report: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    found = report.get(name)
    return found if isinstance(found, Mapping) else {}


class DisclosureDialog(QDialog):
    """``report``: the disclosure report; ``cases``: the households in the plan."""

    def __init__(self, parent: QWidget, report: Mapping[str, Any], *, cases: int) -> None:
        super().__init__(parent)
        self.setObjectName("disclosure_dialog")
        self.cases = cases
        self.anonymity = _section(report, "k_anonymity")
        self.topcoding = _section(report, "topcoding")
        self.notes = [str(note) for note in report.get("notes") or ()]  # what was not derived
        self.summary = QLabel(self)
        self.summary.setObjectName("disclosure_summary")
        self.summary.setWordWrap(True)
        self.smallest = QLabel(self)
        self.smallest.setObjectName("smallest_cell")
        self.below = QLabel(self)
        self.below.setObjectName("below_k")
        self.cells = QLabel(self)
        self.cells.setWordWrap(True)
        self.topcode_label = QLabel(self)
        self.topcode_label.setWordWrap(True)
        self.topcoded = QTableWidget(self)
        self.topcoded.setObjectName("topcoded")
        self.topcoded.verticalHeader().hide()
        self.topcoded.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.topcoded.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.notes_label = QLabel(self)
        self.notes_label.setObjectName("derivation_notes")
        self.notes_label.setWordWrap(True)
        self.notes_label.setVisible(bool(self.notes))
        self.closing = QLabel(self)
        self.closing.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("disclosure_buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.smallest, self.below, self.cells, self.topcode_label):
            layout.addWidget(widget)
        layout.addWidget(self.topcoded, 1)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.closing)
        layout.addWidget(self.buttons)
        self.resize(720, 520)
        self.retranslate_ui()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setFocus()

    # -- what the report says --------------------------------------------------------------
    def smallest_cell(self) -> object:
        return self.anonymity.get("smallest_cell")

    def k(self) -> int:
        return int(self.anonymity.get("k") or 0)

    def risky(self) -> bool:
        """Some records sit in a cell smaller than k: the officer should think twice."""
        return bool(self.anonymity.get("records_below_k"))

    def topcoded_rows(self) -> list[tuple[str, str, str, str]]:
        """(variable, table, threshold, values above it) for each top-coded variable."""
        variables = self.topcoding.get("variables") or {}
        rows = []
        for name, found in variables.items():
            spec = found if isinstance(found, Mapping) else {}
            rows.append(
                (
                    str(name),
                    str(spec.get("table", "")),
                    number(spec.get("threshold")),
                    number(spec.get("values_above")),
                )
            )
        return rows

    # -- texts -----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Disclosure report"))
        report = self.anonymity
        keys = ", ".join(map(str, report.get("key_variables") or ())) or "—"
        lines = [
            self.tr("{cases} case(s) go into the harmonised package.").format(cases=self.cases),
            self.tr("{records} {level} record(s) judged on the key variables: {keys}.").format(
                records=number(report.get("records")),
                level=level_word(report.get("level", "")),
                keys=keys,
            ),
        ]
        missing = report.get("missing_variables") or ()
        if missing:
            lines.append(
                self.tr("Key variables not in the tables: {names}").format(
                    names=", ".join(map(str, missing))
                )
            )
        self.summary.setText("\n".join(lines))
        self.smallest.setText(
            self.tr("Smallest cell: {count} record(s)").format(count=number(self.smallest_cell()))
        )
        self.below.setText(
            self.tr("Records in cells smaller than k = {k}: {records} (in {cells} cell(s))").format(
                k=self.k(),
                records=number(report.get("records_below_k")),
                cells=number(report.get("cells_below_k")),
            )
        )
        style = WARNING_STYLE if self.risky() else "font-weight: bold;"
        self.smallest.setStyleSheet(style)
        self.below.setStyleSheet(style)
        sizes = ", ".join(number(n) for n in report.get("smallest_cells") or ())
        self.cells.setText(
            self.tr("Sizes of the smallest cells (of {cells}): {sizes}").format(
                cells=number(report.get("cells")), sizes=sizes or "—"
            )
        )
        topcoding = self.topcoding
        text = self.tr("Top-coded above the {percentile}th percentile:").format(
            percentile=number(topcoding.get("percentile"))
        )
        absent = topcoding.get("absent_variables") or ()
        if absent:
            text += "\n" + self.tr("Not in the tables, not top-coded: {names}").format(
                names=", ".join(map(str, absent))
            )
        self.topcode_label.setText(text)
        self._fill(
            self.topcoded,
            [
                self.tr("Variable"),
                self.tr("Table"),
                self.tr("Threshold"),
                self.tr("Values replaced"),
            ],
            self.topcoded_rows(),
        )
        if self.notes:
            self.notes_label.setText(
                self.tr("Not derived everywhere:") + "\n" + "\n".join(f"• {n}" for n in self.notes)
            )
        self.closing.setText(
            self.tr(
                "Nothing is written until you choose Write. Cancel if a cell is too small: "
                "the package cannot be called back once it has left."
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Write…"))

    def _fill(self, table: QTableWidget, headers: list[str], rows: Sequence[Sequence[str]]) -> None:
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(value))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
