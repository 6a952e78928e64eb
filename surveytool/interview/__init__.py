"""The interview engine: the state of one case, the contract every client uses.

Clients (the entry screen, the demo generator, the tests) hold an ``Interview`` and:

* read ``walk()`` for question addresses in questionnaire order, ``is_relevant(address)``,
  ``value(address)`` (effective: None when unanswered or irrelevant), ``label(address)``
  (with ``${name}`` piped), ``choices(address)`` (after ``choice_filter``);
* call ``answer(address, raw) -> AnswerResult``: never raises for bad input; the status is
  OK, REQUIRED_BUT_EMPTY, CONSTRAINT_VIOLATED (stored, flagged) or INVALID (not stored,
  e.g. letters in a number); ``changed`` lists the addresses to refresh;
* manage the roster with ``add_instance`` / ``remove_instance`` / ``move_instance``; instance
  ids are stable, positions are not;
* ask ``problems()`` / ``can_complete()`` before marking a case complete;
* navigate with ``next_address`` / ``previous_address`` (relevant, answerable questions).

An ``Address`` is a question name plus, inside a repeat, the instance id; inside a repeat in
a repeat, the path of instances (``members#3/trips#2/destination``): rosters of a nested
repeat are per enclosing instance (``instances(repeat, outer)``, ``add_instance(repeat,
outer=...)``; ``rosters_text()`` lists them all). The engine keeps no file and no thread:
persistence is ``surveytool.store``'s job.
"""

from surveytool.interview.address import Address
from surveytool.interview.engine import AnswerResult, AnswerStatus, Interview, Problem

__all__ = ["Address", "AnswerResult", "AnswerStatus", "Interview", "Problem"]
