"""Validation's threads: independent pieces of a large batch worked on two cores.

numpy and Arrow release the GIL while they work over a column, so the columns of a level
to type (``typed.py``) and the blocks of records to check (``blocks.py``) go side by side
on two threads; the Python between their array operations still takes turns. Below
``LARGE`` records a level stays in the calling thread, where threads would cost more than
they save. Nothing else in the core starts threads: running a whole job in the background
is the UI's business.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

WORKERS = 2
"""Threads (the machines this runs on have two cores or more)."""

LARGE = 200_000
"""Records from which a level is worked on ``WORKERS`` threads."""

_Item = TypeVar("_Item")
_Result = TypeVar("_Result")


def each(
    function: Callable[[_Item], _Result], items: Iterable[_Item], *, threads: bool
) -> list[_Result]:
    """``function`` of each item, in the items' order: on ``WORKERS`` threads if ``threads``,
    else one after the other in this thread."""
    if not threads or WORKERS < 2:
        return [function(item) for item in items]
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        return list(pool.map(function, items))
