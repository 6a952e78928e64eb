"""``instance('x')/root/item[key = value]/column`` reads as ``pulldata('x', 'column', 'key',
value)``; other paths are left for the parser to refuse where they stand."""

from __future__ import annotations

import pytest

from surveytool.expr import ExprSyntaxError, parse
from surveytool.expr.instance_paths import rewrite_instance_paths


@pytest.mark.parametrize(
    ("written", "read"),
    [
        (
            "instance('religious')/root/item[id=${existing}]/geometry",
            "pulldata('religious', 'geometry', 'id', ${existing})",
        ),
        (  # OSM tags hold a colon; double quotes as some forms write them
            'instance("Amenities")/root/item[id=${existing}]/fuel:diesel',
            "pulldata('Amenities', 'fuel:diesel', 'id', ${existing})",
        ),
        (  # inside a larger expression, with spaces, twice
            "concat(instance('crop')/root/item[name = ${a}]/label, ' / ', "
            "instance('crop') / root / item[ name = ${b} ] / label)",
            "concat(pulldata('crop', 'label', 'name', ${a}), ' / ', "
            "pulldata('crop', 'label', 'name', ${b}))",
        ),
        (  # a ']' inside a string of the value
            "instance('a')/root/item[name = concat('x', ']')]/label",
            "pulldata('a', 'label', 'name', concat('x', ']'))",
        ),
    ],
)
def test_a_lookup_reads_as_pulldata(written: str, read: str) -> None:
    assert rewrite_instance_paths(written) == read
    assert parse(written) == parse(read)


@pytest.mark.parametrize(
    "written",
    [
        "instance('a')/root/item[x = 1 and y = 2]/z",  # two conditions
        "count(instance('a')/root/item)",  # no predicate
        "instance('a')/root/item[x > 1]/z",  # not an equality
        "instance('a')/root/item[x = ${v}]",  # no column
    ],
)
def test_other_paths_stay_refused(written: str) -> None:
    assert rewrite_instance_paths(written) == written
    with pytest.raises(ExprSyntaxError):
        parse(written)
