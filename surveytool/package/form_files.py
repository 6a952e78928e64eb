"""The data files beside a form, carried in an office's harmonised package.

A harmonised package's tables hold codes that files beside the form explain: the rows of a
``select_one_from_file`` list, the price list a ``pulldata()`` read, the ``search()`` list.
The codebook already lists the codes and labels of every choice list; the files themselves
travel too, under ``form_files/``, signed with the other members, so that whoever reads the
packages has the lookups the field had. The merge reads only the tables the descriptor names
(top-level CSVs), so these members change nothing there.
"""

from __future__ import annotations

from pathlib import Path

from surveytool.form.model import Form

FOLDER = "form_files"


def form_file_members(form: Form) -> dict[str, bytes]:
    """``form_files/<file>`` -> the bytes of each data file the form read (none for a form
    without any, such as the shipped one)."""
    if not form.source or not form.data_files:
        return {}
    folder = Path(form.source).parent
    members = {}
    for data in sorted(form.data_files.values(), key=lambda d: d.file):
        path = folder / data.file
        if data.file and path.is_file():  # "": a choice list of the form, not a file
            members[f"{FOLDER}/{data.file}"] = path.read_bytes()
    return members
