"""Values of the context-dependent functions that both evaluators compute the same way:
the pieces of indexed-repeat(), randomize(), uuid() and pulldata() that do not depend on
where an expression is evaluated."""

from __future__ import annotations

import hashlib
import math
import secrets
import string
import uuid
from collections.abc import Sequence

from surveytool.expr import values as v
from surveytool.expr.hooks import ExternalData

_MODULUS = 2147483647.0
_ALPHABET = string.ascii_letters + string.digits


def repeat_index(value: v.Value) -> int:
    """An indexed-repeat() index: truncated, and below 1 (NaN too) read as 1, as JavaRosa."""
    number = v.to_number(value)
    if not math.isfinite(number):
        return 1 if math.isnan(number) or number < 0 else 2**31
    return max(1, math.trunc(number))


def pick(values: Sequence[v.Value], index: int) -> v.Value:
    """The ``index``-th (1-based) of a repeat's values, '' past the last instance."""
    return values[index - 1] if index <= len(values) else ""


def seed_of(value: v.Value) -> int:
    """randomize()'s seed as JavaRosa reads it: a number truncated, other text hashed
    (the first 8 bytes of its SHA-256 as a signed long), '' as 0."""
    number = v.to_number(value)
    if not math.isnan(number):
        return int(max(-(2.0**63), min(2.0**63 - 1, number))) if math.isfinite(number) else 0
    source = v.to_string(value)
    if source == "":
        return 0
    head = hashlib.sha256(source.encode("utf-8")).digest()[:8]
    return int.from_bytes(head, "big", signed=True)


def shuffled(items: Sequence[v.Value], seed: int | None) -> list[v.Value]:
    """The spec's "inside-out" Fisher-Yates shuffle; with a seed, on the Park-Miller
    generator as JavaRosa and Enketo draw it, so a seeded order is the same as Collect's."""
    output: list[v.Value] = list(items)
    state = 0.0
    if seed is not None:
        state = math.fmod(float(seed), _MODULUS)
        if state <= 0:
            state += _MODULUS - 1
    for i, item in enumerate(items):
        if seed is None:
            j = secrets.randbelow(i + 1)
        else:
            state = (state * 16807.0) % _MODULUS
            j = int((int(state) - 1) / (_MODULUS - 1) * (i + 1))
        if j != i:
            output[i] = output[j]
        output[j] = item
    return output


def new_uuid(length: float | None = None) -> str:
    """uuid(): an RFC 4122 version 4 UUID; uuid(n): n random letters and digits."""
    if length is None:
        return str(uuid.uuid4())
    count = 0 if math.isnan(length) else int(max(0.0, min(length, 10_000.0)))
    return "".join(secrets.choice(_ALPHABET) for _ in range(count))


def pulldata(external: ExternalData | None, args: Sequence[v.Value]) -> v.Value:
    """pulldata() through the form's data files; '' when the form has none."""
    if external is None:
        return ""
    instance, column, key_column, key = (v.to_string(arg) for arg in args)
    return external.pulldata(instance, column, key_column, key)
