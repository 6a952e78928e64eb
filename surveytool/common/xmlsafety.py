"""XML inside the workbooks we read is parsed with defusedxml's protections, always.

An XLSX file is a zip of XML parts. A hostile one can declare entities that expand a few
hundred bytes into gigabytes ("billion laughs") or pull in a local file or a URL (external
entities). openpyxl (which pyxform uses to read forms) parses with defusedxml when it is
installed, unless the environment variable ``OPENPYXL_DEFUSEDXML`` is anything but
``True`` when openpyxl is first imported (openpyxl/xml/__init__.py). ``defuse_openpyxl``
makes the protection independent of that variable: if openpyxl came up without it, its
parsing functions are replaced by defusedxml's, in ``openpyxl.xml.functions`` and in the
reader modules that imported them by name. Every reader of XLSX in surveytool calls it before
reading (it costs a few attribute look-ups once installed).

A refused workbook surfaces as openpyxl's ``ValueError`` (or defusedxml's own error) with
defusedxml's ``DefusedXmlException`` in its chain: ``refused_xml`` finds it, so the reader can
say why in a located message (``HOSTILE_XML``) instead of failing as our bug.
"""

from __future__ import annotations

import importlib

from defusedxml import DefusedXmlException  # type: ignore[import-untyped]  # no stubs

from surveytool.common.catalogue import message

HOSTILE_XML = message(
    "package.xml.entities",
    "the workbook's XML declares entities (a way to expand it without end or to read other "
    "files), so it was not read: open it in Excel or LibreOffice and save it again",
)

_READERS = (
    "openpyxl.xml.functions",
    "openpyxl.reader.excel",
    "openpyxl.reader.workbook",
    "openpyxl.reader.strings",
    "openpyxl.reader.drawings",
    "openpyxl.worksheet._reader",
    "openpyxl.packaging.manifest",
    "openpyxl.styles.stylesheet",
    "openpyxl.workbook.external_link.external",
)
"""openpyxl's modules that parse what they read, each holding ``fromstring`` or ``iterparse``
under its own name (openpyxl 3.1)."""


def defuse_openpyxl() -> None:
    """Make every XML parse of openpyxl's readers go through defusedxml."""
    from defusedxml.ElementTree import (  # type: ignore[import-untyped]
        fromstring,
        iterparse,
    )

    for name in _READERS:
        module = importlib.import_module(name)
        for attribute, safe in (("fromstring", fromstring), ("iterparse", iterparse)):
            if hasattr(module, attribute) and getattr(module, attribute) is not safe:
                setattr(module, attribute, safe)


def refused_xml(error: BaseException) -> bool:
    """Was ``error`` caused by defusedxml refusing the XML (anywhere in its chain)?"""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, DefusedXmlException):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False
