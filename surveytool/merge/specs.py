"""Which tables spec a merged folder is tabulated with: ``forms/<form id>.tables.yaml`` of the
one form its packages come from (the command line and the AU workspace find it the same way)."""

from __future__ import annotations

from pathlib import Path

from surveytool.common.catalogue import message
from surveytool.common.errors import Location, UserError
from surveytool.common.resources import resource_path
from surveytool.merge.dataset import registry
from surveytool.merge.folder import REGISTRY

_EMPTY = message(
    "merge.spec.empty",
    "the merged folder holds no packages: merge the countries' harmonised packages first",
)
_NO_SPEC = message(
    "merge.spec.missing", "no tables spec for the form '{form}': expected {expected}"
)
_SEVERAL_FORMS = message(
    "merge.spec.several_forms",
    "the merged packages come from several forms ({forms}): name the tables spec to use",
)


def tables_spec_for(folder: Path) -> Path:
    """The tables spec of the form of the packages merged into ``folder``; refused (located
    at the folder's registry) when it holds none, several forms, or a form without a spec."""
    forms = sorted({str(entry.get("form_id", "")) for entry in registry(folder)} - {""})
    where = Location(file=str(folder / REGISTRY))
    if not forms:
        raise UserError(_EMPTY, where)
    if len(forms) > 1:
        raise UserError(_SEVERAL_FORMS, where, forms=", ".join(forms))
    path = resource_path("forms", f"{forms[0]}.tables.yaml")
    if not path.is_file():
        raise UserError(_NO_SPEC, where, form=forms[0], expected=path)
    return path
