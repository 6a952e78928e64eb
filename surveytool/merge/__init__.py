"""The AU's continental merge of national harmonised packages (issue 13).

``merge_packages`` verifies and merges packages into a folder (layout in ``merge.folder``);
``read_level``, ``registry`` and ``variables`` read it back (``merge.dataset``).
"""

from __future__ import annotations

from surveytool.merge.dataset import read_level, registry, variables
from surveytool.merge.merging import merge_packages
from surveytool.merge.report import MergeReport, PackageOutcome

__all__ = [
    "MergeReport",
    "PackageOutcome",
    "merge_packages",
    "read_level",
    "registry",
    "variables",
]
