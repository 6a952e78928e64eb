"""Conformance tests for the expression engine `surveytool.expr`.

Written from the engine's contract (ODK XForms / JavaRosa semantics over XPath 1.0),
independently of the implementation.  Grounding:

* XPath 1.0 §3.4 (booleans): `=`/`!=` compare as booleans if either side is a boolean,
  else as numbers if either is a number, else as strings; `<`, `<=`, `>`, `>=` always
  compare numbers.  §3.5 (numbers): IEEE 754 doubles, `div`, `mod` = truncating remainder
  (sign of the dividend).  §4.2-4.4 (string(), number(), boolean() conversions).
  Operator precedence: or < and < equality < relational < additive < multiplicative < unary.
* ODK XForms spec (getodk.github.io/xforms-spec), functions: if, selected, count-selected,
  coalesce, concat, string-length, regex, int, round, today, position, count, sum,
  jr:choice-name, substr (0-based start, exclusive end), min, max, ...  Unanswered questions
  hold the empty string.

Every case is ``(expression, answers, expected)`` (plus optional `current` and
`position`).  Expected values are typed: a ``bool`` must come back as ``bool``, an ``int``
as ``int`` (integral finite numbers are returned as int), a ``float`` as ``float`` (compared
with math.isclose; NaN with math.isnan), a ``str`` as ``str``.
"""

from __future__ import annotations

import dataclasses
import math
import re
from datetime import date, datetime, timedelta, timezone
from typing import Any

import numpy as np
import pandas as pd
import pytest

from surveytool.expr import (
    EvalContext,
    ExprError,
    ExprSyntaxError,
    evaluate,
    evaluate_table,
    parse,
    references,
)

TODAY = date(2026, 11, 23)  # 20780 days after 1970-01-01
Q_LABELS = {"1": "Yes", "2": "No", "8": "Don't know"}
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=timezone(timedelta(hours=3)))  # 06:30 UTC
CTX = EvalContext(today=TODAY, choice_labels={"q": Q_LABELS}, now=NOW, form_version="2026.11")

NAN = float("nan")
INF = float("inf")

_UNSET = object()


def case(
    case_id: str,
    expression: str,
    expected: Any,
    answers: dict[str, Any] | None = None,
    *,
    current: Any = None,
    position: int | None = None,
) -> Any:
    return pytest.param(expression, answers or {}, expected, current, position, id=case_id)


# ============================================================================ literals & types

LITERALS = [
    case("int-literal", "5", 5),
    case("decimal-literal", "2.5", 2.5),
    case("leading-dot-decimal", ".5", 0.5),
    case("integral-decimal-is-int", "2.0", 2),
    case("leading-zeros-literal", "007", 7),
    case("single-quoted-string", "'abc'", "abc"),
    case("double-quoted-string", '"abc"', "abc"),
    case("empty-string-literal", "''", ""),
    case("digit-string-stays-string", "'007'", "007"),
    case("apostrophe-in-double-quotes", '"it\'s"', "it's"),
    case("double-quote-in-single-quotes", "'say \"hi\"'", 'say "hi"'),
    case("negative-literal", "-3", -3),
    case("true-is-bool", "true()", True),
    case("false-is-bool", "false()", False),
    case("comparison-is-bool", "1 = 1", True),
    case("sum-is-int-not-float", "1 + 1", 2),
    case("integral-float-sum-is-int", "1.5 + 1.5", 3),
    case("non-integral-is-float", "0.1 * 3", 0.30000000000000004),
    case("large-integral-is-int", "1000000 * 1000000 * 1000000 * 100", 10**20),
    case("whitespace-around", "   1+2   ", 3),
    case("newlines-and-tabs", "1\n+\t2", 3),
    case("no-spaces", "1+2*3", 7),
    case("nested-parentheses", "((((1))))", 1),
]

# ============================================================================ arithmetic

ARITHMETIC = [
    case("add", "2 + 3", 5),
    case("subtract", "2 - 3", -1),
    case("multiply", "4 * 2.5", 10),
    case("div-non-integral", "10 div 4", 2.5),
    case("div-integral-is-int", "10 div 5", 2),
    case("div-left-assoc", "2 div 2 div 2", 0.5),
    case("unary-minus-string", "- '3'", -3),
    case("double-unary-minus", "- -3", 3),
    case("minus-negative", "2 - -3", 5),
    case("unary-minus-parenthesised", "-(2 + 3)", -5),
    case("ieee-inexact", "0.1 + 0.2", 0.30000000000000004),
    case("digit-strings-multiply", "'3' * '4'", 12),
    case("padded-string-number", "' 4 ' + 1", 5),
    case("negative-decimal-string", "'-.5' * 2", -1),
    case("bools-add", "true() + true()", 2),
    case("false-times", "false() * 5", 0),
    case("empty-string-plus-one-nan", "'' + 1", NAN),
    case("text-times-nan", "'abc' * 2", NAN),
    case("exponent-string-nan", "'1e3' + 0", NAN),
    case("plus-sign-string-nan", "'+5' + 0", NAN),
    case("int-answer-arith", "${a} * 2 + ${b}", 17, {"a": 7, "b": 3}),
    case("float-answer-arith", "${a} + ${b}", 3.75, {"a": 1.25, "b": 2.5}),
    case("string-answer-arith", "${a} + 1", 8, {"a": "007"}),
    case("unary-minus-bool", "-true()", -1),
    case("unary-minus-string-answer", "-${a}", -3, {"a": "3"}),
    case("operator-named-references", "${mod} mod ${div}", 3, {"mod": 7, "div": 4}),
    case("keyword-named-reference", "${and} + 1", 2, {"and": 1}),
    case("plus-unary-minus-no-space", "1 +- 2", -1),
    case("inf-times-zero-nan", "1 div 0 * 0", NAN),
]

DIV_MOD = [
    case("div-by-zero-inf", "1 div 0", INF),
    case("neg-div-by-zero-neg-inf", "-1 div 0", -INF),
    case("zero-div-zero-nan", "0 div 0", NAN),
    case("div-by-negative-zero", "1 div -0", -INF),
    case("mod-positive", "5 mod 3", 2),
    case("mod-negative-dividend", "-5 mod 3", -2),
    case("mod-negative-divisor", "5 mod -3", 2),
    case("mod-both-negative", "-5 mod -3", -2),
    case("mod-zero-nan", "5 mod 0", NAN),
    case("mod-decimal", "5.5 mod 2", 1.5),
    case("zero-mod", "0 mod 5", 0),
    case("inf-mod-nan", "(1 div 0) mod 2", NAN),
    case("mod-inf-is-dividend", "5 mod (1 div 0)", 5),
    case("inf-equals-inf", "1 div 0 = 1 div 0", True),
    case("inf-greater", "1 div 0 > 10000000", True),
    case("neg-inf-less", "-1 div 0 < 0", True),
    case("nan-equals-nan-false", "0 div 0 = 0 div 0", False),
    case("nan-not-equals-nan-true", "0 div 0 != 0 div 0", True),
    case("empty-div", "${x} div 2", NAN),
    case("empty-mod", "${x} mod 2", NAN),
    case("mod-empty", "5 mod ${x}", NAN),
]

# ============================================================================ precedence

PRECEDENCE = [
    case("sub-left-assoc", "1 - 2 - 3", -4),
    case("sub-add-left-assoc", "1 - 2 + 3", 2),
    case("mul-before-add", "2 + 3 * 4", 14),
    case("parens-override", "(2 + 3) * 4", 20),
    case("mul-then-add", "2 * 3 + 4", 10),
    case("div-left-assoc", "12 div 2 div 3", 2),
    case("div-parens-right", "12 div (2 div 3)", 18),
    case("div-mul-left-assoc", "2 div 2 * 3", 3),
    case("mul-mod-left-assoc", "2 * 3 mod 4", 2),
    case("mod-mul-left-assoc", "7 mod 4 * 2", 6),
    case("mod-mod-left-assoc", "100 mod 7 mod 3", 2),
    case("div-before-sub", "10 - 4 div 2", 8),
    case("unary-before-add", "- 1 + 2", 1),
    case("unary-both-sides", "-2 * -3", 6),
    case("nested-parens", "2 * (3 + (4 - 1))", 12),
    case("add-before-equals", "1 + 2 = 3", True),
    case("and-before-or", "1 = 1 and 2 = 3 or 1 = 1", True),
    case("and-before-or-2", "1 = 1 or 2 = 3 and 1 = 2", True),
    case("parens-or-then-and", "(1 = 1 or 2 = 3) and 1 = 2", False),
    case("false-and-true-or-true", "false() and true() or true()", True),
    case("true-or-true-and-false", "true() or true() and false()", True),
    # relational binds tighter than equality: 3 = (2 < 1) -> 3 = false() -> false
    case("relational-before-equality", "3 = 2 < 1", False),
    # (1 < 2) = 1 -> true() = 1 -> compare as booleans -> true
    case("relational-then-equality", "1 < 2 = 1", True),
    # (3 > 2) > 1 -> 1 > 1 -> false
    case("chained-relational", "3 > 2 > 1", False),
    case("chained-equality", "1 = 2 = false()", True),
    case("equality-of-relationals", "2 < 3 = 4 < 5", True),
    case("chained-not-equal", "1 != 2 != 3", False),
    case("relational-and", "1 < 2 and 2 < 3", True),
    case("not-and", "not(1 = 2) and 1 < 2", True),
]

# ============================================================================ comparison

EQUALITY = [
    case("string-equal", "'abc' = 'abc'", True),
    case("string-case-sensitive", "'abc' = 'ABC'", False),
    case("string-trailing-space", "'a' = 'a '", False),
    case("string-not-equal", "'a' != 'b'", True),
    case("string-vs-number-numeric", "'1' = 1", True),
    case("number-vs-decimal-string", "1 = '1.0'", True),
    case("two-strings-not-numeric", "'1' = '1.0'", False),
    case("padded-string-vs-number", "' 4 ' = 4", True),
    case("text-vs-number-false", "'abc' = 0", False),
    case("text-vs-number-not-equal", "'abc' != 0", True),
    # JavaRosa XPathEqExpr: numbers are equal within 1e-12 (abs(a - b) < 1e-12)
    case("ieee-sum-equal-within-tolerance", "0.1 + 0.2 = 0.3", True),
    case("bool-vs-string-false-literal", "(1 = 1) = 'false'", True),
    case("bool-vs-empty-string", "false() = ''", True),
    case("bool-vs-nonempty-string", "true() = 'abc'", True),
    case("bool-vs-one", "true() = 1", True),
    case("bool-vs-two", "true() = 2", True),
    case("bool-vs-zero", "false() = 0", True),
    case("bool-vs-zero-true", "true() = 0", False),
    case("bool-not-equal-string", "true() != 'x'", False),
    case("number-vs-bool", "1 = true()", True),
    case("int-answer-vs-number", "${age} = 5", True, {"age": 5}),
    case("int-answer-vs-string", "${age} = '5'", True, {"age": 5}),
    case("string-answer-vs-number", "${age} = 5", True, {"age": "5"}),
    case("zero-answer-vs-empty", "${n} = ''", False, {"n": 0}),
    case("zero-answer-not-empty", "${n} != ''", True, {"n": 0}),
    case("leading-zero-answer-vs-number", "${t} = 7", True, {"t": "007"}),
    case("leading-zero-answer-vs-string", "${t} = '7'", False, {"t": "007"}),
    case("leading-zero-answer-exact", "${t} = '007'", True, {"t": "007"}),
    case("select-one-code-number", "${so} = 1", True, {"so": "1"}),
    case("select-one-code-string", "${so} = '8'", True, {"so": "8"}),
    case("float-answer-equals", "${f} = 2.5", True, {"f": 2.5}),
    case("two-answers-equal", "${a} = ${b}", True, {"a": "x", "b": "x"}),
    case("bool-vs-nan", "true() = 0 div 0", False),
    case("false-vs-nan", "false() = 0 div 0", True),
    case("keywords-in-strings", "'and' = 'and'", True),
    case("space-answer-not-empty", "${t} != ''", True, {"t": " "}),
]

RELATIONAL = [
    case("string-digits-numeric", "'10' > '9'", True),
    case("strings-not-lexicographic", "'b' > 'a'", False),
    case("strings-lt-nan", "'abc' < 'abd'", False),
    case("empty-lt-one", "'' < 1", False),
    case("bool-gt-zero", "true() > 0", True),
    case("bool-gt-bool", "true() > false()", True),
    case("le-equal", "2 <= 2", True),
    case("ge-equal", "2 >= 2", True),
    case("lt-strict", "2 < 2", False),
    case("gt-decimal", "2.5 > 2", True),
    case("nan-ge-false", "0 div 0 >= 0", False),
    case("nan-le-false", "0 div 0 <= 0", False),
    case("answer-ge", "${age} >= 18", True, {"age": 18}),
    case("string-answer-lt", "${age} < 18", True, {"age": " 17 "}),
    case("text-answer-gt-false", "${t} > 0", False, {"t": "abc"}),
    case("date-string-vs-number", "'2020-01-01' > 18000", True),
    case("date-answers-compare", "${a} < ${b}", True, {"a": "2019-06-30", "b": "2020-01-01"}),
]

# ============================================================================ empty answers

EMPTY = [
    case("missing-eq-empty", "${x} = ''", True),
    case("none-eq-empty", "${x} = ''", True, {"x": None}),
    case("emptystr-eq-empty", "${x} = ''", True, {"x": ""}),
    case("missing-ne-empty", "${x} != ''", False),
    case("missing-eq-zero", "${x} = 0", False),
    case("missing-ne-five", "${x} != 5", True),
    case("missing-ne-zero", "${x} != 0", True),
    case("missing-lt", "${x} < 1", False),
    case("missing-gt", "${x} > 1", False),
    case("missing-le", "${x} <= 0", False),
    case("missing-ge", "${x} >= 0", False),
    case("missing-plus", "${x} + 1", NAN),
    case("missing-minus", "${x} - 1", NAN),
    case("missing-times", "${x} * 2", NAN),
    case("missing-unary-minus", "-${x}", NAN),
    case("missing-and", "${x} and true()", False),
    case("missing-or", "${x} or true()", True),
    case("missing-not", "not(${x})", True),
    case("two-missing-equal", "${x} = ${y}", True),
    case("missing-eq-self", "${x} = ${x}", True),
    case("missing-lt-self", "${x} < ${x}", False),
    case("missing-eq-false", "false() = ${x}", True),
    case("missing-string", "string(${x})", ""),
    case("missing-number", "number(${x})", NAN),
    case("missing-boolean", "boolean(${x})", False),
    case("missing-string-length", "string-length(${x})", 0),
    case("missing-concat", "concat(${x}, 'b')", "b"),
    case("missing-int", "int(${x})", NAN),
    case("missing-round", "round(${x})", NAN),
    case("missing-round-places", "round(${x}, 2)", NAN),
    case("missing-floor", "floor(${x})", NAN),
    case("missing-ceiling", "ceiling(${x})", NAN),
    case("missing-abs", "abs(${x})", NAN),
    case("missing-selected", "selected(${x}, '1')", False),
    case("missing-count-selected", "count-selected(${x})", 0),
    case("missing-coalesce", "coalesce(${x}, 'x')", "x"),
    case("missing-contains-empty", "contains(${x}, '')", True),
    case("missing-contains", "contains(${x}, 'a')", False),
    case("missing-starts-with-empty", "starts-with(${x}, '')", True),
    case("missing-starts-with", "starts-with(${x}, 'a')", False),
    case("missing-substr", "substr(${x}, 0)", ""),
    case("missing-regex-any", "regex(${x}, '.')", False),
    case("missing-regex-empty", "regex(${x}, '^$')", True),
    case("missing-min", "min(${x}, 1)", NAN),
    case("missing-max", "max(1, ${x})", NAN),
    case("missing-if-condition", "if(${x}, 1, 2)", 2),
    case("missing-choice-name", "jr:choice-name(${q}, '${q}')", ""),
]

# ============================================================================ conversions

CONVERSIONS = [
    case("number-digits", "number('12')", 12),
    case("number-padded", "number(' 4 ')", 4),
    case("number-leading-zeros", "number('007')", 7),
    case("number-negative", "number('-3')", -3),
    case("number-neg-leading-dot", "number('-.5')", -0.5),
    case("number-trailing-zero", "number('1.50')", 1.5),
    case("number-exponent-nan", "number('1e3')", NAN),
    case("number-plus-nan", "number('+5')", NAN),
    case("number-text-nan", "number('abc')", NAN),
    case("number-empty-nan", "number('')", NAN),
    case("number-inner-space-nan", "number('1 2')", NAN),
    case("number-true", "number(true())", 1),
    case("number-false", "number(false())", 0),
    case("number-iso-date", "number('2020-01-01')", 18262),
    case("number-of-number", "number(2.5)", 2.5),
    case("number-non-ascii-digit-nan", "number('\u0663')", NAN),
    case("number-comma-nan", "number('1,5')", NAN),
    case("number-lone-dot-nan", "number('.')", NAN),
    case("number-lone-minus-nan", "number('-')", NAN),
    case("number-non-iso-date-nan", "number('2020-1-1')", NAN),
    case("string-large-integral", "string(1000000 * 1000000)", "1000000000000"),
    case("string-third", "string(1 div 3)", "0.3333333333333333"),
    case("string-1e20-no-exponent", "string(1000000 * 1000000 * 1000000 * 100)", "1" + "0" * 20),
    case("concat-negative-zero", "concat(0 * -1)", "0"),
    case("string-minus-zero-equals-zero", "'-0' = 0", True),
    case("bool-gt-string", "true() > '0'", True),
    case("boolean-space", "boolean(' ')", True),
    case("not-not", "not(not(5))", True),
    case("and-numbers", "1 and 0", False),
    case("or-strings", "'a' or ''", True),
    case("string-int", "string(5)", "5"),
    case("string-negative-int", "string(-3)", "-3"),
    case("string-integral-decimal", "string(5.0)", "5"),
    case("string-decimal", "string(2.5)", "2.5"),
    case("string-div-result", "string(10 div 4)", "2.5"),
    case("string-repr", "string(0.1 + 0.2)", "0.30000000000000004"),
    case("string-negative-zero", "string(-0)", "0"),
    case("string-nan", "string(0 div 0)", "NaN"),
    case("string-inf", "string(1 div 0)", "Infinity"),
    case("string-neg-inf", "string(-1 div 0)", "-Infinity"),
    case("string-true", "string(true())", "true"),
    case("string-false", "string(1 = 2)", "false"),
    case("string-keeps-string", "string('007')", "007"),
    case("string-int-answer", "string(${n})", "7", {"n": 7}),
    case("string-integral-float-answer", "string(${n})", "7", {"n": 7.0}),
    case("string-float-answer", "string(${n})", "0.1", {"n": 0.1}),
    case("boolean-zero", "boolean(0)", False),
    case("boolean-one", "boolean(1)", True),
    case("boolean-negative", "boolean(-0.5)", True),
    case("boolean-nan", "boolean(0 div 0)", False),
    case("boolean-inf", "boolean(1 div 0)", True),
    case("boolean-empty-string", "boolean('')", False),
    case("boolean-string-zero", "boolean('0')", True),
    case("boolean-string-false", "boolean('false')", True),
    case("not-true", "not(true())", False),
    case("not-empty", "not('')", True),
    case("not-zero", "not(0)", True),
    case("not-string-false", "not('false')", False),
    case("not-answer", "not(${a} = 1)", True, {"a": 2}),
]

# ============================================================================ functions

IF = [
    case("if-true", "if(1 = 1, 'a', 'b')", "a"),
    case("if-false", "if(1 = 2, 'a', 'b')", "b"),
    case("if-empty-string-cond", "if('', 1, 2)", 2),
    case("if-string-zero-cond", "if('0', 1, 2)", 1),
    case("if-zero-cond", "if(0, 1, 2)", 2),
    case("if-nan-cond", "if(0 div 0, 1, 2)", 2),
    case("if-returns-int", "if(true(), 5, 'x')", 5),
    case("if-returns-bool", "if(true(), 1 = 1, 'x')", True),
    case("if-unanswered-default", "if(${x} = '', 0, ${x})", 0),
    case("if-answered", "if(${x} = '', 0, ${x})", 4, {"x": 4}),
    case("if-nested", "if(${a} > 10, 'big', if(${a} > 5, 'mid', 'small'))", "mid", {"a": 7}),
    case("if-adult", "if(${age} >= 18, 'adult', 'minor')", "adult", {"age": 20}),
    case("if-empty-string-branch", "if(false(), 1, '')", ""),
]

SELECT = [
    case("selected-present", "selected('1 3', '3')", True),
    case("selected-absent", "selected('1 3', '2')", False),
    case("selected-token-not-substring", "selected('13', '1')", False),
    case("selected-extra-spaces", "selected(' 1  3 ', '1')", True),
    case("selected-empty-choice", "selected('1 3', '')", False),
    case("selected-number-choice", "selected(${sm}, 3)", True, {"sm": "1 3"}),
    case("selected-answer", "selected(${sm}, '1')", True, {"sm": "1 3"}),
    case("selected-single", "selected(${sm}, '2')", True, {"sm": "2"}),
    case("selected-empty-answer", "selected(${sm}, '1')", False, {"sm": ""}),
    case("selected-word-codes", "selected('yes no', 'no')", True),
    case("count-selected-two", "count-selected('1 3')", 2),
    case("count-selected-empty", "count-selected('')", 0),
    case("count-selected-one", "count-selected('2')", 1),
    case("count-selected-extra-spaces", "count-selected(' 1  2 ')", 2),
    case("count-selected-answer", "count-selected(${sm}) = 2", True, {"sm": "1 3"}),
    case("count-selected-none", "count-selected(${sm})", 0, {"sm": None}),
    case("count-selected-blank", "count-selected(' ')", 0),
    case("count-selected-number", "count-selected(12)", 1),
    case("selected-number-list", "selected(13, 13)", True),
    case("selected-int-answer", "selected(${n}, 1)", True, {"n": 1}),
]

COALESCE = [
    case("coalesce-first-empty", "coalesce('', 5)", 5),
    case("coalesce-zero-kept", "coalesce(0, 5)", 0),
    case("coalesce-first", "coalesce('a', 'b')", "a"),
    case("coalesce-answers", "coalesce(${a}, ${b})", "z", {"a": None, "b": "z"}),
    case("coalesce-both-missing", "coalesce(${a}, ${b})", ""),
    case("coalesce-false-is-nonempty", "coalesce(1 = 2, 'x')", False),
    case("coalesce-int-answer", "coalesce(${a}, 9)", 3, {"a": 3}),
]

CONCAT = [
    case("concat-three", "concat('a', 'b', 'c')", "abc"),
    case("concat-mixed", "concat('a', 1, true())", "a1true"),
    case("concat-none", "concat()", ""),
    case("concat-one", "concat('x')", "x"),
    case("concat-numbers", "concat(2.5, '|', 1 div 0, '|', 0 div 0)", "2.5|Infinity|NaN"),
    case("concat-div", "concat(1 div 2)", "0.5"),
    case("concat-integral", "concat(4 div 2)", "2"),
    case(
        "concat-answers",
        "concat(${first}, ' ', ${last})",
        "Ann Lee",
        {"first": "Ann", "last": "Lee"},
    ),
    case("concat-int-answer", "concat('n=', ${n})", "n=12", {"n": 12}),
    case("concat-float-answer", "concat(${n})", "1.25", {"n": 1.25}),
    case("concat-paren-in-string", "concat('a', ')')", "a)"),
    case("string-length-comma-in-string", "string-length('a,b')", 3),
]

STRINGS = [
    case("string-length", "string-length('abc')", 3),
    case("string-length-empty", "string-length('')", 0),
    case("string-length-number", "string-length(12.5)", 4),
    case("string-length-unicode", "string-length('héllo')", 5),
    case("string-length-infinity", "string-length(1 div 0)", 8),
    case("string-length-answer", "string-length(${t}) > 2", True, {"t": "abc"}),
    case("contains-yes", "contains('abc', 'b')", True),
    case("contains-empty-needle", "contains('abc', '')", True),
    case("contains-empty-haystack", "contains('', 'a')", False),
    case("contains-numbers", "contains(123, 2)", True),
    case("contains-case-sensitive", "contains('Abc', 'a')", False),
    case("starts-with-yes", "starts-with('abc', 'ab')", True),
    case("starts-with-no", "starts-with('abc', 'bc')", False),
    case("starts-with-empty", "starts-with('abc', '')", True),
    case("substr-start-end", "substr('hello', 1, 3)", "el"),
    case("substr-start-only", "substr('hello', 2)", "llo"),
    case("substr-from-zero", "substr('hello', 0)", "hello"),
    case("substr-end-past-length", "substr('hello', 1, 100)", "ello"),
    case("substr-end-before-start", "substr('hello', 3, 1)", ""),
    case("substr-empty-range", "substr('hello', 0, 0)", ""),
    case("substr-empty-string", "substr('', 0, 2)", ""),
    case("substr-number", "substr(12345, 1, 3)", "23"),
    # JavaRosa substr(): a negative start/end counts from the end of the string
    # (start = len + start; end = len + end; then both clamped to [0, len]).
    case("substr-negative-start", "substr('hello', -2)", "lo"),
    case("substr-negative-end", "substr('hello', 0, -1)", "hell"),
    # Contract: regex() is Python re.search (match anywhere).  NB JavaRosa uses
    # java.util.regex.Pattern.matches (whole-string match), so this case differs in Collect.
    case("regex-search-anywhere", "regex('abc123', '[0-9]+')", True),
    case("regex-anchored-fail", "regex('abc', '^[0-9]+$')", False),
    case("regex-anchored-ok", "regex('123', '^[0-9]+$')", True),
    case("regex-phone", "regex(${p}, '^0[0-9]{9}$')", True, {"p": "0712345678"}),
    case("regex-phone-short", "regex(${p}, '^0[0-9]{9}$')", False, {"p": "071234567"}),
    case("regex-case-sensitive", "regex('A', '[a-z]')", False),
    case("regex-number-arg", "regex(123, '^1')", True),
    case("regex-int-answer", "regex(${n}, '^[0-9]{2}$')", True, {"n": 42}),
]

INT_ROUND = [
    case("int-truncates", "int(2.7)", 2),
    case("int-toward-zero", "int(-2.7)", -2),
    case("int-neg-half-is-zero", "int(-0.5)", 0),
    case("int-string", "int('3.9')", 3),
    case("int-int", "int(5)", 5),
    case("int-padded-string", "int(' 7.9 ')", 7),
    case("round-neg-one-half", "round(-1.5)", -1),
    case("round-small-negative-to-zero", "round(-0.4)", 0),
    case("int-text-nan", "int('abc')", NAN),
    # round() as JavaRosa (XPathFuncExpr.round): BigDecimal of the shortest decimal text,
    # HALF_UP for positives and HALF_DOWN for negatives, i.e. XPath 1.0 §4.4 round(): a half
    # goes towards +infinity, so round(-2.5) = -2.
    case("round-half-up", "round(2.5)", 3),
    case("round-half-toward-positive-infinity", "round(-2.5)", -2),
    case("round-down", "round(2.4)", 2),
    case("round-half", "round(0.5)", 1),
    case("round-neg-half", "round(-0.5)", 0),
    case("round-places", "round(1.2345, 2)", 1.23),
    case("round-places-exact", "round(1.5, 1)", 1.5),
    case("round-places-negative", "round(-1.25, 1)", -1.2),
    case("round-places-up", "round(123.456, 1)", 123.5),
    case("round-places-half", "round(0.125, 2)", 0.13),
    case("round-zero-places", "round(2.5, 0)", 3),
    case("round-int-with-places-is-int", "round(7, 2)", 7),
    case("round-int", "round(3)", 3),
    case("round-string", "round('2.5')", 3),
    case("round-text-nan", "round('x')", NAN),
]

FLOOR_CEIL_ABS = [
    case("floor", "floor(2.7)", 2),
    case("floor-negative", "floor(-2.5)", -3),
    case("floor-string", "floor('3.2')", 3),
    case("ceiling", "ceiling(2.1)", 3),
    case("ceiling-negative", "ceiling(-2.5)", -2),
    case("ceiling-int", "ceiling(3)", 3),
    case("abs-negative", "abs(-3)", 3),
    case("abs-decimal", "abs(2.5)", 2.5),
    case("abs-string", "abs('-4')", 4),
    case("abs-empty", "abs('')", NAN),
]

MIN_MAX = [
    case("max-three", "max(1, 5, 3)", 5),
    case("min-three", "min(1, 5, 3)", 1),
    case("min-string-number", "min(2, '3')", 2),
    case("max-empty-nan", "max(1, '')", NAN),
    case("max-negatives", "max(-1, -2.5)", -1),
    case("min-decimal", "min(2.5, 3)", 2.5),
    case("max-dates-as-days", "max('2020-01-01', '2020-02-29')", 18321),
    case("min-answers", "min(${a}, ${b})", 4, {"a": 9, "b": 4}),
    case("min-date-and-number", "min('2020-01-01', 18000)", 18000),
    # equal values: the first argument wins, so the sign of a zero survives (1 div +-0)
    case("min-keeps-first-zero", "1 div min(0, -1 * 0)", INF),
    case("min-keeps-first-negative-zero", "1 div min(-1 * 0, 0)", -INF),
    case("max-keeps-first-negative-zero", "1 div max(-1 * 0, 0)", -INF),
]

# ============================================================================ dates and today()

DATES = [
    case("today-value", "today()", "2026-11-23"),
    case("today-string", "string(today())", "2026-11-23"),
    case("today-equals-string", "today() = '2026-11-23'", True),
    case("today-gt-yesterday", "today() > '2026-11-22'", True),
    case("today-lt-tomorrow", "today() < '2026-11-24'", True),
    case("today-minus-date", "today() - '2026-11-01'", 22),
    case("today-number", "number(today())", 20780),
    case("today-concat", "concat('d:', today())", "d:2026-11-23"),
    case("today-string-length", "string-length(today())", 10),
    case("date-gt-date", "'2020-01-02' > '2020-01-01'", True),
    case("date-lt-date-across-years", "'2019-12-31' < '2020-01-01'", True),
    case("date-minus-date-leap", "'2020-02-29' - '2020-01-01'", 59),
    case("date-answer-string-equal", "${d} = '2020-02-29'", True, {"d": "2020-02-29"}),
    case("date-answer-vs-days", "${d} = 18321", True, {"d": "2020-02-29"}),
    case("dob-adult", "today() - ${dob} > 365 * 18", True, {"dob": "2000-01-01"}),
    case("date-in-past", "${d} <= today()", True, {"d": "2026-11-23"}),
    case("date-in-future", "${d} <= today()", False, {"d": "2026-11-24"}),
    case("missing-date-vs-today", "${d} < today()", False),
    case("invalid-date-is-nan", "'2020-02-30' > 0", False),
]

# ============================================================================ `.`, position(..)

CURRENT_POSITION = [
    case("dot-value-int", ".", 7, current=7),
    case("dot-gt", ". > 5", True, current=7),
    case("dot-empty", ". = ''", True, current=None),
    case("dot-zero-not-empty", ". != ''", True, current=0),
    case("dot-string-length", "string-length(.) <= 3", True, current="abc"),
    case("dot-plus-string", ". + 1", 5, current="4"),
    case("dot-regex", "regex(., '^[0-9]{3}$')", True, current="007"),
    case("dot-selected", "selected(., '2')", True, current="1 2"),
    case("dot-float", ". = 2.5", True, current=2.5),
    case("dot-with-answer", ". < ${max}", True, {"max": 10}, current=3),
    case("position", "position(..)", 3, position=3),
    case("position-eq-one", "position(..) = 1", True, position=1),
    case("position-arith", "position(..) - 1", 1, position=2),
    case("position-concat", "concat('#', position(..))", "#2", position=2),
    case("position-even", "position(..) mod 2 = 0", True, position=4),
]

# ============================================================================ repeats: count/sum

REPEATS = [
    case("count-three", "count(${rep})", 3, {"rep": [1, 2, 3]}),
    case("count-empty-list", "count(${rep})", 0, {"rep": []}),
    case("count-includes-empty-entries", "count(${rep})", 3, {"rep": ["", None, "a"]}),
    case("count-compare", "count(${rep}) > 2", False, {"rep": [1, 2]}),
    case("count-zero-compare", "count(${rep}) = 0", True, {"rep": []}),
    case("sum-ints", "sum(${rep})", 6, {"rep": [1, 2, 3]}),
    case("sum-empty-list", "sum(${rep})", 0, {"rep": []}),
    case("sum-with-empty-string-nan", "sum(${rep})", NAN, {"rep": [1, ""]}),
    case("sum-with-none-nan", "sum(${rep})", NAN, {"rep": [1, None]}),
    case("sum-numeric-strings", "sum(${rep})", 3.5, {"rep": ["1", "2.5"]}),
    case("sum-floats-integral", "sum(${rep})", 4, {"rep": [1.5, 2.5]}),
    case("sum-single-float", "sum(${rep})", 0.5, {"rep": [0.5]}),
    case("sum-text-nan", "sum(${rep})", NAN, {"rep": ["abc"]}),
    case("mean", "sum(${rep}) div count(${rep})", 3, {"rep": [2, 4]}),
    case("sum-with-scalar", "sum(${rep}) + ${x}", 13, {"rep": [5, 5], "x": 3}),
]

# ============================================================================ jr:choice-name

CHOICE_NAME = [
    case("choice-name", "jr:choice-name(${q}, '${q}')", "Yes", {"q": "1"}),
    case("choice-name-apostrophe", "jr:choice-name(${q}, '${q}')", "Don't know", {"q": "8"}),
    case("choice-name-unknown-code", "jr:choice-name(${q}, '${q}')", "", {"q": "9"}),
    case("choice-name-empty-value", "jr:choice-name(${q}, '${q}')", "", {"q": ""}),
    case("choice-name-number-value", "jr:choice-name(2, '${q}')", "No"),
    case("choice-name-int-answer", "jr:choice-name(${q}, '${q}')", "Yes", {"q": 1}),
    case("choice-name-double-quotes", "jr:choice-name('1', \"${q}\")", "Yes"),
    case(
        "choice-name-in-concat", "concat('A: ', jr:choice-name(${q}, '${q}'))", "A: No", {"q": "2"}
    ),
    case("choice-name-compare", "jr:choice-name(${q}, '${q}') = 'Yes'", True, {"q": "1"}),
]

TOPICS: dict[str, list[Any]] = {
    "literals": LITERALS,
    "arithmetic": ARITHMETIC,
    "div_mod": DIV_MOD,
    "precedence": PRECEDENCE,
    "equality": EQUALITY,
    "relational": RELATIONAL,
    "empty": EMPTY,
    "conversions": CONVERSIONS,
    "if": IF,
    "select": SELECT,
    "coalesce": COALESCE,
    "concat": CONCAT,
    "strings": STRINGS,
    "int_round": INT_ROUND,
    "floor_ceil_abs": FLOOR_CEIL_ABS,
    "min_max": MIN_MAX,
    "dates": DATES,
    "current_position": CURRENT_POSITION,
    "repeats": REPEATS,
    "choice_name": CHOICE_NAME,
}

VALUE_CASES = [c for cases in TOPICS.values() for c in cases]


def assert_value(got: object, expected: object, where: str = "") -> None:
    """Typed comparison: bool/int/str exact (and of exactly that type), floats isclose."""
    msg = f"{where}got {got!r} ({type(got).__name__}), expected {expected!r}"
    if isinstance(expected, bool):
        assert type(got) is bool, msg
        assert got is expected, msg
    elif isinstance(expected, int):
        assert type(got) is int, msg
        assert got == expected, msg
    elif isinstance(expected, float):
        assert type(got) is float, msg
        if math.isnan(expected):
            assert math.isnan(got), msg
        elif math.isinf(expected):
            assert got == expected, msg
        else:
            assert math.isclose(got, expected, rel_tol=1e-12, abs_tol=1e-12), msg
    else:
        assert type(got) is str, msg
        assert got == expected, msg


@pytest.mark.parametrize(("expression", "answers", "expected", "current", "position"), VALUE_CASES)
def test_evaluate(
    expression: str, answers: dict[str, Any], expected: Any, current: Any, position: int | None
) -> None:
    got = evaluate(expression, answers, current, position=position, context=CTX)
    assert_value(got, expected)


def test_case_count() -> None:
    assert len(VALUE_CASES) >= 150


# ============================================================================ errors

SYNTAX_ERRORS = [
    pytest.param("(1 + 2", id="unclosed-paren"),
    pytest.param("1 + 2)", id="extra-close-paren"),
    pytest.param("if(1, 2, 3", id="unclosed-call"),
    pytest.param("1 +", id="dangling-plus"),
    pytest.param("* 2", id="leading-star"),
    pytest.param("1 = = 2", id="double-equals"),
    pytest.param("1 and", id="dangling-and"),
    pytest.param("or 1", id="leading-or"),
    pytest.param("", id="empty"),
    pytest.param("   ", id="blank"),
    pytest.param("'abc", id="unterminated-single-quote"),
    pytest.param('"abc', id="unterminated-double-quote"),
    pytest.param("${age", id="unterminated-reference"),
    pytest.param("${age > 3", id="unterminated-reference-2"),
    pytest.param("${1abc}", id="bad-name-digit-start"),
    pytest.param("${}", id="empty-name"),
    pytest.param("${a b}", id="name-with-space"),
    pytest.param("1 2", id="two-numbers"),
    pytest.param("${a} ${b}", id="two-references"),
    pytest.param("'a' 'b'", id="two-strings"),
    pytest.param("${a}[1]", id="predicate"),
    pytest.param("count(${rep}[. > 1])", id="predicate-in-count"),
    pytest.param("..", id="dotdot-alone"),
    pytest.param(".. + 1", id="dotdot-in-arith"),
    pytest.param("concat(1,)", id="trailing-comma"),
    pytest.param("concat(,1)", id="leading-comma"),
    pytest.param("()", id="empty-parens"),
    pytest.param("1 +* 2", id="plus-star"),
    pytest.param("5 div", id="dangling-div"),
    pytest.param("${a} .", id="reference-then-dot"),
    pytest.param("${a}${b}", id="adjacent-references"),
    pytest.param("1 ! 2", id="lone-bang"),
    pytest.param("div 2", id="leading-div"),
    pytest.param("1 <> 2", id="sql-not-equal"),
    pytest.param("1 == 2", id="double-equals-operator"),
    pytest.param("1 && 2", id="c-and"),
]


@pytest.mark.parametrize("expression", SYNTAX_ERRORS)
def test_syntax_error(expression: str) -> None:
    with pytest.raises(ExprSyntaxError):
        parse(expression)
    with pytest.raises(ExprSyntaxError):
        evaluate(expression, {"a": 1, "b": 2, "age": 3, "rep": [1, 2]}, context=CTX)


@pytest.mark.parametrize("expression", [p for p in SYNTAX_ERRORS if p.values[0].strip()])
def test_syntax_error_message_names_position(expression: str) -> None:
    with pytest.raises(ExprSyntaxError) as excinfo:
        parse(expression)
    assert re.search(r"\d", str(excinfo.value)), f"no position in {str(excinfo.value)!r}"


PARSE_TIME_ERRORS = [
    pytest.param("foo(1)", id="unknown-function"),
    pytest.param("frobnicate()", id="unknown-function-nullary"),
    pytest.param("if(1, 2)", id="if-two-args"),
    pytest.param("if(1, 2, 3, 4)", id="if-four-args"),
    pytest.param("selected('1')", id="selected-one-arg"),
    pytest.param("selected('1', '2', '3')", id="selected-three-args"),
    pytest.param("count-selected()", id="count-selected-no-args"),
    pytest.param("count-selected('a', 'b')", id="count-selected-two-args"),
    pytest.param("coalesce(1)", id="coalesce-one-arg"),
    pytest.param("string-length('a', 'b')", id="string-length-two-args"),
    pytest.param("regex('a')", id="regex-one-arg"),
    pytest.param("int()", id="int-no-args"),
    pytest.param("int(1, 2)", id="int-two-args"),
    pytest.param("round()", id="round-no-args"),
    pytest.param("round(1, 2, 3)", id="round-three-args"),
    pytest.param("number(1, 2)", id="number-two-args"),
    pytest.param("string(1, 2)", id="string-two-args"),
    pytest.param("boolean(1, 2)", id="boolean-two-args"),
    pytest.param("not()", id="not-no-args"),
    pytest.param("not(1, 2)", id="not-two-args"),
    pytest.param("true(1)", id="true-one-arg"),
    pytest.param("false(1)", id="false-one-arg"),
    pytest.param("today(1)", id="today-one-arg"),
    pytest.param("position(.)", id="position-dot"),
    pytest.param("position(${a})", id="position-reference"),
    pytest.param("count()", id="count-no-args"),
    pytest.param("sum()", id="sum-no-args"),
    pytest.param("jr:choice-name('1')", id="choice-name-one-arg"),
    pytest.param("floor()", id="floor-no-args"),
    pytest.param("ceiling(1, 2)", id="ceiling-two-args"),
    pytest.param("abs()", id="abs-no-args"),
    pytest.param("contains('a')", id="contains-one-arg"),
    pytest.param("starts-with('a')", id="starts-with-one-arg"),
    pytest.param("substr('a')", id="substr-one-arg"),
    pytest.param("substr('a', 1, 2, 3)", id="substr-four-args"),
]


@pytest.mark.parametrize("expression", PARSE_TIME_ERRORS)
def test_error_at_parse_time(expression: str) -> None:
    with pytest.raises(ExprError):
        parse(expression)
    with pytest.raises(ExprError):
        evaluate(expression, {"a": 1}, context=CTX)


RUNTIME_ERRORS = [
    pytest.param("${rep} + 1", {"rep": [1, 2]}, id="list-in-arithmetic"),
    pytest.param("${rep}", {"rep": [1, 2]}, id="bare-list"),
    pytest.param("string-length(${rep})", {"rep": ["a"]}, id="list-in-string-length"),
    pytest.param("selected(${rep}, '1')", {"rep": ["1"]}, id="list-in-selected"),
    pytest.param("count(${rep}) + ${rep}", {"rep": [1]}, id="list-outside-count"),
]


@pytest.mark.parametrize(("expression", "answers"), RUNTIME_ERRORS)
def test_list_outside_aggregate_is_error(expression: str, answers: dict[str, Any]) -> None:
    parse(expression)  # syntactically fine
    with pytest.raises(ExprError):
        evaluate(expression, answers, context=CTX)


def test_sum_adds_left_to_right_like_plus() -> None:
    # JavaRosa's sum() is a plain loop of double additions: it must agree exactly with the
    # same values chained with `+` (no compensated / fsum summation).
    values = [0.1, 0.2, 0.3]
    got = evaluate("sum(${rep})", {"rep": values}, context=CTX)
    chained = evaluate("${a} + ${b} + ${c}", dict(zip("abc", values, strict=True)), context=CTX)
    assert got == chained == 0.1 + 0.2 + 0.3
    assert evaluate("sum(${rep})", {"rep": [0.0, 0.01, 2.0, 0.01]}) == 0.0 + 0.01 + 2.0 + 0.01


def test_error_hierarchy() -> None:
    assert issubclass(ExprSyntaxError, ExprError)
    assert issubclass(ExprError, ValueError)


def test_eval_context_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        CTX.today = date(2000, 1, 1)  # type: ignore[misc]


def test_today_defaults_to_real_today() -> None:
    before = date.today()
    got = evaluate("today()", {})
    after = date.today()
    assert got in {before.isoformat(), after.isoformat()}
    got_ctx = evaluate("today()", {}, context=EvalContext())
    assert got_ctx in {before.isoformat(), after.isoformat()}


# ============================================================================ references()

REFERENCES = [
    pytest.param("${a} + ${b}", {"a", "b"}, id="two-refs"),
    pytest.param("1 + 2", set(), id="no-refs"),
    pytest.param("concat(${a}, ${a}, ${b_2})", {"a", "b_2"}, id="duplicates-collapse"),
    pytest.param("count(${rep}) > 0 and sum(${rep}) < 10", {"rep"}, id="inside-aggregates"),
    pytest.param(". > 5 and position(..) = 1", set(), id="dot-and-position"),
    pytest.param("jr:choice-name(${q}, '${q}')", {"q"}, id="choice-name"),
    pytest.param("if(${x} = '', ${y}, ${z})", {"x", "y", "z"}, id="if-branches"),
    pytest.param("not(selected(${sm}, '1'))", {"sm"}, id="nested-call"),
]


@pytest.mark.parametrize(("expression", "expected"), REFERENCES)
def test_references(expression: str, expected: set[str]) -> None:
    got = references(expression)
    assert isinstance(got, frozenset)
    assert got == frozenset(expected)


def test_references_syntax_error() -> None:
    with pytest.raises(ExprSyntaxError):
        references("${a} +")


# ============================================================================ evaluate_table parity

_REF = re.compile(r"\$\{([^}]*)\}")
_CUR = "_current"
_POS = "_position"
_KEY = "_key"


def _column(value: object) -> pd.Series:
    if isinstance(value, bool):
        raise TypeError("no boolean answers in these cases")
    if isinstance(value, int):
        return pd.Series([value], dtype="Int64")
    if isinstance(value, float):
        return pd.Series([value], dtype="float64")
    return pd.Series([value], dtype="str")  # str or None


def _children_column(values: list[object]) -> pd.Series | None:
    present = [v for v in values if v is not None]
    if all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return pd.Series(values, dtype="Int64" if present else "float64")
    if all(isinstance(v, float) for v in present):
        return pd.Series(values, dtype="float64")
    if all(isinstance(v, str) for v in present):
        return pd.Series(values, dtype="str")
    return None  # mixed types: not representable as one column


def _as_table(
    expression: str, answers: dict[str, Any], current: Any, position: int | None
) -> tuple[pd.DataFrame, pd.DataFrame | None] | None:
    columns: dict[str, pd.Series] = {}
    child_columns: dict[str, pd.Series] = {}
    names = set(_REF.findall(expression)) | set(answers)
    for name in sorted(names):
        value = answers.get(name)
        if isinstance(value, list):
            col = _children_column(value)
            if col is None:
                return None
            child_columns[name] = col
        else:
            columns[name] = _column(value)
    columns[_CUR] = _column(current)
    if position is not None:
        columns[_POS] = pd.Series([position], dtype="Int64")
    children = None
    if child_columns:
        lengths = {len(c) for c in child_columns.values()}
        if len(lengths) != 1:
            return None
        (n,) = lengths
        columns[_KEY] = pd.Series([1], dtype="Int64")
        children = pd.DataFrame(
            {_KEY: pd.Series([1] * n, dtype="Int64")}
            | {k: v.reset_index(drop=True) for k, v in child_columns.items()}
        )
    table = pd.DataFrame(columns)
    table.index = pd.Index(["row-1"])
    return table, children


TABLE_CASES = [
    c
    for c in VALUE_CASES
    if _as_table(c.values[0], c.values[1], c.values[3], c.values[4]) is not None
]


@pytest.mark.parametrize(("expression", "answers", "expected", "current", "position"), TABLE_CASES)
def test_evaluate_table_one_row(
    expression: str, answers: dict[str, Any], expected: Any, current: Any, position: int | None
) -> None:
    check_table_case(expression, answers, expected, current, position)


def check_table_case(
    expression: str, answers: dict[str, Any], expected: Any, current: Any, position: int | None
) -> None:
    """evaluate_table over a one-row table built from the case gives the expected value."""
    built = _as_table(expression, answers, current, position)
    assert built is not None
    table, children = built
    result = evaluate_table(
        expression,
        table,
        current=_CUR,
        position=_POS if position is not None else None,
        children=children,
        key=_KEY if children is not None else None,
        context=CTX,
    )
    assert isinstance(result, pd.Series)
    assert result.index.equals(table.index)
    cell = result.iloc[0]
    msg = f"got {cell!r} (dtype {result.dtype}), expected {expected!r}"
    # bool results -> bool dtype, numbers -> float64, strings -> str/object.  An expression
    # whose type varies by row (if(c, 5, 'x'), coalesce(1, 'x')) may come back as object
    # dtype; then the cell itself must have the right type.
    mixed = result.dtype == object
    if isinstance(expected, bool):
        assert pd.api.types.is_bool_dtype(result.dtype) or mixed, msg
        assert isinstance(cell, bool | np.bool_), msg
        assert bool(cell) is expected, msg
    elif isinstance(expected, int | float):
        assert result.dtype == "float64" or mixed, msg
        assert isinstance(cell, int | float | np.number), msg
        assert not isinstance(cell, bool | np.bool_), msg
        value = float(cell)
        if math.isnan(expected):
            assert math.isnan(value), msg
        elif math.isinf(expected):
            assert value == expected, msg
        else:
            assert math.isclose(value, expected, rel_tol=1e-12, abs_tol=1e-12), msg
    else:
        assert pd.api.types.is_string_dtype(result.dtype) or result.dtype == object, msg
        assert isinstance(cell, str), msg
        assert cell == expected, msg


def test_evaluate_table_missing_column() -> None:
    table = pd.DataFrame({"a": pd.Series([1, 2], dtype="Int64")})
    with pytest.raises(ExprError):
        evaluate_table("${a} + ${nope}", table, context=CTX)


def test_evaluate_table_several_rows_children() -> None:
    table = pd.DataFrame(
        {
            "hh": pd.array([10, 20, 30], dtype="Int64"),
            "age": pd.array([30, None, 12], dtype="Int64"),
        },
        index=pd.Index(["x", "y", "z"]),
    )
    children = pd.DataFrame(
        {
            "hh": pd.Series([10, 10, 30, 99], dtype="Int64"),
            "inc": pd.Series([100.0, 50.5, None, 7.0], dtype="float64"),
        }
    )
    got = evaluate_table("count(${inc})", table, children=children, key="hh", context=CTX)
    assert got.index.equals(table.index)
    assert got.tolist() == [2.0, 0.0, 1.0]
    got = evaluate_table("sum(${inc})", table, children=children, key="hh", context=CTX)
    assert got.iloc[0] == 150.5
    assert got.iloc[1] == 0.0
    assert math.isnan(got.iloc[2])
    got = evaluate_table("${age} >= 18", table, context=CTX)
    assert pd.api.types.is_bool_dtype(got.dtype)
    assert got.tolist() == [True, False, False]
    got = evaluate_table("concat(${age}, '|')", table, context=CTX)
    assert got.tolist() == ["30|", "|", "12|"]
