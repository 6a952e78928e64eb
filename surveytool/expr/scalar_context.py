"""The scalar evaluator's context-dependent functions: now(), random(), uuid(), once(),
version(), pulldata(), indexed-repeat() and randomize() read the clock, chance, the current
answer, the form, its data files (``EvalContext.external``) or a repeat's instances
(``Env.instances``), not only their arguments."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from surveytool.expr import context_values as cv
from surveytool.expr import values as v
from surveytool.expr.ast import Call, Ref
from surveytool.expr.errors import ExprError
from surveytool.expr.library.base import single
from surveytool.expr.library.dates import now_text

if TYPE_CHECKING:
    from surveytool.expr.scalar import Compiled, Env

Value = v.Value


def compile_context(node: Call, args: tuple[Compiled, ...]) -> Compiled:
    """The closure of one context-dependent call; ``args`` are its compiled arguments."""
    name = node.name
    if name == "now":
        return lambda env: now_text(env.context.now)
    if name == "random":
        return lambda env: random.random()  # a survey draw, not a secret
    if name == "uuid":
        if not args:
            return lambda env: cv.new_uuid()
        size = args[0]
        return lambda env: cv.new_uuid(v.to_number(single(size(env), "uuid()")))
    if name == "once":
        fallback = args[0]
        return lambda env: env.current if v.to_string(env.current) != "" else fallback(env)
    if name == "version":
        return lambda env: env.context.form_version
    if name == "pulldata":
        return lambda env: cv.pulldata(
            env.context.external, [single(arg(env), "pulldata()") for arg in args]
        )
    if name == "indexed-repeat":
        return _indexed_repeat(node, args)
    return _randomize(args)


def _indexed_repeat(node: Call, args: tuple[Compiled, ...]) -> Compiled:
    target = node.args[0]
    assert isinstance(target, Ref)
    repeats = [arg.name for arg in node.args[1::2] if isinstance(arg, Ref)]
    indexes = args[2::2]

    def read(env: Env) -> Value:
        steps = [
            (repeat, cv.repeat_index(single(index(env), "indexed-repeat()")))
            for repeat, index in zip(repeats, indexes, strict=True)
        ]
        if env.instances is not None:
            return env.instances.indexed_repeat(target.name, steps)
        if len(steps) > 1:
            raise ExprError("indexed-repeat() over nested repeats needs the interview's instances")
        found: Value | list[Value] = ""
        if env.repeats is not None and target.name in env.repeats:
            found = env.repeats[target.name]
        else:
            found = env.answers.get(target.name, "")
        values = found if isinstance(found, list) else [found]
        return cv.pick(values, steps[0][1])

    return read


def _randomize(args: tuple[Compiled, ...]) -> Callable[[Env], list[Value]]:
    def shuffle(env: Env) -> list[Value]:
        found = args[0](env)
        items = found if isinstance(found, list) else [found]
        seed = cv.seed_of(single(args[1](env), "randomize()")) if len(args) > 1 else None
        return cv.shuffled(items, seed)

    return shuffle
