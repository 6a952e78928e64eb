"""``instance('name')/root/item[key = value]/column``: ODK's lookup in a secondary instance.

XLSForms look rows up in a data file beside the form (declared by ``csv-external``,
``xml-external`` or a ``select_one_from_file``) or in a choice list of the form itself with
an XPath path, e.g. ``instance('religious')/root/item[id=${existing}]/geometry``. The parser
knows no paths; this pass, run before it, writes the one shape forms use for a lookup as the
``pulldata()`` call that means the same, ``pulldata('religious', 'geometry', 'id',
${existing})``: the value of ``column`` in the first item whose ``key`` equals ``value``, ""
when none does. Whoever evaluates ``pulldata()`` (``expr.hooks.ExternalData``) answers it
from the form's files and lists.

Other paths (several conditions in the predicate, a path without one, ``count()`` over
items) are left as written, so the parser refuses them at their character as before.
Hazard: an error the parser finds after a rewritten lookup points at a character of the
rewritten text, which may differ from the author's.
"""

from __future__ import annotations

import re

_HEAD = re.compile(
    r"instance\s*\(\s*(?P<quote>['\"])(?P<name>[^'\"]+)(?P=quote)\s*\)"
    r"\s*/\s*root\s*/\s*item\s*\["
)
#: column names as files have them: OSM tags hold a colon (``fuel:diesel``)
_COLUMN = r"[A-Za-z_][A-Za-z0-9_.:\-]*"
_KEY = re.compile(r"\s*(?P<key>" + _COLUMN + r")\s*=(?!=)")
_TAIL = re.compile(r"\]\s*/\s*(?P<column>" + _COLUMN + ")")


def rewrite_instance_paths(text: str) -> str:
    """``text`` with every ``instance('x')/root/item[k = v]/c`` written as pulldata()."""
    if "instance" not in text:
        return text
    out: list[str] = []
    position = 0
    while (head := _HEAD.search(text, position)) is not None:
        key = _KEY.match(text, head.end())
        close = _closing_bracket(text, head.end())
        tail = _TAIL.match(text, close) if close is not None else None
        value = text[key.end() : close].strip() if key is not None and close is not None else ""
        if key is None or tail is None or not value or _has_condition(value):
            out.append(text[position : head.end()])
            position = head.end()
            continue
        name, column = head.group("name"), tail.group("column")
        out.append(text[position : head.start()])
        out.append(f"pulldata('{name}', '{column}', '{key.group('key')}', {value})")
        position = tail.end()
    out.append(text[position:])
    return "".join(out)


def _closing_bracket(text: str, start: int) -> int | None:
    """The index of the ``]`` closing the predicate that starts at ``start``."""
    depth, quote = 0, ""
    for index in range(start, len(text)):
        char = text[index]
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")}":
            depth -= 1
        elif char == "]":
            if depth == 0:
                return index
            depth -= 1
    return None


def _has_condition(value: str) -> bool:
    """Does the predicate's right side hold more than a value (``a = 1 and b = 2``)?"""
    bare = re.sub(r"'[^']*'|\"[^\"]*\"|\$\{[^}]*\}", "", value)
    return re.search(r"(^|\s)(and|or)(\s|$)|[<>=]", bare) is not None
