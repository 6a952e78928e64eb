"""The ``trigger`` column: ODK sets a value when another one changes; a desktop says how it differs.

``trigger: ${existing}`` on a question makes ODK Collect set that question each time
``existing`` changes: to its calculation (a prefill the enumerator may still change), or to
empty when there is none (a location taken again). surveytool's engine has no "set once on a
change": a calculation always follows its inputs, and an answer is the enumerator's. So the
form is accepted, as ODK accepts it, and the difference is a located warning on the trigger
cell: with a calculation the value is kept equal to it; without one, the trigger is ignored.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from surveytool.common.catalogue import message
from surveytool.common.errors import Location
from surveytool.form.errors import FormProblem

TRIGGER_CALCULATED = message(
    "form.trigger.calculated",
    "trigger {trigger}: ODK Collect sets this value to its calculation each time {trigger} "
    "changes and the enumerator may change it after; surveytool keeps it equal to the "
    "calculation",
)
TRIGGER_IGNORED = message(
    "form.trigger.ignored",
    "trigger {trigger}: ODK Collect empties this answer each time {trigger} changes; "
    "surveytool ignores the trigger and leaves the answer to the enumerator",
)


def trigger_warnings(item: Mapping[str, Any], where: Location) -> list[FormProblem]:
    """The warning for an element's ``trigger`` cell (none without one)."""
    given = item.get("trigger") or ()
    names = [given] if isinstance(given, str) else [str(name) for name in given]  # pyxform: names
    trigger = ", ".join(n if n.startswith("${") else f"${{{n}}}" for n in names if n.strip())
    if not trigger:
        return []
    calculated = bool(str(item.get("bind", {}).get("calculate") or "").strip())
    told = TRIGGER_CALCULATED if calculated else TRIGGER_IGNORED
    return [FormProblem(told, where, {"trigger": trigger})]
