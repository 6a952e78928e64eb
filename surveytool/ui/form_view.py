"""The entry screen of one case: section navigator, question pages, roster, mark complete.

Every answer goes to the store the moment it is given (``CaseSession.answer``); the top
bar says when the last one was saved. Nothing here computes relevance or checks: the
interview engine does, and the screen shows what it says.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from surveytool.form.model import Group, Repeat
from surveytool.interview import Address, Problem
from surveytool.store import CaseSession
from surveytool.ui.form_page import FormPage, _followers
from surveytool.ui.roster import RosterWidget

Page = tuple[str, int | None]  # (group or repeat name, instance)
PAGE_ROLE = Qt.ItemDataRole.UserRole


class FormView(QWidget):
    sig_closed = Signal()
    """The enumerator left the case (back to the case list)."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.interview = session.interview
        self.page: FormPage | RosterWidget | None = None
        self.current: Page | None = None
        self.navigator = QTreeWidget(self)
        self.navigator.setObjectName("navigator")
        self.navigator.setHeaderHidden(True)
        self.navigator.itemClicked.connect(self._on_navigator_clicked)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.saved = QLabel(self)
        self.saved.setObjectName("saved_indicator")
        self.complete_button = QPushButton(self.tr("Mark complete"), self)
        self.complete_button.setObjectName("mark_complete")
        self.complete_button.clicked.connect(self.request_complete)
        self.back_button = QPushButton(self.tr("Back to cases"), self)
        self.back_button.clicked.connect(self.close_case)
        title = QLabel(self.tr("Household {key}").format(key=self.key_text()), self)
        title.setStyleSheet("font-weight: bold;")
        case = session.store.case(session.case_uuid)
        self.returned = QLabel(self)
        self.returned.setObjectName("office_comment")
        self.returned.setStyleSheet("color: #b00020;")
        self.returned.setWordWrap(True)
        if case.status == "rejected" and case.comment:
            comment = self.tr("Returned by the office: {comment}").format(comment=case.comment)
            self.returned.setText(comment)
        self.returned.setVisible(bool(self.returned.text()))
        bar = QHBoxLayout()
        for widget in (self.back_button, title):
            bar.addWidget(widget)
        bar.addStretch()
        bar.addWidget(self.saved)
        bar.addWidget(self.complete_button)
        splitter = QSplitter(self)
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.scroll)
        splitter.setSizes([260, 740])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.returned)
        layout.addWidget(splitter)
        self.rebuild_navigator()
        self.open_page(self.pages()[0])

    def key_text(self) -> str:
        return str(self.session.store.case(self.session.case_uuid).key)

    # -- pages ----------------------------------------------------------------------------
    def pages(self) -> list[Page]:
        """Case-level sections, the roster, then each member's sections, in form order."""
        found: list[Page] = []
        for element in self.interview.form.children:
            if isinstance(element, Repeat):
                found.append((element.name, None))
                for uid in self.interview.instances(element.name):
                    found += [(g.name, uid) for g in element.children if isinstance(g, Group)]
            elif isinstance(element, Group):
                found.append((element.name, None))
        return found

    def page_relevant(self, page: Page) -> bool:
        name, uid = page
        element = self.interview.graph.elements[name]
        if isinstance(element, Repeat) and uid is None:
            return True
        return self.interview.is_relevant(
            self.interview.address(name, uid) if uid else Address(name)
        )

    def rebuild_navigator(self) -> None:
        self.navigator.clear()
        language = self.interview.language
        people: dict[int, QTreeWidgetItem] = {}
        roster_item: QTreeWidgetItem | None = None
        for page in self.pages():
            name, uid = page
            element = self.interview.graph.elements[name]
            if uid is None:
                item = QTreeWidgetItem([element.label_in(language)])
                item.setData(0, PAGE_ROLE, page)
                self.navigator.addTopLevelItem(item)
                if isinstance(element, Repeat):
                    roster_item = item
                continue
            if uid not in people and roster_item is not None:
                position = self.interview.position(self.interview.graph.repeat_of[name] or "", uid)
                person = (
                    self.interview.value(self.interview.address("person_name", uid))
                    if ("person_name" in self.interview.graph.elements)
                    else None
                )
                people[uid] = QTreeWidgetItem([f"{position}. {person or '…'}"])
                people[uid].setData(0, PAGE_ROLE, page)
                roster_item.addChild(people[uid])
            section = QTreeWidgetItem([element.label_in(language).split(":")[0]])
            section.setData(0, PAGE_ROLE, page)
            section.setDisabled(not self.page_relevant(page))
            section.setData(0, Qt.ItemDataRole.AccessibleTextRole, section.text(0))
            people[uid].addChild(section)
        self.navigator.expandAll()

    def _on_navigator_clicked(self, item: QTreeWidgetItem) -> None:
        page = item.data(0, PAGE_ROLE)
        if page and not item.isDisabled():
            self.open_page(tuple(page))  # type: ignore[arg-type]

    def open_page(self, page: Page, focus: Address | None = None) -> None:
        if isinstance(self.page, FormPage):
            self.page.commit_pending()
        name, uid = page
        element = self.interview.graph.elements[name]
        if isinstance(element, Repeat) and uid is None:
            widget: FormPage | RosterWidget = RosterWidget(self.interview, name)
            widget.sig_add_requested.connect(lambda: self._on_roster_add(name))
            widget.sig_remove_requested.connect(lambda u: self._on_roster_remove(name, u))
            widget.sig_move_requested.connect(lambda u, p: self._on_roster_move(name, u, p))
            widget.sig_open_requested.connect(lambda u: self.open_member(name, u))
        else:
            assert isinstance(element, Group)
            widget = FormPage(self.interview, element, uid)
            widget.sig_answer_given.connect(self._on_page_answer_given)
            widget.sig_page_end.connect(self.next_page)
        self.page, self.current = widget, page
        self.scroll.setWidget(widget)
        if isinstance(widget, FormPage):
            widget.focus(focus)

    def open_member(self, repeat: str, uid: int) -> None:
        first = next(p for p in self.pages() if p[1] == uid)
        self.open_page(first)

    def next_page(self) -> None:
        pages = [p for p in self.pages() if self.page_relevant(p)]
        if self.current in pages:
            index = pages.index(self.current)
            if index + 1 < len(pages):
                self.open_page(pages[index + 1])

    def show_address(self, address: Address) -> None:
        """Open the page holding ``address`` and put the cursor on it."""
        for page in self.pages():
            name, uid = page
            element = self.interview.graph.elements[name]
            if uid != address.instance or isinstance(element, Repeat):
                continue
            on_page = _all_questions(element) + _followers(self.interview, element)  # type: ignore[arg-type]
            if address.name in {q.name for q in on_page}:
                self.open_page(page, focus=address)
                return

    # -- answering ----------------------------------------------------------------------------
    def _on_page_answer_given(self, address: Address, value: object) -> None:
        result = self.session.answer(address, value)
        page = self.page
        if isinstance(page, FormPage):
            page.refresh()
            if result.message and address in page.rows:
                page.rows[address].show_status(result.status, result.message)
        self.mark_saved()
        self.rebuild_navigator()  # names and section relevance may have changed

    def mark_saved(self) -> None:
        self.saved.setText(self.tr("Saved {time}").format(time=datetime.now().strftime("%H:%M:%S")))

    def _on_roster_add(self, repeat: str) -> None:
        self.session.add_person(repeat)
        self._after_roster_change()

    def _on_roster_remove(self, repeat: str, uid: int) -> None:
        self.session.remove_person(uid, repeat)
        self._after_roster_change()

    def _on_roster_move(self, repeat: str, uid: int, position: int) -> None:
        self.session.move_person(uid, position, repeat)
        self._after_roster_change()

    def _after_roster_change(self) -> None:
        if isinstance(self.page, RosterWidget):
            self.page.model.reload()
        self.mark_saved()
        self.rebuild_navigator()

    # -- completion and leaving ------------------------------------------------------------
    def request_complete(self) -> list[Problem]:
        if isinstance(self.page, FormPage):
            self.page.commit_pending()
        problems = self.session.mark_complete()
        if problems:
            ProblemsDialog(self, problems).open()  # type: ignore[arg-type]
        else:
            self.mark_saved()
            self.complete_button.setEnabled(False)
        return problems  # type: ignore[return-value]

    def close_case(self) -> None:
        if isinstance(self.page, FormPage):
            self.page.commit_pending()
        self.session.close()
        self.sig_closed.emit()


class ProblemsDialog(QDialog):
    """Why the case cannot be marked complete; each line opens its question."""

    def __init__(self, view: FormView, problems: list[Problem]) -> None:
        super().__init__(view)
        self.setObjectName("problems_dialog")
        self.setWindowTitle(self.tr("The case cannot be marked complete"))
        self.view = view
        self.list = QListWidget(self)
        self.list.setObjectName("problems_list")
        interview = view.interview
        for problem in problems:
            where = interview.label(problem.address)
            if problem.address.instance is not None and problem.address.repeat:
                position = interview.position(problem.address.repeat, problem.address.instance)
                where = f"[{position}] {where}"
            item = QListWidgetItem(f"{where}\n    {problem.message}")
            item.setData(PAGE_ROLE, problem.address)
            self.list.addItem(item)
        self.list.itemActivated.connect(self._on_list_activated)
        self.list.itemDoubleClicked.connect(self._on_list_activated)
        label = QLabel(
            self.tr("{count} problem(s) must be solved first:").format(count=len(problems)), self
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def _on_list_activated(self, item: QListWidgetItem) -> None:
        self.view.show_address(item.data(PAGE_ROLE))
        self.accept()


def _all_questions(element: object) -> list:
    found = []
    for child in getattr(element, "children", ()):
        if isinstance(child, Group):
            found += _all_questions(child)
        else:
            found.append(child)
    return found
