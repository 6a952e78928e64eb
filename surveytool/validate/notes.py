"""The wording shared by the notes beside a check's summary line, in the report's language.

A note says what a check left unjudged and why ("3 record(s) ... not judged"); several notes
of one check are joined into one line. The runner, the built-ins and the recruitment-cost
check all shorten long lists of names the same way, so a note reads alike whichever wrote it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from surveytool.common.catalogue import SOURCE_LANGUAGE, message

NOT_RUN = message("validate.note.not_run", "not run")
_MORE = message("validate.note.more", "{names} and {more} more")

SEPARATOR = "; "
"""Between the notes of one check (punctuation, the same in every language)."""


def few(names: Sequence[str], language: str = SOURCE_LANGUAGE, shown: int = 12) -> str:
    """The first ``shown`` names, and how many more there are."""
    listed = ", ".join(names[:shown])
    more = len(names) - shown
    return _MORE.text(language, names=listed, more=more) if more > 0 else listed


def joined(notes: Iterable[str]) -> str:
    """One check's notes as one line; empty notes left out."""
    return SEPARATOR.join(note for note in notes if note)
