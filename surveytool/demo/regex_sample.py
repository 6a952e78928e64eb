"""A text that a form's ``regex(., 'pattern')`` constraint accepts, made from the pattern.

Real forms check phone numbers (``^[0]{1}[0-9]{10}$``), codes (``^[a-zA-Z]{3}[0-9]{2}$``)
and e-mail addresses with ``regex()``; no everyday text satisfies them, so the walker
(``walk.py``) builds one: the pattern is read with Python's own regular-expression parser
(XForms patterns are XML Schema ones, close enough for what forms write) and each part
yields its smallest acceptable text, a letter or digit for a class, the least count for a
repetition, the first branch of an alternation. A pattern it cannot read gives None; the
walker then reports the question rather than guess.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

# Python 3.11 keeps its pattern parser under private names (sre_parse, their deprecated
# alias, warns on import); the parsed tree is plain tuples of opcodes and values
_c: Any = importlib.import_module("re._constants")
_p: Any = importlib.import_module("re._parser")

_CATEGORY = {
    _c.CATEGORY_DIGIT: "0",
    _c.CATEGORY_WORD: "a",
    _c.CATEGORY_SPACE: " ",
    _c.CATEGORY_NOT_DIGIT: "a",
    _c.CATEGORY_NOT_WORD: "-",
    _c.CATEGORY_NOT_SPACE: "a",
}


def sample(pattern: str) -> str | None:
    """A short text ``re.search(pattern, text)`` finds, or None when none could be made."""
    try:
        parsed = _p.parse(pattern)
        text = _build(list(parsed))
    except (re.error, ValueError, KeyError, TypeError, OverflowError):
        return None
    if text is None or re.search(pattern, text) is None:
        return None
    return text


def _build(items: list[tuple[Any, Any]]) -> str | None:
    out = []
    for op, value in items:
        piece = _piece(op, value)
        if piece is None:
            return None
        out.append(piece)
    return "".join(out)


def _piece(op: Any, value: Any) -> str | None:
    if op is _c.LITERAL:
        return chr(value)
    if op is _c.ANY:
        return "a"
    if op is _c.AT:
        return ""
    if op is _c.IN:
        return _one_of(value)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _high, inner = value
        one = _build(list(inner))
        return None if one is None else one * max(int(low), 0)
    if op is _c.SUBPATTERN:
        return _build(list(value[-1]))
    if op is _c.BRANCH:
        return _build(list(value[1][0]))
    if op is _c.CATEGORY:
        return _CATEGORY.get(value)
    return None


def _one_of(items: list[tuple[Any, Any]]) -> str | None:
    """A character of a class ``[...]``: its first member (a negated class gets a letter or
    a digit it does not exclude)."""
    if items and items[0][0] is _c.NEGATE:
        excluded = {chr(v) for op, v in items[1:] if op is _c.LITERAL}
        return next((c for c in "a0A_-" if c not in excluded), None)
    for op, value in items:
        if op is _c.LITERAL:
            return chr(value)
        if op is _c.RANGE:
            return chr(value[0])
        if op is _c.CATEGORY:
            return _CATEGORY.get(value)
    return None
