"""Exchange packages: one signed zip (optionally sealed for one recipient) per batch or export.

The modules are stages, each small: ``keys`` (this workstation's key pair and trust list),
``envelope`` (sealing for one recipient), ``zipfiles`` (deterministic writing, bounded reading
of untrusted zips), ``container`` (build, sign, open and verify one package), ``receipts``
(the office's signed acknowledgement), and the content modules that fill a package. Nothing is
re-exported here, so importing one stage never loads the heavy libraries of another.
"""
