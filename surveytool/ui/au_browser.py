"""The AU table browser: pick a table, filter by REC, country and sex, read its figures and
its chart. Everything is computed once per folder state (``au_jobs.tables_job``); picking a
table or a filter only lays out rows already in memory (``au_figures``), so it is instant.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from surveytool.ui import i18n
from surveytool.ui.au_chart import BarChart
from surveytool.ui.au_figures import (
    ALL,
    Figures,
    Filter,
    areas_of,
    chart,
    figures,
    kept,
    sexes_of,
)
from surveytool.ui.au_models import FiguresModel, area_label, area_names
from surveytool.ui.bidi import ltr

if TYPE_CHECKING:
    from surveytool.merge.indicators import TableResult
    from surveytool.merge.labels import TableLabels


class TableBrowser(QWidget):
    """The tables of one computation; ``set_results`` gives them, the rest is local."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.results: list[TableResult] = []
        self.shown = Figures([])
        self.table = QComboBox(self)
        self.table.setObjectName("au_table")
        self.rec = QComboBox(self)
        self.rec.setObjectName("au_rec")
        self.country = QComboBox(self)
        self.country.setObjectName("au_country")
        self.sex = QComboBox(self)
        self.sex.setObjectName("au_sex")
        self.pick_label, self.rec_label = QLabel(self), QLabel(self)
        self.country_label, self.sex_label = QLabel(self), QLabel(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("au_heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.about = QLabel(self)  # universe, notes, what the flags mean
        self.about.setObjectName("au_about")
        self.about.setWordWrap(True)
        self.model = FiguresModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("au_figures")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.chart = BarChart(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(scroll)
        self.splitter.setSizes([840, 400])
        filters = QHBoxLayout()
        for label, combo in (
            (self.pick_label, self.table),
            (self.rec_label, self.rec),
            (self.country_label, self.country),
            (self.sex_label, self.sex),
        ):
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo, 2 if combo is self.table else 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.heading)
        layout.addWidget(self.about)
        layout.addWidget(self.splitter, 1)
        for combo in (self.table, self.rec, self.country, self.sex):
            combo.currentIndexChanged.connect(self._on_choice_changed)
        self.retranslate_ui()

    # -- language -------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.pick_label.setText(self.tr("&Table:"))
        self.rec_label.setText(self.tr("&REC:"))
        self.country_label.setText(self.tr("C&ountry:"))
        self.sex_label.setText(self.tr("&Sex:"))
        self._fill_choices()
        self.model.refresh()
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- the tables -----------------------------------------------------------------------
    def set_results(
        self, results: Sequence[TableResult], labels: TableLabels | None = None
    ) -> None:
        """Show these tables, on the same table and filters where they still exist, their
        codes worded by ``labels`` (None: shown as they are)."""
        self.results = list(results)
        self.model.set_labels(labels)
        self._fill_choices()
        self._show()

    def current(self) -> TableResult | None:
        picked = self.table.currentData()
        return next((r for r in self.results if r.id == picked), None)

    def choose(self, table: str, rec: str = ALL, country: str = ALL, sex: str = "T") -> None:
        """Pick a table and filters (as a person would in the lists)."""
        self.table.setCurrentIndex(max(self.table.findData(table), 0))
        self._fill_choices()
        for combo, value in ((self.rec, rec), (self.country, country), (self.sex, sex)):
            combo.setCurrentIndex(max(combo.findData(value), 0))

    def choice(self) -> Filter:
        return Filter(
            str(self.rec.currentData() or ALL),
            str(self.country.currentData() or ALL),
            str(self.sex.currentData() or "T"),
        )

    def _fill_choices(self) -> None:
        """The tables, and the RECs and countries of the table shown, keeping the picks."""
        language = i18n.current()
        combos = (self.table, self.rec, self.country, self.sex)
        blocked = [c.blockSignals(True) for c in combos]
        picked = self.table.currentData()
        self.table.clear()
        from surveytool.merge.outputs_sheet import in_language

        for result in self.results:
            self.table.addItem(f"{result.id}  {in_language(result.title, language)}", result.id)
        self.table.setCurrentIndex(max(self.table.findData(picked), 0))
        shown = self.current()
        recs, countries = areas_of(shown.frame) if shown is not None else ([], [])
        names = area_names(language)
        for combo, codes, everything in (
            (self.rec, recs, self.tr("All RECs")),
            (self.country, countries, self.tr("All countries")),
        ):
            chosen = combo.currentData()
            combo.clear()
            combo.addItem(everything, ALL)
            for code in codes:
                combo.addItem(area_label(code, names, language), code)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
        chosen = self.sex.currentData() or "T"
        self.sex.clear()
        words = self._sex_words()
        for code in sexes_of(shown.frame) if shown is not None else ["T"]:  # only those it has
            self.sex.addItem(words.get(code, code), code)
        self.sex.setCurrentIndex(max(self.sex.findData(chosen), 0))
        for combo, was in zip(combos, blocked, strict=True):
            combo.blockSignals(was)

    def _sex_words(self) -> dict[str, str]:
        return {"T": self.tr("Total"), "M": self.tr("Men"), "F": self.tr("Women")}

    def _on_choice_changed(self) -> None:
        if self.sender() is self.table:
            self._fill_choices()
        self._show()

    def _show(self) -> None:
        """The chosen table's heading, figures and chart under the filters."""
        from surveytool.merge.outputs_sheet import FLAG_LEGEND, in_language

        language = i18n.current()
        result = self.current()
        if result is None:
            self.heading.setText(self.tr("No tables yet: choose a merged folder."))
            self.about.clear()
            self.shown = Figures([])
            self.model.set_figures(self.shown)
            self.chart.set_chart(None, "", 1, "")
            return
        self.heading.setText(f"{ltr(result.id)}  {in_language(result.title, language)}")
        lines = [
            self.tr("Universe: {universe}").format(universe=in_language(result.universe, language))
        ]
        lines += [self.tr("Note: {note}").format(note=note) for note in result.notes]
        lines += [legend.text(language) for legend in FLAG_LEGEND.values()]  # one a line
        self.about.setText("\n".join(lines))
        choice = self.choice()
        self.shown = figures(kept(result.frame, choice))
        self.model.set_figures(self.shown)
        drawn = chart(self.shown)
        words = self._sex_words()
        title, panels = "", {}
        if drawn is not None:
            title = self.tr("{measure} by area, {sex}").format(
                measure=self.model.measure_label(drawn.measure),
                sex=words.get(choice.sex, choice.sex),
            )
            if drawn.classif1:
                title += f" ({self.model.classification_label(drawn.classif1)})"
            panels = {s.panel: self.model.panel_label(s.panel) for s in drawn.series}
        decimals = self.shown.decimals[0] if self.shown.decimals else 1
        empty = self.tr("No figures for this choice.")
        self.chart.set_chart(drawn, title, decimals, empty, panels)
