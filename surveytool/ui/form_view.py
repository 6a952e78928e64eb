"""The entry screen of one case: section navigator, question pages, roster, mark complete.

Every answer goes to the store the moment it is given (``CaseSession.answer``); the top
bar says when the last one was saved, and the case's status. Nothing here computes
relevance or checks: the interview engine does, and the screen shows what it says,
redrawing only what an answer changed.

Two rules keep the screen alive and the data safe. A page is never replaced inside one of
its own events: navigation asked from a page (a double click on a roster row, Enter on the
last question) is queued (``request_page``) and the old page is deleted later. And every
store call that can be refused (a complete or approved case is read-only) is caught: the
refusal is a sentence in the top bar, never a traceback.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QScrollArea,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from surveytool.casework import CaseSession
from surveytool.form.model import Group
from surveytool.interview import Address
from surveytool.interview.address import Path
from surveytool.store import EDITABLE, StoreError
from surveytool.ui import case_writes, page_flow, shortcuts
from surveytool.ui.case_bar import CaseBar
from surveytool.ui.form_page import EntryState, FormPage, QuestionRow
from surveytool.ui.navigator import PAGE_ROLE, Navigator
from surveytool.ui.page_flow import Page
from surveytool.ui.problems_dialog import ProblemsDialog
from surveytool.ui.roster import RosterWidget


class FormView(QWidget):
    sig_closed = Signal()
    """The enumerator left the case (back to the case list)."""

    # -- what the screen writes to the case (case_writes.py) -------------------------------
    _on_page_answer_given = case_writes.on_page_answer_given
    mark_saved = case_writes.mark_saved
    _on_roster_add = case_writes.on_roster_add
    _on_roster_remove = case_writes.on_roster_remove
    _on_roster_move = case_writes.on_roster_move
    _after_roster_change = case_writes.after_roster_change
    request_complete = case_writes.request_complete
    _blocking_problems = case_writes.blocking_problems
    reopen = case_writes.reopen

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("form_view")
        self.session = session
        self.interview = session.interview
        self.state = EntryState(editable=session.editable)
        self.page: FormPage | RosterWidget | None = None
        self.current: Page | None = None
        self._pending: tuple[Page, Address | None, bool, int | None] | None = None
        self._quiet = 0  # > 0 while the view itself moves the focus (page switch, read-only)
        self.problems_dialog: ProblemsDialog | None = None  # what blocked "mark complete"
        self._build()
        self._connect_signals()
        self.navigator.rebuild()
        self.refresh_status()
        self.open_page(self.pages()[0])

    def _build(self) -> None:
        self.navigator = Navigator(self.interview, self)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("page_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.bar = CaseBar(self)
        bar = self.bar  # its parts, by the names the window and the tests know them
        self.status, self.saved, self.notice = bar.status, bar.saved, bar.notice
        self.back_button, self.reopen_button = bar.back_button, bar.reopen_button
        self.complete_button, self.returned = bar.complete_button, bar.returned
        splitter = QSplitter(self)
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.scroll_area)
        splitter.setSizes([260, 740])
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(splitter, 1)  # the page takes the height, not the bar
        actions = (
            (shortcuts.MARK_COMPLETE, self.request_complete),
            (shortcuts.NEXT_PAGE, lambda: self.cross(+1, by_page=True)),
            (shortcuts.PREVIOUS_PAGE, lambda: self.cross(-1, by_page=True)),
            (shortcuts.CASE_LIST, self.close_case),
        )
        for keys, slot in actions:
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)

    def _connect_signals(self) -> None:
        self.navigator.itemClicked.connect(self._on_navigator_clicked)
        self.navigator.itemActivated.connect(self._on_navigator_clicked)
        self.complete_button.clicked.connect(self.request_complete)
        self.back_button.clicked.connect(self.close_case)
        self.reopen_button.clicked.connect(self.reopen)

    def showEvent(self, event: QShowEvent) -> None:
        """The case appears (opened, or back from the Office tab): the cursor in the page."""
        super().showEvent(event)
        QTimer.singleShot(0, self, self._focus_if_outside)

    def _focus_if_outside(self) -> None:
        focus = QApplication.focusWidget()
        outside = focus is None or not self.isAncestorOf(focus)
        if outside and self.isVisible() and QApplication.activeModalWidget() is None:
            if QApplication.activeWindow() is None:  # a dialog just closed (new case)
                self.activateWindow()
            self.focus_page()

    def set_language(self, code: str) -> None:
        """The questionnaire's texts in another language; the same page and question stay."""
        self.interview.language = code
        self.rebuild_navigator()
        page = self.page
        if self.current is None:
            return
        focus = page.current.address if isinstance(page, FormPage) and page.current else None
        member = page.selected_instance() if isinstance(page, RosterWidget) else None
        self.open_page(self.current, focus, member=member)

    def key_text(self) -> str:
        return str(self.session.store.case(self.session.case_uuid).key)

    # -- status -----------------------------------------------------------------------------
    def refresh_status(self) -> None:
        """The status in the top bar; a complete or approved case becomes read-only."""
        case = self.session.store.case(self.session.case_uuid)
        editable = case.status in EDITABLE
        self.bar.show_case(case, editable)
        if editable != self.state.editable:
            self.state.editable = editable
            with self._quiet_focus():
                if self.page is not None:
                    self.page.set_editable(editable)
            self.focus_page()

    def say(self, text: str, *, error: bool = False) -> None:
        self.bar.say(text, error=error)

    def say_refused(self, error: StoreError) -> None:
        self.bar.say_refused(error)

    # -- pages ------------------------------------------------------------------------------
    def pages(self) -> list[Page]:
        """Case sections in form order, each roster after the section holding it, followed by
        its instances' pages (``page_flow.pages``)."""
        return page_flow.pages(self.interview)

    def page_relevant(self, page: Page) -> bool:
        return page_flow.relevant(self.interview, page)

    def rebuild_navigator(self) -> None:
        self.navigator.rebuild()
        self.navigator.select_page(self.current)

    def _on_navigator_clicked(self, item: QTreeWidgetItem) -> None:
        page = item.data(0, PAGE_ROLE)
        if page and not item.isDisabled():
            self.request_page(tuple(page))

    def request_page(
        self,
        page: Page,
        focus: Address | None = None,
        *,
        last: bool = False,
        member: int | None = None,
    ) -> None:
        """Open ``page`` once the current event is over (the page asking may be replaced)."""
        first = self._pending is None
        self._pending = (page, focus, last, member)
        if first:
            QTimer.singleShot(0, self, self._open_pending)

    def _open_pending(self) -> None:
        if self._pending is not None:
            page, focus, last, member = self._pending
            self.open_page(page, focus, last=last, member=member)

    def open_page(
        self,
        page: Page,
        focus: Address | None = None,
        *,
        last: bool = False,
        member: int | None = None,
    ) -> None:
        """Show ``page`` now, the cursor on ``focus`` (or the last question, or the first
        unanswered one); a roster selects ``member``. The old page is deleted later."""
        self._pending = None
        if isinstance(self.page, FormPage):
            self.page.commit_pending()
        name, uid = page
        element = page_flow.element_of(self.interview, name)
        if page_flow.is_roster(self.interview, page):
            widget: FormPage | RosterWidget = self._roster(name, page_flow.outer_of(page))
        else:
            assert isinstance(element, Group)
            widget = self._form_page(element, uid)
        with self._quiet_focus():
            old = self.scroll_area.takeWidget()
            self.scroll_area.setWidget(widget)
            if old is not None:
                old.hide()
                old.deleteLater()  # it may be handling the event that brought us here
        self.page, self.current = widget, page
        self.navigator.select_page(page)
        if self.isVisible() and QApplication.activeWindow() is None:
            self.activateWindow()  # back from a dialog (the problems list): keys come here
        if isinstance(widget, RosterWidget):
            widget.select(member)
        elif not widget.focus(focus, last=last):
            self._focus_outside_page()

    def _roster(self, repeat: str, outer: Path = ()) -> RosterWidget:
        widget = RosterWidget(self.interview, repeat, outer=outer)
        widget.set_editable(self.state.editable)
        widget.sig_add_requested.connect(lambda: self._on_roster_add(repeat, outer))
        widget.sig_remove_requested.connect(lambda u: self._on_roster_remove(repeat, u, outer))
        widget.sig_move_requested.connect(lambda u, p: self._on_roster_move(repeat, u, p, outer))
        widget.sig_open_requested.connect(lambda u: self.open_member(repeat, u, outer))
        widget.sig_leave.connect(self.cross)
        return widget

    def _form_page(self, group: Group, uid: page_flow.Key | None) -> FormPage:
        widget = FormPage(self.interview, group, uid, self.state)
        widget.set_editable(self.state.editable)
        widget.sig_answer_given.connect(self._on_page_answer_given)
        widget.sig_row_focused.connect(self._on_row_focused)
        widget.sig_leave.connect(self.cross)
        return widget

    def open_member(self, repeat: str, uid: int, outer: Path = ()) -> None:
        """Open an instance's first page (``outer``: the instance holding its roster)."""
        key = page_flow.key_of((*outer, (repeat, uid)))
        own = page_flow.member_pages(self.interview, repeat, key)
        if own:
            self.request_page(own[0])

    def cross(self, step: int, *, by_page: bool = False) -> None:
        """Beyond the last (``step`` 1) or first (-1) question of the page: the neighbour page
        in the keyboard's walk, on its last question when going back by Shift+Tab (or on its
        first unanswered one, ``by_page``: PageUp); after the very last page, the "Mark
        complete" button."""
        page = self.page
        if self.current is None:
            return
        if isinstance(page, FormPage):
            page.commit_pending()
            if step > 0:
                page.pass_all()
        target = page_flow.neighbour(self.interview, self.current, step)
        if target is None:
            if step > 0:
                self.complete_button.setFocus(Qt.FocusReason.TabFocusReason)
                self.say(self.tr("End of the questionnaire: Ctrl+Enter or F10 marks it complete."))
            return
        member = None
        leaving = page_flow.instance_key(self.interview, self.current)
        if leaving is not None and page_flow.roster_of(self.interview, self.current) == target:
            uid = leaving if isinstance(leaving, int) else leaving[-1][1]  # back on its roster
            member = self._member_after(target[0], uid, step, page_flow.outer_of(target))
        self.request_page(target, last=step < 0 and not by_page, member=member)

    def _member_after(self, repeat: str, uid: int, step: int, outer: Path = ()) -> int:
        """Back on the roster from a member: forward selects the next member, back this one."""
        instances = self.interview.instances(repeat, outer)
        if step > 0 and uid in instances and instances.index(uid) + 1 < len(instances):
            return instances[instances.index(uid) + 1]
        return uid

    def next_page(self) -> None:
        self.cross(+1)

    def show_address(self, address: Address) -> None:
        """Open the page holding ``address`` and put the cursor on it."""
        page = page_flow.page_of(self.interview, address)
        if page is not None:
            self.request_page(page, focus=address)

    def focus_page(self) -> None:
        """The cursor back into the page (from the navigator or the top bar)."""
        page = self.page
        if isinstance(page, RosterWidget):
            page.select(page.selected_instance())
        elif isinstance(page, FormPage):
            current = page.current.address if page.current is not None else None
            if not page.focus(current):
                self._focus_outside_page()

    def _focus_outside_page(self) -> None:
        """A page with nothing to answer (read-only, or all skipped): the next thing to do."""
        for widget in (self.complete_button, self.reopen_button):
            if widget.isEnabled() and widget.isVisibleTo(self):
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.navigator.setFocus(Qt.FocusReason.OtherFocusReason)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab from the navigator or the top bar goes into the page, never out to the tab bar
        (Tab inside a page is the page's own: question by question)."""
        if self._quiet:
            return True
        focus = QApplication.focusWidget()
        if self.page is not None and focus is not None and self.page.isAncestorOf(focus):
            return super().focusNextPrevChild(next)  # a question hidden under the cursor
        self.focus_page()
        return True

    @contextmanager
    def _quiet_focus(self) -> Iterator[None]:
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    def _on_row_focused(self, row: QuestionRow) -> None:
        """The focused question is always in sight (once the layout has placed it)."""
        QTimer.singleShot(0, row, lambda: self._ensure_visible(row))

    def _ensure_visible(self, row: QuestionRow) -> None:
        page = self.scroll_area.widget()
        if shiboken6.isValid(row) and page is not None and page.isAncestorOf(row):
            self.scroll_area.ensureWidgetVisible(row, 20, 20)

    def close_case(self) -> None:
        if isinstance(self.page, FormPage) and self.state.editable:
            self.page.commit_pending()
        try:
            self.session.close()
        except StoreError as error:  # the snapshot is derived data: the answers are stored
            self.say_refused(error)
        self.sig_closed.emit()
