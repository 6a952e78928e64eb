"""What every manifest says about where a package comes from, whichever its kind, and the one
way a package is numbered, signed, recorded as sent and written (``publish``).

The code-list versions let a reader know which ISO, ISCO, ISIC, ISCED and REC lists coded the
data: pycountry's release for ISO 3166 and ISO 4217, and for each shipped code-list file the
first 12 hex digits of its sha256 (the files carry no version of their own; their sources
are in ``resources/codelists/SOURCES.md``).
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

from surveytool import __version__
from surveytool.common.progress import NullProgress, Progress, stop_if_cancelled
from surveytool.common.resources import resource_path
from surveytool.form.model import Form
from surveytool.package.keys import Identity, KeyRing
from surveytool.store import Store
from surveytool.store.exchange import next_sequence, record_sent

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


@dataclass(frozen=True, slots=True)
class Published:
    package_id: str
    digest: str
    sequence: int


def publish(
    store: Store,
    form: Form,
    kind: str,
    members: Mapping[str, bytes],
    ring: KeyRing,
    out: Path,
    *,
    cases: int,
    countries: list[str],
    rounds: list[str],
    sent: Mapping[str, tuple[int, str]],
    encrypt_to: Identity | None = None,
    extra: Mapping[str, Any] | None = None,
    progress: Progress | None = None,
) -> Published:
    """Number, sign (and seal) a package of ``members``, then record it as sent and write it
    in one transaction: a failed write records nothing and the sequence number stays free.
    A cancel is honoured up to the last moment before anything is recorded or written."""
    from surveytool.package import container

    progress = progress or NullProgress()
    sequence, previous = next_sequence(store, kind)
    manifest = base_manifest(
        form,
        kind,
        creator=ring.identity.name,
        sequence=sequence,
        previous=previous,
        cases=cases,
        country=one_or_mixed(countries),
        round_=one_or_mixed(rounds),
    )
    manifest.update(extra or {})
    data, digest = container.build(manifest, members, ring, encrypt_to)
    progress.update(3, 4, "package")
    stop_if_cancelled(progress)
    package_id = str(manifest["package_id"])
    recipient = encrypt_to.fingerprint if encrypt_to is not None else ""
    with store.transaction():
        record_sent(store, package_id, kind, sequence, digest, str(out), recipient, sent)
        container.write(out, data)  # a failure here rolls the record back
    progress.update(4, 4, "done")
    return Published(package_id, digest, sequence)
