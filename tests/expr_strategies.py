"""Hypothesis strategies for the expression engine (`surveytool.expr`).

Importable by any test (``from expr_strategies import ...``).  Two families:

* :func:`survey_data` draws a typed answer table (one row per record) together with a
  children table of repeat instances, shaped like what ``evaluate_table`` receives;
* :func:`expressions` draws well-formed expressions over exactly those columns, using
  every operator and most functions of the contract.

The helpers :func:`row_answers` and :func:`scalar_value` turn a table row into the
``answers`` mapping that ``evaluate`` receives, following the contract: NaN/NA become
None, integer-dtype cells become ``int``, float cells ``float``, strings stay ``str``;
the children column becomes the list of that row's children values (children-table order).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

import hypothesis.strategies as st
import pandas as pd

# ----------------------------------------------------------------------------- names

INT_COL = "n_int"  # nullable Int64 with NA
FLOAT_COL = "n_float"  # float64 with NaN
TEXT_COL = "txt"  # str: None, '' and short strings incl. digit strings
SM_COL = "sm"  # select_multiple: space-separated codes
DATE_COL = "dt"  # ISO dates or None
SO_COL = "so"  # select_one codes as strings
KEY_COL = "hh"  # record key, also present in the children table
POS_COL = "pos"  # 1-based instance number (for position(..))
CHILD_COL = "c_num"  # numeric column of the children table (with NA)

ANSWER_COLUMNS: tuple[str, ...] = (INT_COL, FLOAT_COL, TEXT_COL, SM_COL, DATE_COL, SO_COL)

TODAY = date(2026, 11, 23)
SO_LABELS: dict[str, str] = {"1": "Yes", "2": "No", "8": "Don't know"}
CHOICE_LABELS: dict[str, dict[str, str]] = {SO_COL: SO_LABELS}

TEXT_VALUES: tuple[str | None, ...] = (
    None,
    "",
    "3",
    "007",
    " 4 ",
    "abc",
    "-2.5",
    "x y",
    "1 3",
    " ",
    "5.",
    "-0",
    ".5",
    "1e3",
    "+5",
    "NaN",
    "2020-02-30",
    "\u0663",  # ARABIC-INDIC DIGIT THREE: not an XPath digit
    "\u00a05",  # no-break space + 5
)
SM_VALUES: tuple[str | None, ...] = ("1 3", "", None, "2", "1 2 3")
DATE_VALUES: tuple[str | None, ...] = ("2020-02-29", None, "2026-11-23", "1999-12-31")
SO_VALUES: tuple[str | None, ...] = ("1", "2", "8", None)
FLOAT_SPECIALS: tuple[float, ...] = (
    0.0,
    -0.0,
    0.5,
    -2.5,
    0.1,
    0.2,
    3.0,
    2.675,
    1e6,
    1e-7,
    1e20,
    123456789.125,
    -1e-5,
)

# ----------------------------------------------------------------------------- data


@dataclass(frozen=True)
class SurveyData:
    """A drawn answer table plus its children (repeat instance) table."""

    table: pd.DataFrame
    children: pd.DataFrame


def _float_values() -> st.SearchStrategy[float]:
    return st.one_of(
        st.just(math.nan),
        st.sampled_from(FLOAT_SPECIALS),
        st.integers(-100_000, 100_000).map(lambda i: i / 100),
    )


def _int_values() -> st.SearchStrategy[int | None]:
    return st.one_of(st.none(), st.integers(-50, 200))


@st.composite
def survey_data(draw: st.DrawFn, min_rows: int = 1, max_rows: int = 30) -> SurveyData:
    """A table of ``min_rows``..``max_rows`` records and a children table.

    The table index is made of strings (not a RangeIndex), so that results which are not
    aligned to ``table.index`` show up.  Each record has 0-4 children; a few orphan
    children (whose key matches no record) are mixed in, and children rows are shuffled.
    """
    n = draw(st.integers(min_rows, max_rows))
    ints = draw(st.lists(_int_values(), min_size=n, max_size=n))
    floats = draw(st.lists(_float_values(), min_size=n, max_size=n))
    texts = draw(st.lists(st.sampled_from(TEXT_VALUES), min_size=n, max_size=n))
    sms = draw(st.lists(st.sampled_from(SM_VALUES), min_size=n, max_size=n))
    dates = draw(st.lists(st.sampled_from(DATE_VALUES), min_size=n, max_size=n))
    sos = draw(st.lists(st.sampled_from(SO_VALUES), min_size=n, max_size=n))
    positions = draw(st.lists(st.integers(1, 5), min_size=n, max_size=n))
    keys = [1000 + 7 * i for i in range(n)]
    table = pd.DataFrame(
        {
            INT_COL: pd.array(ints, dtype="Int64"),
            FLOAT_COL: pd.array(floats, dtype="float64"),
            TEXT_COL: pd.array(texts, dtype="str"),
            SM_COL: pd.array(sms, dtype="str"),
            DATE_COL: pd.array(dates, dtype="str"),
            SO_COL: pd.array(sos, dtype="str"),
            KEY_COL: pd.array(keys, dtype="Int64"),
            POS_COL: pd.array(positions, dtype="Int64"),
        },
        index=pd.Index([f"r{i}" for i in range(n)]),
    )

    child_keys: list[int] = []
    child_values: list[float | int | None] = []
    child_is_int = draw(st.booleans())
    child_value = _int_values() if child_is_int else _float_values()
    for k in keys:
        for _ in range(draw(st.integers(0, 4))):
            child_keys.append(k)
            child_values.append(draw(child_value))
    for _ in range(draw(st.integers(0, 2))):  # orphans: belong to no record
        child_keys.append(-1)
        child_values.append(draw(child_value))
    order = draw(st.permutations(range(len(child_keys))))
    children = pd.DataFrame(
        {
            KEY_COL: pd.array([child_keys[i] for i in order], dtype="Int64"),
            CHILD_COL: pd.array(
                [child_values[i] for i in order], dtype="Int64" if child_is_int else "float64"
            ),
        },
        index=pd.RangeIndex(len(order)),
    )
    return SurveyData(table=table, children=children)


def scalar_value(value: object, dtype: object) -> object:
    """A cell as ``evaluate`` sees it: NA/NaN -> None, int dtype -> int, float -> float."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if pd.api.types.is_integer_dtype(dtype):
        return int(value)  # type: ignore[call-overload]
    if pd.api.types.is_float_dtype(dtype):
        return float(value)  # type: ignore[arg-type]
    return str(value)


def row_answers(data: SurveyData) -> list[dict[str, object]]:
    """One ``answers`` mapping per table row (in table order), children as lists."""
    table, children = data.table, data.children
    child_dtype = children[CHILD_COL].dtype
    by_key: dict[int, list[object]] = {}
    for k, v in zip(children[KEY_COL].tolist(), children[CHILD_COL].tolist(), strict=True):
        by_key.setdefault(int(k), []).append(scalar_value(v, child_dtype))
    rows: list[dict[str, object]] = []
    for i in range(len(table)):
        answers: dict[str, object] = {
            col: scalar_value(table[col].iloc[i], table[col].dtype) for col in table.columns
        }
        answers[CHILD_COL] = by_key.get(int(table[KEY_COL].iloc[i]), [])
        rows.append(answers)
    return rows


# ----------------------------------------------------------------------------- expressions

COLUMN_REFS: tuple[str, ...] = tuple(f"${{{c}}}" for c in ANSWER_COLUMNS)
STRING_LITERALS: tuple[str, ...] = (
    "''",
    "'3'",
    "'007'",
    "' 4 '",
    "'abc'",
    "'1 3'",
    "'2'",
    "'2020-01-01'",
    "'-2.5'",
    "'true'",
    '"x y"',
    '""',
)
DECIMAL_LITERALS: tuple[str, ...] = ("2.5", ".5", "0.1", "100.25", "0.0", "3.0")
REGEX_PATTERNS: tuple[str, ...] = (
    "^[0-9]+$",
    "1",
    "^a",
    "[a-z]",
    "^$",
    " ",
    "^-?[0-9]+(\\.[0-9]+)?$",
    "^2020-",
)
BINARY_OPERATORS: tuple[str, ...] = (
    "or",
    "and",
    "=",
    "!=",
    "<",
    "<=",
    ">",
    ">=",
    "+",
    "-",
    "*",
    "div",
    "mod",
)
NULLARY_LEAVES: tuple[str, ...] = (
    "true()",
    "false()",
    "today()",
    "now()",
    "version()",
    "pi()",
    "position(..)",
    ".",
    f"count(${{{CHILD_COL}}})",
    f"sum(${{{CHILD_COL}}})",
)
UNARY_FUNCTIONS: tuple[str, ...] = (
    "count-selected",
    "string-length",
    "int",
    "round",
    "number",
    "string",
    "boolean",
    "not",
    "floor",
    "ceiling",
    "abs",
    # the rest of the ODK library (issue 15): numbers, text, dates
    "sqrt",
    "exp",
    "exp10",
    "log",
    "log10",
    "sin",
    "cos",
    "tan",
    "asin",
    "acos",
    "atan",
    "normalize-space",
    "boolean-from-string",
    "base64-decode",
    "date",
    "date-time",
    "decimal-date-time",
    "decimal-time",
    "once",
    "area",
    "distance",
)
BINARY_FUNCTIONS: tuple[str, ...] = (
    "pow",
    "atan2",
    "substring-before",
    "substring-after",
    "ends-with",
    "selected-at",
    "join",
    "substring",
    "digest",
)
#: a repeat's values read from outside it: node-set arguments and comparisons
NODESET_FORMS: tuple[str, ...] = (
    "join(' ', ${c})",
    "count-non-empty(${c})",
    "max(${c})",
    "min(${c})",
    "concat(${c}, '|')",
    "checklist(1, 2, ${c})",
    "distance(${c})",
    "join(' ', randomize(${c}, 3))",
    "max(randomize(${c}, ${n_int}))",
    "${c} = 0.1",
    "${c} != 2",
    "${c} > 1",
    "${c} <= 0",
)
DATE_TIME_LITERALS: tuple[str, ...] = (
    "'2020-02-29T23:30:00.000+02:00'",
    "'1999-12-31T06:00:00Z'",
    "'12:00:00.000+02:00'",
    "'18:00'",
    "'0 1 0 0; 0 91 0 0'",
    "'1 2; 3 4; 5 1; 1 2'",
    "'SGVsbG8='",
)
FORMATS: tuple[str, ...] = ("'%Y-%m-%d'", "'%e %b %y %a'", "'%H:%M:%S.%3 %n %h'", "''")


def literals() -> st.SearchStrategy[str]:
    """Number and string literals."""
    return st.one_of(
        st.integers(0, 1000).map(str),
        st.sampled_from(DECIMAL_LITERALS),
        st.sampled_from(STRING_LITERALS),
        st.sampled_from(DATE_TIME_LITERALS),
    )


def leaves() -> st.SearchStrategy[str]:
    """Atoms: column references, literals, nullary functions, `.` and position(..)."""
    return st.one_of(
        st.sampled_from(COLUMN_REFS),
        literals(),
        st.sampled_from(NULLARY_LEAVES),
    )


def _wrap(draw: st.DrawFn, expr: str, *, always: bool = False) -> str:
    if always or draw(st.booleans()):
        return f"({expr})"
    return expr


@st.composite
def _expr(draw: st.DrawFn, depth: int) -> str:
    if depth <= 0 or draw(st.integers(0, 4)) == 0:
        return draw(leaves())
    sub = _expr(depth - 1)
    kind = draw(st.sampled_from(("binary", "binary", "binary", "unary_minus", "call", "call")))
    if kind == "binary":
        op = draw(st.sampled_from(BINARY_OPERATORS))
        left = _wrap(draw, draw(sub))
        right = _wrap(draw, draw(sub))
        return f"{left} {op} {right}"
    if kind == "unary_minus":
        operand = draw(sub)
        if operand in COLUMN_REFS or operand.isdigit():
            return draw(st.sampled_from(("-", "- "))) + operand
        return f"-({operand})"
    name = draw(
        st.sampled_from(
            (
                "unary",
                "if",
                "selected",
                "coalesce",
                "concat",
                "regex",
                "round2",
                "contains",
                "starts-with",
                "substr",
                "min",
                "max",
                "jr:choice-name",
                "library",
                "nodeset",
                "format",
                "checklists",
                "indexed-repeat",
            )
        )
    )
    if name == "unary":
        return f"{draw(st.sampled_from(UNARY_FUNCTIONS))}({draw(sub)})"
    if name == "library":
        function = draw(st.sampled_from(BINARY_FUNCTIONS))
        if function == "digest":
            algorithm = draw(st.sampled_from(("'MD5'", "'sha-256'", "'SHA-1'")))
            encoding = draw(st.sampled_from(("", ", 'hex'", ", 'base64'")))
            return f"digest({draw(sub)}, {algorithm}{encoding})"
        if function in ("substring", "translate") and draw(st.booleans()):
            return f"{function}({draw(sub)}, {draw(sub)}, {draw(sub)})"
        return f"{function}({draw(sub)}, {draw(sub)})"
    if name == "nodeset":
        form = draw(st.sampled_from(NODESET_FORMS)).replace("${c}", f"${{{CHILD_COL}}}")
        return f"({form})"  # a comparison must not take in a neighbour's operator
    if name == "format":
        function = draw(st.sampled_from(("format-date", "format-date-time")))
        return f"{function}({draw(sub)}, {draw(st.sampled_from(FORMATS))})"
    if name == "checklists":
        if draw(st.booleans()):
            return f"checklist({draw(sub)}, {draw(sub)}, {draw(sub)}, {draw(sub)})"
        return f"weighted-checklist({draw(sub)}, {draw(sub)}, {draw(sub)}, {draw(sub)})"
    if name == "indexed-repeat":
        return f"indexed-repeat(${{{CHILD_COL}}}, ${{{CHILD_COL}}}, {draw(sub)})"
    if name == "if":
        return f"if({draw(sub)}, {draw(sub)}, {draw(sub)})"
    if name == "selected":
        choice = draw(st.one_of(st.sampled_from(("'1'", "'2'", "'3'", "1", "''")), sub))
        return f"selected({draw(sub)}, {choice})"
    if name == "coalesce":
        return f"coalesce({draw(sub)}, {draw(sub)})"
    if name == "concat":
        args = draw(st.lists(sub, min_size=0, max_size=4))
        return f"concat({', '.join(args)})"
    if name == "regex":
        return f"regex({draw(sub)}, '{draw(st.sampled_from(REGEX_PATTERNS))}')"
    if name == "round2":
        return f"round({draw(sub)}, {draw(st.integers(0, 3))})"
    if name in ("contains", "starts-with"):
        return f"{name}({draw(sub)}, {draw(sub)})"
    if name == "substr":
        start = draw(st.integers(-3, 5))
        if draw(st.booleans()):
            return f"substr({draw(sub)}, {start})"
        return f"substr({draw(sub)}, {start}, {draw(st.integers(-3, 6))})"
    if name in ("min", "max"):
        args = draw(st.lists(sub, min_size=2, max_size=3))
        return f"{name}({', '.join(args)})"
    # jr:choice-name over the select_one column (labels in CHOICE_LABELS)
    value = draw(st.one_of(st.just(f"${{{SO_COL}}}"), sub))
    return f"jr:choice-name({value}, '${{{SO_COL}}}')"


def expressions(max_depth: int = 4) -> st.SearchStrategy[str]:
    """Well-formed expressions over :data:`ANSWER_COLUMNS`, the children column
    (inside count/sum only), `.` and position(..)."""
    return _expr(max_depth)


EXPRESSION_ALPHABET = "${}()[]'\". ,0123456789abcdefgijklmnorstuvxyz+-*=<>!:_/\t\n"


def expression_like_text() -> st.SearchStrategy[str]:
    """Random text over the characters expressions are made of (mostly malformed)."""
    return st.text(alphabet=EXPRESSION_ALPHABET, max_size=40)
