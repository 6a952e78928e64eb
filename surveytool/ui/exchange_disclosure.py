"""The disclosure report of a harmonised package, read before anything is written.

Once the package leaves the country it cannot be called back, so the officer sees first how
identifiable its records are: the smallest cell of the key variables (k-anonymity), how many
records sit in cells below k, the smallest key combinations, and which variables were
top-coded above which threshold. Write goes on to choose the file; Cancel drops the plan.
The report is the JSON-able dict ``plan_harmonised`` made (``disclosure.json`` in the
package); this dialog only words it.
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


def _pick(report: Mapping[str, Any], *names: str) -> Any:
    for name in names:
        if name in report:
            return report[name]
    return None


def _text(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    if isinstance(value, Sequence) and not isinstance(value, str):
        return ", ".join(_text(v) for v in value)
    if isinstance(value, Mapping):
        return ", ".join(f"{k}={_text(v)}" for k, v in value.items())
    return str(value)


class DisclosureDialog(QDialog):
    """``report``: the disclosure dict; ``cases``: the number of households in the plan."""

    def __init__(self, parent: QWidget, report: Mapping[str, Any], *, cases: int) -> None:
        super().__init__(parent)
        self.setObjectName("disclosure_dialog")
        self.report, self.cases = report, cases
        self.headline = QLabel(self)
        self.headline.setObjectName("disclosure_summary")
        self.headline.setWordWrap(True)
        self.cells_label, self.topcode_label = QLabel(self), QLabel(self)
        self.cells = self._table("smallest_cells")
        self.topcoded = self._table("topcoded")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("disclosure_buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.cells_label)
        layout.addWidget(self.cells, 1)
        layout.addWidget(self.topcode_label)
        layout.addWidget(self.topcoded, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 560)
        self.retranslate_ui()

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget(self)
        table.setObjectName(name)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return table

    # -- what the report says --------------------------------------------------------------
    def smallest_cell(self) -> object:
        return _pick(self.report, "smallest_cell", "smallest")

    def below_k(self) -> object:
        return _pick(self.report, "records_below_k", "below_k", "records_in_small_cells")

    def k(self) -> object:
        return _pick(self.report, "k")

    def key_variables(self) -> object:
        return _pick(self.report, "key_variables", "keys")

    def smallest_combinations(self) -> list[tuple[str, object]]:
        found = _pick(self.report, "smallest_cells", "smallest_combinations", "cells") or []
        rows = []
        for item in found:
            if isinstance(item, Mapping):
                count = _pick(item, "count", "size", "n")
                values = _pick(item, "values", "combination", "key") or {
                    k: v for k, v in item.items() if k not in ("count", "size", "n")
                }
                rows.append((_text(values), count))
        return rows

    def topcoded_variables(self) -> list[tuple[str, object, object, object]]:
        """(variable, percentile, threshold, values replaced) for each top-coded variable."""
        found = _pick(self.report, "topcoded", "top_coded", "topcoding", "top_coding") or []
        if isinstance(found, Mapping):
            found = [
                {"variable": name, **(v if isinstance(v, Mapping) else {"threshold": v})}
                for name, v in found.items()
            ]
        rows = []
        for item in found:
            if isinstance(item, Mapping):
                rows.append(
                    (
                        _text(_pick(item, "variable", "name")),
                        _pick(item, "percentile"),
                        _pick(item, "threshold", "value", "cap"),
                        _pick(item, "replaced", "records", "count", "n_topcoded"),
                    )
                )
        return rows

    # -- texts -----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Disclosure report"))
        lines = [
            self.tr("{cases} case(s) go into the harmonised package.").format(cases=self.cases),
            self.tr("Smallest cell of the key variables: {smallest} record(s)").format(
                smallest=_text(self.smallest_cell())
            ),
            self.tr("Records in cells smaller than k = {k}: {count}").format(
                k=_text(self.k()), count=_text(self.below_k())
            ),
            self.tr("Key variables: {names}").format(names=_text(self.key_variables())),
            self.tr("Nothing is written until you choose Write."),
        ]
        self.headline.setText("\n".join(lines))
        self.cells_label.setText(self.tr("The smallest key combinations"))
        self.topcode_label.setText(self.tr("Top-coded variables"))
        self._fill(
            self.cells,
            [self.tr("Key values"), self.tr("Records")],
            self.smallest_combinations(),
        )
        self._fill(
            self.topcoded,
            [
                self.tr("Variable"),
                self.tr("Percentile"),
                self.tr("Threshold"),
                self.tr("Values replaced"),
            ],
            self.topcoded_variables(),
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Write…"))

    def _fill(
        self, table: QTableWidget, headers: list[str], rows: Sequence[tuple[object, ...]]
    ) -> None:
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(_text(value)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
