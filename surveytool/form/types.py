"""Every question type pyxform knows, as one of ours (``model.QUESTION_TYPES``).

pyxform accepts many spellings of a type (``q int``, ``add date prompt``, ``get device id``,
``uri:username``...: its ``question_type_dictionary``). Rather than list them again, a
spelling we have not mapped by name is read from that dictionary: its value type (``int``,
``dateTime``, ``geopoint``), what a phone preloads into it (``start``, ``deviceid``), and for
a file its media type. So a type ODK accepts is never refused for its spelling alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_BY_VALUE_TYPE = {
    "int": "integer",
    "decimal": "decimal",
    "string": "text",
    "date": "date",
    "dateTime": "datetime",
    "time": "time",
    "geopoint": "geopoint",
    "geotrace": "geotrace",
    "geoshape": "geoshape",
    "barcode": "barcode",
    "odk:rank": "rank",
}
_BY_MEDIA = {"image": "image", "audio": "audio", "video": "video", "application": "file"}
_PRELOADED = {
    "start": "start",
    "end": "end",
    "today": "today",
    "deviceid": "deviceid",
    "subscriberid": "subscriberid",
    "simserial": "simserial",
    "phonenumber": "phonenumber",
    "username": "username",
    "email": "email",
}


def pyxform_type(written: str) -> str | None:
    """Our type for a type name pyxform's dictionary holds, None for one it does not."""
    from pyxform.question_type_dictionary import QUESTION_TYPE_DICT

    entry: Mapping[str, Any] | None = QUESTION_TYPE_DICT.get(written)
    if entry is None:
        return None
    bind: Mapping[str, Any] = entry.get("bind", {})
    control: Mapping[str, Any] = entry.get("control", {})
    preload = str(bind.get("jr:preloadParams", "")).removeprefix("uri:")
    if preload:
        return _PRELOADED.get(preload)
    if control.get("tag") == "trigger":
        return "acknowledge"
    if bind.get("type") == "binary":
        return _BY_MEDIA.get(str(control.get("mediatype", "")).split("/")[0])
    if bind.get("readonly") == "true()":
        return "note"
    if control.get("tag") in ("select", "select1"):
        return None  # a select's spellings are pyxform's aliases, mapped by name
    if "tag" not in control:
        return "calculate" if bind.get("type") == "string" else None
    return _BY_VALUE_TYPE.get(str(bind.get("type", "")))


#: an audit's parameters (pyxform makes them bind attributes): how a phone keeps its log
AUDIT_SETTINGS = (
    "odk:track-changes",
    "odk:track-changes-reasons",
    "odk:identify-user",
    "odk:location-priority",
    "odk:location-min-interval",
    "odk:location-max-age",
)


def preloaded_type(bind: Mapping[str, Any], kind: str | None) -> str | None:
    """A question whose bind columns say a phone fills it (``bind::jr:preload`` and
    ``bind::jr:preloadParams``, as Kobo writes ``start`` or ``deviceid``) is that metadata
    question; ``kind`` otherwise (an ``uid`` preload is the case's instance id)."""
    preload = str(bind.get("jr:preload") or "").strip()
    if not preload or preload == "uid":
        return kind
    params = str(bind.get("jr:preloadParams") or "").strip().lower().removeprefix("uri:")
    return _PRELOADED.get(params.replace("-", ""), kind)
