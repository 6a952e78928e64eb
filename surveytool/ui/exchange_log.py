"""Exchange ▸ Import log: every import attempt, refused ones too, newest first.

The log is the store's (``store.exchange.import_log``): what the office can show an
enumerator who asks "did my batch arrive?", and why a package was refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from surveytool.store import Store
from surveytool.ui import i18n
from surveytool.ui.bidi import ltr
from surveytool.ui.exchange_run import record_text
from surveytool.ui.office_models import RowsModel, plain


def verdict_word(verdict: object) -> str:
    words = {
        "imported": QCoreApplication.translate("ExchangeWords", "imported"),
        "already imported": QCoreApplication.translate("ExchangeWords", "already imported"),
        "refused": QCoreApplication.translate("ExchangeWords", "refused"),
    }
    return words.get(str(verdict), plain(verdict))


def file_name(path: object) -> str:
    return Path(str(path)).name if path else ""


def when(at: object) -> str:
    """``2026-03-01 14:02:11``: an ISO time as people read it (UTC, as stored)."""
    return ltr(plain(at).replace("T", " ")[:19])


class ImportLogDialog(QDialog):
    """``names``: the name of each key (by fingerprint) this workstation trusts."""

    def __init__(
        self, parent: QWidget, store: Store, names: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_log_dialog")
        self.store = store
        self.names = dict(names or {})
        self.model: RowsModel[object] = RowsModel(
            [when, file_name, verdict_word, self._sender, plain],
            self,
            tooltips={1: plain, 3: plain, 4: plain},
        )
        self.view = QTableView(self)
        self.view.setObjectName("import_log")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)  # a refusal's reason is read whole
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.resize(980, 420)
        self.refresh()

    def _sender(self, fingerprint: object) -> str:
        """``Amina Njoya (689fddb6)``; the fingerprint alone for a key not trusted here."""
        if not fingerprint:
            return ""
        short = plain(fingerprint)[:8]
        name = self.names.get(str(fingerprint))
        return f"{name} ({short})" if name else short

    def refresh(self) -> None:
        from surveytool.store.exchange import import_log

        attempts = import_log(self.store)
        language = i18n.current()
        rows = [
            (a.at, a.file, a.verdict, a.sender, record_text(a.detail, language)) for a in attempts
        ]
        self.model.set_rows(rows, attempts)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import log"))
        self.model.set_headers(
            [
                self.tr("Time (UTC)"),
                self.tr("File"),
                self.tr("Verdict"),
                self.tr("Sender"),
                self.tr("Detail"),
            ]
        )
        self.count.setText(self.tr("{count} import(s)").format(count=len(self.model.rows)))
        self.model.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
