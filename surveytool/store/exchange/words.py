"""The words a sentence about packages uses for their codes: a package's kind, a conflict's
reason, which version an officer kept. Catalogued, so "a batch package" reads "un paquet de
type lot" in French rather than carrying the English code into every language."""

from __future__ import annotations

from surveytool.common.catalogue import Message, message

KIND_WORDS: dict[str, Message] = {
    "batch": message("store.word.kind.batch", "batch"),
    "harmonised": message("store.word.kind.harmonised", "harmonised"),
}
REASON_WORDS: dict[str, Message] = {
    "changed_here": message("store.word.reason.changed_here", "changed here since it was imported"),
    "diverged": message("store.word.reason.diverged", "its history differs from the one imported"),
    "not_imported": message("store.word.reason.not_imported", "entered here, not imported"),
    "key_taken": message("store.word.reason.key_taken", "another case has the same household key"),
}
KEEP_WORDS: dict[str, Message] = {
    "ours": message("store.word.keep.ours", "this store's version"),
    "theirs": message("store.word.keep.theirs", "the package's version"),
}


def word(words: dict[str, Message], code: object) -> Message | str:
    """The catalogued word for ``code`` (rendered in the sentence's language); an unknown code
    as it is."""
    return words.get(str(code), str(code))
