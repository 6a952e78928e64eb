"""Demo data by simulated interviews: every value goes through the interview engine.

Only relevant questions are answered and every constraint holds, because the engine is
asked, answer by answer, exactly as the entry screen asks it. Cases are written to the
store as the events such an interview records, with realistic timings (paradata).
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from surveytool.common.progress import NullProgress, Progress
from surveytool.demo.answers import CASE_RULES, DONT_KNOW, PERSON_RULES, Household
from surveytool.demo.people import Person, household
from surveytool.form.model import Form, Question
from surveytool.interview import Address, AnswerStatus, Interview
from surveytool.store.bulk import EventRow, write_case
from surveytool.store.store import Store, SurveyKey

ANSWERABLE = frozenset({"integer", "decimal", "text", "select_one", "select_multiple", "date"})


@dataclass(frozen=True, slots=True)
class DemoCase:
    household: Household
    interview: Interview
    events: list[EventRow]
    complete: bool


def simulate(form: Form, h: Household, rng: random.Random) -> DemoCase:
    interview = Interview(form, today=h.interview_date)
    clock = datetime.combine(h.interview_date, time(8, rng.randint(0, 59)))
    events: list[EventRow] = []
    people = {uid: person for uid, person in _add_people(interview, h, events, clock)}
    for _ in range(6):  # answering can make later questions relevant; a few passes settle it
        if not _answer_pass(interview, h, people, rng, events, clock):
            break
    moment = clock
    for index, event in enumerate(events):  # 3 to 25 seconds per answer: plausible paradata
        moment += timedelta(seconds=rng.randint(3, 25))
        events[index] = (moment.isoformat(timespec="milliseconds") + "+00:00", *event[1:])
    return DemoCase(h, interview, events, interview.can_complete())


def _add_people(
    interview: Interview, h: Household, events: list[EventRow], clock: datetime
) -> Iterator[tuple[int, Person]]:
    for person in h.people:
        uid = interview.add_instance("persons")
        events.append(("", "add", f"persons#{uid}", None))
        yield uid, person


def _answer_pass(
    interview: Interview,
    h: Household,
    people: dict[int, Person],
    rng: random.Random,
    events: list[EventRow],
    clock: datetime,
) -> bool:
    answered = False
    for address in list(interview.walk()):
        question = interview.graph.elements[address.name]
        if not isinstance(question, Question) or question.type not in ANSWERABLE:
            continue
        if address in interview.answers or not interview.is_relevant(address):
            continue
        if question.read_only and question.name not in CASE_RULES:
            continue
        person = people.get(address.instance) if address.instance is not None else None
        for candidate in _candidates(interview, question, address, person, h, rng):
            result = interview.answer(address, candidate)
            if result.status in (AnswerStatus.OK, AnswerStatus.REQUIRED_BUT_EMPTY):
                if candidate is not None:
                    events.append(("", "set", str(address), interview.answers.get(address)))
                    answered = True
                break
            interview.answer(address, None)
    return answered


def _candidates(
    interview: Interview,
    question: Question,
    address: Address,
    person: Person | None,
    h: Household,
    rng: random.Random,
) -> list[object]:
    proposed: list[object] = []
    if person is not None and question.name in PERSON_RULES:
        proposed = PERSON_RULES[question.name](person, h, rng)
    elif person is None and question.name in CASE_RULES:
        proposed = CASE_RULES[question.name](h, rng)
    elif address.repeat == "absentees":
        proposed = _absentee(question.name, h, rng)
    return [*proposed, *_fallbacks(interview, question, h, rng)]


def _absentee(name: str, h: Household, rng: random.Random) -> list[object]:
    values: dict[str, list[object]] = {
        "abs_age": [rng.randint(18, 45)],
        "abs_country": [rng.choice(["FRA", "GAB", "NGA", "ZAF", "SAU"])],
        "abs_year_left": [h.year - rng.randint(1, 10)],
        "abs_reason": ["11", "12"],
        "abs_working": ["1"],
        "abs_sends_money": ["1", "2"],
    }
    return values.get(name, [])


def _fallbacks(
    interview: Interview, question: Question, h: Household, rng: random.Random
) -> Sequence[object]:
    kind = question.type
    if question.is_select:
        choices = interview.form.choices_for(question)
        codes = list(choices.values()) if choices else []
        plain = [code for code in codes if code not in DONT_KNOW and code != "other"]
        rng.shuffle(plain)
        extra = [code for code in codes if code in DONT_KNOW]
        if kind == "select_multiple":
            return [" ".join(plain[:k]) for k in (1, 2) if plain][:2] + extra
        return plain[:25] + extra
    if kind == "integer":
        hints = [
            rng.randint(1, 12),
            rng.randint(0, 60),
            h.year - rng.randint(0, 20),
            1,
            0,
            9998,
            98,
        ]
        return hints
    if kind == "decimal":
        return [float(rng.randrange(1_000, 200_000, 500)), 1.0, 0.0]
    if kind == "date":
        return [(h.interview_date - timedelta(days=rng.randint(30, 2000))).isoformat()]
    return ["demo"]


def interrupted(form: Form, case: DemoCase, rng: random.Random) -> DemoCase:
    """The same interview stopped part-way: only its first 30-80 % of events were recorded."""
    from surveytool.casework.session import replay
    from surveytool.store.store import Event

    keep = max(2, int(len(case.events) * rng.uniform(0.3, 0.8)))
    events = case.events[:keep]
    stored = [
        Event(i, "", at, "", kind, path, value) for i, (at, kind, path, value) in enumerate(events)
    ]
    answers, instances = replay(stored)
    interview = Interview.restore(form, answers, instances, today=case.household.interview_date)
    return DemoCase(case.household, interview, events, complete=False)


def generate(
    store: Store,
    form: Form,
    *,
    country: str,
    households: int,
    seed: int = 1,
    in_progress_share: float = 0.0,
    year: int | None = None,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Fill ``store`` with simulated households; returns counts by status."""
    progress = progress or NullProgress()
    rng = random.Random(seed)
    year = year or date.today().year
    counts = {"complete": 0, "in_progress": 0}
    start_number = store.count_cases() + 1
    for index in range(households):
        if progress.cancelled:
            break
        number = start_number + index
        cluster = f"C{(number - 1) // 12 + 1:04d}"
        day = date(year, 1, 1) + timedelta(days=rng.randint(0, 300))
        people = tuple(household(rng, country, year))
        h = Household(country, year, cluster, number, day, f"E{rng.randint(1, 40):03d}", people)
        case = simulate(form, h, rng)
        if not case.complete or rng.random() < in_progress_share:
            case = interrupted(form, case, rng)
        status = "complete" if case.complete else "in_progress"
        counts[status] += 1
        first, last = case.events[0][0], case.events[-1][0]
        statuses = [(first, "in_progress")] + ([(last, "complete")] if status == "complete" else [])
        answers = {str(a): v for a, v in case.interview.answers.items()}
        instances = {name: case.interview.instances(name) for name in case.interview.graph.repeats}
        write_case(
            store,
            form_id=form.form_id,
            form_version=form.version,
            key=SurveyKey(country, str(year), cluster, number),
            enumerator=h.enumerator,
            events=case.events,
            statuses=statuses,
            snapshot=(answers, instances, len(case.interview.problems())),
        )
        progress.update(index + 1, households, f"household {number}")
    return counts
