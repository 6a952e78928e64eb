"""An open case: the interview engine in memory, every change appended to the store at once.

``CaseSession.answer`` first asks the engine (which may refuse a value that is not of the
question's type), then commits the event; the return value tells the UI what to refresh.
Reopening a case replays its events on top of the last snapshot.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from datetime import date
from typing import TYPE_CHECKING

from surveytool.common.device import device_id
from surveytool.common.progress import NullProgress, Progress
from surveytool.form.model import Form
from surveytool.interview import Address, AnswerResult, AnswerStatus, Interview, Problem
from surveytool.interview.address import Path, parse_roster_event, path_text, roster_key
from surveytool.interview.coerce import Answer
from surveytool.interview.metadata import Moment, has_metadata, metadata_answers
from surveytool.interview.naming import case_name
from surveytool.store.statuses import EDITABLE, ENUMERATOR, edit_refusal, refusal
from surveytool.store.store import CaseRow, Event, Store, SurveyKey

if TYPE_CHECKING:
    from surveytool.interview.live_rules import Finding


def _answer(value: object, where: str) -> Answer:
    """A stored answer (JSON) as the engine takes it: only what ``answer()`` ever writes."""
    if isinstance(value, int | float | str):
        return value
    raise ValueError(f"{where}: {value!r} is not an answer")  # a damaged store: our bug


def replay(
    events: list[Event],
    answers: Mapping[Address, Answer] | None = None,
    instances: Mapping[str, list[int]] | None = None,
) -> tuple[dict[Address, Answer], dict[str, list[int]]]:
    """Answers and rosters after applying events in order (status events are ignored).

    Rosters are keyed as snapshots keep them (``Interview.rosters_text``): a roster event's
    path is its roster key and the instance id (``persons#3``, ``persons#3/trips#2``);
    removing an instance drops its answers and every roster inside it."""
    answers = dict(answers or {})
    instances = {name: list(ids) for name, ids in (instances or {}).items()}
    for event in events:
        if event.kind == "set":
            address = Address.parse(event.path)
            if event.value is None:
                answers.pop(address, None)
            else:
                answers[address] = _answer(event.value, f"event {event.seq}")
        elif event.kind in ("add", "remove", "move"):
            key, uid = parse_roster_event(event.path)
            ids = instances.setdefault(key, [])
            if event.kind == "add" and uid not in ids:
                ids.append(uid)
            elif event.kind == "remove" and uid in ids:
                ids.remove(uid)
                _drop_instance(answers, instances, key, uid)
            elif event.kind == "move" and uid in ids:
                ids.remove(uid)
                position = event.value if isinstance(event.value, int) else 1  # 1-based
                ids.insert(max(0, position - 1), uid)
    return answers, instances


def _drop_instance(
    answers: dict[Address, Answer], instances: dict[str, list[int]], key: str, uid: int
) -> None:
    """Forget a removed instance's answers and the rosters inside it."""
    holder = Address.parse(key)  # "persons#3/trips": the repeat trips inside persons#3
    gone = (*holder.path, (holder.name, uid))
    depth = len(gone)
    for address in [a for a in answers if a.path[:depth] == gone]:
        del answers[address]
    inside = f"{path_text(gone)}/"
    for nested in [name for name in instances if name.startswith(inside)]:
        del instances[nested]


def load_interview(
    store: Store,
    form: Form,
    case_uuid: str,
    *,
    language: str | None = None,
    today: date | None = None,
) -> tuple[Interview, int]:
    """A case rebuilt from its last snapshot plus the events after it, and its last event."""
    last_seq, stored, stored_instances = store.snapshot(case_uuid)
    events = store.events(case_uuid, after=last_seq)
    base = {
        Address.parse(path): _answer(value, f"snapshot of {case_uuid}")
        for path, value in stored.items()
    }
    answers, instances = replay(events, base, stored_instances)
    interview = Interview.restore(form, answers, instances, language=language, today=today)
    return interview, (events[-1].seq if events else last_seq)


class CaseSession:
    """The enumerator's open case. Every change is written before it counts: an edit the
    store refuses (a complete or approved case) or fails to write leaves the interview as it
    was and raises ``StoreError`` (``StatusRefused`` for a refusal)."""

    def __init__(
        self,
        store: Store,
        form: Form,
        case_uuid: str,
        enumerator: str,
        *,
        language: str | None = None,
        today: date | None = None,
        device_id: str | None = None,
    ) -> None:
        self.store = store
        self.case_uuid = case_uuid
        self.enumerator = enumerator
        self.interview, self.last_seq = load_interview(
            store, form, case_uuid, language=language, today=today
        )
        self._device_id = device_id  # None: this workstation's (common.device)
        self._fill_metadata("open")
        self._opened_seq = self.last_seq

    @property
    def status(self) -> str:
        return self.store.case(self.case_uuid).status

    @property
    def editable(self) -> bool:
        """Can the enumerator change answers now (new, in progress or rejected)?"""
        return self.status in EDITABLE

    def _require_editable(self) -> None:
        refused = edit_refusal(self.status)
        if refused is not None:
            raise refused

    def answer(self, address: Address, raw: object) -> AnswerResult:
        self._require_editable()
        before = self.interview.answers.get(address)
        rows = self.interview.rosters_text()
        result = self.interview.answer(address, raw)
        if result.status is AnswerStatus.INVALID:
            return result
        try:
            with self.store.transaction():
                self.last_seq = self.store.record_answer(
                    self.case_uuid,
                    str(address),
                    self.interview.answers.get(address),
                    self.enumerator,
                )
                self._record_counted_rows(rows)
        except BaseException:
            self.interview.answer(address, before)  # memory never runs ahead of the event log
            raise
        return result

    def _record_counted_rows(self, before: dict[str, list[int]]) -> None:
        """Rows a ``repeat_count`` made or dropped because of the answer are events too, so a
        dropped row's answers stay dropped when the count grows again in a later session.

        Rosters are compared by key, outer ones first; a roster gone with its enclosing
        instance needs no event of its own (removing the instance removes it)."""
        after = self.interview.rosters_text()
        for key, now in after.items():
            old = before.get(key, [])
            for uid in old:
                if uid not in now:
                    self.last_seq = self.store.record_roster(
                        self.case_uuid, "remove", key, uid, self.enumerator
                    )
            for uid in now:
                if uid not in old:
                    self._record_new_row(key, uid)

    def _record_new_row(self, key: str, uid: int) -> None:
        """An instance added to the roster ``key`` (``persons``, ``persons#3/trips``), with
        the defaults it got."""
        self.last_seq = self.store.record_roster(self.case_uuid, "add", key, uid, self.enumerator)
        for address, value in list(self.interview.answers.items()):  # the row's defaults
            if address.instance == uid and address.roster == key:
                self.last_seq = self.store.record_answer(
                    self.case_uuid, str(address), value, self.enumerator
                )

    def add_person(self, repeat: str, outer: Path = ()) -> int:
        """Add an instance to ``repeat``'s roster (inside the instances ``outer`` for a
        repeat in a repeat); returns its id."""
        self._require_editable()
        uid = self.interview.add_instance(repeat, outer=outer)
        try:
            with self.store.transaction():
                self._record_new_row(roster_key(repeat, outer), uid)
        except BaseException:
            self.interview.remove_instance(repeat, uid, outer)
            raise
        return uid

    def remove_person(self, instance: int, repeat: str, outer: Path = ()) -> None:
        self._require_editable()
        self.last_seq = self.store.record_roster(
            self.case_uuid, "remove", roster_key(repeat, outer), instance, self.enumerator
        )
        self.interview.remove_instance(repeat, instance, outer)

    def move_person(self, instance: int, position: int, repeat: str, outer: Path = ()) -> None:
        self._require_editable()
        self.last_seq = self.store.record_roster(
            self.case_uuid, "move", roster_key(repeat, outer), instance, self.enumerator, position
        )
        self.interview.move_instance(repeat, instance, position, outer)

    def save_snapshot(self) -> None:
        """Derived data only: losing it costs a replay, never an answer."""
        answers = {str(address): value for address, value in self.interview.answers.items()}
        instances = self.interview.rosters_text()
        errors = len(self.interview.problems())
        name = case_name(self.interview)  # the form's instance_name: the case list shows it
        self.store.save_snapshot(self.case_uuid, self.last_seq, answers, instances, errors, name)

    def mark_complete(self) -> list[Problem | Finding]:
        """Refused (returns the blocking problems) unless the case has no error.

        Blocking: required or invalid answers, and rule findings of severity error;
        rule warnings do not block. A case that cannot become complete from its status
        (already complete, approved) raises ``StatusRefused`` before anything is checked."""
        refused = refusal(self.status, "complete", ENUMERATOR)
        if refused is not None:
            raise refused
        problems: list[Problem | Finding] = list(self.interview.problems())
        problems += [f for f in self.interview.rule_findings() if f.severity == "error"]
        if problems:
            return problems
        self._fill_metadata("complete")
        self.save_snapshot()
        self.store.set_status(self.case_uuid, "complete", self.enumerator, role=ENUMERATOR)
        return []

    def reopen(self, comment: str = "") -> None:
        """Complete -> in progress, before the office has decided: an event of its own."""
        self.store.set_status(
            self.case_uuid, "in_progress", self.enumerator, comment, role=ENUMERATOR
        )

    def close(self) -> None:
        if self.last_seq != self._opened_seq:
            self._fill_metadata("change")
        self.save_snapshot()

    def _fill_metadata(self, moment: Moment) -> None:
        """Write the form's metadata (start, end, today, deviceid, username) due at
        ``moment``, as answers of an editable case (``interview.metadata``)."""
        if not has_metadata(self.interview) or not self.editable:
            return
        device = self._device_id if self._device_id is not None else device_id()
        due = metadata_answers(self.interview, moment, device_id=device, username=self.enumerator)
        for address, value in due:
            self.answer(address, value)


def open_interviews(
    store: Store,
    form: Form,
    *,
    status: str | None = None,
    only: Collection[str] | None = None,
    progress: Progress | None = None,
) -> Iterator[tuple[CaseRow, Interview]]:
    """Every case of ``form`` (optionally of one status, or only the uuids in ``only``)
    rebuilt as an interview, read-only."""
    progress = progress or NullProgress()
    rows = [
        row
        for row in store.cases(status=status)
        if row.form_id == form.form_id and (only is None or row.uuid in only)
    ]
    for index, row in enumerate(rows):
        if progress.cancelled:
            return
        interview, _ = load_interview(store, form, row.uuid)
        yield row, interview
        progress.update(index + 1, len(rows), str(row.key))


def key_answers(form: Form, key: SurveyKey, enumerator: str) -> list[tuple[Address, object]]:
    """The answers a new case starts with: its survey key and its enumerator, in the variables
    the form's settings name (``survey_key``, ``enumerator_variable``)."""
    parts = (key.country, key.round, key.cluster, key.household)
    found: list[tuple[Address, object]] = [
        (Address(name), value) for name, value in zip(form.settings.survey_key, parts, strict=False)
    ]
    if form.settings.enumerator_variable:
        found.append((Address(form.settings.enumerator_variable), enumerator))
    return found
