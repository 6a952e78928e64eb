"""Conformance cases for the whole ODK XForms function library, scalar and vectorised.

Each case cites where its expected value comes from: the ODK XForms specification
(getodk.github.io/xforms-spec, "XPath Functions", by category anchor, e.g. "spec
§fn:String-Functions"), XPath 1.0 (w3.org/TR/xpath, by section) for the functions the
spec takes from it, or JavaRosa's own tests (getodk/javarosa, file named) where they
exist. Every case runs through ``evaluate`` and, as a one-row table, ``evaluate_table``
(the harness of test_expr_conformance.py); ``test_every_function_has_cases`` keeps the
table complete as the library grows.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from test_expr_conformance import CTX, INF, NAN, _as_table, assert_value, check_table_case

from surveytool.expr import EvalContext, ExprError, evaluate, evaluate_table, parse
from surveytool.expr.functions import ARITY

JR_EVAL = "JavaRosa src/test/java/org/javarosa/xpath/test/XPathEvalTest.java"
JR_GEO = "JavaRosa src/test/java/org/javarosa/core/util/GeoDistanceTest.java"
SPEC_STR = "spec §fn:String-Functions"
SPEC_BOOL = "spec §fn:Boolean-Functions"
SPEC_NUM = "spec §fn:Number-Functions"
SPEC_NODES = "spec §fn:Node-set-Functions"
SPEC_DATES = "spec §fn:Date-and-Time-Functions"
SPEC_SELECT = "spec §fn:Select-Functions"
SPEC_REPEAT = "spec §fn:Repeat-Functions"
SPEC_GEO = "spec §fn:Geographic-Functions"
XPATH_STR = "XPath 1.0 §4.2 (string functions)"
XPATH_EQ = "XPath 1.0 §3.4 (booleans: node-set comparisons)"
JR_EQ = "JavaRosa src/main/java/org/javarosa/xpath/expr/XPathEqExpr.java (abs(a - b) < 1e-12)"

#: case id -> where the expected value comes from
CITATIONS: dict[str, str] = {}


def cited(
    source: str,
    case_id: str,
    expression: str,
    expected: Any,
    answers: dict[str, Any] | None = None,
    *,
    current: Any = None,
    position: int | None = None,
) -> Any:
    CITATIONS[case_id] = source
    return pytest.param(expression, answers or {}, expected, current, position, id=case_id)


NINETY_DEGREES_ON_EQUATOR = 2 * math.pi * 6_378_100 / 4
SHAPE = (
    "38.253094215699576 21.756382658677467 0 0; 38.25021274773806 21.756382658677467 0 0; "
    "38.25007793942195 21.763892843919166 0 0; 38.25290886154963 21.763935759263404 0 0; "
    "38.25146813817506 21.758421137528785 0 0;"
)

STRINGS = [
    cited(XPATH_STR, "substring-xpath-example", "substring('12345', 2, 3)", "234"),
    cited(XPATH_STR, "substring-to-end", "substring('12345', 2)", "2345"),
    cited(XPATH_STR, "substring-rounds-bounds", "substring('12345', 1.5, 2.6)", "234"),
    cited(XPATH_STR, "substring-from-zero", "substring('12345', 0, 3)", "12"),
    cited(XPATH_STR, "substring-nan-start", "substring('12345', 0 div 0, 3)", ""),
    cited(XPATH_STR, "substring-nan-length", "substring('12345', 1, 0 div 0)", ""),
    cited(XPATH_STR, "substring-infinite-length", "substring('12345', -42, 1 div 0)", "12345"),
    cited(XPATH_STR, "substring-infinite-both", "substring('12345', -1 div 0, 1 div 0)", ""),
    cited(XPATH_STR, "substring-of-blank", "substring(${x}, 1, 2)", ""),
    cited(XPATH_STR, "substring-of-number", "substring(${n}, 2)", "234", {"n": 1234}),
    cited(JR_EVAL, "substring-before", "substring-before('hello', 'l')", "he"),
    cited(JR_EVAL, "substring-before-missing", "substring-before('hello', 'q')", ""),
    cited(JR_EVAL, "substring-before-empty", "substring-before('hello', '')", ""),
    cited(XPATH_STR, "substring-before-date", "substring-before('1999/04/01', '/')", "1999"),
    cited(JR_EVAL, "substring-after", "substring-after('hello', 'l')", "lo"),
    cited(JR_EVAL, "substring-after-empty", "substring-after('hello', '')", "hello"),
    cited(JR_EVAL, "substring-after-of-empty", "substring-after('', 'q')", ""),
    cited(XPATH_STR, "substring-after-date", "substring-after('1999/04/01', '/')", "04/01"),
    cited(XPATH_STR, "translate-xpath-example", "translate('bar', 'abc', 'ABC')", "BAr"),
    cited(XPATH_STR, "translate-removes", "translate('--aaa--', 'abc-', 'ABC')", "AAA"),
    cited(JR_EVAL, "translate-delete", "translate('hello', 'l', '')", "heo"),
    cited(JR_EVAL, "translate-words", "translate('hello world', 'hello', '')", " wrd"),
    cited(JR_EVAL, "translate-swap", "translate('hello wor,ld', ' ,', ', ')", "hello,wor ld"),
    cited(JR_EVAL, "translate-dates", "translate('2019/01/02', '/', '-')", "2019-01-02"),
    cited(JR_EVAL, "normalize-space", "normalize-space(' \ta\n\t  b \n\t c   \n')", "a b c"),
    cited(JR_EVAL, "normalize-space-blank", "normalize-space('  ')", ""),
    cited(XPATH_STR, "normalize-space-of-dot", "normalize-space()", "x y", current="  x  y "),
    cited(JR_EVAL, "ends-with", "ends-with('abc', 'c')", True),
    cited(JR_EVAL, "ends-with-not", "ends-with('abc', 'a')", False),
    cited(JR_EVAL, "ends-with-empty", "ends-with('', '')", True),
    cited(SPEC_STR, "ends-with-number", "ends-with(${n}, '5')", True, {"n": 25}),
    cited(SPEC_STR, "join-repeat", "join(' ', ${rep})", "a b c", {"rep": ["a", "b", "c"]}),
    cited(SPEC_STR, "join-arguments", "join(', ', 'a', 'b')", "a, b"),
    cited(SPEC_STR, "join-empty-repeat", "join('-', ${rep})", "", {"rep": []}),
    cited(SPEC_STR, "join-numbers", "join('+', ${rep})", "1+2", {"rep": [1, 2]}),
    cited(SPEC_STR, "concat-node-set", "concat(${rep}, '!')", "ab!", {"rep": ["a", "b"]}),
    cited(
        JR_EVAL, "digest-md5", "digest('some text', 'MD5', 'base64')", "VS4hzUzZkYZ448Gg30kbww=="
    ),
    cited(
        JR_EVAL,
        "digest-sha1",
        "digest('some text', 'SHA-1', 'base64')",
        "N6pjx3OY2VRHMmLhoAV8HmMu2nc=",
    ),
    cited(
        JR_EVAL,
        "digest-sha256",
        "digest('some text', 'SHA-256', 'base64')",
        "uU9vElx546X/qoJvWEwQ1SraZp5nYgUbgmtVd20FrtI=",
    ),
    cited(
        JR_EVAL,
        "digest-sha384",
        "digest('some text', 'SHA-384', 'base64')",
        "zJTsPphzwLmnJIZEKVj2cQZ833e5QnQW0DFEDMYgQeLuE0RJhEfsDO2fcENGG9Hz",
    ),
    cited(
        JR_EVAL,
        "digest-sha512",
        "digest('some text', 'SHA-512', 'base64')",
        "4nMrrtyj6sFAeChjfeHbynAsP8ns4Wz1Nt241hOc2F3+dGS4I1spgm9gjM9KxkPimxnGN4WKPYcQpZER30LdtQ==",
    ),
    cited(
        JR_EVAL,
        "digest-hex",
        "digest('some text', 'MD5', 'hex')",
        "552e21cd4cd9918678e3c1a0df491bc3",
    ),
    cited(
        JR_EVAL, "digest-default-base64", "digest('some text', 'MD5')", "VS4hzUzZkYZ448Gg30kbww=="
    ),
    cited(SPEC_STR, "base64-decode", "base64-decode('SGVsbG8gd29ybGQ=')", "Hello world"),
    cited(SPEC_STR, "base64-decode-utf8", "base64-decode('w6lsw6h2ZQ==')", "élève"),
    cited(SPEC_STR, "base64-decode-invalid", "base64-decode('not base64!')", ""),
]

BOOLEANS = [
    cited(JR_EVAL, "boolean-from-string-true", "boolean-from-string('true')", True),
    cited(JR_EVAL, "boolean-from-string-false", "boolean-from-string('false')", False),
    cited(JR_EVAL, "boolean-from-string-other", "boolean-from-string('whatever')", False),
    cited(JR_EVAL, "boolean-from-string-one", "boolean-from-string('1')", True),
    cited(JR_EVAL, "boolean-from-string-zero", "boolean-from-string('0')", False),
    cited(JR_EVAL, "boolean-from-string-number", "boolean-from-string(1.0)", True),
    cited(JR_EVAL, "boolean-from-string-near-one", "boolean-from-string(1.0001)", False),
    cited(JR_EVAL, "boolean-from-string-boolean", "boolean-from-string(true())", True),
    cited(SPEC_BOOL, "boolean-from-string-capitals", "boolean-from-string('TRUE')", True),
    cited(SPEC_BOOL, "once-when-empty", "once(1 + 1)", 2, current=None),
    cited(SPEC_BOOL, "once-keeps-value", "once(1 + 1)", "x", current="x"),
    cited(SPEC_BOOL, "once-keeps-number", "once(1 + 1)", 5, current=5),
    cited(JR_EVAL, "checklist-in-range", "checklist(1, 3, 'foo', 'bar')", True),
    cited(JR_EVAL, "checklist-over-max", "checklist(-1, 1, 'foo', 'bar')", False),
    cited(JR_EVAL, "checklist-under-min", "checklist(3, -1, 'foo', 'bar')", False),
    cited(JR_EVAL, "checklist-three", "checklist(1, 2, 'foo', 'bar', 'baz')", False),
    cited(SPEC_BOOL, "checklist-blank-is-false", "checklist(2, 2, 'a', '', 'b')", True),
    cited(
        "JavaRosa XPathFuncExpr.checklist (toNumeric(max).intValue(): NaN is 0)",
        "checklist-blank-max-is-zero",
        "checklist(-1, ${x}, 'a')",
        False,
    ),
    cited(SPEC_BOOL, "checklist-infinite-max", "checklist(1, 1 div 0, 'a', 'b')", True),
    cited(SPEC_BOOL, "checklist-repeat", "checklist(2, -1, ${rep})", True, {"rep": ["x", "", "y"]}),
    cited(SPEC_BOOL, "weighted-checklist", "weighted-checklist(3, 5, 'a', 2, 'b', 2)", True),
    cited(SPEC_BOOL, "weighted-checklist-low", "weighted-checklist(5, 6, 'a', 2, '', 9)", False),
    cited(SPEC_BOOL, "weighted-checklist-bounds", "weighted-checklist(4, 4, 'a', 2, 'b', 2)", True),
]

NUMBERS = [
    cited(JR_EVAL, "pow", "pow(2, 2)", 4),
    cited(JR_EVAL, "pow-decimal", "pow(2.5, 2)", 6.25),
    cited(JR_EVAL, "pow-negative-odd", "pow(-1, 3)", -1),
    cited(JR_EVAL, "pow-root", "pow(16, 0.25)", 2),
    cited(SPEC_NUM, "pow-negative-fraction-nan", "pow(-8, 1 div 3)", NAN),
    cited(SPEC_NUM, "pow-zero-negative-infinite", "pow(0, -1)", INF),
    cited(SPEC_NUM, "pow-nan-exponent", "pow(1, 0 div 0)", NAN),
    cited(SPEC_NUM, "pow-blank", "pow(2, ${x})", NAN),
    cited(JR_EVAL, "sqrt", "sqrt(9)", 3),
    cited(SPEC_NUM, "sqrt-negative-nan", "sqrt(-1)", NAN),
    cited(JR_EVAL, "exp", "exp(1)", math.e),
    cited(SPEC_NUM, "exp-overflow", "exp(1000)", INF),
    cited(JR_EVAL, "exp10", "exp10(2)", 100),
    cited(JR_EVAL, "log", "log(1)", 0),
    cited(SPEC_NUM, "log-zero", "log(0)", -INF),
    cited(SPEC_NUM, "log-negative-nan", "log(-1)", NAN),
    cited(JR_EVAL, "log10", "log10(100)", 2),
    cited(SPEC_NUM, "log10-fraction", "log10(0.001)", -3),
    cited(JR_EVAL, "pi", "pi()", math.pi),
    cited(JR_EVAL, "sin", "sin(0)", 0),
    cited(SPEC_NUM, "sin-half-pi", "sin(pi() div 2)", 1),
    cited(JR_EVAL, "cos", "cos(0)", 1),
    cited(JR_EVAL, "tan", "tan(0)", 0),
    cited(JR_EVAL, "asin", "asin(1)", math.pi / 2),
    cited(SPEC_NUM, "asin-out-of-domain", "asin(2)", NAN),
    cited(JR_EVAL, "acos", "acos(0)", math.pi / 2),
    cited(JR_EVAL, "atan", "atan(0)", 0),
    cited(SPEC_NUM, "atan-one", "atan(1)", math.pi / 4),
    cited(JR_EVAL, "atan2-origin", "atan2(0, 0)", 0),
    cited(SPEC_NUM, "atan2-west", "atan2(0, -1)", math.pi),
    cited(SPEC_NUM, "sin-text-nan", "sin('x')", NAN),
    cited(JR_EVAL, "round-one-place", "round('14.29123456789', 1)", 14.3),
    cited(JR_EVAL, "round-places-truncated", "round('14.29123456789', 1.5)", 14.3),
    cited(JR_EVAL, "round-tens", "round('12345.12345', -1)", 12350),
    cited(JR_EVAL, "round-hundreds", "round('12345.12345', -2)", 12300),
    cited(JR_EVAL, "round-hundreds-half", "round('12350.12345', -2)", 12400),
    cited(JR_EVAL, "round-negative-half-up", "round('-12345.15', 1)", -12345.1),
    cited(JR_EVAL, "round-positive-half-up", "round('12345.15', 1)", 12345.2),
    cited(JR_EVAL, "round-half", "round('14.5')", 15),
    cited(SPEC_NUM, "round-decimal-text", "round(2.675, 2)", 2.68),
    cited(SPEC_NUM, "round-too-many-places", "round(1, 31)", NAN),
    cited(SPEC_NUM, "round-blank-places", "round(5.5, '')", 6),
    cited(SPEC_NUM, "max-node-set", "max(${rep})", 9, {"rep": [3, 9, 4]}),
    cited(SPEC_NUM, "min-node-set", "min(${rep})", 3, {"rep": [3, 9, 4]}),
    cited(SPEC_NUM, "max-empty-node-set", "max(${rep})", NAN, {"rep": []}),
    cited(JR_EQ, "equal-within-tolerance", "6.1 - 7.8 = -1.7", True),
    cited(JR_EQ, "equal-tiny-difference", "1 = 1.0000000000001", True),
    cited(JR_EQ, "not-equal-beyond-tolerance", "1 = 1.00000000001", False),
    cited(JR_EQ, "not-equal-within-tolerance", "6.1 - 7.8 != -1.7", False),
]

DATES = [
    cited(SPEC_DATES, "now", "now()", "2026-11-23T09:30:00.000+03:00"),
    cited(SPEC_DATES, "now-after-today", "now() > today()", True),
    cited(SPEC_DATES, "now-days", "floor(number(now()))", 20780),
    cited(JR_EVAL, "date-text", "date('2000-01-01')", "2000-01-01"),
    cited(JR_EVAL, "date-zero", "date(0)", "1970-01-01"),
    cited(JR_EVAL, "date-fraction", "date(6.5)", "1970-01-07"),
    cited(JR_EVAL, "date-negative", "date(-1)", "1969-12-31"),
    cited(JR_EVAL, "date-days", "date(14127)", "2008-09-05"),
    cited(JR_EVAL, "date-before-epoch", "date(-10252)", "1941-12-07"),
    cited(JR_EVAL, "date-of-date", "date(date('1989-11-09'))", "1989-11-09"),
    cited(JR_EVAL, "date-difference", "date('2008-09-08') - date('1983-10-06')", 9104),
    cited(JR_EVAL, "date-compare", "date('2001-12-26') > date('2001-12-25')", True),
    cited(SPEC_DATES, "date-invalid-is-blank", "date('1983-09-31')", ""),
    cited(SPEC_DATES, "date-blank", "date(${x})", ""),
    cited(SPEC_DATES, "date-of-date-time", "date('2018-01-02T23:30:00.000-05:00')", "2018-01-02"),
    cited(SPEC_DATES, "date-plus-days", "date(${d} + 30)", "2020-03-30", {"d": "2020-02-29"}),
    cited(SPEC_DATES, "date-time-zero", "date-time(0)", "1970-01-01T00:00:00.000+00:00"),
    cited(SPEC_DATES, "date-time-half-day", "date-time(0.5)", "1970-01-01T12:00:00.000+00:00"),
    cited(
        JR_EVAL,
        "date-time-text",
        "date-time('2000-01-01T10:20:30.000')",
        "2000-01-01T10:20:30.000+00:00",
    ),
    cited(
        SPEC_DATES,
        "date-time-keeps-offset",
        "date-time('2000-01-01T10:20:30+02:00')",
        "2000-01-01T10:20:30.000+02:00",
    ),
    cited(
        JR_EVAL,
        "decimal-date-time",
        "decimal-date-time('2000-01-01T10:20:30.000')",
        10957.430902777778,
    ),
    cited(
        SPEC_DATES, "decimal-date-time-offset", "decimal-date-time('1970-01-01T06:00:00+06:00')", 0
    ),
    cited(SPEC_DATES, "decimal-date-time-date", "decimal-date-time('1970-01-02')", 1),
    cited(JR_EVAL, "decimal-date-time-not-a-date", "decimal-date-time('-1000')", NAN),
    cited(SPEC_DATES, "decimal-date-time-blank", "decimal-date-time(${x})", ""),
    cited(SPEC_DATES, "decimal-time-noon", "decimal-time('12:00:00.000+02:00')", 0.5),
    cited(SPEC_DATES, "decimal-time-six-pm", "decimal-time('18:00')", 0.75),
    cited(SPEC_DATES, "decimal-time-of-number", "decimal-time(1.25)", 0.25),
    cited(SPEC_DATES, "decimal-time-of-date-time", "decimal-time('2020-01-01T06:00:00Z')", 0.25),
    cited(SPEC_DATES, "decimal-time-not-a-time", "decimal-time('x')", NAN),
    cited(
        JR_EVAL,
        "format-date-time-fields",
        "format-date('2018-01-02T10:20:30.123', \"%Y-%m-%e %H:%M:%S\")",
        "2018-01-2 10:20:30",
    ),
    cited(
        SPEC_DATES,
        "format-date-names",
        "format-date('2001-09-09', '%y/%n/%d %b %a')",
        "01/9/09 Sep Sun",
    ),
    cited(
        SPEC_DATES,
        "format-date-time-millis",
        "format-date-time('2018-01-02T10:20:30.123+05:00', '%h:%M:%S.%3')",
        "10:20:30.123",
    ),
    cited(SPEC_DATES, "format-date-of-number", "format-date(0, '%Y-%m-%d')", "1970-01-01"),
    cited(
        SPEC_DATES,
        "format-date-time-of-time",
        "format-date-time('07:05:09.000+03:00', '%h:%M')",
        "7:05",
    ),
    cited(SPEC_DATES, "format-date-blank", "format-date(${x}, '%Y')", ""),
    cited(SPEC_DATES, "format-date-not-a-date", "format-date('x', '%Y')", ""),
    cited(
        SPEC_DATES,
        "format-date-answer",
        "format-date(${d}, '%e %b %Y')",
        "29 Feb 2020",
        {"d": "2020-02-29"},
    ),
    cited(
        "spec §fn:number",
        "date-time-in-number-context",
        "'2000-01-01T12:00:00.000+00:00' + 0",
        10957.5,
    ),
    cited(
        "spec §fn:number",
        "date-time-compares-with-date",
        "'2020-01-01T00:00:00.000+01:00' < '2020-01-01'",
        True,
    ),
    cited("JavaRosa XPathFuncExpr version()", "version", "version()", "2026.11"),
]

SELECTS = [
    cited(JR_EVAL, "selected-at", "selected-at('apple baby crimson', 2)", "crimson"),
    cited(JR_EVAL, "selected-at-past-end", "selected-at('apple baby', 2)", ""),
    cited(SPEC_SELECT, "selected-at-first", "selected-at(${sm}, 0)", "1", {"sm": "1 3"}),
    cited(SPEC_SELECT, "selected-at-negative", "selected-at('a b', -1)", ""),
    cited(SPEC_SELECT, "selected-at-blank", "selected-at(${sm}, 0)", ""),
    cited(
        SPEC_NODES, "count-non-empty", "count-non-empty(${rep})", 2, {"rep": ["a", "", None, "b"]}
    ),
    cited(SPEC_NODES, "count-non-empty-numbers", "count-non-empty(${rep})", 2, {"rep": [0, 7]}),
    cited(SPEC_NODES, "count-non-empty-single", "count-non-empty(${x})", 1, {"x": "a"}),
]

GEO = [
    cited(JR_GEO, "distance-geotrace", "distance('0 1 0 0; 0 91 0 0;')", NINETY_DEGREES_ON_EQUATOR),
    cited(
        JR_GEO,
        "distance-node-set",
        "distance(${rep})",
        NINETY_DEGREES_ON_EQUATOR,
        {"rep": ["0 1 0 0", "0 91 0 0"]},
    ),
    cited(SPEC_GEO, "distance-arguments", "distance('0 1', '0 91')", NINETY_DEGREES_ON_EQUATOR),
    cited(SPEC_GEO, "distance-same-point", "distance('1 1 0 0;1 1 0 0')", 0),
    cited(SPEC_GEO, "distance-blank", "distance(${x})", ""),
    cited(SPEC_GEO, "distance-not-geo", "distance('abc')", NAN),
    cited(SPEC_GEO, "area-two-points", "area('0 0; 0 1')", 0),
    cited(SPEC_GEO, "area-blank", "area(${x})", ""),
    cited(SPEC_GEO, "area-not-geo", "area('1 2; x y; 3 4')", NAN),
    cited(
        SPEC_GEO,
        "area-node-set-equals-shape",
        "area(${rep}) = area('0 0; 0 1; 1 1; 0 0')",
        True,
        {"rep": ["0 0 0 0", "0 1 0 0", "1 1 0 0", "0 0 0 0"]},
    ),
]

REPEATS = [
    cited(
        SPEC_REPEAT,
        "indexed-repeat",
        "indexed-repeat(${rep}, ${rep}, 2)",
        "b",
        {"rep": ["a", "b", "c"]},
    ),
    cited(
        SPEC_REPEAT,
        "indexed-repeat-answer-index",
        "indexed-repeat(${rep}, ${rep}, ${i})",
        30,
        {"rep": [10, 20, 30], "i": 3},
    ),
    cited(
        SPEC_REPEAT,
        "indexed-repeat-past-end",
        "indexed-repeat(${rep}, ${rep}, 5)",
        "",
        {"rep": ["a"]},
    ),
    cited(
        "JavaRosa XPathFuncExpr.indexedRepeat (index <= 0 reads 1)",
        "indexed-repeat-zero-reads-first",
        "indexed-repeat(${rep}, ${rep}, 0)",
        "a",
        {"rep": ["a", "b"]},
    ),
    cited(XPATH_EQ, "node-set-equals-member", "${rep} = 2", True, {"rep": [1, 2, 3]}),
    cited(XPATH_EQ, "node-set-equals-none", "${rep} = 5", False, {"rep": [1, 2, 3]}),
    cited(XPATH_EQ, "node-set-not-equal-all-same", "${rep} != 1", False, {"rep": [1, 1]}),
    cited(XPATH_EQ, "node-set-not-equal-some", "${rep} != 1", True, {"rep": [1, 2]}),
    cited(XPATH_EQ, "node-set-greater", "${rep} > 60", True, {"rep": [30, 70]}),
    cited(XPATH_EQ, "node-set-less-none", "${rep} < 10", False, {"rep": [30, 70]}),
    cited(XPATH_EQ, "node-set-text", "'b' = ${rep}", True, {"rep": ["a", "b"]}),
    cited(XPATH_EQ, "node-set-empty", "${rep} = 1", False, {"rep": []}),
    cited(XPATH_EQ, "node-set-empty-is-false", "${rep} = false()", True, {"rep": []}),
    cited(XPATH_EQ, "node-set-string-value", "${rep} = '1.0'", False, {"rep": [1]}),
    cited(XPATH_EQ, "node-set-number", "${rep} = 1.0", True, {"rep": ["1"]}),
    cited(
        XPATH_EQ,
        "node-set-in-condition",
        "count(${rep}) > 0 and ${rep} = 9999",
        False,
        {"rep": [1]},
    ),
]

OPERATORS = [
    cited(XPATH_EQ, "operator-glued-to-dot", "${a} = 1 or.=9999", True, {"a": 2}, current=9999),
    cited(XPATH_EQ, "and-without-spaces", "${a}<=3and${b}=1", True, {"a": 2, "b": 1}),
    cited(XPATH_EQ, "mod-glued-to-minus", "${a} mod-3", 1, {"a": 7}),
    cited(XPATH_EQ, "div-glued-to-decimal", "${a}div.5", 4, {"a": 2}),
    cited(XPATH_EQ, "div-glued-to-digit", "${a} div2", 1, {"a": 2}),
    cited(XPATH_EQ, "or-before-parenthesis", "${a} = 1 or(${a} = 2)", True, {"a": 2}),
    cited(XPATH_STR, "string-length-of-dot", "string-length()", 3, current="abc"),
]

TOPICS: dict[str, list[Any]] = {
    "strings": STRINGS,
    "booleans": BOOLEANS,
    "numbers": NUMBERS,
    "dates": DATES,
    "selects": SELECTS,
    "geo": GEO,
    "repeats": REPEATS,
    "operators": OPERATORS,
}
CASES = [c for cases in TOPICS.values() for c in cases]
ARGS = ("expression", "answers", "expected", "current", "position")


@pytest.mark.parametrize(ARGS, CASES)
def test_function(
    expression: str, answers: dict[str, Any], expected: Any, current: Any, position: int | None
) -> None:
    got = evaluate(expression, answers, current, position=position, context=CTX)
    assert_value(got, expected)


TABLE_CASES = [c for c in CASES if _as_table(c.values[0], c.values[1], c.values[3], c.values[4])]


@pytest.mark.parametrize(ARGS, TABLE_CASES)
def test_function_over_a_table(
    expression: str, answers: dict[str, Any], expected: Any, current: Any, position: int | None
) -> None:
    check_table_case(expression, answers, expected, current, position)


def test_every_function_has_cases() -> None:
    """Each function of the library appears in a cited case (random(), uuid(), pulldata()
    and randomize() have tests of their own below)."""
    called = {name for c in CASES for name in re.findall(r"([a-z][a-z0-9:\-]*)\(", c.values[0])}
    own_tests = {"random", "uuid", "pulldata", "randomize", "position", "count", "sum"}
    earlier = {"jr:choice-name", "if", "selected", "count-selected", "coalesce", "regex"}
    earlier |= {"int", "number", "string", "boolean", "not", "true", "false", "today"}
    earlier |= {"string-length", "contains", "starts-with", "substr", "floor", "ceiling", "abs"}
    missing = set(ARITY) - called - own_tests - earlier
    assert not missing, f"functions without a conformance case: {sorted(missing)}"
    assert set(CITATIONS) == {c.id for c in CASES}
    assert len(TABLE_CASES) >= len(CASES) - 5


def test_area_matches_javarosa() -> None:
    """JavaRosa GeoAreaTest.area_isComputedForGeoshape: 151452 m2 within 0.5."""
    got = evaluate(f"area('{SHAPE}')", {}, context=CTX)
    assert isinstance(got, float)
    assert abs(got - 151452) < 0.5
    table = pd.DataFrame({"shape": [SHAPE, ""]})
    column = evaluate_table("area(${shape})", table, context=CTX)
    assert column.iloc[0] == got
    assert column.iloc[1] == ""


def test_random_and_uuid() -> None:
    """spec §fn:random and §fn:uuid: a number in [0, 1); an RFC 4122 version 4 UUID, or
    that many letters and digits; a fresh draw on every row of a table."""
    for _ in range(20):
        number = evaluate("random()", {})
        assert isinstance(number, float) and 0 <= number < 1
    text = evaluate("uuid()", {})
    assert isinstance(text, str)
    assert re.fullmatch(
        r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", text
    )
    short = evaluate("uuid(12)", {})
    assert isinstance(short, str) and re.fullmatch(r"[A-Za-z0-9]{12}", short)
    table = pd.DataFrame({"a": range(50)})
    ids = evaluate_table("uuid()", table)
    assert ids.nunique() == 50
    draws = evaluate_table("random()", table)
    assert draws.between(0, 1, inclusive="left").all() and draws.nunique() > 40
    assert evaluate_table("once(random())", table, current="a").tolist() == list(range(50))


def test_randomize_seeded_is_the_park_miller_order() -> None:
    """spec §fn:randomize: the inside-out Fisher-Yates shuffle over a seeded Park-Miller
    generator; the same seed gives the same order, a list usable by join(), in batch too."""
    answers = {"rep": ["a", "b", "c", "d", "e"]}
    first = evaluate("join(' ', randomize(${rep}, 42))", answers)
    assert first == evaluate("join(' ', randomize(${rep}, 42))", answers)
    assert isinstance(first, str) and sorted(first.split()) == answers["rep"]
    assert first != evaluate("join(' ', randomize(${rep}, 7))", answers)
    assert evaluate("join(' ', randomize(${rep}, 'seed text'))", answers) == evaluate(
        "join(' ', randomize(${rep}, 'seed text'))", answers
    )
    table = pd.DataFrame({"hh": [1, 2]})
    children = pd.DataFrame({"hh": [1] * 5 + [2] * 2, "rep": [*answers["rep"], "x", "y"]})
    for expression in ("join(' ', randomize(${rep}, 42))", "max(randomize(${rep}, 7)) = 'e'"):
        got = evaluate_table(expression, table, children=children, key="hh")
        assert got.iloc[0] == evaluate(expression, answers)
        assert got.iloc[1] == evaluate(expression, {"rep": ["x", "y"]})


def test_pulldata_reads_the_forms_data_files(tmp_path: Path) -> None:
    """spec §fn:pulldata through EvalContext.external, the same on both sides; '' without
    data files or for an unknown key."""
    from surveytool.form.external import FormData, read_data_file

    (tmp_path / "prices.csv").write_text("name,price\nmango,12\nbanana,3\n", encoding="utf-8")
    data = FormData({"prices": read_data_file(tmp_path, "prices.csv", "pulldata")})
    context = EvalContext(external=data)
    expression = "pulldata('prices', 'price', 'name', ${fruit})"
    assert evaluate(expression, {"fruit": "mango"}, context=context) == "12"
    assert evaluate(expression, {"fruit": "kiwi"}, context=context) == ""
    assert evaluate(expression, {"fruit": "mango"}) == ""
    table = pd.DataFrame({"fruit": ["mango", "banana", "kiwi", "mango"]})
    got = evaluate_table(expression, table, context=context)
    assert got.tolist() == ["12", "3", "", "12"]
    assert evaluate_table(expression + " * 2", table, context=context).iloc[0] == 24


def test_indexed_repeat_over_nested_repeats_needs_the_interview() -> None:
    """spec §fn:indexed-repeat: deeper steps go to Env.instances (the interview); the scalar
    side without it and a table say so instead of guessing."""
    expression = "indexed-repeat(${q}, ${outer}, 1, ${inner}, 2)"
    parse(expression)
    with pytest.raises(ExprError, match="nested repeats"):
        evaluate(expression, {"q": ["a"]})
    table = pd.DataFrame({"q": ["a"]})
    with pytest.raises(ExprError, match="not available in batch"):
        evaluate_table(expression, table)


@pytest.mark.parametrize(
    "expression",
    [
        "indexed-repeat(${q}, ${r})",
        "indexed-repeat(${q}, ${r}, 1, ${s})",
        "indexed-repeat('q', ${r}, 1)",
        "indexed-repeat(${q}, 'r', 1)",
        "pulldata('a', 'b', 'c')",
        "pow(2)",
        "digest('x')",
    ],
)
def test_library_syntax_errors(expression: str) -> None:
    with pytest.raises(ExprError):
        parse(expression)


def test_digest_unknown_algorithm_names_the_choices() -> None:
    with pytest.raises(ExprError, match="SHA-256"):
        evaluate("digest('x', 'SHA-3')", {})


@pytest.mark.parametrize(
    ("expression", "volatile"),
    [
        ("once(now())", True),
        ("concat('id-', uuid())", True),
        ("if(random() < 0.5, 1, 2)", True),
        ("today()", False),
        ("format-date(${d}, '%Y')", False),
    ],
)
def test_volatile_expressions_are_named(expression: str, volatile: bool) -> None:
    """A batch cannot make once(), now(), random(), uuid() again: is_volatile says so."""
    from surveytool.expr import is_volatile

    assert is_volatile(parse(expression)) is volatile


def test_many_distinct_date_times_read_as_numbers_in_batch() -> None:
    """Start and end stamps are all different: above the per-distinct-value limit the
    table side reads them by pattern, and must still give the scalar side's days."""
    from surveytool.expr.column_text import DISTINCT_LIMIT

    stamps = [
        f"2026-01-{1 + i // 86400:02d}T{(i // 3600) % 24:02d}:{(i // 60) % 60:02d}:{i % 60:02d}"
        ".000+03:00"
        for i in range(DISTINCT_LIMIT + 5)
    ]
    table = pd.DataFrame({"start": stamps})
    got = evaluate_table("${start} + 0", table)
    for row in (0, 1, DISTINCT_LIMIT + 4):
        assert got.iloc[row] == evaluate("${start} + 0", {"start": stamps[row]})
    assert got.notna().all()


def test_timestamps_given_as_objects_are_odk_date_times() -> None:
    """A batch column of timestamps (or a Python datetime answer) is read as ODK's text
    with its offset, so it compares and subtracts as the text would."""
    from datetime import datetime, timedelta, timezone

    moment = datetime(2026, 11, 23, 9, 30, tzinfo=timezone(timedelta(hours=3)))
    assert evaluate("string(${t})", {"t": moment}) == "2026-11-23T09:30:00.000+03:00"
    assert evaluate("${t} - ${s}", {"t": moment, "s": moment - timedelta(hours=6)}) == 0.25
    table = pd.DataFrame({"t": pd.to_datetime(["2026-11-23T06:30:00Z", None], utc=True)})
    got = evaluate_table("concat(${t}, '|')", table)
    assert got.tolist() == ["2026-11-23T06:30:00.000+00:00|", "|"]
    naive = pd.DataFrame({"t": pd.to_datetime(["2026-11-23 12:00"])})
    assert evaluate_table("decimal-time(${t})", naive).tolist() == [0.5]


@pytest.mark.parametrize(
    ("expression", "tree"),
    [
        ("or = 1", "Binary(op='=', left=Name(name='or'), right=Literal(value=1.0))"),
        ("div", "Name(name='div')"),
        (
            "x or.= 1",
            "Binary(op='or', left=Name(name='x'), right=Binary(op='=', left=Current(), right=Literal(value=1.0)))",
        ),
        ("order.1 = 2", "Binary(op='=', left=Name(name='order.1'), right=Literal(value=2.0))"),
        (
            "1 mod-2",
            "Binary(op='mod', left=Literal(value=1.0), right=Unary(op='-', operand=Literal(value=2.0)))",
        ),
    ],
)
def test_operator_names_only_where_an_operator_may_stand(expression: str, tree: str) -> None:
    """XPath 1.0 §3.7: a name is an operator only after a value; elsewhere it is a name
    (a choice_filter column may be called 'or'), and a name glued to '.', '-' or a digit
    where an operator stands is that operator followed by the rest."""
    assert repr(parse(expression)) == tree
