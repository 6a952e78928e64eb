"""Geographic functions of the ODK XForms specification ("Geographic Functions"), with
JavaRosa's formulas (GeoUtils): a sphere of Collect's equatorial radius, 6,378,100 m.

A geopoint is ``"lat lon [alt [accuracy]]"``; a geotrace or geoshape joins geopoints with
``;``; a node-set is a repeat's geopoint answers. Altitude is ignored. A blank argument
gives a blank result; one that is not made of geopoints gives NaN (JavaRosa stops there).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from surveytool.expr import values as v
from surveytool.expr.library.base import Arg, Function, Value, functions, items

_SPEC = "spec §fn:Geographic-Functions"
RADIUS = 6_378_100.0
_CIRCUMFERENCE = 2 * RADIUS * math.pi

Point = tuple[float, float]


def geopoint(text: str) -> Point | None:
    """(latitude, longitude) of a geopoint text, None when it is not one."""
    parts = text.split()
    if not 2 <= len(parts) <= 4:
        return None
    numbers = [v.to_number(part) for part in parts]
    if any(math.isnan(n) for n in numbers):
        return None
    latitude, longitude = numbers[0], numbers[1]
    if abs(latitude) > 90 or abs(longitude) > 180:
        return None
    return latitude, longitude


def points(args: Sequence[Arg]) -> list[Point] | None:
    """The points of a node-set, of one trace/shape text, or of several geopoint arguments;
    None when one is not a geopoint."""
    if len(args) == 1 and not isinstance(args[0], list):
        texts = [p for p in v.to_string(args[0]).split(";") if p.strip()]
    else:
        spread = [v.to_string(item) for item in items(args)]
        texts = [t for t in spread if t.strip()]
    found = [geopoint(t) for t in texts]
    return None if any(p is None for p in found) else [p for p in found if p is not None]


def _blank(args: Sequence[Arg]) -> bool:
    return all(
        (not arg or all(v.to_string(x).strip() == "" for x in arg))
        if isinstance(arg, list)
        else v.to_string(arg).strip() == ""
        for arg in args
    )


def between(first: Point, second: Point) -> float:
    """Great-circle distance by the spherical law of cosines (its cosine clamped to [-1, 1],
    where JavaRosa's rounding can give NaN for two equal points)."""
    phi1, phi2 = math.radians(first[0]), math.radians(second[0])
    delta = math.radians(first[1] - second[1])
    cosine = math.sin(phi1) * math.sin(phi2) + math.cos(phi1) * math.cos(phi2) * math.cos(delta)
    return math.acos(max(-1.0, min(1.0, cosine))) * RADIUS


def _distance(args: Sequence[Arg]) -> Value:
    if _blank(args):
        return ""
    found = points(args)
    if found is None:
        return math.nan
    total = 0.0
    for index in range(1, len(found)):
        total += between(found[index - 1], found[index])
    return total


def _area(args: Sequence[Arg]) -> Value:
    """Triangles fanned from the first point on an equirectangular projection, as JavaRosa."""
    if _blank(args):
        return ""
    found = points(args)
    if found is None:
        return math.nan
    if len(found) < 3:
        return 0.0
    lat0, lon0 = found[0]
    ys = [(lat - lat0) * _CIRCUMFERENCE / 360.0 for lat, _ in found[1:]]
    xs = [
        (lon - lon0) * _CIRCUMFERENCE * math.cos(math.radians(lat)) / 360.0
        for lat, lon in found[1:]
    ]
    total = 0.0
    for index in range(1, len(xs)):
        total += (ys[index - 1] * xs[index] - xs[index - 1] * ys[index]) / 2
    return abs(total)


FUNCTIONS: dict[str, Function] = functions(
    Function("area", 1, 1, _area, _SPEC, nodesets=True),
    Function("distance", 1, None, _distance, _SPEC, nodesets=True),
)
