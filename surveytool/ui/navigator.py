"""The section navigator beside the entry page: the case's sections, each roster with its
instances (a member, a former member abroad) and their sections, greyed when they do not
apply.

It is rebuilt only when a roster changes; after an answer, ``apply_changes`` touches only the
items the answer changed (an instance's name, a section's relevance), so a 50-member
household does not redraw three hundred items per keystroke. How an instance is named comes
from the form (``RosterColumns.instance_text``), never from a question name written here.
A repeat inside a repeat shows under each instance of the enclosing one: a member's item
holds its sections and its trips' roster, which holds the trips.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from surveytool.form.model import Repeat
from surveytool.interview import Address, Interview
from surveytool.interview.address import Path, Step
from surveytool.ui import page_flow
from surveytool.ui.page_flow import Key, Page
from surveytool.ui.roster_columns import RosterColumns

PAGE_ROLE = Qt.ItemDataRole.UserRole
Roster = tuple[str, Path]  # (repeat, the instances holding it: empty at the top)


class Navigator(QTreeWidget):
    def __init__(self, interview: Interview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        self.setHeaderHidden(True)
        self.interview = interview
        self.items: dict[Page, QTreeWidgetItem] = {}
        #: an item per repeat instance: (repeat, id) at the top, its path inside another
        self.people: dict[Step | Path, QTreeWidgetItem] = {}
        self._columns: dict[Roster, RosterColumns] = {}
        self._roster: tuple[tuple[str, tuple[int, ...]], ...] = ()

    def roster_shape(self) -> tuple[tuple[str, tuple[int, ...]], ...]:
        """Every roster and its ids (nested ones included): the tree changes with it."""
        return tuple(
            (key, tuple(ids)) for key, ids in sorted(self.interview.rosters_text().items())
        )

    def rebuild(self) -> None:
        """Every item anew: after a roster changed (a member added, removed or moved)."""
        self.clear()
        self.items.clear()
        self.people.clear()
        self._columns = {}
        self._roster = self.roster_shape()
        rosters: dict[Page, QTreeWidgetItem] = {}
        for page in page_flow.pages(self.interview):
            name, uid = page
            if uid is None:
                item = self._item(self._title(name), page)
                item.setDisabled(not page_flow.relevant(self.interview, page))
                self.addTopLevelItem(item)
                self.items[page] = item
                if page_flow.is_roster(self.interview, page):
                    rosters[page] = item
                continue
            if page_flow.is_nested_roster(self.interview, page):
                holder = self.people.get(_person(page_flow.outer_of(page)))
                if holder is not None:
                    item = self._item(self._title(name), page)
                    item.setDisabled(not page_flow.relevant(self.interview, page))
                    holder.addChild(item)
                    self.items[page] = rosters[page] = item
                continue
            repeat = page_flow.repeat_of_page(self.interview, name)
            roster = page_flow.roster_of(self.interview, page)
            if repeat is None or roster not in rosters:
                continue
            self._add_instance_page(rosters[roster], repeat, uid, page)
        self.expandAll()

    def _columns_of(self, repeat: str, outer: Path) -> RosterColumns:
        found = self._columns.get((repeat, outer))
        if found is None:
            found = self._columns[(repeat, outer)] = RosterColumns(self.interview, repeat, outer)
        return found

    def _add_instance_page(
        self, roster: QTreeWidgetItem, repeat: str, uid: Key, page: Page
    ) -> None:
        """An instance's item (opening its first page) and, when it has several pages, one
        child per page; an instance with a single page is that page's item itself."""
        path = page_flow.path_of(repeat, uid)
        instance = self.people.get(_person(path))
        if instance is None:
            text = self._columns_of(repeat, path[:-1]).instance_text(path[-1][1])
            instance = self._item(text, page)
            roster.addChild(instance)
            self.people[_person(path)] = instance
        element = self.interview.graph.elements[repeat]
        assert isinstance(element, Repeat)
        if len(page_flow.instance_pages(element, uid)) == 1:
            instance.setDisabled(not page_flow.relevant(self.interview, page))
            self.items[page] = instance
            return
        section = self._item(self._title(page[0]).split(":")[0], page)
        section.setDisabled(not page_flow.relevant(self.interview, page))
        section.setData(0, Qt.ItemDataRole.AccessibleTextRole, section.text(0))
        instance.addChild(section)
        self.items[page] = section

    @staticmethod
    def _item(text: str, page: Page) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        item.setData(0, PAGE_ROLE, page)
        return item

    def _title(self, name: str) -> str:
        if name == page_flow.CASE_PAGE:
            return self.interview.form.settings.title or self.interview.form.form_id
        element = self.interview.graph.elements[name]
        language = self.interview.language
        return page_flow.title(
            element.label_in(language, self.interview.form.settings.default_language)
        )

    def apply_changes(self, changed: frozenset[Address] | set[Address]) -> None:
        """Only what ``changed`` touches: an instance's name, a section's relevance; the whole
        tree when a roster itself changed (a repeat count, a member added)."""
        if self.roster_shape() != self._roster:
            self.rebuild()
            return
        for path in {a.path for a in changed if a.repeat is not None}:
            item = self.people.get(_person(path))
            if item is not None:
                text = self._columns_of(path[-1][0], path[:-1]).instance_text(path[-1][1])
                if item.text(0) != text:
                    item.setText(0, text)
        for address in changed:
            for page in self._pages_of(address):
                item = self.items.get(page)
                if item is not None:
                    item.setDisabled(not page_flow.relevant(self.interview, page))

    def _pages_of(self, address: Address) -> list[Page]:
        """The pages whose relevance ``address`` is: a section's own, or a repeat's (its
        roster and every instance's own page)."""
        if address.name in self.interview.graph.repeats and address.instance is None:
            return [page for page in self.items if page[0] == address.name]
        if address.name in self.interview.graph.repeats:  # a nested repeat, in one instance
            inside = address.path
            return [
                page
                for page in self.items
                if page[0] == address.name
                and isinstance(page[1], tuple)
                and page[1][: len(inside)] == inside
            ]
        path = address.path
        return [(address.name, page_flow.key_of(path) if path else None)]

    def select_page(self, page: Page | None) -> None:
        """Show where the enumerator is, without signalling a click."""
        item = self.items.get(page) if page is not None else None
        blocked = self.blockSignals(True)
        self.setCurrentItem(item) if item is not None else self.clearSelection()
        self.blockSignals(blocked)


def _person(path: Path) -> Step | Path:
    """How ``people`` names an instance: (repeat, id) at the top, its path when nested."""
    return path[0] if len(path) == 1 else path
