"""Text functions of the ODK XForms specification ("String Functions"), XPath 1.0 ones as
XPath 1.0 defines them (1-based ``substring()``, ``translate()``, ``normalize-space()``)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import math
import re
from collections.abc import Sequence

from surveytool.expr import values as v
from surveytool.expr.errors import ExprError
from surveytool.expr.library.base import Arg, Function, Value, functions, items, num, text

_SPEC = "spec §fn:String-Functions"
_XPATH_SPACE = re.compile(r"[ \t\r\n]+")


def _xpath_round(x: float) -> float:
    return x if math.isnan(x) or math.isinf(x) else float(math.floor(x + 0.5))


def substring(value: str, start: float, length: float | None = None) -> str:
    """XPath 1.0 substring(): the characters at 1-based positions p with
    round(start) <= p < round(start) + round(length); NaN anywhere gives ''."""
    first = _xpath_round(start)
    last = math.inf if length is None else first + _xpath_round(length)
    if math.isnan(first) or math.isnan(last):
        return ""
    low, high = max(first, 1.0), min(last, len(value) + 1.0)
    return value[int(low) - 1 : int(high) - 1] if high > low else ""


def _substring(args: Sequence[Arg]) -> Value:
    length = num(args[2], "substring()") if len(args) > 2 else None
    return substring(text(args[0], "substring()"), num(args[1], "substring()"), length)


def _before(args: Sequence[Arg]) -> Value:
    whole, part = text(args[0]), text(args[1])
    found = whole.find(part)
    return whole[:found] if found >= 0 else ""


def _after(args: Sequence[Arg]) -> Value:
    whole, part = text(args[0]), text(args[1])
    found = whole.find(part)
    return whole[found + len(part) :] if found >= 0 else ""


def translate(value: str, source: str, target: str) -> str:
    """XPath 1.0 translate(): each character of ``source`` becomes the one at the same place
    in ``target``, or is removed when ``target`` is shorter; the first occurrence counts."""
    table: dict[int, int | None] = {}
    for index, char in enumerate(source):
        table.setdefault(ord(char), ord(target[index]) if index < len(target) else None)
    return value.translate(table)


def normalize_space(value: str) -> str:
    """XPath 1.0: XML white space (space, tab, CR, LF) trimmed and runs made one space."""
    return _XPATH_SPACE.sub(" ", value).strip(" ")


_DIGESTS = {"MD5": "md5", "SHA-1": "sha1", "SHA-256": "sha256", "SHA-384": "sha384"}
_DIGESTS["SHA-512"] = "sha512"


def digest(source: str, algorithm: str, encoding: str = "base64") -> str:
    """XForms 1.1 digest(): the hash of the UTF-8 text, in base64 (default) or hex."""
    name = _DIGESTS.get(algorithm.strip().upper())
    if name is None:
        raise ExprError(f"digest(): unknown algorithm {algorithm!r} (use {', '.join(_DIGESTS)})")
    raw = hashlib.new(name, source.encode("utf-8")).digest()
    form = encoding.strip().lower()
    if form == "hex":
        return raw.hex()
    if form == "base64":
        return base64.b64encode(raw).decode("ascii")
    raise ExprError(f"digest(): unknown encoding {encoding!r} (use 'base64' or 'hex')")


def _digest(args: Sequence[Arg]) -> Value:
    encoding = text(args[2]) if len(args) > 2 else "base64"
    return digest(text(args[0]), text(args[1]), encoding)


def _base64_decode(args: Sequence[Arg]) -> Value:
    try:
        return base64.b64decode(text(args[0]), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return ""


def _join(args: Sequence[Arg]) -> Value:
    return text(args[0], "join()").join(v.to_string(item) for item in items(args[1:]))


FUNCTIONS: dict[str, Function] = functions(
    Function("substring", 2, 3, _substring, "XPath 1.0 §4.2 substring()"),
    Function("substring-before", 2, 2, _before, _SPEC),
    Function("substring-after", 2, 2, _after, _SPEC),
    Function("translate", 3, 3, lambda a: translate(text(a[0]), text(a[1]), text(a[2])), _SPEC),
    Function("normalize-space", 1, 1, lambda a: normalize_space(text(a[0])), _SPEC),
    Function("ends-with", 2, 2, lambda a: text(a[0]).endswith(text(a[1])), _SPEC),
    Function("join", 1, None, _join, _SPEC, nodesets=True),
    Function("digest", 2, 3, _digest, _SPEC),
    Function("base64-decode", 1, 1, _base64_decode, _SPEC),
    Function(
        "boolean-from-string",
        1,
        1,
        lambda a: text(a[0]).lower() == "true" or text(a[0]) == "1",
        "spec §fn:Boolean-Functions",
    ),
)
