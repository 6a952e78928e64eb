"""Walk any form through the interview engine, answering what an enumerator would answer.

The demo households (``generate``) know our own questionnaire; this walker knows no form.
It is how a form nobody here wrote is tried: every relevant question gets a value of its
type that its choices and constraint accept (candidates are tried in turn, the engine's
``AnswerResult`` says which one it took), every roster gets ``instances`` members (a roster
sized by ``repeat_count`` follows its count), and the walk goes round again while answers
open new questions, at most ``passes`` times. What is left is reported, not raised: a
question no candidate satisfies, an answer the engine refused with an exception, a roster
that cannot be filled. The walker never raises for the form's sake (``walk`` catches what
the engine throws at each step and names it), so a corpus run sees every form through.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from surveytool.demo.regex_sample import sample
from surveytool.form.model import (
    METADATA_TYPES,
    PHONE_ONLY_TYPES,
    Element,
    Form,
    Group,
    Question,
    Repeat,
)
from surveytool.interview import Address, AnswerStatus, Interview

#: types whose value the tool fills itself (metadata), a phone records, or the form computes
_NOT_ASKED = METADATA_TYPES | PHONE_ONLY_TYPES | frozenset({"calculate", "note", "hidden"})
Offer = int | float | str  # a raw answer, as an enumerator types it
_NUMBER = re.compile(r"(?<![\w.$])-?\d+(?:\.\d+)?(?![\w.])")
_REGEX = re.compile(r"regex\(\s*\.\s*,\s*\(?\s*(['\"])(.*?)\1")  # regex(., ('p')) too
_REFERENCE = re.compile(r"\$\{([A-Za-z_][\w.\-]*)\}")
_QUOTED = re.compile(r"'([^']*)'|\"([^\"]*)\"")
#: numbers a respondent gives most often, 2 first so that a roster sized by an answer has
#: members to walk; then what the constraint names (its bounds and their neighbours)
_EVERYDAY = (2, 1, 3, 5, 10, 18, 30, 45, 0, 100, 2000)
_SPECIAL_CODES = frozenset({"other", "dk", "dont_know", "refused", "refuse", "none", "no_answer"})


@dataclass(frozen=True, slots=True)
class Unanswered:
    """A relevant question the walk could not answer acceptably, and why."""

    address: str
    type: str
    reason: str


@dataclass(frozen=True, slots=True)
class WalkResult:
    """What one walk of a form did: answers given, questions left, the case's state."""

    answered: int  # answers the walker gave that the engine took (status OK)
    relevant: int  # relevant questions an enumerator answers, at the end of the walk
    members: Mapping[str, int]  # roster members made per repeat, at every level
    passes: int
    can_complete: bool
    unanswered: tuple[Unanswered, ...] = ()
    roster_errors: tuple[str, ...] = field(default=())
    interview: Interview | None = None

    @property
    def instances(self) -> int:
        """Roster members made, all repeats together."""
        return sum(self.members.values())

    @property
    def blocking(self) -> tuple[Unanswered, ...]:
        """The unanswered questions that keep the case from completing."""
        return tuple(u for u in self.unanswered if u.reason != "optional")


def walk(
    form: Form,
    *,
    instances: int = 2,
    passes: int = 4,
    today: date | None = None,
) -> WalkResult:
    """Answer every relevant question of a new case of ``form``; see the module docstring."""
    day = today or date.today()
    interview = Interview(form, today=day)
    answered: set[Address] = set()
    refused: dict[Address, str] = {}
    roster_errors: list[str] = []
    done = 0
    while done < passes:
        done += 1
        _fill_rosters(interview, form.children, (), instances, roster_errors)
        progress = False
        for address in list(interview.walk()):
            question = interview.graph.elements.get(address.name)
            if not isinstance(question, Question) or not _asked(interview, question, address):
                continue
            if address in answered and _ok(interview, address):
                continue
            outcome = _answer(interview, question, address, day)
            if outcome is None:
                answered.add(address)
                refused.pop(address, None)
                progress = True
            else:
                refused[address] = outcome
        if not progress:
            break
    unanswered = []
    relevant = 0
    for address in interview.walk():
        question = interview.graph.elements.get(address.name)
        if not isinstance(question, Question) or not _asked(interview, question, address):
            continue
        relevant += 1
        if address in answered and _ok(interview, address):
            continue
        status = interview.status.get(address, (AnswerStatus.OK, None))[0]
        why = refused.get(address, "not reached")
        reason = why if status is not AnswerStatus.OK else "optional"
        unanswered.append(Unanswered(str(address), question.type, reason))
    return WalkResult(
        answered=sum(1 for a in answered if _ok(interview, a)),
        relevant=relevant,
        members=_count_members(interview, form.children, (), {}),
        passes=done,
        can_complete=_can_complete(interview),
        unanswered=tuple(unanswered),
        roster_errors=tuple(roster_errors),
        interview=interview,
    )


def candidates(
    question: Question, choices: Sequence[str], today: date, related: Sequence[Offer] = ()
) -> Sequence[Offer]:
    """Values to offer ``question``, most likely accepted first: everyday numbers, then the
    ones its constraint names and their neighbours, then the neighbours of the answers it
    compares with (``related``: ``. <= ${hh_size}``, ``. > ${birth}``); choices in list order
    (other, don't know and refusals last); dates in the past before the future."""
    kind = question.type
    hints = _hints(question)
    ordinary = [c for c in choices if c.lower() not in _SPECIAL_CODES]
    ordered = [*ordinary, *[c for c in choices if c not in ordinary]]
    if kind in ("select_one", "select_one_from_file", "select_one_external"):
        return list(ordered)
    if kind in ("select_multiple", "select_multiple_from_file", "rank"):
        picks: list[Offer] = [" ".join(ordered)] if kind == "rank" and ordered else []
        return [*picks, " ".join(ordered[:2]), *ordered] if len(ordered) > 1 else [*ordered]
    if kind in ("integer", "range"):
        numbers = [n for n in [*_numbers(hints), *_near(related)] if float(n).is_integer()]
        return _unique([*_EVERYDAY, *(int(n) for n in numbers)])
    if kind == "decimal":
        return _unique([*_EVERYDAY, 1.5, 0.5, 25.5, *_numbers(hints), *_near(related)])
    if kind == "date":
        days = (0, 30, 365, 365 * 30, -30)
        past = [(today - timedelta(days=d)).isoformat() for d in days]
        return [*past, "2000-01-01", *_near_dates(related)]
    if kind == "time":
        return ["10:30", "10:30:00", "08:00"]
    if kind in ("datetime", "dateTime"):
        return [f"{today.isoformat()}T10:30:00", f"{today.isoformat()} 10:30"]
    if kind == "geopoint":
        return ["12.5 -8.25 0 5", "0.5 30.5 0 5"]
    if kind == "geotrace":
        return ["12.5 -8.25 0 0;12.6 -8.25 0 0"]
    if kind == "geoshape":
        return ["12.5 -8.25 0 0;12.6 -8.25 0 0;12.6 -8.15 0 0;12.5 -8.25 0 0"]
    if kind in ("image", "audio", "video", "file", "background-audio"):
        return [
            {"image": "photo.jpg", "audio": "sound.m4a", "video": "clip.mp4"}.get(kind, "a.pdf")
        ]
    if kind in ("acknowledge", "trigger"):
        return ["OK"]
    if kind == "barcode":
        return ["4006381333931"]
    patterns = [sample(pattern) for _, pattern in _REGEX.findall(hints)]
    texts = [t for t in _quoted(hints) if t and not any(c in t for c in "^$[]\\()*+?{}|")]
    made = [t for t in patterns if t is not None]
    return _unique([*made, *texts, "Amina", "1", "0712345678", "A1", today.isoformat()])


# -- one answer --------------------------------------------------------------------------------
def _answer(interview: Interview, question: Question, address: Address, today: date) -> str | None:
    """Give ``address`` the first candidate the engine takes; None when one was taken, else
    the reason the last candidate was refused (a constraint's message, an invalid value, an
    exception's text)."""
    try:
        choices = [choice.value for choice in interview.choices(address)]
    except Exception as error:  # the walk reports an engine failure; it does not stop
        return _failure("choices", error)
    offers = candidates(question, choices, today, _related(interview, question, address))
    if not offers:
        return "no candidate for this type" if not question.is_select else "no choice to pick"
    reason = "no candidate accepted"
    for offer in offers:
        try:
            result = interview.answer(address, offer)
        except Exception as error:
            return _failure("answer", error)
        if result.status is AnswerStatus.OK:
            return None
        reason = f"{result.status.value}: {result.message or ''}".strip()
    try:  # leave no refused value stored: the question reads as unanswered, as it is
        interview.answer(address, None)
    except Exception as error:
        return _failure("clear", error)
    return reason


def _related(interview: Interview, question: Question, address: Address) -> list[Offer]:
    """The answers ``question``'s constraint compares with, read where ``address`` reads
    them (a member's own answer inside a roster, the case's outside it)."""
    found: list[Offer] = []
    for name in _REFERENCE.findall(str(question.constraint or "")):
        try:
            other = interview.form.question(name)
            where = replace(address, name=name) if other.repeat == question.repeat else None
            value = interview.value(where or Address(name))
        except Exception:  # a name the walker cannot place is no hint, not an error
            continue
        if isinstance(value, int | float | str) and value != "":
            found.append(value)
    return found


def _asked(interview: Interview, question: Question, address: Address) -> bool:
    return (
        question.type not in _NOT_ASKED
        and question.calculation is None
        and not question.read_only
        and interview.is_relevant(address)
    )


def _ok(interview: Interview, address: Address) -> bool:
    status = interview.status.get(address, (AnswerStatus.OK, None))[0]
    return status is AnswerStatus.OK and interview.value(address) is not None


def _can_complete(interview: Interview) -> bool:
    try:
        return interview.can_complete()
    except Exception:  # reported as "cannot complete"
        return False


def _failure(step: str, error: Exception) -> str:
    return f"engine error while {step}: {type(error).__name__}: {error}"[:300]


# -- rosters -----------------------------------------------------------------------------------
Outer = tuple[tuple[str, int], ...]


def _fill_rosters(
    interview: Interview,
    elements: tuple[Element, ...],
    outer: Outer,
    wanted: int,
    errors: list[str],
) -> None:
    """Give every roster without a ``repeat_count`` ``wanted`` members, inside every member
    of the rosters around it; a roster the engine will not grow is named in ``errors``."""
    for element in elements:
        if isinstance(element, Repeat):
            try:
                ids = _instances(interview, element.name, outer)
                while element.repeat_count is None and len(ids) < wanted:
                    interview.add_instance(element.name, **_inside(outer))
                    ids = _instances(interview, element.name, outer)
            except Exception as error:
                text = _failure(f"adding to {element.name}", error)
                if text not in errors:
                    errors.append(text)
                continue
            for uid in list(ids):
                _fill_rosters(
                    interview, element.children, (*outer, (element.name, uid)), wanted, errors
                )
        elif isinstance(element, Group):
            _fill_rosters(interview, element.children, outer, wanted, errors)


def _instances(interview: Interview, repeat: str, outer: Outer) -> list[int]:
    return list(interview.instances(repeat, **_inside(outer)))


def _inside(outer: Outer) -> dict[str, Any]:
    """The engine's argument for a roster inside other rosters' members (none at the top,
    so a top-level roster is asked for exactly as before repeats could nest)."""
    return {"outer": outer} if outer else {}


def _count_members(
    interview: Interview, elements: tuple[Element, ...], outer: Outer, counts: dict[str, int]
) -> dict[str, int]:
    """Members made per repeat, inside every member of the repeats around it."""
    for element in elements:
        if isinstance(element, Repeat):
            try:
                ids = _instances(interview, element.name, outer)
            except Exception:  # a roster the engine cannot list counts 0
                continue
            counts[element.name] = counts.get(element.name, 0) + len(ids)
            for uid in ids:
                inner = (*outer, (element.name, uid))
                _count_members(interview, element.children, inner, counts)
        elif isinstance(element, Group):
            _count_members(interview, element.children, outer, counts)
    return counts


# -- what a question's expressions suggest ------------------------------------------------------
def _hints(question: Question) -> str:
    return " ".join(str(e) for e in (question.constraint, question.relevant) if e is not None)


def _numbers(text: str) -> list[float]:
    found: list[float] = []
    for match in _NUMBER.findall(text):
        number = float(match)
        found += [number, number + 1, number - 1]
    return found


def _near(values: Sequence[Offer]) -> list[float]:
    numbers = []
    for value in values:
        try:
            number = float(value)
        except ValueError:
            continue
        numbers += [number, number - 1, number + 1]
    return numbers


def _near_dates(values: Sequence[Offer]) -> Iterator[str]:
    for value in values:
        try:
            day = date.fromisoformat(str(value)[:10])
        except ValueError:
            continue
        for shift in (0, 1, -1, 365):
            yield (day + timedelta(days=shift)).isoformat()


def _quoted(text: str) -> Iterator[str]:
    for single, double in _QUOTED.findall(text):
        yield single or double


def _unique(values: Sequence[Offer]) -> list[Offer]:
    seen: list[Offer] = []
    for given in values:
        value = int(given) if isinstance(given, float) and given.is_integer() else given
        if value not in seen:
            seen.append(value)
    return seen
