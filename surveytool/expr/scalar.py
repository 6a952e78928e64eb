"""Evaluate an expression for one case: the live checks of the entry screen.

The tree is compiled once into nested closures (cached per expression text), so answering
a question costs a few function calls per dependent expression, not a tree walk with
``isinstance`` dispatch.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

from surveytool.expr import values as v
from surveytool.expr.ast import Binary, Call, Current, Literal, Name, Node, Parent, Ref, Unary
from surveytool.expr.errors import ExprError
from surveytool.expr.hooks import ExternalData, RepeatReader
from surveytool.expr.library import CONTEXT, NODESET_VERSIONS, PURE
from surveytool.expr.library.base import Function
from surveytool.expr.parser import choice_name_question, parse
from surveytool.expr.scalar_context import compile_context

Value = v.Value


@dataclass(frozen=True, slots=True)
class EvalContext:
    """What an expression may need beyond the answers, the same for a whole form: the date
    of today, the instant of now(), choice labels, the form's version and its data files
    (``surveytool.expr.hooks.ExternalData``, for pulldata()). Tests fix ``today``/``now``."""

    today: date | None = None
    choice_labels: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    now: datetime | None = None
    form_version: str = ""
    external: ExternalData | None = None

    def today_text(self) -> str:
        return (self.today or date.today()).isoformat()


DEFAULT_CONTEXT = EvalContext()


@dataclass(slots=True)
class Env:
    """The inputs of one evaluation; ``answers`` values are already converted by from_answer."""

    answers: Mapping[str, Value | list[Value]]
    current: Value = ""
    position: int | None = None
    context: EvalContext = DEFAULT_CONTEXT
    #: a repeat's values per name, for count()/sum() when ``answers`` holds one instance's
    repeats: Mapping[str, list[Value]] | None = None
    #: the columns of the choice being filtered, read by bare names in a choice_filter
    columns: Mapping[str, Value] | None = None
    #: indexed-repeat()'s access to instances by number (``surveytool.expr.hooks``)
    instances: RepeatReader | None = None


Compiled = Callable[[Env], "Value | list[Value]"]


def evaluate(
    expression: str,
    answers: Mapping[str, object],
    current: object = None,
    *,
    position: int | None = None,
    context: EvalContext | None = None,
) -> bool | int | float | str:
    """Evaluate ``expression`` for one case; see the package docstring for the semantics."""
    function = compile_expression(expression)
    env = Env(
        answers={name: v.from_answer(raw) for name, raw in answers.items()},
        current=_scalar(v.from_answer(current), "."),
        position=position,
        context=context or DEFAULT_CONTEXT,
    )
    return v.python_result(_scalar(function(env), expression))


@lru_cache(maxsize=8192)
def compile_expression(expression: str) -> Compiled:
    return compile_node(parse(expression))


def compile_node(node: Node) -> Compiled:
    if isinstance(node, Literal):
        constant = node.value
        return lambda env: constant
    if isinstance(node, Ref):
        return _compile_lookup(node.name)
    if isinstance(node, Name):
        return _compile_column(node.name)
    if isinstance(node, Current):
        return lambda env: env.current
    if isinstance(node, Parent):
        raise ExprError("'..' is only allowed as position(..)")
    if isinstance(node, Unary):
        operand = compile_node(node.operand)
        return lambda env: -_num(operand(env))
    if isinstance(node, Binary):
        return _compile_binary(node)
    return _compile_call(node)


def _compile_lookup(name: str) -> Compiled:
    def lookup(env: Env) -> Value | list[Value]:
        return env.answers.get(name, "")

    return lookup


def _compile_column(name: str) -> Compiled:
    def column(env: Env) -> Value | list[Value]:
        if env.columns is not None:
            return env.columns.get(name, "")
        return env.answers.get(name, "")

    return column


def _scalar(value: Value | list[Value], where: str) -> Value:
    if isinstance(value, list):
        raise ExprError(
            f"{where}: a repeat's values (one per instance) "
            "can only be used inside count() or sum()"
        )
    return value


def _num(value: Value | list[Value]) -> float:
    return v.to_number(_scalar(value, "number"))


def _str(value: Value | list[Value]) -> str:
    return v.to_string(_scalar(value, "string"))


def _bool(value: Value | list[Value]) -> bool:
    return v.to_boolean(_scalar(value, "boolean"))


def _divide(a: float, b: float) -> float:
    if b == 0:
        if a == 0 or math.isnan(a):
            return math.nan
        return math.copysign(math.inf, a) * math.copysign(1.0, b)
    return a / b


def _modulo(a: float, b: float) -> float:
    if b == 0 or math.isinf(a) or math.isnan(a) or math.isnan(b):
        return math.nan
    return math.fmod(a, b)


_ARITHMETIC: dict[str, Callable[[float, float], float]] = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "div": _divide,
    "mod": _modulo,
}
_RELATIONAL: dict[str, Callable[[float, float], bool]] = {
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}


def _compile_binary(node: Binary) -> Compiled:
    left, right, op = compile_node(node.left), compile_node(node.right), node.op
    if op == "and":
        return lambda env: _bool(left(env)) and _bool(right(env))
    if op == "or":
        return lambda env: _bool(left(env)) or _bool(right(env))
    if op in ("=", "!="):
        negated = op == "!="

        def equality(env: Env) -> Value:
            a, b = left(env), right(env)
            if isinstance(a, list) or isinstance(b, list):  # a repeat's values: node-sets
                return v.compare(op, a, b)
            return v.equals(a, b) is not negated

        return equality
    if op in _RELATIONAL:
        relation = _RELATIONAL[op]

        def relational(env: Env) -> Value:
            a, b = left(env), right(env)
            if isinstance(a, list) or isinstance(b, list):
                return v.compare(op, a, b)
            return relation(v.to_number(a), v.to_number(b))

        return relational
    arithmetic = _ARITHMETIC[op]
    return lambda env: arithmetic(_num(left(env)), _num(right(env)))


def _compile_call(node: Call) -> Compiled:
    name = node.name
    if name == "count":
        return _compile_aggregate(node, count=True)
    if name == "sum":
        return _compile_aggregate(node, count=False)
    if name == "position":
        return _position
    if name == "jr:choice-name":
        question = choice_name_question(node)
        code = compile_node(node.args[0])
        return lambda env: env.context.choice_labels.get(question, {}).get(_str(code(env)), "")
    args = tuple(compile_node(arg) for arg in node.args)
    if name in PURE:
        return _compile_pure(PURE[name], args)
    if name in CONTEXT:
        return compile_context(node, args)
    if name in NODESET_VERSIONS:  # min(), max(), concat() may read a repeat's values
        return _compile_pure(NODESET_VERSIONS[name], args)
    implementation = _FUNCTIONS[name]
    return lambda env: implementation(env, args)


def _compile_pure(function: Function, args: tuple[Compiled, ...]) -> Compiled:
    pure = function.pure
    if function.nodesets:
        return lambda env: pure([arg(env) for arg in args])
    where = f"{function.name}()"
    return lambda env: pure([_scalar(arg(env), where) for arg in args])


def _position(env: Env) -> Value:
    if env.position is None:
        raise ExprError("position(..) is only meaningful inside a repeat")
    return float(env.position)


def _compile_aggregate(node: Call, count: bool) -> Compiled:
    arg = node.args[0]
    assert isinstance(arg, Ref)
    name = arg.name

    def aggregate(env: Env) -> Value:
        if env.repeats is not None and name in env.repeats:
            items: Value | list[Value] = env.repeats[name]
        else:
            items = env.answers.get(name, "")
        if not isinstance(items, list):
            items = [items]
        if count:
            return float(len(items))
        total = 0.0
        for item in items:  # left to right, as the vectorised side adds (no compensation)
            total += v.to_number(item)
        return total

    return aggregate


Args = tuple[Compiled, ...]


def _if(env: Env, a: Args) -> Value:
    return _scalar(a[1](env) if _bool(a[0](env)) else a[2](env), "if()")


def _coalesce(env: Env, a: Args) -> Value:
    first = _scalar(a[0](env), "coalesce()")
    return first if v.to_string(first) != "" else _scalar(a[1](env), "coalesce()")


def _regex(env: Env, a: Args) -> Value:
    return _search(_str(a[1](env)), _str(a[0](env)))


def _search(pattern: str, text: str) -> bool:
    try:
        return re.search(pattern, text) is not None
    except re.error as error:
        raise ExprError(f"regex(): invalid pattern {pattern!r}: {error}") from error


def _int(env: Env, a: Args) -> Value:
    number = _num(a[0](env))
    return number if math.isnan(number) or math.isinf(number) else float(math.trunc(number))


def _substr(env: Env, a: Args) -> Value:
    text = _str(a[0](env))
    start = _num(a[1](env))
    end = _num(a[2](env)) if len(a) > 2 else float(len(text))
    return v.substring(text, start, end)


def _unary_number(function: Callable[[float], float]) -> Callable[[Env, Args], Value]:
    def apply(env: Env, a: Args) -> Value:
        number = _num(a[0](env))
        return number if math.isnan(number) or math.isinf(number) else float(function(number))

    return apply


_FUNCTIONS: dict[str, Callable[[Env, Args], Value]] = {
    "if": _if,
    "selected": lambda env, a: _str(a[1](env)).strip() in _str(a[0](env)).split(),
    "count-selected": lambda env, a: float(len(_str(a[0](env)).split())),
    "coalesce": _coalesce,
    "string-length": lambda env, a: float(len(_str(a[0](env)))),
    "regex": _regex,
    "int": _int,
    "number": lambda env, a: _num(a[0](env)),
    "string": lambda env, a: _str(a[0](env)),
    "boolean": lambda env, a: _bool(a[0](env)),
    "not": lambda env, a: not _bool(a[0](env)),
    "true": lambda env, a: True,
    "false": lambda env, a: False,
    "today": lambda env, a: env.context.today_text(),
    "floor": _unary_number(math.floor),
    "ceiling": _unary_number(math.ceil),
    "abs": lambda env, a: abs(_num(a[0](env))),
    "contains": lambda env, a: _str(a[1](env)) in _str(a[0](env)),
    "starts-with": lambda env, a: _str(a[0](env)).startswith(_str(a[1](env))),
    "substr": _substr,
}
