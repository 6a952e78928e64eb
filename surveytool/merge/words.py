"""Words the merge and the tables spec put into sentences for codes (a column's type, what a
spec field should be), catalogued so that no English code lands in a translated sentence."""

from __future__ import annotations

from surveytool.common.catalogue import Message, message

TYPE_WORDS: dict[str, Message] = {
    "integer": message("merge.word.type.integer", "whole numbers"),
    "number": message("merge.word.type.number", "numbers"),
    "string": message("merge.word.type.string", "text"),
    "date": message("merge.word.type.date", "dates"),
    "boolean": message("merge.word.type.boolean", "yes/no values"),
}
KIND_WORDS: dict[type, Message] = {
    str: message("merge.word.kind.text", "a text"),
    dict: message("merge.word.kind.mapping", "a mapping (name: value lines)"),
    list: message("merge.word.kind.list", "a list"),
    int: message("merge.word.kind.integer", "a whole number"),
    float: message("merge.word.kind.number", "a number"),
    bool: message("merge.word.kind.boolean", "true or false"),
}


def type_word(code: object) -> Message | str:
    return TYPE_WORDS.get(str(code), str(code))


def kind_word(kind: type) -> Message | str:
    return KIND_WORDS.get(kind, kind.__name__)
