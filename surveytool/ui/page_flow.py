"""Which pages a case has and in which order the keyboard walks them.

A page is a section (a group of the form) for the household or for one member, or a roster.
The walk is CSPro's heads-down order: the household's sections, then the roster; from the
roster Enter opens a member, whose sections follow one another; after a member's last
section the walk returns to the roster (where Insert adds the next member), and from the
roster it goes on to the household sections that follow it. Nothing here names a section
or a repeat of one particular form: the shape comes from the form.
"""

from __future__ import annotations

from surveytool.form.model import Element, Group, Question, Repeat
from surveytool.interview import Address, Interview

Page = tuple[str, int | None]  # (group or repeat name, instance of the member or None)


def pages(interview: Interview) -> list[Page]:
    """Case-level sections, each roster, then each member's sections, in form order."""
    found: list[Page] = []
    for element in interview.form.children:
        if isinstance(element, Repeat):
            found.append((element.name, None))
            for uid in interview.instances(element.name):
                found += [(g.name, uid) for g in element.children if _is_section(g)]
        elif isinstance(element, Group):
            found.append((element.name, None))
    return found


def _is_section(element: Element) -> bool:
    return isinstance(element, Group) and not isinstance(element, Repeat)


def is_roster(interview: Interview, page: Page) -> bool:
    return isinstance(interview.graph.elements[page[0]], Repeat) and page[1] is None


def relevant(interview: Interview, page: Page) -> bool:
    name, uid = page
    if is_roster(interview, page):
        return True
    return interview.is_relevant(interview.address(name, uid) if uid else Address(name))


def roster_of(interview: Interview, page: Page) -> Page | None:
    """The roster page a member's section belongs to (None for a household section)."""
    name, uid = page
    if uid is None:
        return None
    repeat = interview.graph.repeat_of.get(name)
    return (repeat, None) if repeat else None


def member_pages(interview: Interview, repeat: str, uid: int) -> list[Page]:
    """One member's relevant sections, in order."""
    element = interview.graph.elements[repeat]
    assert isinstance(element, Repeat)
    found = [(g.name, uid) for g in element.children if _is_section(g)]
    return [page for page in found if relevant(interview, page)]


def neighbour(interview: Interview, page: Page, step: int) -> Page | None:
    """The page after (``step`` = 1) or before (-1) ``page`` in the keyboard's walk."""
    roster = roster_of(interview, page)
    if roster is not None:  # a member's section: within the member, then back to the roster
        own = member_pages(interview, roster[0], page[1])  # type: ignore[arg-type]
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
    for page in pages(interview):
        name, uid = page
        element = interview.graph.elements[name]
        if uid != address.instance or isinstance(element, Repeat):
            continue
        on_page = questions_on(interview, element)  # type: ignore[arg-type]
        if address.name in {q.name for q in on_page}:
            return page
    return None


def questions_on(interview: Interview, group: Group) -> list[Question]:
    """A section's questions, plus the questions that sit between it and the next section."""
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
    siblings = (
        interview.form.children if parent is None else interview.graph.elements[parent].children  # type: ignore[union-attr]
    )
    index = next(i for i, element in enumerate(siblings) if element.name == group.name)
    found: list[Question] = []
    for element in siblings[index + 1 :]:
        if isinstance(element, Group):
            break
        if isinstance(element, Question):
            found.append(element)
    return found


def section_address(interview: Interview, group: Group, instance: int | None) -> Address:
    repeat = interview.graph.repeat_of.get(group.name)
    return Address(group.name, repeat, instance if repeat else None)


def title(text: str) -> str:
    """A section title as shown: without the trailing colon an empty piped name leaves."""
    return text.strip().rstrip(":").rstrip()
