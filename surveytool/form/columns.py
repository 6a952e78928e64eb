"""Which keys of pyxform's JSON the build stage reads, and the question types it maps.

``workbook_to_json`` turns each survey column into a key of an element (``label``, ``hint``),
of its ``bind`` (``relevant``, ``required``) or of its ``control`` (``appearance``). A key
listed here is read (or knowingly left to a phone, as the comment beside it says); any other
is a located problem or warning (``xlsform._Builder.check_keys``), so that no column is dropped
without a word.
"""

from __future__ import annotations

from surveytool.form.model import QUESTION_TYPES
from surveytool.form.types import AUDIT_SETTINGS

PYXFORM_TYPES = {
    "integer": "integer",
    "int": "integer",
    "decimal": "decimal",
    "text": "text",
    "string": "text",
    "select one": "select_one",
    "select all that apply": "select_multiple",
    "select one external": "select_one",
    "date": "date",
    "calculate": "calculate",
    "note": "note",
    "hidden": "hidden",
    "rank": "rank",
    "photo": "image",  # pyxform's name for image
    "gps": "geopoint",
    "trigger": "acknowledge",  # the same control, no value type of its own
    **{name: name for name in QUESTION_TYPES},
}
ELEMENT_KEYS = frozenset(
    {
        "type",
        "name",
        "label",
        "hint",
        "bind",
        "control",
        "choices",
        "itemset",
        "list_name",
        "parameters",
        "default",
        "children",
        "identifier",
        "trigger",  # read as a calculation, or ignored, with a warning (form.triggers)
        "guidance_hint",  # shown under the hint (items.with_guidance)
        "choice_filter",
        "media",
        "query",  # select_one_external: its list
        "actions",  # start-geopoint, background-audio: when a phone records them
        "intent",  # an Android app answers it on a phone: the desktop asks the enumerator
    }
)
BIND_KEYS = frozenset(
    {
        "relevant",
        "constraint",
        "required",
        "calculate",
        "readonly",
        "jr:constraintMsg",
        "jr:requiredMsg",
        "orx:max-pixels",  # an image's size on a phone: a desktop attaches the file as it is
        "type",  # a decimal range's value type: ours comes from the range's parameters
        "jr:preload",  # metadata written as bind columns (Kobo): read as its metadata type
        "jr:preloadParams",
        "jr:noAppErrorString",  # what a phone says when the intent's app is missing
        *AUDIT_SETTINGS,  # how a phone keeps its audit log: ours is the store's events
    }
)
CONTROL_KEYS = frozenset(
    {
        "appearance",
        "jr:count",
        *("start", "end", "step"),  # a range's
        "rows",  # the lines of a text box
        "intent",  # an image's camera app (parameters app=...): a phone's business
        "autoplay",  # a phone plays the label's audio or video at once
    }
)
UNSUPPORTED_COLUMNS = (
    "body",
    "instance",
    "save_to",
)
