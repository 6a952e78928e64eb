"""What every manifest says about where a package comes from, whichever its kind.

The code-list versions let a reader know which ISO, ISCO, ISIC, ISCED and REC lists coded the
data: pycountry's release for ISO 3166 and ISO 4217, and for each shipped code-list file the
first 12 hex digits of its sha256 (the files carry no version of their own; their sources
are in ``resources/codelists/SOURCES.md``).
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime
from functools import cache
from importlib.metadata import version
from typing import Any

from surveytool import __version__
from surveytool.common.resources import resource_path
from surveytool.form.model import Form

FORMAT = "surveytool-package"
FORMAT_VERSION = 1


@cache
def codelist_versions() -> dict[str, str]:
    """pycountry's version and a short digest of every shipped code-list file."""
    found = {"pycountry": version("pycountry")}
    for path in sorted(resource_path("resources", "codelists").glob("*.csv")):
        found[path.stem] = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    return found


def base_manifest(
    form: Form,
    kind: str,
    *,
    creator: str,
    sequence: int,
    previous: str | None,
    cases: int,
    country: str,
    round_: str,
) -> dict[str, Any]:
    """The fields common to both kinds; the container adds ``device`` and ``members``."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "package_id": str(uuid.uuid4()),
        "kind": kind,
        "form_id": form.form_id,
        "form_version": form.version,
        "country": country,
        "round": round_,
        "creator": creator,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "app_version": __version__,
        "codelists": codelist_versions(),
        "sequence": sequence,
        "previous": previous,
        "cases": cases,
    }


def one_or_mixed(values: list[str]) -> str:
    """The one country (or round) of a package's cases; several are listed, joined by '+'."""
    distinct = sorted(set(values))
    return "+".join(distinct) if distinct else ""
