"""Which pages a case has and in which order the keyboard walks them.

A page is a section (a group of the form) for the case or for one instance of a repeat, or a
repeat's roster. The walk is CSPro's heads-down order: the case's sections in form order,
each repeat's roster right after the page of the group that holds it (or where it stands at
the top of the form); from a roster Enter opens an instance, whose pages follow one another;
after an instance's last page the walk returns to its roster, and from the roster it goes on
to the case pages that follow it.

An instance's pages are the groups directly inside its repeat and, first, when the repeat
asks questions directly (not inside one of its groups, e.g. a repeat with no groups at
all), one page for those, keyed by the repeat's own name: ``(repeat, uid)``. The roster is
``(repeat, None)``. Nothing here names a section or a repeat of one particular form: the
shape comes from the form.

A repeat inside a repeat (a member's trips) has a roster per enclosing instance, a page of
its own among that instance's pages, right after the page holding it: ``(trips, outer)``
where ``outer`` is the member's path (``(("members", 3),)``). Its instances' pages are keyed
by their whole path (``(trips, (("members", 3), ("trips", 1)))``); a top-level instance
keeps its id as the key. From a nested instance's last page the walk returns to its roster,
and from that roster goes on through the enclosing instance's pages.
"""

from __future__ import annotations

from surveytool.form.model import Element, Group, Question, Repeat
from surveytool.interview import Address, Interview
from surveytool.interview.address import Path
from surveytool.interview.presentation import ANSWERABLE

Key = int | Path  # a top-level instance's id, or the path of an instance inside another
Page = tuple[str, Key | None]  # (group or repeat name, instance, or None for the case)

CASE_PAGE = ""
"""The page of the questions a form asks before its first group: many ODK forms put every
question at the top, in no group at all (XLSForm names are never empty, so no clash). Only
when one of them is entered or is a note: metadata and calculations there need no page."""


def leading_questions(interview: Interview) -> tuple[Question, ...]:
    """The case's questions before its first group or repeat, in form order."""
    found: list[Question] = []
    for element in interview.form.children:
        if isinstance(element, Group):
            break
        if isinstance(element, Question):
            found.append(element)
    return tuple(found)


def element_of(interview: Interview, name: str) -> Element:
    """The group or repeat a page shows; for ``CASE_PAGE`` a group of the leading questions."""
    if name == CASE_PAGE:
        return Group(CASE_PAGE, children=leading_questions(interview))
    return interview.graph.elements[name]


def key_of(path: Path) -> Key:
    """An instance's page key: its id at the top, its path inside another instance."""
    return path[0][1] if len(path) == 1 else path


def path_of(repeat: str, key: Key) -> Path:
    """The path of the instance of ``repeat`` a page key names."""
    return ((repeat, key),) if isinstance(key, int) else key


def outer_of(page: Page) -> Path:
    """The enclosing instances of a roster page (empty for a top-level roster)."""
    key = page[1]
    return key if isinstance(key, tuple) else ()


def on_instance(address: Address, key: Key | None) -> bool:
    """Is ``address`` asked in the instance ``key`` or in one enclosing it (or the case)?"""
    if key is None or isinstance(key, int):
        return address.instance in (None, key) and not address.outer
    path = address.path
    return path == key[: len(path)]


def pages(interview: Interview) -> list[Page]:
    """Every page in form order: case sections, each roster after the section holding it,
    each roster followed by its instances' pages."""
    shown = any(q.type in ANSWERABLE or q.type == "note" for q in leading_questions(interview))
    found: list[Page] = [(CASE_PAGE, None)] if shown else []
    for element in interview.form.children:
        if isinstance(element, Repeat):
            found += _roster_and_instances(interview, element)
        elif isinstance(element, Group):
            found.append((element.name, None))
            for repeat in _repeats_within(element):
                found += _roster_and_instances(interview, repeat)
    return found


def _roster_and_instances(interview: Interview, repeat: Repeat, outer: Path = ()) -> list[Page]:
    found: list[Page] = [(repeat.name, outer or None)]
    for uid in interview.instances(repeat.name, outer):
        path = (*outer, (repeat.name, uid))
        for page in with_rosters(repeat, key_of(path)):
            found.append(page)
            if is_nested_roster(interview, page):
                inner = interview.graph.elements[page[0]]
                assert isinstance(inner, Repeat)
                found += _roster_and_instances(interview, inner, path)[1:]
    return found


def is_nested_roster(interview: Interview, page: Page) -> bool:
    """A roster inside an instance of another repeat: ``(trips, (("members", 3),))``."""
    key = page[1]
    return (
        isinstance(key, tuple)
        and bool(key)
        and key[-1][0] != page[0]
        and (isinstance(interview.graph.elements.get(page[0]), Repeat))
    )


def with_rosters(repeat: Repeat, key: Key) -> list[Page]:
    """One instance's pages with the rosters of the repeats inside it, each after the page
    holding it (a repeat asked directly in the instance: after its own page, or first)."""
    path = path_of(repeat.name, key)
    pages_found: list[Page] = []
    own = instance_pages(repeat, key)
    direct = [child for child in repeat.children if isinstance(child, Repeat)]
    if own and own[0][0] == repeat.name:
        pages_found.append(own.pop(0))
    pages_found += [(inner.name, path) for inner in direct]
    for page in own:
        pages_found.append(page)
        group = next(c for c in repeat.children if c.name == page[0])
        assert isinstance(group, Group)
        pages_found += [(inner.name, path) for inner in _repeats_within(group)]
    return pages_found


def _repeats_within(group: Group) -> list[Repeat]:
    """The repeats inside a case-level group, at any depth, in form order."""
    found: list[Repeat] = []
    for child in group.children:
        if isinstance(child, Repeat):
            found.append(child)
        elif isinstance(child, Group):
            found += _repeats_within(child)
    return found


def instance_pages(repeat: Repeat, uid: Key) -> list[Page]:
    """One instance's pages, relevant or not: its own questions' page, then its groups."""
    own: list[Page] = [(repeat.name, uid)] if _asks_directly(repeat) else []
    return own + [(child.name, uid) for child in repeat.children if _is_section(child)]


def _is_section(element: Element) -> bool:
    return isinstance(element, Group) and not isinstance(element, Repeat)


def _asks_directly(repeat: Repeat) -> bool:
    """Does the repeat ask a question outside its groups (one the enumerator sees)?"""
    return any(question.type != "calculate" for question in _leading(repeat))


def _leading(repeat: Repeat) -> list[Question]:
    """The questions directly in a repeat before its first group (those after a group show on
    that group's page, as at the case level)."""
    found: list[Question] = []
    for child in repeat.children:
        if isinstance(child, Group):
            break
        if isinstance(child, Question):
            found.append(child)
    return found


def is_roster(interview: Interview, page: Page) -> bool:
    return isinstance(element_of(interview, page[0]), Repeat) and (
        page[1] is None or is_nested_roster(interview, page)
    )


def repeat_of_page(interview: Interview, name: str) -> str | None:
    """The repeat whose instances a page named ``name`` shows (None for a case section)."""
    if isinstance(element_of(interview, name), Repeat):
        return name
    return interview.graph.repeat_of.get(name)


def relevant(interview: Interview, page: Page) -> bool:
    """A section applies when its group does; a roster and an instance's own page when the
    repeat does (a repeat's relevance is the case's: it has one roster)."""
    name, uid = page
    if name == CASE_PAGE:  # questions in no group: each has its own relevance
        return True
    if isinstance(uid, tuple):  # inside a nested roster: the repeat as its instance sees it
        return interview.is_relevant(interview.address(name, uid))
    if repeat_of_page(interview, name) == name:  # a roster, or an instance's own questions
        return interview.is_relevant(Address(name))
    return interview.is_relevant(interview.address(name, uid) if uid else Address(name))


def roster_of(interview: Interview, page: Page) -> Page | None:
    """The roster page an instance's page belongs to (None for a case section or a roster)."""
    name, uid = page
    if uid is None:
        return None
    if is_nested_roster(interview, page):  # its enclosing instance's roster
        assert isinstance(uid, tuple)
        outer_repeat = uid[-1][0]
        return (outer_repeat, uid[:-1] or None)
    repeat = repeat_of_page(interview, name)
    if repeat is None:
        return None
    return (repeat, uid[:-1] if isinstance(uid, tuple) and len(uid) > 1 else None)


def member_pages(interview: Interview, repeat: str, uid: Key) -> list[Page]:
    """One instance's relevant pages in order, the rosters nested in it among them."""
    element = interview.graph.elements[repeat]
    assert isinstance(element, Repeat)
    return [page for page in with_rosters(element, uid) if relevant(interview, page)]


def instance_key(interview: Interview, page: Page) -> Key | None:
    """The instance whose pages hold ``page``: its own, or for a nested roster the instance
    enclosing it; None for a case page or a top-level roster."""
    key = page[1]
    if isinstance(key, tuple) and is_nested_roster(interview, page):
        return key_of(key)
    return key


def neighbour(interview: Interview, page: Page, step: int) -> Page | None:
    """The page after (``step`` = 1) or before (-1) ``page`` in the keyboard's walk."""
    roster, uid = roster_of(interview, page), instance_key(interview, page)
    if roster is not None and uid is not None:  # an instance's page: its pages, then the roster
        own = member_pages(interview, roster[0], uid)
        if page in own:
            index = own.index(page) + step
            if 0 <= index < len(own):
                return own[index]
        return roster
    top = [p for p in pages(interview) if p[1] is None and relevant(interview, p)]
    if page not in top:
        return None
    index = top.index(page) + step
    return top[index] if 0 <= index < len(top) else None


def page_of(interview: Interview, address: Address) -> Page | None:
    """The page that shows ``address``."""
    key: Key | None = key_of(address.path) if address.path else None
    for page in pages(interview):
        name, uid = page
        if uid != key or is_roster(interview, page):
            continue
        group = element_of(interview, name)
        assert isinstance(group, Group)
        if address.name in {q.name for q in questions_on(interview, group)}:
            return page
    return None


def questions_on(interview: Interview, group: Group) -> list[Question]:
    """A section's questions, plus the questions that sit between it and the next section;
    for a repeat's own page, the questions it asks before its first group."""
    if isinstance(group, Repeat):
        return _leading(group)
    if group.name == CASE_PAGE:
        return list(leading_questions(interview))
    return [*_questions(group), *_followers(interview, group)]


def _questions(element: Element) -> list[Question]:
    if isinstance(element, Question):
        return [element]
    found: list[Question] = []
    for child in getattr(element, "children", ()):
        if not isinstance(child, Repeat):
            found += _questions(child)
    return found


def _followers(interview: Interview, group: Group) -> list[Question]:
    """Questions that sit beside the group, before the next group, belong on its page."""
    parent = interview.graph.parent.get(group.name)
    container = interview.graph.elements[parent] if parent is not None else None
    siblings = container.children if isinstance(container, Group) else interview.form.children
    index = next(i for i, element in enumerate(siblings) if element.name == group.name)
    found: list[Question] = []
    for element in siblings[index + 1 :]:
        if isinstance(element, Group):
            break
        if isinstance(element, Question):
            found.append(element)
    return found


def section_address(interview: Interview, group: Group, instance: Key | None) -> Address:
    """Where a section's title is read from (piped as seen from that instance)."""
    if isinstance(instance, tuple):
        return interview.address(group.name, instance)
    repeat = interview.graph.repeat_of.get(group.name)
    return Address(group.name, repeat, instance if repeat else None)


def title(text: str) -> str:
    """A section title as shown: without the trailing colon an empty piped name leaves."""
    return text.strip().rstrip(":").rstrip()
