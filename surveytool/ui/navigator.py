"""The section navigator beside the entry page: household sections, the roster, each member
with their sections (greyed when they do not apply).

It is rebuilt only when the roster changes; after an answer, ``update`` touches only the
items the answer changed (a member's name, a section's relevance), so a 50-member household
does not redraw three hundred items per keystroke.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from surveytool.form.model import Repeat
from surveytool.interview import Address, Interview
from surveytool.ui import page_flow
from surveytool.ui.page_flow import Page

PAGE_ROLE = Qt.ItemDataRole.UserRole
NAME = "person_name"  # shown beside a member's line number when the form asks it


class Navigator(QTreeWidget):
    def __init__(self, interview: Interview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        self.setHeaderHidden(True)
        self.interview = interview
        self.items: dict[Page, QTreeWidgetItem] = {}
        self.people: dict[int, QTreeWidgetItem] = {}
        self._roster: tuple[tuple[str, tuple[int, ...]], ...] = ()

    def roster_shape(self) -> tuple[tuple[str, tuple[int, ...]], ...]:
        return tuple(
            (name, tuple(self.interview.instances(name)))
            for name in sorted(self.interview.graph.repeats)
        )

    def rebuild(self) -> None:
        """Every item anew: after the roster changed (a member added, removed or moved)."""
        self.clear()
        self.items.clear()
        self.people.clear()
        self._roster = self.roster_shape()
        language = self.interview.language
        roster_item: QTreeWidgetItem | None = None
        for page in page_flow.pages(self.interview):
            name, uid = page
            element = self.interview.graph.elements[name]
            if uid is None:
                item = QTreeWidgetItem([page_flow.title(element.label_in(language))])
                item.setData(0, PAGE_ROLE, page)
                item.setDisabled(not page_flow.relevant(self.interview, page))
                self.addTopLevelItem(item)
                self.items[page] = item
                if isinstance(element, Repeat):
                    roster_item = item
                continue
            if uid not in self.people and roster_item is not None:
                person = QTreeWidgetItem([self._person_text(uid, name)])
                person.setData(0, PAGE_ROLE, page)
                roster_item.addChild(person)
                self.people[uid] = person
            section = QTreeWidgetItem([page_flow.title(element.label_in(language).split(":")[0])])
            section.setData(0, PAGE_ROLE, page)
            section.setData(0, Qt.ItemDataRole.AccessibleTextRole, section.text(0))
            section.setDisabled(not page_flow.relevant(self.interview, page))
            self.people[uid].addChild(section)
            self.items[page] = section
        self.expandAll()

    def _person_text(self, uid: int, section: str) -> str:
        repeat = self.interview.graph.repeat_of[section] or ""
        position = self.interview.position(repeat, uid)
        person = None
        if self.interview.graph.repeat_of.get(NAME) == repeat:
            person = self.interview.value(self.interview.address(NAME, uid))
        return f"{position}. {person or '…'}"

    def apply_changes(self, changed: frozenset[Address] | set[Address]) -> None:
        """Only what ``changed`` touches: a member's name, a section's relevance; the whole
        tree when the roster itself changed (a repeat count, a member added)."""
        if self.roster_shape() != self._roster:
            self.rebuild()
            return
        for address in changed:
            if address.name == NAME and address.instance in self.people:
                page = self.people[address.instance].data(0, PAGE_ROLE)
                self.people[address.instance].setText(
                    0, self._person_text(address.instance, page[0])
                )
            page = (address.name, address.instance)
            item = self.items.get(page)
            if item is not None and not page_flow.is_roster(self.interview, page):
                item.setDisabled(not page_flow.relevant(self.interview, page))

    def select_page(self, page: Page | None) -> None:
        """Show where the enumerator is, without signalling a click."""
        item = self.items.get(page) if page is not None else None
        blocked = self.blockSignals(True)
        self.setCurrentItem(item) if item is not None else self.clearSelection()
        self.blockSignals(blocked)
